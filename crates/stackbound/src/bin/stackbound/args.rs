//! The command line, defined once with clap: `--help`, the shell completions
//! (`stackbound completions SHELL`) and the man page (`stackbound man`) all come from [`Cli`].
//! llc's own one-dash spellings (`-mtriple=T`, `-mcpu`, `-mattr`, `-relocation-model`) are
//! accepted as users type them to llc; `-O2` and `-j3` are ordinary short options.

use std::ffi::OsString;
use std::path::PathBuf;

use anyhow::{anyhow, Context, Result};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args as ClapArgs, CommandFactory, Parser, Subcommand, ValueEnum};
use stackbound::render::{Format, Only, SortKey, SummaryMode, View};
use stackbound::{Assumptions, Options};

const ABOUT: &str = "Worst-case stack depth of every function in LLVM modules";

const LONG_ABOUT: &str = "\
Worst-case stack depth of every function in LLVM modules.

IR inputs are compiled with the custom llc (-stack-report) and analysed as one program, linked as \
a linker would link them. Objects, archives and linked ELF binaries built with the compiler \
wrapper (CC=stackbound-cc) carry their records inside: in a binary, what the linker kept is the \
program, and code without a record is listed.

Each function's bound is its own frame plus its deepest callee chain; recursion, indirect calls \
and callees without a record are left out of the sum and flagged (a result marked ≥ is a lower \
bound).";

const AFTER_HELP: &str = "\
llc's spellings work as llc takes them: -mtriple=T, -mcpu=CPU, -mattr=ATTRS, -relocation-model=M, -O2.

Exit status: 0 ok, 1 a budget is exceeded, 2 error.";

/// Every version line names the LLVM the records must come from.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (LLVM pin ",
    env!("STACKBOUND_LLVM_PIN"),
    ")"
);

#[derive(Debug, Parser)]
#[command(
    name = "stackbound",
    version = VERSION,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = AFTER_HELP,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    analyze: AnalyzeArgs,
}

/// `cargo stackbound ...`: cargo runs `cargo-stackbound stackbound ...`.
#[derive(Debug, Parser)]
#[command(name = "cargo", bin_name = "cargo")]
enum CargoCli {
    #[command(
        version = VERSION,
        about = "Worst-case stack depth of a package's binary, std and dependencies included",
        long_about = CARGO_LONG_ABOUT,
        after_help = AFTER_HELP
    )]
    Stackbound(Box<CargoArgs>),
}

const CARGO_LONG_ABOUT: &str = "\
Worst-case stack depth of every function of a package's binary, std and dependencies included.

The binary is built with fat LTO into one LLVM module (in <target-dir>/stackbound, beside your \
own artifacts), compiled again with the custom llc, and analysed: main and every other root get \
whole-program bounds. --lib analyses the package's library instead, as `stackbound --crate` does.";

#[derive(Debug, ClapArgs)]
struct CargoArgs {
    #[command(flatten)]
    package: PackageArgs,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Debug, ClapArgs)]
