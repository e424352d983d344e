//! Issue 18, the records for the C library: `cargo xtask libc-records musl` builds musl 1.2.5
//! (Debian's orig tarball, pinned by sha256) with stackbound-cc and writes its bundle. The
//! expected frames are read by hand from `llvm-objdump-22 -dr` of the built `libc.a` members
//! (the arithmetic is in the comments), not from the tool.
//!
//! The build is cached in target/libc (a sysroot whose build stamp matches is kept), so a
//! rerun with the same stackbound-cc and llc only rewrites the bundle. Outside CI (`CI` unset)
//! a missing network or build tool skips with a printed reason; in CI nothing skips.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use serde_json::Value;
use stackbound_core::records::{self, CallKind, FunctionRecord, ModuleReport};
use stackbound_llvm::download::{self, Expected};
use stackbound_tests::{cargo, custom_llc, run, workspace_root};

/// Pinned as in xtask/src/libc_records.rs (`MUSL`): trixie's musl_1.2.5.orig.tar.gz.
const FILE: &str = "musl_1.2.5.orig.tar.gz";
const SHA256: &str = "a9a118bbe84d8764da0ea0d28b3ab3fae8477fc7e4085d90102b8596fc7c75e4";
const SIZE: u64 = 1080786;

/// One build at a time: each is `make -j2`, and they share the download.
static BUILDING: Mutex<()> = Mutex::new(());

/// One C function's frame, read by hand from the disassembly.
struct Frame {
    name: &'static str,
    own_depth: u64,
    /// (callee, depth at the call)
    calls: &'static [(&'static str, u64)],
}

/// x86-64: the call pushes 8 bytes of return address, so every function starts at depth 8.
const X86_64: &[Frame] = &[
    // abs: movl %edi,%eax; negl %eax; cmovsl %edi,%eax; retq: no push, no frame: 8.
    Frame {
        name: "abs",
        own_depth: 8,
        calls: &[],
    },
    // strchr: pushq %rbx (8 + 8 = 16); callq __strchrnul at 16.
    Frame {
        name: "strchr",
        own_depth: 16,
        calls: &[("__strchrnul", 16)],
    },
    // fputs (alias of fputs_unlocked's code): pushq %r15, %r14, %rbx: 8 + 3 * 8 = 32; callq
    // strlen, callq fwrite, both at 32.
    Frame {
        name: "fputs",
        own_depth: 32,
        calls: &[("strlen", 32), ("fwrite", 32)],
    },
    // printf: subq $0xd8,%rsp: 8 + 216 = 224 (the va_list save area is in it); callq vfprintf
    // at 224.
    Frame {
        name: "printf",
        own_depth: 224,
        calls: &[("vfprintf", 224)],
    },
];

/// AArch64: `bl` pushes nothing, every function starts at depth 0.
const AARCH64: &[Frame] = &[
    // abs: cmp; cneg; ret: 0.
    Frame {
        name: "abs",
        own_depth: 0,
        calls: &[],
    },
    // strchr: stp x30, x19, [sp, #-0x10]!: 16; bl __strchrnul at 16.
    Frame {
        name: "strchr",
        own_depth: 16,
        calls: &[("__strchrnul", 16)],
    },
    // fputs: stp x30, x21, [sp, #-0x20]!: 32 (x20, x19 stored at sp+0x10 inside it); bl
    // strlen and bl fwrite at 32.
    Frame {
        name: "fputs",
        own_depth: 32,
        calls: &[("strlen", 32), ("fwrite", 32)],
    },
    // printf: sub sp, sp, #0x110: 272 (x29/x30 stored at sp+0x100 inside it); bl vfprintf at
    // 272.
    Frame {
        name: "printf",
        own_depth: 272,
        calls: &[("vfprintf", 272)],
    },
];

/// Hand-written assembly in both ports (src/string/x86_64/memcpy.s, src/string/aarch64/memcpy.S,
/// src/setjmp/*/setjmp.s, whose `setjmp` and `_setjmp` are aliases of `__setjmp`): no record,
/// so their depths are read from their machine code. Per
/// `llvm-objdump-22 -d` of the members, none writes SP or pushes: the depth at entry (x86-64 8,
/// AArch64 0) is all.
const ASM_FROM_MACHINE_CODE: &[&str] = &["memcpy", "memset", "__setjmp"];

