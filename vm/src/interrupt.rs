//! Ctrl-C: `KeyboardInterrupt` raised in the running program.
//!
//! Whoever owns the process's signals (the `pyvm` binary) sets the flag
//! given in [`crate::VmOptions::interrupt`] from its SIGINT handler. The
//! interpreter looks at it where it already stops to see whether a
//! collection is due — at backward jumps and at function entry — and
//! raises `KeyboardInterrupt` there, as CPython's eval breaker does
//! (`_PyEval_SignalReceived`, `handle_signals` in `Python/ceval.c`).
//! Native operations that may run long (`time.sleep`, huge integer
//! arithmetic) look at the flag themselves through [`Vm::check_interrupt`].

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::exception_class::ExceptionClass;
use crate::objects::traceback::FUNCTION_ENTRY;
use crate::vm::{PyResult, Vm};

/// How long a native wait may go on before it looks at the flag again.
const WAIT_SLICE: Duration = Duration::from_millis(10);

/// A new flag that nothing has set.
pub(crate) fn new_flag() -> Arc<AtomicBool> {
    Arc::new(AtomicBool::new(false))
}

impl Vm {
    /// Whether an interrupt (Ctrl-C) waits to be raised.
    #[inline]
    pub(crate) fn interrupt_pending(&self) -> bool {
        self.interrupt.load(Ordering::Relaxed)
    }

    /// Whether the interpreter loop must stop at a safepoint: a
    /// collection is due or an interrupt waits.
    #[inline]
    pub(crate) fn safepoint_due(&self) -> bool {
        self.collection_due() || self.interrupt_pending()
    }

    /// Raises `KeyboardInterrupt` (and clears the flag) when an interrupt
    /// waits, as CPython's `PyErr_CheckSignals`.
    pub(crate) fn check_interrupt(&mut self) -> PyResult<()> {
        // A load first: a swap on every safepoint would cost a locked
        // instruction on every call.
        if !self.interrupt.load(Ordering::Relaxed) || !self.interrupt.swap(false, Ordering::Relaxed)
        {
            return Ok(());
        }
        let class = self.exception_type(ExceptionClass::KeyboardInterrupt);
        let exception = self.new_exception(class, Vec::new());
        self.set_context(exception);
        Err(crate::vm::PyErr { exception })
    }

    /// The safepoint of a function's entry, its frame just pushed: when
    /// it raises (an interrupt), the frame is unwound with a traceback
    /// entry at its `def` line, as CPython raises at the frame's `RESUME`.
    #[inline(always)]
    pub(crate) fn entry_safepoint(&mut self) -> PyResult<()> {
        if self.safepoint_due() {
            self.entry_safepoint_due()
        } else {
            Ok(())
        }
    }

    /// [`Vm::entry_safepoint`] when a collection or an interrupt is due.
    #[cold]
    fn entry_safepoint_due(&mut self) -> PyResult<()> {
        let Err(error) = self.safepoint() else {
            return Ok(());
        };
        let frame = self.frames.pop().expect("the frame just pushed");
        self.depth -= 1;
        let object = self.ended_frame_object(&frame, None);
        self.stack.truncate(frame.result as usize);
        self.add_traceback(error.exception, object, FUNCTION_ENTRY);
        Err(error)
    }

    /// Sleeps for `duration`, waking to raise `KeyboardInterrupt` when an
    /// interrupt comes, as CPython's `time.sleep` does on `EINTR`.
    pub(crate) fn interruptible_sleep(&mut self, duration: Duration) -> PyResult<()> {
        let deadline = Instant::now() + duration;
        loop {
            self.check_interrupt()?;
            let now = Instant::now();
            if now >= deadline {
                return Ok(());
            }
            std::thread::sleep((deadline - now).min(WAIT_SLICE));
        }
    }

    /// Whether the program ended with an uncaught `KeyboardInterrupt`:
    /// CPython then ends the process by SIGINT (`exit_sigint` in
    /// `Modules/main.c`), so that the shell sees it was interrupted. The
    /// embedder (the `pyvm` binary) does the same.
    pub fn unhandled_keyboard_interrupt(&self) -> bool {
        self.unhandled_keyboard_interrupt
    }
}