#[command(next_help_heading = "Package selection (as cargo takes them)")]
struct PackageArgs {
    /// Package to analyse
    #[arg(short, long, value_name = "SPEC")]
    package: Option<String>,
    /// Analyse this binary
    #[arg(long, value_name = "NAME", conflicts_with_all = ["example", "lib"])]
    bin: Option<String>,
    /// Analyse this example
    #[arg(long, value_name = "NAME", conflicts_with = "lib")]
    example: Option<String>,
    /// Analyse the library (its own code; calls into dependencies stay unknown)
    #[arg(long)]
    lib: bool,
    /// Build with the release profile
    #[arg(short, long)]
    release: bool,
    /// Features to activate (comma- or space-separated, repeatable)
    #[arg(short = 'F', long, value_name = "FEATURES")]
    features: Vec<String>,
    /// Activate all features
    #[arg(long)]
    all_features: bool,
    /// Do not activate the `default` feature
    #[arg(long)]
    no_default_features: bool,
    /// Build for this Rust target triple
    #[arg(long, value_name = "TRIPLE")]
    target: Option<String>,
    /// Path to Cargo.toml
    #[arg(long, value_name = "PATH")]
    manifest_path: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write each input again with a constant @__stackbound.<function> per function: its bound
    /// in bytes, or -1 without one (docs/annotate.md)
    Annotate(Box<AnnotateArgs>),
    /// Print a completion script for SHELL
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man,
    /// clang-22 with the stack records in the objects, for CC= (every argument goes to clang;
    /// docs/build-systems.md)
    #[command(disable_help_flag = true, disable_version_flag = true)]
    Cc {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<OsString>,
    },
    /// clang++-22 with the stack records in the objects, for CXX=
    #[command(name = "c++", disable_help_flag = true, disable_version_flag = true)]
    Cxx {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<OsString>,
    },
    /// Which custom llc stackbound uses, and whether it fits
    Llc {
        #[command(subcommand)]
        command: LlcCommand,
    },
    /// The C library record bundles that --libc links in (docs/libc.md)
    Libc {
        #[command(subcommand)]
        command: LibcCommand,
    },
}

