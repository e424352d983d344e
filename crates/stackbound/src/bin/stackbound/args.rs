//! Command-line parsing. Hand-written so llc's own spellings (`-mtriple=x`, `-O2`) work
//! next to `--long` ones.

use std::ffi::OsString;
use std::path::PathBuf;

use anyhow::{anyhow, bail, Context, Result};
use stackbound::render::{Format, View};
use stackbound::{Assumptions, Options};

pub const USAGE: &str = "\
stackbound: worst-case stack depth of every function in LLVM modules

usage: stackbound [OPTIONS] <FILE.ll|FILE.bc>...
       stackbound [OPTIONS] --records <REPORT.jsonl>...
       stackbound [OPTIONS] --crate <DIR>
       stackbound annotate [OPTIONS] <IN.ll>... (-o <OUT.ll> | --out-dir <DIR>)

Inputs are compiled with the custom llc (-stack-report) and analysed as one program.
`annotate` writes each input again with a constant @__stackbound.<function> per function
(its bound in bytes, or -1 without one; docs/annotate.md), using the same llc flags.

inputs:
  --records FILE           a recorded -stack-report file instead of IR (repeatable)
  --llc PATH               llc to use (else $STACKBOUND_LLC, else <workspace>/target/llc/bin/llc)
  -j, --jobs N             llc processes at once (default: one per core)
  --crate DIR              build the Rust crate in DIR (its library) to one IR module with
                           the stable toolchain and analyse that (docs/report.md)
  --crate-lto              with --crate: fat LTO into a staticlib, so dependencies and std
                           are in the module too (only code reachable from exported symbols)
  -o, --output FILE        annotate: the annotated module (one input)
  --out-dir DIR            annotate: write each annotated input under DIR

code generation (passed to llc; frames depend on them):
  -mtriple=T  -O<0-3>  -mcpu=CPU  -mattr=ATTRS  -relocation-model=MODEL
  --llc-arg ARG            any other llc argument (repeatable)

bounds:
  --assume NAME=BYTES      stack size of a function without a record (repeatable)
  --assumptions FILE       TOML (or .json) with [sizes] and [budgets] tables
  --strict                 anything excluded makes a result unbounded instead of >=
  --resolve-indirect       bound indirect calls by their candidates: address-taken functions
                           with the call's type ids (clang -fexperimental-call-graph-section),
                           else with its IR signature (llc runs with -call-graph-section)
  --max-stack N            exit 1 when any function may use more than N bytes
  --max-reasons N          reasons kept per function (default 8)

output:
  --format FORMAT          text (default), json, dot, folded
  --explain FN             FN's worst path frame by frame (FN or MODULE:FN)
  --demangle               show Rust and C++ names demangled (text does so by default
                           when the program has mangled names)
  --no-demangle            show raw symbol names
  --full-names             keep the generic arguments of demangled names

