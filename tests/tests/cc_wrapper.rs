//! stackbound-cc and stackbound-cxx, the compiler wrappers (docs/build-systems.md).
//!
//! The proof that the wrapper's llc makes the code clang makes: the C files in tests/cc/ are
//! compiled with plain `clang-22 -c` and with `stackbound-cc -c` for a matrix of flags and
//! targets, and every section's bytes, every relocation, every symbol and the ELF flags must be
//! equal. Only the records (`.stackbound*`) may differ, and what refers to sections or symbols
//! by index (symbol tables, `.llvm_addrsig`, `.group`) is compared by name, since the records add
//! sections and symbols. Then what passes through to clang (preprocessing, linking, assembly,
//! -flto) behaves as clang, dependency files name the real object, two compiles give the same
//! bytes, failures keep clang's status and message, and ccache caches the wrapper's objects.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use object::{Object, ObjectSection, ObjectSymbol, RelocationTarget, SectionIndex, SymbolIndex};
use stackbound_tests::{custom_llc, llvm_tool, par_map, run, try_run, workspace_root, Scratch};

fn bin(name: &str) -> PathBuf {
    stackbound_tests::stackbound_bin(name)
}

/// The llc the wrapper runs: the custom llc (`STACKBOUND_LLC`, else target/llc/bin/llc).
fn wrapper_llc() -> PathBuf {
    custom_llc().to_path_buf()
}

fn clang() -> PathBuf {
    llvm_tool("clang")
}

fn clangxx() -> PathBuf {
    llvm_tool("clang++")
}

/// `NAME` in `dir`, with the custom llc, the clang the tests compare with, and nothing of the
/// caller's wrapper settings.
fn wrapper(name: &str, dir: &Path) -> Command {
    let mut cmd = Command::new(bin(name));
    cmd.current_dir(dir)
        .env("STACKBOUND_LLC", wrapper_llc())
        // The clang the objects are compared with.
        .env("STACKBOUND_CLANG", clang())
        .env("STACKBOUND_CLANGXX", clangxx())
        .env_remove("STACKBOUND_CC_STRICT")
        .env_remove("STACKBOUND_CC_ACTIVE");
    cmd
}

fn cc(dir: &Path) -> Command {
    wrapper("stackbound-cc", dir)
}

fn in_dir(program: PathBuf, dir: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(dir);
    cmd
}

fn source(name: &str) -> PathBuf {
    workspace_root().join("tests/cc").join(name)
}

const C_SOURCES: [&str; 5] = ["calls.c", "floats.c", "tls.c", "switch.c", "globals.c"];

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Comparing objects

/// Sections the records add: `.stackbound`, `.stackbound.modules` and their relocations.
fn is_record_section(name: &str) -> bool {
    let base = name
        .strip_prefix(".rela")
        .or_else(|| name.strip_prefix(".rel"))
        .unwrap_or(name);
    base.starts_with(".stackbound")
}

fn section_name(file: &object::File, index: SectionIndex) -> String {
    file.section_by_index(index)
        .ok()
        .and_then(|s| s.name().ok().map(str::to_string))
        .unwrap_or_else(|| format!("<section {}>", index.0))
}

fn symbol_name(file: &object::File, index: SymbolIndex) -> String {
    match file.symbol_by_index(index) {
        Ok(sym) if sym.kind() == object::SymbolKind::Section => match sym.section_index() {
            Some(s) => format!("section {}", section_name(file, s)),
            None => "section ?".into(),
        },
        Ok(sym) => sym.name().unwrap_or("?").to_string(),
        Err(_) => format!("<symbol {}>", index.0),
    }
}

/// One object as comparable text lines: every field that must be equal, indices resolved to
/// names. Section order is kept (minus the record sections).
fn describe(bytes: &[u8]) -> Vec<String> {
    let file = object::File::parse(bytes).expect("an object file");
    let mut lines = vec![
        format!("architecture {:?}", file.architecture()),
        format!("flags {:?}", file.flags()),
    ];
    for section in file.sections() {
        let name = section.name().unwrap_or("?").to_string();
        if is_record_section(&name) || matches!(name.as_str(), ".symtab" | ".strtab" | ".shstrtab")
        {
            continue;
        }
        // Relocation sections are described through their target's relocations.
        if name.starts_with(".rela") || name.starts_with(".rel.") {
            continue;
        }
        // A COMDAT group also holds its functions' records: its size is compared as its
        // member list below.
        let size = if name == ".group" {
            String::new()
        } else {
            format!(" size {}", section.size())
        };
        lines.push(format!(
            "section {name} {:?} {:?} align {}{size}",
            section.kind(),
            section.flags(),
            section.align(),
        ));
        let data = section.data().unwrap_or(&[]);
        match section.flags() {
            object::SectionFlags::Elf { .. } if name == ".llvm_addrsig" => {
                lines.push(format!("  addrsig {:?}", addrsig_names(&file, data)));
            }
            _ if name == ".group" => {
                let words: Vec<u32> = data
                    .chunks_exact(4)
                    .map(|w| u32::from_ne_bytes(w.try_into().unwrap()))
                    .collect();
                let members: Vec<String> = words
                    .iter()
                    .skip(1)
                    .map(|&i| section_name(&file, SectionIndex(i as usize)))
                    .filter(|n| !is_record_section(n))
                    .collect();
                lines.push(format!("  group {:?} {members:?}", words.first()));
            }
            _ if section.kind() != object::SectionKind::UninitializedData => {
                lines.push(format!("  bytes {}", hex(data)));
            }
            _ => {}
        }
        for (offset, reloc) in section.relocations() {
            let target = match reloc.target() {
                RelocationTarget::Symbol(s) => symbol_name(&file, s),
                RelocationTarget::Section(s) => format!("section {}", section_name(&file, s)),
                other => format!("{other:?}"),
            };
            lines.push(format!(
                "  reloc {offset:#x} {:?} {target} {:+}",
                reloc.flags(),
                reloc.addend()
            ));
        }
    }
    // Section symbols are what relocations name (compared above, by section name); the
    // records' relocations may add one. They also name each function's entry label, which
    // RISC-V (linker relaxation) keeps as a local symbol `.L0 `: a symbol only the records
    // name is theirs.
    let referenced = |records: bool| -> std::collections::HashSet<SymbolIndex> {
        file.sections()
            .filter(|s| is_record_section(s.name().unwrap_or("")) == records)
            .flat_map(|s| s.relocations().collect::<Vec<_>>())
            .filter_map(|(_, r)| match r.target() {
                RelocationTarget::Symbol(s) => Some(s),
                _ => None,
            })
            .collect()
    };
    let (by_records, by_code) = (referenced(true), referenced(false));
    let mut symbols: Vec<String> = file
        .symbols()
        .filter(|s| {
            !s.section_index()
                .is_some_and(|i| is_record_section(&section_name(&file, i)))
                && s.kind() != object::SymbolKind::Section
                && !is_mapping_symbol(s.name().unwrap_or(""))
                && (s.scope() != object::SymbolScope::Compilation
                    || !by_records.contains(&s.index())
                    || by_code.contains(&s.index()))
        })
        .map(|s| {
            let section = s
                .section_index()
                .map_or_else(|| format!("{:?}", s.section()), |i| section_name(&file, i));
            format!(
                "symbol {:?} {:?} {:?} weak={} {:#x} size {} in {section}",
                s.name().unwrap_or("?"),
                s.kind(),
                s.scope(),
                s.is_weak(),
                s.address(),
                s.size()
            )
        })
        .collect();
    symbols.sort();
    lines.extend(symbols);
    lines.extend(mapping_states(&file));
    lines
}