#[derive(Debug, Subcommand)]
enum LibcCommand {
    /// List the bundles --libc finds, where it looks, in order
    List,
    /// Check a bundle archive (sha256, a guarded unpack, the files against its manifest) and
    /// install it into the user cache, where --libc finds it
    Install {
        /// The archive (`cargo xtask libc-records --dist`, or a release asset): an http(s) URL,
        /// a file or a file:// URL
        #[arg(long, value_name = "URL|FILE")]
        from: String,
        /// The archive's sha256 (else FILE.sha256 beside a local archive)
        #[arg(long, value_name = "HEX")]
        sha256: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum LlcCommand {
    /// Say which llc would be used, how it was found (each rule, in order), its LLVM version and
    /// manifest, and whether it matches this stackbound's pin and pass hash; exit 0 when usable,
    /// 2 when not
    Status {
        /// Check this llc, as `stackbound --llc PATH` would use it
        #[arg(long, value_name = "PATH")]
        llc: Option<PathBuf>,
    },
    /// Fetch the prebuilt llc for this host, LLVM pin and pass hash, check it (sha256 while
    /// downloading, a guarded unpack, its manifest, `llc --version`) and install it into the user
    /// cache, where stackbound finds it
    Install {
        /// The archive: an http(s) URL, a file or a file:// URL (default: the release that the
        /// pin's [prebuilt] table names)
        #[arg(long, value_name = "URL|FILE")]
        from: Option<String>,
        /// The archive's sha256 (else the pin's list, else FILE.sha256 beside a local archive)
        #[arg(long, value_name = "HEX")]
        sha256: Option<String>,
    },
    /// Build the llc from the pin, pass sources and patches this stackbound carries into the user
    /// cache: overlay mode links against a system LLVM of exactly the pinned version (Debian's
    /// llvm-N-dev), full mode builds LLVM's llc (about 50 min on 2 cores)
    Build {
        /// auto: overlay when the system LLVM matches the pin, else full
        #[arg(long, value_name = "auto|overlay|full", default_value = "auto", value_parser = parse_mode)]
        mode: stackbound_llvm::Mode,
        /// Where the LLVM source comes from: auto is upstream when the pin has its sha256, else
        /// Debian's orig tarball through `apt-get source`
        #[arg(long, value_name = "auto|upstream|debian", default_value = "auto", value_parser = parse_route)]
        source: stackbound_llvm::Route,
        /// A local LLVM source tarball (checked against the pin) or unpacked tree instead
        #[arg(long, value_name = "TARBALL|DIR")]
        src: Option<PathBuf>,
        /// The sha256 of the upstream tarball or of --src, when the pin has none for it
        #[arg(long, value_name = "HEX")]
        sha256: Option<String>,
        /// Compile through ccache or sccache
        #[arg(long, value_name = "ccache|sccache", value_parser = parse_launcher)]
        launcher: Option<stackbound_llvm::Launcher>,
        /// Parallel compile jobs (default: one per core)
        #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        jobs: Option<u64>,
    },
}

fn parse_mode(s: &str) -> Result<stackbound_llvm::Mode, String> {
    s.parse().map_err(|e: stackbound_llvm::Error| e.to_string())
}

fn parse_route(s: &str) -> Result<stackbound_llvm::Route, String> {
    s.parse().map_err(|e: stackbound_llvm::Error| e.to_string())
}

fn parse_launcher(s: &str) -> Result<stackbound_llvm::Launcher, String> {
    s.parse().map_err(|e: stackbound_llvm::Error| e.to_string())
}

#[derive(Debug, ClapArgs)]
struct AnalyzeArgs {
    /// LLVM IR modules (.ll or .bc), or ELF objects, archives and linked binaries built with
    /// stackbound-cc (their .stackbound sections)
    #[arg(value_name = "FILE")]
    inputs: Vec<PathBuf>,
    /// A recorded -stack-report file instead of IR (repeatable)
    #[arg(long, value_name = "FILE", help_heading = "Inputs")]
    records: Vec<PathBuf>,
    /// Build the Rust crate in DIR (its library) to one IR module with the stable toolchain
    #[arg(long = "crate", value_name = "DIR", help_heading = "Inputs")]
    krate: Option<PathBuf>,
    /// With --crate: fat LTO into a staticlib, so dependencies and std are in the module too
    #[arg(long, requires = "krate", help_heading = "Inputs")]
    crate_lto: bool,
    /// Link the C library in from its records, as a static link would: `musl` (the bundle for
    /// the program's target, docs/libc.md) or a bundle directory
    #[arg(long, value_name = "musl|DIR", help_heading = "Inputs")]
    libc: Option<stackbound::libc::LibcChoice>,
    #[command(flatten)]
    common: CommonArgs,
}

/// What `stackbound` and `cargo stackbound` share: how llc runs, how bounds are judged and
/// how they are shown.
#[derive(Debug, ClapArgs)]
struct CommonArgs {
    #[command(flatten)]
    llc: LlcArgs,
    #[command(flatten)]
    bounds: BoundArgs,
    #[command(flatten)]
    output: OutputArgs,
    #[command(flatten)]
    text: TextArgs,
}

#[derive(Debug, ClapArgs)]
struct AnnotateArgs {
    /// Textual IR modules to annotate
    #[arg(value_name = "IN.ll", required = true)]
    inputs: Vec<PathBuf>,
    /// The annotated module (one input)
    #[arg(short, long, value_name = "OUT.ll", conflicts_with = "out_dir")]
    output: Option<PathBuf>,
    /// Write each annotated input under DIR
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    #[command(flatten)]
    llc: LlcArgs,
    #[command(flatten)]
    bounds: BoundArgs,
}

#[derive(Debug, ClapArgs)]
#[command(next_help_heading = "Code generation (passed to llc; frames depend on them)")]
struct LlcArgs {
    /// llc to use (else $STACKBOUND_LLC, else the user cache, else <workspace>/target/llc/bin/llc;
    /// `stackbound llc status` shows which)
    #[arg(long, value_name = "PATH")]
    llc: Option<PathBuf>,
    /// llc processes at once (default: one per core)
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    jobs: Option<u64>,
    /// Target triple (default: the module's)
    #[arg(long, value_name = "TRIPLE")]
    mtriple: Option<String>,
    /// Optimization level of code generation
    #[arg(short = 'O', long = "opt-level", value_name = "LEVEL",
          value_parser = PossibleValuesParser::new(["0", "1", "2", "3"]))]
    opt_level: Option<String>,
    /// Target CPU
    #[arg(long, value_name = "CPU")]
    mcpu: Option<String>,
    /// Target features
    #[arg(long, value_name = "ATTRS")]
    mattr: Option<String>,
    /// Relocation model (static, pic, ...)
    #[arg(long, value_name = "MODEL")]
    relocation_model: Option<String>,
    /// Any other llc argument (repeatable)
    #[arg(long = "llc-arg", value_name = "ARG", allow_hyphen_values = true)]
    llc_args: Vec<String>,
}

