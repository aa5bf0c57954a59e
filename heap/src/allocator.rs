//! Tuning of mimalloc, the allocator the `pyvm` command runs on.
//!
//! A collection frees many boxes at once; by default mimalloc gives their
//! pages back to the system 10 ms later, and the program then faults the
//! same amount of fresh, zeroed pages in again while it allocates up to
//! the next collection. Programs that allocate steadily spent most of
//! their time in the kernel that way.

/// mimalloc's `mi_option_purge_delay` (the same index in its v2 and v3
/// `mi_option_e`).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed pages for reuse instead of returning them to the system,
/// as CPython's object allocator keeps its arenas. Call it once, before
/// the program allocates much; it only matters when mimalloc is the
/// global allocator.
pub fn keep_freed_pages() {
    // SAFETY: `mi_option_set` only stores an integer in mimalloc's option
    // table; `PURGE_DELAY` is a valid option index and -1 a documented
    // value ("no purging at all"). It is not thread safe, and the caller
    // runs it at start-up, before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
}
