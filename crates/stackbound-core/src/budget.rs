//! Stack budgets (`--max-stack`, per-function ones from the assumptions) and who exceeds them.

use rustc_hash::FxHashMap;

use crate::assume::Assumptions;
use crate::bound::{Bounds, Status};
use crate::demangle::demangle;
use crate::graph::CallGraph;
use crate::ids::FnId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub bytes: u64,
    pub source: BudgetSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetSource {
    /// `--max-stack`, for every function.
    MaxStack,
    /// The function's own entry in the assumptions' `budgets`; it replaces `--max-stack`.
    Assumptions,
}

/// A function over its budget: its total exceeds it, or it is unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Violation {
    pub function: FnId,
    pub budget: Budget,
}

/// Every function's budget: its own from the assumptions (by raw or demangled name), else
/// `max_stack`. A budget that names no function is a warning.
pub(crate) fn assign(
    graph: &CallGraph,
    max_stack: Option<u64>,
    assumptions: &Assumptions,
    warnings: &mut Vec<String>,
) -> Vec<Option<Budget>> {
    let mut budgets: Vec<Option<Budget>> = vec![
        max_stack.map(|bytes| Budget {
            bytes,
            source: BudgetSource::MaxStack,
        });
        graph.functions.len()
    ];
    if assumptions.budgets.is_empty() {
        return budgets;
    }
    // One index instead of a scan per budget: programs have many functions.
    let mut by_name: FxHashMap<String, Vec<FnId>> = FxHashMap::default();
    for f in FnId::all(graph.functions.len()) {
        let name = graph.name(f);
        by_name.entry(name.to_string()).or_default().push(f);
        if let Some(d) = demangle(name) {
            by_name.entry(d).or_default().push(f);
        }
    }
    for (name, &bytes) in &assumptions.budgets {
        match by_name.get(name.as_str()) {
            Some(functions) => {
                for &f in functions {
                    budgets[f] = Some(Budget {
                        bytes,
                        source: BudgetSource::Assumptions,
                    });
                }
            }
            None => warnings.push(format!(
                "the budget for `{name}` names no function in the program"
            )),
        }
    }
    budgets
}

/// Functions over budget, in id order: a total above it, or unbounded.
pub(crate) fn violations(bounds: &Bounds, budgets: &[Option<Budget>]) -> Vec<Violation> {
    FnId::all(budgets.len())
        .filter_map(|f| {
            let budget = budgets[f]?;
            let bound = &bounds.functions[f];
            let over = bound.status == Status::Unbounded || bound.total > budget.bytes;
            over.then_some(Violation {
                function: f,
                budget,
            })
        })
        .collect()
}