#[derive(Debug, ClapArgs)]
#[command(next_help_heading = "Bounds")]
struct BoundArgs {
    /// Stack size of a function without a record (repeatable)
    #[arg(long, value_name = "NAME=BYTES")]
    assume: Vec<String>,
    /// TOML (or .json) file with [sizes] and [budgets] tables
    #[arg(long, value_name = "FILE")]
    assumptions: Vec<PathBuf>,
    /// Anything excluded makes a result unbounded instead of ≥
    #[arg(long)]
    strict: bool,
    /// Bound indirect calls by their candidates: address-taken functions with the call's type
    /// ids, else with its IR signature (closed world; docs/report.md)
    #[arg(long)]
    resolve_indirect: bool,
    /// Exit 1 when any function may use more than N bytes
    #[arg(long, value_name = "N")]
    max_stack: Option<u64>,
    /// Reasons kept per function
    #[arg(long, value_name = "N", default_value_t = 8)]
    max_reasons: usize,
    /// Report only what NAME reaches (repeatable; a glob over raw or demangled names: `main`,
    /// `*_IRQHandler`); budgets and the interrupt nesting cover the same functions. `vectors`:
    /// the reset handler and the handlers of a linked Cortex-M ELF's vector table
    #[arg(long, value_name = "NAME")]
    entry: Vec<String>,
}

#[derive(Debug, ClapArgs)]
#[command(next_help_heading = "Output")]
struct OutputArgs {
    /// Output format
    #[arg(long, value_name = "FORMAT", default_value = "text",
          value_parser = parsed::<Format>(&["text", "json", "dot", "folded"]))]
    format: Format,
    /// FN's worst path frame by frame (FN or MODULE:FN)
    #[arg(long, value_name = "FN")]
    explain: Option<String>,
    /// Show Rust and C++ names demangled (text does so by default when names are mangled)
    #[arg(long, overrides_with = "no_demangle")]
    demangle: bool,
    /// Show raw symbol names
    #[arg(long)]
    no_demangle: bool,
    /// Keep the generic arguments of demangled names
    #[arg(long)]
    full_names: bool,
}

#[derive(Debug, ClapArgs)]
#[command(next_help_heading = "Text output")]
struct TextArgs {
    /// At most N functions
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// name, bound (deepest first) or own (deepest frame first)
    #[arg(long, value_name = "KEY", default_value = "name",
          value_parser = parsed::<SortKey>(&["name", "bound", "own"]))]
    sort: SortKey,
    /// complete, or incomplete (≥ and unbounded)
    #[arg(long, value_name = "WHICH",
          value_parser = parsed::<Only>(&["complete", "incomplete"]))]
    only: Option<Only>,
    /// Functions whose name matches a glob (`sqlite3Vdbe*`)
    #[arg(long, value_name = "PATTERN", value_parser = glob_pattern)]
    function: Option<glob::Pattern>,
    /// Summary first: auto (programs of more than 20 functions), always, never
    #[arg(long, value_name = "WHEN", default_value = "auto",
          value_parser = parsed::<SummaryMode>(&["auto", "always", "never"]))]
    summary: SummaryMode,
    /// Columns per line (default: the terminal's, else 100; 0: no limit)
    #[arg(long, value_name = "N")]
    width: Option<usize>,
    /// Colour: auto honours NO_COLOR and the terminal
    #[arg(long, value_name = "WHEN", value_enum, default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

/// A value from a fixed list, read by the library's own `FromStr` (the library has no clap).
fn parsed<T>(values: &'static [&'static str]) -> impl TypedValueParser<Value = T>
where
    T: std::str::FromStr<Err = String> + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(values).map(|s| s.parse::<T>().expect("a listed value parses"))
}

fn glob_pattern(s: &str) -> Result<glob::Pattern, String> {
    glob::Pattern::new(s).map_err(|e| format!("not a glob pattern: {e}"))
}

