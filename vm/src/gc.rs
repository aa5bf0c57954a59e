//! Collecting garbage: what the VM reports as roots to the heap.

use crate::object::trace_value;
use crate::value::Value;
use crate::vm::Vm;

/// The fewest bytes the program may allocate (net of what it frees)
/// between two collections: past it, the live heap may grow by its own
/// size before the next one, so collecting costs a bounded share of
/// allocating.
pub(crate) const MIN_GROWTH_BYTES: usize = 8 << 20;

impl Vm {
    /// Collects every object no root reaches; returns how many were freed.
    pub fn collect_garbage(&mut self) -> usize {
        let Vm {
            heap,
            types,
            interned,
            names,
            builtins,
            modules,
            latin1_chars,
            small_int_strs,
            frames,
            stack,
            roots,
            pending_finalizers,
            repr_stack,
            generator_outer,
            handled,
            asyncgen_hooks,
            asyncgen_hooks_type,
            main_module,
            stdio,
            finished_generators,
            ..
        } = self;
        // Garbage: freed with the rest.
        finished_generators.clear();
        let freed = heap.collect(|tracer| {
            types.trace(tracer);
            names.trace(tracer);
            for &string in interned.values() {
                tracer.mark(string);
            }
            tracer.mark(*builtins);
            tracer.mark(*modules);
            for &string in latin1_chars.iter().chain(small_int_strs.iter().flatten()) {
                tracer.mark(string);
            }
            for frame in frames.iter() {
                frame.trace(tracer);
            }
            for &value in stack.iter().chain(roots.iter()) {
                trace_value(value, tracer);
            }
            for outer in generator_outer.iter() {
                trace_value(outer.handled, tracer);
                for &value in &outer.stack {
                    trace_value(value, tracer);
                }
            }
            for &object in repr_stack.iter().chain(pending_finalizers.iter()) {
                tracer.mark(object);
            }
            trace_value(*handled, tracer);
            for &hook in asyncgen_hooks.iter() {
                trace_value(hook, tracer);
            }
            if let Some(class) = asyncgen_hooks_type {
                tracer.mark(*class);
            }
            if let Some(module) = main_module {
                tracer.mark(*module);
            }
            if let Some(stdio) = stdio {
                for file in [stdio.stdin, stdio.stdout, stdio.stderr] {
                    tracer.mark(file);
                }
            }
        });
        // A freed type's address may come back as another's, and a freed
        // string's as another string's.
        self.type_cache.invalidate();
        self.intern_memo.fill((0, None));
        self.gc.collected += freed;
        self.gc.collections += 1;
        let in_use = pyvm_heap::allocator::bytes_in_use();
        self.gc.schedule(
            self.gc.threshold().max(self.heap.len()),
            in_use.saturating_add(in_use.max(MIN_GROWTH_BYTES)),
        );
        self.run_weakref_callbacks();
        let finalizable = self.heap.take_finalizable();
        self.pending_finalizers.extend(finalizable);
        self.run_finalizers();
        freed
    }

    /// Whether enough was allocated since the last collection for another.
    pub(crate) fn collection_due(&self) -> bool {
        self.heap.allocated_since_collection() >= self.gc.due_objects
            || pyvm_heap::allocator::bytes_in_use() >= self.gc.due_bytes
    }

    /// Keeps `value` alive across calls into Python code until
    /// [`Vm::release_roots`] cuts the list back to the returned mark.
    pub fn root(&mut self, value: Value) -> usize {
        self.roots.push(value);
        self.roots.len() - 1
    }

    /// Drops the roots from `mark` on.
    pub fn release_roots(&mut self, mark: usize) {
        self.roots.truncate(mark);
    }

    /// Runs `body` with `values` rooted: native code walking a snapshot of
    /// a container's items while Python code runs (`__eq__`, `__hash__`)
    /// keeps them alive, as CPython holds references, since that code may
    /// empty the container.
    pub(crate) fn with_rooted<T>(
        &mut self,
        values: &[Value],
        body: impl FnOnce(&mut Vm) -> T,
    ) -> T {
        let mark = self.roots.len();
        self.roots.extend_from_slice(values);
        let result = body(self);
        self.release_roots(mark);
        result
    }
}
