//! The overlay build: compile only what the patches change (every `.cpp` file a patch touches:
//! `TargetPassConfig.cpp` and each target's `TargetMachine.cpp`), the pass (its walker and one SP
//! decoder per target) and the llc driver, and link them ahead of the system LLVM's static
//! libraries, which must have exactly the pinned version. The object files override the archive
//! members they replace.
//!
//! The TableGen headers are found, not listed: `clang++ -MM -MG` names the generated headers a
//! translation unit includes, and each target's CMakeLists.txt `tablegen(...)` lines say how to
//! make them. A small build.ninja does the rest: parallel, incremental, with progress.

use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
};

use crate::error::{bail, Context, Result};
use xshell::{cmd, Shell};

use crate::{
    error::run_to_stderr,
    layout::{target_of, PASS_FILES},
    options::Launcher,
    patch,
    system_llvm::SystemLlvm,
};

mod cmake;
mod ninja;

use cmake::TblgenRule;

pub struct Overlay<'a> {
    pub llvm: &'a SystemLlvm,
    pub cxx: String,
    /// The patched source tree (holding `llvm/`).
    pub tree: &'a Path,
    pub build: &'a Path,
    pub pass_dir: &'a Path,
    /// The patch series: the `.cpp` files it touches are compiled here.
    pub patches: &'a [PathBuf],
    pub targets: &'a [String],
    pub launcher: Option<Launcher>,
    pub jobs: usize,
    pub out: &'a Path,
}

/// One translation unit to compile.
struct Unit {
    src: PathBuf,
    obj: String,
    includes: Vec<PathBuf>,
    /// The backend whose generated headers it includes.
    target: Option<String>,
}

