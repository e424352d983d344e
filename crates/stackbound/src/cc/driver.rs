//! Running a compile: clang's `-###` for the jobs, each cc1 job to bitcode, llc to the object;
//! or clang itself, untouched.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};

use super::{
    classify, jobs, one_paragraph, tools, CcError, Lang, ACTIVE_ENV, SECTION_FLAG, STRICT_ENV,
    VERBOSE_ENV,
};
use crate::llc::Llc;

pub fn run(lang: Lang, args: &[OsString]) -> Result<u8, CcError> {
    let clang = tools::clang(lang)?;
    if std::env::var_os(ACTIVE_ENV).is_some() {
        return Err(CcError::Recursion {
            clang: clang.display().to_string(),
        });
    }
    if args.iter().any(|a| a == "--version") {
        return version(lang, &clang, args);
    }
    if classify::is_query(args) {
        return pass_through(&clang, args);
    }
    // The driver writes -MJ's compilation-database fragment itself, and the wrapper runs no
    // driver for a compile.
    if args.iter().any(|a| a.to_string_lossy().starts_with("-MJ")) {
        return lost_records(
            lang,
            "-MJ: the compilation-database fragment is written by clang's driver, so clang \
             alone compiles and the objects carry no stack records (CMake's \
             CMAKE_EXPORT_COMPILE_COMMANDS or bear need no -MJ)"
                .into(),
            &clang,
            args,
        );
    }
    let mut probe = Command::new(&clang);
    probe
        .arg("-###")
        .args(args)
        .env(ACTIVE_ENV, "1")
        .stdin(Stdio::null());
    let shown = show(&probe);
    let out = probe.output().map_err(|source| CcError::Spawn {
        command: shown.clone(),
        source,
    })?;
    // Bad arguments, a missing input: clang says so itself, with its own status.
    if !out.status.success() {
        return pass_through(&clang, args);
    }
    let Ok(text) = String::from_utf8(out.stderr) else {
        return lost_records(
            lang,
            "the arguments are not UTF-8, which stackbound-cc does not redo: clang compiles \
             alone and the objects carry no stack records"
                .into(),
            &clang,
            args,
        );
    };
    let plan = jobs::parse(&text).map_err(|problem| CcError::Jobs {
        command: shown,
        problem,
    })?;
    match classify::decide(&plan.jobs, classify::asks_for_object(args)) {
        classify::Decision::PassThrough { warning: None } => pass_through(&clang, args),
        classify::Decision::PassThrough {
            warning: Some(warning),
        } => lost_records(lang, warning, &clang, args),
        classify::Decision::Compile(mut compiles) => {
            // The driver decided colours for a pipe (the `-###` run); the cc1 step writes to
            // our stderr.
            let asked = args.iter().any(|a| {
                let a = a.to_string_lossy();
                a.contains("color-diagnostics") || a.contains("diagnostics-color")
            });
            if std::io::stderr().is_terminal() && !asked {
                for c in &mut compiles {
                    let chosen = c.cc1.iter().any(|a| a.contains("color-diagnostics"));
                    if !chosen {
                        c.cc1.insert(1, "-fcolor-diagnostics".into());
                    }
                }
            }
            let llc = Llc::discover(None)?;
            if let Some(warning) = &llc.warning {
                eprintln!("{}: warning: {warning}", lang.program());
            }
            for line in &plan.diagnostics {
                eprintln!("{line}");
            }
            // As clang's driver: every job runs, the first failure decides the status.
            let mut status = 0;
            for compile in &compiles {
                let code = compile_one(compile, &llc)?;
                if status == 0 {
                    status = code;
                }
            }
            Ok(status)
        }
    }
}

fn lost_records(
    lang: Lang,
    warning: String,
    clang: &Path,
    args: &[OsString],
) -> Result<u8, CcError> {
    if std::env::var_os(STRICT_ENV).is_some_and(|v| v == "1") {
        return Err(CcError::Strict { warning });
    }
    eprintln!("{}: warning: {warning}", lang.program());
    pass_through(clang, args)
}

/// One cc1 job: bitcode from clang, the object from llc.
fn compile_one(c: &classify::Compile, llc: &Llc) -> Result<u8, CcError> {
    // llc would only say "No such file or directory", without the path.
    let parent = Path::new(&c.output)
        .parent()
        .filter(|p| !p.as_os_str().is_empty());
    if c.output != "-" && parent.is_some_and(|p| !p.is_dir()) {
        return Err(CcError::NoOutputDir {
            path: c.output.clone(),
        });
    }
    let mut cc1 = Command::new(&c.program);
    cc1.args(&c.cc1).env(ACTIVE_ENV, "1").stdout(Stdio::piped());
    let shown = show(&cc1);
    let child = cc1.spawn().map_err(|source| CcError::Spawn {
        command: shown.clone(),
        source,
    })?;
    let bitcode = child.wait_with_output().map_err(|source| CcError::Spawn {
        command: shown,
        source,
    })?;
    if !bitcode.status.success() {
        remove_outputs(c);
        return Ok(exit_code(bitcode.status));
    }
    // llc names the module after the file it reads: the source's own name, in a directory of
    // its own so that no temporary path reaches the object (from stdin it would be `<stdin>`).
    let cwd = std::env::current_dir().map_err(CcError::Temp)?;
    let dir = tempfile::Builder::new()
        .prefix("stackbound-cc-")
        .tempdir()
        .map_err(CcError::Temp)?;
    let input = match &c.module_name {
        Some(name) => {
            std::fs::write(dir.path().join(name), &bitcode.stdout).map_err(CcError::Temp)?;
            name.as_str()
        }
        None => "-",
    };
    let mut cmd = Command::new(&llc.path);
    cmd.current_dir(dir.path())
        .arg(if c.assembly {
            "-filetype=asm"
        } else {
            "-filetype=obj"
        })
        .arg(SECTION_FLAG)
        .args(c.llc.llc_args.iter().map(|a| absolute_paths(a, &cwd)))
        .arg(input)
        .arg("-o")
        .arg(if c.output == "-" {
            PathBuf::from("-")
        } else {
            cwd.join(&c.output)
        })
        .stdin(Stdio::piped());
    let shown = show(&cmd);
    let spawn_error = |source| CcError::Spawn {
        command: shown.clone(),
        source,
    };
    let mut child = cmd.spawn().map_err(spawn_error)?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    if input == "-" {
        // llc reads all of its input before it writes; a closed pipe means it failed, and
        // says why.
        let _ = stdin.write_all(&bitcode.stdout);
    }
    drop(stdin);
    let status = child.wait().map_err(spawn_error)?;
    if !status.success() {
        remove_outputs(c);
        return Ok(exit_code(status));
    }
    Ok(0)
}

