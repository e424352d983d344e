//! Harness shared by the `stackbound-tests` integration tests.
//!
//! It finds the workspace, the LLVM tools of the pinned version and the custom `llc`, runs
//! commands with a time limit and reports failures with the full command line and its output,
//! and knows just enough about `.ll` files and ELF objects to check them. `-stack-report` files
//! (docs/stack-report-format.md) are read by the core's reader (`stackbound_core::records`);
//! [`parse_report`] adds only the checks on what the pass itself must write.
//!
//! Environment:
//! - `STACKBOUND_LLC`: the custom llc (default `<workspace>/target/llc/bin/llc`).
//! - `STACKBOUND_STOCK_LLC`, `STACKBOUND_FILECHECK`: override the stock tools.
//! - `STACKBOUND_LLVM_BIN`: the stock LLVM bin directory (default `/usr/lib/llvm-<major>/bin`,
//!   `<major>` from `llvm-pin.toml`).
//! - `STACKBOUND_TEST_JOBS`: worker threads (default: available parallelism).
//! - `STACKBOUND_TEST_TIMEOUT`: seconds one command may run (default 300).
//! - `STACKBOUND_KEEP_TMP=1`: keep scratch directories even when the tests pass.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use stackbound_core::records::{
    self, CallKind, FunctionRecord, ModuleReport, DYNAMIC_FLAGS, INFORMATIONAL_FLAGS, PARTIAL_FLAGS,
};

pub mod cases;
pub mod objdump;
pub mod sections;
pub mod sp_walk;

// ---------------------------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------------------------

/// The workspace root: the nearest ancestor of this crate that holds `llvm-pin.toml`.
pub fn workspace_root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let start = Path::new(env!("CARGO_MANIFEST_DIR"));
        start
            .ancestors()
            .find(|d| d.join("llvm-pin.toml").is_file())
            .unwrap_or_else(|| {
                panic!(
                    "no llvm-pin.toml in {} or any parent: cannot find the workspace root",
                    start.display()
                )
            })
            .to_path_buf()
    })
}

/// The LLVM pin, as read from `llvm-pin.toml` (the one place that names the version).
#[derive(Debug, Clone)]
pub struct Pin {
    /// Full version, e.g. `22.1.8`.
    pub version: String,
    /// Major version, e.g. `22`.
    pub major: u32,
}

pub fn pin() -> &'static Pin {
    static PIN: OnceLock<Pin> = OnceLock::new();
    PIN.get_or_init(|| {
        let path = workspace_root().join("llvm-pin.toml");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let table: toml::Table = text
            .parse()
            .unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()));
        let version = table
            .get("version")
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("{}: no top-level `version = \"X.Y.Z\"`", path.display()))
            .to_string();
        let major = version
            .split('.')
            .next()
            .and_then(|m| m.parse().ok())
            .unwrap_or_else(|| {
                panic!(
                    "{}: version {version:?} does not start with a major number",
                    path.display()
                )
            });
        Pin { version, major }
    })
}

/// Directory of the stock LLVM tools of the pinned major version.
pub fn llvm_bin_dir() -> PathBuf {
    match std::env::var_os("STACKBOUND_LLVM_BIN") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(format!("/usr/lib/llvm-{}/bin", pin().major)),
    }
}

/// A stock LLVM tool (`llvm-nm`, `not`, ...) from [`llvm_bin_dir`]; panics if it is missing.
pub fn llvm_tool(name: &str) -> PathBuf {
    let p = llvm_bin_dir().join(name);
    if !is_executable(&p) {
        panic!(
            "{} not found. Install the LLVM {} tools (Debian: apt-get install llvm-{}-tools llvm-{}), \
             or point STACKBOUND_LLVM_BIN at their bin directory.",
            p.display(),
            pin().version,
            pin().major,
            pin().major
        );
    }
    p
}

/// The stock `llc` of the pinned version. Panics when it is missing or reports another version:
/// comparing against any other llc would prove nothing.
pub fn stock_llc() -> &'static Path {
    static P: OnceLock<PathBuf> = OnceLock::new();
    P.get_or_init(|| {
        let p = match std::env::var_os("STACKBOUND_STOCK_LLC") {
            Some(p) => PathBuf::from(p),
            None => llvm_tool("llc"),
        };
        if !is_executable(&p) {
            panic!(
                "stock llc {} not found (Debian: apt-get install llvm-{})",
                p.display(),
                pin().major
            );
        }
        check_llc_version(&p, "stock llc");
        p
    })
}

