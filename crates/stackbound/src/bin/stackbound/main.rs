//! `stackbound`: the command-line face of the library (the program itself is in `app.rs`,
//! shared with `cargo stackbound`).

mod app;

fn main() -> std::process::ExitCode {
    app::main()
}
