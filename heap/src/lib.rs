//! A heap of garbage-collected values of one type, collected by tracing
//! (mark and sweep), so that reference cycles are reclaimed.
//!
//! pyvm's objects live here: the VM allocates each with [`Heap::alloc`] and
//! holds it through a [`Gc`], a copyable pointer. [`Heap::collect`] marks
//! everything reachable from the roots the caller reports, following each
//! value's [`Trace`] implementation with a worklist (no recursion, so deep
//! structures cannot overflow the stack), then frees the rest.
//!
//! # The contract
//!
//! A `Gc` is a plain pointer: it does not keep its value alive. The heap
//! only frees values in [`Heap::collect`], so a `Gc` stays valid until the
//! next collection, and after it exactly when the value was reached from
//! the roots. The VM keeps this by collecting only at safepoints of its
//! interpreter loop, where every value in use sits in a frame, a module or
//! an explicit root list. Holding a `Gc` to a collected value and using it
//! is a bug in the caller; to make such bugs loud rather than silent,
//! [`Heap::set_quarantine`] keeps collected boxes allocated (their values
//! dropped), and debug builds panic when one is dereferenced.
//!
//! A value's `Drop` must not dereference the `Gc`s it holds: in a
//! collection, the values it points to may be freed first.
//!
//! This is the only crate of pyvm with `unsafe` code; every block says why
//! it is sound.
//!
//! ```
//! use pyvm_heap::{Gc, Heap, Trace, Tracer};
//! use std::cell::Cell;
//!
//! /// A node that may point to another node.
//! struct Node {
//!     next: Cell<Option<Gc<Node>>>,
//! }
//!
//! impl Trace for Node {
//!     fn trace(&self, tracer: &mut Tracer<Node>) {
//!         if let Some(next) = self.next.get() {
//!             tracer.mark(next);
//!         }
//!     }
//! }
//!
//! let mut heap = Heap::new();
//! let a = heap.alloc(Node { next: Cell::new(None) });
//! let b = heap.alloc(Node { next: Cell::new(Some(a)) });
//! a.next.set(Some(b)); // a cycle
//! let kept = heap.alloc(Node { next: Cell::new(None) });
//!
//! // Only `kept` is a root: the cycle is garbage.
//! assert_eq!(heap.collect(|tracer| tracer.mark(kept)), 2);
//! assert_eq!(heap.len(), 1);
//! ```

pub mod allocator;

use std::cell::Cell;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::ptr::NonNull;

/// A type whose values the heap can hold: it reports the `Gc`s it holds.
pub trait Trace: Sized {
    /// Calls [`Tracer::mark`] on every `Gc` this value holds.
    fn trace(&self, tracer: &mut Tracer<Self>);

    /// Whether the value holds no `Gc`s but to values that are not leaves
    /// themselves (a string holds just its type). A leaf is traced as soon
    /// as it is marked, while its box is in the cache, instead of waiting
    /// on the worklist; that goes at most one level deep.
    fn is_leaf(&self) -> bool {
        false
    }

    /// Forgets the weak references this value holds (`Gc`s it does not
    /// report to [`Trace::trace`]) to values `reached` says the collection
    /// under way will free. Called before anything is freed, on the values
    /// registered with [`Heap::register_weak_holder`] that survive.
    fn clear_dead_weak_refs(&self, reached: &dyn Fn(Gc<Self>) -> bool) {
        let _ = reached;
    }

    /// Whether the value has a finalizer to run before it is freed (a
    /// Python `__del__`, or a suspended generator's `close()`). Asked of
    /// unreached values that never had theirs run (see
    /// [`Heap::take_finalizable`]), of those registered with
    /// [`Heap::register_finalizer_candidate`] only until
    /// [`Heap::scan_all_for_finalizers`].
    fn has_finalizer(&self) -> bool {
        false
    }
}

/// What the heap allocates: the value and its collector state.
struct GcBox<T> {
    /// Reached in the collection under way.
    marked: Cell<bool>,
    /// Collected, the box kept (under quarantine, or spare for reuse):
    /// the value is dropped.
    freed: Cell<bool>,
    /// Its finalizer was handed out to run (once, as PEP 442 says).
    finalized: Cell<bool>,
    /// Dropped by the heap, never by the box.
    value: ManuallyDrop<T>,
}