/// What `main` acts on.
#[derive(Debug, Default)]
pub struct Args {
    pub action: Action,
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
    /// `cargo stackbound`: what to build.
    pub cargo: Option<stackbound::cargo::CargoBuild>,
}

#[derive(Debug, Default, PartialEq)]
pub enum Action {
    #[default]
    Analyze,
    Annotate,
    Completions(clap_complete::Shell),
    Man,
    /// `stackbound llc status [--llc PATH]`
    LlcStatus(Option<PathBuf>),
    /// `stackbound llc install [--from URL|FILE] [--sha256 HEX]`
    LlcInstall(stackbound::llc::manage::Install),
    /// `stackbound llc build [--mode ...] ...`
    LlcBuild(stackbound_llvm::BuildOptions),
    /// `stackbound libc list`
    LibcList,
    /// `stackbound libc install --from URL|FILE [--sha256 HEX]`
    LibcInstall(stackbound::libc::dist::Install),
    /// `stackbound cc ...` / `stackbound c++ ...`: the arguments are clang's.
    Cc(stackbound::cc::Lang, Vec<OsString>),
}

/// llc's one-dash long options, as `--` ones clap reads.
const LLC_SPELLINGS: &[&str] = &["mtriple", "mcpu", "mattr", "relocation-model"];

fn llc_spelling(arg: OsString) -> OsString {
    let Some(text) = arg.to_str() else {
        return arg;
    };
    let name = text
        .strip_prefix('-')
        .filter(|rest| !rest.starts_with('-'))
        .map(|rest| rest.split_once('=').map_or(rest, |(name, _)| name));
    match name {
        Some(name) if LLC_SPELLINGS.contains(&name) => format!("-{text}").into(),
        _ => arg,
    }
}

/// Parses the arguments after the program name. `Err` holds clap's own error for `--help` and
/// `--version` too, which `main` prints as clap would.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Args, clap::Error> {
    let args: Vec<OsString> = args.into_iter().collect();
    // `stackbound cc -mcpu=...` is clang's spelling: no llc spellings there.
    let wrapper = args.first().is_some_and(|a| a == "cc" || a == "c++");
    let spelling = |a| if wrapper { a } else { llc_spelling(a) };
    let argv = std::iter::once(OsString::from("stackbound")).chain(args.into_iter().map(spelling));
    let cli = Cli::try_parse_from(argv)?;
    let mut out = Args::default();
    let (llc, bounds) = match cli.command {
        Some(Command::Completions { shell }) => {
            out.action = Action::Completions(shell);
            return Ok(out);
        }
        Some(Command::Man) => {
            out.action = Action::Man;
            return Ok(out);
        }
        Some(Command::Cc { args }) => {
            out.action = Action::Cc(stackbound::cc::Lang::C, args);
            return Ok(out);
        }
        Some(Command::Cxx { args }) => {
            out.action = Action::Cc(stackbound::cc::Lang::Cxx, args);
            return Ok(out);
        }
        Some(Command::Libc { command }) => {
            out.action = match command {
                LibcCommand::List => Action::LibcList,
                LibcCommand::Install { from, sha256 } => {
                    Action::LibcInstall(stackbound::libc::dist::Install { from, sha256 })
                }
            };
            return Ok(out);
        }
        Some(Command::Llc { command }) => {
            out.action = match command {
                LlcCommand::Status { llc } => Action::LlcStatus(llc),
                LlcCommand::Install { from, sha256 } => {
                    Action::LlcInstall(stackbound::llc::manage::Install { from, sha256 })
                }
                LlcCommand::Build {
                    mode,
                    source,
                    src,
                    sha256,
                    launcher,
                    jobs,
                } => Action::LlcBuild(stackbound_llvm::BuildOptions {
                    mode,
                    source,
                    src,
                    sha256: sha256.map(|s| s.to_ascii_lowercase()),
                    launcher,
                    jobs: jobs.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
                }),
            };
            return Ok(out);
        }
        Some(Command::Annotate(a)) => {
            let a = *a;
            out.action = Action::Annotate;
            out.inputs = a.inputs;
            out.output = a.output;
            out.out_dir = a.out_dir;
            (a.llc, a.bounds)
        }
        None => {
            let a = cli.analyze;
            out.inputs = a.inputs;
            out.records = a.records;
            out.krate = a.krate;
            out.crate_lto = a.crate_lto;
            out.options.libc = a.libc;
            presentation(&mut out, a.common.output, a.common.text);
            (a.common.llc, a.common.bounds)
        }
    };
    codegen_and_bounds(&mut out, llc, bounds)?;
    Ok(out)
}

