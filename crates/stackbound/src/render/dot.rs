//! The call graph in Graphviz form: the worst path in bold red, excluded calls dashed, resolved
//! indirect calls dotted (one edge per candidate).

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};

use super::{Names, RenderOptions};
use crate::report::{Report, Role, Status, TargetEntry};
use crate::Analysis;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Node {
    Function(usize),
    External(usize),
    Indirect,
}

pub fn dot(
    analysis: &Analysis,
    report: &Report,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let names = Names::new(report, options);
    let highlight = options.highlight.or_else(|| deepest(report));
    let (path_nodes, path_calls) = highlighted(analysis, report, highlight);
    let external_ids: BTreeMap<&str, usize> = report
        .externals
        .iter()
        .enumerate()
        .map(|(i, e)| (e.name.as_str(), i))
        .collect();

    writeln!(out, "digraph stack {{")?;
    writeln!(out, "  rankdir=LR;")?;
    writeln!(out, "  node [shape=box, fontname=\"monospace\"];")?;
    for id in names.sorted() {
        let f = &report.functions[id];
        let total = match f.status {
            Status::Complete => f.total.to_string(),
            Status::LowerBound => format!("≥{}", f.total),
            Status::Unbounded => "unbounded".into(),
        };
        let style = if path_nodes.contains(&Node::Function(id)) {
            ", color=red, penwidth=2"
        } else {
            ""
        };
        writeln!(
            out,
            "  f{id} [label=\"{}\\nown {} total {total}\"{style}];",
            escape(names.get(id)),
            f.own_depth
        )?;
    }
    for (i, e) in report.externals.iter().enumerate() {
        let (label, style) = match e.assumed {
            Some(size) => (format!("assumed {size}"), "solid"),
            None => ("unknown".to_string(), "dashed"),
        };
        let color = if path_nodes.contains(&Node::External(i)) {
            ", color=red, penwidth=2"
        } else {
            ""
        };
        writeln!(
            out,
            "  e{i} [label=\"{}\\n{label}\", shape=ellipse, style={style}{color}];",
            escape(&options.name(&e.name))
        )?;
    }
    if report
        .functions
        .iter()
        .any(|f| f.calls.iter().any(|c| c.role == Role::Indirect))
    {
        writeln!(
            out,
            "  indirect [label=\"(indirect)\", shape=diamond, style=dashed];"
        )?;
    }
    // One edge per (caller, callee): the deepest call site, marked if it is on the path.
    for id in names.sorted() {
        let mut edges: BTreeMap<Node, (u64, Role, bool)> = BTreeMap::new();
        for (pos, c) in report.functions[id].calls.iter().enumerate() {
            let on_path = path_calls.contains(&(id, pos));
            // A resolved indirect call: a dotted edge to each candidate.
            let targets: Vec<(Node, bool)> = match (&c.target, c.role) {
                (TargetEntry::Indirect { .. }, Role::Resolved) => c
                    .candidates
                    .iter()
                    .flatten()
                    .map(|&t| (Node::Function(t), on_path && c.worst_candidate == Some(t)))
                    .collect(),
                (TargetEntry::Function { id }, _) => vec![(Node::Function(*id), on_path)],
                (TargetEntry::External { name, .. }, _) => {
                    vec![(Node::External(external_ids[name.as_str()]), on_path)]
                }
                (TargetEntry::Indirect { .. }, _) => vec![(Node::Indirect, on_path)],
            };
            for (to, on_path) in targets {
                let entry = edges.entry(to).or_insert((c.depth, c.role, on_path));
                entry.0 = entry.0.max(c.depth);
                entry.2 |= on_path;
                // A direct call wins over a resolved one for the edge's style.
                if entry.1 == Role::Resolved {
                    entry.1 = c.role;
                }
            }
        }
        for (to, (depth, role, on_path)) in edges {
            let to = match to {
                Node::Function(t) => format!("f{t}"),
                Node::External(e) => format!("e{e}"),
                Node::Indirect => "indirect".into(),
            };
            let mut attrs = vec![format!("label=\"@{depth}\"")];
            match role {
                Role::Counted | Role::Assumed => {}
                Role::Resolved => attrs.push("style=dotted".into()),
                _ => attrs.push("style=dashed".into()),
            }
            if on_path {
                attrs.push("color=red, penwidth=2".into());
            }
            writeln!(out, "  f{id} -> {to} [{}];", attrs.join(", "))?;
        }
    }
    writeln!(out, "}}")
}

/// The function with the largest total (the first by name on a tie).
fn deepest(report: &Report) -> Option<usize> {
    report
        .functions
        .iter()
        .max_by(|a, b| a.total.cmp(&b.total).then(b.id.cmp(&a.id)))
        .map(|f| f.id)
}

fn highlighted(
    analysis: &Analysis,
    report: &Report,
    root: Option<usize>,
) -> (HashSet<Node>, HashSet<(usize, usize)>) {
    let mut nodes = HashSet::new();
    let mut calls = HashSet::new();
    let Some(root) = root else {
        return (nodes, calls);
    };
    let externals: BTreeMap<&str, usize> = report
        .externals
        .iter()
        .enumerate()
        .map(|(i, e)| (e.name.as_str(), i))
        .collect();
    for step in analysis.explain_path(analysis.function_at(root)) {
        match step.function {
            Some(f) => {
                nodes.insert(Node::Function(f));
                if let Some(call) = &step.call {
                    calls.insert((f, call.position));
                }
            }
            None => {
                if let Some(&e) = externals.get(step.name.as_str()) {
                    nodes.insert(Node::External(e));
                }
            }
        }
    }
    (nodes, calls)
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}
