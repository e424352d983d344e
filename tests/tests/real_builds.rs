//! Issue 13 on real projects: zlib (CMake + Ninja), bzip2 and Lua (make), Debian source
//! packages pinned by sha256, each built by its own build system with `CC=stackbound-cc`. The
//! report read from the built artifact must equal the `.ll` route's on the same code: the same
//! translation units (those linked into the artifact) compiled by clang with the same flags to
//! `.ll`, analysed with llc's codegen options matched to what clang used (`clang -###`). That
//! route is independent of the wrapper and the object reader: it is the one the rest of the
//! suite checks against hand-read assembly.
//!
//! Two more independent checks: the artifact's own machine code (tests/src/sp_walk over
//! `llvm-objdump`: no `own_depth` below what the code touches), and its symbol table (`llvm-nm`:
//! every function of the project's code the linker kept has a record, none that it dropped).
//! `OBJECT_SIDE` below chooses the compiler; `STACKBOUND_REAL_BUILDS_TAMPER` is the negative
//! control.
//!
//! docs/real-builds.md has the projects, the commands and the measured table.
//!
//! Outside CI (`CI` unset) a missing network or build tool skips with a printed reason; in CI
//! nothing skips.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Instant;

use serde_json::Value;
use stackbound_llvm::download::{self, Expected};
use stackbound_tests::objdump::{parse_disassembly, DisFunction};
use stackbound_tests::sp_walk::{outlined_summaries, walk};
use stackbound_tests::{
    custom_llc, display_command, ir_defined_functions, llvm_tool, run, try_run, workspace_root,
    Scratch,
};

/// Which object side runs; switching is this one line.
const OBJECT_SIDE: ObjectSide = ObjectSide::Real;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(dead_code)] // the variants the switch above does not name
enum ObjectSide {
    /// Build with `target/debug/stackbound-cc`, analyse the built artifact.
    Real,
    /// Build with tests/real_builds/section-cc (clang to bitcode, the custom llc with
    /// `-stack-report-section`), analyse the built artifact: the object reader without the
    /// wrapper.
    Sections,
    /// Build with clang, analyse the `.ll` route's files again: fetching, building and
    /// comparing only.
    StandIn,
}

// ---------------------------------------------------------------------------------------------
// The projects
// ---------------------------------------------------------------------------------------------

/// One Debian orig tarball, pinned (sizes and sha256 from trixie's Sources index).
struct Tarball {
    /// `apt-get source` argument; a version where the installed binary package's version differs.
    package: &'static str,
    file: &'static str,
    sha256: &'static str,
    size: u64,
    /// The tarball's top directory.
    top: &'static str,
}

const ZLIB: Tarball = Tarball {
    package: "zlib",
    file: "zlib_1.3.dfsg+really1.3.1.orig.tar.gz",
    sha256: "60dd315c07f616887caa029408308a018ace66e3d142726a97db164b3b8f69fb",
    size: 1325737,
    top: "zlib-1.3.1",
};

const BZIP2: Tarball = Tarball {
    // bookworm's bzip2 1.0.8-5 is installed here; apt-get source would look for that version.
    package: "bzip2=1.0.8-6",
    file: "bzip2_1.0.8.orig.tar.gz",
    sha256: "ab5a03176ee106d3f0fa90e381da478ddae405918153cca248e682cd0c4a2269",
    size: 810029,
    top: "bzip2-1.0.8",
};

const LUA: Tarball = Tarball {
    package: "lua5.4",
    file: "lua5.4_5.4.7.orig.tar.gz",
    sha256: "9fbf5e28ef86c69858f6d3d34eccc32e911c1a28b4120ff3e84aaa70cfbf1e30",
    size: 374097,
    top: "lua-5.4.7",
};

/// A compiler configuration: extra C flags and, where the project links, linker flags.
struct Config {
    name: &'static str,
    cflags: &'static str,
    ldflags: &'static str,
}

const CONFIGS: [Config; 2] = [
    Config {
        name: "O2",
        cflags: "",
        ldflags: "",
    },
    Config {
        name: "gc-sections",
        cflags: "-ffunction-sections -fdata-sections",
        ldflags: "-Wl,--gc-sections",
    },
];

/// What a build produced, and the compiler calls that made it.
struct Built {
    /// The artifact the object side analyses (a program or a static library).
    artifact: PathBuf,
    /// The compile commands of exactly the translation units in the artifact.
    units: Vec<Compile>,
}