/// Parses `cargo stackbound`'s arguments (after the program name: `stackbound ...`).
pub fn parse_cargo(args: impl IntoIterator<Item = OsString>) -> Result<Args, clap::Error> {
    use stackbound::cargo::{CargoBuild, CargoTarget};
    let argv = std::iter::once(OsString::from("cargo")).chain(args.into_iter().map(llc_spelling));
    let CargoCli::Stackbound(a) = CargoCli::try_parse_from(argv)?;
    let a = *a;
    let p = a.package;
    let cargo = CargoBuild {
        manifest_path: p.manifest_path,
        package: p.package,
        target: match (p.bin, p.example, p.lib) {
            (Some(bin), _, _) => CargoTarget::Bin(bin),
            (None, Some(example), _) => CargoTarget::Example(example),
            (None, None, true) => CargoTarget::Lib,
            (None, None, false) => CargoTarget::Default,
        },
        release: p.release,
        features: p
            .features
            .iter()
            .flat_map(|f| f.split([',', ' ']))
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect(),
        all_features: p.all_features,
        no_default_features: p.no_default_features,
        target_triple: p.target,
    };
    let mut out = Args {
        cargo: Some(cargo),
        ..Args::default()
    };
    presentation(&mut out, a.common.output, a.common.text);
    codegen_and_bounds(&mut out, a.common.llc, a.common.bounds)?;
    Ok(out)
}

fn presentation(out: &mut Args, output: OutputArgs, text: TextArgs) {
    out.format = output.format;
    out.explain = output.explain;
    out.demangle = match (output.demangle, output.no_demangle) {
        (_, true) => Some(false),
        (true, false) => Some(true),
        (false, false) => None,
    };
    out.full_names = output.full_names;
    out.view = View {
        top: text.top,
        sort: text.sort,
        only: text.only,
        function: text.function,
        summary: text.summary,
    };
    out.width = text.width;
    out.color = text.color;
}

fn codegen_and_bounds(out: &mut Args, llc: LlcArgs, bounds: BoundArgs) -> Result<(), clap::Error> {
    let o = &mut out.options;
    o.llc.llc = llc.llc;
    o.llc.jobs = llc.jobs.map(|j| j as usize);
    let c = &mut o.llc.codegen;
    c.triple = llc.mtriple;
    c.opt_level = llc.opt_level;
    c.cpu = llc.mcpu;
    c.attrs = llc.mattr;
    c.relocation_model = llc.relocation_model;
    c.extra_args = llc.llc_args;
    let a = &mut o.analysis;
    a.strict = bounds.strict;
    a.resolve_indirect = bounds.resolve_indirect;
    a.max_stack = bounds.max_stack;
    a.max_reasons = bounds.max_reasons;
    a.entries = bounds.entry.clone();
    a.assumptions = assumptions(&bounds).map_err(|e| {
        Cli::command().error(clap::error::ErrorKind::ValueValidation, format!("{e:#}"))
    })?;
    Ok(())
}

/// The assumptions files, then `--assume` flags over them.
fn assumptions(bounds: &BoundArgs) -> Result<Assumptions> {
    let mut assumptions = Assumptions::default();
    for file in &bounds.assumptions {
        assumptions.merge(Assumptions::load(file)?);
    }
    for flag in &bounds.assume {
        let (name, bytes) =
            Assumptions::parse_flag(flag).with_context(|| anyhow!("`--assume {flag}`"))?;
        assumptions.sizes.insert(name, bytes);
    }
    Ok(assumptions)
}

