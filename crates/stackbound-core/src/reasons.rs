//! Why a bound is not complete, and the capped, shared sets of such reasons.

use rustc_hash::FxHashMap;

use crate::ids::{CallId, ComponentId, ExtId, FnId};

/// Why a result is not complete. Ordered so that causes of unboundedness come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// The function has a frame of non-static size.
    Dynamic(FnId),
    /// The function's own depth is a lower bound (the pass flagged what it cannot see).
    Partial(FnId),
    /// The SP is not statically known at this call site.
    UnknownDepth(CallId),
    /// A call into this recursive component (a [`crate::scc::Sccs`] component id).
    Recursive(ComponentId),
    /// A call to a function with no record and no assumed size.
    Unknown(ExtId),
    /// An indirect call site.
    Indirect(CallId),
    /// An indirect call site bounded by its candidates: informational, the result stays
    /// complete (it holds as long as the call reaches only those candidates).
    Resolved(CallId),
    /// The function is in this component, a cycle of tail calls that keep the stack where it
    /// was ([`crate::bound::components`]): informational, bounded like any function.
    ConstantCycle(ComponentId),
}

impl Reason {
    pub fn makes_unbounded(self) -> bool {
        matches!(self, Reason::Dynamic(_) | Reason::UnknownDepth(_))
    }
}

/// Index of a set in [`ReasonSets`].
pub type SetId = u32;
/// The empty set.
pub const EMPTY: SetId = 0;

/// Interned reason sets: a caller usually has exactly one callee's set, and then shares it.
#[derive(Debug, Clone)]
pub struct ReasonSets {
    sets: Vec<Box<[Reason]>>,
    index: FxHashMap<Box<[Reason]>, SetId>,
}

impl Default for ReasonSets {
    fn default() -> Self {
        Self::new()
    }
}

impl ReasonSets {
    pub fn new() -> Self {
        let empty: Box<[Reason]> = Box::new([]);
        let mut index = FxHashMap::default();
        index.insert(empty.clone(), EMPTY);
        ReasonSets {
            sets: vec![empty],
            index,
        }
    }

    pub fn get(&self, id: SetId) -> &[Reason] {
        &self.sets[id as usize]
    }

    /// The id of a sorted, deduplicated set.
    pub fn intern(&mut self, set: &[Reason]) -> SetId {
        if let Some(&id) = self.index.get(set) {
            return id;
        }
        let id = self.sets.len() as SetId;
        let boxed: Box<[Reason]> = set.into();
        self.sets.push(boxed.clone());
        self.index.insert(boxed, id);
        id
    }

    pub fn len(&self) -> usize {
        self.sets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sets.is_empty()
    }
}

/// The smallest `cap` distinct reasons inserted, sorted; notes when one had to be dropped.
pub(crate) struct CappedSet {
    pub items: Vec<Reason>,
    cap: usize,
    pub truncated: bool,
}

impl CappedSet {
    pub fn new(cap: usize) -> Self {
        CappedSet {
            items: Vec::new(),
            cap,
            truncated: false,
        }
    }

    pub fn clear(&mut self) {
        self.items.clear();
        self.truncated = false;
    }

    pub fn insert(&mut self, r: Reason) {
        let Err(at) = self.items.binary_search(&r) else {
            return;
        };
        if self.items.len() < self.cap {
            self.items.insert(at, r);
            return;
        }
        self.truncated = true;
        if at < self.items.len() {
            self.items.pop();
            self.items.insert(at, r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_set_keeps_the_smallest() {
        let mut s = CappedSet::new(2);
        for r in [
            Reason::Indirect(CallId::new(5)),
            Reason::Dynamic(FnId::new(1)),
            Reason::Indirect(CallId::new(5)),
            Reason::Recursive(ComponentId::new(0)),
        ] {
            s.insert(r);
        }
        assert_eq!(
            s.items,
            [
                Reason::Dynamic(FnId::new(1)),
                Reason::Recursive(ComponentId::new(0))
            ]
        );
        assert!(s.truncated);
        let mut s = CappedSet::new(3);
        s.insert(Reason::Unknown(ExtId::new(1)));
        s.insert(Reason::Unknown(ExtId::new(1)));
        assert!(!s.truncated);
    }

    #[test]
    fn sets_are_shared() {
        let mut sets = ReasonSets::new();
        let a = sets.intern(&[Reason::Dynamic(FnId::new(0))]);
        assert_eq!(sets.intern(&[Reason::Dynamic(FnId::new(0))]), a);
        assert_eq!(sets.intern(&[]), EMPTY);
        assert_eq!(sets.get(a), [Reason::Dynamic(FnId::new(0))]);
    }
}
