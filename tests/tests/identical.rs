//! Byte-identity of the custom llc against the stock llc of the same LLVM version.
//!
//! For every `.ll` file in `tests/corpus/` (clang-22 C at -O0/-O2/-Oz for x86_64 and aarch64,
//! rustc for x86_64; see tests/corpus/regen.sh) and a few codegen option sets, both llcs compile
//! to an object file and the objects must be equal byte for byte:
//!
//! - without `-stack-report`: the overlay link of the custom llc is sound and the pass is inert
//!   when it is off;
//! - with `-stack-report=<file>`: the pass only observes, it never changes the code; and the report
//!   it writes is complete (module record first, `end` record last) and covers every function
//!   the module defines, plus every `OUTLINED_FUNCTION_*` the machine outliner created.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use stackbound_tests::cases::corpus_files;
use stackbound_tests::*;

/// A corpus file compiled with one set of llc options.
#[derive(Debug, Clone)]
struct Case {
    file: PathBuf,
    triple: String,
    args: Vec<&'static str>,
}

impl Case {
    fn stem(&self) -> String {
        self.file
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned()
    }
    /// A name for messages and scratch files, e.g. `c-vla-aarch64-O2.ll[-O2 -enable-machine-outliner]`.
    fn label(&self) -> String {
        format!(
            "{}[{}]",
            self.file.file_name().unwrap().to_string_lossy(),
            self.args.join(" ")
        )
    }
    fn id(&self) -> String {
        let tag: String = self
            .args
            .join("")
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '=')
            .collect();
        format!("{}.{}", self.stem(), tag.replace('=', "_"))
    }
}

fn corpus_dir() -> PathBuf {
    workspace_root().join("tests/corpus")
}

/// Option sets per triple. Every file gets -O2 and -O0; AArch64 also runs the machine outliner on
/// every function (on its own it only runs on minsize ones), x86-64 also builds PIC code (GOT/PLT
/// relocations, different call sequences).
fn option_sets(triple: &str) -> Vec<Vec<&'static str>> {
    let mut sets = vec![vec!["-O2"], vec!["-O0"]];
    if triple.starts_with("aarch64") {
        sets.push(vec!["-O2", "-enable-machine-outliner"]);
    }
    if triple.starts_with("x86_64") {
        sets.push(vec!["-O2", "-relocation-model=pic"]);
    }
    sets
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for file in corpus_files() {
        let ir = std::fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("reading {}: {e}", file.display()));
        let triple = ir_target_triple(&ir).unwrap_or_else(|| {
            panic!(
                "{}: no `target triple` line; every corpus file must name its triple",
                file.display()
            )
        });
        for args in option_sets(&triple) {
            out.push(Case {
                file: file.clone(),
                triple: triple.clone(),
                args,
            });
        }
    }
    assert!(
        !out.is_empty(),
        "no corpus files in {}",
        corpus_dir().display()
    );
    out
}

/// `llc <args> -mtriple=<triple> -filetype=obj <file> -o <out> [extra]`, returning the object.
fn compile(llc: &Path, case: &Case, out: &Path, extra: &[String]) -> Result<Vec<u8>, String> {
    let mut cmd = Command::new(llc);
    cmd.args(&case.args)
        .arg(format!("-mtriple={}", case.triple))
        .arg("-filetype=obj")
        .arg(&case.file)
        .arg("-o")
        .arg(out)
        .args(extra);
    try_run(&mut cmd).map_err(|e| format!("{}: llc failed\n{e}", case.label()))?;
    std::fs::read(out).map_err(|e| format!("{}: reading {}: {e}", case.label(), out.display()))
}

/// Compares two objects; on a mismatch says where, in which section, and how to look.
fn compare(
    case: &Case,
    what: &str,
    stock: (&Path, &[u8]),
    custom: (&Path, &[u8]),
) -> Result<(), String> {
    let Some(at) = first_difference(stock.1, custom.1) else {
        return Ok(());
    };
    let section = elf_section_at(stock.1, at).unwrap_or_else(|| "?".into());
    Err(format!(
        "{label}: {what}: the objects differ\n\
         \x20 stock llc:  {sp} ({sn} bytes)\n\
         \x20 custom llc: {cp} ({cn} bytes)\n\
         \x20 first difference at offset {at} ({at:#x}), in the stock object's {section}\n\
         \x20 stock  bytes: {sh}\n\
         \x20 custom bytes: {ch}\n\
         \x20 to look: diff <({objdump} -dr {sp}) <({objdump} -dr {cp})",
        label = case.label(),
        sp = stock.0.display(),
        sn = stock.1.len(),
        cp = custom.0.display(),
        cn = custom.1.len(),
        sh = hex_window(stock.1, at),
        ch = hex_window(custom.1, at),
        objdump = llvm_bin_dir().join("llvm-objdump").display(),
    ))
}