/// A pointer to a value on a [`Heap`]. Copying it copies the pointer;
/// equality, hashing and ordering are by address (Python's `is`).
pub struct Gc<T> {
    ptr: NonNull<GcBox<T>>,
}

impl<T> Gc<T> {
    /// The value's address, stable for its lifetime (Python's `id()`).
    pub fn address(self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Whether `a` and `b` point to the same value.
    pub fn ptr_eq(a: Gc<T>, b: Gc<T>) -> bool {
        a.ptr == b.ptr
    }

    fn box_ref(&self) -> &GcBox<T> {
        // SAFETY: `ptr` came from `Box::leak` in `Heap::alloc`, so it is
        // aligned and was initialised. The box is deallocated (or kept to
        // hold a later value) only by `Heap::collect`, when the value was
        // not reached from the roots, or when the heap is dropped; by the
        // crate's contract no `Gc` to such a value is used afterwards
        // (quarantine keeps the box allocated and never reuses it, so that
        // the debug check below can catch a breach).
        let boxed = unsafe { self.ptr.as_ref() };
        debug_assert!(!boxed.freed.get(), "a collected object was used");
        boxed
    }
}

impl<T> Deref for Gc<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.box_ref().value
    }
}

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Gc<T> {}

impl<T> PartialEq for Gc<T> {
    fn eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}

impl<T> Eq for Gc<T> {}

impl<T> Hash for Gc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.ptr.hash(state);
    }
}

impl<T> fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Gc({:#x})", self.address())
    }
}

/// Marks what the roots reach during [`Heap::collect`].
pub struct Tracer<T> {
    /// Marked values whose own references are not traced yet.
    worklist: Vec<Gc<T>>,
}

impl<T: Trace> Tracer<T> {
    /// Marks `value` as reachable; what it holds is traced later (at
    /// once for a [leaf](Trace::is_leaf)).
    pub fn mark(&mut self, value: Gc<T>) {
        let boxed = value.box_ref();
        if !boxed.marked.get() {
            boxed.marked.set(true);
            let value_ref: &T = &boxed.value;
            if value_ref.is_leaf() {
                value_ref.trace(self);
            } else {
                self.worklist.push(value);
            }
        }
    }
}

/// The values allocated by a program, and the collector that frees the
/// unreachable ones.
pub struct Heap<T: Trace> {
    /// Every live box.
    objects: Vec<NonNull<GcBox<T>>>,
    /// Allocations since the last collection.
    allocated: usize,
    /// Keep collected boxes (see [`Heap::set_quarantine`]).
    quarantine: bool,
    /// Boxes collected under quarantine, deallocated with the heap.
    quarantined: Vec<NonNull<GcBox<T>>>,
    /// Collected boxes, their values dropped, kept for the next
    /// allocations (at most [`MAX_SPARE`]): taking one back costs less
    /// than the allocator's round trip.
    spare: Vec<NonNull<GcBox<T>>>,
    /// Values holding weak references, which each collection prunes (see
    /// [`Trace::clear_dead_weak_refs`]).
    weak_holders: Vec<Gc<T>>,
    /// Values the collections found unreachable with a finalizer to run,
    /// kept alive (with all they reach) until [`Heap::take_finalizable`]
    /// hands them out.
    finalizable: Vec<Gc<T>>,
    /// The values a collection asks whether they have a finalizer (see
    /// [`Heap::register_finalizer_candidate`]), while `scan_all` is off.
    finalizer_candidates: Vec<Gc<T>>,
    /// Ask every unreached value instead (see [`Heap::scan_all_for_finalizers`]).
    scan_all: bool,
}

impl<T: Trace> Default for Heap<T> {
    fn default() -> Self {
        Heap::new()
    }
}

impl<T: Trace> Heap<T> {
    /// An empty heap.
    pub fn new() -> Self {
        Heap {
            objects: Vec::new(),
            allocated: 0,
            quarantine: false,
            quarantined: Vec::new(),
            spare: Vec::new(),
            weak_holders: Vec::new(),
            finalizable: Vec::new(),
            finalizer_candidates: Vec::new(),
            scan_all: false,
        }
    }

    /// Moves `value` onto the heap.
    #[inline]
    pub fn alloc(&mut self, value: T) -> Gc<T> {
        self.alloc_with(|| value)
    }

