//! clang's cc1 backend options → llc options: the one table ([`TABLE`]) of what decides the code
//! after the IR is made. Everything else on a cc1 line is the frontend's, and its effect is
//! already in the IR (function attributes, module flags, debug metadata).

/// How a cc1 option carries its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `-faddrsig`
    Flag,
    /// `-target-cpu x86-64`: the value is the next argument.
    Separate,
    /// `-mcmodel=large`, `-O2`: the value follows the name in the same argument.
    Joined,
}

/// What an option becomes for llc.
#[derive(Debug, Clone, Copy)]
enum Map {
    /// Decided by the IR clang writes (attributes, module flags, metadata): nothing to pass.
    InIr,
    /// This llc flag, verbatim.
    Flag(&'static str),
    /// `<llc option>=<value>`.
    Value(&'static str),
    /// `<llc option>=<mapped value>`; a value not listed is passed as it is.
    Renamed(&'static str, &'static [(&'static str, &'static str)]),
    /// The code generation level.
    OptLevel,
    /// Collected, comma-joined, into one `-mattr=`.
    Feature,
    /// `-mllvm X`: X goes to llc as it is.
    Verbatim,
    /// `-fbasic-block-sections=list=FILE` → `-basic-block-sections=FILE`.
    BasicBlockSections,
    /// In the IR, and one input of clang's call-site-info rule ([`call_site_info`]).
    DebugInfoKind,
    /// In the IR, and the other input of that rule.
    Triple,
    /// llc cannot do what clang does with it: the compile is left to clang.
    Unsupported(&'static str),
}

struct Entry {
    name: &'static str,
    shape: Shape,
    map: Map,
}

const fn e(name: &'static str, shape: Shape, map: Map) -> Entry {
    Entry { name, shape, map }
}

use Map::*;
use Shape::{Flag as F, Joined as J, Separate as S};

/// Every cc1 option that decides code generation after the IR (clang's
/// `EmitAssemblyHelper::CreateTargetMachine` and `initTargetOptions`), and the IR-carried ones
/// worth naming. Looked up by exact name (Flag, Separate) or by prefix (Joined), first match.
const TABLE: &[Entry] = &[
    // -O0..-O3 pick the codegen level; -Os/-Oz are level 2 (their size preference is the
    // optsize/minsize attribute in the IR). llc's own default is -O2, so it is always passed.
    e("-O", J, OptLevel),
    // The TargetMachine's relocation model: static, pic, ropi, rwpi, ropi-rwpi, dynamic-no-pic.
    e("-mrelocation-model", S, Value("-relocation-model")),
    // PIC/PIE levels are the module flags "PIC Level"/"PIE Level".
    e("-pic-level", S, InIr),
    e("-pic-is-pie", F, InIr),
    // The code model; "default" is the target's, as llc's without the option.
    e("-mcmodel=default", J, InIr),
    e("-mcmodel=", J, Value("-code-model")),
    // Which globals count as large under the medium/large code models (x86-64).
    e("-mlarge-data-threshold=", J, Value("-large-data-threshold")),
    // The TargetMachine's CPU and features: module-level output (ELF e_flags, .ARM.attributes,
    // .riscv.attributes) comes from them; each function also has its own in the IR.
    e("-target-cpu", S, Value("-mcpu")),
    e("-target-feature", S, Feature),
    // Scheduling model per function: the "tune-cpu" attribute.
    e("-tune-cpu", S, InIr),
    // The ABI name (aapcs, ilp32, lp64d, ...): MCTargetOptions::ABIName, also for e_flags.
    e("-target-abi", S, Value("-target-abi")),
    // soft, softfp, hard: clang maps softfp to soft (the features say whether there is an FPU).
    e(
        "-mfloat-abi",
        S,
        Renamed("-float-abi", &[("softfp", "soft")]),
    ),
    // ARM EABI version (gnu, 4, 5).
    e("-meabi", S, Value("-meabi")),
    // posix or single (atomics lowered to plain accesses).
    e("-mthread-model", S, Value("-thread-model")),
    // Per-function and per-data sections, and their names.
    e("-ffunction-sections", F, Flag("-function-sections")),
    e("-fdata-sections", F, Flag("-data-sections")),
    e(
        "-fno-unique-section-names",
        F,
        Flag("-unique-section-names=false"),
    ),
    e(
        "-funique-basic-block-section-names",
        F,
        Flag("-unique-basic-block-section-names"),
    ),
    e(
        "-fseparate-named-sections",
        F,
        Flag("-separate-named-sections"),
    ),
    e("-fbasic-block-sections=", J, BasicBlockSections),
    e(
        "-fbasic-block-address-map",
        F,
        Flag("-basic-block-address-map"),
    ),
    e(
        "-fsplit-machine-functions",
        F,
        Flag("-split-machine-functions"),
    ),
    // The .llvm_addrsig section (identical code folding in the linker).
    e("-faddrsig", F, Flag("-addrsig")),
    // .stack_sizes.
    e("-fstack-size-section", F, Flag("-stack-size-section")),
    // TLS: emulated (__emutls), descriptors, immediate size (AArch64).
    e("-femulated-tls", F, Flag("-emulated-tls")),
    e("-fno-emulated-tls", F, Flag("-emulated-tls=false")),
    e("-enable-tlsdesc", F, Flag("-enable-tlsdesc")),
    e("-disable-tlsdesc", F, Flag("-enable-tlsdesc=false")),
    e("-mtls-size=", J, Value("-tls-size")),
    // Exception model: dwarf, sjlj, seh, wasm (llc spells seh "wineh").
    e(
        "-exception-model=",
        J,
        Renamed("-exception-model", &[("seh", "wineh")]),
    ),
    // Frame pointers, red zone, unwind tables, stack realignment and probes, stack
    // protectors: function attributes and module flags.
    e("-mframe-pointer=", J, InIr),
    e("-disable-red-zone", F, InIr),
    e("-funwind-tables=", J, InIr),
    e("-mstackrealign", F, InIr),
    e("-mstack-alignment=", J, InIr),
    e("-mstack-probe-size=", J, InIr),
    e("-stack-protector", S, InIr),
    // Debug info: the compile unit and module flags are IR; these shape how it is written.
    e("-debugger-tuning=", J, Value("-debugger-tune")),
    // clang adds call-site info (DW_TAG_call_site_parameter) on its own, see [`call_site_info`].
    e("-debug-info-kind=", J, DebugInfoKind),
    e("-triple", S, Triple),
    e("-dwarf-version=", J, InIr),
    e("-gstrict-dwarf", F, Flag("-strict-dwarf")),
    e("-gdwarf64", F, Flag("-dwarf64")),
    e("-fforce-dwarf-frame", F, Flag("-force-dwarf-frame-section")),
    e("-femit-dwarf-unwind=", J, Value("-emit-dwarf-unwind")),
    e(
        "-femit-compact-unwind-non-canonical",
        F,
        Flag("-emit-compact-unwind-non-canonical"),
    ),
    e("-split-dwarf-file", S, Value("-split-dwarf-file")),
    e("-split-dwarf-output", S, Value("-split-dwarf-output")),
    // Assembler behaviour (also -Wa, forms).
    e("-mrelax-all", F, Flag("-mc-relax-all")),
    e(
        "-mrelax-relocations=no",
        J,
        Flag("-x86-relax-relocations=false"),
    ),
    e("--crel", F, Flag("-crel")),
    e("-msave-temp-labels", F, Flag("-save-temp-labels")),
    e(
        "-mincremental-linker-compatible",
        F,
        Flag("-incremental-linker-compatible"),
    ),
    e("-massembler-fatal-warnings", F, Flag("-fatal-warnings")),
    e("-massembler-no-warn", F, Flag("-no-warn")),
    e("-msse2avx", F, Flag("-x86-sse2avx")),
    // .note.GNU-stack: written for every compiled ELF module anyway.
    e("-mnoexecstack", F, InIr),
    // Textual assembly (-S) only.
    e("-fno-verbose-asm", F, Flag("-asm-verbose=false")),
    e(
        "-fno-preserve-as-comments",
        F,
        Flag("-preserve-as-comments=false"),
    ),
    e(
        "-fno-dwarf-directory-asm",
        F,
        Flag("-dwarf-directory=false"),
    ),
    e("-no-integrated-as", F, Flag("-no-integrated-as")),
    // Floating point: fused multiply-add (clang: only "fast" differs from llc's default
    // "on"), and the no-infs/no-nans assumptions (-ffast-math, -ffinite-math-only).
    e("-ffp-contract=fast-honor-pragmas", J, InIr),
    e("-ffp-contract=fast", J, Flag("-fp-contract=fast")),
    e("-ffp-contract=", J, InIr),
    e("-menable-no-infs", F, Flag("-enable-no-infs-fp-math")),
    e("-menable-no-nans", F, Flag("-enable-no-nans-fp-math")),
    e(
        "-mlimit-float-precision",
        S,
        Value("-limit-float-precision"),
    ),
    // Vector math library calls the backend may emit (clang and llc spell two differently).
    e(
        "-fveclib=",
        J,
        Renamed(
            "-vector-library",
            &[("libmvec", "LIBMVEC"), ("SLEEF", "sleefgnuabi")],
        ),
    ),
    // Data layout of the object.
    e("-fno-use-init-array", F, Flag("-use-ctors")),
    e(
        "-fno-zero-initialized-in-bss",
        F,
        Flag("-nozero-initialized-in-bss"),
    ),
    e("-fbinutils-version=", J, Value("-binutils-version")),
    e("-falign-loops=", J, Value("-align-loops")),
    // Instrumentation the backend finishes: XRay's function index, Just-My-Code, call graph.
    e(
        "-fno-xray-function-index",
        F,
        Flag("-xray-function-index=false"),
    ),
    e("-fjmc", F, Flag("-enable-jmc-instrument")),
    e(
        "-fexperimental-call-graph-section",
        F,
        Flag("-call-graph-section"),
    ),
    // Backend options given with -mllvm are llc's own options.
    e("-mllvm", S, Verbatim),
    // Not reproducible with llc: clang alone compiles these (with a warning).
    e(
        "-fembed-bitcode=",
        J,
        Unsupported("llc does not embed the module's bitcode"),
    ),
    e(
        "--compress-debug-sections=",
        J,
        Unsupported("llc cannot compress debug sections"),
    ),
    e(
        "-compress-debug-sections=",
        J,
        Unsupported("llc cannot compress debug sections"),
    ),
    e(
        "-stack-usage-file",
        S,
        Unsupported("llc does not write -fstack-usage files"),
    ),
    e(
        "-opt-record-file",
        S,
        Unsupported("the optimization record would miss the backend's remarks"),
    ),
    e(
        "-fms-hotpatch",
        F,
        Unsupported("llc has no hot-patch option"),
    ),
    e(
        "-object-file-name=",
        J,
        Unsupported("llc has no option for the CodeView object name"),
    ),
    e(
        "-as-secure-log-file",
        S,
        Unsupported("llc has no option for the secure log"),
    ),
];

/// The llc options the table can produce (without values), for checking them against
/// `llc --help-hidden`.
pub fn llc_option_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = TABLE
        .iter()
        .filter_map(|e| match e.map {
            Flag(f) => Some(f),
            Value(v) | Renamed(v, _) => Some(v),
            _ => None,
        })
        .map(|f| f.split('=').next().unwrap_or(f))
        .chain(["-mattr", "-basic-block-sections", "-emit-call-site-info"])
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Separate-valued frontend options, so that their values are not read as options.
const FRONTEND_SEPARATE: &[&str] = &[
    "-o",
    "-x",
    "-main-file-name",
    "-aux-triple",
    "-resource-dir",
    "-internal-isystem",
    "-internal-externc-isystem",
    "-isystem",
    "-iquote",
    "-idirafter",
    "-isysroot",
    "-I",
    "-D",
    "-U",
    "-include",
    "-imacros",
    "-include-pch",
    "-dependency-file",
    "-MT",
    "-MQ",
    "-ferror-limit",
    "-fmessage-length",
    "-ftemplate-depth",
    "-fconstexpr-depth",
    "-fconstexpr-steps",
    "-fbracket-depth",
    "-ftabstop",
    "-target-linker-version",
    "-opt-record-format",
    "-opt-record-passes",
    "-record-command-line",
    "-dwarf-debug-flags",
    "-mregparm",
    "-load",
    "-plugin",
    "-add-plugin",
    "-Xclang",
];

/// llc's options for one cc1 job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub llc_args: Vec<String>,
}

/// A cc1 option that llc cannot reproduce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    pub option: String,
    pub why: &'static str,
}

/// Translates a cc1 line (after `-cc1`) into llc options.
pub fn translate(cc1: &[String]) -> Result<Translation, Unsupported> {
    let mut out = Vec::new();
    let mut opt_level = 0u8;
    let mut features: Vec<&str> = Vec::new();
    let (mut debug_info, mut triple) = ("", "");
    let mut i = 0;
    while i < cc1.len() {
        let arg = cc1[i].as_str();
        i += 1;
        if FRONTEND_SEPARATE.contains(&arg) {
            i += 1;
            continue;
        }
        let Some((entry, value)) = lookup(arg, cc1.get(i).map(String::as_str)) else {
            continue; // a frontend option
        };
        if entry.shape == Shape::Separate {
            i += 1;
        }
        let value = value.unwrap_or("");
        match entry.map {
            InIr => {}
            Flag(flag) => out.push(flag.to_string()),
            Value(name) => out.push(format!("{name}={value}")),
            Renamed(name, renames) => {
                let v = renames
                    .iter()
                    .find(|(from, _)| *from == value)
                    .map_or(value, |(_, to)| to);
                out.push(format!("{name}={v}"));
            }
            OptLevel => opt_level = codegen_level(value),
            Feature => features.push(value),
            DebugInfoKind => debug_info = value,
            Triple => triple = value,
            Verbatim => out.push(value.to_string()),
            BasicBlockSections => {
                let v = value.strip_prefix("list=").unwrap_or(value);
                out.push(format!("-basic-block-sections={v}"));
            }
            Unsupported(why) => {
                return Err(self::Unsupported {
                    option: entry.name.trim_end_matches('=').to_string(),
                    why,
                })
            }
        }
    }
    let mut llc_args = vec![format!("-O{opt_level}")];
    if !features.is_empty() {
        llc_args.push(format!("-mattr={}", features.join(",")));
    }
    llc_args.extend(out);
    if call_site_info(opt_level, debug_info, triple) {
        llc_args.push("-emit-call-site-info".into());
    }
    Ok(Translation { llc_args })
}

/// clang's CompilerInvocation turns on call-site info (no cc1 option says so) when optimizing
/// with at least constructor-level debug info on x86, x86-64, AArch64, ARM (not Thumb), MIPS
/// and RISC-V (clang 22's list; tests/tests/cc_wrapper.rs compares the debug info).
fn call_site_info(opt_level: u8, debug_info: &str, triple: &str) -> bool {
    let arch = triple.split('-').next().unwrap_or("");
    let listed = matches!(arch, "x86_64" | "amd64" | "aarch64" | "arm64" | "x86")
        || (arch.len() == 4 && arch.starts_with('i') && arch.ends_with("86"))
        || (arch.starts_with("arm") && !arch.starts_with("arm64"))
        || arch.starts_with("mips")
        || arch.starts_with("riscv");
    opt_level > 0
        && matches!(
            debug_info,
            "constructor" | "limited" | "standalone" | "unused-types"
        )
        && listed
}

fn lookup<'a>(arg: &'a str, next: Option<&'a str>) -> Option<(&'static Entry, Option<&'a str>)> {
    TABLE.iter().find_map(|entry| match entry.shape {
        Shape::Flag if arg == entry.name => Some((entry, None)),
        Shape::Separate if arg == entry.name => Some((entry, next)),
        Shape::Joined => arg.strip_prefix(entry.name).map(|v| (entry, Some(v))),
        _ => None,
    })
}

