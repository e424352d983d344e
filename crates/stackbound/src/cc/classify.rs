//! Which invocations the wrapper compiles itself and which go to clang untouched: decided
//! first from the arguments (queries such as `--version`), then from the jobs clang's driver
//! would run (`-###`), so that response files, `-x`, `-Xclang` and every spelling of every
//! option mean what clang takes them to mean.

use std::ffi::OsString;

use super::flags::{self, Translation};

/// Arguments that ask clang something rather than compile: they go to clang untouched, without
/// asking it for its jobs first.
pub fn is_query(args: &[OsString]) -> bool {
    args.iter().any(|a| {
        let Some(a) = a.to_str() else { return false };
        matches!(
            a,
            "-###" | "-v" | "--version" | "-dumpversion" | "-dumpmachine" | "--help" | "-help"
        ) || a.starts_with("-print-")
            || a.starts_with("--print-")
    })
}

/// Whether the command line asks for an object or assembly (`-c`, `-S`): only then is a job
/// the wrapper cannot redo worth a warning (a link step that also compiles is not).
pub fn asks_for_object(args: &[OsString]) -> bool {
    args.iter().any(|a| a == "-c" || a == "-S")
}

/// The languages whose cc1 jobs the wrapper redoes. Objective-C is left out: at -O1 and above
/// clang adds ObjC ARC's contraction pass to code generation, which llc does not run.
const LANGUAGES: &[&str] = &["c", "c++", "cpp-output", "c++-cpp-output"];

/// One cc1 job redone as bitcode + llc.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compile {
    /// The cc1 arguments (after the program), writing bitcode to stdout instead.
    pub cc1: Vec<String>,
    /// The clang the driver named for the job.
    pub program: String,
    /// Where the object (or assembly) goes: the job's `-o`.
    pub output: String,
    /// The dependency file the job writes, if any (removed again when the compile fails).
    pub dep_file: Option<String>,
    /// The source, for messages.
    pub input: String,
    /// `-S`: llc writes assembly.
    pub assembly: bool,
    /// The source's file name (cc1's `-main-file-name`) when it is a plain one: llc reads the
    /// bitcode under this name, which becomes the records' module name.
    pub module_name: Option<String>,
    pub llc: Translation,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Run clang with the arguments as given; the warning says why objects carry no records.
    PassThrough {
        warning: Option<String>,
    },
    Compile(Vec<Compile>),
}

const ACTIONS: &[&str] = &[
    "-emit-obj",
    "-S",
    "-emit-llvm-bc",
    "-emit-llvm",
    "-E",
    "-fsyntax-only",
    "-emit-pch",
    "-emit-module",
    "-emit-module-interface",
    "-analyze",
    "-ast-dump",
];

fn action(job: &[String]) -> Option<&str> {
    job.iter().map(String::as_str).find(|a| ACTIONS.contains(a))
}

fn value_of<'a>(job: &'a [String], name: &str) -> Option<&'a str> {
    job.iter()
        .rposition(|a| a == name)
        .and_then(|i| job.get(i + 1))
        .map(String::as_str)
}

pub fn decide(jobs: &[Vec<String>], wants_object: bool) -> Decision {
    let pass = |warning: Option<String>| Decision::PassThrough { warning };
    if jobs.is_empty() {
        return pass(None);
    }
    let cc1 = |job: &Vec<String>| job.get(1).is_some_and(|a| a == "-cc1");
    if let Some(job) = jobs
        .iter()
        .find(|j| cc1(j) && j.iter().any(|a| a == "-flto" || a.starts_with("-flto=")))
    {
        let input = job.last().map(String::as_str).unwrap_or("the input");
        return pass(Some(format!(
            "-flto: {input} becomes LLVM bitcode, compiled only when the program is linked, so \
             its object carries no stack records; analyse the linked program's IR with \
             `stackbound` instead (or build without -flto)"
        )));
    }
    let redoable = |job: &Vec<String>| cc1(job) && matches!(action(job), Some("-emit-obj" | "-S"));
    if !jobs.iter().all(redoable) {
        let compiles = jobs.iter().filter(|j| redoable(j)).count();
        let warning = (wants_object && jobs.len() > 1 && compiles > 0).then(|| {
            format!(
                "clang splits this compile into {} steps (-save-temps, -fembed-bitcode, \
                 -fno-integrated-as do), which stackbound-cc does not redo: the objects are \
                 clang's own and carry no stack records",
                jobs.len()
            )
        });
        return pass(warning);
    }
    let mut compiles = Vec::new();
    for job in jobs {
        let input = job.last().cloned().unwrap_or_default();
        let language = value_of(job, "-x").unwrap_or("");
        if !LANGUAGES.contains(&language) {
            return pass(Some(format!(
                "{input} is {language}, which stackbound-cc leaves to clang (it redoes C and \
                 C++ only): its object carries no stack records"
            )));
        }
        let triple = value_of(job, "-triple").unwrap_or("");
        if !is_elf(triple) {
            return pass(Some(format!(
                "{triple} objects are not ELF, and the records travel in ELF sections only: \
                 clang alone compiles {input} and its object carries no stack records"
            )));
        }
        let llc = match flags::translate(&job[2..]) {
            Ok(t) => t,
            Err(unsupported) => {
                return pass(Some(format!(
                    "{}: {}, so clang alone compiles {input} and its object carries no stack \
                     records",
                    unsupported.option, unsupported.why
                )))
            }
        };
        let Some(output) = value_of(job, "-o").map(str::to_string) else {
            return pass(None);
        };
        let assembly = action(job) == Some("-S");
        // The bitcode keeps the use-list order (as `clang -emit-llvm` and -save-temps do):
        // without it llc sees the uses of a value in another order and makes other code.
        let mut cc1: Vec<String> = Vec::with_capacity(job.len());
        for arg in &job[1..] {
            if arg == "-emit-obj" || arg == "-S" {
                cc1.push("-emit-llvm-bc".into());
                cc1.push("-emit-llvm-uselists".into());
            } else {
                cc1.push(arg.clone());
            }
        }
        if let Some(i) = cc1.iter().rposition(|a| a == "-o") {
            cc1[i + 1] = "-".into();
        }
        compiles.push(Compile {
            cc1,
            program: job[0].clone(),
            output,
            dep_file: value_of(job, "-dependency-file").map(str::to_string),
            module_name: value_of(job, "-main-file-name")
                .filter(|n| !n.is_empty() && *n != "-" && !n.starts_with('-') && !n.contains('/'))
                .map(str::to_string),
            input,
            assembly,
            llc,
        });
    }
    Decision::Compile(compiles)
}

