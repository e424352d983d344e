//! Project automation: `cargo xtask build-llc` builds the patched llc, `cargo xtask test` runs the
//! tests against it, `report` runs the stackbound CLI with it, `bench` times it, `fuzz` fuzzes
//! the record reader and the linker. See docs/build.md.

mod bench;
mod build_llc;
mod dist_llc;
mod fetch_llc;
mod flags;
mod fuzz;
mod libc_records;
mod report;
mod test;
mod validate;

// llc management lives in the stackbound-llvm library, which the stackbound CLI uses too.
pub(crate) use stackbound_llvm::pin;

#[cfg(test)]
mod tidy;

use std::{
    path::{Path, PathBuf},
    process::ExitCode,
};

use xshell::Shell;

fn main() -> ExitCode {
    match try_main() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // One paragraph saying what to do, then the chain of causes if there is one.
            eprintln!("\nerror: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}

fn try_main() -> anyhow::Result<()> {
    let cmd = flags::Cmd::from_args(std::env::args_os().skip(1))?;
    let sh = Shell::new()?;
    sh.change_dir(project_root());
    match cmd {
        flags::Cmd::BuildLlc(cmd) => {
            println!("{}", build_llc::build(&cmd, &sh)?.display());
            Ok(())
        }
        flags::Cmd::DistLlc(cmd) => cmd.run(),
        flags::Cmd::FetchLlc(cmd) => cmd.run(),
        flags::Cmd::Test(cmd) => cmd.run(&sh),
        flags::Cmd::Report(cmd) => cmd.run(&sh),
        flags::Cmd::Annotate(cmd) => cmd.annotate(&sh),
        flags::Cmd::Bench(cmd) => cmd.run(&sh),
        flags::Cmd::Fuzz(cmd) => cmd.run(),
        flags::Cmd::Validate(cmd) => cmd.run(&sh),
        flags::Cmd::LibcRecords(cmd) => cmd.run(&sh),
        flags::Cmd::Help => {
            print!("{}{}{}", flags::USAGE, validate::USAGE, libc_records::USAGE);
            Ok(())
        }
    }
}

/// The repository root: xtask always lives directly under it.
pub(crate) fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}