/// The custom llc: `STACKBOUND_LLC`, else `<workspace>/target/llc/bin/llc`. Panics (the tests fail,
/// they do not skip) when it has not been built.
pub fn custom_llc() -> &'static Path {
    static P: OnceLock<PathBuf> = OnceLock::new();
    P.get_or_init(|| {
        let (p, from_env) = match std::env::var_os("STACKBOUND_LLC") {
            Some(p) => (PathBuf::from(p), true),
            None => (workspace_root().join("target/llc/bin/llc"), false),
        };
        if !is_executable(&p) {
            if from_env {
                panic!("STACKBOUND_LLC={} is not an executable file", p.display());
            }
            panic!(
                "the custom llc is not built: {} does not exist.\n\
                 Build it with `cargo xtask build-llc` (or set STACKBOUND_LLC to a built llc).\n\
                 These tests fail rather than skip without it.",
                p.display()
            );
        }
        check_llc_version(&p, "custom llc");
        p
    })
}

/// FileCheck of the pinned major version.
pub fn filecheck() -> &'static Path {
    static P: OnceLock<PathBuf> = OnceLock::new();
    P.get_or_init(|| match std::env::var_os("STACKBOUND_FILECHECK") {
        Some(p) => PathBuf::from(p),
        None => {
            let p = llvm_bin_dir().join("FileCheck");
            if !is_executable(&p) {
                panic!(
                    "{} not found (Debian: apt-get install llvm-{}-tools), or set STACKBOUND_FILECHECK",
                    p.display(),
                    pin().major
                );
            }
            p
        }
    })
}

fn check_llc_version(llc: &Path, what: &str) {
    let out = run(Command::new(llc).arg("--version"));
    let text = String::from_utf8_lossy(&out.stdout);
    let want = format!("LLVM version {}", pin().version);
    if !text.contains(&want) {
        panic!(
            "{what} {} is not LLVM {} (the version in llvm-pin.toml); `--version` says:\n{text}",
            llc.display(),
            pin().version
        );
    }
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

// ---------------------------------------------------------------------------------------------
// Running commands
// ---------------------------------------------------------------------------------------------

/// Seconds one command may run before it is killed (`STACKBOUND_TEST_TIMEOUT`, default 300).
pub fn command_timeout() -> Duration {
    let secs = std::env::var("STACKBOUND_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    Duration::from_secs(secs)
}

/// A command line as one shell-quoted string, for messages.
pub fn display_command(cmd: &Command) -> String {
    let mut parts = Vec::new();
    if let Some(dir) = cmd.get_current_dir() {
        parts.push(format!("(cd {} &&", shell_quote(&dir.to_string_lossy())));
    }
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            let v = v.to_string_lossy();
            let v = match (k == "PATH", v.split_once(':')) {
                // The inherited tail of PATH is noise in a failure message.
                (true, Some((first, _))) => format!("{}:...", shell_quote(first)),
                _ => shell_quote(&v),
            };
            parts.push(format!("{}={v}", k.to_string_lossy()));
        }
    }
    parts.push(shell_quote(&cmd.get_program().to_string_lossy()));
    parts.extend(cmd.get_args().map(|a| shell_quote(&a.to_string_lossy())));
    let mut s = parts.join(" ");
    if cmd.get_current_dir().is_some() {
        s.push(')');
    }
    s
}

/// `s` as one shell word (`shell-words`, as the product's own messages quote).
pub fn shell_quote(s: &str) -> String {
    shell_words::quote(s).into_owned()
}

/// A command that did not succeed: what ran, how it ended, and everything it printed.
#[derive(Debug)]
pub struct RunFailure {
    pub command: String,
    /// `None` when it could not be started or was killed for the time limit.
    pub status: Option<ExitStatus>,
    pub why: String,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl fmt::Display for RunFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "command: {}", self.command)?;
        writeln!(f, "result:  {}", self.why)?;
        write_block(f, "stdout", &self.stdout)?;
        write_block(f, "stderr", &self.stderr)
    }
}