/// One compiler call that compiles one C file to an object.
#[derive(Clone, Debug)]
struct Compile {
    dir: PathBuf,
    /// Arguments after the compiler itself.
    args: Vec<String>,
    /// The object it writes, absolute.
    object: PathBuf,
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

/// zlib's CMake build of the static library (its examples link the shared one, so their
/// reports would hold only example.c). Entries: the library's one-shot and gzip APIs.
#[test]
fn zlib_cmake() {
    let entries = ["compress2", "uncompress", "gzwrite", "gzread"];
    let Some(tools) = tools(&["cmake", "ninja"]) else {
        return;
    };
    let Some(tarball) = fetch(&ZLIB) else { return };
    let mut rows = Vec::new();
    for config in &CONFIGS {
        let scratch = Scratch::new(&format!("real-zlib-{}", config.name));
        let src = unpack(&tarball, &ZLIB, scratch.path());
        // Debian's repacked tarball drops win32/, which CMakeLists.txt lists as a source of the
        // shared library on every platform; CMake ignores .rc files off Windows.
        std::fs::create_dir_all(src.join("win32")).unwrap();
        std::fs::write(src.join("win32/zlib1.rc"), "").unwrap();
        let build = scratch.path().join("build");
        let started = Instant::now();
        let cflags = config.cflags;
        let mut configure = Command::new("cmake");
        configure
            .arg("-S")
            .arg(&src)
            .arg("-B")
            .arg(&build)
            .args(["-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release"])
            .arg(format!("-DCMAKE_C_COMPILER={}", tools.cc.display()))
            .arg("-DCMAKE_C_FLAGS_RELEASE=-O2 -DNDEBUG")
            .arg(format!("-DCMAKE_C_FLAGS={cflags}"))
            .args([
                "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
                "-DZLIB_BUILD_EXAMPLES=OFF",
            ]);
        run(&mut configure);
        run(Command::new("cmake").arg("--build").arg(&build).args([
            "--target",
            "zlibstatic",
            "-j2",
        ]));
        let build_s = started.elapsed().as_secs_f64();
        let built = cmake_units(&build, "zlibstatic", &build.join("libz.a"));
        rows.extend(compare(
            "zlib",
            config,
            &built,
            &entries,
            scratch.path(),
            build_s,
        ));
    }
    print_table(&rows);
}

#[test]
fn bzip2_make() {
    let Some(tools) = tools(&["make"]) else {
        return;
    };
    let Some(tarball) = fetch(&BZIP2) else { return };
    let mut rows = Vec::new();
    for config in &CONFIGS {
        let scratch = Scratch::new(&format!("real-bzip2-{}", config.name));
        let src = unpack(&tarball, &BZIP2, scratch.path());
        let started = Instant::now();
        let out = build_bzip2(&src, &tools.cc.display().to_string(), config);
        let build_s = started.elapsed().as_secs_f64();
        let built = make_units(&src, &tools.cc, &out, "bzip2");
        rows.extend(compare(
            "bzip2",
            config,
            &built,
            &["main"],
            scratch.path(),
            build_s,
        ));
    }
    // bzip2.c uses part of libbz2 (not the buffer-to-buffer calls, for one); --gc-sections drops
    // the rest, and its records with it.
    if let (Some((all, _)), Some((kept, _))) = (rows[0].symbols, rows[2].symbols) {
        assert!(
            kept < all,
            "bzip2: --gc-sections kept {kept} records of {all}: the dropped functions' records stayed"
        );
    }
    print_table(&rows);
}

#[test]
fn lua_make() {
    let Some(tools) = tools(&["make"]) else {
        return;
    };
    let Some(tarball) = fetch(&LUA) else { return };
    let mut rows = Vec::new();
    for config in &CONFIGS {
        let scratch = Scratch::new(&format!("real-lua-{}", config.name));
        let src = unpack(&tarball, &LUA, scratch.path());
        let dir = src.join("src");
        let started = Instant::now();
        let cc = tools.cc.display().to_string();
        let out = run(Command::new("make")
            .arg("-C")
            .arg(&dir)
            .args(["-j2", "linux", "ALL=lua"])
            .arg(format!("CC={cc}"))
            .arg(format!("MYCFLAGS=-std=gnu99 {}", config.cflags))
            .arg(format!("MYLDFLAGS={}", config.ldflags)));
        let build_s = started.elapsed().as_secs_f64();
        let built = make_units(&dir, &tools.cc, &out.stdout, "lua");
        rows.extend(compare(
            "lua",
            config,
            &built,
            &["main"],
            scratch.path(),
            build_s,
        ));
    }
    print_table(&rows);
}

/// bzip2 through ccache: the second build after `make clean` is all cache hits, and the
/// artifact it leaves gives the same report as the first.
#[test]
fn bzip2_through_ccache() {
    let Some(tools) = tools(&["make", "ccache"]) else {
        return;
    };
    let Some(tarball) = fetch(&BZIP2) else { return };
    let scratch = Scratch::new("real-bzip2-ccache");
    let src = unpack(&tarball, &BZIP2, scratch.path());
    let cache = scratch.path().join("ccache");
    std::fs::create_dir_all(&cache).unwrap();
    // A config file of its own, so the user's ccache.conf (max_size, compiler_check, ...) cannot
    // change what hits.
    let conf = cache.join("ccache.conf");
    std::fs::write(&conf, "").unwrap();
    // The same for the caller's CCACHE_* settings (CCACHE_DISABLE, CCACHE_RECACHE, ...).
    let isolate = |cmd: &mut Command| {
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("CCACHE_") {
                cmd.env_remove(name);
            }
        }
        cmd.env("CCACHE_DIR", &cache)
            .env("CCACHE_CONFIGPATH", &conf);
    };
    let ccache = |args: &[&str]| {
        let mut cmd = Command::new("ccache");
        isolate(cmd.args(args));
        String::from_utf8_lossy(&run(&mut cmd).stdout).into_owned()
    };
    let cc = format!("ccache {}", tools.cc.display());
    let config = &CONFIGS[0];
    let mut reports = Vec::new();
    let mut stats = Vec::new();
    for round in 0..2 {
        if round == 1 {
            run(Command::new("make").arg("-C").arg(&src).arg("clean"));
            assert!(!src.join("bzip2").exists(), "make clean left bzip2");
        }
        ccache(&["-z"]);
        let out = {
            let mut make = make_bzip2_command(&src, &cc, config);
            isolate(&mut make);
            run(&mut make).stdout
        };
        stats.push(ccache_stats(&ccache(&["--print-stats"])));
        // Each build's artifact against the .ll route of the commands it ran (ccache in front).
        let built = make_units(&src, Path::new(&cc), &out, "bzip2");
        let files = ll_files(&built, &scratch.path().join(format!("ll{round}")));
        let q = Query {
            entries: &["main"],
            resolve: false,
        };
        let obj = object_report(&built, &files, q);
        let what = format!("bzip2 through ccache, build {}", round + 1);
        compare_reports(&what, &obj, &ll_report(&files, q), &built, q.entries);
        reports.push(obj);
    }
    let units = 8; // bzip2.c and libbz2.a's seven
    let (first, second) = (&stats[0], &stats[1]);
    assert_eq!(
        (first.hits, first.misses),
        (0, units),
        "first build into an empty cache: {first:?}"
    );
    assert_eq!(
        (second.hits, second.misses),
        (units, 0),
        "second build: {second:?}"
    );
    let (a, b) = (normalized(&reports[0]), normalized(&reports[1]));
    assert_eq!(
        a, b,
        "the cached build's report differs from the first build's"
    );
    eprintln!(
        "ccache: first build {} misses, second {} hits; reports identical ({} functions)",
        first.misses,
        second.hits,
        reports[0]["functions"].as_array().map_or(0, Vec::len)
    );
}