    /// Moves the value `make` returns onto the heap. `make` runs once the
    /// box is allocated, so that the value (when `make` is inlined) can
    /// be written straight into it instead of being built aside and then
    /// copied: a copy of a value just built part by part makes the CPU
    /// wait for the parts to reach the cache before it can read them
    /// back whole.
    #[inline(always)]
    pub fn alloc_with(&mut self, make: impl FnOnce() -> T) -> Gc<T> {
        let new_box = |value| GcBox {
            marked: Cell::new(false),
            freed: Cell::new(false),
            finalized: Cell::new(false),
            value: ManuallyDrop::new(value),
        };
        let ptr = match self.spare.pop() {
            Some(ptr) => {
                // SAFETY: a spare box came from `Box::leak` below, so it
                // is allocated and aligned for a `GcBox<T>`; its value was
                // dropped when it was collected and it is on no other list,
                // so no `Gc` to it is in use and overwriting it whole
                // (without dropping what was there) is sound.
                unsafe { ptr.as_ptr().write(new_box(make())) };
                ptr
            }
            None => {
                let boxed = Box::write(Box::<GcBox<T>>::new_uninit(), new_box(make()));
                NonNull::from(Box::leak(boxed))
            }
        };
        self.objects.push(ptr);
        self.allocated += 1;
        Gc { ptr }
    }

    /// How many values are on the heap.
    pub fn len(&self) -> usize {
        self.objects.len()
    }

    /// Whether the heap holds no values.
    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }

    /// How many values were allocated since the last collection.
    pub fn allocated_since_collection(&self) -> usize {
        self.allocated
    }

    /// Every value on the heap, oldest first.
    pub fn objects(&self) -> impl Iterator<Item = Gc<T>> + '_ {
        self.objects.iter().map(|&ptr| Gc { ptr })
    }

    /// Registers `value` as holding weak references: each collection that
    /// keeps it calls its [`Trace::clear_dead_weak_refs`] before freeing
    /// anything, so that it never holds a `Gc` to a freed value.
    pub fn register_weak_holder(&mut self, value: Gc<T>) {
        self.weak_holders.push(value);
    }

    /// The values registered as holding weak references that are still
    /// alive.
    pub fn weak_holders(&self) -> impl Iterator<Item = Gc<T>> + '_ {
        self.weak_holders.iter().copied()
    }

    /// With `on`, collected boxes stay allocated with their values
    /// dropped, so that using a stale `Gc` is caught (debug builds panic)
    /// instead of reading freed memory. For stress tests: the boxes are
    /// only given back when the heap is dropped.
    pub fn set_quarantine(&mut self, on: bool) {
        self.quarantine = on;
    }

    /// Registers `value` as one that may have a finalizer when it becomes
    /// unreachable (a generator, which does while it is suspended).
    /// Until [`Heap::scan_all_for_finalizers`], collections ask only such
    /// values, not every unreached one: a finalizer of any other value
    /// must be announced by that call first.
    #[inline]
    pub fn register_finalizer_candidate(&mut self, value: Gc<T>) {
        if !self.scan_all {
            self.finalizer_candidates.push(value);
        }
    }

    /// From now on, collections ask every unreached value whether it has
    /// a finalizer (a class with `__del__` exists).
    pub fn scan_all_for_finalizers(&mut self) {
        self.scan_all = true;
        self.finalizer_candidates = Vec::new();
    }

    /// The values the collections found unreachable with a finalizer
    /// that never ran, oldest first: the caller runs their finalizers and
    /// keeps them alive meanwhile. Each value is handed out once; when it
    /// is unreachable again, it is freed without its finalizer.
    pub fn take_finalizable(&mut self) -> Vec<Gc<T>> {
        std::mem::take(&mut self.finalizable)
    }

    /// Marks `value`'s finalizer as run (the caller runs it now, not a
    /// collection): returns whether it had not run yet.
    pub fn claim_finalizer(&mut self, value: Gc<T>) -> bool {
        !value.box_ref().finalized.replace(true)
    }

    /// Whether `value`'s finalizer was handed out to run, by a collection
    /// or [`Heap::claim_finalizer`].
    pub fn finalizer_claimed(&self, value: Gc<T>) -> bool {
        value.box_ref().finalized.get()
    }

    /// Marks everything reachable from what `roots` marks, frees the rest,
    /// and returns how many values were freed.
    ///
    /// Unreached values with a finalizer that never ran are not freed:
    /// they and all they reach survive, and wait in
    /// [`Heap::take_finalizable`]. Weak references to them are cleared
    /// all the same, before anything is kept, as CPython does.
    pub fn collect(&mut self, roots: impl FnOnce(&mut Tracer<T>)) -> usize {
        let mut tracer = Tracer {
            worklist: Vec::new(),
        };
        roots(&mut tracer);
        for &value in &self.finalizable {
            tracer.mark(value);
        }
        while let Some(value) = tracer.worklist.pop() {
            value.trace(&mut tracer);
        }
        let found_from = self.finalizable.len();
        let due = |value: Gc<T>| {
            let boxed = value.box_ref();
            !boxed.marked.get() && !boxed.finalized.get() && boxed.value.has_finalizer()
        };
        if self.scan_all {
            for &ptr in &self.objects {
                let value = Gc { ptr };
                if due(value) {
                    value.box_ref().finalized.set(true);
                    self.finalizable.push(value);
                }
            }
        } else {
            for &value in &self.finalizer_candidates {
                if due(value) {
                    value.box_ref().finalized.set(true);
                    self.finalizable.push(value);
                }
            }
        }
        let reached = |value: Gc<T>| value.box_ref().marked.get();
        for holder in &self.weak_holders {
            holder.clear_dead_weak_refs(&reached);
        }
        for &value in &self.finalizable[found_from..] {
            tracer.mark(value);
        }
        while let Some(value) = tracer.worklist.pop() {
            value.trace(&mut tracer);
        }
        self.weak_holders.retain(|&holder| reached(holder));
        // A candidate kept alive by a finalizer stays one: it may be
        // suspended again before it is unreachable again.
        self.finalizer_candidates.retain(|&value| reached(value));
        self.allocated = 0;
        let before = self.objects.len();
        let Heap {
            objects,
            quarantine,
            quarantined,
            spare,
            ..
        } = self;
        let kept = if *quarantine { quarantined } else { spare };
        let limit = if *quarantine { usize::MAX } else { MAX_SPARE };
        // One pass: each box unreached is freed as the list drops it.
        objects.retain(|&ptr| {
            let value = Gc { ptr };
            let reached = value.box_ref().marked.replace(false);
            if !reached {
                free(ptr, kept, limit);
            }
            reached
        });
        before - self.objects.len()
    }
}

