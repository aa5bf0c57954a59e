//! Guards on recursion, so that no program overflows the Rust stack.
//!
//! Python-to-Python calls push a frame in the same interpreter loop and
//! use no Rust stack; they count against `sys.getrecursionlimit()`
//! (`Vm::depth`). Native code that recurses — `repr` of nested
//! containers, comparing them, a builtin calling back into Python which
//! calls the builtin again — counts against the same limit, as CPython's
//! `_Py_EnterRecursiveCall` does, and is also stopped when the Rust stack
//! itself runs low, whatever the limit: a program that raised the limit to
//! 10**9 gets a `RecursionError` where CPython 3.11 would crash (the C
//! stack protection CPython 3.12 added).

use crate::vm::{PyResult, Vm};

impl Vm {
    /// Whether the value stacks hold as many values as they may (see
    /// [`MAX_STACK_VALUES`]): the VM's, and those set aside below running
    /// generators' frames.
    #[inline(always)]
    pub(crate) fn value_stacks_full(&self) -> bool {
        self.stack.len() + self.set_aside_values >= MAX_STACK_VALUES
    }
}

/// The Rust stack native code may use between two guarded steps of a
/// recursion (the deepest path from one guard to the next, in an
/// unoptimised build, with room to spare for raising the error).
const NATIVE_STACK_RESERVE: usize = 256 * 1024;

/// The most values the VM's value stacks (the variables and operands of
/// every frame) may hold: 256 MiB, some four million frames of a small
/// function, where CPython's default limit is a thousand. A call that
/// would go past it raises `RecursionError`, whatever the recursion limit,
/// instead of growing the process until the system kills it.
const MAX_STACK_VALUES: usize = 1 << 24;

/// The address of a local variable of the caller: where the Rust stack is
/// now.
#[inline(always)]
fn stack_address() -> usize {
    let here = 0u8;
    std::ptr::addr_of!(here) as usize
}

/// The lowest address the Rust stack of this thread may reach before
/// native recursion is refused ([`NATIVE_STACK_RESERVE`] above its end;
/// the stack grows down), or 0 where its size cannot be known. A `Vm`
/// stays on the thread that made it, so this is computed once.
pub(crate) fn native_stack_floor() -> usize {
    match stacker::remaining_stack() {
        Some(left) => (stack_address().saturating_sub(left)).saturating_add(NATIVE_STACK_RESERVE),
        None => 0,
    }
}

impl Vm {
    /// Whether the Rust stack is nearly used up: a comparison with the
    /// floor found when the VM was made, cheap enough for every native
    /// call.
    #[inline]
    pub(crate) fn native_stack_low(&self) -> bool {
        stack_address() < self.native_stack_floor
    }

    /// Fails with `RecursionError: maximum recursion depth
    /// exceeded{context}` when the Rust stack is nearly used up: the guard
    /// of native recursion that has no depth limit in CPython (hashing
    /// nested tuples, native code calling into Python).
    pub(crate) fn guard_native_stack(&mut self, context: &str) -> PyResult<()> {
        if self.native_stack_low() {
            return Err(self.recursion_error(context));
        }
        Ok(())
    }

    /// Runs `step` as one level of a native recursion: it counts against
    /// the recursion limit, as CPython's `_Py_EnterRecursiveCall(context)`,
    /// and against the Rust stack.
    pub(crate) fn recursing<T>(
        &mut self,
        context: &str,
        step: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.depth >= self.recursion_limit || self.native_stack_low() {
            return Err(self.recursion_error(context));
        }
        self.depth += 1;
        let result = step(self);
        self.depth -= 1;
        result
    }
}
