//! Functions the hardware enters on an exception, not a call: interrupt handlers.
//!
//! Two rules live here and nowhere else. [`charge`]: a handler's depths are measured from the
//! interrupted code's SP, so everything it does sits below the frame the hardware stacked
//! first (Cortex-M: 32 bytes, 104 with the FP context, plus 4 of alignment padding). [`nesting`]:
//! a handler preempts only handlers of a lower priority, so at most one handler per priority
//! level is on the stack at once, and the worst stacking of handlers is the sum, over levels,
//! of each level's deepest handler (docs/report.md, "Interrupt handlers").

use rustc_hash::FxHashSet;

use crate::assume::Assumptions;
use crate::bound::{Bounds, Status};
use crate::demangle::demangle;
use crate::ids::FnId;
use crate::program::{Call, Function, Loc};
use crate::records::{FunctionRecord, ModuleReport};

/// A function entered by the hardware.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handler {
    pub function: FnId,
    /// From the assumptions' `[interrupts]`; `None`: it may nest with every other handler.
    pub priority: Option<i64>,
    /// The IR says so (the `interrupt` attribute, x86's `x86_intrcc`), not only the assumptions.
    pub from_ir: bool,
    /// Its records say what an exception stacks on entry. When not (a target whose decoder
    /// does not say), the handler's own depth is only a lower bound ([`FRAME_UNKNOWN_FLAG`]).
    pub frame_known: bool,
}

/// The flag a handler gets when its target does not say what an exception stacks.
pub const FRAME_UNKNOWN_FLAG: &str = "interrupt-frame-unknown";

/// The program's handlers and what each one's entry stacked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Handlers {
    /// In function id order.
    pub handlers: Vec<Handler>,
    /// Charged to every handler: the largest `interrupt_frame` any record of the program has
    /// (one module built for an FPU means any exception may stack the FP context).
    pub frame: u64,
    /// `[interrupts]` names that match no function.
    pub unmatched: Vec<String>,
}

impl Handlers {
    /// `f`'s entry, if it is a handler.
    pub fn get(&self, f: FnId) -> Option<&Handler> {
        self.handlers
            .binary_search_by_key(&f, |h| h.function)
            .ok()
            .map(|i| &self.handlers[i])
    }
}

/// Finds the handlers and moves each one's own depth and call depths below the stacked frame.
pub(crate) fn charge(
    reports: &[ModuleReport],
    functions: &mut [Function],
    calls: &mut [Call],
    assumptions: &Assumptions,
) -> Handlers {
    let record = |(m, i): Loc| -> &FunctionRecord { &reports[m as usize].functions[i as usize] };
    let frame = reports
        .iter()
        .flat_map(|r| &r.functions)
        .filter_map(|f| f.interrupt_frame)
        .max()
        .unwrap_or(0);
    let mut handlers = Vec::new();
    let mut named = FxHashSet::default();
    for (f, function) in functions.iter_mut().enumerate() {
        let copies = || std::iter::once(function.at).chain(function.merged.iter().copied());
        let from_ir = copies().any(|at| record(at).interrupt);
        let name = record(function.at).name.as_str();
        let entry = assumptions.interrupt_of(name);
        if entry.is_none() && !from_ir {
            continue;
        }
        if entry.is_some() {
            named.insert(name.to_owned());
            if let Some(d) = demangle(name) {
                named.insert(crate::demangle::without_generics(&d));
                named.insert(d);
            }
        }
        let frame_known = copies().all(|at| record(at).interrupt_frame.is_some());
        if !frame_known {
            function.partial = true;
        }
        // Saturating, as the bound's sums are: a depth near the top stays huge, never wraps low.
        function.own_depth = function.own_depth.saturating_add(frame);
        for c in function.calls.clone() {
            calls[c.index()].depth = calls[c.index()].depth.saturating_add(frame);
        }
        handlers.push(Handler {
            function: FnId::new(f),
            priority: entry.and_then(|e| e.priority()),
            from_ir,
            frame_known,
        });
    }
    let unmatched = assumptions
        .interrupts
        .keys()
        .filter(|k| assumptions.interrupt_of(k).is_some() && !named.contains(k.as_str()))
        .cloned()
        .collect();
    Handlers {
        handlers,
        frame,
        unmatched,
    }
}

