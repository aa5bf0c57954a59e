//! Ctrl-C, as CPython handles it: SIGINT raises `KeyboardInterrupt` in the
//! running program, and a program that ends with that exception uncaught
//! ends the process by SIGINT, so that the shell sees it was interrupted
//! (status 130).

use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use signal_hook::consts::SIGINT;

/// Routes SIGINT to a flag for the VM, unless SIGINT was ignored when the
/// process started (a background job of a non-interactive shell): CPython
/// then leaves it ignored too (`signal_module_exec` installs its handler
/// only over the default one). `None` when there is no handler.
pub(crate) fn install_sigint_flag() -> Option<Arc<AtomicBool>> {
    if sigint_ignored() {
        return None;
    }
    let flag = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(SIGINT, Arc::clone(&flag)).ok()?;
    Some(flag)
}

/// Whether the process started with SIGINT ignored, read from the
/// `SigIgn` mask in `/proc/self/status` (bit `SIGINT - 1`). Where there is
/// no such file, SIGINT is taken as not ignored.
fn sigint_ignored() -> bool {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return false;
    };
    status
        .lines()
        .find_map(|line| line.strip_prefix("SigIgn:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << (SIGINT - 1)) != 0)
}

/// Ends the process by SIGINT, as CPython's `exit_sigint` does after an
/// uncaught `KeyboardInterrupt`; where the signal does not end it, the
/// status is 130, as there.
pub(crate) fn exit_by_sigint() -> ExitCode {
    let _ = signal_hook::low_level::emulate_default_handler(SIGINT);
    ExitCode::from(130)
}
