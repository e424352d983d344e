//! Stack budgets (`--max-stack`, per-function ones from the assumptions) and who exceeds them.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::assume::Assumptions;
use crate::bound::Status;

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

/// What a budget is judged on: one function of the report, by its id there.
pub(crate) struct Subject<'a> {
    pub id: usize,
    pub name: &'a str,
    pub demangled: Option<&'a str>,
    pub total: u64,
    pub status: Status,
}

/// Every function's budget, by id: its own from the assumptions, else `--max-stack`.
pub(crate) fn assign(
    functions: &[Subject<'_>],
    max_stack: Option<u64>,
    assumptions: Option<&Assumptions>,
    warnings: &mut Vec<String>,
) -> Vec<Option<Budget>> {
    let mut budgets: Vec<Option<Budget>> = vec![
        max_stack.map(|bytes| Budget {
            bytes,
            source: BudgetSource::MaxStack,
        });
        functions.len()
    ];
    let Some(assumptions) = assumptions.filter(|a| !a.budgets.is_empty()) else {
        return budgets;
    };
    // One index instead of a scan per budget: programs have many functions.
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for f in functions {
        by_name.entry(f.name).or_default().push(f.id);
        if let Some(d) = f.demangled {
            by_name.entry(d).or_default().push(f.id);
        }
    }
    for (name, &bytes) in &assumptions.budgets {
        match by_name.get(name.as_str()) {
            Some(ids) => {
                for &id in ids {
                    budgets[id] = Some(Budget {
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

/// Functions over budget: a total above it, or unbounded.
pub(crate) fn violations(functions: &[Subject<'_>], budgets: &[Option<Budget>]) -> Vec<Violation> {
    functions
        .iter()
        .filter_map(|f| {
            let budget = budgets[f.id]?;
            let over = f.status == Status::Unbounded || f.total > budget.bytes;
            over.then(|| Violation {
                function: f.id,
                name: f.name.to_string(),
                total: f.total,
                status: f.status,
                budget,
            })
        })
        .collect()
}