/// The most stack the handlers can add, nested, on top of any code they interrupt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nesting {
    pub bytes: u64,
    /// The weakest status among the handlers counted.
    pub status: Status,
    /// Per level (a priority, or one unprioritised handler), its deepest handler.
    pub levels: Vec<(Option<i64>, FnId)>,
}

/// Sums each priority level's deepest handler; a handler without a priority is a level of its own.
pub(crate) fn nesting(handlers: &Handlers, bounds: &Bounds) -> Option<Nesting> {
    if handlers.handlers.is_empty() {
        return None;
    }
    let total = |f: FnId| bounds.functions[f].total;
    let mut levels: Vec<(Option<i64>, FnId)> = Vec::new();
    for h in &handlers.handlers {
        match h.priority {
            Some(p) => match levels.iter_mut().find(|(q, _)| *q == Some(p)) {
                Some(level) if total(h.function) > total(level.1) => level.1 = h.function,
                Some(_) => {}
                None => levels.push((Some(p), h.function)),
            },
            None => levels.push((None, h.function)),
        }
    }
    levels.sort_by_key(|&(p, f)| (p.is_none(), p, f));
    let status = handlers
        .handlers
        .iter()
        .map(|h| bounds.functions[h.function].status)
        .max()
        .unwrap_or(Status::Complete);
    Some(Nesting {
        bytes: levels
            .iter()
            .fold(0u64, |sum, &(_, f)| sum.saturating_add(total(f))),
        status,
        levels,
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::analysis::{Analysis, AnalysisOptions};
    use crate::assume::{Assumptions, Interrupt};
    use crate::bound::Status;
    use crate::records::parse;

    /// A Cortex-M-like program: `main` calls `work` (at 16, own 24); `tick` (IR-marked,
    /// priority 1) calls `work` at 8; `uart` and `dma` (named in the assumptions, both
    /// priority 2) and `fault` (no priority). Two modules: the second was built for an FPU, so
    /// every handler is charged its 108-byte frame, not the first module's 36.
    fn program(assumptions: Assumptions) -> Analysis {
        let function = |name: &str, own: u64, interrupt: bool, frame: u64, calls: &str| {
            format!(
                r#"{{"schema":3,"kind":"function","name":"{name}","linkage":"external","own_depth":{own},"dynamic":false,"flags":[],"address_taken":false,"calls":[{calls}],"interrupt":{interrupt},"interrupt_frame":{frame}}}"#
            )
        };
        let call = |callee: &str, depth: u64| {
            format!(
                r#"{{"kind":"direct","tail":false,"callee":"{callee}","callee_local":false,"depth":{depth},"depth_known":true,"index":1}}"#
            )
        };
        let module = |name: &str, functions: &[String]| {
            format!(
                "{{\"schema\":3,\"kind\":\"module\",\"source\":\"{name}.c\",\"module_id\":\"{name}.ll\",\"triple\":\"thumbv7em-none-eabi\",\"llvm_version\":\"22.1.8\",\"pass\":\"stack-report\"}}\n{}\n{{\"schema\":3,\"kind\":\"symbols\",\"address_taken\":[],\"aliases\":[],\"ifuncs\":[]}}\n{{\"schema\":3,\"kind\":\"end\",\"functions\":{}}}\n",
                functions.join("\n"),
                functions.len()
            )
        };
        let a = module(
            "a",
            &[
                function("main", 16, false, 36, &call("work", 16)),
                function("work", 24, false, 36, ""),
                function("tick", 8, true, 36, &call("work", 8)),
                function("uart", 40, false, 36, ""),
            ],
        );
        let b = module(
            "b",
            &[
                function("dma", 64, false, 108, ""),
                function("fault", 32, false, 108, ""),
            ],
        );
        let mut modules = parse(a.as_bytes(), Path::new("a.jsonl")).unwrap();
        modules.extend(parse(b.as_bytes(), Path::new("b.jsonl")).unwrap());
        Analysis::new(
            modules,
            AnalysisOptions {
                assumptions,
                ..AnalysisOptions::default()
            },
        )
        .unwrap()
    }

    fn total(analysis: &Analysis, name: &str) -> u64 {
        let f = analysis
            .functions()
            .find(|&f| analysis.graph().name(f) == name)
            .unwrap();
        analysis.bound(f).total
    }

    #[test]
    fn handlers_are_charged_the_stacked_frame_and_nest_by_priority() {
        let mut assumptions = Assumptions::default();
        assumptions
            .interrupts
            .insert("tick".into(), Interrupt::Priority(1));
        assumptions
            .interrupts
            .insert("uart".into(), Interrupt::Priority(2));
        assumptions
            .interrupts
            .insert("dma".into(), Interrupt::Priority(2));
        assumptions
            .interrupts
            .insert("fault".into(), Interrupt::Handler(true));
        assumptions
            .interrupts
            .insert("nothing".into(), Interrupt::Handler(true));
        let analysis = program(assumptions);
        // Threads and callees are not handlers: no frame.
        assert_eq!(total(&analysis, "main"), 16 + 24);
        assert_eq!(total(&analysis, "work"), 24);
        // tick: 108 stacked, then max(own 8, call at 8 + work 24) = 32 -> 140.
        assert_eq!(total(&analysis, "tick"), 108 + 32);
        assert_eq!(total(&analysis, "uart"), 108 + 40);
        assert_eq!(total(&analysis, "dma"), 108 + 64);
        assert_eq!(total(&analysis, "fault"), 108 + 32);
        // Levels: priority 1 (tick 140), priority 2 (dma 172 beats uart 148, they never
        // nest), and fault on a level of its own (140): 140 + 172 + 140.
        let nesting = analysis.interrupt_nesting().unwrap();
        assert_eq!(nesting.bytes, 140 + 172 + 140);
        assert_eq!(nesting.status, Status::Complete);
        assert_eq!(nesting.levels.len(), 3);
        assert!(analysis.warnings().iter().any(|w| w.contains("`nothing`")));
        let report = analysis.report("22.1.8");
        let interrupts = report.interrupts.unwrap();
        assert_eq!((interrupts.frame, interrupts.nesting), (108, 452));
        let tick = report.functions.iter().find(|f| f.name == "tick").unwrap();
        assert_eq!(tick.interrupt_frame, Some(108));
        assert_eq!(tick.calls[0].depth, 108 + 8);
    }

    #[test]
    fn the_ir_marks_handlers_without_assumptions() {
        let analysis = program(Assumptions::default());
        assert_eq!(total(&analysis, "tick"), 108 + 32);
        // Not named and not marked: plain functions.
        assert_eq!(total(&analysis, "uart"), 40);
        let nesting = analysis.interrupt_nesting().unwrap();
        assert_eq!(nesting.bytes, 140);
    }

    /// A handler named on a target whose records do not say what an exception stacks (x86
    /// outside `x86_intrcc`): its bound is only a lower bound, flagged, never silently low.
    #[test]
    fn an_unknown_entry_frame_is_a_lower_bound() {
        let text = "{\"schema\":3,\"kind\":\"module\",\"source\":\"a.c\",\"module_id\":\"a.ll\",\"triple\":\"x86_64-unknown-linux-gnu\",\"llvm_version\":\"22.1.8\",\"pass\":\"stack-report\"}\n\
            {\"schema\":3,\"kind\":\"function\",\"name\":\"isr\",\"linkage\":\"external\",\"own_depth\":24,\"dynamic\":false,\"flags\":[],\"address_taken\":false,\"calls\":[],\"interrupt\":false}\n\
            {\"schema\":3,\"kind\":\"symbols\",\"address_taken\":[],\"aliases\":[],\"ifuncs\":[]}\n\
            {\"schema\":3,\"kind\":\"end\",\"functions\":1}\n";
        let modules = parse(text.as_bytes(), Path::new("a.jsonl")).unwrap();
        let mut assumptions = Assumptions::default();
        assumptions
            .interrupts
            .insert("isr".into(), Interrupt::Handler(true));
        let analysis = Analysis::new(
            modules,
            AnalysisOptions {
                assumptions,
                ..AnalysisOptions::default()
            },
        )
        .unwrap();
        let f = analysis.functions().next().unwrap();
        assert_eq!(analysis.bound(f).total, 24);
        assert_eq!(analysis.bound(f).status, Status::LowerBound);
        assert!(analysis
            .graph()
            .flags(f)
            .contains(&super::FRAME_UNKNOWN_FLAG.to_string()));
        assert_eq!(
            analysis.interrupt_nesting().unwrap().status,
            Status::LowerBound
        );
    }
}
