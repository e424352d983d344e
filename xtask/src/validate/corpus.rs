//! The corpus: `validate/corpus/*.{c,cpp,rs,ll}` (one module each; `.ll` is hand-written IR that
//! llc compiles directly, its lines written `; validate: ...`) and `validate/corpus/<name>/`
//! (a program of several modules: its main file `<name>/<name>.c` or `<name>.cpp` carries the
//! lines, `sources` names the other files), each described by `// validate:` comment lines.
//!
//! ```text
//! // validate: about <one line: what the program exercises>
//! // validate: entry <symbol> [arg] [expect=FLAG[,FLAG]] [expect.<target>=FLAG[,FLAG]] [not-worst] [exception]
//! // validate: cflags <clang or rustc flags>      (default -O2 / -C opt-level=2)
//! // validate: cflags.<target> <flags>            (for that target only, after the others)
//! // validate: llc <extra custom-llc flags>
//! // validate: targets x86_64 [aarch64 ...]       (default all; `!armv7 !cortex-m`: all but those)
//! // validate: quick                             (in the non-x86-64 part of --quick)
//! // validate: stack <bytes>                     (painted stack size, default 1 MiB)
//! // validate: sp-offsets <n>                    (also run with the caller's SP 16, 32, ... lower)
//! // validate: qemu-cpu <cpu>                     (qemu-aarch64 -cpu, e.g. for SVE vector lengths)
//! // validate: resolve-indirect                   (bound with `--resolve-indirect`)
//! // validate: requires[.<target>] <what>         (the code must contain what the case is about)
//! // validate: sources <file>...                  (directory programs: further modules)
//! // validate: include <dir>...                   (directory programs: more -I for every module)
//! // validate: shared <file>...                   (directory programs: modules of one shared library)
//! // validate: dlopen                             (the harness dlopens the program instead of linking it)
//! // validate: assume NAME=BYTES                  (an assumed size, as `--assume`; repeatable)
//! // validate: libc musl                          (linked statically against musl, analysed with --libc)
//! ```
//! With `libc musl` the program is built against the musl sysroot that `cargo xtask libc-records
//! musl` installs (its headers; `crt1.o`, `libc.a`, linked `-static`), with the harness and the
//! entry table compiled the same way, and without `validate/rt`: musl defines memcpy and the
//! rest. The bound is the product's with `--libc <that sysroot's records bundle>`: the members
//! of `libc.a` the program pulls in are analysed with it. Such a program runs on x86_64 and
//! aarch64 only (the targets musl is built for there).
//! Each `shared` line is one shared library, `lib<stem>.so` after its first file: its modules are
//! compiled with `-fPIC` and linked with `-shared` next to the test binary, which links against it
//! (rpath `$ORIGIN`); their reports are analysed with all the others, as one program. With
//! `dlopen` the main module, the other `sources` and the entry table are a shared library too
//! (`lib<name>.so`), which the harness `dlopen`s before it measures anything: its libraries are
//! then loaded by `dlopen`, not at startup (their TLS is dynamic TLS, allocated on first use).
//! With `assume` lines an entry is bounded with those sizes; it is checked without them too, where
//! it must carry the `unknown` flag the assumption then closes (two rows in the table).
//! A `sources` file is relative to the program's directory, or `crate:<package>/<path>`: a file
//! of a registry crate's source, the crate pinned in `validate/crates/Cargo.toml` (its
//! `Cargo.lock` fixes the version; `cargo fetch` brings it). `include` takes the same two forms.
//! Every source is compiled on its own to its own IR, object and stack report; the reports are
//! analysed together and the objects linked together, as one program.
//! `requires` keeps a targeted case honest when code generation changes: `call NAME` (a call site
//! to NAME; `call A|B`: to any of them), `tail-call`, `flag NAME` (a function record carries the flag), `function PREFIX` (a
//! machine function whose name starts with PREFIX), `asm TEXT` (the object's disassembly, with
//! whitespace collapsed, contains TEXT).
//! An entry is `long entry(long)` (C linkage). Without `expect` its bound must be complete and at
//! least its measurement. With `expect=FLAG` the result must carry that flag (`recursive`,
//! `indirect`, `unknown`, `dynamic`, `partial`) and the measurement is only printed. `not-worst` marks
//! an entry whose argument deliberately avoids the worst path: it is checked like any other, but left out of
//! the tightness summary. `exception` (cortex-m only) enters the entry, an interrupt handler, through
//! a software-triggered exception (PendSV) instead of a call: it is measured from the SP at the
//! trigger, hardware-stacked frame included.