/// Runs `check` over every case in parallel, then fails with every failure at once.
fn for_all_cases(test: &str, check: impl Fn(&Case, &Path) -> Result<(), String> + Sync) {
    let cases = cases();
    let scratch = Scratch::new(test);
    let dir = scratch.path();
    let results = par_map(&cases, |case| check(case, dir));
    let failures: Vec<String> = results
        .into_iter()
        .zip(&cases)
        .filter_map(|(r, case)| match r {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(e),
            Err(panic) => Some(format!("{}: panicked: {panic}", case.label())),
        })
        .collect();
    let files: BTreeSet<_> = cases.iter().map(|c| &c.file).collect();
    eprintln!(
        "{test}: {} cases over {} corpus files: {} passed, {} failed",
        cases.len(),
        files.len(),
        cases.len() - failures.len(),
        failures.len()
    );
    if !failures.is_empty() {
        // Every failure in full up to a point; past it, one line each (a broken llc fails all).
        const FULL: usize = 12;
        let mut msg = failures
            .iter()
            .take(FULL)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n");
        if failures.len() > FULL {
            msg.push_str(&format!(
                "\n\n... and {} more, first lines only:\n",
                failures.len() - FULL
            ));
            for f in &failures[FULL..] {
                msg.push_str("  ");
                msg.push_str(f.lines().next().unwrap_or(""));
                msg.push('\n');
            }
        }
        panic!(
            "{test}: {} of {} cases failed:\n\n{msg}",
            failures.len(),
            cases.len()
        );
    }
}

fn remove(paths: &[&Path]) {
    for p in paths {
        let _ = std::fs::remove_file(p);
    }
}

/// The corpus is what docs/testing.md says it is: enough files, both triples, C and Rust, every
/// file listed in MANIFEST (so it can be regenerated), and within the size budget.
#[test]
fn corpus_composition() {
    let files = corpus_files();
    assert!(
        files.len() >= 24,
        "the corpus has {} .ll files; at least 24 are required",
        files.len()
    );
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let mut triples = BTreeSet::new();
    let mut total = 0u64;
    for f in &files {
        let ir = std::fs::read_to_string(f).unwrap();
        let triple =
            ir_target_triple(&ir).unwrap_or_else(|| panic!("{}: no target triple", f.display()));
        triples.insert(triple);
        let n = ir_defined_functions(&ir).len();
        assert!(n > 0, "{}: defines no function", f.display());
        let size = std::fs::metadata(f).unwrap().len();
        assert!(
            size < 300 * 1024,
            "{}: {size} bytes; keep corpus files under 300 KB",
            f.display()
        );
        total += size;
    }
    assert!(
        total < 4 * 1024 * 1024,
        "the corpus is {total} bytes; keep it under 4 MB (six triples)"
    );
    for t in [
        "x86_64-unknown-linux-gnu",
        "aarch64-unknown-linux-gnu",
        "thumbv7em-unknown-none-eabi",
        "armv7-unknown-linux-gnueabihf",
        "riscv32-unknown-unknown-elf",
        "riscv64-unknown-linux-gnu",
    ] {
        assert!(
            triples.contains(t),
            "no corpus file for {t}; triples seen: {triples:?}"
        );
        let arch = t.split('-').next().unwrap();
        for opt in ["O0", "O2"] {
            let want = format!("-{arch}-{opt}.ll");
            assert!(
                names
                    .iter()
                    .any(|n| n.starts_with("c-") && n.ends_with(&want)),
                "no C corpus file for {t} at -{opt}"
            );
        }
    }
    assert!(
        names.iter().any(|n| n.starts_with("rust-")),
        "no rustc-generated corpus file"
    );

    let manifest_path = corpus_dir().join("MANIFEST");
    let manifest = std::fs::read_to_string(&manifest_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run tests/corpus/regen.sh)",
            manifest_path.display()
        )
    });
    let listed: BTreeSet<String> = manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split(':').next().unwrap().to_string())
        .collect();
    let present: BTreeSet<String> = names.into_iter().collect();
    assert_eq!(
        listed, present,
        "tests/corpus/MANIFEST and the .ll files disagree; regenerate with tests/corpus/regen.sh"
    );
}

