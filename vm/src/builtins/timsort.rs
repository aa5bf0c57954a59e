//! `list.sort`'s algorithm: CPython's timsort (`Objects/listsort.txt`)
//! with 3.11's powersort merge order, ported function by function
//! (`count_run`, `binarysort`, `gallop_left`, `merge_lo`, …) so that it
//! makes exactly CPython's comparisons in CPython's order: a `__lt__`
//! that logs or counts its calls sees the same sequence.
//!
//! It sorts an array of indices into the keys, which the caller then
//! applies to the items (CPython sorts keys and values side by side).
//! After an error the array is still a permutation, partly sorted, as
//! CPython leaves the list.

use pyvm_bytecode::ComparisonOperator;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// When one run wins this many times in a row, merging gallops
/// (CPython's `MIN_GALLOP`).
const MIN_GALLOP: usize = 7;

/// Sorts the indices `order` by `keys[i] < keys[j]`, stably, as CPython's
/// `list_sort_impl` does once the keys are made.
pub(crate) fn sort(vm: &mut Vm, order: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    let mut state = MergeState {
        less: Less { vm, keys },
        a: order,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
    };
    let min_run = compute_min_run(n);
    let (mut lo, mut remaining) = (0, n);
    while remaining > 0 {
        let (mut run, descending) = state.count_run(lo, lo + remaining)?;
        if descending {
            state.a[lo..lo + run].reverse();
        }
        // A short run is extended to `min(min_run, remaining)`.
        if run < min_run {
            let force = remaining.min(min_run);
            state.binary_sort(lo, lo + force, lo + run)?;
            run = force;
        }
        state.found_new_run(run, n)?;
        state.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    state.force_collapse()
}

/// The shortest run worth merging for `n` items
/// (`merge_compute_minrun`).
fn compute_min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort "power" of the boundary between a run of `n1` items at
/// `s1` and the next of `n2`, in a list of `n` (`powerloop`).
fn power_loop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    // Twice the midpoints of the two runs.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// The comparison: `keys[x] < keys[y]` (CPython's `ISLT`).
struct Less<'s> {
    vm: &'s mut Vm,
    keys: &'s [Value],
}

impl Less<'_> {
    fn lt(&mut self, x: usize, y: usize) -> PyResult<bool> {
        match (self.keys[x], self.keys[y]) {
            (Value::Int(a), Value::Int(b)) => Ok(a < b),
            (Value::Float(a), Value::Float(b)) => Ok(a.get() < b.get()),
            (a, b) => {
                let result = self.vm.compare(a, b, ComparisonOperator::Less)?;
                self.vm.truthy(result)
            }
        }
    }
}

/// A sorted run waiting to be merged.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    /// The power of its boundary with the next run.
    power: u32,
}

/// CPython's `MergeState`.
struct MergeState<'s> {
    less: Less<'s>,
    a: &'s mut [usize],
    min_gallop: usize,
    pending: Vec<Run>,
}

/// How a merge's main loop ended, short of an error.
enum Merged {
    /// Everything is in place but what is left in the temporary copy.
    Done,
    /// One item of the copied run is left, to go at the far end.
    LastOfCopy,
}

/// The cursors of `merge_lo`: `dest` and `b` into the list, `a` into
/// the copy of the first run.
struct LoCursors {
    dest: usize,
    a: usize,
    b: usize,
    na: usize,
    nb: usize,
}

/// The cursors of `merge_hi`, moving down: `dest` and `a` into the list
/// (`a` may pass below its start), `b` into the copy of the second run.
struct HiCursors {
    dest: isize,
    a: isize,
    b: isize,
    na: usize,
    nb: usize,
}

