//! Stack budgets (`--max-stack`, per-function ones from the assumptions) and who exceeds them.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::assume::Assumptions;
use crate::bound::Status;
use crate::report::FunctionEntry;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    pub bytes: u64,
    pub source: BudgetSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetSource {
    /// `--max-stack`, for every function.
    MaxStack,
    /// The function's own entry in the assumptions' `budgets`; it replaces `--max-stack`.
    Assumptions,
}

/// A function over its budget: its total exceeds it, or it is unbounded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    pub function: usize,
    pub name: String,
    pub total: u64,
    pub status: Status,
    pub budget: Budget,
}

/// Sets every function's budget: its own from the assumptions, else `--max-stack`.
pub(crate) fn apply(
    functions: &mut [FunctionEntry],
    max_stack: Option<u64>,
    assumptions: Option<&Assumptions>,
    warnings: &mut Vec<String>,
) {
    for f in functions.iter_mut() {
        f.budget = max_stack.map(|bytes| Budget {
            bytes,
            source: BudgetSource::MaxStack,
        });
    }
    let Some(assumptions) = assumptions else {
        return;
    };
    if assumptions.budgets.is_empty() {
        return;
    }
    // One index instead of a scan per budget: programs have many functions.
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for f in functions.iter() {
        by_name.entry(f.name.as_str()).or_default().push(f.id);
        if let Some(d) = &f.demangled {
            by_name.entry(d.as_str()).or_default().push(f.id);
        }
    }
    let mut assigned: Vec<(usize, u64)> = Vec::new();
    for (name, &bytes) in &assumptions.budgets {
        match by_name.get(name.as_str()) {
            Some(ids) => assigned.extend(ids.iter().map(|&id| (id, bytes))),
            None => warnings.push(format!(
                "the budget for `{name}` names no function in the program"
            )),
        }
    }
    for (id, bytes) in assigned {
        functions[id].budget = Some(Budget {
            bytes,
            source: BudgetSource::Assumptions,
        });
    }
}

/// Functions over budget: a total above it, or unbounded.
pub(crate) fn violations(functions: &[FunctionEntry]) -> Vec<Violation> {
    functions
        .iter()
        .filter_map(|f| {
            let budget = f.budget?;
            let over = f.status == Status::Unbounded || f.total > budget.bytes;
            over.then(|| Violation {
                function: f.id,
                name: f.name.clone(),
                total: f.total,
                status: f.status,
                budget,
            })
        })
        .collect()
}
