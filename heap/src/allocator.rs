//! mimalloc as the global allocator of the `pyvm` command, and its tuning.
//!
//! [`Mimalloc`] serves ordinary layouts with `mi_malloc` and friends, and
//! only over-aligned ones with the `*_aligned` entry points: those take a
//! slower path even for a small alignment, and syntax trees, code objects
//! and VM objects are millions of small, ordinarily aligned allocations.
//!
//! A collection frees many boxes at once; by default mimalloc gives their
//! pages back to the system 10 ms later, and the program then faults the
//! same amount of fresh, zeroed pages in again while it allocates up to
//! the next collection. Programs that allocate steadily spent most of
//! their time in the kernel that way; [`tune_for_small_objects`] stops it,
//! and turns off transparent huge pages, which cost more than they gave.
//!
//! [`Mimalloc`] also counts the bytes it has handed out and not taken back
//! ([`bytes_in_use`]), so that a collector counting objects also sees what
//! they hold (a generator's frame, a long string's text).

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};

/// The alignment every `mi_malloc` block of at least this many bytes has:
/// mimalloc's `MI_MAX_ALIGN_SIZE`, `sizeof(max_align_t)` (16 on x86-64
/// and AArch64). Smaller blocks are aligned to their size rounded up to a
/// machine word, as C's `malloc` may do.
const NATURAL_ALIGNMENT: usize = 2 * std::mem::size_of::<usize>();

/// Whether `mi_malloc(size)` already returns memory aligned to `align`,
/// so the aligned entry points are not needed. The rule of the standard
/// library's `System` allocator, with mimalloc's natural alignment:
/// mimalloc rounds every block up to a whole number of machine words, and
/// blocks of two words or more to an even number of them, on pages whose
/// first block is `MI_MAX_ALIGN_SIZE`-aligned (`mi_bin` with
/// `MI_ALIGN2W`; `MI_PAGE_MIN_START_BLOCK_ALIGN`).
#[inline]
fn naturally_aligned(align: usize, size: usize) -> bool {
    align <= NATURAL_ALIGNMENT && align <= size
}

/// Bytes allocated through [`Mimalloc`] and not yet freed.
static IN_USE: AtomicUsize = AtomicUsize::new(0);

/// Adds `grown` bytes to [`IN_USE`] and takes `shrunk` away. A load and a
/// store, not a locked read-modify-write: this runs on every allocation,
/// and an update lost to another thread only skews a heuristic.
#[inline(always)]
fn count(grown: usize, shrunk: usize) {
    let in_use = IN_USE.load(Ordering::Relaxed);
    IN_USE.store(
        in_use.wrapping_add(grown).wrapping_sub(shrunk),
        Ordering::Relaxed,
    );
}

/// The bytes the program holds through [`Mimalloc`]: 0 when it is not
/// the global allocator. An estimate (sizes as requested, updates from
/// several threads may be lost), for deciding when to collect.
pub fn bytes_in_use() -> usize {
    IN_USE.load(Ordering::Relaxed)
}

/// The global allocator of the `pyvm` command and of the compiler's
/// benchmarks: mimalloc, entered through its unaligned functions whenever
/// the layout allows. Install it with
///
/// ```
/// #[global_allocator]
/// static ALLOCATOR: pyvm_heap::allocator::Mimalloc = pyvm_heap::allocator::Mimalloc;
///
/// fn main() {
///     let tree = vec![Box::new(1u8), Box::new(2)];
///     assert_eq!(*tree[1], 2);
/// }
/// ```
pub struct Mimalloc;

// SAFETY: every method returns either null or a block from mimalloc that
// is at least `layout.size()` bytes long and aligned to `layout.align()`
// (the unaligned functions only when `naturally_aligned` says they
// guarantee it), and frees or resizes only blocks mimalloc handed out.
// mimalloc is thread safe, and never unwinds.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size(), 0);
        if naturally_aligned(layout.align(), layout.size()) {
            // SAFETY: `mi_malloc` accepts any size; the alignment is
            // guaranteed by `naturally_aligned`.
            unsafe { mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: `Layout` guarantees a power-of-two alignment, which is
            // all `mi_malloc_aligned` requires.
            unsafe { mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size(), 0);
        if naturally_aligned(layout.align(), layout.size()) {
            // SAFETY: as in `alloc`; `mi_zalloc` also zeroes the block.
            unsafe { mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: as in `alloc`, power-of-two alignment.
            unsafe { mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(0, layout.size());
        // SAFETY: the caller passes a block this allocator returned, so one
        // from mimalloc, whichever function allocated it; `mi_free` frees
        // aligned and unaligned blocks alike.
        unsafe { mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size, layout.size());
        if naturally_aligned(layout.align(), new_size) {
            // SAFETY: `ptr` came from mimalloc (caller's contract); the new
            // block keeps the alignment by `naturally_aligned`, and
            // `mi_realloc` copies the contents and frees the old block.
            unsafe { mi_realloc(ptr.cast::<c_void>(), new_size).cast() }
        } else {
            // SAFETY: `ptr` came from mimalloc; the alignment is the
            // layout's, a power of two.
            unsafe { mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast() }
        }
    }
}

/// mimalloc's `mi_option_purge_delay` (the same index in its v2 and v3
/// `mi_option_e`).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Tunes mimalloc for an interpreter's heap of many small objects. Call
/// it once, at start-up, before the program allocates much; it only
/// matters when mimalloc is the global allocator.
///
/// - Freed pages are kept for reuse instead of returned to the system,
///   as CPython's object allocator keeps its arenas.
/// - Transparent huge pages are turned off for the process (on Linux).
///   mimalloc asks for them on its arenas; each first touch then faults
///   in and zeroes 2 MiB, and objects of many sizes spread over many such
///   pages. A program that allocated 15 MiB took 45 MiB of memory that
///   way, and a third of its time went to the kernel zeroing it.
pub fn tune_for_small_objects() {
    // SAFETY: `mi_option_set` only stores an integer in mimalloc's option
    // table; `PURGE_DELAY` is a valid option index and -1 a documented
    // value ("no purging at all"). It is not thread safe, and the caller
    // runs it at start-up, before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
    #[cfg(target_os = "linux")]
    // SAFETY: `PR_SET_THP_DISABLE` takes one integer argument and only
    // sets a flag of the process; the unused arguments must be zero.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Allocates, writes, grows and frees blocks of many sizes and
    /// alignments, checking each address against its layout.
    #[test]
    fn blocks_are_aligned_to_their_layouts() {
        let allocator = Mimalloc;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 7, 8, 12, 16, 24, 40, 48, 100, 1000, 70_000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: `layout` has a non-zero size; every block is
                // written within its size and freed once with its layout.
                unsafe {
                    let block = allocator.alloc(layout);
                    assert!(!block.is_null());
                    assert_eq!(block as usize % align, 0, "size {size} align {align}");
                    block.write_bytes(0xA5, size);

                    let zeroed = allocator.alloc_zeroed(layout);
                    assert_eq!(zeroed as usize % align, 0, "size {size} align {align}");
                    assert!(std::slice::from_raw_parts(zeroed, size)
                        .iter()
                        .all(|&b| b == 0));
                    allocator.dealloc(zeroed, layout);

                    let grown = allocator.realloc(block, layout, size * 3);
                    assert_eq!(grown as usize % align, 0, "size {size} align {align}");
                    assert!(std::slice::from_raw_parts(grown, size)
                        .iter()
                        .all(|&b| b == 0xA5));
                    let grown_layout = Layout::from_size_align(size * 3, align).unwrap();
                    allocator.dealloc(grown, grown_layout);
                }
            }
        }
    }
}