fn write_block(f: &mut fmt::Formatter<'_>, name: &str, bytes: &[u8]) -> fmt::Result {
    const MAX: usize = 20_000;
    let text = String::from_utf8_lossy(bytes);
    if text.trim().is_empty() {
        return writeln!(f, "{name}:  (empty)");
    }
    writeln!(f, "--- {name} ---")?;
    if text.len() > MAX {
        let mut cut = text.len() - MAX;
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        writeln!(f, "[... {} bytes cut ...]", cut)?;
        write!(f, "{}", &text[cut..])?;
    } else {
        write!(f, "{text}")?;
    }
    if !text.ends_with('\n') {
        writeln!(f)?;
    }
    writeln!(f, "--- end of {name} ---")
}

/// Runs `cmd` (stdin closed, stdout and stderr captured) under [`command_timeout`]; the child gets
/// a process group of its own, so a timeout also kills whatever a shell started.
pub fn try_run(cmd: &mut Command) -> Result<Output, RunFailure> {
    run_with_timeout(cmd, command_timeout())
}

/// Like [`try_run`], but panics on failure with the command line, the status, stdout and stderr.
pub fn run(cmd: &mut Command) -> Output {
    match try_run(cmd) {
        Ok(out) => out,
        Err(e) => panic!("command failed\n{e}"),
    }
}

pub fn run_with_timeout(cmd: &mut Command, limit: Duration) -> Result<Output, RunFailure> {
    use std::os::unix::process::CommandExt;
    let command = display_command(cmd);
    let fail = |status, why: String, stdout, stderr| RunFailure {
        command: command.clone(),
        status,
        why,
        stdout,
        stderr,
    };
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Err(fail(
                None,
                format!("could not start: {e}"),
                Vec::new(),
                Vec::new(),
            ))
        }
    };
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    };
    let out_t = drain(Box::new(child.stdout.take().expect("stdout piped")));
    let err_t = drain(Box::new(child.stderr.take().expect("stderr piped")));
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if start.elapsed() >= limit => {
                timed_out = true;
                // Kill the child's own process group (pipelines under bash included), then reap.
                kill_own_group(child.id());
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(fail(
                    None,
                    format!("waiting failed: {e}"),
                    Vec::new(),
                    Vec::new(),
                ));
            }
        }
    };
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    match status {
        Some(s) if s.success() => Ok(Output {
            status: s,
            stdout,
            stderr,
        }),
        Some(s) => Err(fail(Some(s), describe_status(s), stdout, stderr)),
        None => {
            debug_assert!(timed_out);
            Err(fail(
                None,
                format!(
                    "killed after the {}s time limit (STACKBOUND_TEST_TIMEOUT)",
                    limit.as_secs()
                ),
                stdout,
                stderr,
            ))
        }
    }
}

/// SIGKILLs the process group that `pid` leads. It acts only when `pid` really is the leader of
/// its own group (spawned with `process_group(0)` above), so it can never reach our own group or,
/// through a negative or tiny number, every process (never shell out to `kill -SIG -PID`: some
/// procps versions read `-1...` there as "all processes").
fn kill_own_group(pid: u32) {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return;
    };
    // SAFETY: plain syscalls on integers; no memory is shared.
    unsafe {
        if pid > 1 && libc::getpgid(pid) == pid && libc::getpgid(0) != pid {
            libc::killpg(pid, libc::SIGKILL);
        }
    }
}

fn describe_status(s: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (s.code(), s.signal()) {
        (Some(c), _) => format!("exit status {c}"),
        (None, Some(sig)) => format!(
            "killed by signal {sig}{}",
            if s.core_dumped() {
                " (core dumped)"
            } else {
                ""
            }
        ),
        _ => format!("{s}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Parallelism and scratch space
// ---------------------------------------------------------------------------------------------

/// Worker threads for the per-file loops (`STACKBOUND_TEST_JOBS`, default: available parallelism).
pub fn jobs() -> usize {
    std::env::var("STACKBOUND_TEST_JOBS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        })
}

/// Maps `f` over `items` on [`jobs`] threads; results keep the order of `items`. A panic in `f`
/// is turned into an `Err` with the panic message, so one bad item does not hide the others.
pub fn par_map<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
) -> Vec<Result<R, String>> {
    let next = AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<Option<Result<R, String>>>> =
        items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..jobs().min(items.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&items[i])))
                    .map_err(|p| {
                        p.downcast_ref::<String>()
                            .cloned()
                            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                            .unwrap_or_else(|| "panic with a non-string payload".into())
                    });
                *slots[i].lock().unwrap() = Some(r);
            });
        }
    });
    slots
        .into_iter()
        .map(|m| m.into_inner().unwrap().expect("every item ran"))
        .collect()
}