/// ARM (`$a`, `$t`, `$d`) and RISC-V (`$x`, `$d`) mapping symbols: which kind of bytes start
/// where. Switching to a record section and back makes the assembler repeat the current one.
fn is_mapping_symbol(name: &str) -> bool {
    let kind = name.split('.').next().unwrap_or("");
    matches!(kind, "$a" | "$t" | "$d" | "$x")
}

/// Per section, the mapping state changes (address and kind), repeats of the same kind dropped.
fn mapping_states(file: &object::File) -> Vec<String> {
    let mut by_section: BTreeMap<String, Vec<(u64, String)>> = BTreeMap::new();
    for s in file.symbols() {
        let name = s.name().unwrap_or("");
        if !is_mapping_symbol(name) {
            continue;
        }
        let Some(i) = s.section_index() else { continue };
        if is_record_section(&section_name(file, i)) {
            continue;
        }
        let kind = name.split('.').next().unwrap_or("").to_string();
        by_section
            .entry(section_name(file, i))
            .or_default()
            .push((s.address(), kind));
    }
    let mut out = Vec::new();
    for (section, mut marks) in by_section {
        marks.sort();
        let mut last: Option<String> = None;
        for (address, kind) in marks {
            if last.as_deref() != Some(&kind) {
                out.push(format!("mapping {section} {address:#x} {kind}"));
                last = Some(kind);
            }
        }
    }
    out
}

/// `.llvm_addrsig`: ULEB128 symbol indices, as the names they stand for.
fn addrsig_names(file: &object::File, mut data: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    while !data.is_empty() {
        let (mut value, mut shift) = (0usize, 0);
        loop {
            let byte = data[0];
            data = &data[1..];
            value |= usize::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                break;
            }
        }
        names.push(symbol_name(file, SymbolIndex(value)));
    }
    names
}

fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02x}")).collect()
}

/// Equal code: every line of [`describe`]; on a difference, the first few differing lines.
fn assert_same_code(what: &str, clang_obj: &Path, wrapped_obj: &Path) {
    let read = |p: &Path| std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let a = describe(&read(clang_obj));
    let b = describe(&read(wrapped_obj));
    if a == b {
        return;
    }
    let mut diff = Vec::new();
    let (only_a, only_b): (Vec<_>, Vec<_>) = (
        a.iter().filter(|l| !b.contains(l)).take(6).collect(),
        b.iter().filter(|l| !a.contains(l)).take(6).collect(),
    );
    for l in only_a {
        diff.push(format!("- clang:   {}", truncate(l)));
    }
    for l in only_b {
        diff.push(format!("+ wrapper: {}", truncate(l)));
    }
    panic!(
        "{what}: {} and {} differ:\n{}",
        clang_obj.display(),
        wrapped_obj.display(),
        diff.join("\n")
    );
}

fn truncate(line: &str) -> String {
    if line.len() > 300 {
        format!("{}...", &line[..300])
    } else {
        line.to_string()
    }
}

// ---------------------------------------------------------------------------------------------
// The matrix

