//! The corpus: `validate/corpus/*.{c,cpp,rs}`, each described by `// validate:` comment lines.
//!
//! ```text
//! // validate: about <one line: what the program exercises>
//! // validate: entry <symbol> [arg] [expect=FLAG[,FLAG]] [expect.<target>=FLAG[,FLAG]] [not-worst]
//! // validate: cflags <clang or rustc flags>      (default -O2 / -C opt-level=2)
//! // validate: llc <extra custom-llc flags>
//! // validate: targets x86_64 [aarch64]          (default both)
//! // validate: quick                             (in the AArch64 part of --quick)
//! // validate: stack <bytes>                     (painted stack size, default 1 MiB)
//! // validate: sp-offsets <n>                    (also run with the caller's SP 16, 32, ... lower)
//! // validate: qemu-cpu <cpu>                     (qemu-aarch64 -cpu, e.g. for SVE vector lengths)
//! // validate: resolve-indirect                   (bound with `--resolve-indirect`)
//! // validate: requires[.<target>] <what>         (the code must contain what the case is about)
//! ```
//! `requires` keeps a targeted case honest when code generation changes: `call NAME` (a call site
//! to NAME), `tail-call`, `flag NAME` (a function record carries the flag), `function PREFIX` (a
//! machine function whose name starts with PREFIX), `asm TEXT` (the object's disassembly, with
//! whitespace collapsed, contains TEXT).
//! An entry is `long entry(long)` (C linkage). Without `expect` its bound must be complete and at
//! least its measurement. With `expect=FLAG` the result must carry that flag (`recursive`,
//! `indirect`, `unknown`, `dynamic`, `partial`) and the measurement is only printed. `not-worst` marks
//! an entry whose argument deliberately avoids the worst path: it is checked like any other, but left out of
//! the tightness summary.

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

#[derive(Debug, Clone)]
pub struct Program {
    /// The file stem.
    pub name: String,
    pub path: PathBuf,
    pub lang: Lang,
    pub about: String,
    pub entries: Vec<Entry>,
    pub cflags: Vec<String>,
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
}

impl Program {
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

/// Reads every program in `dir`, sorted by name.
pub fn load(dir: &Path) -> Result<Vec<Program>> {
    let mut programs = Vec::new();
    let entries = fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        let lang = match path.extension().and_then(|e| e.to_str()) {
            Some("c") => Lang::C,
            Some("cpp") => Lang::Cpp,
            Some("rs") => Lang::Rust,
            _ => continue,
        };
        let text =
            fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let program =
            parse(&path, lang, &text).with_context(|| format!("in {}", path.display()))?;
        programs.push(program);
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    if programs.is_empty() {
        bail!("no programs in {}", dir.display());
    }
    Ok(programs)
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
        about: String::new(),
        entries: Vec::new(),
        cflags: Vec::new(),
        llc_flags: Vec::new(),
        targets: Arch::ALL.to_vec(),
        quick: false,
        stack: 1 << 20,
        sp_offsets: 1,
        qemu_cpu: None,
        resolve_indirect: false,
        requires: Vec::new(),
    };
    for (number, line) in text.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix("//") else {
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
            "llc" => program.llc_flags.extend(words()),
            "targets" => {
                program.targets = words()
                    .map(|w| {
                        Arch::parse(&w).with_context(|| format!("{}: unknown target {w:?}", at()))
                    })
                    .collect::<Result<_>>()?;
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
    if program.entries.is_empty() {
        bail!("no `// validate: entry` line");
    }
    if program.about.is_empty() {
        bail!("no `// validate: about` line");
    }
    Ok(program)
}

fn parse_entry(value: &str) -> Result<Entry> {
    let mut words = value.split_whitespace();
    let symbol = words.next().context("entry needs a symbol")?.to_string();
    let mut entry = Entry {
        symbol,
        arg: 0,
        expect: Vec::new(),
        not_worst: false,
    };
    for word in words {
        if word == "not-worst" {
            entry.not_worst = true;
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
