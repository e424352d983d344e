//! The worst path of one function, frame by frame, and everything its bound leaves out.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::bound::Status;
use crate::graph::ExternalKind;
use crate::records::{CallKind, PARTIAL_FLAGS};
use crate::report::{FunctionEntry, ReasonEntry, Report, Role, TargetEntry};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    pub function: usize,
    pub name: String,
    pub total: u64,
    pub status: Status,
    /// From the function's entry down to the deepest frame.
    pub steps: Vec<Step>,
    /// Every reason the result is not complete, uncapped.
    pub reasons: Vec<ReasonEntry>,
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
    /// The worst path and the complete reason list of function `id`. Walks only what `id`
    /// reaches.
    pub fn explain(&self, id: usize) -> Explanation {
        let f = &self.functions[id];
        Explanation {
            function: id,
            name: f.name.clone(),
            total: f.total,
            status: f.status,
            steps: self.explain_path(id),
            reasons: self.all_reasons(id),
        }
    }

    /// The worst path of `id` alone (cheap: no reason walk).
    pub fn explain_path(&self, id: usize) -> Vec<Step> {
        let mut steps = Vec::new();
        let mut at = 0u64;
        let mut current = Some(id);
        while let Some(id) = current.take() {
            // A worst path visits each function at most once (inside a constant-stack cycle
            // the worst calls form a tree); longer means a malformed report, not a path.
            if steps.len() > self.functions.len() {
                break;
            }
            let f = &self.functions[id];
            let call = f.worst_call.map(|p| (p, &f.calls[p]));
            steps.push(Step {
                function: Some(id),
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
            let next_at = at.saturating_add(c.depth);
            match (&c.target, c.role) {
                (TargetEntry::Function { id }, Role::Counted) => current = Some(*id),
                (TargetEntry::Indirect { .. }, Role::Resolved) => current = c.worst_candidate,
                (
                    TargetEntry::External {
                        name,
                        assumed: Some(size),
                        ..
                    },
                    Role::Assumed,
                ) => {
                    steps.push(Step {
                        function: None,
                        name: name.clone(),
                        module: None,
                        at: next_at,
                        own_depth: *size,
                        total: *size,
                        call: None,
                    });
                }
                _ => {}
            }
            at = next_at;
        }
        steps
    }

    /// Every reason reachable over counted calls, sorted and deduplicated.
    pub fn all_reasons(&self, id: usize) -> Vec<ReasonEntry> {
        // Recursive cycles only: a constant-stack cycle's members are counted like any function.
        let cycle_of: HashMap<usize, usize> = self
            .cycles
            .iter()
            .filter(|c| !c.constant_stack)
            .flat_map(|c| c.members.iter().map(move |&m| (m, c.id)))
            .collect();
        let mut seen = vec![false; self.functions.len()];
        seen[id] = true;
        let mut work = vec![id];
        let mut reasons = Vec::new();
        while let Some(v) = work.pop() {
            let f = &self.functions[v];
            self.own_reasons(f, &cycle_of, &mut reasons);
            for c in &f.calls {
                let next: &[usize] = match (&c.target, c.role) {
                    (TargetEntry::Function { id }, Role::Counted) => std::slice::from_ref(id),
                    (_, Role::Resolved) => c.candidates.as_deref().unwrap_or_default(),
                    _ => &[],
                };
                for &t in next {
                    // Candidates in cycles are excluded (their reason is the caller's own).
                    if !cycle_of.contains_key(&t) && !std::mem::replace(&mut seen[t], true) {
                        work.push(t);
                    }
                }
            }
        }
        reasons.sort();
        reasons.dedup();
        reasons
    }

    fn own_reasons(
        &self,
        f: &FunctionEntry,
        cycle_of: &HashMap<usize, usize>,
        out: &mut Vec<ReasonEntry>,
    ) {
        for cycle in self.cycles.iter().filter(|c| c.constant_stack) {
            if cycle.members.contains(&f.id) {
                out.push(ReasonEntry::ConstantStackCycle {
                    cycle: cycle.id,
                    label: cycle.label.clone(),
                });
            }
        }
        if f.dynamic {
            out.push(ReasonEntry::Dynamic {
                function: f.id,
                name: f.name.clone(),
                flags: f.flags.clone(),
            });
        }
        if f.flags
            .iter()
            .any(|flag| PARTIAL_FLAGS.contains(&flag.as_str()))
        {
            out.push(ReasonEntry::Partial {
                function: f.id,
                name: f.name.clone(),
                flags: f.flags.clone(),
            });
        }
        for c in &f.calls {
            if !c.depth_known {
                out.push(ReasonEntry::UnknownDepth {
                    function: f.id,
                    name: f.name.clone(),
                    index: c.index,
                });
            }
            match (&c.target, c.role) {
                (TargetEntry::Function { id }, Role::Recursive) => {
                    let cycle = cycle_of[id];
                    out.push(ReasonEntry::Recursive {
                        cycle,
                        label: self.cycles[cycle].label.clone(),
                    });
                }
                (_, Role::Indirect) => out.push(ReasonEntry::Indirect {
                    function: f.id,
                    name: f.name.clone(),
                    index: c.index,
                    loc: c.loc.clone(),
                    no_candidates: c.candidates.as_ref().is_some_and(|v| v.is_empty())
                        && c.unknown_candidates.is_empty(),
                }),
                (
                    TargetEntry::External {
                        name,
                        external_kind,
                        ..
                    },
                    Role::Unknown,
                ) => out.push(ReasonEntry::Unknown {
                    callee: name.clone(),
                    callee_kind: *external_kind,
                }),
                (_, Role::Resolved) => {
                    let candidates = c.candidates.as_deref().unwrap_or_default();
                    out.push(ReasonEntry::IndirectResolved {
                        function: f.id,
                        name: f.name.clone(),
                        index: c.index,
                        loc: c.loc.clone(),
                        by: c.resolved_by.expect("a resolved call says how"),
                        candidates: candidates.len() + c.unknown_candidates.len(),
                    });
                    for name in &c.unknown_candidates {
                        let external = self.externals.iter().find(|e| &e.name == name);
                        if external.is_none_or(|e| e.assumed.is_none()) {
                            out.push(ReasonEntry::Unknown {
                                callee: name.clone(),
                                callee_kind: external.map_or(ExternalKind::Undefined, |e| e.kind),
                            });
                        }
                    }
                    for t in candidates {
                        if let Some(&cycle) = cycle_of.get(t) {
                            out.push(ReasonEntry::Recursive {
                                cycle,
                                label: self.cycles[cycle].label.clone(),
                            });
                        }
                    }
                }
                _ => {}
            }
        }
    }
}