const X86_FLAGS: &[&[&str]] = &[
    &["-O0"],
    &["-O1"],
    &["-O2"],
    &["-O3"],
    &["-Os"],
    &["-Oz"],
    &["-O2", "-fPIC"],
    &["-O2", "-fPIE"],
    &["-O2", "-fno-pic"],
    &["-O0", "-fno-pic"],
    &["-O2", "-ffunction-sections", "-fdata-sections"],
    &["-O2", "-ffunction-sections", "-fno-unique-section-names"],
    &["-O2", "-fomit-frame-pointer"],
    &["-O0", "-fomit-frame-pointer"],
    &["-O2", "-fno-omit-frame-pointer"],
    &["-O2", "-mno-red-zone"],
    &["-O0", "-mno-red-zone"],
    &["-O2", "-march=x86-64-v3"],
    &["-O2", "-g"],
    &["-O0", "-g"],
    &["-O2", "-ffast-math"],
    &["-O2", "-fstack-protector-strong"],
    &["-O2", "-mcmodel=large"],
    &["-O2", "-mtls-dialect=gnu2"],
    &["-O2", "-femulated-tls"],
    &["-O2", "-fstack-size-section"],
    &["-O2", "-fno-asynchronous-unwind-tables"],
    &["-O2", "-g", "-gsplit-dwarf"],
    &["-O2", "-ffunction-sections", "-fbasic-block-sections=all"],
    &["-O2", "-march=x86-64-v3", "-fveclib=libmvec", "-ffast-math"],
    &["-O2", "-ffp-contract=fast"],
    &["-O2", "-fPIC", "-fno-plt"],
    &["-O2", "-fno-zero-initialized-in-bss", "-fno-use-init-array"],
    &["-O2", "-fstack-clash-protection"],
    &["-O1", "-fxray-instrument", "-fxray-instruction-threshold=1"],
    &["-O2", "-mrelax-all"],
    &["-O2", "-falign-loops=32", "-fbinutils-version=2.30"],
    &["-O2", "-fbasic-block-address-map", "-fforce-dwarf-frame"],
    &["-O2", "-g", "-gdwarf64", "-gstrict-dwarf"],
    &["-O2", "-fPIC", "-Wa,-mrelax-relocations=no"],
    &["-O2", "-mllvm", "-align-all-functions=6"],
    &[
        "-O1",
        "-fxray-instrument",
        "-fxray-instruction-threshold=1",
        "-fno-xray-function-index",
    ],
    &["-O2", "-fexperimental-call-graph-section"],
    &["-O1", "-fsanitize=address"],
    &["-O2", "-fsanitize=undefined"],
    &["-O2", "-fprofile-instr-generate", "-fcoverage-mapping"],
    &["-O2", "--coverage"],
];

const CROSS: &[(&[&str], &[&[&str]])] = &[
    (
        &["--target=aarch64-linux-gnu"],
        &[
            &["-O0"],
            &["-O2"],
            &["-Os"],
            &["-O2", "-fPIC"],
            &["-O2", "-fno-omit-frame-pointer"],
            &["-O2", "-g"],
            &["-O2", "-mbranch-protection=standard"],
            &["-O2", "-mtls-size=24"],
        ],
    ),
    (
        &[
            "--target=thumbv7em-none-eabi",
            "-mcpu=cortex-m4",
            "-mfloat-abi=hard",
        ],
        &[
            &["-O0"],
            &["-O2"],
            &["-Os"],
            &["-O2", "-ffunction-sections"],
            &["-O2", "-g"],
            &["-O2", "-meabi", "gnu", "-mthread-model", "single"],
        ],
    ),
    (
        &["--target=riscv32-unknown-elf", "-march=rv32imac"],
        &[
            &["-O0"],
            &["-O2"],
            &["-Os"],
            &["-O2", "-mno-relax"],
            &["-O2", "-g"],
        ],
    ),
];

struct Config {
    flags: Vec<&'static str>,
}

fn configs() -> Vec<Config> {
    let mut out: Vec<Config> = X86_FLAGS
        .iter()
        .map(|f| Config { flags: f.to_vec() })
        .collect();
    for (target, sets) in CROSS {
        for set in *sets {
            let mut flags = target.to_vec();
            flags.extend_from_slice(set);
            out.push(Config { flags });
        }
    }
    out
}

/// All C sources in one command (several inputs, no -o: objects named as clang names them),
/// once by clang and once by the wrapper, in the same directory (debug info names it), each
/// compiler's objects then moved into a directory of their own.
fn compile_both(scratch: &Path, index: usize, flags: &[&str]) -> (PathBuf, PathBuf) {
    let work = scratch.join(index.to_string());
    let plain = work.join("clang");
    let wrapped = work.join("wrapper");
    for (dir, mut cmd) in [(&plain, in_dir(clang(), &work)), (&wrapped, cc(&work))] {
        std::fs::create_dir_all(dir).unwrap();
        cmd.current_dir(&work).arg("-c").args(flags);
        for s in C_SOURCES {
            cmd.arg(source(s));
        }
        run(&mut cmd);
        for s in C_SOURCES {
            let obj = s.replace(".c", ".o");
            std::fs::rename(work.join(&obj), dir.join(&obj)).unwrap();
        }
    }
    (plain, wrapped)
}

#[test]
fn objects_have_clangs_code_for_every_flag_and_target() {
    let scratch = Scratch::new("cc-matrix");
    let configs = configs();
    let indexed: Vec<(usize, &Config)> = configs.iter().enumerate().collect();
    let results = par_map(&indexed, |(i, config)| {
        let (plain, wrapped) = compile_both(scratch.path(), *i, &config.flags);
        for s in C_SOURCES {
            let obj = s.replace(".c", ".o");
            assert_same_code(
                &format!("{s} with {}", config.flags.join(" ")),
                &plain.join(&obj),
                &wrapped.join(&obj),
            );
        }
    });
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    assert!(
        failures.is_empty(),
        "{} of {} configurations differ:\n\n{}",
        failures.len(),
        configs.len(),
        failures.join("\n\n")
    );
}

