//! A build (`cargo xtask build-llc`, `stackbound llc build`): decide the mode and source, check
//! tools, then (unless the stamp says the llc is current) prepare the patched tree and build.

use std::{
    fs,
    path::{Path, PathBuf},
    time::Instant,
};

use crate::error::{bail, Context, Result};
use xshell::Shell;

use crate::{
    full::Full,
    layout::{mode_name, Layout},
    options::{BuildOptions, Mode},
    overlay::Overlay,
    patch,
    pin::Pin,
    prebuilt::{self, Manifest},
    source::Source,
    stamp::{Inputs, Stamp},
    system_llvm::SystemLlvm,
    tools::{self, Tool},
    tree::{self, TreeSpec},
};

/// Bump when the build recipe changes in a way the other stamp inputs do not show.
const RECIPE: &str = "1";

impl BuildOptions {
    /// Builds (or finds current) the llc from the sources in `root` (`llvm-pin.toml`, `pass/`,
    /// `llvm-patches/`) into `layout`, and returns its path; progress goes to stderr only, so
    /// commands that print a report can build on demand.
    pub fn build(&self, sh: &Shell, root: &Path, layout: &Layout) -> Result<PathBuf> {
        let pin = Pin::load(root)?;
        let pass_hash = prebuilt::pass_hash(root)?;
        // A prebuilt from fetch-llc for this pass hash is current unless a full build was asked
        // for; checked first, so that it is used on a machine without the build tools.
        if self.mode != Mode::Full && prebuilt::is_current(layout, &pin, &pass_hash) {
            eprintln!(
                "llc is up to date (prebuilt for pass hash {}, {})",
                prebuilt::short(&pass_hash),
                layout.stamp().display()
            );
            return Ok(layout.llc());
        }
        let (mode, system) = self.resolve_mode(sh, &pin)?;
        let source = Source::resolve(self, &pin)?;
        let patches = patch::series(&root.join("llvm-patches"))?;
        let pass_dir = root.join("pass");
        tools::require(
            &self.tools(mode, &pin, &source, system.as_ref()),
            &format!("{} --mode {}", layout.fixes.build, mode_name(mode)),
        )?;

        let llc = layout.llc();
        let stamp = self.stamp(layout, &pin, mode, &source, &pass_hash, system.as_ref())?;
        let manifest = Manifest::current(&pin, &pass_hash, mode_name(mode));
        if stamp.is_current() && llc.exists() {
            eprintln!(
                "llc is up to date ({} mode, {})",
                mode_name(mode),
                stamp.path().display()
            );
            // An llc built before build-llc wrote manifests gets one (dist-llc reads it).
            if Manifest::load(&layout.manifest()).ok().as_ref() != Some(&manifest) {
                manifest.write(&layout.manifest())?;
            }
            return Ok(llc);
        }
        stamp.remove()?;

        let started = Instant::now();
        let spec = TreeSpec {
            mode,
            source: &source,
            targets: &pin.targets,
            patches: &patches,
            pass_dir: &pass_dir,
        };
        let tree = tree::prepare(sh, layout, &spec)?;
        let jobs = self
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        let build = layout.build(mode);
        match &system {
            Some(llvm) => Overlay {
                llvm,
                cxx: format!("clang++-{}", pin.major()),
                tree: &tree,
                build: &build,
                pass_dir: &pass_dir,
                patches: &patches,
                targets: &pin.targets,
                launcher: self.launcher,
                jobs,
                out: &llc,
            }
            .build(sh)?,
            None => {
                let full = Full {
                    tree: &tree,
                    build: &build,
                    major: pin.major(),
                    targets: &pin.targets,
                    launcher: self.launcher,
                    jobs,
                };
                install(&full.build(sh)?, &llc)?;
            }
        }
        manifest.write(&layout.manifest())?;
        stamp.write()?;
        eprintln!(
            "==> llc built in {:.0} s ({} mode)",
            started.elapsed().as_secs_f64(),
            mode_name(mode)
        );
        Ok(llc)
    }