/// A scratch directory that is removed when the test passes and kept (its path printed) when the
/// test panics, or always with `STACKBOUND_KEEP_TMP=1`.
pub struct Scratch {
    dir: Option<tempfile::TempDir>,
}

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let base = workspace_root().join("target/tmp");
        std::fs::create_dir_all(&base)
            .unwrap_or_else(|e| panic!("creating {}: {e}", base.display()));
        let dir = tempfile::Builder::new()
            .prefix(&format!("{name}."))
            .tempdir_in(&base)
            .unwrap_or_else(|e| panic!("creating a scratch dir in {}: {e}", base.display()));
        Scratch { dir: Some(dir) }
    }
    pub fn path(&self) -> &Path {
        self.dir.as_ref().unwrap().path()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let dir = self.dir.take().unwrap();
        if std::thread::panicking() || std::env::var_os("STACKBOUND_KEEP_TMP").is_some() {
            let p = dir.keep();
            eprintln!("scratch files kept in {}", p.display());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Textual IR
// ---------------------------------------------------------------------------------------------

/// The module's `target triple = "..."`.
pub fn ir_target_triple(ir: &str) -> Option<String> {
    ir.lines().find_map(|l| {
        let rest = l
            .trim_start()
            .strip_prefix("target triple")?
            .trim_start()
            .strip_prefix('=')?
            .trim();
        Some(rest.strip_prefix('"')?.strip_suffix('"')?.to_string())
    })
}

/// The functions the module defines that codegen turns into machine functions: every `define`
/// except `available_externally` ones (never emitted). Names are unquoted and unescaped.
pub fn ir_defined_functions(ir: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in ir.lines() {
        let Some(rest) = line.strip_prefix("define ") else {
            continue;
        };
        let Some(at) = find_global_name_start(rest) else {
            continue;
        };
        if rest[..at]
            .split_whitespace()
            .any(|w| w == "available_externally")
        {
            continue;
        }
        if let Some(name) = parse_global_name(&rest[at + 1..]) {
            out.push(name);
        }
    }
    out
}

/// Index of the `@` that starts the function name in a `define` line (after the return type,
/// which may itself contain quoted struct names but never an `@`).
fn find_global_name_start(s: &str) -> Option<usize> {
    let mut in_quote = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => in_quote = !in_quote,
            '@' if !in_quote => return Some(i),
            _ => {}
        }
    }
    None
}

/// Parses an LLVM global name after its `@`: `foo.bar$1` or `"quoted \22name\22"`.
pub fn parse_global_name(s: &str) -> Option<String> {
    if let Some(q) = s.strip_prefix('"') {
        let end = q.find('"')?;
        let raw = &q.as_bytes()[..end];
        let mut bytes = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            if raw[i] == b'\\' {
                let hex = raw
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    bytes.push(v);
                    i += 3;
                    continue;
                }
                if raw.get(i + 1) == Some(&b'\\') {
                    bytes.push(b'\\');
                    i += 2;
                    continue;
                }
            }
            bytes.push(raw[i]);
            i += 1;
        }
        return String::from_utf8(bytes).ok();
    }
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || "-$._".contains(c)))
        .unwrap_or(s.len());
    (end > 0).then(|| s[..end].to_string())
}

// ---------------------------------------------------------------------------------------------
// ELF objects
// ---------------------------------------------------------------------------------------------

/// Index of the first byte where `a` and `b` differ (the shorter length if one is a prefix).
pub fn first_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .or_else(|| (a.len() != b.len()).then(|| a.len().min(b.len())))
}

