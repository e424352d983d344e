//! Just enough of LLVM's CMakeLists.txt to learn what the overlay build needs: the `tablegen(...)`
//! rules of a backend and the link components of llc.

use std::path::{Path, PathBuf};

/// One `tablegen(LLVM <output> <args>...)` line and the `.td` file it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TblgenRule {
    pub target: String,
    pub td: PathBuf,
    pub output: String,
    pub args: Vec<String>,
}

impl TblgenRule {
    /// Every file the rule writes; `-gen-register-info` also writes four companions
    /// (as llvm/cmake/modules/TableGen.cmake declares).
    pub fn outputs(&self) -> Vec<String> {
        let mut outputs = vec![self.output.clone()];
        if self.args.iter().any(|arg| arg == "-gen-register-info") {
            let stem = self.output.trim_end_matches(".inc");
            outputs.extend(
                ["Enums", "Header", "MCDesc", "TargetDesc"].map(|part| format!("{stem}{part}.inc")),
            );
        }
        outputs
    }
}

/// The `tablegen(LLVM ...)` rules of a backend's CMakeLists.txt, each with the
/// `LLVM_TARGET_DEFINITIONS` in force where it appears.
pub fn tablegen_rules(cmakelists: &str, target_dir: &Path, target: &str) -> Vec<TblgenRule> {
    let mut td = None;
    let mut rules = Vec::new();
    for (name, args) in calls(cmakelists) {
        match (name.as_str(), args.as_slice()) {
            ("set", [var, value, ..]) if var == "LLVM_TARGET_DEFINITIONS" => {
                td = Some(target_dir.join(value))
            }
            ("tablegen", [project, output, rest @ ..]) if project == "LLVM" => {
                let Some(td) = td.clone() else { continue };
                // Keywords of cmake_parse_arguments end the tablegen arguments.
                let args = rest
                    .iter()
                    .take_while(|arg| *arg != "DEPENDS" && *arg != "EXTRA_INCLUDES")
                    .cloned()
                    .collect();
                rules.push(TblgenRule {
                    target: target.to_owned(),
                    td,
                    output: output.clone(),
                    args,
                });
            }
            _ => {}
        }
    }
    rules
}

/// llc's `LLVM_LINK_COMPONENTS`, as llvm-config names them (the `AllTargets*` groups are `all-targets`).
pub fn link_components(cmakelists: &str) -> Vec<String> {
    let mut components = Vec::new();
    for (name, args) in calls(cmakelists) {
        if name != "set" || args.first().map(String::as_str) != Some("LLVM_LINK_COMPONENTS") {
            continue;
        }
        for arg in &args[1..] {
            let component = if arg.starts_with("AllTargets") {
                "all-targets".to_owned()
            } else {
                arg.to_lowercase()
            };
            if !components.contains(&component) {
                components.push(component);
            }
        }
    }
    components
}

/// Command invocations `name(arg arg ...)`, with comments dropped and quotes removed. Nested
/// parentheses (only in `if(...)` conditions) are not understood, nor needed.
fn calls(text: &str) -> Vec<(String, Vec<String>)> {
    let text: String = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let mut calls = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('(') {
        let name = rest[..open]
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .next()
            .unwrap_or_default();
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        let args = rest[open + 1..open + close]
            .split_whitespace()
            .map(|arg| arg.replace('"', ""))
            .collect();
        calls.push((name.to_ascii_lowercase(), args));
        rest = &rest[open + close + 1..];
    }
    calls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tablegen_lines() {
        let text = "add_llvm_component_group(X86 HAS_JIT)\n\nset(LLVM_TARGET_DEFINITIONS X86.td)\n\n\
                    tablegen(LLVM X86GenInstrInfo.inc -gen-instr-info\n    -instr-info-expand-mi-operand-info=0)\n\
                    # tablegen(LLVM Commented.inc -gen-nothing)\n\
                    tablegen(LLVM X86GenRegisterInfo.inc -gen-register-info)\n\
                    tablegen(LLVM X86GenPreLegalizeGICombiner.inc -gen-global-isel-combiner\n    -combiners=\"X86PreLegalizerCombiner\")\n";
        let rules = tablegen_rules(text, Path::new("/t/X86"), "X86");
        assert_eq!(rules.len(), 3);
        assert_eq!(rules[0].td, Path::new("/t/X86/X86.td"));
        assert_eq!(
            rules[0].args,
            ["-gen-instr-info", "-instr-info-expand-mi-operand-info=0"]
        );
        assert!(rules[1]
            .outputs()
            .contains(&"X86GenRegisterInfoEnums.inc".to_owned()));
        assert_eq!(rules[2].args[1], "-combiners=X86PreLegalizerCombiner");
    }

    #[test]
    fn reads_link_components() {
        let text = "set(LLVM_LINK_COMPONENTS\n  AllTargetsAsmParsers\n  AllTargetsCodeGens\n  Analysis\n  IRPrinter\n  )\n\
                    add_llvm_tool(llc llc.cpp)\n";
        assert_eq!(
            link_components(text),
            ["all-targets", "analysis", "irprinter"]
        );
    }
}
