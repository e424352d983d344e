//! The installed LLVM that an overlay build links against (Debian's `llvm-N-dev`).

use std::path::PathBuf;

use crate::error::{bail, Result};
use xshell::{cmd, Shell};

use crate::pin::Pin;

pub struct SystemLlvm {
    /// `/usr/lib/llvm-N/bin`, where Debian puts llvm-config and llvm-tblgen.
    pub bin: PathBuf,
    pub version: String,
    pub libdir: PathBuf,
}

impl SystemLlvm {
    /// Ok only when the installed LLVM has exactly the pinned version and ships the static
    /// libraries of every pinned target; otherwise Err says what is wrong.
    pub fn probe(sh: &Shell, pin: &Pin) -> Result<SystemLlvm> {
        let bin = PathBuf::from(format!("/usr/lib/llvm-{}/bin", pin.major()));
        let llvm_config = bin.join("llvm-config");
        if !llvm_config.exists() {
            bail!(
                "{} does not exist (package llvm-{}-dev)",
                llvm_config.display(),
                pin.major()
            );
        }
        let version = cmd!(sh, "{llvm_config} --version").quiet().read()?;
        if version != pin.version {
            bail!(
                "{} is version {version}, but {} pins {}",
                llvm_config.display(),
                crate::pin::FILE,
                pin.version
            );
        }
        let libdir = PathBuf::from(cmd!(sh, "{llvm_config} --libdir").quiet().read()?);
        let needed = pin
            .targets
            .iter()
            .map(|t| format!("libLLVM{t}CodeGen.a"))
            .chain(["libLLVMCodeGen.a".to_owned()]);
        for lib in needed {
            if !libdir.join(&lib).exists() {
                bail!(
                    "{} has no {lib}: the static libraries are missing",
                    libdir.display()
                );
            }
        }
        Ok(SystemLlvm {
            bin,
            version,
            libdir,
        })
    }

    pub fn llvm_config(&self) -> PathBuf {
        self.bin.join("llvm-config")
    }

    pub fn tblgen(&self) -> PathBuf {
        self.bin.join("llvm-tblgen")
    }
}