impl MergeState<'_> {
    /// The length of the run starting at `lo` (at most up to `hi`), and
    /// whether it is strictly descending (`count_run`).
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        let mut i = lo + 1;
        if i == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let descending = self.less.lt(self.a[i], self.a[i - 1])?;
        i += 1;
        while i < hi {
            // A descending run goes on while items fall, an ascending one
            // until one does.
            if self.less.lt(self.a[i], self.a[i - 1])? != descending {
                break;
            }
            i += 1;
            n += 1;
        }
        Ok((n, descending))
    }

    /// Sorts `a[lo..hi]`, whose `a[lo..start]` is sorted, by binary
    /// insertion (`binarysort`).
    fn binary_sort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if start == lo {
            start += 1;
        }
        while start < hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.less.lt(pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.a.copy_within(l..start, l + 1);
            self.a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// Merges the runs whose boundaries have a higher power than the new
    /// run's boundary, then records that power (`found_new_run`).
    fn found_new_run(&mut self, n2: usize, list_len: usize) -> PyResult<()> {
        let Some(&last) = self.pending.last() else {
            return Ok(());
        };
        let power = power_loop(last.base, last.len, n2, list_len);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2)?;
        }
        let top = self.pending.len() - 1;
        self.pending[top].power = power;
        Ok(())
    }

    /// Merges every pending run (`merge_force_collapse`).
    fn force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1` (`merge_at`).
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let Run {
            base: pa, len: na, ..
        } = self.pending[i];
        let Run {
            base: pb, len: nb, ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // The items of the first run before the second's first are in
        // place already, and so are those of the second after the
        // first's last.
        let k = gallop_right(&mut self.less, self.a[pb], &self.a[pa..pa + na], 0)?;
        let (pa, na) = (pa + k, na - k);
        if na == 0 {
            return Ok(());
        }
        let nb = gallop_left(
            &mut self.less,
            self.a[pa + na - 1],
            &self.a[pb..pb + nb],
            nb - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(pa, na, pb, nb)
        } else {
            self.merge_hi(pa, na, pb, nb)
        }
    }

    /// Merges the adjacent runs `a[pa..pa + na]` and `a[pb..pb + nb]`,
    /// `na <= nb`, from the low end, with the first run copied aside
    /// (`merge_lo`).
    fn merge_lo(&mut self, pa: usize, na: usize, pb: usize, nb: usize) -> PyResult<()> {
        let copy = self.a[pa..pa + na].to_vec();
        let mut c = LoCursors {
            dest: pa,
            a: 0,
            b: pb,
            na,
            nb,
        };
        let merged = self.merge_lo_loop(&copy, &mut c);
        if let Ok(Merged::LastOfCopy) = merged {
            self.a.copy_within(c.b..c.b + c.nb, c.dest);
            self.a[c.dest + c.nb] = copy[c.a];
            return Ok(());
        }
        self.a[c.dest..c.dest + c.na].copy_from_slice(&copy[c.a..c.a + c.na]);
        merged.map(|_| ())
    }

    fn merge_lo_loop(&mut self, copy: &[usize], c: &mut LoCursors) -> PyResult<Merged> {
        self.a[c.dest] = self.a[c.b];
        c.dest += 1;
        c.b += 1;
        c.nb -= 1;
        if c.nb == 0 {
            return Ok(Merged::Done);
        }
        if c.na == 1 {
            return Ok(Merged::LastOfCopy);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut a_wins, mut b_wins) = (0, 0);
            // One at a time, until one run seems to win consistently.
            loop {
                if self.less.lt(self.a[c.b], copy[c.a])? {
                    self.a[c.dest] = self.a[c.b];
                    c.dest += 1;
                    c.b += 1;
                    b_wins += 1;
                    a_wins = 0;
                    c.nb -= 1;
                    if c.nb == 0 {
                        return Ok(Merged::Done);
                    }
                    if b_wins >= min_gallop {
                        break;
                    }
                } else {
                    self.a[c.dest] = copy[c.a];
                    c.dest += 1;
                    c.a += 1;
                    a_wins += 1;
                    b_wins = 0;
                    c.na -= 1;
                    if c.na == 1 {
                        return Ok(Merged::LastOfCopy);
                    }
                    if a_wins >= min_gallop {
                        break;
                    }
                }
            }
            // Galloping, until neither run wins consistently.
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let k = gallop_right(&mut self.less, self.a[c.b], &copy[c.a..c.a + c.na], 0)?;
                a_wins = k;
                if k > 0 {
                    self.a[c.dest..c.dest + k].copy_from_slice(&copy[c.a..c.a + k]);
                    c.dest += k;
                    c.a += k;
                    c.na -= k;
                    if c.na == 1 {
                        return Ok(Merged::LastOfCopy);
                    }
                    // Impossible with a consistent `<`, which `__lt__`
                    // need not be.
                    if c.na == 0 {
                        return Ok(Merged::Done);
                    }
                }
                self.a[c.dest] = self.a[c.b];
                c.dest += 1;
                c.b += 1;
                c.nb -= 1;
                if c.nb == 0 {
                    return Ok(Merged::Done);
                }
                let k = gallop_left(&mut self.less, copy[c.a], &self.a[c.b..c.b + c.nb], 0)?;
                b_wins = k;
                if k > 0 {
                    self.a.copy_within(c.b..c.b + k, c.dest);
                    c.dest += k;
                    c.b += k;
                    c.nb -= k;
                    if c.nb == 0 {
                        return Ok(Merged::Done);
                    }
                }
                self.a[c.dest] = copy[c.a];
                c.dest += 1;
                c.a += 1;
                c.na -= 1;
                if c.na == 1 {
                    return Ok(Merged::LastOfCopy);
                }
                if a_wins < MIN_GALLOP && b_wins < MIN_GALLOP {
                    break;
                }
            }
            // Leaving galloping mode costs.
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges the adjacent runs `a[pa..pa + na]` and `a[pb..pb + nb]`,
    /// `na > nb`, from the high end, with the second run copied aside
    /// (`merge_hi`).
    fn merge_hi(&mut self, pa: usize, na: usize, pb: usize, nb: usize) -> PyResult<()> {
        let copy = self.a[pb..pb + nb].to_vec();
        let mut c = HiCursors {
            dest: (pb + nb - 1) as isize,
            a: (pa + na - 1) as isize,
            b: nb as isize - 1,
            na,
            nb,
        };
        let merged = self.merge_hi_loop(pa, &copy, &mut c);
        if let Ok(Merged::LastOfCopy) = merged {
            // The run's rest moves up one; the copy's first item goes
            // before it.
            let (dest, a, na) = (c.dest as usize, c.a as usize, c.na);
            self.a.copy_within(a + 1 - na..a + 1, dest + 1 - na);
            self.a[dest - na] = copy[c.b as usize];
            return Ok(());
        }
        if c.nb > 0 {
            let end = c.dest as usize + 1;
            self.a[end - c.nb..end].copy_from_slice(&copy[..c.nb]);
        }
        merged.map(|_| ())
    }

    fn merge_hi_loop(&mut self, pa: usize, copy: &[usize], c: &mut HiCursors) -> PyResult<Merged> {
        let at = |i: isize| i as usize;
        self.a[at(c.dest)] = self.a[at(c.a)];
        c.dest -= 1;
        c.a -= 1;
        c.na -= 1;
        if c.na == 0 {
            return Ok(Merged::Done);
        }
        if c.nb == 1 {
            return Ok(Merged::LastOfCopy);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut a_wins, mut b_wins) = (0, 0);
            // One at a time, until one run seems to win consistently.
            loop {
                if self.less.lt(copy[at(c.b)], self.a[at(c.a)])? {
                    self.a[at(c.dest)] = self.a[at(c.a)];
                    c.dest -= 1;
                    c.a -= 1;
                    a_wins += 1;
                    b_wins = 0;
                    c.na -= 1;
                    if c.na == 0 {
                        return Ok(Merged::Done);
                    }
                    if a_wins >= min_gallop {
                        break;
                    }
                } else {
                    self.a[at(c.dest)] = copy[at(c.b)];
                    c.dest -= 1;
                    c.b -= 1;
                    b_wins += 1;
                    a_wins = 0;
                    c.nb -= 1;
                    if c.nb == 1 {
                        return Ok(Merged::LastOfCopy);
                    }
                    if b_wins >= min_gallop {
                        break;
                    }
                }
            }
            // Galloping, until neither run wins consistently.
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let found = gallop_right(
                    &mut self.less,
                    copy[at(c.b)],
                    &self.a[pa..pa + c.na],
                    c.na - 1,
                )?;
                let k = c.na - found;
                a_wins = k;
                if k > 0 {
                    c.dest -= k as isize;
                    c.a -= k as isize;
                    let from = at(c.a + 1);
                    self.a.copy_within(from..from + k, at(c.dest + 1));
                    c.na -= k;
                    if c.na == 0 {
                        return Ok(Merged::Done);
                    }
                }
                self.a[at(c.dest)] = copy[at(c.b)];
                c.dest -= 1;
                c.b -= 1;
                c.nb -= 1;
                if c.nb == 1 {
                    return Ok(Merged::LastOfCopy);
                }
                let found = gallop_left(&mut self.less, self.a[at(c.a)], &copy[..c.nb], c.nb - 1)?;
                let k = c.nb - found;
                b_wins = k;
                if k > 0 {
                    c.dest -= k as isize;
                    c.b -= k as isize;
                    let (to, from) = (at(c.dest + 1), at(c.b + 1));
                    self.a[to..to + k].copy_from_slice(&copy[from..from + k]);
                    c.nb -= k;
                    if c.nb == 1 {
                        return Ok(Merged::LastOfCopy);
                    }
                    // Impossible with a consistent `<`, which `__lt__`
                    // need not be.
                    if c.nb == 0 {
                        return Ok(Merged::Done);
                    }
                }
                self.a[at(c.dest)] = self.a[at(c.a)];
                c.dest -= 1;
                c.a -= 1;
                c.na -= 1;
                if c.na == 0 {
                    return Ok(Merged::Done);
                }
                if a_wins < MIN_GALLOP && b_wins < MIN_GALLOP {
                    break;
                }
            }
            // Leaving galloping mode costs.
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}

/// Where `key` goes in the sorted `run`, left of any equal items,
/// searching out from `run[hint]` (`gallop_left`).
fn gallop_left(less: &mut Less<'_>, key: usize, run: &[usize], hint: usize) -> PyResult<usize> {
    let (n, hint) = (run.len() as isize, hint as isize);
    let at = |i: isize| run[i as usize];
    let (mut last, mut offset) = (0isize, 1isize);
    if less.lt(at(hint), key)? {
        // Gallop right, until run[hint + last] < key <= run[hint + offset].
        let max = n - hint;
        while offset < max {
            if !less.lt(at(hint + offset), key)? {
                break;
            }
            last = offset;
            offset = (offset << 1) + 1;
        }
        offset = offset.min(max);
        last += hint;
        offset += hint;
    } else {
        // Gallop left, until run[hint - offset] < key <= run[hint - last].
        let max = hint + 1;
        while offset < max {
            if less.lt(at(hint - offset), key)? {
                break;
            }
            last = offset;
            offset = (offset << 1) + 1;
        }
        offset = offset.min(max);
        (last, offset) = (hint - offset, hint - last);
    }
    // Now run[last] < key <= run[offset]: a binary search between.
    last += 1;
    while last < offset {
        let m = last + ((offset - last) >> 1);
        if less.lt(at(m), key)? {
            last = m + 1;
        } else {
            offset = m;
        }
    }
    Ok(offset as usize)
}

/// Where `key` goes in the sorted `run`, right of any equal items,
/// searching out from `run[hint]` (`gallop_right`).
fn gallop_right(less: &mut Less<'_>, key: usize, run: &[usize], hint: usize) -> PyResult<usize> {
    let (n, hint) = (run.len() as isize, hint as isize);
    let at = |i: isize| run[i as usize];
    let (mut last, mut offset) = (0isize, 1isize);
    if less.lt(key, at(hint))? {
        // Gallop left, until run[hint - offset] <= key < run[hint - last].
        let max = hint + 1;
        while offset < max {
            if !less.lt(key, at(hint - offset))? {
                break;
            }
            last = offset;
            offset = (offset << 1) + 1;
        }
        offset = offset.min(max);
        (last, offset) = (hint - offset, hint - last);
    } else {
        // Gallop right, until run[hint + last] <= key < run[hint + offset].
        let max = n - hint;
        while offset < max {
            if less.lt(key, at(hint + offset))? {
                break;
            }
            last = offset;
            offset = (offset << 1) + 1;
        }
        offset = offset.min(max);
        last += hint;
        offset += hint;
    }
    // Now run[last] <= key < run[offset]: a binary search between.
    last += 1;
    while last < offset {
        let m = last + ((offset - last) >> 1);
        if less.lt(key, at(m))? {
            offset = m;
        } else {
            last = m + 1;
        }
    }
    Ok(offset as usize)
}