/// Control: the stock llc itself is deterministic on the corpus, so any difference below is the
/// custom llc's.
#[test]
fn stock_llc_is_deterministic() {
    let stock = stock_llc();
    for_all_cases("stock-determinism", |case, dir| {
        let a = dir.join(format!("{}.1.o", case.id()));
        let b = dir.join(format!("{}.2.o", case.id()));
        let oa = compile(stock, case, &a, &[])?;
        let ob = compile(stock, case, &b, &[])?;
        compare(case, "stock llc run twice", (&a, &oa), (&b, &ob))?;
        remove(&[&a, &b]);
        Ok(())
    });
}

/// Without `-stack-report` the custom llc writes the same bytes as the stock one.
#[test]
fn identical_without_report() {
    let (stock, custom) = (stock_llc(), custom_llc());
    for_all_cases("identical-without-report", |case, dir| {
        let s = dir.join(format!("{}.stock.o", case.id()));
        let c = dir.join(format!("{}.custom.o", case.id()));
        let so = compile(stock, case, &s, &[])?;
        let co = compile(custom, case, &c, &[])?;
        compare(case, "without -stack-report", (&s, &so), (&c, &co))?;
        remove(&[&s, &c]);
        Ok(())
    });
}

/// With `-stack-report` the object is still the stock one, and the report is complete.
#[test]
fn identical_with_report() {
    let (stock, custom) = (stock_llc(), custom_llc());
    for_all_cases("identical-with-report", |case, dir| {
        let s = dir.join(format!("{}.stock.o", case.id()));
        let c = dir.join(format!("{}.report.o", case.id()));
        let r = dir.join(format!("{}.jsonl", case.id()));
        let so = compile(stock, case, &s, &[])?;
        let co = compile(
            custom,
            case,
            &c,
            &[format!("-stack-report={}", r.display())],
        )?;
        compare(case, "with -stack-report", (&s, &so), (&c, &co))?;
        check_report(case, &r, &co)
            .map_err(|e| format!("{}: report {}: {e}", case.label(), r.display()))?;
        remove(&[&s, &c, &r]);
        Ok(())
    });
}

/// stackbound runs llc with `-filetype=null` (it needs the records, not the object): the
/// records must be the same bytes as those of an object-emitting run.
#[test]
fn records_without_an_object_are_the_same() {
    let custom = custom_llc();
    for_all_cases("records-without-object", |case, dir| {
        let o = dir.join(format!("{}.null-check.o", case.id()));
        let with_object = dir.join(format!("{}.obj.jsonl", case.id()));
        let without = dir.join(format!("{}.null.jsonl", case.id()));
        compile(
            custom,
            case,
            &o,
            &[format!("-stack-report={}", with_object.display())],
        )?;
        let mut cmd = Command::new(custom);
        cmd.args(&case.args)
            .arg(format!("-mtriple={}", case.triple))
            .arg("-filetype=null")
            .arg(&case.file)
            .arg("-o")
            .arg("/dev/null")
            .arg(format!("-stack-report={}", without.display()));
        try_run(&mut cmd)
            .map_err(|e| format!("{}: llc -filetype=null failed\n{e}", case.label()))?;
        let read = |p: &Path| std::fs::read(p).map_err(|e| format!("reading {}: {e}", p.display()));
        let (a, b) = (read(&with_object)?, read(&without)?);
        if let Some(at) = first_difference(&a, &b) {
            return Err(format!(
                "{}: the records differ at byte {at}: {} (-filetype=obj) vs {} (-filetype=null)",
                case.label(),
                with_object.display(),
                without.display()
            ));
        }
        remove(&[&o, &with_object, &without]);
        Ok(())
    });
}

fn check_report(case: &Case, report: &Path, object: &[u8]) -> Result<(), String> {
    let rep = read_report(report)?;
    if rep.module.triple != case.triple {
        return Err(format!(
            "module triple {:?} is not the IR's {:?}",
            rep.module.triple, case.triple
        ));
    }
    let file_name = case.file.file_name().unwrap().to_string_lossy();
    if !rep.module.module_id.ends_with(file_name.as_ref()) {
        return Err(format!(
            "module_id {:?} is not the input file {file_name}",
            rep.module.module_id
        ));
    }
    let mut seen = BTreeSet::new();
    for f in &rep.functions {
        let name = f.name.as_str();
        if f.triple != case.triple {
            return Err(format!(
                "function {name}: triple {:?} is not {:?}",
                f.triple, case.triple
            ));
        }
        if !seen.insert(name) {
            return Err(format!("function {name} has two records"));
        }
        // x86-64's call pushes the return address: every function is at least 8 deep.
        if case.triple.starts_with("x86_64") && f.own_depth < 8 {
            return Err(format!(
                "function {name}: own_depth {} < 8 on x86-64 (the return address)",
                f.own_depth
            ));
        }
    }
    let ir = std::fs::read_to_string(&case.file).unwrap();
    let missing: Vec<String> = ir_defined_functions(&ir)
        .into_iter()
        .filter(|n| !seen.contains(n.as_str()))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "{} defined functions have no record: {}",
            missing.len(),
            missing.join(", ")
        ));
    }
    // Functions that codegen created (the machine outliner's) must be reported too: that shows the
    // pass runs after the outliner.
    if contains(object, b"OUTLINED_FUNCTION_") {
        let outlined = outlined_symbols(object)?;
        let missing: Vec<&String> = outlined
            .iter()
            .filter(|n| !seen.contains(n.as_str()))
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "the object has outlined functions without a record (does the pass run after the machine outliner?): {missing:?}"
            ));
        }
    }
    Ok(())
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn outlined_symbols(object: &[u8]) -> Result<BTreeSet<String>, String> {
    let tmp = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
    std::fs::write(tmp.path(), object).map_err(|e| e.to_string())?;
    let out = try_run(
        Command::new(llvm_tool("llvm-nm"))
            .arg("--defined-only")
            .arg("--format=just-symbols")
            .arg(tmp.path()),
    )
    .map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::trim)
        .filter(|s| s.starts_with("OUTLINED_FUNCTION_"))
        .map(String::from)
        .collect())
}