impl Overlay<'_> {
    pub fn build(&self, sh: &Shell) -> Result<()> {
        let include = self.build.join("include");
        fs::create_dir_all(self.out.parent().unwrap())?;
        // A directory with only the pass's new headers: the system's headers stay the ones used
        // for the rest, so the objects agree with the libraries they are linked against.
        for (from, to) in PASS_FILES {
            if let Ok(header) = Path::new(to).strip_prefix("llvm/include") {
                let dest = include.join(header);
                fs::create_dir_all(dest.parent().unwrap())?;
                copy_if_changed(&self.pass_dir.join(from), &dest)?;
            }
        }

        let llvm_config = self.llvm.llvm_config();
        let mut cxxflags: Vec<String> =
            split(&cmd!(sh, "{llvm_config} --cxxflags").quiet().read()?);
        // Debian builds LLVM with RTTI, and llvm-config says nothing against it: keep it on.
        cxxflags.extend(["-O2", "-DNDEBUG"].map(String::from));

        let units = self.units(&include)?;
        let rules = self.tablegen(sh, &units, &cxxflags)?;
        let libs = self.link_libs(sh)?;
        self.write_ninja(&units, &rules, &cxxflags, &libs)?;
        eprintln!(
            "==> overlay: building {} from {} translation units",
            self.out.display(),
            units.len()
        );
        self.ninja(sh, &[]).context(
            "the overlay build failed (ninja's output is above). Undefined or duplicate symbols at \
             the link mean the system LLVM does not match the pinned source: check \
             `llvm-config --version`, or build with --mode full.",
        )
    }

    fn llvm_dir(&self) -> PathBuf {
        self.tree.join("llvm")
    }

    fn units(&self, include: &Path) -> Result<Vec<Unit>> {
        let llvm = self.llvm_dir();
        let target_unit = |src: PathBuf, obj: String, target: Option<String>| {
            let mut includes = vec![include.to_owned()];
            if let Some(target) = &target {
                includes.push(llvm.join("lib/Target").join(target));
                includes.push(self.gen_dir(target));
            }
            Unit {
                src,
                obj,
                includes,
                target,
            }
        };
        let mut units = Vec::new();
        // Every LLVM source a patch changes: its object overrides the archive member built from
        // the unpatched file. A backend's file is compiled with that backend's headers.
        for patch in self.patches {
            for file in patch::touched_files(&fs::read_to_string(patch)?) {
                if file.extension().is_none_or(|ext| ext != "cpp") {
                    continue;
                }
                let target = target_of(&file);
                if let Some(target) = &target {
                    if !self.targets.contains(target) {
                        bail!(
                            "{} patches {}, but {target} is not a pinned target",
                            patch.display(),
                            file.display()
                        );
                    }
                }
                let stem = file.file_stem().unwrap_or_default().to_string_lossy();
                let obj = format!("obj/{stem}.o");
                if units.iter().any(|unit: &Unit| unit.obj == obj) {
                    continue;
                }
                units.push(target_unit(self.tree.join(&file), obj, target));
            }
        }
        // The pass, from pass/: the walker, and the SP decoder of each target that is built.
        for (from, to) in PASS_FILES {
            if !from.ends_with(".cpp") {
                continue;
            }
            let target = target_of(Path::new(to));
            if target.as_ref().is_some_and(|t| !self.targets.contains(t)) {
                continue;
            }
            let stem = from.trim_end_matches(".cpp");
            units.push(target_unit(
                self.pass_dir.join(from),
                format!("obj/pass/{stem}.o"),
                target,
            ));
        }
        for name in ["llc", "NewPMDriver"] {
            let src = llvm.join(format!("tools/llc/{name}.cpp"));
            units.push(Unit {
                src,
                obj: format!("obj/{name}.o"),
                includes: vec![],
                target: None,
            });
        }
        Ok(units)
    }

    fn gen_dir(&self, target: &str) -> PathBuf {
        self.build.join("gen").join(target)
    }

    /// Finds and generates the TableGen headers the target units need. A generated header may
    /// include further generated headers, so scan, generate and scan again until nothing is missing.
    fn tablegen(&self, sh: &Shell, units: &[Unit], cxxflags: &[String]) -> Result<Vec<TblgenRule>> {
        let mut catalogs = Vec::new();
        for unit in units {
            let Some(target) = &unit.target else { continue };
            let target_dir = self.llvm_dir().join("lib/Target").join(target);
            let cmakelists = target_dir.join("CMakeLists.txt");
            let catalog =
                cmake::tablegen_rules(&fs::read_to_string(&cmakelists)?, &target_dir, target);
            catalogs.push((unit, cmakelists, catalog));
        }
        let mut rules: Vec<TblgenRule> = Vec::new();
        for round in 1..=5 {
            let mut absent = 0;
            for (unit, cmakelists, catalog) in &catalogs {
                let (needed, missing) = self.generated_includes(sh, unit, cxxflags)?;
                absent += missing;
                for name in needed {
                    let Some(rule) = catalog.iter().find(|rule| rule.outputs().contains(&name))
                    else {
                        bail!(
                            "{} includes {name}, which no tablegen(...) line in {} produces, so the \
                             overlay build cannot make it. If a patch added that include, it needs a \
                             full build (--mode full).",
                            unit.src.display(),
                            cmakelists.display()
                        );
                    };
                    if !rules.contains(rule) {
                        rules.push(rule.clone());
                    }
                }
            }
            if absent == 0 {
                return Ok(rules);
            }
            let outputs: Vec<String> = rules
                .iter()
                .map(|rule| self.gen_path(rule, &rule.output))
                .collect();
            eprintln!(
                "==> overlay: tablegen round {round}: {} tablegen runs",
                rules.len()
            );
            self.write_ninja(&[], &rules, &[], &[])?;
            self.ninja(sh, &outputs)?;
        }
        bail!("generated headers keep including more generated headers; gave up after 5 rounds")
    }

    /// The generated headers `unit` includes (file names), and how many of them do not exist yet.
    fn generated_includes(
        &self,
        sh: &Shell,
        unit: &Unit,
        cxxflags: &[String],
    ) -> Result<(BTreeSet<String>, usize)> {
        let _dir = sh.push_dir(self.build);
        let cxx = &self.cxx;
        let includes = unit
            .includes
            .iter()
            .map(|dir| format!("-I{}", dir.display()));
        let src = &unit.src;
        // -MG lists a missing header by the name it was included with instead of failing.
        let deps = cmd!(sh, "{cxx} {cxxflags...} {includes...} -MM -MG {src}")
            .quiet()
            .read()?;
        let gen = self.gen_dir(unit.target.as_deref().unwrap_or_default());
        let mut needed = BTreeSet::new();
        let mut absent = 0;
        for dep in deps.replace("\\\n", " ").split_whitespace().skip(1) {
            let path = Path::new(dep);
            let exists = path.is_absolute() && path.exists();
            if !exists {
                absent += 1;
            }
            if !exists || path.starts_with(&gen) {
                needed.insert(
                    path.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
        Ok((needed, absent))
    }

    fn gen_path(&self, rule: &TblgenRule, file: &str) -> String {
        self.gen_dir(&rule.target).join(file).display().to_string()
    }

    /// `llvm-config` flags for llc's own link components (read from tools/llc/CMakeLists.txt).
    fn link_libs(&self, sh: &Shell) -> Result<Vec<String>> {
        let cmakelists = self.llvm_dir().join("tools/llc/CMakeLists.txt");
        let components = cmake::link_components(&fs::read_to_string(&cmakelists)?);
        if components.is_empty() {
            bail!("found no LLVM_LINK_COMPONENTS in {}", cmakelists.display());
        }
        let llvm_config = self.llvm.llvm_config();
        let mut flags = split(
            &cmd!(sh, "{llvm_config} --link-static --ldflags")
                .quiet()
                .read()?,
        );
        flags.extend(split(
            &cmd!(sh, "{llvm_config} --link-static --libs {components...}")
                .quiet()
                .read()?,
        ));
        flags.extend(split(
            &cmd!(sh, "{llvm_config} --link-static --system-libs")
                .quiet()
                .read()?,
        ));
        Ok(flags)
    }

    fn write_ninja(
        &self,
        units: &[Unit],
        rules: &[TblgenRule],
        cxxflags: &[String],
        libs: &[String],
    ) -> Result<()> {
        let tblgen = self.llvm.tblgen().display().to_string();
        let launcher = self.launcher.map(Launcher::program).unwrap_or_default();
        let mut n = ninja::Writer::default();
        n.var("ninja_required_version", "1.10");
        n.rule(
            "tblgen",
            "$tblgen $args $in --write-if-changed -o $main -d $main.d",
            "TBLGEN $main",
        )
        .depfile("$main.d")
        .restat();
        n.rule(
            "cxx",
            &format!(
                "{launcher} {} $flags -MD -MF $out.d -c $in -o $out",
                self.cxx
            ),
            "CXX $out",
        )
        .depfile("$out.d");
        n.rule(
            "link",
            &format!("{} -fuse-ld=lld -o $out $in $libs", self.cxx),
            "LINK $out",
        );
        n.var("tblgen", &tblgen);

        let llvm = self.llvm_dir();
        let mut generated = Vec::new();
        for rule in rules {
            let outputs: Vec<String> = rule
                .outputs()
                .iter()
                .map(|file| self.gen_path(rule, file))
                .collect();
            let incs = [
                llvm.join("lib/Target").join(&rule.target),
                llvm.join("include"),
                llvm.join("lib/Target"),
            ];
            let mut args = rule.args.clone();
            args.extend(incs.iter().map(|dir| format!("-I{}", dir.display())));
            let main = self.gen_path(rule, &rule.output);
            n.build(&outputs, "tblgen", &[rule.td.display().to_string()], &[])
                .let_("main", &main)
                .let_args("args", &args);
            generated.extend(outputs);
        }
        let mut objs = Vec::new();
        for unit in units {
            let mut flags = cxxflags.to_vec();
            flags.extend(
                unit.includes
                    .iter()
                    .map(|dir| format!("-I{}", dir.display())),
            );
            let order_only = if unit.target.is_some() {
                generated.as_slice()
            } else {
                &[]
            };
            n.build(
                std::slice::from_ref(&unit.obj),
                "cxx",
                &[unit.src.display().to_string()],
                order_only,
            )
            .let_args("flags", &flags);
            objs.push(unit.obj.clone());
        }
        if !units.is_empty() {
            let out = self.out.display().to_string();
            n.build(std::slice::from_ref(&out), "link", &objs, &[])
                .let_args("libs", libs);
            n.default_target(&out);
        }
        write_if_changed(&self.build.join("build.ninja"), &n.finish())
    }

    fn ninja(&self, sh: &Shell, targets: &[String]) -> Result<()> {
        let (build, jobs) = (self.build, self.jobs.to_string());
        run_to_stderr(cmd!(sh, "ninja -C {build} -j {jobs} {targets...}"))
    }
}

fn split(flags: &str) -> Vec<String> {
    flags.split_whitespace().map(String::from).collect()
}

fn write_if_changed(path: &Path, contents: &str) -> Result<()> {
    if fs::read_to_string(path).ok().as_deref() != Some(contents) {
        fs::write(path, contents).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// Copies unless `to` already has the same bytes, so its mtime (and ninja) stay quiet.
pub fn copy_if_changed(from: &Path, to: &Path) -> Result<()> {
    let contents = fs::read(from).with_context(|| format!("cannot read {}", from.display()))?;
    if fs::read(to).ok().as_deref() != Some(contents.as_slice()) {
        fs::write(to, contents).with_context(|| format!("cannot write {}", to.display()))?;
    }
    Ok(())
}