/// A cached tarball cut short (an interrupted copy, a full disk) is deleted and fetched again,
/// never unpacked.
#[test]
fn a_truncated_cached_tarball_is_fetched_again() {
    let Some(good) = fetch(&LUA) else { return };
    let scratch = Scratch::new("real-fetch");
    let dest = scratch.path().join("downloads").join(LUA.file);
    std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
    let bytes = std::fs::read(&good).unwrap();
    std::fs::write(&dest, &bytes[..bytes.len() / 2]).unwrap();
    let Some(got) = fetch_into(&LUA, scratch.path()) else {
        return;
    };
    assert_eq!(got, dest);
    let (sha256, size) = download::sha256_file(&dest).unwrap();
    assert_eq!((sha256.as_str(), size), (LUA.sha256, LUA.size));
}

// ---------------------------------------------------------------------------------------------
// Tools, fetching, unpacking
// ---------------------------------------------------------------------------------------------

struct Tools {
    /// The C compiler the project builds with.
    cc: PathBuf,
}

/// Skips (outside CI) or fails (in CI) with `reason`.
fn skip(reason: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("{reason} (CI is set, so this test does not skip)");
    }
    eprintln!("SKIPPED: {reason}");
}

fn on_path(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The build tools, and the compiler; builds the stackbound binaries so they are current.
fn tools(needed: &[&str]) -> Option<Tools> {
    for tool in needed {
        if !on_path(tool) {
            skip(&format!(
                "`{tool}` is not installed (Debian: apt-get install {tool})"
            ));
            return None;
        }
    }
    cargo_build_bins();
    let cc = match OBJECT_SIDE {
        ObjectSide::Real => {
            let cc = target_debug("stackbound-cc");
            assert!(
                cc.is_file(),
                "{} is missing: `cargo build -p stackbound --bins` should have built it",
                cc.display()
            );
            cc
        }
        ObjectSide::Sections => workspace_root().join("tests/real_builds/section-cc"),
        ObjectSide::StandIn => llvm_tool("clang"),
    };
    Some(Tools { cc })
}

fn target_debug(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"));
    target.join("debug").join(name)
}

/// `cargo build -p stackbound --bins`, once per test process, so that target/debug/stackbound
/// is the code under test and not an older build.
fn cargo_build_bins() {
    static DONE: Mutex<bool> = Mutex::new(false);
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    if !*done {
        let mut build = stackbound_tests::cargo();
        run(build
            // With stackbound-tests in the same build, features unify as in this test's own
            // build, so the two do not rebuild each other's dependencies.
            .args([
                "build",
                "-p",
                "stackbound",
                "-p",
                "stackbound-tests",
                "--bins",
            ]));
        *done = true;
    }
}

/// The pinned tarball in target/real-builds/downloads, fetched with the Debian source route when
/// it is not there. apt's exit status means nothing (the mirror may lack the .dsc): only the
/// sha256 does, and a file that fails it is deleted, never used.
fn fetch(t: &Tarball) -> Option<PathBuf> {
    fetch_into(t, &workspace_root().join("target/real-builds"))
}

/// [`fetch`] with the cache (`downloads/`) and apt's scratch state under `root`.
fn fetch_into(t: &Tarball, root: &Path) -> Option<PathBuf> {
    static FETCHING: Mutex<()> = Mutex::new(());
    let _one_at_a_time = FETCHING.lock().unwrap_or_else(|e| e.into_inner());
    let downloads = root.join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let dest = downloads.join(t.file);
    let expected = Expected {
        sha256: t.sha256.into(),
        size: Some(t.size),
    };
    match download::check_cached(&dest, &expected) {
        Ok(true) => return Some(dest),
        Ok(false) => {}
        Err(e) => eprintln!("{e}; fetching it again"),
    }
    // The route's scratch state: it is wiped per suite, so one per package.
    let work = root.join(format!("apt-{}", t.file));
    let sh = xshell::Shell::new().unwrap();
    let fetched = stackbound_llvm::apt::download_orig(&sh, &work, t.package, t.file)
        .map_err(|e| e.to_string())
        .and_then(|f| download::admit(&f, &dest, &expected).map_err(|e| e.to_string()));
    let _ = std::fs::remove_dir_all(&work);
    match fetched {
        Ok(()) => Some(dest),
        Err(e) => {
            skip(&format!("cannot fetch {} ({}): {e}", t.file, t.package));
            None
        }
    }
}

/// Unpacks `tarball` into `into` and returns the source tree.
fn unpack(tarball: &Path, t: &Tarball, into: &Path) -> PathBuf {
    run(Command::new("tar")
        .arg("-xzf")
        .arg(tarball)
        .arg("-C")
        .arg(into));
    let src = into.join(t.top);
    assert!(src.is_dir(), "{} holds no {}/", tarball.display(), t.top);
    src
}

// ---------------------------------------------------------------------------------------------
// Builds and their translation units
// ---------------------------------------------------------------------------------------------

fn make_bzip2_command(src: &Path, cc: &str, config: &Config) -> Command {
    let mut make = Command::new("make");
    make.arg("-C")
        .arg(src)
        .args(["-j2", "bzip2"])
        .arg(format!("CC={cc}"))
        .arg(format!(
            "CFLAGS=-Wall -Winline -O2 -D_FILE_OFFSET_BITS=64 {}",
            config.cflags
        ))
        .arg(format!("LDFLAGS={}", config.ldflags));
    make
}

/// Builds bzip2 and returns make's output (the commands it ran).
fn build_bzip2(src: &Path, cc: &str, config: &Config) -> Vec<u8> {
    run(&mut make_bzip2_command(src, cc, config)).stdout
}

/// The compiler calls make printed: lines that start with `cc` (the whole CC value), split as
/// the shell splits them. The projects here run every command in `dir`.
fn make_calls(dir: &Path, cc: &Path, output: &[u8]) -> Vec<Vec<String>> {
    let prefix = format!("{} ", cc.display());
    String::from_utf8_lossy(output)
        .lines()
        .filter_map(|line| line.strip_prefix(&prefix))
        .map(|rest| {
            shell_words::split(rest).unwrap_or_else(|e| {
                panic!(
                    "cannot split make's line {rest:?} (in {}): {e}",
                    dir.display()
                )
            })
        })
        .collect()
}

/// A compile call's object (`-o`, else the source's stem `.o` in `dir`); None for links.
fn compiled_object(dir: &Path, args: &[String]) -> Option<PathBuf> {
    if !args.iter().any(|a| a == "-c") {
        return None;
    }
    let out = args
        .iter()
        .position(|a| a == "-o")
        .map(|i| PathBuf::from(&args[i + 1]))
        .unwrap_or_else(|| {
            let source = args
                .iter()
                .find(|a| a.ends_with(".c"))
                .unwrap_or_else(|| panic!("compile call without a .c file: {args:?}"));
            PathBuf::from(Path::new(source).file_stem().unwrap()).with_extension("o")
        });
    Some(dir.join(out))
}

/// The translation units in make's `artifact` (relative to `dir`): the objects on its link line
/// and the members of the static libraries it links (`x.a`, or `-lx` found in a `-L` directory).
fn make_units(dir: &Path, cc: &Path, output: &[u8], artifact: &str) -> Built {
    let calls = make_calls(dir, cc, output);
    let mut by_object = BTreeMap::new();
    for args in &calls {
        if let Some(object) = compiled_object(dir, args) {
            by_object.insert(
                object.clone(),
                Compile {
                    dir: dir.to_owned(),
                    args: args.clone(),
                    object,
                },
            );
        }
    }
    let link = calls
        .iter()
        .find(|args| {
            !args.iter().any(|a| a == "-c")
                && args.windows(2).any(|w| w[0] == "-o" && w[1] == artifact)
        })
        .unwrap_or_else(|| {
            panic!(
                "make printed no link of {artifact} (compiler calls: {calls:#?}); output:\n{}",
                String::from_utf8_lossy(output)
            )
        });
    let lib_dirs: Vec<PathBuf> = link
        .iter()
        .filter_map(|a| a.strip_prefix("-L"))
        .map(|d| dir.join(d))
        .collect();
    let mut objects = Vec::new();
    for arg in link {
        if arg.ends_with(".o") {
            objects.push(dir.join(arg));
        } else if arg.ends_with(".a") {
            objects.extend(archive_members(&dir.join(arg)));
        } else if let Some(name) = arg.strip_prefix("-l") {
            // A library the project built; others (-lm, -ldl) are the system's.
            if let Some(a) = lib_dirs
                .iter()
                .map(|d| d.join(format!("lib{name}.a")))
                .find(|a| a.is_file())
            {
                objects.extend(archive_members(&a));
            }
        }
    }
    let units = objects
        .iter()
        .map(|o| {
            by_object.get(o).cloned().unwrap_or_else(|| {
                panic!(
                    "{artifact} links {}, which no compile call printed by make wrote",
                    o.display()
                )
            })
        })
        .collect();
    Built {
        artifact: dir.join(artifact),
        units,
    }
}

/// A static library's members, as paths beside it (the make projects archive objects of the
/// library's own directory).
fn archive_members(archive: &Path) -> Vec<PathBuf> {
    let out = run(Command::new(llvm_tool("llvm-ar")).arg("t").arg(archive));
    let dir = archive.parent().unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|m| dir.join(m))
        .collect()
}

