//! `cargo stackbound`: the `stackbound` program with cargo's package-selection flags
//! (`-p`, `--bin`, `--example`, `--lib`, `--release`, `--features`, `--target`,
//! `--manifest-path`); see `stackbound::cargo`.

#[path = "../stackbound/app.rs"]
mod app;

fn main() -> std::process::ExitCode {
    app::main()
}
