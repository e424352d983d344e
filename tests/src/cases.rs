//! The inputs of the object-level checks (`tests/tests/census.rs`, `tests/tests/sp_check.rs`):
//! every corpus file under the option sets of `identical.rs`, and a few C sources compiled fresh
//! by clang under codegen variants that add calls, sleds or frames late. [`build_case`] compiles
//! one case with the custom llc (object and report from one run: the object is the analysed
//! code) and disassembles the object with the stock `llvm-objdump -dr --no-show-raw-insn`.

use std::path::{Path, PathBuf};
use std::process::Command;

use stackbound_core::records::ModuleReport;

use crate::objdump::{parse_disassembly, DisFunction};
use crate::{
    custom_llc, ir_target_triple, llvm_bin_dir, llvm_tool, pin, read_report, try_run,
    workspace_root,
};

/// An IR module to compile: a corpus file, or a C source compiled fresh under a variant.
pub struct Case {
    pub label: String,
    pub triple: String,
    pub llc_args: Vec<String>,
    pub input: Input,
}

pub enum Input {
    Ir(PathBuf),
    C {
        src: PathBuf,
        cflags: Vec<&'static str>,
    },
}

/// A codegen variant of the C sources: clang flags, and the llc flags they need (clang's
/// `-fPIC` only sets a module flag; llc's relocation model is its own option).
pub struct Variant {
    pub tag: &'static str,
    pub triple: &'static str,
    pub cflags: &'static [&'static str],
    pub llc: &'static [&'static str],
}

const PIC: &[&str] = &["-relocation-model=pic"];
const X86: &str = "x86_64-unknown-linux-gnu";
const A64: &str = "aarch64-unknown-linux-gnu";
const XRAY: &[&str] = &["-fxray-instrument", "-fxray-instruction-threshold=1"];

pub const VARIANTS: &[Variant] = &[
    Variant {
        tag: "tls-gd",
        triple: X86,
        cflags: &["-fPIC", "-ftls-model=global-dynamic"],
        llc: PIC,
    },
    Variant {
        tag: "tls-ld",
        triple: X86,
        cflags: &["-fPIC", "-ftls-model=local-dynamic"],
        llc: PIC,
    },
    Variant {
        tag: "tls-ie",
        triple: X86,
        cflags: &["-fPIC", "-ftls-model=initial-exec"],
        llc: PIC,
    },
    Variant {
        tag: "tlsdesc",
        triple: X86,
        cflags: &["-fPIC", "-mtls-dialect=gnu2"],
        llc: &["-relocation-model=pic", "-enable-tlsdesc"],
    },
    Variant {
        tag: "ssp-all",
        triple: X86,
        cflags: &["-fstack-protector-all"],
        llc: &[],
    },
    Variant {
        tag: "kcfi",
        triple: X86,
        cflags: &["-fsanitize=kcfi"],
        llc: &[],
    },
    Variant {
        tag: "cf-protection",
        triple: X86,
        cflags: &["-fcf-protection"],
        llc: &[],
    },
    Variant {
        tag: "retpoline",
        triple: X86,
        cflags: &["-mretpoline"],
        llc: &[],
    },
    Variant {
        tag: "xray",
        triple: X86,
        cflags: XRAY,
        llc: &[],
    },
    Variant {
        tag: "pfe",
        triple: X86,
        cflags: &["-fpatchable-function-entry=5"],
        llc: &[],
    },
    Variant {
        tag: "pg",
        triple: X86,
        cflags: &["-pg"],
        llc: &[],
    },
    Variant {
        tag: "fentry",
        triple: X86,
        cflags: &["-pg", "-mfentry"],
        llc: &[],
    },
    Variant {
        tag: "bti-pac",
        triple: A64,
        cflags: &["-mbranch-protection=standard"],
        llc: &[],
    },
    Variant {
        tag: "hwasan",
        triple: A64,
        cflags: &["-fsanitize=hwaddress"],
        llc: &[],
    },
    Variant {
        tag: "tlsdesc",
        triple: A64,
        cflags: &["-fPIC"],
        llc: PIC,
    },
    Variant {
        tag: "xray",
        triple: A64,
        cflags: XRAY,
        llc: &[],
    },
    Variant {
        tag: "pfe",
        triple: A64,
        cflags: &["-fpatchable-function-entry=5"],
        llc: &[],
    },
    Variant {
        tag: "pg",
        triple: A64,
        cflags: &["-pg"],
        llc: &[],
    },
];

/// C sources for the variants: the census's own (TLS, XRay events) and corpus programs with
/// indirect calls, libcalls and frames.
pub fn variant_sources(v: &Variant) -> Vec<PathBuf> {
    let root = workspace_root().join("tests");
    let mut out = vec![
        root.join("census/tls.c"),
        root.join("corpus/src/c/funcptr.c"),
        root.join("corpus/src/c/strings.c"),
        root.join("corpus/src/c/structs.c"),
    ];
    if v.tag == "xray" {
        out.push(root.join("census/xray_events.c"));
    }
    out
}