/// When `-stack-report` is not given, the custom llc writes no file besides its output.
#[test]
fn no_report_without_the_option() {
    let custom = custom_llc();
    let scratch = Scratch::new("no-report");
    let cwd = scratch.path().join("cwd");
    std::fs::create_dir(&cwd).unwrap();
    let out = scratch.path().join("out.o");
    for file in corpus_files().iter().step_by(7) {
        let mut cmd = Command::new(custom);
        cmd.current_dir(&cwd)
            .arg("-O2")
            .arg("-filetype=obj")
            .arg(file)
            .arg("-o")
            .arg(&out);
        run(&mut cmd);
        let stray: Vec<_> = std::fs::read_dir(&cwd)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(
            stray.is_empty(),
            "{}: llc without -stack-report left files in its cwd: {stray:?}",
            file.display()
        );
    }
}

/// With `-stack-report-section` the code is still the stock code (the object only gains its
/// `.stackbound` sections), and the records in the object are those of the file, function for
/// function: every function the object defines has one.
#[test]
fn records_in_the_object_are_the_records_of_the_file() {
    use stackbound_tests::sections::{read, same_code_besides_records};
    let (stock, custom) = (stock_llc(), custom_llc());
    for_all_cases("records-in-object", |case, dir| {
        let s = dir.join(format!("{}.stock-sec.o", case.id()));
        let c = dir.join(format!("{}.section.o", case.id()));
        let r = dir.join(format!("{}.section.jsonl", case.id()));
        let so = compile(stock, case, &s, &[])?;
        compile(
            custom,
            case,
            &c,
            &[
                format!("-stack-report={}", r.display()),
                "-stack-report-section".into(),
            ],
        )?;
        let co = read(&c)?;
        if let Some(difference) = same_code_besides_records(&so, &co)? {
            return Err(format!(
                "{}: with -stack-report-section the code differs from the stock llc's: {difference} \
                 ({} vs {})",
                case.label(),
                s.display(),
                c.display()
            ));
        }
        let from_file = stackbound::records::read_file(&r).map_err(|e| e.to_string())?;
        let in_object = stackbound::objects::read_all(std::slice::from_ref(&c))
            .map_err(|e| format!("{}: {e}", case.label()))?;
        let [file_module] = from_file.as_slice() else {
            return Err(format!(
                "{}: {} modules in the file",
                case.label(),
                from_file.len()
            ));
        };
        let [object_module] = in_object.modules.as_slice() else {
            return Err(format!(
                "{}: {} modules in the object",
                case.label(),
                in_object.modules.len()
            ));
        };
        if object_module.module != file_module.module
            || object_module.symbols != file_module.symbols
        {
            return Err(format!(
                "{}: the module or symbols record differs",
                case.label()
            ));
        }
        let sorted = |m: &stackbound::records::ModuleReport| {
            let mut f: Vec<String> = m
                .functions
                .iter()
                .map(|f| serde_json::to_string(f).unwrap())
                .collect();
            f.sort();
            f
        };
        if sorted(object_module) != sorted(file_module) {
            return Err(format!(
                "{}: the function records differ: {} in the object, {} in the file",
                case.label(),
                object_module.functions.len(),
                file_module.functions.len()
            ));
        }
        if let Some(u) = in_object.unrecorded.first() {
            return Err(format!(
                "{}: {} is defined in the object without a record",
                case.label(),
                u.name
            ));
        }
        remove(&[&s, &c, &r]);
        Ok(())
    });
}