/// Mach-O, COFF, XCOFF and GOFF triples, as LLVM's `Triple::getObjectFormat` tells them; the
/// rest is ELF (or wasm, where llc writes no records and the object is clang's).
fn is_elf(triple: &str) -> bool {
    let t = triple.to_ascii_lowercase();
    let not_elf = [
        "apple",
        "darwin",
        "macos",
        "ios",
        "tvos",
        "watchos",
        "xros",
        "driverkit",
        "windows",
        "win32",
        "mingw",
        "cygwin",
        "uefi",
        "aix",
        "zos",
        "-macho",
        "-coff",
        "-xcoff",
    ];
    !not_elf.iter().any(|k| t.contains(k)) || t.ends_with("-elf")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn a_compile_is_redone_with_bitcode_on_stdout() {
        let j = job("/c -cc1 -triple x -O2 -emit-obj -dependency-file t.d -MT t.o -o t.o -x c t.c");
        let Decision::Compile(c) = decide(&[j], true) else {
            panic!("not a compile")
        };
        assert_eq!(c[0].output, "t.o");
        assert_eq!(c[0].dep_file.as_deref(), Some("t.d"));
        assert_eq!(
            c[0].cc1.join(" "),
            "-cc1 -triple x -O2 -emit-llvm-bc -emit-llvm-uselists -dependency-file t.d -MT t.o -o - -x c t.c"
        );
        assert_eq!(c[0].llc.llc_args, ["-O2"]);
    }

    #[test]
    fn what_passes_through() {
        let pre = job("/c -cc1 -E -o - -x c t.c");
        assert_eq!(
            decide(&[pre], false),
            Decision::PassThrough { warning: None }
        );
        let asm = job("/c -cc1as -filetype obj -o t.o t.s");
        assert_eq!(
            decide(&[asm], true),
            Decision::PassThrough { warning: None }
        );
        let link = [
            job("/c -cc1 -emit-obj -o /tmp/a.o -x c a.c"),
            job("/usr/bin/ld -o a /tmp/a.o"),
        ];
        assert_eq!(
            decide(&link, false),
            Decision::PassThrough { warning: None }
        );
        let lto = job("/c -cc1 -emit-llvm-bc -flto=full -o t.o -x c t.c");
        assert!(
            matches!(decide(&[lto], true), Decision::PassThrough { warning: Some(w) } if w.starts_with("-flto"))
        );
        let objc = job("/c -cc1 -emit-obj -o t.o -x objective-c t.m");
        assert!(matches!(
            decide(&[objc], true),
            Decision::PassThrough { warning: Some(_) }
        ));
        let usage = job("/c -cc1 -emit-obj -stack-usage-file t.su -o t.o -x c t.c");
        assert!(
            matches!(decide(&[usage], true), Decision::PassThrough { warning: Some(w) } if w.starts_with("-stack-usage-file"))
        );
    }

    #[test]
    fn elf_or_not() {
        assert!(is_elf("x86_64-pc-linux-gnu"));
        assert!(is_elf("thumbv7em-unknown-none-eabihf"));
        assert!(is_elf("riscv32-unknown-unknown-elf"));
        assert!(!is_elf("x86_64-apple-macosx10.4.0"));
        assert!(!is_elf("x86_64-pc-windows-msvc"));
        assert!(!is_elf("aarch64-pc-windows-gnu"));
        let mac = job("/c -cc1 -triple arm64-apple-macosx14.0.0 -emit-obj -o t.o -x c t.c");
        assert!(
            matches!(decide(&[mac], true), Decision::PassThrough { warning: Some(w) } if w.contains("not ELF"))
        );
    }

    #[test]
    fn queries() {
        let q = |a: &[&str]| is_query(&a.iter().map(OsString::from).collect::<Vec<_>>());
        assert!(q(&["--version"]));
        assert!(q(&["-print-file-name=libc.so"]));
        assert!(!q(&["-c", "t.c"]));
    }
}