/// The name of the ELF64 little-endian section whose file range holds `offset`, or a note saying
/// the offset is in the ELF or section headers.
pub fn elf_section_at(obj: &[u8], offset: usize) -> Option<String> {
    let u16_at = |o: usize| {
        obj.get(o..o + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]) as usize)
    };
    let u32_at = |o: usize| {
        obj.get(o..o + 4)
            .map(|b| u32::from_le_bytes(b.try_into().unwrap()) as usize)
    };
    let u64_at = |o: usize| {
        obj.get(o..o + 8)
            .map(|b| u64::from_le_bytes(b.try_into().unwrap()) as usize)
    };
    if obj.get(..6)? != b"\x7fELF\x02\x01" {
        return None;
    }
    if offset < 64 {
        return Some("ELF header".into());
    }
    let shoff = u64_at(0x28)?;
    let shentsize = u16_at(0x3a)?;
    let shnum = u16_at(0x3c)?;
    let shstrndx = u16_at(0x3e)?;
    if offset >= shoff && offset < shoff + shentsize * shnum {
        return Some(format!(
            "section header table (header #{})",
            (offset - shoff) / shentsize
        ));
    }
    let strtab_off = u64_at(shoff + shstrndx * shentsize + 24)?;
    for i in 0..shnum {
        let h = shoff + i * shentsize;
        let ty = u32_at(h + 4)?;
        let (off, size) = (u64_at(h + 24)?, u64_at(h + 32)?);
        if ty != 8 /* SHT_NOBITS */ && offset >= off && offset < off + size {
            let name_off = strtab_off + u32_at(h)?;
            let name = obj.get(name_off..)?.split(|&b| b == 0).next()?;
            return Some(format!(
                "section {} (+{:#x})",
                String::from_utf8_lossy(name),
                offset - off
            ));
        }
    }
    Some("padding between sections".into())
}

/// A hex dump of `bytes[at-16 .. at+16]`, for mismatch messages.
pub fn hex_window(bytes: &[u8], at: usize) -> String {
    let lo = at.saturating_sub(16);
    let hi = (at + 16).min(bytes.len());
    bytes[lo..hi]
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if lo + i == at {
                format!("[{b:02x}]")
            } else {
                format!("{b:02x}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------------
// Stack reports (docs/stack-report-format.md), read by the core's reader
// ---------------------------------------------------------------------------------------------

/// Reads the `-stack-report` file of one custom-llc run: [`parse_report`] on its bytes.
pub fn read_report(path: &Path) -> Result<ModuleReport, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    parse_report(&bytes, path)
}

/// Reads the report of one custom-llc run with the core's reader ([`records::parse`]: JSON Lines
/// of schema 2, a `module` record first, one `symbols` record, an `end` record whose count
/// matches, the fields a consumer relies on), then checks what the reader does not require but
/// the pass must write: a final newline, exactly one module, and [`check_pass_report`].
pub fn parse_report(bytes: &[u8], path: &Path) -> Result<ModuleReport, String> {
    let mut modules = records::parse(bytes, path).map_err(|e| e.to_string())?;
    let at = path.display();
    if !bytes.ends_with(b"\n") {
        return Err(format!(
            "{at}: the report does not end with a newline (truncated?)"
        ));
    }
    if modules.len() != 1 {
        return Err(format!(
            "{at}: {} modules in the report of one llc run",
            modules.len()
        ));
    }
    let report = modules.pop().expect("one module");
    check_pass_report(&report).map_err(|e| format!("{at}: {e}"))?;
    Ok(report)
}

/// What the pass writes that the reader leaves open (docs/stack-report-format.md): a `module`
/// record that names its triple, source and input; and for every function a name, a signature,
/// the `frame` numbers, `local` exactly for `internal`/`private`, only flags of the three classes
/// of `records` (a dynamic-class flag only with `dynamic`), a callee on every direct call and
/// libcall and none on an indirect one, and every call's depth known (unless the function is
/// dynamic) and no deeper than the function's `own_depth`.
pub fn check_pass_report(report: &ModuleReport) -> Result<(), String> {
    let m = &report.module;
    for (key, value) in [
        ("triple", &m.triple),
        ("source", &m.source),
        ("module_id", &m.module_id),
    ] {
        if value.is_empty() {
            return Err(format!("module record: no {key:?}"));
        }
    }
    for (i, f) in report.functions.iter().enumerate() {
        check_function_record(f)
            .map_err(|e| format!("function record {} ({:?}): {e}", i + 1, f.name))?;
    }
    Ok(())
}

fn check_function_record(f: &FunctionRecord) -> Result<(), String> {
    if f.name.is_empty() {
        return Err("empty function name".into());
    }
    if f.signature.is_empty() {
        return Err("no \"signature\"".into());
    }
    if f.frame.is_none() {
        return Err("no \"frame\"".into());
    }
    let local = matches!(f.linkage.as_str(), "internal" | "private");
    if f.local != local {
        return Err(format!(
            "\"local\" is {} for linkage {:?}",
            f.local, f.linkage
        ));
    }
    for flag in &f.flags {
        let flag = flag.as_str();
        if DYNAMIC_FLAGS.contains(&flag) {
            if !f.dynamic {
                return Err(format!(
                    "dynamic-class flag {flag:?}, but \"dynamic\" is false"
                ));
            }
        } else if !PARTIAL_FLAGS.contains(&flag) && !INFORMATIONAL_FLAGS.contains(&flag) {
            return Err(format!(
                "unknown flag {flag:?} (in none of records::DYNAMIC_FLAGS, PARTIAL_FLAGS, \
                 INFORMATIONAL_FLAGS)"
            ));
        }
    }
    for (i, c) in f.calls.iter().enumerate() {
        let kind = call_kind_name(c.kind);
        match (c.kind, c.callee.as_deref()) {
            (CallKind::Indirect, Some(callee)) => {
                return Err(format!("call {i}: an indirect call with callee {callee:?}"))
            }
            (CallKind::Direct | CallKind::Libcall, None | Some("")) => {
                return Err(format!("call {i}: a {kind} call without a callee"))
            }
            _ => {}
        }
        if !c.depth_known {
            if !f.dynamic {
                return Err(format!(
                    "call {i}: depth not known, but the function is not marked dynamic"
                ));
            }
        } else if c.depth > f.own_depth {
            return Err(format!(
                "call {i}: depth {} is deeper than the function's own_depth {}",
                c.depth, f.own_depth
            ));
        }
    }
    Ok(())
}

/// The record of the function `name` in a module's report.
pub fn function_record<'a>(report: &'a ModuleReport, name: &str) -> Option<&'a FunctionRecord> {
    report.functions.iter().find(|f| f.name == name)
}