use std::{
    fs,
    path::{Path, PathBuf},
};

use anyhow::{bail, Context, Result};

use super::Arch;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    C,
    Cpp,
    Rust,
    /// Hand-written LLVM IR (`.ll`): no front end, llc compiles the file itself. Its `validate:`
    /// lines are IR comments (`; validate: ...`).
    Ir,
}

/// What the tool must say instead of a complete bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Flag {
    Recursive,
    Indirect,
    Unknown,
    Dynamic,
    /// The pass could not see all of a function's own stack use (its own depth is a lower bound).
    Partial,
}

impl Flag {
    pub fn name(self) -> &'static str {
        match self {
            Flag::Recursive => "recursive",
            Flag::Indirect => "indirect",
            Flag::Unknown => "unknown",
            Flag::Dynamic => "dynamic",
            Flag::Partial => "partial",
        }
    }

    fn parse(s: &str) -> Option<Flag> {
        match s {
            "recursive" => Some(Flag::Recursive),
            "indirect" => Some(Flag::Indirect),
            "unknown" => Some(Flag::Unknown),
            "dynamic" => Some(Flag::Dynamic),
            "partial" => Some(Flag::Partial),
            _ => None,
        }
    }
}

/// The C library a program is linked against instead of Debian's glibc (`libc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Libc {
    /// musl, from `cargo xtask libc-records musl`: static, its records bundle analysed with it.
    Musl,
}

impl Libc {
    pub fn name(self) -> &'static str {
        match self {
            Libc::Musl => "musl",
        }
    }

    /// The targets it is built for.
    pub fn targets(self) -> &'static [Arch] {
        match self {
            Libc::Musl => &[Arch::X86_64, Arch::Aarch64],
        }
    }
}

/// Something a targeted case's code must contain, or the case tests nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Require {
    Call(String),
    TailCall,
    Flag(String),
    Function(String),
    Asm(String),
}

impl Require {
    fn parse(value: &str) -> Result<Require> {
        let (kind, arg) = value.split_once(char::is_whitespace).unwrap_or((value, ""));
        let arg = arg.split_whitespace().collect::<Vec<_>>().join(" ");
        let need = |r: fn(String) -> Require| -> Result<Require> {
            if arg.is_empty() {
                bail!("requires {kind} needs an argument");
            }
            Ok(r(arg.clone()))
        };
        match kind {
            "call" => need(Require::Call),
            "tail-call" => Ok(Require::TailCall),
            "flag" => need(Require::Flag),
            "function" => need(Require::Function),
            "asm" => need(Require::Asm),
            _ => bail!("unknown requirement {kind:?} (call, tail-call, flag, function, asm)"),
        }
    }
}

impl std::fmt::Display for Require {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Require::Call(name) => write!(f, "a call to {name}"),
            Require::TailCall => write!(f, "a tail call"),
            Require::Flag(flag) => write!(f, "a function flagged {flag}"),
            Require::Function(prefix) => write!(f, "a function named {prefix}*"),
            Require::Asm(text) => write!(f, "`{text}` in the disassembly"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub symbol: String,
    pub arg: i64,
    /// Expected flags, for every target (`None`) or one.
    pub expect: Vec<(Option<Arch>, Flag)>,
    /// The argument deliberately avoids the worst path.
    pub not_worst: bool,
    /// An interrupt handler, entered through a software-triggered exception (cortex-m).
    pub exception: bool,
}

impl Entry {
    pub fn expected(&self, arch: Arch) -> Vec<Flag> {
        let mut flags: Vec<Flag> = self
            .expect
            .iter()
            .filter(|(a, _)| a.is_none_or(|a| a == arch))
            .map(|&(_, f)| f)
            .collect();
        flags.sort();
        flags.dedup();
        flags
    }
}

/// Where a module's source (or an include directory) lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Relative to the program's directory.
    Local(PathBuf),
    /// `crate:<package>/<path>`: inside a registry crate's source (`validate/crates/`).
    Crate { package: String, path: PathBuf },
}

impl Source {
    fn parse(word: &str) -> Result<Source> {
        let path_ok = |p: &str| {
            !p.is_empty()
                && !Path::new(p).is_absolute()
                && !Path::new(p)
                    .components()
                    .any(|c| matches!(c, std::path::Component::ParentDir))
        };
        if let Some(rest) = word.strip_prefix("crate:") {
            let (package, path) = rest.split_once('/').unwrap_or((rest, ""));
            if package.is_empty() || !path_ok(path) {
                bail!("{word:?}: want crate:<package>/<relative path>");
            }
            return Ok(Source::Crate {
                package: package.to_string(),
                path: PathBuf::from(path),
            });
        }
        if !path_ok(word) {
            bail!("{word:?}: want a path relative to the program's directory");
        }
        Ok(Source::Local(PathBuf::from(word)))
    }

