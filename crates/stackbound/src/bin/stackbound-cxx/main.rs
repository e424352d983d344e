//! `stackbound-cxx`: clang++-22 for build systems (`CXX=stackbound-cxx`), with stack records in
//! every object it compiles (docs/build-systems.md). Every argument goes to clang's driver as it
//! is.

fn main() -> std::process::ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    std::process::ExitCode::from(stackbound::cc::main(stackbound::cc::Lang::Cxx, &args))
}