pub fn clang() -> PathBuf {
    let p = llvm_bin_dir().join("clang");
    if p.exists() {
        p
    } else {
        PathBuf::from(format!("clang-{}", pin().major))
    }
}

/// The byte-identity corpus's IR files (`tests/corpus/*.ll`), sorted.
pub fn corpus_files() -> Vec<PathBuf> {
    let dir = workspace_root().join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ll"))
        .collect();
    files.sort();
    files
}

/// Every corpus file under the option sets of `identical.rs`.
pub fn corpus_cases() -> Vec<Case> {
    let mut out = Vec::new();
    for file in corpus_files() {
        let ir = std::fs::read_to_string(&file).unwrap();
        let triple =
            ir_target_triple(&ir).unwrap_or_else(|| panic!("{}: no triple", file.display()));
        // The option sets of identical.rs.
        let mut sets: Vec<Vec<&str>> = vec![vec!["-O2"], vec!["-O0"]];
        if triple.starts_with("aarch64") {
            sets.push(vec!["-O2", "-enable-machine-outliner"]);
        }
        if triple.starts_with("x86_64") {
            sets.push(vec!["-O2", "-relocation-model=pic"]);
        }
        for args in sets {
            out.push(Case {
                label: format!(
                    "{}[{}]",
                    file.file_name().unwrap().to_string_lossy(),
                    args.join(" ")
                ),
                triple: triple.clone(),
                llc_args: args.iter().map(|s| s.to_string()).collect(),
                input: Input::Ir(file.clone()),
            });
        }
    }
    out
}

/// The C sources of [`variant_sources`] under every [`VARIANTS`] entry, at `-O2`.
pub fn variant_cases() -> Vec<Case> {
    let mut out = Vec::new();
    for v in VARIANTS {
        for src in variant_sources(v) {
            let arch = v.triple.split('-').next().unwrap();
            out.push(Case {
                label: format!(
                    "{}[{arch} {}]",
                    src.file_name().unwrap().to_string_lossy(),
                    v.cflags.join(" ")
                ),
                triple: v.triple.to_string(),
                llc_args: std::iter::once("-O2")
                    .chain(v.llc.iter().copied())
                    .map(str::to_string)
                    .collect(),
                input: Input::C {
                    src,
                    cflags: v.cflags.to_vec(),
                },
            });
        }
    }
    out
}

pub fn file_id(label: &str) -> String {
    label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// One compiled case: the object, its report and its disassembly.
pub struct Built {
    pub obj: PathBuf,
    pub report: ModuleReport,
    pub funcs: Vec<DisFunction>,
}

/// Compiles one case into `dir` (clang first for a C source), then disassembles the object.
pub fn build_case(case: &Case, dir: &Path) -> Result<Built, String> {
    let id = file_id(&case.label);
    let ir = match &case.input {
        Input::Ir(p) => p.clone(),
        Input::C { src, cflags } => {
            let out = dir.join(format!("{id}.ll"));
            let mut cmd = Command::new(clang());
            cmd.arg(format!("--target={}", case.triple))
                .args(["-O2", "-S", "-emit-llvm", "-nostdlibinc", "-std=c11", "-w"])
                .arg("-I")
                .arg(workspace_root().join("tests/corpus/src/c"))
                .args(cflags)
                .arg(src)
                .arg("-o")
                .arg(&out);
            try_run(&mut cmd).map_err(|e| format!("{}: clang failed\n{e}", case.label))?;
            out
        }
    };
    let obj = dir.join(format!("{id}.o"));
    let rep = dir.join(format!("{id}.jsonl"));
    let mut cmd = Command::new(custom_llc());
    cmd.args(&case.llc_args)
        .arg(format!("-mtriple={}", case.triple))
        .arg("-filetype=obj")
        .arg(&ir)
        .arg("-o")
        .arg(&obj)
        .arg(format!("-stack-report={}", rep.display()));
    try_run(&mut cmd).map_err(|e| format!("{}: llc failed\n{e}", case.label))?;
    let report = read_report(&rep).map_err(|e| format!("{}: bad report: {e}", case.label))?;
    let mut cmd = Command::new(llvm_tool("llvm-objdump"));
    cmd.args(["-dr", "--no-show-raw-insn"]).arg(&obj);
    let out = try_run(&mut cmd).map_err(|e| format!("{}: llvm-objdump failed\n{e}", case.label))?;
    let funcs = parse_disassembly(&String::from_utf8_lossy(&out.stdout));
    if funcs.is_empty() {
        return Err(format!(
            "{}: no function symbols in the disassembly of {}",
            case.label,
            obj.display()
        ));
    }
    Ok(Built { obj, report, funcs })
}
