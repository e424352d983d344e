//! The worst path of one function, frame by frame, and everything its bound leaves out. Only a
//! presentation: which path is the worst ([`crate::bound::Bounds::worst_path`]) and why a bound
//! is incomplete ([`crate::bound::compute`]) are decided by the bound, and the report carries
//! both (`worst_path`, `worst_call`, `reasons`).

use serde::{Deserialize, Serialize};

use crate::bound::Status;
use crate::records::CallKind;
use crate::report::{ReasonEntry, Report, Role, TargetEntry};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    pub function: usize,
    pub name: String,
    pub total: u64,
    pub status: Status,
    /// From the function's entry down to the deepest frame.
    pub steps: Vec<Step>,
    /// Every reason the result is not complete, as the bound kept them.
    pub reasons: Vec<ReasonEntry>,
    /// More reasons exist than were kept (raise `--max-reasons`; `--explain` keeps all).
    #[serde(default)]
    pub reasons_truncated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// `None` for an unrecorded callee charged its assumed size.
    pub function: Option<usize>,
    pub name: String,
    pub module: Option<String>,
    /// Where this frame's `S0` lies below the explained function's `S0`.
    pub at: u64,
    /// The frame's own depth (the assumed size for an unrecorded callee).
    pub own_depth: u64,
    pub total: u64,
    /// The call taken to the next step, or that ends the path.
    pub call: Option<StepCall>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepCall {
    /// Position in the function's `calls`.
    pub position: usize,
    /// The instruction's ordinal in the function.
    pub index: u64,
    pub depth: u64,
    pub kind: CallKind,
    pub tail: bool,
    pub role: Role,
    pub loc: Option<String>,
}

impl Report {
    /// The worst path and the reasons of function `id`.
    pub fn explain(&self, id: usize) -> Explanation {
        let f = &self.functions[id];
        Explanation {
            function: id,
            name: f.name.clone(),
            total: f.total,
            status: f.status,
            steps: self.explain_path(id),
            reasons: f.reasons.clone(),
            reasons_truncated: f.reasons_truncated,
        }
    }

    /// The functions on the worst path of `id`: the bound's `worst_path`, continued past its
    /// cap from the last function's own (a worst path depends only on where it is).
    pub fn worst_path_ids(&self, id: usize) -> Vec<usize> {
        let mut ids: Vec<usize> = Vec::new();
        let mut from = id;
        loop {
            let f = &self.functions[from];
            let skip = usize::from(!ids.is_empty()); // `from` is already there
            ids.extend(f.worst_path.iter().skip(skip));
            // A path visits each function at most once; longer is a malformed report.
            if !f.worst_path_truncated || ids.len() > self.functions.len() {
                return ids;
            }
            from = *ids.last().expect("a worst path starts at its function");
        }
    }

    /// The worst path of `id`, frame by frame.
    pub fn explain_path(&self, id: usize) -> Vec<Step> {
        let mut steps = Vec::new();
        let mut at = 0u64;
        for v in self.worst_path_ids(id) {
            let f = &self.functions[v];
            let call = f.worst_call.map(|p| (p, &f.calls[p]));
            steps.push(Step {
                function: Some(v),
                name: f.name.clone(),
                module: Some(self.modules[f.module].name.clone()),
                at,
                own_depth: f.own_depth,
                total: f.total,
                call: call.map(|(position, c)| StepCall {
                    position,
                    index: c.index,
                    depth: c.depth,
                    kind: c.kind,
                    tail: c.tail,
                    role: c.role,
                    loc: c.loc.clone(),
                }),
            });
            let Some((_, c)) = call else { break };
            // A path that ends in a callee without a record charged its assumed size.
            if let (
                TargetEntry::External {
                    name,
                    assumed: Some(size),
                    ..
                },
                Role::Assumed,
            ) = (&c.target, c.role)
            {
                steps.push(Step {
                    function: None,
                    name: name.clone(),
                    module: None,
                    at: at.saturating_add(c.depth),
                    own_depth: *size,
                    total: *size,
                    call: None,
                });
            }
            at = at.saturating_add(c.depth);
        }
        steps
    }
}
