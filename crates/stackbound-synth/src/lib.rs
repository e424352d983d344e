//! Deterministic synthetic programs for benchmarks: a deep call chain, random forward calls,
//! some back edges (cycles), indirect calls, unknown callees and dynamic frames.

use stackbound_core::records::{CallKind, CallRecord, FunctionRecord, ModuleRecord, ModuleReport};

/// Functions per synthetic module.
const PER_MODULE: usize = 16_384;

/// `functions` functions with `edges` call sites in total, the same for the same `seed`.
pub fn generate(functions: usize, edges: usize, seed: u64) -> Vec<ModuleReport> {
    let mut rng = SplitMix(seed);
    let mut modules: Vec<ModuleReport> = Vec::new();
    let per_function = edges / functions.max(1);
    let mut extra = edges - per_function * functions.max(1);
    for i in 0..functions {
        if i % PER_MODULE == 0 {
            let name = format!("synth{}.ll", i / PER_MODULE);
            modules.push(ModuleReport {
                module: ModuleRecord {
                    schema: stackbound_core::records::SCHEMA,
                    source: name.clone(),
                    module_id: name,
                    triple: "x86_64-unknown-linux-gnu".into(),
                    llvm_version: String::new(),
                    pass: "stack-report".into(),
                },
                functions: Vec::new(),
                symbols: Default::default(),
                origin: Default::default(),
            });
        }
        let mut count = per_function;
        if extra > 0 {
            count += 1;
            extra -= 1;
        }
        let calls = (0..count)
            .map(|k| synth_call(&mut rng, i, k, functions))
            .collect();
        let own_depth = 8 + 8 * rng.below(32);
        let function = FunctionRecord {
            schema: stackbound_core::records::SCHEMA,
            name: format!("f{i}"),
            linkage: "external".into(),
            own_depth,
            dynamic: rng.below(10_000) == 0,
            calls,
            ..Default::default()
        };
        modules
            .last_mut()
            .expect("a module was pushed")
            .functions
            .push(function);
    }
    modules
}

fn synth_call(rng: &mut SplitMix, caller: usize, k: usize, functions: usize) -> CallRecord {
    let depth = 8 + 8 * rng.below(16);
    let roll = rng.below(1000);
    let (kind, callee) = if k == 0 && caller + 1 < functions {
        (CallKind::Direct, Some(format!("f{}", caller + 1))) // the deep chain
    } else if roll < 5 {
        (CallKind::Indirect, None)
    } else if roll < 10 {
        (CallKind::Direct, Some(format!("ext{}", rng.below(1000))))
    } else if roll < 12 {
        // Short back edge: with the chain it closes a small cycle (long ones would merge
        // everything into one component and leave nothing to compute).
        let target = caller - rng.below(caller.min(8) as u64 + 1) as usize;
        (CallKind::Direct, Some(format!("f{target}")))
    } else {
        let span = (functions - caller).max(1) as u64;
        let target = caller + rng.below(span) as usize;
        (CallKind::Direct, Some(format!("f{target}")))
    };
    CallRecord {
        kind,
        tail: rng.below(10) == 0,
        callee,
        callee_local: false,
        depth,
        depth_known: true,
        type_ids: Vec::new(),
        signatures: Vec::new(),
        index: k as u64,
        loc: None,
    }
}

/// splitmix64: small, seedable, and the same on every machine (also drives `xtask validate
/// --random`).
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
}
