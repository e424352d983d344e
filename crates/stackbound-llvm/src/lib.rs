//! stackbound's custom llc, managed: the LLVM pin (`llvm-pin.toml`), source downloads (resumed,
//! checked by sha256 while streaming, unpacked with guards), the patched tree, the overlay build
//! against a matching system LLVM and the full build, stamps, manifests, and prebuilt archives
//! (packed, fetched, verified, installed atomically).
//!
//! Where everything goes is a [`Layout`]: the xtask keeps it under the cargo target directory,
//! the `stackbound` CLI in the user's cache. What is built is read from a [`Sources`] directory
//! (the pin, `pass/` and `llvm-patches/`): the repository, or the copy the CLI carries.

pub mod apt;
pub mod build;
pub mod dist;
pub mod download;
mod error;
pub mod fetch;
pub mod full;
pub mod layout;
pub mod options;
pub mod overlay;
pub mod patch;
pub mod pin;
pub mod prebuilt;
pub mod progress;
pub mod source;
pub mod stamp;
pub mod system_llvm;
pub mod tools;
pub mod tree;
pub mod unpack;

pub use error::{chain, Context, Error, Result};
pub use layout::{Fixes, Layout};
pub use options::{BuildOptions, Launcher, Mode, Route};
pub use pin::Pin;
pub use prebuilt::Manifest;

/// The repository root, for tests that read its pin, pass sources and patches.
#[cfg(test)]
pub(crate) fn project_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