/// The clap definition, for completions and the man page.
pub fn command() -> clap::Command {
    Cli::command()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Args, clap::Error> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn definition_is_consistent() {
        Cli::command().debug_assert();
        CargoCli::command().debug_assert();
    }

    #[test]
    fn cargo_spellings() {
        use stackbound::cargo::CargoTarget;
        let a = parse_cargo(
            [
                "stackbound",
                "-p",
                "app",
                "--bin",
                "srv",
                "--release",
                "-F",
                "a,b",
                "--features",
                "c",
                "--target",
                "thumbv7em-none-eabi",
                "-O2",
                "--function",
                "main",
            ]
            .map(OsString::from),
        )
        .unwrap();
        let c = a.cargo.unwrap();
        assert_eq!(c.package.as_deref(), Some("app"));
        assert_eq!(c.target, CargoTarget::Bin("srv".into()));
        assert!(c.release);
        assert_eq!(c.features, ["a", "b", "c"]);
        assert_eq!(c.target_triple.as_deref(), Some("thumbv7em-none-eabi"));
        assert_eq!(a.options.llc.codegen.opt_level.as_deref(), Some("2"));
        assert!(parse_cargo(["stackbound", "--bin", "a", "--lib"].map(OsString::from)).is_err());
        assert!(parse_cargo(["other"].map(OsString::from)).is_err());
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
        let a = parse_strs(&[
            "a.ll",
            "-mtriple",
            "riscv64",
            "--llc-arg",
            "-x86-asm-syntax=intel",
        ])
        .unwrap();
        assert_eq!(a.options.llc.codegen.triple.as_deref(), Some("riscv64"));
        assert_eq!(a.options.llc.codegen.extra_args, ["-x86-asm-syntax=intel"]);
    }

    #[test]
    fn annotate_and_crate() {
        let a = parse_strs(&["annotate", "in.ll", "-o", "out.ll", "-O2"]).unwrap();
        assert_eq!(a.action, Action::Annotate);
        assert_eq!(a.inputs, [PathBuf::from("in.ll")]);
        assert_eq!(a.output, Some(PathBuf::from("out.ll")));
        assert_eq!(a.options.llc.codegen.opt_level.as_deref(), Some("2"));
        let a = parse_strs(&["a.ll", "annotate"]).unwrap();
        assert_eq!(
            a.action,
            Action::Analyze,
            "only the first word is the command"
        );
        let a = parse_strs(&["--crate", "../itoa", "--crate-lto"]).unwrap();
        assert_eq!(a.krate, Some(PathBuf::from("../itoa")));
        assert!(a.crate_lto);
        let a = parse_strs(&["completions", "bash"]).unwrap();
        assert_eq!(a.action, Action::Completions(clap_complete::Shell::Bash));
    }

    #[test]
    fn errors() {
        for bad in [
            &["--bogus"][..],
            &["--format", "xml"],
            &["--max-stack"],
            &["-O7"],
            &["--strict=yes"],
            &["--assume", "x"],
            &["--sort", "size"],
            &["--only", "some"],
            &["--color", "sometimes"],
            &["--function", "a[b"],
            &["--top", "x"],
            &["-j0"],
            &["--crate-lto"],
            &["annotate"],
        ] {
            assert!(parse_strs(bad).is_err(), "{bad:?}");
        }
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
        assert_eq!(a.view.sort, SortKey::Bound);
        assert_eq!(a.view.only, Some(Only::Incomplete));
        assert!(a.view.function.as_ref().unwrap().matches("sqlite3Malloc"));
        assert_eq!(a.view.summary, SummaryMode::Never);
        assert_eq!((a.width, a.color), (Some(80), ColorWhen::Always));
        assert!(a.full_names);
        assert_eq!(a.demangle, Some(false));
    }
}