/// CMake's compile commands of `target` (objects under `CMakeFiles/<target>.dir/`), checked
/// against the members of `archive`.
fn cmake_units(build: &Path, target: &str, archive: &Path) -> Built {
    let path = build.join("compile_commands.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (CMAKE_EXPORT_COMPILE_COMMANDS=ON)", path.display()));
    let entries: Vec<Value> = serde_json::from_str(&text).unwrap();
    let prefix = format!("CMakeFiles/{target}.dir/");
    let mut units = Vec::new();
    for e in &entries {
        let dir = PathBuf::from(e["directory"].as_str().unwrap());
        let mut args = shell_words::split(e["command"].as_str().unwrap()).unwrap();
        args.remove(0); // the compiler
                        // CMake before 3.20 writes no `output`: the command's -o says it.
        let object = compiled_object(&dir, &args)
            .unwrap_or_else(|| panic!("{}: a command without -c: {args:?}", path.display()));
        if !object.starts_with(dir.join(&prefix)) {
            continue;
        }
        units.push(Compile { object, dir, args });
    }
    let members: BTreeSet<String> = String::from_utf8_lossy(
        &run(Command::new(llvm_tool("llvm-ar")).arg("t").arg(archive)).stdout,
    )
    .lines()
    .map(str::to_owned)
    .collect();
    let objects: BTreeSet<String> = units
        .iter()
        .map(|u| u.object.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        members,
        objects,
        "{} holds other objects than {target}'s compile commands",
        archive.display()
    );
    Built {
        artifact: archive.to_owned(),
        units,
    }
}