/// Assembly the machine-code reader must refuse, with its reason: longjmp loads SP from the
/// jmp_buf (`mov 0x30(%rdi),%rsp`, `mov sp, x2`); __clone calls the thread's function through a
/// register (`call *%r9`, `blr x1`).
const ASM_REFUSED: &[(&str, &str)] = &[
    ("longjmp", "SP write not decoded"),
    ("__clone", "indirect call"),
];

#[test]
fn musl_x86_64() {
    check("x86_64", X86_64, 8);
}

#[test]
fn musl_aarch64() {
    check("aarch64", AARCH64, 0);
}

fn check(arch: &str, frames: &[Frame], entry_depth: u64) {
    let _one = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
    let root = workspace_root().join("target/libc");
    if !fetch(&root) {
        return;
    }
    let bundle = root.join(format!("musl-1.2.5/{arch}-linux-musl/records"));
    xtask(arch);
    let first = read_bundle(&bundle);
    // The sysroot is current now: a second run only writes the bundle again.
    xtask(arch);
    assert_eq!(
        read_bundle(&bundle),
        first,
        "writing the bundle twice from one libc.a gave other bytes"
    );

    // The manifest names the files' hashes and counts.
    let manifest: Value = serde_json::from_slice(&first["manifest.json"]).unwrap();
    let sha = |name: &str| download::sha256_file(&bundle.join(name)).unwrap().0;
    assert_eq!(manifest["target"], format!("{arch}-linux-musl"));
    assert_eq!(manifest["source"]["sha256"], SHA256);
    assert_eq!(manifest["llc"]["llvm_version"], "22.1.8");
    assert_eq!(
        manifest["records_sha256"],
        sha("records.jsonl"),
        "{manifest}"
    );
    assert_eq!(manifest["members_sha256"], sha("members.json"));

    // records.jsonl is what the record reader reads, and writing it back gives its bytes.
    let path = bundle.join("records.jsonl");
    let modules = records::parse(&first["records.jsonl"], &path).expect("records.jsonl parses");
    let mut again = Vec::new();
    records::write_jsonl(&modules, &mut again).unwrap();
    assert!(
        again == first["records.jsonl"],
        "write_jsonl(parse(records.jsonl)) differs"
    );
    let functions: usize = modules.iter().map(|m| m.functions.len()).sum();
    assert_eq!(manifest["modules"], modules.len());
    assert_eq!(manifest["functions"], functions);
    // musl 1.2.5 has some 1,300 source files; nearly all are C.
    assert!(modules.len() > 1200, "{} modules", modules.len());

    // No build path in the records: sources are relative to musl's tree.
    for module in &modules {
        let fields = [&module.module.source, &module.module.module_id];
        for field in fields
            .into_iter()
            .chain(module.functions.iter().map(|f| &f.source))
        {
            assert!(
                !field.starts_with('/') && !field.contains("target/libc"),
                "a build path in the records: {field:?}"
            );
        }
    }

    let by_name = functions_by_name(&modules);
    for frame in frames {
        let f = by_name
            .get(frame.name)
            .unwrap_or_else(|| panic!("{arch}: no record of {}", frame.name));
        assert_eq!(
            (f.own_depth, f.dynamic),
            (frame.own_depth, false),
            "{arch} {}: own_depth",
            frame.name
        );
        assert!(!f.is_partial(), "{arch} {}: {:?}", frame.name, f.flags);
        let calls: Vec<(&str, u64)> = f
            .calls
            .iter()
            .filter(|c| c.kind == CallKind::Direct)
            .map(|c| (c.callee.as_deref().unwrap_or_default(), c.depth))
            .collect();
        assert_eq!(calls, frame.calls, "{arch} {}: calls", frame.name);
    }

    // The start files come first, then the archive's members; the members' modules are
    // records.jsonl's, in their order.
    let members: Value = serde_json::from_slice(&first["members.json"]).unwrap();
    let start: Vec<&str> = members["start_files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(start, ["crt1.o", "crti.o", "crtn.o"]);
    let all: Vec<&Value> = members["start_files"]
        .as_array()
        .unwrap()
        .iter()
        .chain(members["members"].as_array().unwrap())
        .collect();
    let counted: u64 = all.iter().map(|m| m["modules"].as_u64().unwrap()).sum();
    assert_eq!(counted as usize, modules.len());
    // Data is in the symbol tables: `stdout` is defined by stdout.lo, which uses
    // `__stdout_write` (its FILE's write function), as `nm` shows.
    let stdout = all
        .iter()
        .find(|m| m["name"] == "stdout.lo")
        .expect("a member stdout.lo");
    let has = |list: &Value, name: &str| list.as_array().unwrap().iter().any(|n| n == name);
    assert!(has(&stdout["defines"], "stdout"), "{stdout}");
    assert!(has(&stdout["undefined"], "__stdout_write"), "{stdout}");

    // Assembly: depths from the machine code, or refused with the reason.
    for name in ASM_FROM_MACHINE_CODE {
        let f = by_name
            .get(name)
            .unwrap_or_else(|| panic!("{arch}: {name} has no depth from its machine code"));
        assert_eq!(f.own_depth, entry_depth, "{arch} {name}");
        assert!(
            f.flags.iter().any(|fl| fl == "machine-code"),
            "{arch} {name}: {:?}",
            f.flags
        );
    }
    let unrecorded: Vec<&Value> = all
        .iter()
        .flat_map(|m| m["unrecorded"].as_array().unwrap())
        .collect();
    for (name, reason) in ASM_REFUSED {
        let entry = unrecorded
            .iter()
            .find(|u| u["name"] == *name)
            .unwrap_or_else(|| panic!("{arch}: {name} is not unrecorded"));
        let why = entry["reason"].as_str().unwrap_or_default();
        assert!(why.contains(reason), "{arch} {name}: {why}");
    }
    for entry in &unrecorded {
        let name = entry["name"].as_str().unwrap();
        assert!(
            !by_name.contains_key(name),
            "{arch}: {name} has a record and is unrecorded"
        );
        let origin = entry["origin"].as_str().unwrap();
        assert!(
            (origin.starts_with("libc.a(") && origin.ends_with(".lo)")) || origin.ends_with(".o"),
            "{origin}"
        );
    }
    eprintln!(
        "{arch}: {} modules, {functions} functions, {} unrecorded",
        modules.len(),
        unrecorded.len(),
    );
}

/// Functions with external linkage by name (the C library's API).
fn functions_by_name(modules: &[ModuleReport]) -> BTreeMap<&str, &FunctionRecord> {
    let mut by_name = BTreeMap::new();
    for module in modules {
        for function in module.functions.iter().filter(|f| !f.local) {
            by_name.insert(function.name.as_str(), function);
        }
    }
    by_name
}

fn read_bundle(dir: &Path) -> BTreeMap<&'static str, Vec<u8>> {
    ["records.jsonl", "members.json", "manifest.json"]
        .into_iter()
        .map(|name| {
            let path = dir.join(name);
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (name, bytes)
        })
        .collect()
}