/// The most collected boxes [`Heap`] keeps for reuse: about as many as a
/// collection's worth of short-lived objects, a megabyte or two.
const MAX_SPARE: usize = 16 << 10;

/// Drops the value of a box that is leaving the heap's list, and keeps
/// the box in `kept` (the spare boxes, or under quarantine the boxes never
/// reused) while that holds fewer than `limit`, else gives it back.
fn free<T>(ptr: NonNull<GcBox<T>>, kept: &mut Vec<NonNull<GcBox<T>>>, limit: usize) {
    if kept.len() < limit {
        // SAFETY: the box is live (the caller is dropping it from
        // `objects`) and no reference into it is held here; its value is
        // dropped once, as `freed` is set and the box leaves every list
        // but `kept`, whose boxes are only overwritten whole or
        // deallocated.
        let boxed = unsafe { &mut *ptr.as_ptr() };
        // SAFETY: see above; the value is never used again.
        unsafe { ManuallyDrop::drop(&mut boxed.value) };
        boxed.freed.set(true);
        kept.push(ptr);
    } else {
        // SAFETY: `ptr` came from `Box::leak` in `alloc` and is leaving
        // `objects` (the caller drops it from the list), the only list
        // that owned it, so it is reboxed exactly once.
        let mut boxed = unsafe { Box::from_raw(ptr.as_ptr()) };
        // SAFETY: the value has not been dropped (it was live) and the
        // box is deallocated right after.
        unsafe { ManuallyDrop::drop(&mut boxed.value) };
    }
}

