//! The full build: configure the patched tree with cmake and build only `llc`. The build dir is
//! kept between runs, so an interrupted build resumes where ninja stopped.

use std::{fs, path::Path};

use crate::error::{Context, Result};
use xshell::{cmd, Shell};

use crate::{error::run_to_stderr, options::Launcher, stamp::Inputs};

pub struct Full<'a> {
    /// The patched source tree (holding `llvm/`).
    pub tree: &'a Path,
    pub build: &'a Path,
    pub major: &'a str,
    pub targets: &'a [String],
    pub launcher: Option<Launcher>,
    pub jobs: usize,
}

impl Full<'_> {
    /// Builds llc and returns where ninja put it.
    pub fn build(&self, sh: &Shell) -> Result<std::path::PathBuf> {
        self.configure(sh)?;
        let (build, jobs) = (self.build, self.jobs.to_string());
        eprintln!(
            "==> full: ninja llc in {} (about 48 min on 2 cores from scratch; a rerun resumes)",
            build.display()
        );
        run_to_stderr(cmd!(sh, "ninja -C {build} -j {jobs} llc")).context(
            "the full build failed (ninja's output is above). Fix the cause and run the command \
             again: it resumes where it stopped.",
        )?;
        Ok(build.join("bin/llc"))
    }

    fn args(&self) -> Vec<String> {
        let llvm = self.tree.join("llvm");
        let major = self.major;
        let mut args: Vec<String> = vec![
            "-G".into(),
            "Ninja".into(),
            "-S".into(),
            llvm.display().to_string(),
            "-B".into(),
            self.build.display().to_string(),
            "-DCMAKE_BUILD_TYPE=Release".into(),
            format!("-DLLVM_TARGETS_TO_BUILD={}", self.targets.join(";")),
            format!("-DCMAKE_C_COMPILER=clang-{major}"),
            format!("-DCMAKE_CXX_COMPILER=clang++-{major}"),
            "-DLLVM_USE_LINKER=lld".into(),
            // clang 22 flags Debian 12's libstdc++ for deprecations thousands of times: noise only.
            "-DCMAKE_CXX_FLAGS=-Wno-deprecated-declarations".into(),
        ];
        // Everything llc does not need is off: fewer dependencies and a shorter build.
        let off = [
            "LLVM_ENABLE_ASSERTIONS",
            "LLVM_INCLUDE_TESTS",
            "LLVM_BUILD_TESTS",
            "LLVM_INCLUDE_EXAMPLES",
            "LLVM_INCLUDE_BENCHMARKS",
            "LLVM_INCLUDE_DOCS",
            "LLVM_ENABLE_BINDINGS",
            "LLVM_ENABLE_ZLIB",
            "LLVM_ENABLE_ZSTD",
            "LLVM_ENABLE_LIBXML2",
            "LLVM_ENABLE_LIBEDIT",
            "LLVM_ENABLE_LIBPFM",
            "LLVM_ENABLE_Z3_SOLVER",
            "LLVM_ENABLE_CURL",
            "LLVM_ENABLE_HTTPLIB",
            "LLVM_BUILD_LLVM_DYLIB",
        ];
        args.extend(off.iter().map(|var| format!("-D{var}=OFF")));
        args.extend([
            "-DLLVM_ENABLE_PROJECTS=".into(),
            "-DLLVM_ENABLE_RUNTIMES=".into(),
        ]);
        let launcher = self.launcher.map(Launcher::program).unwrap_or_default();
        for lang in ["C", "CXX"] {
            args.push(format!("-DCMAKE_{lang}_COMPILER_LAUNCHER={launcher}"));
        }
        args
    }

    /// Runs cmake unless the build dir was configured with exactly these arguments.
    fn configure(&self, sh: &Shell) -> Result<()> {
        let args = self.args();
        let configured = Inputs::default()
            .add("cmake", args.join("\n"))
            .stamp(self.build.join(".stackbound-configured"));
        if configured.is_current() && self.build.join("build.ninja").exists() {
            eprintln!("==> full: {} is configured already", self.build.display());
            return Ok(());
        }
        fs::create_dir_all(self.build)?;
        configured.remove()?;
        eprintln!("==> full: configuring with cmake");
        run_to_stderr(cmd!(sh, "cmake {args...}")).context(
            "cmake could not configure the LLVM tree (its output is above). Missing packages are the \
             usual cause; install what it names and run the command again.",
        )?;
        configured.write()?;
        Ok(())
    }
}