/// A call's `kind` as the records spell it (`direct`, `libcall`, `indirect`), for messages.
pub fn call_kind_name(kind: CallKind) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(s)) => s,
        _ => format!("{kind:?}"),
    }
}

/// `cargo` (the one running the tests) in the workspace root, without the variables cargo set
/// for this test crate: build scripts (ring's) rerun when they change, and the next `cargo test`
/// would rebuild them back.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if ["CARGO_PKG_", "CARGO_CFG_", "CARGO_BIN_", "CARGO_MANIFEST_"]
            .iter()
            .any(|p| name.starts_with(p))
            || [
                "CARGO_CRATE_NAME",
                "CARGO_PRIMARY_PACKAGE",
                "CARGO_TARGET_TMPDIR",
                "OUT_DIR",
            ]
            .contains(&&*name)
        {
            command.env_remove(&*name);
        }
    }
    command.current_dir(workspace_root());
    command
}

/// The `stackbound` package's binaries (`stackbound`, `stackbound-cc`, `stackbound-cxx`) of the
/// test's own profile, built once per test process (a test crate does not build another
/// package's binaries by itself).
pub fn stackbound_bin(name: &str) -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let exe = std::env::current_exe().expect("the test's own path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>/deps/<test>")
            .to_path_buf();
        let mut build = cargo();
        build.args([
            "build",
            "--quiet",
            "-p",
            "stackbound",
            "--bin",
            "stackbound-cc",
            "--bin",
            "stackbound-cxx",
            "--bin",
            "stackbound",
        ]);
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            build.arg("--release");
        }
        run(&mut build);
        profile_dir
    });
    dir.join(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_names() {
        assert_eq!(
            parse_global_name("foo.bar$1(i32)").as_deref(),
            Some("foo.bar$1")
        );
        assert_eq!(
            parse_global_name(
                r#""_ZN4core3ptr42drop_in_place$LT$alloc..string..String$GT$17hE"(ptr)"#
            )
            .as_deref(),
            Some("_ZN4core3ptr42drop_in_place$LT$alloc..string..String$GT$17hE")
        );
        assert_eq!(
            parse_global_name(r#""a\22b\5Cc"()"#).as_deref(),
            Some("a\"b\\c")
        );
        assert_eq!(parse_global_name("(").as_deref(), None);
    }

    #[test]
    fn defined_functions_and_triple() {
        let ir = r#"
target triple = "aarch64-unknown-linux-gnu"
declare void @ext()
define dso_local void @f() { ret void }
define internal fastcc { i64, i64 } @"g h"(ptr %p) { ret { i64, i64 } zeroinitializer }
define available_externally i32 @ae() { ret i32 0 }
define linkonce_odr hidden noundef i32 @"_ZN3foo$u20$bar"() comdat { ret i32 0 }
"#;
        assert_eq!(
            ir_target_triple(ir).as_deref(),
            Some("aarch64-unknown-linux-gnu")
        );
        assert_eq!(
            ir_defined_functions(ir),
            vec!["f", "g h", "_ZN3foo$u20$bar"]
        );
    }

    #[test]
    fn differences() {
        assert_eq!(first_difference(b"abc", b"abc"), None);
        assert_eq!(first_difference(b"abc", b"abd"), Some(2));
        assert_eq!(first_difference(b"abc", b"abcd"), Some(3));
        assert_eq!(hex_window(b"\x00\x01\x02", 1), "00 [01] 02");
    }

    #[test]
    fn elf_sections() {
        // A real object from the stock llc is not needed: build a minimal ELF64 with one section.
        let mut obj = vec![0u8; 64];
        obj[..6].copy_from_slice(b"\x7fELF\x02\x01");
        let text_off = obj.len();
        obj.extend_from_slice(&[0x90; 16]); // .text
        let strtab_off = obj.len();
        obj.extend_from_slice(b"\0.text\0.shstrtab\0");
        while obj.len() % 8 != 0 {
            obj.push(0);
        }
        let shoff = obj.len();
        let sh = |name: u32, ty: u32, off: usize, size: usize| {
            let mut h = vec![0u8; 64];
            h[0..4].copy_from_slice(&name.to_le_bytes());
            h[4..8].copy_from_slice(&ty.to_le_bytes());
            h[24..32].copy_from_slice(&(off as u64).to_le_bytes());
            h[32..40].copy_from_slice(&(size as u64).to_le_bytes());
            h
        };
        let headers = [
            sh(0, 0, 0, 0),
            sh(1, 1, text_off, 16),
            sh(7, 3, strtab_off, 17),
        ]
        .concat();
        obj.extend_from_slice(&headers);
        obj[0x28..0x30].copy_from_slice(&(shoff as u64).to_le_bytes());
        obj[0x3a..0x3c].copy_from_slice(&64u16.to_le_bytes());
        obj[0x3c..0x3e].copy_from_slice(&3u16.to_le_bytes());
        obj[0x3e..0x40].copy_from_slice(&2u16.to_le_bytes());
        assert_eq!(elf_section_at(&obj, 3).as_deref(), Some("ELF header"));
        assert_eq!(
            elf_section_at(&obj, text_off + 5).as_deref(),
            Some("section .text (+0x5)")
        );
        assert_eq!(
            elf_section_at(&obj, shoff + 70).as_deref(),
            Some("section header table (header #1)")
        );
        assert_eq!(elf_section_at(b"not elf", 3), None);
    }

    fn func(name: &str, own: u64, calls: &str) -> String {
        format!(
            r#"{{"schema":3,"kind":"function","interrupt":false,"name":"{name}","linkage":"external","local":false,"triple":"t","source":"s","own_depth":{own},"dynamic":false,"flags":[],"frame":{{}},"address_taken":false,"signature":"void ()","type_ids":[],"calls":[{calls}]}}"#
        )
    }
    const SYMBOLS: &str =
        r#"{"schema":3,"kind":"symbols","address_taken":[],"aliases":[],"ifuncs":[]}"#;
    const MODULE: &str = r#"{"schema":3,"kind":"module","source":"s","module_id":"m.ll","triple":"t","llvm_version":"22.1.8","pass":"stack-report"}"#;
    const CALL: &str = r#"{"kind":"direct","tail":false,"callee":"g","callee_local":false,"depth":16,"depth_known":true,"index":3}"#;

    fn parse(text: &str) -> Result<ModuleReport, String> {
        parse_report(text.as_bytes(), Path::new("r.jsonl"))
    }

    /// One module whose functions are `funcs`, with a matching `end` record.
    fn module(funcs: &[&str]) -> String {
        let mut text = format!("{MODULE}\n");
        for f in funcs {
            text += &format!("{f}\n");
        }
        text + &format!(
            "{SYMBOLS}\n{{\"schema\":3,\"kind\":\"end\",\"functions\":{}}}\n",
            funcs.len()
        )
    }

    #[test]
    fn reports() {
        let good = module(&[&func("f", 24, CALL), &func("g", 8, "")]);
        let r = parse(&good).unwrap();
        let names: Vec<&str> = r.functions.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, vec!["f", "g"]);
        assert_eq!(function_record(&r, "g").unwrap().own_depth, 8);
        assert_eq!(function_record(&r, "f").unwrap().calls[0].depth, 16);

        // What the core's reader rejects.
        let no_end = format!("{MODULE}\n{}\n", func("f", 24, ""));
        assert!(parse(&no_end).unwrap_err().contains("no `end` record"));
        assert!(parse(&good[..good.len() - 10]).is_err());
        let bad_count = module(&[&func("f", 24, "")]).replace("\"functions\":1", "\"functions\":3");
        assert!(parse(&bad_count)
            .unwrap_err()
            .contains("counts 3 functions"));
        let schema1 = good.replacen("\"schema\":3", "\"schema\":2", 1);
        assert!(parse(&schema1).unwrap_err().contains("schema"));
        let no_symbols = good.replace(&format!("{SYMBOLS}\n"), "");
        assert!(parse(&no_symbols).unwrap_err().contains("symbols"));
        assert!(parse("").is_err());

        // What only the pass's own output must satisfy.
        let err = |text: &str| parse(text).unwrap_err();
        assert!(err(good.trim_end()).contains("newline"));
        assert!(err(&format!("{good}{good}")).contains("2 modules"));
        assert!(err(&module(&[&func("f", 8, CALL)])).contains("deeper than"));
        assert!(
            err(&good.replace(r#""module_id":"m.ll""#, r#""module_id":"""#)).contains("module_id")
        );
        let unknown = func("f", 24, "").replace(r#""flags":[]"#, r#""flags":["new-flag"]"#);
        assert!(err(&module(&[&unknown])).contains("unknown flag \"new-flag\""));
        let vla =
            func("f", 24, "").replace(r#""flags":[]"#, r#""flags":["variable-sized-object"]"#);
        assert!(err(&module(&[&vla])).contains("\"dynamic\" is false"));
        let vla = vla.replace(r#""dynamic":false"#, r#""dynamic":true"#);
        assert!(parse(&module(&[&vla])).is_ok());
        let unknown_depth = CALL.replace(r#""depth_known":true"#, r#""depth_known":false"#);
        assert!(err(&module(&[&func("f", 24, &unknown_depth)])).contains("not marked dynamic"));
        let no_callee = CALL.replace(r#""callee":"g","#, "");
        assert!(
            err(&module(&[&func("f", 24, &no_callee)])).contains("direct call without a callee")
        );
        let local = func("f", 24, "").replace(r#""local":false"#, r#""local":true"#);
        assert!(err(&module(&[&local])).contains("\"local\" is true"));
        let no_frame = func("f", 24, "").replace(r#""frame":{},"#, "");
        assert!(err(&module(&[&no_frame])).contains("frame"));
    }

    #[test]
    fn quoting() {
        assert_eq!(shell_quote("/usr/bin/llc"), "/usr/bin/llc");
        assert_eq!(shell_quote("a b"), "'a b'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        let mut c = Command::new("echo");
        c.arg("x y");
        assert_eq!(display_command(&c), "echo 'x y'");
    }

    #[test]
    fn run_reports_output_and_status() {
        let e = try_run(
            Command::new("bash")
                .arg("-c")
                .arg("echo out; echo err >&2; exit 3"),
        )
        .unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("exit status 3") && msg.contains("out") && msg.contains("err"),
            "{msg}"
        );
        let o = try_run(Command::new("bash").arg("-c").arg("echo ok")).unwrap();
        assert_eq!(o.stdout, b"ok\n");
        let e = run_with_timeout(
            Command::new("bash").arg("-c").arg("sleep 20 | cat"),
            Duration::from_millis(300),
        )
        .unwrap_err();
        assert!(e.to_string().contains("time limit"), "{e}");
    }

    #[test]
    fn pin_is_read() {
        assert!(pin().major >= 22, "{:?}", pin());
        assert!(pin().version.starts_with(&format!("{}.", pin().major)));
    }
}
