//! What `clang -###` prints: the driver's version header, its diagnostics, and one line per job
//! (` "/usr/lib/llvm-22/bin/clang" "-cc1" ...`), each argument quoted as
//! `llvm::sys::printArg` quotes it (`"`, `\` and `$` escaped with a backslash).

/// The jobs the driver would run, and the diagnostics it printed on the way.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Plan {
    pub jobs: Vec<Vec<String>>,
    /// `clang: warning: ...` lines: the driver prints them once, and the jobs we run instead
    /// of the driver would not.
    pub diagnostics: Vec<String>,
}

pub fn parse(stderr: &str) -> Result<Plan, String> {
    let mut plan = Plan::default();
    for line in stderr.lines() {
        if line.starts_with(" \"") {
            plan.jobs.push(parse_job(line)?);
        } else if [": warning: ", ": note: ", ": remark: "]
            .iter()
            .any(|k| line.contains(k))
        {
            plan.diagnostics.push(line.to_string());
        }
    }
    Ok(plan)
}

fn parse_job(line: &str) -> Result<Vec<String>, String> {
    let mut args = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek() == Some(&' ') {
            chars.next();
        }
        match chars.next() {
            None => return Ok(args),
            Some('"') => {}
            Some(c) => return Err(format!("unexpected {c:?} outside quotes in: {line}")),
        }
        let mut arg = String::new();
        loop {
            match chars.next() {
                None => return Err(format!("unterminated quote in: {line}")),
                Some('"') => break,
                Some('\\') => match chars.next() {
                    Some(c) => arg.push(c),
                    None => return Err(format!("dangling backslash in: {line}")),
                },
                Some(c) => arg.push(c),
            }
        }
        args.push(arg);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_and_diagnostics() {
        let text = "Debian clang version 22.1.8 (1~deb12u1)\n\
Target: x86_64-pc-linux-gnu\n\
Thread model: posix\n\
InstalledDir: /usr/lib/llvm-22/bin\n\
clang: warning: argument unused during compilation: '-L/x' [-Wunused-command-line-argument]\n \
(in-process)\n \
\"/usr/lib/llvm-22/bin/clang\" \"-cc1\" \"-D\" \"X=\\\"a b\\\"\" \"-DY=\\$HOME\" \"-o\" \"t.o\" \"t.c\"\n";
        let plan = parse(text).unwrap();
        assert_eq!(
            plan.jobs,
            [[
                "/usr/lib/llvm-22/bin/clang",
                "-cc1",
                "-D",
                "X=\"a b\"",
                "-DY=$HOME",
                "-o",
                "t.o",
                "t.c"
            ]]
        );
        assert_eq!(plan.diagnostics.len(), 1);
        assert!(parse(" \"unterminated").is_err());
    }
}
