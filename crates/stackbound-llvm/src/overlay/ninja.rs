//! A minimal build.ninja writer.

use std::fmt::Write;

#[derive(Default)]
pub struct Writer {
    out: String,
}

/// Adds indented bindings to the rule or build statement just written.
pub struct Scope<'a>(&'a mut String);

impl Writer {
    pub fn var(&mut self, name: &str, value: &str) {
        let _ = writeln!(self.out, "{name} = {value}");
    }

    pub fn rule(&mut self, name: &str, command: &str, description: &str) -> Scope<'_> {
        let _ = writeln!(
            self.out,
            "\nrule {name}\n  command = {command}\n  description = {description}"
        );
        Scope(&mut self.out)
    }

    pub fn build(
        &mut self,
        outputs: &[String],
        rule: &str,
        inputs: &[String],
        order_only: &[String],
    ) -> Scope<'_> {
        let _ = write!(
            self.out,
            "\nbuild {}: {rule} {}",
            paths(outputs),
            paths(inputs)
        );
        if !order_only.is_empty() {
            let _ = write!(self.out, " || {}", paths(order_only));
        }
        self.out.push('\n');
        Scope(&mut self.out)
    }

    pub fn default_target(&mut self, target: &str) {
        let _ = writeln!(self.out, "\ndefault {}", escape_path(target));
    }

    pub fn finish(self) -> String {
        self.out
    }
}

impl Scope<'_> {
    pub fn let_(self, name: &str, value: &str) -> Self {
        let _ = writeln!(self.0, "  {name} = {}", value.replace('$', "$$"));
        self
    }

    /// A list of command arguments; each is shell-quoted when it needs to be.
    pub fn let_args(self, name: &str, args: &[String]) -> Self {
        let value: Vec<String> = args.iter().map(|arg| shell_quote(arg)).collect();
        self.let_(name, &value.join(" "))
    }

    pub fn depfile(self, depfile: &str) -> Self {
        let _ = writeln!(self.0, "  depfile = {depfile}\n  deps = gcc");
        self
    }

    /// Outputs that a command leaves untouched do not make their dependents rebuild.
    pub fn restat(self) -> Self {
        self.0.push_str("  restat = 1\n");
        self
    }
}

fn paths(paths: &[String]) -> String {
    paths
        .iter()
        .map(|path| escape_path(path))
        .collect::<Vec<_>>()
        .join(" ")
}

fn escape_path(path: &str) -> String {
    path.replace('$', "$$")
        .replace(' ', "$ ")
        .replace(':', "$:")
}

fn shell_quote(arg: &str) -> String {
    if arg
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_=./:,+@%".contains(c))
    {
        arg.to_owned()
    } else {
        format!("'{}'", arg.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_rules_and_edges() {
        let mut n = Writer::default();
        n.rule("cc", "cc $flags -c $in -o $out", "CC $out")
            .depfile("$out.d");
        n.build(&["a b.o".into()], "cc", &["a.c".into()], &["gen.h".into()])
            .let_args("flags", &["-DX=a b".into()]);
        let text = n.finish();
        assert!(
            text.contains("build a$ b.o: cc a.c || gen.h\n  flags = '-DX=a b'\n"),
            "{text}"
        );
        assert!(
            text.contains("  depfile = $out.d\n  deps = gcc\n"),
            "{text}"
        );
    }
}