/// clang's `getOptimizationLevel` as the code generator sees it.
fn codegen_level(value: &str) -> u8 {
    match value {
        "0" => 0,
        "" | "1" | "g" => 1,
        "2" | "s" | "z" => 2,
        "fast" => 3,
        n => n.parse::<u32>().map_or(2, |n| n.min(3) as u8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn backend_options_become_llc_options() {
        let t = translate(&args(
            "-triple x86_64-pc-linux-gnu -Os -emit-obj -mrelocation-model pic -pic-level 2 \
             -mframe-pointer=none -target-cpu x86-64 -target-feature +avx2 -target-feature -sse4a \
             -ffunction-sections -faddrsig -mllvm -x86-asm-syntax=intel -o t.o -x c t.c",
        ))
        .unwrap();
        assert_eq!(
            t.llc_args,
            [
                "-O2",
                "-mattr=+avx2,-sse4a",
                "-relocation-model=pic",
                "-mcpu=x86-64",
                "-function-sections",
                "-addrsig",
                "-x86-asm-syntax=intel",
            ]
        );
    }

    #[test]
    fn no_level_is_level_zero_and_values_are_not_options() {
        // llc's default is -O2; cc1 without -O is -O0. `-D -O3` defines a macro named -O3.
        let t = translate(&args(
            "-emit-obj -D -O3 -main-file-name -ffunction-sections",
        ))
        .unwrap();
        assert_eq!(t.llc_args, ["-O0"]);
        assert_eq!(codegen_level("z"), 2);
        let g = |line: &str| translate(&args(line)).unwrap().llc_args;
        assert!(
            g("-triple x86_64-pc-linux-gnu -O2 -debug-info-kind=constructor")
                .contains(&"-emit-call-site-info".to_string())
        );
        assert!(
            !g("-triple x86_64-pc-linux-gnu -O0 -debug-info-kind=constructor")
                .contains(&"-emit-call-site-info".to_string())
        );
        assert!(
            !g("-triple thumbv7em-none-eabi -O2 -debug-info-kind=limited")
                .contains(&"-emit-call-site-info".to_string())
        );
        assert_eq!(codegen_level("4"), 3);
        assert_eq!(codegen_level(""), 1);
    }

    #[test]
    fn renamed_values_and_unsupported_options() {
        let t = translate(&args(
            "-mfloat-abi softfp -exception-model=seh -fveclib=libmvec",
        ))
        .unwrap();
        assert_eq!(
            t.llc_args,
            [
                "-O0",
                "-float-abi=soft",
                "-exception-model=wineh",
                "-vector-library=LIBMVEC"
            ]
        );
        let err = translate(&args("-O2 -stack-usage-file t.su")).unwrap_err();
        assert_eq!(err.option, "-stack-usage-file");
        let err = translate(&args("--compress-debug-sections=zlib")).unwrap_err();
        assert_eq!(err.option, "--compress-debug-sections");
    }
}
