//! `--random N`: generated programs, for finding what the hand-written corpus does not think of.
//!
//! Each program is a random acyclic call graph of 3 to 9 functions with random frames (sizes,
//! over-aligned locals, variadic and many-argument signatures, tail calls) under a random set of
//! code generation flags (`-O0`..`-Oz`, frame pointers, stack probes, stack protector, automatic
//! variable initialisation, the machine outliner). Every call is unconditional, so the entry's
//! worst path always runs, and every local is written before it is read, so the runs are
//! deterministic. The programs go through exactly the same build, measurement and checks as the
//! corpus.

use std::{fmt::Write, fs, path::Path};

use anyhow::{Context, Result};
use stackbound_synth::SplitMix;

/// The crate's splitmix64, with the draws the generator needs.
struct Rng(SplitMix);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

const CFLAGS: &[&str] = &[
    "-O0",
    "-O1",
    "-O2",
    "-O3",
    "-Os",
    "-Oz",
    "-O2 -fno-omit-frame-pointer",
    "-O2 -fstack-clash-protection",
    "-O2 -fstack-protector-strong",
    "-Os -fno-omit-frame-pointer",
    "-O2 -ftrivial-auto-var-init=zero",
    "-O1 -fstack-clash-protection -fno-omit-frame-pointer",
];

struct Func {
    variadic: bool,
    /// Fixed `long` parameters, `x` included.
    params: u64,
}

/// Writes `count` programs for `seed` into `dir` (emptied first).
pub fn generate(dir: &Path, seed: u64, count: u64) -> Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir).with_context(|| format!("emptying {}", dir.display()))?;
    }
    fs::create_dir_all(dir)?;
    for p in 0..count {
        let text = program(seed, p);
        let path = dir.join(format!("r{seed}_{p:03}.c"));
        fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

fn program(seed: u64, index: u64) -> String {
    let mut rng = Rng(SplitMix(
        seed.wrapping_mul(1_000_003) ^ index.wrapping_mul(0x2545_f491_4f6c_dd1d),
    ));
    let k = rng.range(3, 9) as usize;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// validate: about random program {index} of seed {seed}"
    );
    let _ = writeln!(out, "// validate: entry rnd_entry {}", rng.range(1, 50));
    let _ = writeln!(out, "// validate: cflags {}", rng.pick(CFLAGS));
    let _ = writeln!(out, "// validate: sp-offsets 16");
    if rng.chance(50) {
        let _ = writeln!(out, "// validate: llc -enable-machine-outliner");
    }
    out.push_str("#include <stdarg.h>\n#include \"sb.h\"\n\n");

    // Signatures first: callees have higher indices, and are defined before their callers.
    let funcs: Vec<Func> = (0..k)
        .map(|_| {
            if rng.chance(20) {
                Func {
                    variadic: true,
                    params: 1,
                }
            } else {
                Func {
                    variadic: false,
                    params: *rng.pick(&[1, 1, 1, 2, 9, 12]),
                }
            }
        })
        .collect();
    let signature = |i: usize| {
        let f = &funcs[i];
        let mut params = vec!["long x".to_string()];
        params.extend((1..f.params).map(|q| format!("long a{q}")));
        if f.variadic {
            params.push("...".into());
        }
        format!("long f{i}({})", params.join(", "))
    };
    let call = |rng: &mut Rng, j: usize| {
        let f = &funcs[j];
        let mut args = vec!["r".to_string()];
        if f.variadic {
            args.extend((0..rng.range(1, 10)).map(|q| format!("r + {q}")));
        } else {
            args.extend((1..f.params).map(|q| format!("x + {q}")));
        }
        format!("f{j}({})", args.join(", "))
    };
    for i in (0..k).rev() {
        let f = &funcs[i];
        let _ = writeln!(out, "NOINLINE {} {{", signature(i));
        if f.variadic {
            out.push_str("    va_list ap;\n    va_start(ap, x);\n    x += va_arg(ap, long);\n    va_end(ap);\n");
        } else if f.params > 1 {
            out.push_str("    x += a1;\n");
        }
        let size = *rng.pick(&[0u64, 0, 8, 24, 40, 100, 256, 600, 3000, 9000]);
        let align = *rng.pick(&[0u64, 0, 32, 64, 256]);
        if size > 0 {
            let aligned = if align > 0 {
                format!("_Alignas({align}) ")
            } else {
                String::new()
            };
            let _ = writeln!(out, "    {aligned}volatile unsigned char buf[{size}];");
            let _ = writeln!(
                out,
                "    for (long q = 0; q < {size}; q++)\n        buf[q] = (unsigned char)(x + q);"
            );
        }
        out.push_str("    long r = x;\n");
        let mut callees: Vec<usize> = (i + 1..k).collect();
        for n in (1..callees.len()).rev() {
            let m = (rng.next() % (n as u64 + 1)) as usize;
            callees.swap(n, m);
        }
        callees.truncate(rng.range(0, 2) as usize);
        let calls: Vec<String> = callees.iter().map(|&j| call(&mut rng, j)).collect();
        let tail = !calls.is_empty() && rng.chance(35);
        let (body, last) = if tail {
            calls.split_at(calls.len() - 1)
        } else {
            (&calls[..], &[][..])
        };
        for c in body {
            let _ = writeln!(out, "    r += {c};");
        }
        if size > 0 {
            let _ = writeln!(out, "    r += buf[{}];", rng.range(0, size - 1));
        }
        match last.first() {
            Some(c) => {
                let _ = writeln!(out, "    return {c};");
            }
            None => out.push_str("    return r * 3;\n"),
        }
        out.push_str("}\n\n");
    }
    let _ = writeln!(
        out,
        "long rnd_entry(long x) {{\n    long r = x;\n    return {} + 1;\n}}",
        call(&mut rng, 0)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_are_reproducible_and_parse() {
        let a = program(7, 3);
        assert_eq!(a, program(7, 3));
        assert_ne!(a, program(7, 4));
        let parsed =
            super::super::corpus::parse(Path::new("r7_003.c"), super::super::corpus::Lang::C, &a)
                .unwrap();
        assert_eq!(parsed.entries[0].symbol, "rnd_entry");
        assert!(a.contains("long f0("));
    }
}