/// `cargo xtask libc-records musl --target ARCH`, with this test's llc.
fn xtask(arch: &str) {
    let mut command = cargo();
    command
        .args([
            "run",
            "--quiet",
            "-p",
            "xtask",
            "--",
            "libc-records",
            "musl",
        ])
        .args(["--target", arch, "--llc"])
        .arg(custom_llc());
    let output = run(&mut command);
    eprintln!("{}", String::from_utf8_lossy(&output.stdout));
}

/// The pinned tarball in `root/downloads` (where the xtask looks), fetched by the Debian source
/// route when missing; false (a skip) when that fails outside CI.
fn fetch(root: &Path) -> bool {
    for tool in ["make", "llvm-ar-22", "llvm-ranlib-22", "clang-22"] {
        let runs = Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !runs {
            skip(&format!("`{tool}` is not installed"));
            return false;
        }
    }
    let downloads = root.join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let dest = downloads.join(FILE);
    let expected = Expected {
        sha256: SHA256.into(),
        size: Some(SIZE),
    };
    if download::check_cached(&dest, &expected).unwrap_or(false) {
        return true;
    }
    let work: PathBuf = root.join("apt-musl-test");
    let sh = xshell::Shell::new().unwrap();
    let fetched = stackbound_llvm::apt::download_orig(&sh, &work, "musl", FILE)
        .map_err(|e| e.to_string())
        .and_then(|f| download::admit(&f, &dest, &expected).map_err(|e| e.to_string()));
    let _ = std::fs::remove_dir_all(&work);
    match fetched {
        Ok(()) => true,
        Err(e) => {
            skip(&format!("cannot fetch {FILE}: {e}"));
            false
        }
    }
}

/// Skips (outside CI) or fails (in CI) with `reason`.
fn skip(reason: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("{reason} (CI is set, so this test does not skip)");
    }
    eprintln!("SKIPPED: {reason}");
}