impl<T: Trace> Drop for Heap<T> {
    fn drop(&mut self) {
        for ptr in std::mem::take(&mut self.objects) {
            // SAFETY: every box on `objects` came from `Box::leak` in
            // `alloc` and is reboxed once here; its value is live.
            let mut boxed = unsafe { Box::from_raw(ptr.as_ptr()) };
            // SAFETY: the value was never dropped.
            unsafe { ManuallyDrop::drop(&mut boxed.value) };
        }
        let kept = std::mem::take(&mut self.quarantined);
        for ptr in kept.into_iter().chain(std::mem::take(&mut self.spare)) {
            // SAFETY: quarantined and spare boxes came from `Box::leak`,
            // their values were dropped already (`ManuallyDrop` keeps this
            // from dropping them again), and each is on one list once.
            drop(unsafe { Box::from_raw(ptr.as_ptr()) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value with any number of references, counting its drops.
    struct Node {
        edges: std::cell::RefCell<Vec<Gc<Node>>>,
        drops: std::rc::Rc<Cell<usize>>,
    }

    impl Trace for Node {
        fn trace(&self, tracer: &mut Tracer<Node>) {
            for &edge in self.edges.borrow().iter() {
                tracer.mark(edge);
            }
        }
    }

    impl Drop for Node {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }

    fn node(heap: &mut Heap<Node>, drops: &std::rc::Rc<Cell<usize>>) -> Gc<Node> {
        heap.alloc(Node {
            edges: Default::default(),
            drops: drops.clone(),
        })
    }

    /// A node whose finalizer is to be run.
    struct Finalized {
        next: Cell<Option<Gc<Finalized>>>,
        finalizer: Cell<bool>,
    }

    impl Trace for Finalized {
        fn trace(&self, tracer: &mut Tracer<Finalized>) {
            if let Some(next) = self.next.get() {
                tracer.mark(next);
            }
        }

        fn has_finalizer(&self) -> bool {
            self.finalizer.get()
        }
    }

    fn finalized(
        heap: &mut Heap<Finalized>,
        next: Option<Gc<Finalized>>,
        finalizer: bool,
    ) -> Gc<Finalized> {
        heap.alloc(Finalized {
            next: Cell::new(next),
            finalizer: Cell::new(finalizer),
        })
    }

    /// With every value asked (`scan_all`) or only the one registered.
    fn finalizable_value_survives_once_with_what_it_reaches(scan_all: bool) {
        let mut heap = Heap::new();
        if scan_all {
            heap.scan_all_for_finalizers();
        }
        let child = finalized(&mut heap, None, false);
        let parent = finalized(&mut heap, Some(child), true);
        if !scan_all {
            heap.register_finalizer_candidate(parent);
        }
        finalized(&mut heap, None, false);
        // Only the plain unreached value goes; the other two wait.
        assert_eq!(heap.collect(|_| {}), 1);
        assert_eq!(heap.len(), 2);
        // Still waiting to be taken: kept by the next collection too.
        assert_eq!(heap.collect(|_| {}), 0);
        assert_eq!(heap.take_finalizable(), vec![parent]);
        assert!(!heap.claim_finalizer(parent));
        // Its finalizer ran: unreachable again, it is freed this time.
        assert_eq!(heap.collect(|_| {}), 2);
        assert!(heap.is_empty());
    }

    #[test]
    fn finalizable_values_survive_once_with_what_they_reach() {
        finalizable_value_survives_once_with_what_it_reaches(true);
        finalizable_value_survives_once_with_what_it_reaches(false);
    }

    #[test]
    fn only_candidates_are_asked_until_every_value_is() {
        let mut heap = Heap::new();
        finalized(&mut heap, None, true);
        assert_eq!(heap.collect(|_| {}), 1);
        heap.scan_all_for_finalizers();
        finalized(&mut heap, None, true);
        assert_eq!(heap.collect(|_| {}), 0);
        assert_eq!(heap.take_finalizable().len(), 1);
    }

    #[test]
    fn a_candidate_kept_by_a_finalizer_stays_one() {
        let mut heap = Heap::new();
        // Not due yet, but reached from one that is.
        let later = finalized(&mut heap, None, false);
        let parent = finalized(&mut heap, Some(later), true);
        heap.register_finalizer_candidate(later);
        heap.register_finalizer_candidate(parent);
        assert_eq!(heap.collect(|_| {}), 0);
        assert_eq!(heap.take_finalizable(), vec![parent]);
        assert!(heap.finalizer_claimed(parent) && !heap.finalizer_claimed(later));
        // Its finalizer made `later` due (as resuming a generator
        // suspends it), and dropped it.
        later.finalizer.set(true);
        parent.next.set(None);
        assert_eq!(heap.collect(|_| {}), 1);
        assert_eq!(heap.take_finalizable(), vec![later]);
    }

    #[test]
    fn collected_boxes_are_reused_once_their_values_are_dropped() {
        let drops = std::rc::Rc::new(Cell::new(0));
        let mut heap = Heap::new();
        let kept = node(&mut heap, &drops);
        let freed: Vec<usize> = (0..3).map(|_| node(&mut heap, &drops).address()).collect();
        assert_eq!(heap.collect(|tracer| tracer.mark(kept)), 3);
        assert_eq!(drops.get(), 3);
        // The next values go into the freed boxes, and are values of
        // their own: dropped when they are collected in turn.
        let reused = node(&mut heap, &drops);
        assert!(freed.contains(&reused.address()));
        assert!(reused.edges.borrow().is_empty());
        reused.edges.borrow_mut().push(kept);
        assert_eq!(heap.len(), 2);
        assert_eq!(heap.collect(|tracer| tracer.mark(kept)), 1);
        assert_eq!(drops.get(), 4);
        drop(heap);
        assert_eq!(drops.get(), 5);
    }

    #[test]
    fn cycles_are_freed_and_reachable_values_kept() {
        let drops = std::rc::Rc::new(Cell::new(0));
        let mut heap = Heap::new();
        let root = node(&mut heap, &drops);
        let child = node(&mut heap, &drops);
        root.edges.borrow_mut().push(child);
        child.edges.borrow_mut().push(root);
        let a = node(&mut heap, &drops);
        let b = node(&mut heap, &drops);
        a.edges.borrow_mut().push(b);
        b.edges.borrow_mut().push(a);
        assert_eq!(heap.allocated_since_collection(), 4);
        assert_eq!(heap.collect(|t| t.mark(root)), 2);
        assert_eq!(drops.get(), 2);
        assert_eq!(heap.len(), 2);
        assert_eq!(heap.allocated_since_collection(), 0);
        assert_eq!(child.edges.borrow()[0], root);
        assert_eq!(heap.collect(|_| {}), 2);
        assert!(heap.is_empty());
        assert_eq!(drops.get(), 4);
    }

    #[test]
    fn a_long_chain_is_marked_without_recursion() {
        let drops = std::rc::Rc::new(Cell::new(0));
        let mut heap = Heap::new();
        let first = node(&mut heap, &drops);
        let mut last = first;
        for _ in 0..1_000_000 {
            let next = node(&mut heap, &drops);
            last.edges.borrow_mut().push(next);
            last = next;
        }
        assert_eq!(heap.collect(|t| t.mark(first)), 0);
        assert_eq!(heap.collect(|_| {}), 1_000_001);
    }

    #[test]
    fn quarantine_keeps_boxes_and_drops_values() {
        let drops = std::rc::Rc::new(Cell::new(0));
        let mut heap = Heap::new();
        heap.set_quarantine(true);
        let gone = node(&mut heap, &drops);
        assert_eq!(heap.collect(|_| {}), 1);
        assert_eq!(drops.get(), 1);
        if cfg!(debug_assertions) {
            let used = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                gone.edges.borrow().len()
            }));
            assert!(used.is_err());
        }
        drop(heap);
        assert_eq!(drops.get(), 1);
    }

    /// A value holding weak references to nodes.
    struct Registry {
        weak: std::cell::RefCell<Vec<Gc<Registry>>>,
    }

    impl Trace for Registry {
        fn trace(&self, _tracer: &mut Tracer<Registry>) {}

        fn clear_dead_weak_refs(&self, reached: &dyn Fn(Gc<Registry>) -> bool) {
            self.weak.borrow_mut().retain(|&value| reached(value));
        }
    }

    #[test]
    fn weak_references_to_freed_values_are_cleared() {
        let mut heap = Heap::new();
        heap.set_quarantine(true);
        let new = |heap: &mut Heap<Registry>| {
            heap.alloc(Registry {
                weak: Default::default(),
            })
        };
        let holder = new(&mut heap);
        heap.register_weak_holder(holder);
        let kept = new(&mut heap);
        let dropped = new(&mut heap);
        holder.weak.borrow_mut().extend([kept, dropped]);
        assert_eq!(
            heap.collect(|t| {
                t.mark(holder);
                t.mark(kept);
            }),
            1
        );
        assert_eq!(*holder.weak.borrow(), vec![kept]);
        assert_eq!(heap.collect(|_| {}), 2);
        assert!(heap.weak_holders.is_empty());
    }

    #[test]
    fn dropping_the_heap_drops_every_value() {
        let drops = std::rc::Rc::new(Cell::new(0));
        let mut heap = Heap::new();
        for _ in 0..10 {
            node(&mut heap, &drops);
        }
        drop(heap);
        assert_eq!(drops.get(), 10);
    }
}