    /// The concrete mode, with the system LLVM when it is overlay.
    fn resolve_mode(&self, sh: &Shell, pin: &Pin) -> Result<(Mode, Option<SystemLlvm>)> {
        match self.mode {
            Mode::Full => Ok((Mode::Full, None)),
            Mode::Overlay => match SystemLlvm::probe(sh, pin) {
                Ok(llvm) => Ok((Mode::Overlay, Some(llvm))),
                Err(why) => bail!(
                    "--mode overlay links against the system LLVM, which must be exactly {} with its \
                     static libraries, but {why}. Install it with `apt-get install -y llvm-{major}-dev \
                     llvm-{major}` (from a suite that has {}), or use --mode full.",
                    pin.version,
                    pin.version,
                    major = pin.major(),
                ),
            },
            Mode::Auto => match SystemLlvm::probe(sh, pin) {
                Ok(llvm) => Ok((Mode::Overlay, Some(llvm))),
                Err(why) => {
                    eprintln!("==> no overlay build: {why}; building the full LLVM instead");
                    Ok((Mode::Full, None))
                }
            },
        }
    }

    fn tools(
        &self,
        mode: Mode,
        pin: &Pin,
        source: &Source,
        system: Option<&SystemLlvm>,
    ) -> Vec<Tool> {
        let major = pin.major();
        let mut tools = vec![
            Tool::new("patch", "patch"),
            Tool::new("ninja", "ninja-build"),
            Tool::new(format!("clang++-{major}"), format!("clang-{major}")),
            Tool::new(format!("ld.lld-{major}"), format!("lld-{major}")),
        ];
        match system {
            Some(llvm) => tools.push(Tool::new(
                llvm.tblgen().display().to_string(),
                format!("llvm-{major}"),
            )),
            None => {
                debug_assert_eq!(mode, Mode::Full);
                tools.push(Tool::new("cmake", "cmake"));
                tools.push(Tool::new(
                    format!("clang-{major}"),
                    format!("clang-{major}"),
                ));
            }
        }
        tools.extend(source.tools());
        if let Some(launcher) = self.launcher {
            tools.push(Tool::new(launcher.program(), launcher.program()));
        }
        tools
    }

    /// Everything the llc depends on: the pin, the source bytes, the patches, the pass, the mode
    /// and its options, and for an overlay the system libraries it links against.
    #[allow(clippy::too_many_arguments)]
    fn stamp(
        &self,
        layout: &Layout,
        pin: &Pin,
        mode: Mode,
        source: &Source,
        pass_hash: &str,
        system: Option<&SystemLlvm>,
    ) -> Result<Stamp> {
        let mut inputs = Inputs::default();
        inputs
            .add("recipe", RECIPE)
            .add("version", &pin.version)
            .add("targets", pin.targets.join(";"))
            .add("mode", mode_name(mode))
            .add("source", source.id())
            .add(
                "launcher",
                self.launcher.map(|l| l.program()).unwrap_or_default(),
            );
        // The patches and the pass sources, as the pass hash of a prebuilt llc has them.
        inputs.add("pass", pass_hash);
        if let Some(llvm) = system {
            // A reinstalled llvm-dev of the same version still changes the libraries we link.
            let lib = fs::metadata(llvm.libdir.join("libLLVMCodeGen.a"))?;
            inputs.add(
                "system",
                format!("{} {} {:?}", llvm.version, lib.len(), lib.modified()?),
            );
        }
        Ok(inputs.stamp(layout.stamp()))
    }
}

/// Puts the full build's llc at the one output path, atomically.
fn install(built: &Path, dest: &Path) -> Result<()> {
    fs::create_dir_all(dest.parent().unwrap())?;
    let tmp = dest.with_extension("installing");
    fs::copy(built, &tmp)
        .with_context(|| format!("cannot copy {} to {}", built.display(), tmp.display()))?;
    fs::rename(&tmp, dest)?;
    Ok(())
}