    /// The module's name: its file stem (its IR, object and report are `<stem>.ll`, `.o`, `.jsonl`).
    pub fn stem(&self) -> String {
        let path = match self {
            Source::Local(p) | Source::Crate { path: p, .. } => p,
        };
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The crate it lives in, if any.
    pub fn package(&self) -> Option<&str> {
        match self {
            Source::Local(_) => None,
            Source::Crate { package, .. } => Some(package),
        }
    }

    /// The language a source file is compiled as, from its extension.
    pub fn lang(&self) -> Result<Lang> {
        let path = match self {
            Source::Local(p) | Source::Crate { path: p, .. } => p,
        };
        match path.extension().and_then(|e| e.to_str()) {
            Some("c") => Ok(Lang::C),
            Some("cpp") | Some("cc") => Ok(Lang::Cpp),
            Some("ll") => Ok(Lang::Ir),
            _ => bail!("{}: sources are .c, .cpp or .ll files", path.display()),
        }
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Local(p) => write!(f, "{}", p.display()),
            Source::Crate { package, path } => write!(f, "crate:{package}/{}", path.display()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Program {
    /// The file stem (for a directory program: the directory's name).
    pub name: String,
    /// The file with the `// validate:` lines: the program's first module.
    pub path: PathBuf,
    pub lang: Lang,
    /// The program's other modules (`sources`), each compiled on its own.
    pub sources: Vec<Source>,
    /// More include directories for every module (`include`).
    pub includes: Vec<Source>,
    /// Shared libraries (`shared`), each the modules of one `lib<stem>.so`.
    pub shared: Vec<Vec<Source>>,
    /// The harness `dlopen`s the program (`dlopen`).
    pub dlopen: bool,
    /// Assumed sizes of callees without a record (`assume NAME=BYTES`).
    pub assume: Vec<(String, u64)>,
    pub about: String,
    pub entries: Vec<Entry>,
    pub cflags: Vec<String>,
    /// `cflags.<target>`: flags for one target only, after `cflags`.
    pub target_cflags: Vec<(Arch, String)>,
    pub llc_flags: Vec<String>,
    pub targets: Vec<Arch>,
    pub quick: bool,
    pub stack: u64,
    /// How many caller SP alignments to try (16 bytes apart).
    pub sp_offsets: u64,
    /// `qemu-aarch64 -cpu` for this program.
    pub qemu_cpu: Option<String>,
    pub resolve_indirect: bool,
    pub requires: Vec<(Option<Arch>, Require)>,
    /// Linked against this C library instead of the system's (`libc`).
    pub libc: Option<Libc>,
}

impl Program {
    /// The modules besides the main file: `sources`, then every `shared` library's.
    pub fn modules(&self) -> impl Iterator<Item = &Source> {
        self.sources.iter().chain(self.shared.iter().flatten())
    }

    /// The assumptions as the library takes them (`--assume`).
    pub fn assumptions(&self) -> stackbound::Assumptions {
        let mut a = stackbound::Assumptions::default();
        a.sizes.extend(self.assume.iter().cloned());
        a
    }

    /// The front end's flags for `arch`: `cflags`, then `cflags.<arch>`.
    pub fn cflags_for(&self, arch: Arch) -> Vec<String> {
        let mut flags = self.cflags.clone();
        flags.extend(
            self.target_cflags
                .iter()
                .filter(|(a, _)| *a == arch)
                .map(|(_, f)| f.clone()),
        );
        flags
    }

    pub fn requirements(&self, arch: Arch) -> impl Iterator<Item = &Require> {
        self.requires
            .iter()
            .filter(move |(a, _)| a.is_none_or(|a| a == arch))
            .map(|(_, r)| r)
    }

    /// The llc `-O` level matching the front end's: clang and rustc run their code generator at
    /// `Default` (`-O2`) for -O2, -Os and -Oz.
    pub fn llc_opt(&self) -> &'static str {
        let mut level = "2";
        let mut flags = self.cflags.iter().peekable();
        while let Some(flag) = flags.next() {
            let value = if let Some(v) = flag.strip_prefix("-O") {
                v.to_string()
            } else if let Some(v) = flag.strip_prefix("opt-level=") {
                v.to_string()
            } else if flag == "-C" {
                match flags.peek().and_then(|f| f.strip_prefix("opt-level=")) {
                    Some(v) => v.to_string(),
                    None => continue,
                }
            } else {
                continue;
            };
            level = match value.as_str() {
                "0" => "0",
                "1" => "1",
                "3" => "3",
                _ => "2",
            };
        }
        match level {
            "0" => "-O0",
            "1" => "-O1",
            "3" => "-O3",
            _ => "-O2",
        }
    }
}

/// Reads every program in `dir`, sorted by name: each `*.c`, `*.cpp`, `*.rs`, `*.ll` file, and each
/// directory `<name>/` whose main file is `<name>/<name>.c` or `<name>/<name>.cpp`.
pub fn load(dir: &Path) -> Result<Vec<Program>> {
    let mut programs = Vec::new();
    let entries = fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        let program = if path.is_dir() {
            load_dir(&path)?
        } else {
            let lang = match path.extension().and_then(|e| e.to_str()) {
                Some("c") => Lang::C,
                Some("cpp") => Lang::Cpp,
                Some("rs") => Lang::Rust,
                Some("ll") => Lang::Ir,
                _ => continue,
            };
            let text =
                fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
            let program =
                parse(&path, lang, &text).with_context(|| format!("in {}", path.display()))?;
            if !program.sources.is_empty()
                || !program.includes.is_empty()
                || !program.shared.is_empty()
                || program.dlopen
            {
                bail!(
                    "in {}: `sources`, `include`, `shared` and `dlopen` need a program directory ({}/)",
                    path.display(),
                    program.name
                );
            }
            program
        };
        programs.push(program);
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    if programs.is_empty() {
        bail!("no programs in {}", dir.display());
    }
    Ok(programs)
}

/// A program of several modules: `dir/<name>.c` or `dir/<name>.cpp` and its `sources`.
fn load_dir(dir: &Path) -> Result<Program> {
    let name = dir
        .file_name()
        .and_then(|s| s.to_str())
        .context("directory name is not UTF-8")?;
    let mains: Vec<(PathBuf, Lang)> = [("c", Lang::C), ("cpp", Lang::Cpp)]
        .into_iter()
        .map(|(ext, lang)| (dir.join(format!("{name}.{ext}")), lang))
        .filter(|(p, _)| p.is_file())
        .collect();
    let [(path, lang)] = &mains[..] else {
        bail!(
            "{}: a program directory holds exactly one main file, {name}.c or {name}.cpp, with the `// validate:` lines",
            dir.display()
        );
    };
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let program = parse(path, *lang, &text).with_context(|| format!("in {}", path.display()))?;
    for source in program
        .sources
        .iter()
        .chain(&program.includes)
        .chain(program.shared.iter().flatten())
    {
        if let Source::Local(p) = source {
            if !dir.join(p).exists() {
                bail!(
                    "in {}: {} does not exist",
                    path.display(),
                    dir.join(p).display()
                );
            }
        }
    }
    // Every file in the directory is a module or a header: a stray one would be silently unused.
    for entry in fs::read_dir(dir)? {
        let file = entry?.path();
        let ext = file.extension().and_then(|e| e.to_str());
        if file == *path || !matches!(ext, Some("c" | "cpp" | "cc" | "ll")) {
            continue;
        }
        let listed = program.modules().any(|s| match s {
            Source::Local(p) => dir.join(p) == file,
            Source::Crate { .. } => false,
        });
        if !listed {
            bail!(
                "{}: not in the `// validate: sources` line of {}",
                file.display(),
                path.display()
            );
        }
    }
    Ok(program)
}

pub fn parse(path: &Path, lang: Lang, text: &str) -> Result<Program> {
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .context("file name is not UTF-8")?
        .to_string();
    let mut program = Program {
        name,
        path: path.to_path_buf(),
        lang,
        sources: Vec::new(),
        includes: Vec::new(),
        shared: Vec::new(),
        dlopen: false,
        assume: Vec::new(),
        about: String::new(),
        entries: Vec::new(),
        cflags: Vec::new(),
        target_cflags: Vec::new(),
        llc_flags: Vec::new(),
        targets: Arch::ALL.to_vec(),
        quick: false,
        stack: 1 << 20,
        sp_offsets: 1,
        qemu_cpu: None,
        resolve_indirect: false,
        requires: Vec::new(),
        libc: None,
    };
    let mut targets_given = false;
    for (number, line) in text.lines().enumerate() {
        // `// validate:` in C, C++ and Rust; `; validate:` in IR.
        let line = line.trim_start();
        let comment = match lang {
            Lang::Ir => line.strip_prefix(';'),
            _ => line.strip_prefix("//"),
        };
        let Some(rest) = comment else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix("validate:") else {
            continue;
        };
        let at = || format!("line {}", number + 1);
        let rest = rest.trim();
        let (key, value) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let value = value.trim();
        let words = || value.split_whitespace().map(str::to_string);
        match key {
            "about" => program.about = value.to_string(),
            "entry" => program.entries.push(parse_entry(value).with_context(at)?),
            "cflags" => program.cflags.extend(words()),
            _ if key.starts_with("cflags.") => {
                let t = &key["cflags.".len()..];
                let arch =
                    Arch::parse(t).with_context(|| format!("{}: unknown target {t:?}", at()))?;
                program.target_cflags.extend(words().map(|w| (arch, w)));
            }
            "llc" => program.llc_flags.extend(words()),
            "targets" => {
                targets_given = true;
                let parse = |w: &str| {
                    Arch::parse(w).with_context(|| format!("{}: unknown target {w:?}", at()))
                };
                let all: Vec<String> = words().collect();
                let excluded: Vec<&String> = all.iter().filter(|w| w.starts_with('!')).collect();
                if excluded.is_empty() {
                    program.targets = all.iter().map(|w| parse(w)).collect::<Result<_>>()?;
                } else if excluded.len() == all.len() {
                    let out: Vec<Arch> = excluded
                        .iter()
                        .map(|w| parse(&w[1..]))
                        .collect::<Result<_>>()?;
                    program.targets = Arch::ALL.into_iter().filter(|a| !out.contains(a)).collect();
                } else {
                    bail!(
                        "{}: targets lists targets, or excludes them with `!`, not both",
                        at()
                    );
                }
            }
            "quick" => program.quick = true,
            "stack" => {
                program.stack = value
                    .parse()
                    .with_context(|| format!("{}: stack takes bytes", at()))?
            }
            "sp-offsets" => {
                program.sp_offsets = value
                    .parse()
                    .with_context(|| format!("{}: sp-offsets takes a count", at()))?
            }
            "qemu-cpu" => program.qemu_cpu = Some(value.to_string()),
            "resolve-indirect" => program.resolve_indirect = true,
            "dlopen" => program.dlopen = true,
            "libc" => {
                program.libc = Some(match value {
                    "musl" => Libc::Musl,
                    _ => bail!("{}: libc takes `musl`, not {value:?}", at()),
                })
            }
            "assume" => {
                for word in value.split_whitespace() {
                    let (name, bytes) =
                        stackbound::Assumptions::parse_flag(word).with_context(at)?;
                    program.assume.push((name, bytes));
                }
                if value.is_empty() {
                    bail!("{}: assume needs NAME=BYTES", at());
                }
            }
            "sources" | "include" | "shared" => {
                if lang == Lang::Rust {
                    bail!("{}: {key} is for C and C++ programs", at());
                }
                let parsed = value
                    .split_whitespace()
                    .map(Source::parse)
                    .collect::<Result<Vec<_>>>()
                    .with_context(at)?;
                if parsed.is_empty() {
                    bail!("{}: {key} needs at least one path", at());
                }
                if key != "include" {
                    for source in &parsed {
                        source.lang().with_context(at)?;
                    }
                }
                if key == "sources" {
                    program.sources.extend(parsed);
                } else if key == "shared" {
                    program.shared.push(parsed);
                } else {
                    program.includes.extend(parsed);
                }
            }
            _ if key == "requires" || key.starts_with("requires.") => {
                let arch = match key.strip_prefix("requires.") {
                    None => None,
                    Some(t) => Some(
                        Arch::parse(t)
                            .with_context(|| format!("{}: unknown target {t:?}", at()))?,
                    ),
                };
                program
                    .requires
                    .push((arch, Require::parse(value).with_context(at)?));
            }
            _ => bail!("{}: unknown directive {key:?}", at()),
        }
    }
    let mut stems = vec![program.name.clone()];
    // A library is `lib<stem>.so`, the program's own (with `dlopen`) `lib<name>.so`: distinct,
    // since module stems are.
    for source in program.modules() {
        let stem = source.stem();
        if stems.contains(&stem) {
            bail!("two modules would both be named {stem:?} ({source}): rename one");
        }
        stems.push(stem);
    }
    if program.entries.is_empty() {
        bail!("no `// validate: entry` line");
    }
    if let Some(libc) = program.libc {
        // Static, from the program's own objects: no shared libraries, no dlopen, no Rust std.
        if !program.shared.is_empty() || program.dlopen || lang == Lang::Rust {
            bail!(
                "`libc {}` programs are C, C++ or IR, linked statically: no `shared`, no `dlopen`",
                libc.name()
            );
        }
        if !targets_given {
            program.targets = libc.targets().to_vec();
        } else if let Some(other) = program.targets.iter().find(|a| !libc.targets().contains(a)) {
            bail!(
                "`libc {}` is built for {} only, not {other}",
                libc.name(),
                libc.targets()
                    .iter()
                    .map(|a| a.name())
                    .collect::<Vec<_>>()
                    .join(" and ")
            );
        }
    }
    if program.about.is_empty() {
        bail!("no `// validate: about` line");
    }
    Ok(program)
}

/// A C program from its text (the build's tests).
#[cfg(test)]
pub fn parse_for_tests(path: &Path, text: &str) -> Program {
    parse(path, Lang::C, text).expect("a valid program")
}

fn parse_entry(value: &str) -> Result<Entry> {
    let mut words = value.split_whitespace();
    let symbol = words.next().context("entry needs a symbol")?.to_string();
    let mut entry = Entry {
        symbol,
        arg: 0,
        expect: Vec::new(),
        not_worst: false,
        exception: false,
    };
    for word in words {
        if word == "not-worst" {
            entry.not_worst = true;
        } else if word == "exception" {
            entry.exception = true;
        } else if let Some((key, flags)) = word.split_once('=') {
            let arch = match key {
                "expect" => None,
                _ => match key.strip_prefix("expect.").and_then(Arch::parse) {
                    Some(arch) => Some(arch),
                    None => bail!("unknown entry option {key:?}"),
                },
            };
            for flag in flags.split(',') {
                let flag = Flag::parse(flag).with_context(|| format!("unknown flag {flag:?}"))?;
                entry.expect.push((arch, flag));
            }
        } else {
            entry.arg = word
                .parse()
                .with_context(|| format!("entry argument {word:?} is not an integer"))?;
        }
    }
    Ok(entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives() {
        let text = "\
// validate: about a test
// validate: entry f 12 not-worst
// validate: entry g expect=recursive expect.aarch64=unknown
// validate: cflags -Os -fno-omit-frame-pointer
// validate: llc -enable-machine-outliner
// validate: targets x86_64
// validate: quick
// validate: stack 65536
// validate: requires call memcpy
// validate: requires.aarch64 asm str x30,   [sp, #-0x10]!
int f(void);
";
        let p = parse(Path::new("dir/prog.c"), Lang::C, text).unwrap();
        assert_eq!(p.name, "prog");
        assert_eq!(p.entries.len(), 2);
        assert_eq!(p.entries[0].arg, 12);
        assert!(p.entries[0].not_worst && !p.entries[1].not_worst);
        assert!(p.entries[0].expected(Arch::X86_64).is_empty());
        assert_eq!(p.entries[1].expected(Arch::X86_64), vec![Flag::Recursive]);
        assert_eq!(
            p.entries[1].expected(Arch::Aarch64),
            vec![Flag::Recursive, Flag::Unknown]
        );
        assert_eq!(p.targets, vec![Arch::X86_64]);
        assert!(p.quick);
        assert_eq!(p.stack, 65536);
        assert_eq!(
            p.requirements(Arch::X86_64).collect::<Vec<_>>(),
            vec![&Require::Call("memcpy".into())]
        );
        assert_eq!(
            p.requirements(Arch::Aarch64).nth(1),
            Some(&Require::Asm("str x30, [sp, #-0x10]!".into()))
        );
        assert!(parse(Path::new("x.c"), Lang::C, "// validate: requires call\n").is_err());
        assert_eq!(p.llc_opt(), "-O2");
        assert!(parse(Path::new("x.c"), Lang::C, "// validate: bogus\n").is_err());
        assert!(parse(Path::new("x.c"), Lang::C, "// validate: about x\n").is_err());
    }

    #[test]
    fn parses_target_exclusions_and_exceptions() {
        let text = "\
// validate: about embedded
// validate: entry h 3 exception
// validate: targets !armv7 !riscv32
// validate: cflags -O2
// validate: cflags.cortex-m -mno-unaligned-access
";
        let p = parse(Path::new("x.c"), Lang::C, text).unwrap();
        assert!(p.entries[0].exception);
        assert_eq!(
            p.targets,
            vec![Arch::X86_64, Arch::Aarch64, Arch::CortexM, Arch::Riscv64]
        );
        assert_eq!(p.cflags_for(Arch::X86_64), vec!["-O2".to_string()]);
        assert_eq!(
            p.cflags_for(Arch::CortexM),
            vec!["-O2".to_string(), "-mno-unaligned-access".to_string()]
        );
        let bad = |line: &str| {
            let text = format!("// validate: about x\n// validate: entry f\n{line}\n");
            parse(Path::new("x.c"), Lang::C, &text).is_err()
        };
        assert!(bad("// validate: targets x86_64 !armv7"));
        assert!(bad("// validate: targets !mips"));
        assert!(bad("// validate: cflags.mips -O2"));
        let all = parse(
            Path::new("x.c"),
            Lang::C,
            "// validate: about x\n// validate: entry f\n",
        )
        .unwrap();
        assert_eq!(all.targets, Arch::ALL.to_vec());
    }

    #[test]
    fn parses_sources() {
        let text = "\
// validate: about several modules
// validate: entry f
// validate: sources a.c sub/b.cpp
// validate: sources crate:libz-sys/src/zlib/deflate.c
// validate: include crate:libz-sys/src/zlib inc
";
        let p = parse(Path::new("corpus/prog/prog.c"), Lang::C, text).unwrap();
        assert_eq!(
            p.sources,
            vec![
                Source::Local("a.c".into()),
                Source::Local("sub/b.cpp".into()),
                Source::Crate {
                    package: "libz-sys".into(),
                    path: "src/zlib/deflate.c".into()
                },
            ]
        );
        assert_eq!(p.sources[1].lang().unwrap(), Lang::Cpp);
        assert_eq!(p.sources[2].stem(), "deflate");
        assert_eq!(p.sources[2].package(), Some("libz-sys"));
        assert_eq!(
            p.sources[2].to_string(),
            "crate:libz-sys/src/zlib/deflate.c"
        );
        assert_eq!(
            p.includes,
            vec![
                Source::Crate {
                    package: "libz-sys".into(),
                    path: "src/zlib".into()
                },
                Source::Local("inc".into()),
            ]
        );
        let bad = |line: &str| {
            let text = format!("// validate: about x\n// validate: entry f\n{line}\n");
            parse(Path::new("p/p.c"), Lang::C, &text).is_err()
        };
        assert!(bad("// validate: sources"));
        assert!(bad("// validate: sources a.h"));
        assert!(bad("// validate: sources ../escape.c"));
        assert!(bad("// validate: sources /abs.c"));
        assert!(bad("// validate: sources crate:libz-sys"));
        assert!(bad("// validate: sources crate:/x.c"));
        // Two modules named `a`, or one named like the main file.
        assert!(bad("// validate: sources a.c x/a.c"));
        assert!(bad("// validate: sources sub/p.c"));
        assert!(!bad("// validate: sources a.c b.c"));
        let rust = "// validate: about x\n// validate: entry f\n// validate: sources a.c\n";
        assert!(parse(Path::new("r.rs"), Lang::Rust, rust).is_err());
    }

    #[test]
    fn parses_shared_dlopen_assume() {
        let text = "\
// validate: about libraries
// validate: entry f
// validate: sources a.c
// validate: shared g.c h.c
// validate: shared l.c
// validate: dlopen
// validate: assume __tls_get_addr=1024 puts=64
";
        let p = parse(Path::new("corpus/p/p.c"), Lang::C, text).unwrap();
        assert_eq!(p.shared.len(), 2);
        assert_eq!(p.shared[0][1], Source::Local("h.c".into()));
        assert_eq!(p.modules().count(), 4);
        assert!(p.dlopen);
        assert_eq!(p.assumptions().size_of("__tls_get_addr"), Some(1024));
        assert_eq!(p.assume.len(), 2);
        let bad = |line: &str| {
            let text = format!("// validate: about x\n// validate: entry f\n{line}\n");
            parse(Path::new("p/p.c"), Lang::C, &text).is_err()
        };
        assert!(bad("// validate: assume"));
        assert!(bad("// validate: assume puts"));
        assert!(bad("// validate: shared"));
        assert!(bad("// validate: shared a.h"));
        // A shared module named like another module.
        assert!(bad("// validate: sources a.c\n// validate: shared x/a.c"));
    }

    #[test]
    fn loads_program_directories() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::write(
            root.join("single.c"),
            "// validate: about one\n// validate: entry f\n",
        )
        .unwrap();
        fs::create_dir(root.join("multi")).unwrap();
        fs::write(
            root.join("multi/multi.c"),
            "// validate: about two\n// validate: entry g\n// validate: sources a.c\n",
        )
        .unwrap();
        fs::write(root.join("multi/a.c"), "int a;\n").unwrap();
        fs::write(root.join("multi/a.h"), "").unwrap();
        let programs = load(root).unwrap();
        assert_eq!(programs.len(), 2);
        assert_eq!(programs[0].name, "multi");
        assert_eq!(programs[0].path, root.join("multi/multi.c"));
        assert_eq!(programs[0].sources, vec![Source::Local("a.c".into())]);
        assert!(programs[1].sources.is_empty());
        // A .c file the main file does not list is an error, not silently unused.
        fs::write(root.join("multi/stray.c"), "").unwrap();
        assert!(load(root).is_err());
        fs::remove_file(root.join("multi/stray.c")).unwrap();
        // A listed file that does not exist.
        fs::write(root.join("multi/a.c"), "").unwrap();
        fs::remove_file(root.join("multi/a.c")).unwrap();
        assert!(load(root).is_err());
        fs::write(root.join("multi/a.c"), "").unwrap();
        // `sources` in a single-file program.
        fs::write(
            root.join("single.c"),
            "// validate: about one\n// validate: entry f\n// validate: sources multi/a.c\n",
        )
        .unwrap();
        assert!(load(root).is_err());
        fs::write(
            root.join("single.c"),
            "// validate: about one\n// validate: entry f\n",
        )
        .unwrap();
        // A directory without its main file.
        fs::create_dir(root.join("nomain")).unwrap();
        fs::write(root.join("nomain/x.c"), "").unwrap();
        assert!(load(root).is_err());
    }

    #[test]
    fn parses_ir_programs() {
        let text = "\
; validate: about hand-written IR
;validate: entry f 1000
// validate: entry ignored
; validate: quick
define i64 @f(i64 %n) {
  ret i64 %n
}
";
        let p = parse(Path::new("corpus/ir.ll"), Lang::Ir, text).unwrap();
        assert_eq!(p.name, "ir");
        assert_eq!(p.entries.len(), 1);
        assert_eq!(p.entries[0].symbol, "f");
        assert_eq!(p.entries[0].arg, 1000);
        assert!(p.quick);
        // In C the IR comment form is not a directive.
        let c = "// validate: about c\n// validate: entry f\n; validate: bogus\n";
        assert!(parse(Path::new("c.c"), Lang::C, c).is_ok());
        assert_eq!(Source::Local("m.ll".into()).lang().unwrap(), Lang::Ir);
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("ir.ll"), text).unwrap();
        fs::write(dir.path().join("notes.txt"), "").unwrap();
        let programs = load(dir.path()).unwrap();
        assert_eq!(programs.len(), 1);
        assert_eq!(programs[0].lang, Lang::Ir);
    }

    #[test]
    fn parses_libc() {
        let text = "// validate: about printf\n// validate: entry f\n// validate: libc musl\n";
        let p = parse(Path::new("x.c"), Lang::C, text).unwrap();
        assert_eq!(p.libc, Some(Libc::Musl));
        // Without a `targets` line: the targets musl is built for.
        assert_eq!(p.targets, vec![Arch::X86_64, Arch::Aarch64]);
        let with = |line: &str| parse(Path::new("x.c"), Lang::C, &format!("{text}{line}\n"));
        assert_eq!(
            with("// validate: targets aarch64").unwrap().targets,
            vec![Arch::Aarch64]
        );
        assert!(with("// validate: targets x86_64 cortex-m").is_err());
        assert!(with("// validate: targets !riscv64").is_err());
        assert!(parse(
            Path::new("x.c"),
            Lang::C,
            "// validate: about x\n// validate: entry f\n// validate: libc glibc\n"
        )
        .is_err());
        assert!(parse(Path::new("r.rs"), Lang::Rust, text).is_err());
        let plain = parse(
            Path::new("x.c"),
            Lang::C,
            "// validate: about x\n// validate: entry f\n",
        );
        assert_eq!(plain.unwrap().libc, None);
    }

    #[test]
    fn llc_level_follows_the_front_end() {
        let mut p = parse(
            Path::new("x.c"),
            Lang::C,
            "// validate: about x\n// validate: entry f\n",
        )
        .unwrap();
        for (flags, want) in [
            (vec!["-O0"], "-O0"),
            (vec!["-Oz"], "-O2"),
            (vec!["-O3"], "-O3"),
            (vec!["-C", "opt-level=3"], "-O3"),
            (vec!["-C", "opt-level=s"], "-O2"),
        ] {
            p.cflags = flags.iter().map(|s| s.to_string()).collect();
            assert_eq!(p.llc_opt(), want, "{flags:?}");
        }
    }
}