// ---------------------------------------------------------------------------------------------
// The two routes
// ---------------------------------------------------------------------------------------------

/// Codegen options clang used, from `clang -###` of the same call.
#[derive(PartialEq, Eq, Ord, PartialOrd, Clone, Debug)]
struct Codegen {
    opt: String,
    relocation_model: String,
}

fn clang_codegen(unit: &Compile) -> Codegen {
    let mut cmd = Command::new(llvm_tool("clang"));
    cmd.current_dir(&unit.dir).arg("-###").args(&unit.args);
    let out = run(&mut cmd);
    let text = String::from_utf8_lossy(&out.stderr);
    let cc1 = text
        .lines()
        .find(|l| l.contains("\"-cc1\""))
        .unwrap_or_else(|| panic!("no -cc1 line from {}:\n{text}", display_command(&cmd)));
    let words = shell_words::split(cc1).unwrap();
    let relocation_model = words
        .windows(2)
        .find(|w| w[0] == "-mrelocation-model")
        .map(|w| w[1].clone())
        .unwrap_or_else(|| panic!("no -mrelocation-model in {cc1}"));
    // clang's last -O wins; -Os/-Oz are codegen level 2, as in clang's backend.
    let level = words
        .iter()
        .rev()
        .find_map(|w| w.strip_prefix("-O"))
        .unwrap_or("0");
    let opt = match level {
        "" | "1" => "1",
        "0" => "0",
        "3" | "fast" => "3",
        _ => "2",
    };
    Codegen {
        opt: opt.into(),
        relocation_model,
    }
}

/// The call compiling to `.ll` instead, use-list orders kept: `-c`, `-o X` and the
/// dependency-file options dropped.
fn ll_args(args: &[String], ll: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-c" | "-MD" | "-MMD" => {}
            "-o" | "-MF" | "-MT" | "-MQ" => {
                it.next();
            }
            _ => out.push(a.clone()),
        }
    }
    // Textual IR loses the use-list order unless asked to keep it, and llc's register
    // allocation follows it: bzip2's BZ2_blockSort gets a 16-byte smaller frame from a plain
    // `-S -emit-llvm` file than clang's own object has (docs/real-builds.md).
    out.extend(["-S", "-emit-llvm", "-Xclang", "-emit-llvm-uselists", "-o"].map(String::from));
    out.push(ll.display().to_string());
    out
}

