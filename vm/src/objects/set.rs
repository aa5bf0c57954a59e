//! `set` and `frozenset` data: CPython's open-addressing hash table
//! (`Objects/setobject.c`), so that sets iterate in CPython's order —
//! `{3, 1, 2}` is `{1, 2, 3}`.
//!
//! A slot is empty, a dummy (a removed entry, which keeps probe chains
//! intact) or holds a key with its hash. A probe starts at `hash & mask`,
//! looks at up to [`LINEAR_PROBES`] following slots, then jumps as
//! `i = i * 5 + 1 + perturb` with `perturb` shifted right by
//! [`PERTURB_SHIFT`] each time. The table grows when it is three fifths
//! full (live entries plus dummies) and never shrinks on removal.
//!
//! As with [`super::dict::Dict`], the table never compares keys itself:
//! a search takes the key's hash and a matcher, and the VM's set
//! operations (`crate::ops::set`) call Python's `==` outside any borrow.

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::objects::dict::{DictKey, Probe};
use crate::value::Value;

/// Slots looked at one after another before jumping (`LINEAR_PROBES`).
pub const LINEAR_PROBES: usize = 9;
/// How fast the high bits of the hash join the jumps (`PERTURB_SHIFT`).
pub const PERTURB_SHIFT: u32 = 5;
/// The size of an empty table (`PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;

#[derive(Clone, Copy)]
enum Slot {
    Empty,
    Dummy,
    Active(DictKey),
}

/// The slots of a set.
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active entries plus dummies.
    fill: usize,
    /// Active entries.
    used: usize,
    /// Where `pop()` looks next.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// The slots a probe for `hash` visits, in order, in a table of
/// `mask + 1` slots (endless: the caller stops at an empty slot).
fn probe_sequence(hash: i64, mask: usize) -> ProbeSequence {
    let start = (hash as u64 as usize) & mask;
    ProbeSequence {
        mask,
        perturb: hash as u64 as usize,
        start,
        next: start,
        last: linear_end(start, mask),
    }
}

/// The last slot of the linear run starting at `start`.
fn linear_end(start: usize, mask: usize) -> usize {
    if start + LINEAR_PROBES <= mask {
        start + LINEAR_PROBES
    } else {
        start
    }
}

/// The iterator [`probe_sequence`] returns.
struct ProbeSequence {
    mask: usize,
    perturb: usize,
    /// The first slot of the current linear run.
    start: usize,
    next: usize,
    last: usize,
}

impl Iterator for ProbeSequence {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.next > self.last {
            self.perturb >>= PERTURB_SHIFT;
            self.start = self
                .start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb)
                & self.mask;
            self.next = self.start;
            self.last = linear_end(self.start, self.mask);
        }
        let slot = self.next;
        self.next += 1;
        Some(slot)
    }
}

impl SetTable {
    /// The number of entries.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Searches for a key with `hash` (`set_lookkey`): `same` decides a
    /// stored key equal (`Some(true)`), different (`Some(false)`), or
    /// needing Python's `==` (`None`). `Found` holds the slot.
    pub fn probe(&self, hash: i64, mut same: impl FnMut(Value) -> Option<bool>) -> Probe {
        let mut undecided = Vec::new();
        for index in probe_sequence(hash, self.mask()) {
            match self.slots[index] {
                Slot::Empty => break,
                Slot::Dummy => {}
                Slot::Active(stored) if stored.hash == hash => match same(stored.key) {
                    Some(true) => return Probe::Found(index),
                    Some(false) => {}
                    None => undecided.push(stored.key),
                },
                Slot::Active(_) => {}
            }
        }
        if undecided.is_empty() {
            Probe::Absent
        } else {
            Probe::Undecided(undecided)
        }
    }

    /// The slot holding `key` itself.
    pub fn index_of_identical(&self, hash: i64, key: Value) -> Option<usize> {
        match self.probe(hash, |stored| Some(stored.is(key))) {
            Probe::Found(index) => Some(index),
            _ => None,
        }
    }

