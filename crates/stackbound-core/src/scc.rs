//! Strongly connected components, iteratively (real call chains are deeper than any thread's
//! stack), in O(nodes + edges).

use crate::ids::{ComponentId, FnId};

/// The components of a directed graph given in CSR form. The call graph's functions are its
/// first nodes (node `f.index()` is function `f`); further nodes are the bound's own.
#[derive(Debug, Clone)]
pub struct Sccs {
    /// Component of each node.
    pub component: Vec<ComponentId>,
    /// Per component: does it hold a cycle (more than one node, or a self-loop)?
    pub cyclic: Vec<bool>,
    /// The same per node: one lookup instead of two on the hot path.
    pub node_cyclic: Vec<bool>,
    /// Nodes in the order their components completed: every edge leaving a component points
    /// to a component that appears earlier (reverse topological order). A component's nodes
    /// are contiguous.
    pub order: Vec<u32>,
    /// Per component: a cycle that does not grow the stack (set by the bound's rule,
    /// [`crate::bound::components`]); `false` for acyclic components.
    pub constant: Vec<bool>,
}

impl Sccs {
    pub fn of(&self, f: FnId) -> ComponentId {
        self.component[f.index()]
    }

    pub fn is_cyclic(&self, f: FnId) -> bool {
        self.node_cyclic[f.index()]
    }

    /// In a cycle that grows the stack: calls into it are excluded from bounds.
    pub fn is_recursive(&self, f: FnId) -> bool {
        self.node_cyclic[f.index()] && !self.constant[self.of(f)]
    }

    /// In a cycle whose members call each other only by tail calls that keep the stack where
    /// it was: bounded like any function.
    pub fn is_constant_cycle(&self, f: FnId) -> bool {
        self.node_cyclic[f.index()] && self.constant[self.of(f)]
    }
}

const UNVISITED: u32 = u32::MAX;

/// Tarjan's algorithm. `offsets` has one more entry than there are nodes; the successors of
/// node `v` are `targets[offsets[v]..offsets[v + 1]]`.
pub fn tarjan(offsets: &[usize], targets: &[u32]) -> Sccs {
    let n = offsets.len().saturating_sub(1);
    let mut index = vec![UNVISITED; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<u32> = Vec::new();
    // (node, next edge to look at): the explicit replacement for recursion.
    let mut frames: Vec<(u32, usize)> = Vec::new();
    let mut out = Sccs {
        component: vec![ComponentId::default(); n],
        cyclic: Vec::new(),
        node_cyclic: Vec::new(),
        order: Vec::with_capacity(n),
        constant: Vec::new(),
    };
    let mut counter = 0u32;
    for root in 0..n as u32 {
        if index[root as usize] != UNVISITED {
            continue;
        }
        enter(
            root,
            &mut counter,
            &mut index,
            &mut low,
            &mut on_stack,
            &mut stack,
        );
        frames.push((root, offsets[root as usize]));
        while let Some(frame) = frames.last_mut() {
            let v = frame.0 as usize;
            if frame.1 < offsets[v + 1] {
                let w = targets[frame.1];
                frame.1 += 1;
                if index[w as usize] == UNVISITED {
                    enter(
                        w,
                        &mut counter,
                        &mut index,
                        &mut low,
                        &mut on_stack,
                        &mut stack,
                    );
                    frames.push((w, offsets[w as usize]));
                } else if on_stack[w as usize] {
                    low[v] = low[v].min(index[w as usize]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent as usize] = low[parent as usize].min(low[v]);
            }
            if low[v] == index[v] {
                let id = ComponentId::new(out.cyclic.len());
                let start = out.order.len();
                loop {
                    let w = stack.pop().expect("v is on the stack");
                    on_stack[w as usize] = false;
                    out.component[w as usize] = id;
                    out.order.push(w);
                    if w as usize == v {
                        break;
                    }
                }
                let size = out.order.len() - start;
                let self_loop = targets[offsets[v]..offsets[v + 1]].contains(&(v as u32));
                out.cyclic.push(size > 1 || self_loop);
            }
        }
    }
    out.constant = vec![false; out.cyclic.len()];
    out.node_cyclic = out.component.iter().map(|&c| out.cyclic[c]).collect();
    out
}

fn enter(
    v: u32,
    counter: &mut u32,
    index: &mut [u32],
    low: &mut [u32],
    on_stack: &mut [bool],
    stack: &mut Vec<u32>,
) {
    index[v as usize] = *counter;
    low[v as usize] = *counter;
    *counter += 1;
    on_stack[v as usize] = true;
    stack.push(v);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csr(n: usize, edges: &[(u32, u32)]) -> (Vec<usize>, Vec<u32>) {
        let mut offsets = vec![0usize; n + 1];
        for &(a, _) in edges {
            offsets[a as usize + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut targets = vec![0u32; edges.len()];
        for &(a, b) in edges {
            targets[fill[a as usize]] = b;
            fill[a as usize] += 1;
        }
        (offsets, targets)
    }

    #[test]
    fn components_and_order() {
        // 0 -> 1 -> 2 -> 1, 0 -> 3 (self loop), 4 alone
        let (o, t) = csr(5, &[(0, 1), (1, 2), (2, 1), (0, 3), (3, 3)]);
        let s = tarjan(&o, &t);
        assert_eq!(s.component[1], s.component[2]);
        assert_ne!(s.component[0], s.component[1]);
        let cyclic = |v: usize| s.is_cyclic(FnId::new(v));
        assert!(cyclic(1) && cyclic(2) && cyclic(3));
        assert!(!cyclic(0) && !cyclic(4));
        let pos = |v: u32| s.order.iter().position(|&x| x == v).unwrap();
        assert!(pos(1) < pos(0) && pos(3) < pos(0));
    }

    #[test]
    fn deep_chain_does_not_overflow() {
        let n = 1_000_000;
        let edges: Vec<(u32, u32)> = (0..n as u32 - 1).map(|i| (i, i + 1)).collect();
        let (o, t) = csr(n, &edges);
        let s = tarjan(&o, &t);
        assert_eq!(s.order[0], n as u32 - 1);
        assert!(s.cyclic.iter().all(|c| !c));
    }
}
