//! Typed indices into the analysis' tables, so that a call site's index can never be used as a
//! function's. Each indexes its own `Vec` or slice directly (`graph.functions[f]`).

use serde::{Deserialize, Serialize};

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(u32);

        impl $name {
            /// The id of position `index`. Tables hold fewer than 2^32 entries: the pass's
            /// records could not describe more in any file a reader accepts.
            pub fn new(index: usize) -> Self {
                $name(u32::try_from(index).expect("tables hold fewer than 2^32 entries"))
            }

            /// The id of position `index`, if it fits.
            pub fn try_new(index: usize) -> Option<Self> {
                u32::try_from(index).ok().map($name)
            }

            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// Every id of a table of `len` entries, in order.
            pub fn all(len: usize) -> impl DoubleEndedIterator<Item = $name> + ExactSizeIterator {
                (0..len).map($name::new)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl<T> std::ops::Index<$name> for [T] {
            type Output = T;
            fn index(&self, id: $name) -> &T {
                &self[id.index()]
            }
        }

        impl<T> std::ops::IndexMut<$name> for [T] {
            fn index_mut(&mut self, id: $name) -> &mut T {
                &mut self[id.index()]
            }
        }

        impl<T> std::ops::Index<$name> for Vec<T> {
            type Output = T;
            fn index(&self, id: $name) -> &T {
                &self[id.index()]
            }
        }

        impl<T> std::ops::IndexMut<$name> for Vec<T> {
            fn index_mut(&mut self, id: $name) -> &mut T {
                &mut self[id.index()]
            }
        }
    };
}

id!(
    /// A function of the linked program: an index of [`crate::graph::CallGraph::functions`].
    FnId
);
id!(
    /// A call site: an index of [`crate::graph::CallGraph::calls`].
    CallId
);
id!(
    /// A callee without a record: an index of [`crate::graph::CallGraph::externals`].
    ExtId
);
id!(
    /// A strongly connected component of the call graph: an index of
    /// [`crate::scc::Sccs::cyclic`].
    ComponentId
);

/// The call sites of one function: they are contiguous in
/// [`crate::graph::CallGraph::calls`]. Iterates like a `Range`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CallRange {
    pub start: CallId,
    pub end: CallId,
}

impl CallRange {
    pub fn new(start: usize, end: usize) -> Self {
        CallRange {
            start: CallId::new(start),
            end: CallId::new(end),
        }
    }

    pub fn contains(&self, c: CallId) -> bool {
        self.start <= c && c < self.end
    }

    /// `c`'s position among the function's calls (its index in the record's `calls`).
    pub fn position(&self, c: CallId) -> usize {
        debug_assert!(self.contains(c));
        c.index() - self.start.index()
    }
}

impl Iterator for CallRange {
    type Item = CallId;

    fn next(&mut self) -> Option<CallId> {
        (self.start < self.end).then(|| {
            let c = self.start;
            self.start = CallId(c.0 + 1);
            c
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end.index().saturating_sub(self.start.index());
        (n, Some(n))
    }
}

impl ExactSizeIterator for CallRange {}