text output:
  --top N                  at most N functions
  --sort KEY               name (default), bound (deepest first) or own (deepest frame first)
  --only WHICH             complete, or incomplete (≥ and unbounded)
  --function PATTERN       functions whose name matches a glob (`sqlite3Vdbe*`)
  --summary WHEN           auto (default: programs of more than 20 functions), always, never
  --width N                columns per line (default: the terminal's, else 100; 0: no limit)
  --color WHEN             auto (default; honours NO_COLOR), always, never
  -h, --help               this text
  -V, --version            version and pinned LLVM

exit status: 0 ok, 1 a budget is exceeded, 2 error
";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Default)]
pub struct Args {
    /// `stackbound annotate ...`
    pub annotate: bool,
    pub output: Option<PathBuf>,
    pub out_dir: Option<PathBuf>,
    /// `--crate DIR`
    pub krate: Option<PathBuf>,
    pub crate_lto: bool,
    pub inputs: Vec<PathBuf>,
    pub records: Vec<PathBuf>,
    pub options: Options,
    pub format: Format,
    pub explain: Option<String>,
    /// `--demangle` / `--no-demangle`; `None`: text demangles when names are mangled.
    pub demangle: Option<bool>,
    pub full_names: bool,
    pub view: View,
    pub width: Option<usize>,
    pub color: ColorWhen,
    pub help: bool,
    pub version: bool,
}

/// Options that take a value, by their long name.
const VALUED: &[&str] = &[
    "llc",
    "records",
    "assume",
    "assumptions",
    "format",
    "explain",
    "max-stack",
    "max-reasons",
    "jobs",
    "mtriple",
    "mcpu",
    "mattr",
    "relocation-model",
    "llc-arg",
    "opt-level",
    "output",
    "out-dir",
    "crate",
    "top",
    "sort",
    "only",
    "function",
    "summary",
    "width",
    "color",
];

pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Args> {
    let mut out = Args::default();
    let mut assumption_files = Vec::new();
    let mut assume_flags = Vec::new();
    let mut args = args.into_iter().peekable();
    if args.peek().is_some_and(|a| a == "annotate") {
        args.next();
        out.annotate = true;
    }
    while let Some(raw) = args.next() {
        let Some(arg) = raw.to_str().map(str::to_string) else {
            out.inputs.push(PathBuf::from(raw)); // non-UTF-8: only a path makes sense
            continue;
        };
        if arg == "--" {
            out.inputs.extend(args.by_ref().map(PathBuf::from));
            break;
        }
        if arg == "-" || !arg.starts_with('-') {
            out.inputs.push(PathBuf::from(arg));
            continue;
        }
        if let Some(level) = arg.strip_prefix("-O").filter(|l| !l.is_empty()) {
            out.options.llc.codegen.opt_level = Some(opt_level(level)?);
            continue;
        }
        if let Some(jobs) = arg.strip_prefix("-j").filter(|j| !j.is_empty()) {
            out.options.llc.jobs = Some(number("-j", jobs)? as usize);
            continue;
        }
        let (name, inline) = split_option(&arg);
        let name = match name {
            "h" => "help",
            "V" => "version",
            "j" => "jobs",
            "O" => "opt-level",
            "o" => "output",
            other => other,
        };
        let value = if VALUED.contains(&name) {
            Some(match inline {
                Some(v) => v.to_string(),
                None => args
                    .next()
                    .and_then(|v| v.into_string().ok())
                    .ok_or_else(|| anyhow!("`{arg}` needs a value"))?,
            })
        } else if inline.is_some() {
            bail!("`{arg}` takes no value");
        } else {
            None
        };
        let value = value.unwrap_or_default();
        let o = &mut out.options;
        match name {
            "help" => out.help = true,
            "version" => out.version = true,
            "strict" => o.analysis.strict = true,
            "resolve-indirect" => o.analysis.resolve_indirect = true,
            "output" => out.output = Some(PathBuf::from(value)),
            "out-dir" => out.out_dir = Some(PathBuf::from(value)),
            "crate" => out.krate = Some(PathBuf::from(value)),
            "crate-lto" => out.crate_lto = true,
            "demangle" => out.demangle = Some(true),
            "no-demangle" => out.demangle = Some(false),
            "full-names" => out.full_names = true,
            "top" => out.view.top = Some(number("--top", &value)? as usize),
            "sort" => out.view.sort = value.parse().map_err(|e: String| anyhow!(e))?,
            "only" => out.view.only = Some(value.parse().map_err(|e: String| anyhow!(e))?),
            "function" => {
                let pattern = glob::Pattern::new(&value)
                    .with_context(|| format!("`--function {value}`: not a glob pattern"))?;
                out.view.function = Some(pattern);
            }
            "summary" => out.view.summary = value.parse().map_err(|e: String| anyhow!(e))?,
            "width" => out.width = Some(number("--width", &value)? as usize),
            "color" => {
                out.color = match value.as_str() {
                    "auto" => ColorWhen::Auto,
                    "always" => ColorWhen::Always,
                    "never" => ColorWhen::Never,
                    _ => bail!("`--color {value}`: expected auto, always or never"),
                }
            }
            "llc" => o.llc.llc = Some(PathBuf::from(value)),
            "records" => out.records.push(PathBuf::from(value)),
            "assume" => assume_flags.push(value),
            "assumptions" => assumption_files.push(PathBuf::from(value)),
            "format" => out.format = value.parse().map_err(|e: String| anyhow!(e))?,
            "explain" => out.explain = Some(value),
            "max-stack" => o.analysis.max_stack = Some(number("--max-stack", &value)?),
            "max-reasons" => o.analysis.max_reasons = number("--max-reasons", &value)? as usize,
            "jobs" => o.llc.jobs = Some(number("--jobs", &value)?.max(1) as usize),
            "mtriple" => o.llc.codegen.triple = Some(value),
            "mcpu" => o.llc.codegen.cpu = Some(value),
            "mattr" => o.llc.codegen.attrs = Some(value),
            "relocation-model" => o.llc.codegen.relocation_model = Some(value),
            "llc-arg" => o.llc.codegen.extra_args.push(value),
            "opt-level" => o.llc.codegen.opt_level = Some(opt_level(&value)?),
            _ => bail!("unknown option `{arg}`"),
        }
    }
    let mut assumptions = Assumptions::default();
    for file in assumption_files {
        assumptions.merge(Assumptions::load(&file)?);
    }
    for flag in assume_flags {
        let (name, bytes) = Assumptions::parse_flag(&flag)?;
        assumptions.sizes.insert(name, bytes);
    }
    out.options.analysis.assumptions = assumptions;
    Ok(out)
}

/// `--name=value`, `-name=value`, `--name`, `-name` -> (name, inline value).
fn split_option(arg: &str) -> (&str, Option<&str>) {
    let body = arg.strip_prefix("--").unwrap_or_else(|| &arg[1..]);
    match body.split_once('=') {
        Some((name, value)) => (name, Some(value)),
        None => (body, None),
    }
}

fn opt_level(level: &str) -> Result<String> {
    match level {
        "0" | "1" | "2" | "3" => Ok(level.to_string()),
        _ => bail!("`-O{level}`: llc takes -O0, -O1, -O2 or -O3"),
    }
}

fn number(flag: &str, value: &str) -> Result<u64> {
    value
        .trim()
        .parse()
        .with_context(|| format!("`{flag} {value}`: expected a whole number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Args> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn llc_and_long_spellings() {
        let a = parse_strs(&[
            "a.ll",
            "-mtriple=aarch64-linux-gnu",
            "-O2",
            "--mcpu",
            "znver4",
            "--mattr=+avx2",
            "-relocation-model=pic",
            "--assume",
            "println=72",
            "--format=json",
            "-j3",
            "--strict",
            "--resolve-indirect",
            "b.bc",
        ])
        .unwrap();
        assert_eq!(a.inputs, [PathBuf::from("a.ll"), PathBuf::from("b.bc")]);
        let c = &a.options.llc.codegen;
        assert_eq!(c.triple.as_deref(), Some("aarch64-linux-gnu"));
        assert_eq!(c.opt_level.as_deref(), Some("2"));
        assert_eq!(c.cpu.as_deref(), Some("znver4"));
        assert_eq!(c.attrs.as_deref(), Some("+avx2"));
        assert_eq!(c.relocation_model.as_deref(), Some("pic"));
        assert_eq!(a.options.analysis.assumptions.sizes["println"], 72);
        assert_eq!(a.format, Format::Json);
        assert_eq!(a.options.llc.jobs, Some(3));
        assert!(a.options.analysis.strict);
        assert!(a.options.analysis.resolve_indirect);
    }

    #[test]
    fn annotate_and_crate() {
        let a = parse_strs(&["annotate", "in.ll", "-o", "out.ll", "-O2"]).unwrap();
        assert!(a.annotate);
        assert_eq!(a.inputs, [PathBuf::from("in.ll")]);
        assert_eq!(a.output, Some(PathBuf::from("out.ll")));
        let a = parse_strs(&["a.ll", "annotate"]).unwrap();
        assert!(!a.annotate, "only the first word is the command");
        let a = parse_strs(&["--crate", "../itoa", "--crate-lto"]).unwrap();
        assert_eq!(a.krate, Some(PathBuf::from("../itoa")));
        assert!(a.crate_lto);
    }

    #[test]
    fn errors() {
        assert!(parse_strs(&["--bogus"]).is_err());
        assert!(parse_strs(&["--format", "xml"]).is_err());
        assert!(parse_strs(&["--max-stack"]).is_err());
        assert!(parse_strs(&["-O7"]).is_err());
        assert!(parse_strs(&["--strict=yes"]).is_err());
        assert!(parse_strs(&["--assume", "x"]).is_err());
        assert!(parse_strs(&["--sort", "size"]).is_err());
        assert!(parse_strs(&["--only", "some"]).is_err());
        assert!(parse_strs(&["--color", "sometimes"]).is_err());
        assert!(parse_strs(&["--function", "a[b"]).is_err());
        assert!(parse_strs(&["--top", "x"]).is_err());
    }

    #[test]
    fn text_view() {
        let a = parse_strs(&[
            "a.ll",
            "--top",
            "5",
            "--sort=bound",
            "--only",
            "incomplete",
            "--function",
            "sqlite3*",
            "--summary",
            "never",
            "--width",
            "80",
            "--color",
            "always",
            "--full-names",
            "--no-demangle",
        ])
        .unwrap();
        assert_eq!(a.view.top, Some(5));
        assert_eq!(a.view.sort, stackbound::render::SortKey::Bound);
        assert_eq!(a.view.only, Some(stackbound::render::Only::Incomplete));
        assert!(a.view.function.as_ref().unwrap().matches("sqlite3Malloc"));
        assert_eq!(a.view.summary, stackbound::render::SummaryMode::Never);
        assert_eq!((a.width, a.color), (Some(80), ColorWhen::Always));
        assert!(a.full_names);
        assert_eq!(a.demangle, Some(false));
    }
}