fn stackbound(args: &mut Command) -> Value {
    let out = try_run(args.env("STACKBOUND_LLC", custom_llc())).unwrap_or_else(|e| panic!("{e}"));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: not a JSON report: {e}\n{}",
            display_command(args),
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// The `.ll` route's files: each unit compiled by clang to `.ll` with its own flags, and the
/// codegen options clang used for them (one set for the whole artifact).
struct LlFiles {
    lls: Vec<PathBuf>,
    codegen: Codegen,
}

fn ll_files(built: &Built, work: &Path) -> LlFiles {
    std::fs::create_dir_all(work).unwrap();
    let mut codegen = BTreeSet::new();
    let mut lls = Vec::new();
    for (i, unit) in built.units.iter().enumerate() {
        codegen.insert(clang_codegen(unit));
        let stem = unit.object.file_stem().unwrap().to_string_lossy();
        let ll = work.join(format!("{i:02}-{stem}.ll"));
        run(Command::new(llvm_tool("clang"))
            .current_dir(&unit.dir)
            .args(ll_args(&unit.args, &ll)));
        lls.push(ll);
    }
    assert_eq!(
        codegen.len(),
        1,
        "the units of {} were compiled with different codegen options: {codegen:?}",
        built.artifact.display()
    );
    LlFiles {
        lls,
        codegen: codegen.into_iter().next().unwrap(),
    }
}

/// What one analysis asks: the entries, and whether indirect calls are resolved.
#[derive(Clone, Copy)]
struct Query<'a> {
    entries: &'a [&'a str],
    resolve: bool,
}

fn query_args(cmd: &mut Command, q: Query) {
    for e in q.entries {
        cmd.args(["--entry", e]);
    }
    if q.resolve {
        cmd.arg("--resolve-indirect");
    }
    cmd.args(["--format", "json"]);
}

/// The `.ll` route: all files analysed as one program with clang's codegen options.
fn ll_report(files: &LlFiles, q: Query) -> Value {
    let mut cmd = Command::new(target_debug("stackbound"));
    cmd.args(&files.lls)
        .arg(format!("-O{}", files.codegen.opt))
        .arg(format!(
            "-relocation-model={}",
            files.codegen.relocation_model
        ));
    query_args(&mut cmd, q);
    stackbound(&mut cmd)
}

/// The object side: the built artifact itself (or, as a stand-in, the `.ll` route again).
fn object_report(built: &Built, files: &LlFiles, q: Query) -> Value {
    match OBJECT_SIDE {
        ObjectSide::Real | ObjectSide::Sections => {
            let mut cmd = Command::new(target_debug("stackbound"));
            cmd.arg(&built.artifact);
            query_args(&mut cmd, q);
            stackbound(&mut cmd)
        }
        ObjectSide::StandIn => ll_report(files, q),
    }
}

// ---------------------------------------------------------------------------------------------
// Comparing
// ---------------------------------------------------------------------------------------------

/// A function's key across the two reports: its name, and for local (static) functions the
/// source file of its module (module names differ: object file vs `.ll` file).
fn function_key(report: &Value, f: &Value) -> String {
    let name = f["name"].as_str().unwrap();
    if f["local"].as_bool().unwrap_or(false) {
        let module = &report["modules"][f["module"].as_u64().unwrap() as usize];
        format!("{}:{name}", module["source"].as_str().unwrap_or("?"))
    } else {
        name.to_owned()
    }
}

/// What must agree: bound, status, flags and own depth per reached function, and the externals.
#[derive(PartialEq, Eq, Debug)]
struct Outcome {
    functions: BTreeMap<String, (u64, String, Vec<String>, u64)>,
    externals: BTreeSet<String>,
}