#[test]
fn cxx_objects_have_clangs_code() {
    let scratch = Scratch::new("cc-cxx");
    for (i, flags) in [
        &["-O0"][..],
        &["-O2"],
        &["-O2", "-ffunction-sections", "-fPIC"],
    ]
    .iter()
    .enumerate()
    {
        let a = scratch.path().join(format!("{i}-clang.o"));
        let b = scratch.path().join(format!("{i}-wrapper.o"));
        run(in_dir(clangxx(), scratch.path())
            .args(*flags)
            .arg("-c")
            .arg(source("classes.cpp"))
            .arg("-o")
            .arg(&a));
        run(wrapper("stackbound-cxx", scratch.path())
            .args(*flags)
            .arg("-c")
            .arg(source("classes.cpp"))
            .arg("-o")
            .arg(&b));
        assert_same_code(&format!("classes.cpp with {flags:?}"), &a, &b);
    }
}

#[test]
fn the_subcommands_are_the_wrappers() {
    let scratch = Scratch::new("cc-subcommand");
    let dir = scratch.path();
    let stackbound = |sub: &str| {
        let mut cmd = wrapper("stackbound", dir);
        cmd.arg(sub);
        cmd
    };
    // -mcpu= is clang's here, not one of stackbound's llc spellings.
    let flags = [
        "--target=thumbv7em-none-eabi",
        "-mcpu=cortex-m4",
        "-mfloat-abi=hard",
        "-O2",
        "-c",
    ];
    run(in_dir(clang(), dir)
        .args(flags)
        .arg(source("calls.c"))
        .arg("-o")
        .arg("clang.o"));
    run(stackbound("cc")
        .args(flags)
        .arg(source("calls.c"))
        .arg("-o")
        .arg("sub.o"));
    assert_same_code("stackbound cc", &dir.join("clang.o"), &dir.join("sub.o"));
    run(in_dir(clangxx(), dir)
        .args(["-O2", "-c"])
        .arg(source("classes.cpp"))
        .arg("-o")
        .arg("clang++.o"));
    run(stackbound("c++")
        .args(["-O2", "-c"])
        .arg(source("classes.cpp"))
        .arg("-o")
        .arg("sub++.o"));
    assert_same_code(
        "stackbound c++",
        &dir.join("clang++.o"),
        &dir.join("sub++.o"),
    );
    // --help is clang's too.
    let help = run(stackbound("cc").arg("--help"));
    assert!(
        String::from_utf8_lossy(&help.stdout).contains("clang LLVM compiler"),
        "stackbound cc --help is not clang's help"
    );
}

#[test]
fn assembly_output_is_clangs() {
    let scratch = Scratch::new("cc-asm");
    let dir = scratch.path();
    for flags in [
        &["-O2"][..],
        &["-O0", "-g"],
        &["-O2", "-fno-verbose-asm"],
        &["-O2", "-g", "-fno-integrated-as"],
        &["--target=aarch64-linux-gnu", "-O2"],
    ] {
        run(in_dir(clang(), dir)
            .args(flags)
            .arg("-S")
            .arg(source("switch.c"))
            .arg("-o")
            .arg("clang.s"));
        run(cc(dir)
            .args(flags)
            .arg("-S")
            .arg(source("switch.c"))
            .arg("-o")
            .arg("wrapper.s"));
        let a = std::fs::read_to_string(dir.join("clang.s")).unwrap();
        let b = without_records(&std::fs::read_to_string(dir.join("wrapper.s")).unwrap());
        assert!(
            b.len()
                < std::fs::read_to_string(dir.join("wrapper.s"))
                    .unwrap()
                    .len(),
            "-S {flags:?}: no records in the wrapper's assembly"
        );
        let differing = a
            .lines()
            .zip(b.lines())
            .find(|(x, y)| x != y)
            .map(|(x, y)| format!("clang: {x}\nwrapper: {y}"));
        assert!(
            a == b,
            "-S {flags:?}: the assembly differs ({} vs {} lines); first difference:\n{}",
            a.lines().count(),
            b.lines().count(),
            differing.unwrap_or_else(|| "one is a prefix of the other".into())
        );
    }
}

