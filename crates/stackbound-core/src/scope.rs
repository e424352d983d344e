//! What a report covers: the whole program, or what the `--entry` roots reach (`main`, thread
//! entry points, interrupt handlers). The report, the budgets, the handlers' nesting and the DOT
//! graph all read [`Scope`], so "reachable" is decided here once.

use glob::Pattern;

use crate::demangle::{demangle, without_generics};
use crate::graph::{CallGraph, GraphError, Target};
use crate::ids::FnId;

/// Per function: in the report or not.
#[derive(Debug, Clone)]
pub struct Scope {
    reached: Option<Vec<bool>>,
}

impl Scope {
    /// Everything: no roots given.
    pub fn all() -> Scope {
        Scope { reached: None }
    }

    /// What the functions matching `patterns` reach through calls: direct calls, resolved
    /// indirect calls (their candidates) and ifuncs with known targets. A pattern is a glob over
    /// the raw or the demangled name; one that matches nothing is an error (a typo must not
    /// make a budget pass on an empty report).
    pub fn reached_from(graph: &CallGraph, patterns: &[String]) -> Result<Scope, GraphError> {
        if patterns.is_empty() {
            return Ok(Scope::all());
        }
        let compiled: Vec<Pattern> = patterns
            .iter()
            .map(|p| {
                Pattern::new(p).map_err(|e| GraphError::BadEntry {
                    pattern: p.clone(),
                    message: e.msg.to_string(),
                })
            })
            .collect::<Result<_, _>>()?;
        let mut matched = vec![false; patterns.len()];
        let mut reached = vec![false; graph.functions.len()];
        let mut work = Vec::new();
        for f in FnId::all(graph.functions.len()) {
            let raw = graph.name(f);
            let demangled = demangle(raw);
            let names = std::iter::once(raw.to_owned())
                .chain(demangled.iter().map(|d| without_generics(d)))
                .chain(demangled.clone());
            let mut hit = false;
            for name in names {
                for (i, p) in compiled.iter().enumerate() {
                    if p.matches(&name) {
                        matched[i] = true;
                        hit = true;
                    }
                }
            }
            if hit {
                reached[f] = true;
                work.push(f);
            }
        }
        if let Some(i) = matched.iter().position(|m| !m) {
            return Err(GraphError::NoEntry {
                pattern: patterns[i].clone(),
            });
        }
        while let Some(f) = work.pop() {
            for c in graph.functions[f].calls.clone() {
                let mut visit = |t: FnId| {
                    if !reached[t] {
                        reached[t] = true;
                        work.push(t);
                    }
                };
                match graph.calls[c].target {
                    Target::Function(t) => visit(t),
                    Target::Indirect | Target::External(_) => {
                        if let Some(resolution) = graph.candidates(c) {
                            resolution.candidates.iter().copied().for_each(&mut visit);
                        }
                    }
                }
            }
        }
        Ok(Scope {
            reached: Some(reached),
        })
    }

    pub fn contains(&self, f: FnId) -> bool {
        self.reached.as_ref().is_none_or(|r| r[f])
    }

    /// Roots were given: the report covers only part of the program.
    pub fn is_restricted(&self) -> bool {
        self.reached.is_some()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::analysis::{Analysis, AnalysisOptions};
    use crate::graph::GraphError;
    use crate::records::parse;

    /// `main` -> `a` -> `b`; `uart_isr` -> `c`; `d` -> `lib` (no record), reached by nobody;
    /// `d` is over its budget.
    fn analysis(entries: &[&str]) -> Result<Analysis, GraphError> {
        let function = |name: &str, own: u64, callee: Option<&str>| {
            let calls = callee.map_or(String::new(), |c| {
                format!(
                    r#"{{"kind":"direct","tail":false,"callee":"{c}","callee_local":false,"depth":{own},"depth_known":true,"index":1}}"#
                )
            });
            format!(
                r#"{{"schema":3,"kind":"function","name":"{name}","linkage":"external","own_depth":{own},"dynamic":false,"flags":[],"address_taken":false,"calls":[{calls}],"interrupt":false}}"#
            )
        };
        let functions = [
            function("main", 16, Some("a")),
            function("a", 32, Some("b")),
            function("b", 8, None),
            function("uart_isr", 24, Some("c")),
            function("c", 8, None),
            function("d", 4096, Some("lib")),
        ];
        let text = format!(
            "{{\"schema\":3,\"kind\":\"module\",\"source\":\"p.c\",\"module_id\":\"p.ll\",\"triple\":\"x86_64-unknown-linux-gnu\",\"llvm_version\":\"22.1.8\",\"pass\":\"stack-report\"}}\n{}\n{{\"schema\":3,\"kind\":\"symbols\",\"address_taken\":[],\"aliases\":[],\"ifuncs\":[]}}\n{{\"schema\":3,\"kind\":\"end\",\"functions\":6}}\n",
            functions.join("\n")
        );
        let modules = parse(text.as_bytes(), Path::new("p.jsonl")).unwrap();
        Analysis::new(
            modules,
            AnalysisOptions {
                max_stack: Some(1024),
                entries: entries.iter().map(|e| e.to_string()).collect(),
                ..AnalysisOptions::default()
            },
        )
    }

    fn names(analysis: &Analysis) -> Vec<String> {
        analysis
            .report("22.1.8")
            .functions
            .iter()
            .map(|f| f.name.clone())
            .collect()
    }

    #[test]
    fn roots_restrict_the_report_and_the_budgets() {
        let all = analysis(&[]).unwrap();
        assert_eq!(names(&all), ["a", "b", "c", "d", "main", "uart_isr"]);
        assert_eq!(all.budget_violations().len(), 1);

        let scoped = analysis(&["main", "*_isr"]).unwrap();
        assert_eq!(names(&scoped), ["a", "b", "c", "main", "uart_isr"]);
        // d (4096 > 1024) is outside: no violation, and its callee is no external.
        assert!(scoped.budget_violations().is_empty());
        let report = scoped.report("22.1.8");
        assert!(report.externals.is_empty());
        assert_eq!(report.entries, ["main", "*_isr"]);
        // Worst paths stay inside the report: main 16 + a 32 + b 8.
        let main = report.functions.iter().find(|f| f.name == "main").unwrap();
        assert_eq!(main.total, 16 + 32 + 8);
        assert_eq!(main.worst_path.len(), 3);
    }

    #[test]
    fn a_root_that_matches_nothing_is_an_error() {
        let err = analysis(&["main", "mian"]).unwrap_err();
        assert!(matches!(&err, GraphError::NoEntry { pattern } if pattern == "mian"));
        assert!(err.to_string().contains("--entry mian"), "{err}");
        assert!(matches!(
            analysis(&["[main"]).unwrap_err(),
            GraphError::BadEntry { .. }
        ));
    }
}