/// llc runs in a directory of its own: the options that name files the user gave get them as
/// absolute paths.
fn absolute_paths(arg: &str, cwd: &Path) -> String {
    for prefix in ["-split-dwarf-output=", "-basic-block-sections="] {
        if let Some(value) = arg.strip_prefix(prefix) {
            if !value.is_empty() && !matches!(value, "all" | "labels" | "none" | "-") {
                return format!("{prefix}{}", cwd.join(value).display());
            }
        }
    }
    arg.to_string()
}

/// As clang's driver does when a job fails: no stale object or dependency file stays behind.
fn remove_outputs(c: &classify::Compile) {
    remove_regular_file(&c.output);
    if let Some(dep) = &c.dep_file {
        remove_regular_file(dep);
    }
}

/// Removes `path` only if it is a regular file, as LLVM's `sys::fs::remove` does: configure
/// scripts compile to `-o /dev/null`, and as root, removing that would take the device away
/// from every later command.
fn remove_regular_file(path: &str) {
    if path == "-" {
        return;
    }
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file()) {
        let _ = std::fs::remove_file(path);
    }
}

/// `--version`: clang's, then a line naming this stackbound and its llc, so that a cache that
/// hashes `--version` (ccache's `compiler_check = %compiler% --version`) sees a new llc.
fn version(lang: Lang, clang: &Path, args: &[OsString]) -> Result<u8, CcError> {
    let mut cmd = Command::new(clang);
    cmd.args(args).env(ACTIVE_ENV, "1");
    let shown = show(&cmd);
    let status = cmd.status().map_err(|source| CcError::Spawn {
        command: shown,
        source,
    })?;
    println!("{}", version_line(lang));
    Ok(exit_code(status))
}

/// `stackbound-cc 0.1.0 (LLVM pin 22.1.8), llc /path/llc (LLVM 22.1.8, pass hash ..., size ...,
/// modified ...)`.
pub fn version_line(lang: Lang) -> String {
    let head = format!(
        "{} {} (LLVM pin {})",
        lang.program(),
        env!("CARGO_PKG_VERSION"),
        crate::llc::LLVM_PIN
    );
    match Llc::discover(None) {
        Ok(llc) => {
            let mut facts = vec![format!("LLVM {}", llc.version)];
            if let Some(m) = &llc.manifest {
                facts.push(format!("pass hash {}", m.pass_hash));
            }
            if let Ok(meta) = std::fs::metadata(&llc.path) {
                facts.push(format!("{} bytes", meta.len()));
                if let Some(secs) = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                {
                    facts.push(format!("modified {}", secs.as_secs()));
                }
            }
            format!("{head}, llc {} ({})", llc.path.display(), facts.join(", "))
        }
        Err(err) => format!("{head}, no usable llc: {}", one_paragraph(&err)),
    }
}

fn pass_through(clang: &Path, args: &[OsString]) -> Result<u8, CcError> {
    let mut cmd = Command::new(clang);
    cmd.args(args).env(ACTIVE_ENV, "1");
    let shown = show(&cmd);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let source = cmd.exec();
        Err(CcError::Spawn {
            command: shown,
            source,
        })
    }
    #[cfg(not(unix))]
    {
        let status = cmd.status().map_err(|source| CcError::Spawn {
            command: shown,
            source,
        })?;
        Ok(exit_code(status))
    }
}

/// The child's status as ours: its code, or 128 + the signal that ended it (as a shell says).
fn exit_code(status: ExitStatus) -> u8 {
    if let Some(code) = status.code() {
        return u8::try_from(code).unwrap_or(1).max(u8::from(code != 0));
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return u8::try_from(128 + signal).unwrap_or(1);
        }
    }
    1
}

/// The command as a shell line; printed with `STACKBOUND_CC_VERBOSE=1`.
fn show(cmd: &Command) -> String {
    let line = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| shell_words::quote(&a.to_string_lossy()).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    if std::env::var_os(VERBOSE_ENV).is_some_and(|v| v == "1") {
        eprintln!("+ {line}");
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A failed job removes the object it left, never what is not a regular file (`-o
    /// /dev/null` in a configure test: as root, the device itself).
    #[cfg(unix)]
    #[test]
    fn only_regular_outputs_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let object = dir.path().join("a.o");
        std::fs::write(&object, b"stale").unwrap();
        remove_regular_file(object.to_str().unwrap());
        assert!(!object.exists());

        // A socket stands in for a device: not a regular file, and no root needed.
        let socket = dir.path().join("device");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        remove_regular_file(socket.to_str().unwrap());
        assert!(
            std::fs::symlink_metadata(&socket).is_ok(),
            "the socket was removed"
        );
        remove_regular_file("-");
    }
}