    /// Adds a key known to be absent (the end of `set_add_entry`): into
    /// the last dummy on its probe chain, or the empty slot ending it,
    /// growing the table when it gets three fifths full.
    pub fn insert_absent(&mut self, key: DictKey) {
        let mask = self.mask();
        let mut free = None;
        for index in probe_sequence(key.hash, mask) {
            match self.slots[index] {
                Slot::Empty => {
                    if let Some(dummy) = free {
                        self.slots[dummy] = Slot::Active(key);
                        self.used += 1;
                        return;
                    }
                    self.slots[index] = Slot::Active(key);
                    self.fill += 1;
                    self.used += 1;
                    if self.fill * 5 >= mask * 3 {
                        self.resize(if self.used > 50_000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        });
                    }
                    return;
                }
                // The last dummy on the chain, as CPython's
                // `set_add_entry` keeps overwriting `freeslot`.
                Slot::Dummy => free = Some(index),
                _ => {}
            }
        }
    }

    /// `set_insert_clean`: adds a key to a table without dummies or an
    /// equal key.
    fn insert_clean(slots: &mut [Slot], key: DictKey) {
        let mask = slots.len() - 1;
        for index in probe_sequence(key.hash, mask) {
            if let Slot::Empty = slots[index] {
                slots[index] = Slot::Active(key);
                return;
            }
        }
    }

    /// `set_table_resize`: a table of the smallest power of two above
    /// `min_used`, the entries reinserted in slot order.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // No dummies to purge from the small table: nothing moves.
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(key) = slot {
                Self::insert_clean(&mut self.slots, key);
            }
        }
    }

    /// Makes room before merging `incoming` entries (`set_merge` and
    /// `set_update_internal`'s one big resize).
    pub fn reserve(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Whether nothing was ever added since the table was made or
    /// cleared (`so->fill == 0`): a merge may then skip equality.
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// `set_merge` into a pristine table (after [`SetTable::reserve`]): a
    /// slot-for-slot copy when the sizes match and `other` has no dummies,
    /// else clean insertions in `other`'s slot order.
    pub fn merge_into_pristine(&mut self, other: &SetTable) {
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            for (mine, theirs) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Active(_) = theirs {
                    *mine = *theirs;
                }
            }
        } else {
            for slot in &other.slots {
                if let Slot::Active(key) = slot {
                    Self::insert_clean(&mut self.slots, *key);
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// Removes the entry in slot `index`, leaving a dummy.
    pub fn remove(&mut self, index: usize) -> Option<DictKey> {
        match self.slots.get(index) {
            Some(&Slot::Active(key)) => {
                self.slots[index] = Slot::Dummy;
                self.used -= 1;
                Some(key)
            }
            _ => None,
        }
    }

    /// Shrinks away dummies when more than a quarter of the slots hold
    /// them (the end of `set_difference_update_internal`).
    pub fn compact_if_sparse(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// `set.pop()`: the first entry from where the last pop stopped.
    pub fn pop(&mut self) -> Option<DictKey> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut index = self.finger & mask;
        while !matches!(self.slots[index], Slot::Active(_)) {
            index = (index + 1) & mask;
        }
        self.finger = index + 1;
        self.remove(index)
    }

    /// Removes every entry (`set_clear_internal`).
    pub fn clear(&mut self) {
        self.slots = vec![Slot::Empty; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// The first entry at or after slot `index`, with its slot.
    pub fn next_entry(&self, index: usize) -> Option<(usize, DictKey)> {
        self.slots
            .iter()
            .enumerate()
            .skip(index)
            .find_map(|(i, slot)| match slot {
                Slot::Active(key) => Some((i, *key)),
                _ => None,
            })
    }

    /// The entry in slot `index`.
    pub fn entry(&self, index: usize) -> Option<DictKey> {
        match self.slots.get(index) {
            Some(Slot::Active(key)) => Some(*key),
            _ => None,
        }
    }

    /// The entries in slot order (the iteration order).
    pub fn iter(&self) -> impl Iterator<Item = DictKey> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Active(key) => Some(*key),
            _ => None,
        })
    }

    /// Marks every key.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        for key in self.iter() {
            trace_value(key.key, tracer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_of(items: &[i64]) -> SetTable {
        let mut table = SetTable::default();
        for &item in items {
            let key = DictKey {
                hash: item,
                key: Value::Int(item),
            };
            if table.index_of_identical(item, key.key).is_none() {
                table.insert_absent(key);
            }
        }
        table
    }

    fn order(table: &SetTable) -> Vec<i64> {
        table.iter().map(|key| key.hash).collect()
    }

    #[test]
    fn small_ints_sort_by_slot() {
        assert_eq!(order(&table_of(&[3, 1, 2])), [1, 2, 3]);
        // 8 and 0 share slot 0 of 8: 8 probes on to slot 1.
        assert_eq!(order(&table_of(&[8, 0, 1])), [8, 0, 1]);
    }

    #[test]
    fn grows_at_three_fifths() {
        let table = table_of(&[10, 20, 30, 40, 50]);
        assert_eq!(table.slots.len(), 32);
        assert_eq!(order(&table), [40, 10, 50, 20, 30]);
    }
}