fn outcome(report: &Value) -> Outcome {
    let mut functions = BTreeMap::new();
    for f in report["functions"].as_array().unwrap() {
        let mut flags: Vec<String> = f["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect();
        flags.sort();
        let key = function_key(report, f);
        let value = (
            f["total"].as_u64().unwrap(),
            f["status"].as_str().unwrap().to_owned(),
            flags,
            f["own_depth"].as_u64().unwrap(),
        );
        assert!(
            functions.insert(key.clone(), value).is_none(),
            "two functions keyed {key}"
        );
    }
    let externals = report["externals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_owned())
        .collect();
    Outcome {
        functions,
        externals,
    }
}

/// The artifact's functions against the report without `--entry`: every function the linker
/// kept that the project's own code defines has a record; no record names code that is not
/// there (what `--gc-sections` dropped); the rest of the code (crt, libc) is `unrecorded`.
/// The independent sources: `llvm-nm` and the `.ll` files' definitions. Returns (records,
/// unrecorded).
fn check_symbols(what: &str, built: &Built, files: &LlFiles) -> (usize, usize) {
    let mut cmd = Command::new(target_debug("stackbound"));
    cmd.arg(&built.artifact).args(["--format", "json"]);
    let report = stackbound(&mut cmd);
    let names = |key: &str| -> BTreeSet<String> {
        report[key]
            .as_array()
            .unwrap_or_else(|| panic!("{what}: the report has no `{key}` array"))
            .iter()
            .map(|f| f["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let (recorded, unrecorded) = (names("functions"), names("unrecorded"));
    let nm = run(Command::new(llvm_tool("llvm-nm"))
        .args(["-P", "--defined-only"])
        .arg(&built.artifact));
    let code: BTreeSet<String> = String::from_utf8_lossy(&nm.stdout)
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let (name, kind) = (w.next()?, w.next()?);
            matches!(kind, "T" | "t").then(|| name.to_owned())
        })
        .collect();
    let defined: BTreeSet<String> = files
        .lls
        .iter()
        .flat_map(|ll| ir_defined_functions(&std::fs::read_to_string(ll).unwrap()))
        .collect();
    let absent: Vec<_> = recorded.difference(&code).collect();
    assert!(
        absent.is_empty(),
        "{what}: records for functions the artifact has no code for: {absent:?}"
    );
    let lost: Vec<_> = code
        .iter()
        .filter(|n| !recorded.contains(*n) && !unrecorded.contains(*n))
        .collect();
    assert!(
        lost.is_empty(),
        "{what}: functions in the artifact the report neither records nor lists as unrecorded: {lost:?}"
    );
    let ours: Vec<_> = unrecorded.intersection(&defined).collect();
    assert!(
        ours.is_empty(),
        "{what}: the project's own functions without a record: {ours:?}"
    );
    (recorded.len(), unrecorded.len())
}

/// Negative controls: `STACKBOUND_REAL_BUILDS_TAMPER=routes` lowers the object side's own depths
/// by 8 before the route comparison, `=code` before the disassembly check; the tests must fail.
fn tamper(check: &str) -> i64 {
    match std::env::var("STACKBOUND_REAL_BUILDS_TAMPER") {
        Ok(c) if c == check => 8,
        _ => 0,
    }
}

/// A third, independent source: the SP depths in the artifact's own machine code
/// (tests/src/sp_walk, from objdump's text). No reached function's `own_depth` may be below the
/// deepest byte its code touches; returns (functions walked, functions equal to the walk).
fn check_disassembly(what: &str, report: &Value, artifact: &Path) -> (usize, usize) {
    let out = run(Command::new(llvm_tool("llvm-objdump"))
        .args(["-dr", "--no-show-raw-insn"])
        .arg(artifact));
    let funcs = parse_disassembly(&String::from_utf8_lossy(&out.stdout));
    let outlined = outlined_summaries(&funcs);
    let mut by_name: BTreeMap<&str, Vec<&DisFunction>> = BTreeMap::new();
    for f in &funcs {
        for n in &f.names {
            by_name.entry(n.as_str()).or_default().push(f);
        }
    }
    let (mut walked, mut equal) = (0, 0);
    let mut low = Vec::new();
    for f in report["functions"].as_array().unwrap() {
        let name = f["name"].as_str().unwrap();
        // A name several local functions share cannot be paired with its code by name.
        let Some([code]) = by_name.get(name).map(Vec::as_slice) else {
            continue;
        };
        let Ok(w) = walk(code, &outlined) else {
            continue;
        };
        walked += 1;
        let own = f["own_depth"].as_i64().unwrap() - tamper("code");
        if own < w.deepest {
            low.push(format!(
                "  {name}: own_depth {own} < {} in the code",
                w.deepest
            ));
        }
        equal += usize::from(own == w.deepest);
    }
    assert!(
        low.is_empty(),
        "{what}: UNDERESTIMATE against {}'s disassembly:\n{}",
        artifact.display(),
        low.join("\n")
    );
    assert!(
        walked > 0,
        "{what}: no reached function found in the disassembly"
    );
    (walked, equal)
}

/// The report without what names the input files (module names and origins), for comparing two
/// builds of the same artifact.
fn normalized(report: &Value) -> Value {
    let mut r = report.clone();
    if let Some(modules) = r["modules"].as_array_mut() {
        for m in modules {
            m["origin"] = Value::Null;
            m["name"] = Value::Null;
        }
    }
    r
}

struct Row {
    project: &'static str,
    config: &'static str,
    resolve: bool,
    units: usize,
    reached: usize,
    complete: usize,
    lower: usize,
    unbounded: usize,
    externals: usize,
    entries: Vec<(String, u64, String)>,
    /// Functions walked in the artifact's disassembly, and those whose own depth equals it.
    disassembly: Option<(usize, usize)>,
    /// The artifact's records and unrecorded functions (the whole artifact, no `--entry`).
    symbols: Option<(usize, usize)>,
    build_s: f64,
    analyse_s: f64,
}

/// Both routes on `built`, with indirect calls left out and resolved (`--resolve-indirect`,
/// which reaches much more of a program that calls through pointers, and needs the signatures
/// and address-taken sets from the objects); one row each.
fn compare(
    project: &'static str,
    config: &Config,
    built: &Built,
    entries: &[&str],
    work: &Path,
    build_s: f64,
) -> Vec<Row> {
    let started = Instant::now();
    let files = ll_files(built, &work.join("ll"));
    let ll_s = started.elapsed().as_secs_f64();
    let symbols = match OBJECT_SIDE {
        ObjectSide::StandIn => None,
        _ => Some(check_symbols(
            &format!("{project} ({}, {})", config.name, built.artifact.display()),
            built,
            &files,
        )),
    };
    [false, true]
        .into_iter()
        .map(|resolve| {
            let q = Query { entries, resolve };
            let started = Instant::now();
            let ll = ll_report(&files, q);
            let obj = object_report(built, &files, q);
            let analyse_s = ll_s + started.elapsed().as_secs_f64();
            let mode = if resolve { ", --resolve-indirect" } else { "" };
            let what = format!(
                "{project} ({}{mode}, {})",
                config.name,
                built.artifact.display()
            );
            let mut row = compare_reports(&what, &obj, &ll, built, entries);
            (row.project, row.config, row.resolve) = (project, config.name, resolve);
            (row.build_s, row.analyse_s, row.symbols) = (build_s, analyse_s, symbols);
            row
        })
        .collect()
}

/// The object side's report `obj` against the `.ll` route's `ll`, and against the artifact's
/// code.
fn compare_reports(what: &str, obj: &Value, ll: &Value, built: &Built, entries: &[&str]) -> Row {
    let (mut a, b) = (outcome(obj), outcome(ll));
    for v in a.functions.values_mut() {
        v.3 = v.3.saturating_sub(tamper("routes") as u64);
    }

    let mut diff = String::new();
    for (key, x) in &a.functions {
        match b.functions.get(key) {
            Some(y) if x == y => {}
            Some(y) => writeln!(diff, "  {key}: object {x:?}, .ll {y:?}").unwrap(),
            None => writeln!(diff, "  {key}: only in the object report {x:?}").unwrap(),
        }
    }
    for (key, y) in &b.functions {
        if !a.functions.contains_key(key) {
            writeln!(diff, "  {key}: only in the .ll report {y:?}").unwrap();
        }
    }
    if a.externals != b.externals {
        writeln!(
            diff,
            "  externals: object only {:?}, .ll only {:?}",
            a.externals.difference(&b.externals).collect::<Vec<_>>(),
            b.externals.difference(&a.externals).collect::<Vec<_>>()
        )
        .unwrap();
    }
    assert!(diff.is_empty(), "{what}: the reports differ:\n{diff}");

    // Bodies from outside (libc) are externals in both, never functions with a bound.
    for name in &a.externals {
        assert!(
            !a.functions.contains_key(name) && !b.functions.contains_key(name),
            "{what}: {name} is both an external and a function"
        );
    }
    let disassembly = match OBJECT_SIDE {
        ObjectSide::StandIn => None,
        _ => Some(check_disassembly(what, obj, &built.artifact)),
    };
    let count = |s: &str| a.functions.values().filter(|v| v.1 == s).count();
    let mut entry_rows = Vec::new();
    for e in entries {
        let (total, status, ..) = a
            .functions
            .get(*e)
            .unwrap_or_else(|| panic!("{what}: entry {e} is not in the report"));
        assert!(*total > 0, "{what}: {e}'s bound is 0");
        entry_rows.push((e.to_string(), *total, status.clone()));
    }
    assert!(
        a.functions.len() >= 20,
        "{what}: only {} functions reached from {entries:?}: a trivial report proves nothing",
        a.functions.len()
    );
    assert!(
        !a.externals.is_empty(),
        "{what}: no externals reached: libc calls should be unknown"
    );
    Row {
        project: "",
        config: "",
        resolve: false,
        units: built.units.len(),
        reached: a.functions.len(),
        complete: count("complete"),
        lower: count("lower_bound"),
        unbounded: count("unbounded"),
        externals: a.externals.len(),
        entries: entry_rows,
        disassembly,
        symbols: None,
        build_s: 0.0,
        analyse_s: 0.0,
    }
}

fn print_table(rows: &[Row]) {
    let mut t = String::new();
    writeln!(
        t,
        "object side: {OBJECT_SIDE:?}\n| project | config | indirect | TUs | reached | complete | ≥ | unbounded | externals | entries (bound, status) | disassembly: walked (equal) | artifact: records (unrecorded) | build s | analyse s |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    .unwrap();
    for r in rows {
        let entries: Vec<String> = r
            .entries
            .iter()
            .map(|(n, t, s)| {
                format!(
                    "{n} {}{t}",
                    if s == "complete" {
                        ""
                    } else if s == "lower_bound" {
                        "≥"
                    } else {
                        "unbounded ≥"
                    }
                )
            })
            .collect();
        writeln!(
            t,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.1} | {:.1} |",
            r.project,
            r.config,
            if r.resolve { "resolved" } else { "left out" },
            r.units,
            r.reached,
            r.complete,
            r.lower,
            r.unbounded,
            r.externals,
            entries.join(", "),
            r.disassembly
                .map_or("-".into(), |(walked, equal)| format!("{walked} ({equal})")),
            r.symbols
                .map_or("-".into(), |(recorded, unrecorded)| format!(
                    "{recorded} ({unrecorded})"
                )),
            r.build_s,
            r.analyse_s
        )
        .unwrap();
    }
    eprintln!("{t}");
}

/// ccache's counters from `--print-stats` (tab-separated `id value`).
#[derive(Debug)]
struct CcacheStats {
    hits: u64,
    misses: u64,
}

fn ccache_stats(text: &str) -> CcacheStats {
    let get = |id: &str| {
        text.lines()
            .find_map(|l| {
                let (k, v) = l.split_once('\t')?;
                (k == id).then(|| v.trim().parse::<u64>().ok())?
            })
            .unwrap_or(0)
    };
    CcacheStats {
        hits: get("direct_cache_hit") + get("preprocessed_cache_hit"),
        misses: get("cache_miss"),
    }
}