/// The assembly without the record sections: each `.section .stackbound...` block, and the
/// switch back to the section before it that follows the block.
fn without_records(asm: &str) -> String {
    let is_switch = |l: &str| {
        l.starts_with("\t.section\t")
            || matches!(l, "\t.text" | "\t.data" | "\t.bss")
            || l.starts_with("\t.text\t")
    };
    let mut out = Vec::new();
    let mut current = "";
    let mut lines = asm.lines().peekable();
    while let Some(line) = lines.next() {
        // The label each function's entry points at.
        if line.starts_with(".Lstackbound_fn") && line.ends_with(':') {
            continue;
        }
        if line.starts_with("\t.section\t.stackbound") {
            while lines.peek().is_some_and(|l| !is_switch(l)) {
                lines.next();
            }
            if lines.peek() == Some(&current) {
                lines.next();
            }
            continue;
        }
        if is_switch(line) {
            current = line;
        }
        out.push(line);
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// Every llc option the translation table can produce is one this llc has: a misspelt one would
/// make every compile that uses it fail.
#[test]
fn every_translated_option_is_an_llc_option() {
    let help = run(Command::new(wrapper_llc()).arg("--help-hidden"));
    let help = String::from_utf8_lossy(&help.stdout);
    let known: std::collections::BTreeSet<&str> = help
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--"))
        .filter_map(|l| l.split([' ', '=', '<']).next())
        .collect();
    let missing: Vec<&str> = stackbound::cc::llc_option_names()
        .into_iter()
        .filter(|o| !known.contains(o.trim_start_matches('-')))
        .collect();
    assert!(missing.is_empty(), "llc has no {missing:?}");
}

// ---------------------------------------------------------------------------------------------
// What passes through

#[test]
fn what_is_not_a_compile_behaves_as_clang() {
    let scratch = Scratch::new("cc-pass");
    let dir = scratch.path();
    let same = |what: &str, args: &[&str], output: &str| {
        let a = run(in_dir(clang(), dir).args(args));
        let a_file = (!output.is_empty()).then(|| std::fs::read(dir.join(output)).unwrap());
        let b = run(cc(dir).args(args));
        let b_file = (!output.is_empty()).then(|| std::fs::read(dir.join(output)).unwrap());
        assert_eq!(a.stdout, b.stdout, "{what}: stdout differs");
        assert_eq!(a_file, b_file, "{what}: {output} differs");
        assert!(
            !stderr(&b).contains("stackbound-cc"),
            "{what}: the wrapper said something: {}",
            stderr(&b)
        );
    };
    let calls = source("calls.c");
    let calls = calls.to_str().unwrap();
    same("-E", &["-E", "-DX=1", calls], "");
    same("-M", &["-M", calls], "");
    same("-fsyntax-only", &["-fsyntax-only", "-Wall", calls], "");
    let start = source("start.S");
    same(
        ".S",
        &["-c", start.to_str().unwrap(), "-o", "start.o"],
        "start.o",
    );
    same(
        "-emit-llvm",
        &["-O2", "-c", "-emit-llvm", calls, "-o", "calls.bc"],
        "calls.bc",
    );
    // Linking: objects from the wrapper, the program from clang's driver as it is.
    std::fs::write(
        dir.join("main.c"),
        "extern int answer(void);\nint main(void) { return answer() == 42 ? 0 : 1; }\n",
    )
    .unwrap();
    run(cc(dir).args(["-O2", "-c", "main.c", "-o", "main.o"]));
    same("link", &["main.o", "start.o", "-o", "prog"], "prog");
    let status = Command::new(dir.join("prog")).status().unwrap();
    assert!(
        status.success(),
        "the linked program does not run: {status}"
    );
    // Queries.
    same("-dumpmachine", &["-dumpmachine"], "");
    same("-print-resource-dir", &["-print-resource-dir"], "");
}

#[test]
fn lto_objects_pass_through_with_a_warning() {
    let scratch = Scratch::new("cc-lto");
    let dir = scratch.path();
    let out = run(cc(dir)
        .args(["-O2", "-flto", "-c"])
        .arg(source("calls.c"))
        .arg("-o")
        .arg("lto.o"));
    let bytes = std::fs::read(dir.join("lto.o")).unwrap();
    assert_eq!(&bytes[..4], b"BC\xc0\xde", "-flto -c writes LLVM bitcode");
    let warnings: Vec<String> = stderr(&out)
        .lines()
        .filter(|l| l.starts_with("stackbound-cc: warning: -flto"))
        .map(str::to_string)
        .collect();
    assert_eq!(warnings.len(), 1, "one warning: {}", stderr(&out));
    assert!(warnings[0].contains("no stack records"), "{}", warnings[0]);
    // STACKBOUND_CC_STRICT=1 makes it an error.
    let strict = try_run(
        cc(dir)
            .env("STACKBOUND_CC_STRICT", "1")
            .args(["-O2", "-flto", "-c"])
            .arg(source("calls.c"))
            .arg("-o")
            .arg("strict.o"),
    )
    .expect_err("strict mode refuses -flto");
    assert!(
        String::from_utf8_lossy(&strict.stderr).starts_with("stackbound-cc: error: -flto"),
        "{strict}"
    );
}

// ---------------------------------------------------------------------------------------------
// Build-system contracts

#[test]
fn dependency_files_name_the_real_object() {
    let scratch = Scratch::new("cc-deps");
    let dir = scratch.path();
    std::fs::write(dir.join("dep.h"), "#define TWICE(x) ((x) * 2)\n").unwrap();
    std::fs::write(
        dir.join("dep.c"),
        "#include \"dep.h\"\nint twice(int x) { return TWICE(x); }\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("clang")).unwrap();
    std::fs::create_dir_all(dir.join("wrapper")).unwrap();
    // -MD with -o: the .d beside the object names it (not the bitcode the wrapper makes).
    for (sub, mut cmd) in [("clang", in_dir(clang(), dir)), ("wrapper", cc(dir))] {
        run(cmd
            .args(["-MD", "-c", "dep.c", "-o"])
            .arg(format!("{sub}/dep.o")));
    }
    let wrapped = std::fs::read_to_string(dir.join("wrapper/dep.d")).unwrap();
    assert!(
        wrapped.starts_with("wrapper/dep.o: dep.c dep.h"),
        "the .d file names the wrong target:\n{wrapped}"
    );
    let plain = std::fs::read_to_string(dir.join("clang/dep.d")).unwrap();
    assert_eq!(plain.replace("clang/", "wrapper/"), wrapped);
    // -MMD -MF -MT as given, and -MD with two inputs and no -o: each .d names its object.
    run(cc(dir).args(["-MMD", "-MF", "custom.d", "-MT", "my-target", "-c", "dep.c"]));
    let custom = std::fs::read_to_string(dir.join("custom.d")).unwrap();
    assert!(custom.starts_with("my-target: dep.c dep.h"), "{custom}");
    std::fs::copy(dir.join("dep.c"), dir.join("other.c")).unwrap();
    run(cc(dir).args(["-MD", "-c", "dep.c", "other.c"]));
    for stem in ["dep", "other"] {
        let d = std::fs::read_to_string(dir.join(format!("{stem}.d"))).unwrap();
        assert!(d.starts_with(&format!("{stem}.o: {stem}.c dep.h")), "{d}");
        assert!(dir.join(format!("{stem}.o")).is_file());
    }
}

#[test]
fn the_same_input_gives_the_same_bytes_wherever_the_output_goes() {
    let scratch = Scratch::new("cc-repro");
    let dir = scratch.path();
    std::fs::create_dir_all(dir.join("elsewhere/deeper")).unwrap();
    let flags = ["-O2", "-g", "-ffunction-sections", "-c"];
    run(cc(dir)
        .args(flags)
        .arg(source("calls.c"))
        .arg("-o")
        .arg("one.o"));
    run(cc(dir)
        .args(flags)
        .arg(source("calls.c"))
        .arg("-o")
        .arg("elsewhere/deeper/two.o"));
    let one = std::fs::read(dir.join("one.o")).unwrap();
    let two = std::fs::read(dir.join("elsewhere/deeper/two.o")).unwrap();
    assert!(
        one == two,
        "two compiles of the same input differ at byte {:?}",
        stackbound_tests::first_difference(&one, &two)
    );
}

/// -gsplit-dwarf: the .dwo beside the object, as clang writes it (llc runs elsewhere, so the
/// path it is given must be the user's). Same directory and names for both: the skeleton and
/// the .dwo name each other.
#[test]
fn split_dwarf_goes_where_clang_puts_it() {
    let scratch = Scratch::new("cc-dwo");
    let dir = scratch.path();
    std::fs::create_dir_all(dir.join("out")).unwrap();
    let flags = ["-O2", "-g", "-gsplit-dwarf", "-c"];
    run(in_dir(clang(), dir)
        .args(flags)
        .arg(source("calls.c"))
        .args(["-o", "out/calls.o"]));
    let clang_dwo = std::fs::read(dir.join("out/calls.dwo")).unwrap();
    std::fs::remove_file(dir.join("out/calls.dwo")).unwrap();
    run(cc(dir)
        .args(flags)
        .arg(source("calls.c"))
        .args(["-o", "out/calls.o"]));
    let wrapper_dwo = std::fs::read(dir.join("out/calls.dwo")).unwrap();
    assert!(
        clang_dwo == wrapper_dwo,
        "the .dwo files differ at byte {:?}",
        stackbound_tests::first_difference(&clang_dwo, &wrapper_dwo)
    );
}

#[test]
fn failures_keep_clangs_status_and_message() {
    let scratch = Scratch::new("cc-fail");
    let dir = scratch.path();
    let broken = source("broken.c");
    let plain = try_run(
        in_dir(clang(), dir)
            .arg("-c")
            .arg(&broken)
            .arg("-o")
            .arg("b.o"),
    )
    .expect_err("clang fails on broken.c");
    std::fs::write(dir.join("b.o"), "stale").unwrap();
    let wrapped = try_run(cc(dir).arg("-c").arg(&broken).arg("-o").arg("b.o"))
        .expect_err("the wrapper fails on broken.c");
    assert_eq!(
        plain.status.map(|s| s.code()),
        wrapped.status.map(|s| s.code())
    );
    let message = String::from_utf8_lossy(&wrapped.stderr);
    assert!(
        message.contains("use of undeclared identifier 'undeclared_name'"),
        "clang's message is not passed through: {message}"
    );
    assert!(!dir.join("b.o").exists(), "a stale object stays behind");
    // The wrapper's own errors: one paragraph, its name first, non-zero.
    let no_clang = try_run(
        cc(dir)
            .env("STACKBOUND_CLANG", dir.join("no-such-clang"))
            .args(["-c", "x.c"]),
    )
    .expect_err("a missing clang is an error");
    let text = String::from_utf8_lossy(&no_clang.stderr);
    assert!(
        text.starts_with("stackbound-cc: error: no clang found") && text.contains("no-such-clang"),
        "{text}"
    );
    assert_eq!(text.trim_end().lines().count(), 1, "{text}");
    assert_eq!(no_clang.status.and_then(|s| s.code()), Some(1));
    let no_llc = try_run(
        cc(dir)
            .env("STACKBOUND_LLC", dir.join("no-such-llc"))
            .arg("-c")
            .arg(source("calls.c"))
            .arg("-o")
            .arg("c.o"),
    )
    .expect_err("a missing llc is an error");
    let text = String::from_utf8_lossy(&no_llc.stderr);
    assert!(
        text.starts_with("stackbound-cc: error: no custom llc found")
            && text.contains("no-such-llc"),
        "{text}"
    );
}

#[test]
fn version_names_clang_stackbound_and_the_llc() {
    let scratch = Scratch::new("cc-version");
    let out = run(cc(scratch.path()).arg("--version"));
    let text = String::from_utf8_lossy(&out.stdout);
    let plain = run(Command::new(clang()).arg("--version"));
    assert!(
        text.starts_with(&*String::from_utf8_lossy(&plain.stdout)),
        "clang's version first:\n{text}"
    );
    let last = text.lines().last().unwrap();
    assert!(
        last.starts_with(&format!("stackbound-cc {}", env!("CARGO_PKG_VERSION")))
            || last.starts_with("stackbound-cc 0."),
        "{last}"
    );
    assert!(
        last.contains(&format!("llc {}", wrapper_llc().display())),
        "the llc is not named: {last}"
    );
}

/// ccache in front of the wrapper: the second compile is a cache hit and gives the same
/// object. Skipped with a reason only when ccache is absent outside CI.
#[test]
fn ccache_caches_the_wrappers_objects() {
    let Some(ccache) = find_in_path("ccache") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "ccache is not installed, and CI is set: .ci/install-deps installs it"
        );
        eprintln!("skipped: ccache is not installed");
        return;
    };
    let scratch = Scratch::new("cc-ccache");
    let dir = scratch.path();
    let cache = dir.join("cache");
    let ccache_cmd = |out: &str| {
        let mut c = Command::new(&ccache);
        c.current_dir(dir)
            .env("CCACHE_DIR", &cache)
            .env("CCACHE_NOHASHDIR", "1")
            .env("CCACHE_COMPILERCHECK", "%compiler% --version")
            .env("STACKBOUND_LLC", wrapper_llc())
            .arg(bin("stackbound-cc"))
            .args(["-O2", "-c"])
            .arg(source("calls.c"))
            .arg("-o")
            .arg(out);
        c
    };
    run(&mut ccache_cmd("first.o"));
    run(&mut ccache_cmd("second.o"));
    let stats = run(Command::new(&ccache)
        .env("CCACHE_DIR", &cache)
        .arg("--print-stats"));
    let stats = String::from_utf8_lossy(&stats.stdout);
    let count = |key: &str| -> u64 {
        stats
            .lines()
            .find_map(|l| l.strip_prefix(key)?.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {key} in ccache --print-stats:\n{stats}"))
    };
    let hits = count("direct_cache_hit\t") + count("preprocessed_cache_hit\t");
    assert_eq!(hits, 1, "the second compile is not a hit:\n{stats}");
    assert_eq!(count("cache_miss\t"), 1, "{stats}");
    let first = std::fs::read(dir.join("first.o")).unwrap();
    let second = std::fs::read(dir.join("second.o")).unwrap();
    assert!(first == second, "the cached object differs from the first");
    // And it is the wrapper's object, not clang's own (whose code is the same but which
    // would carry no records).
    let wrapped = dir.join("direct.o");
    run(cc(dir)
        .args(["-O2", "-c"])
        .arg(source("calls.c"))
        .arg("-o")
        .arg(&wrapped));
    assert!(std::fs::read(&wrapped).unwrap() == first);
}

fn find_in_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

// ---------------------------------------------------------------------------------------------
// The records

/// Every function of a wrapper-built object has a record in it, and the records are the ones
/// the other route makes: clang's bitcode (`-emit-llvm`, same flags) compiled by stackbound's
/// llc with the same code generation options. Own depths and bounds must agree function by
/// function, for x86-64 and for Cortex-M4.
#[test]
fn objects_carry_the_records_the_ir_route_makes() {
    let scratch = Scratch::new("cc-records");
    let dir = scratch.path();
    let routes: [(&[&str], &[&str]); 2] = [
        (
            &["-O2", "-ffunction-sections"],
            &[
                "-O2",
                "--relocation-model=pic",
                "--llc-arg=-function-sections",
            ],
        ),
        (
            &[
                "--target=thumbv7em-none-eabi",
                "-mcpu=cortex-m4",
                "-mfloat-abi=hard",
                "-Os",
            ],
            &["-O2", "--mcpu=cortex-m4", "--llc-arg=-float-abi=hard"],
        ),
    ];
    for (i, (clang_flags, stackbound_flags)) in routes.iter().enumerate() {
        let obj = dir.join(format!("{i}.o"));
        let bc = dir.join(format!("{i}.bc"));
        run(cc(dir)
            .args(*clang_flags)
            .arg("-c")
            .arg(source("calls.c"))
            .arg("-o")
            .arg(&obj));
        run(in_dir(clang(), dir)
            .args(*clang_flags)
            .args(["-c", "-emit-llvm"])
            .arg(source("calls.c"))
            .arg("-o")
            .arg(&bc));
        let bytes = std::fs::read(&obj).unwrap();
        let file = object::File::parse(&*bytes).unwrap();
        let sections: BTreeMap<String, u64> = file
            .sections()
            .filter_map(|s| Some((s.name().ok()?.to_string(), s.size())))
            .collect();
        assert!(
            sections.contains_key(".stackbound") && sections.contains_key(".stackbound.modules"),
            "{clang_flags:?}: no record sections in {sections:?}"
        );
        let defined: Vec<String> = file
            .symbols()
            .filter(|s| s.kind() == object::SymbolKind::Text && s.is_definition())
            .filter_map(|s| s.name().ok().map(str::to_string))
            .collect();
        let from_object = report_of(run(Command::new(bin("stackbound"))
            .env("STACKBOUND_LLC", wrapper_llc())
            .args(["--format", "json"])
            .arg(&obj)));
        let from_ir = report_of(run(Command::new(bin("stackbound"))
            .env("STACKBOUND_LLC", wrapper_llc())
            .args(["--format", "json"])
            .args(*stackbound_flags)
            .arg(&bc)));
        let mut names: Vec<&String> = from_object.keys().collect();
        let mut symbols: Vec<&String> = defined.iter().collect();
        names.sort();
        symbols.sort();
        assert_eq!(
            names, symbols,
            "{clang_flags:?}: the records do not cover the object's functions"
        );
        // The records' module is named after the source (no temporary path, no `<stdin>`).
        let modules = run(Command::new(bin("stackbound"))
            .env("STACKBOUND_LLC", wrapper_llc())
            .args(["--format", "json"])
            .arg(&obj));
        let modules: serde_json::Value = serde_json::from_slice(&modules.stdout).unwrap();
        assert_eq!(
            modules["modules"][0]["name"], "calls.c",
            "{}",
            modules["modules"]
        );
        assert_eq!(
            from_object, from_ir,
            "{clang_flags:?}: the object's records differ from the IR route's"
        );
    }
}

/// name → (own_depth, total, status) from a JSON report.
fn report_of(out: Output) -> BTreeMap<String, (u64, u64, String)> {
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not a JSON report ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    report["functions"]
        .as_array()
        .expect("functions")
        .iter()
        .map(|f| {
            (
                f["name"].as_str().unwrap().to_string(),
                (
                    f["own_depth"].as_u64().unwrap(),
                    f["total"].as_u64().unwrap(),
                    f["status"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Real build systems

/// tests/cc/project copied to `dir`.
fn copy_project(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for entry in std::fs::read_dir(source("project")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
}

/// The environment the wrapper needs under a build system.
fn wrapper_env(cmd: &mut Command) -> &mut Command {
    cmd.env("STACKBOUND_LLC", wrapper_llc())
        .env("STACKBOUND_CLANG", clang())
        .env("STACKBOUND_CLANGXX", clangxx())
        .env_remove("STACKBOUND_CC_STRICT")
}

#[test]
fn make_builds_with_the_wrappers() {
    let scratch = Scratch::new("cc-make");
    let (plain, wrapped) = (scratch.path().join("clang"), scratch.path().join("wrapper"));
    for (dir, cc, cxx) in [
        (&plain, clang(), clangxx()),
        (&wrapped, bin("stackbound-cc"), bin("stackbound-cxx")),
    ] {
        copy_project(dir);
        run(wrapper_env(Command::new("make").current_dir(dir))
            .arg("--no-print-directory")
            .arg(format!("CC={}", cc.display()))
            .arg(format!("CXX={}", cxx.display()))
            .args(["CFLAGS=-O2", "CXXFLAGS=-O2"]));
        let status = Command::new(dir.join("app")).status().unwrap();
        assert!(status.success(), "{}/app fails: {status}", dir.display());
    }
    for obj in ["main.o", "shapes.o", "square.o"] {
        assert_same_code(
            &format!("make: {obj}"),
            &plain.join(obj),
            &wrapped.join(obj),
        );
    }
    // The -MMD files name the objects, so a changed header rebuilds what includes it.
    let deps = std::fs::read_to_string(wrapped.join("shapes.d")).unwrap();
    assert!(deps.starts_with("shapes.o: shapes.c shapes.h"), "{deps}");
    let again = run(wrapper_env(Command::new("make").current_dir(&wrapped))
        .arg("--no-print-directory")
        .arg("--question"))
    .status;
    assert!(again.success(), "make sees work left after a full build");
}

#[test]
fn cmake_builds_with_the_wrappers() {
    let Some(cmake) = find_in_path("cmake") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "cmake is not installed, and CI is set: .ci/install-deps installs it"
        );
        eprintln!("skipped: cmake is not installed");
        return;
    };
    let scratch = Scratch::new("cc-cmake");
    let mut objects = Vec::new();
    for (name, cc, cxx) in [
        ("clang", clang(), clangxx()),
        ("wrapper", bin("stackbound-cc"), bin("stackbound-cxx")),
    ] {
        let src = scratch.path().join(name).join("src");
        let build = scratch.path().join(name).join("build");
        copy_project(&src);
        run(
            wrapper_env(Command::new(&cmake).current_dir(scratch.path()))
                .arg("-S")
                .arg(&src)
                .arg("-B")
                .arg(&build)
                .arg(format!("-DCMAKE_C_COMPILER={}", cc.display()))
                .arg(format!("-DCMAKE_CXX_COMPILER={}", cxx.display()))
                .arg("-DCMAKE_BUILD_TYPE=Release"),
        );
        let cache = std::fs::read_to_string(build.join("CMakeCache.txt")).unwrap();
        let compiler_id = std::fs::read_dir(build.join("CMakeFiles"))
            .unwrap()
            .filter_map(|e| {
                let p = e.ok()?.path().join("CMakeCCompiler.cmake");
                std::fs::read_to_string(p).ok()
            })
            .next()
            .unwrap_or_else(|| panic!("no CMakeCCompiler.cmake under {}", build.display()));
        assert!(
            compiler_id.contains("set(CMAKE_C_COMPILER_ID \"Clang\")"),
            "cmake does not see clang in {name}:\n{compiler_id}\n{cache}"
        );
        run(
            wrapper_env(Command::new(&cmake).current_dir(scratch.path()))
                .arg("--build")
                .arg(&build),
        );
        let status = Command::new(build.join("app")).status().unwrap();
        assert!(status.success(), "{name}'s app fails: {status}");
        objects.push(build.join("CMakeFiles/app.dir"));
    }
    for obj in ["main.c.o", "shapes.c.o", "square.cpp.o"] {
        assert_same_code(
            &format!("cmake: {obj}"),
            &objects[0].join(obj),
            &objects[1].join(obj),
        );
    }
}

/// Every compile is a process of its own: the llc is probed (its version, a one-function
/// module) once, and later compiles take the note the first left in the user cache. Shown by
/// changing the note: the version `--version` prints is then the note's. A changed llc (here: a
/// new modification time) is probed again. (A script llc is probed every time: it may run
/// another llc each time.)
#[test]
fn the_llc_is_probed_once_across_compiles() {
    let scratch = Scratch::new("cc-probe");
    let dir = scratch.path();
    let llc = dir.join("llc");
    std::fs::copy(wrapper_llc(), &llc).unwrap();
    let cache = dir.join("cache");
    let version_line = || {
        let out = run(cc(dir)
            .env("STACKBOUND_LLC", &llc)
            .env("XDG_CACHE_HOME", &cache)
            .arg("--version"));
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.lines()
            .find(|l| l.starts_with("stackbound-cc "))
            .unwrap_or_else(|| panic!("no stackbound line in {text}"))
            .to_string()
    };
    let first = version_line();
    assert!(first.contains("(LLVM 22.1.8,"), "{first}");
    let notes: Vec<PathBuf> = std::fs::read_dir(cache.join("stackbound/probes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let [note] = notes.as_slice() else {
        panic!("one note expected: {notes:?}")
    };
    let text = std::fs::read_to_string(note).unwrap();
    std::fs::write(note, text.replace("\"22.1.8\"", "\"22.1.8-noted\"")).unwrap();
    let second = version_line();
    assert!(
        second.contains("(LLVM 22.1.8-noted,"),
        "not taken from the note: {second}"
    );
    // A rebuilt llc: another modification time.
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&llc)
        .unwrap()
        .set_modified(later)
        .unwrap();
    let third = version_line();
    assert!(third.contains("(LLVM 22.1.8,"), "not probed again: {third}");
}
