//! Set algebra shared by the operators (`|`, `&`, `-`, `^`, the in-place
//! forms and the comparisons) and the methods of `set` and `frozenset`.
//! Dict key and item views take part in the operators as sets, as in
//! CPython.

use pyvm_bytecode::{BinaryOperator as Op, ComparisonOperator as Cmp};

use crate::object::Payload;
use crate::objects::dict::DictKey;
use crate::objects::iterator::DictView;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A set operation: what the operators and the methods of the same name
/// compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SetOp {
    /// `|`, `union`
    Union,
    /// `&`, `intersection`
    Intersection,
    /// `-`, `difference`
    Difference,
    /// `^`, `symmetric_difference`
    SymmetricDifference,
}

impl SetOp {
    /// The operation of a binary operator, if it is a set operator.
    pub(crate) fn of_operator(op: Op) -> Option<SetOp> {
        match op.without_inplace() {
            Op::Or => Some(SetOp::Union),
            Op::And => Some(SetOp::Intersection),
            Op::Subtract => Some(SetOp::Difference),
            Op::Xor => Some(SetOp::SymmetricDifference),
            _ => None,
        }
    }
}

impl Vm {
    /// The entries of a set or frozenset in iteration order, or `None`
    /// for other values.
    pub(crate) fn set_entries(&self, value: Value) -> Option<Vec<DictKey>> {
        match value.payload()? {
            Payload::Set(table) => Some(table.borrow().iter().collect()),
            _ => None,
        }
    }

    /// Whether a value is a set or frozenset.
    pub(crate) fn is_set_like(&self, value: Value) -> bool {
        matches!(value.payload(), Some(Payload::Set(_)))
    }

    /// Whether a value takes part in the set operators: a set, a
    /// frozenset, or a dict's keys or items view.
    fn is_set_operand(&self, value: Value) -> bool {
        matches!(
            value.payload(),
            Some(Payload::Set(_) | Payload::DictView(_, DictView::Keys | DictView::Items))
        )
    }

    /// Whether a set's operations make frozensets
    /// (`make_new_set_basetype`).
    fn is_frozen(&self, set: ObjRef) -> bool {
        self.is_subtype(set.class(), self.types.frozenset)
    }

    /// A new empty set, or frozenset when `frozen`.
    fn new_set_of(&mut self, frozen: bool) -> ObjRef {
        let set = self.new_set();
        if frozen {
            set.set_class(self.types.frozenset);
        }
        set
    }

    /// A new set (or frozenset) with the items of `iterable`
    /// (`make_new_set`).
    pub(crate) fn set_from_iterable(&mut self, iterable: Value, frozen: bool) -> PyResult<ObjRef> {
        let set = self.new_set_of(frozen);
        let mark = self.root(Value::Obj(set));
        let result = self.set_update_internal(set, iterable);
        self.release_roots(mark);
        result.map(|()| set)
    }

    /// The hash of an item looked up in a set: a set (unhashable) is
    /// looked up as the frozenset of its items, as CPython's
    /// `set_contains` and `set_discard` retry.
    pub(crate) fn set_item_hash(&mut self, item: Value) -> PyResult<i64> {
        if let Some(object) = item.as_object() {
            if object.as_set().is_some()
                && !self.is_frozen(object)
                && self.user_class(object).is_none()
            {
                let hashes: Vec<i64> = self
                    .set_entries(item)
                    .expect("a set")
                    .iter()
                    .map(|key| key.hash)
                    .collect();
                return Ok(crate::ops::convert::frozenset_hash(&hashes));
            }
        }
        self.hash(item)
    }

    /// The slot of `key` in `set`, if it is there (`set_lookkey`).
    pub(crate) fn set_find(
        &mut self,
        set: ObjRef,
        key: Value,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        let table = set.as_set().expect("a set");
        let probe = table
            .borrow()
            .probe(hash, |stored| self.known_eq(stored, key));
        self.settle_probe(probe, key, |candidate| {
            table.borrow().index_of_identical(hash, candidate)
        })
    }

    /// `set_add_entry`: adds a key with a known hash unless an equal one
    /// is there.
    pub(crate) fn set_add_entry(&mut self, set: ObjRef, key: DictKey) -> PyResult<()> {
        if self.set_find(set, key.key, key.hash)?.is_none() {
            let table = set.as_set().expect("a set");
            table.borrow_mut().insert_absent(key);
        }
        Ok(())
    }

    /// Adds `item` to a set (`set.add`, `SetAdd`, `BuildSet`).
    pub(crate) fn set_add(&mut self, set: Value, item: Value) -> PyResult<()> {
        if let Some(set) = set.as_object().filter(|s| s.as_set().is_some()) {
            let hash = self.hash(item)?;
            self.set_add_entry(set, DictKey { hash, key: item })?;
        }
        Ok(())
    }

    /// `set_discard_entry`: removes the key if it is there; whether it was.
    pub(crate) fn set_discard_entry(&mut self, set: ObjRef, key: DictKey) -> PyResult<bool> {
        let found = self.set_find(set, key.key, key.hash)?;
        let table = set.as_set().expect("a set");
        Ok(found
            .and_then(|index| table.borrow_mut().remove(index))
            .is_some())
    }

    /// `set_update_internal`: adds the items of `iterable` — a set's in
    /// its slot order (`set_merge`), a dict's keys after one resize, or
    /// each item of any other iterable.
    pub(crate) fn set_update_internal(&mut self, set: ObjRef, iterable: Value) -> PyResult<()> {
        if let Some(other) = iterable.as_object().filter(|o| o.as_set().is_some()) {
            return self.set_merge(set, other);
        }
        if let Some(dict) = iterable
            .as_object()
            .filter(|o| o.class() == self.types.dict && o.as_dict().is_some())
        {
            let entries: Vec<DictKey> = dict
                .as_dict()
                .expect("a dict")
                .borrow()
                .iter()
                .map(|(key, _)| key)
                .collect();
            set.as_set()
                .expect("a set")
                .borrow_mut()
                .reserve(entries.len());
            return self.with_rooted(&entry_keys(&entries), |vm| {
                for key in entries {
                    vm.set_add_entry(set, key)?;
                }
                Ok(())
            });
        }
        let iterator = self.get_iter(iterable)?;
        let mark = self.root(iterator);
        let result = loop {
            match self.next(iterator) {
                Ok(Some(item)) => {
                    self.root(item);
                    let added = self.set_add(Value::Obj(set), item);
                    self.release_roots(mark + 1);
                    if let Err(error) = added {
                        break Err(error);
                    }
                }
                Ok(None) => break Ok(()),
                Err(error) => break Err(error),
            }
        };
        self.release_roots(mark);
        result
    }

    /// `set_merge`: adds the entries of another set.
    fn set_merge(&mut self, set: ObjRef, other: ObjRef) -> PyResult<()> {
        if set == other {
            return Ok(());
        }
        let other_table = other.as_set().expect("a set");
        let incoming = other_table.borrow().len();
        if incoming == 0 {
            return Ok(());
        }
        {
            let mut table = set.as_set().expect("a set").borrow_mut();
            table.reserve(incoming);
            if table.is_pristine() {
                table.merge_into_pristine(&other_table.borrow());
                return Ok(());
            }
        }
        let entries: Vec<DictKey> = other_table.borrow().iter().collect();
        self.with_rooted(&entry_keys(&entries), |vm| {
            for key in entries {
                vm.set_add_entry(set, key)?;
            }
            Ok(())
        })
    }

    /// Adds every item of `iterable` to `set`.
    pub(crate) fn set_extend(&mut self, set: ObjRef, iterable: Value) -> PyResult<()> {
        self.set_update_internal(set, iterable)
    }

    /// `set_copy`: a new set (a frozenset when `set` is one) with its
    /// items.
    pub(crate) fn set_copy(&mut self, set: ObjRef) -> PyResult<ObjRef> {
        let frozen = self.is_frozen(set);
        self.set_from_iterable(Value::Obj(set), frozen)
    }

    /// `set_intersection`: the items of `set` also in `other`, walking
    /// the smaller of two sets.
    pub(crate) fn set_intersection(&mut self, set: ObjRef, other: Value) -> PyResult<ObjRef> {
        if other.as_object() == Some(set) {
            return self.set_copy(set);
        }
        let result = self.new_set_of(self.is_frozen(set));
        self.with_rooted(&[Value::Obj(result)], |vm| {
            if let Some(other) = other.as_object().filter(|o| o.as_set().is_some()) {
                let (mut big, mut small) = (set, other);
                if vm.builtin_len(Value::Obj(small))? > vm.builtin_len(Value::Obj(big))? {
                    std::mem::swap(&mut big, &mut small);
                }
                let entries = vm.set_entries(Value::Obj(small)).expect("a set");
                return vm.with_rooted(&entry_keys(&entries), |vm| {
                    for key in entries {
                        if vm.set_find(big, key.key, key.hash)?.is_some() {
                            vm.set_add_entry(result, key)?;
                        }
                    }
                    Ok(result)
                });
            }
            let items = vm.collect_iterable(other)?;
            vm.with_rooted(&items, |vm| {
                for &item in &items {
                    let hash = vm.hash(item)?;
                    if vm.set_find(set, item, hash)?.is_some() {
                        vm.set_add_entry(result, DictKey { hash, key: item })?;
                    }
                }
                Ok(result)
            })
        })
    }

    /// `set_intersection_update`: keeps the items also in `other`.
    pub(crate) fn set_intersection_update(&mut self, set: ObjRef, other: Value) -> PyResult<()> {
        let result = self.set_intersection(set, other)?;
        let mut mine = set.as_set().expect("a set").borrow_mut();
        std::mem::swap(
            &mut *mine,
            &mut *result.as_set().expect("a set").borrow_mut(),
        );
        Ok(())
    }

    /// `set_difference`: the items of `set` not in `other`.
    pub(crate) fn set_difference(&mut self, set: ObjRef, other: Value) -> PyResult<ObjRef> {
        let other_object = other.as_object();
        let other_size = match other_object {
            Some(o) if o.as_set().is_some() => Some(o.as_set().expect("a set").borrow().len()),
            Some(o) if o.class() == self.types.dict && o.as_dict().is_some() => {
                Some(o.as_dict().expect("a dict").borrow().len())
            }
            _ => None,
        };
        let own_size = set.as_set().expect("a set").borrow().len();
        let (Some(other_size), Some(other_object)) = (other_size, other_object) else {
            return self.set_copy_and_difference(set, other);
        };
        if (own_size >> 2) > other_size {
            return self.set_copy_and_difference(set, other);
        }
        let result = self.new_set_of(self.is_frozen(set));
        let entries = self.set_entries(Value::Obj(set)).expect("a set");
        let mut rooted = entry_keys(&entries);
        rooted.push(Value::Obj(result));
        self.with_rooted(&rooted, |vm| {
            for key in entries {
                let found = if other_object.as_set().is_some() {
                    vm.set_find(other_object, key.key, key.hash)?.is_some()
                } else {
                    vm.dict_find(other_object, key.key, key.hash)?.is_some()
                };
                if !found {
                    vm.set_add_entry(result, key)?;
                }
            }
            Ok(result)
        })
    }

    /// `set_copy_and_difference`.
    fn set_copy_and_difference(&mut self, set: ObjRef, other: Value) -> PyResult<ObjRef> {
        let result = self.set_copy(set)?;
        self.with_rooted(&[Value::Obj(result)], |vm| {
            vm.set_difference_update_internal(result, other)
        })?;
        Ok(result)
    }

    /// `set_difference_update_internal`: removes the items of `other`,
    /// then drops the dummies if they are more than a quarter.
    pub(crate) fn set_difference_update_internal(
        &mut self,
        set: ObjRef,
        other: Value,
    ) -> PyResult<()> {
        if other.as_object() == Some(set) {
            set.as_set().expect("a set").borrow_mut().clear();
            return Ok(());
        }
        match self.set_entries(other) {
            Some(entries) => {
                self.with_rooted(&entry_keys(&entries), |vm| {
                    for key in entries {
                        vm.set_discard_entry(set, key)?;
                    }
                    Ok(())
                })?;
            }
            None => {
                let items = self.collect_iterable(other)?;
                self.with_rooted(&items, |vm| {
                    for &item in &items {
                        let hash = vm.hash(item)?;
                        vm.set_discard_entry(set, DictKey { hash, key: item })?;
                    }
                    Ok(())
                })?;
            }
        }
        set.as_set()
            .expect("a set")
            .borrow_mut()
            .compact_if_sparse();
        Ok(())
    }

    /// `set_symmetric_difference_update`: each item of `other` is removed
    /// when it is there and added when it is not.
    pub(crate) fn set_symmetric_difference_update(
        &mut self,
        set: ObjRef,
        other: Value,
    ) -> PyResult<()> {
        if other.as_object() == Some(set) {
            set.as_set().expect("a set").borrow_mut().clear();
            return Ok(());
        }
        let entries: Vec<DictKey> = match other.as_object() {
            Some(o) if o.class() == self.types.dict && o.as_dict().is_some() => o
                .as_dict()
                .expect("a dict")
                .borrow()
                .iter()
                .map(|(key, _)| key)
                .collect(),
            Some(o) if o.as_set().is_some() => self.set_entries(other).expect("a set"),
            _ => {
                let frozen = self.is_frozen(set);
                let other_set = self.set_from_iterable(other, frozen)?;
                self.set_entries(Value::Obj(other_set)).expect("a set")
            }
        };
        self.with_rooted(&entry_keys(&entries), |vm| {
            for key in entries {
                if !vm.set_discard_entry(set, key)? {
                    vm.set_add_entry(set, key)?;
                }
            }
            Ok(())
        })
    }

    /// `set_symmetric_difference`: a copy of `other` (of `set`'s kind)
    /// updated with `set`'s items.
    pub(crate) fn set_symmetric_difference(
        &mut self,
        set: ObjRef,
        other: Value,
    ) -> PyResult<ObjRef> {
        let result = self.set_from_iterable(other, self.is_frozen(set))?;
        self.with_rooted(&[Value::Obj(result)], |vm| {
            vm.set_symmetric_difference_update(result, Value::Obj(set))
        })?;
        Ok(result)
    }

    /// `a <op> b` as a new set of `a`'s kind, as CPython's set methods
    /// (`union` is a copy updated with `b`).
    pub(crate) fn set_operation(&mut self, a: Value, b: Value, op: SetOp) -> PyResult<Value> {
        let set = match a.as_object().filter(|o| o.as_set().is_some()) {
            Some(set) => set,
            None => self.set_from_iterable(a, false)?,
        };
        self.with_rooted(&[Value::Obj(set)], |vm| {
            let result = match op {
                SetOp::Union => {
                    let result = vm.set_copy(set)?;
                    vm.with_rooted(&[Value::Obj(result)], |vm| {
                        if b.as_object() != Some(set) {
                            vm.set_update_internal(result, b)?;
                        }
                        Ok(result)
                    })?
                }
                SetOp::Intersection => vm.set_intersection(set, b)?,
                SetOp::Difference => vm.set_difference(set, b)?,
                SetOp::SymmetricDifference => vm.set_symmetric_difference(set, b)?,
            };
            Ok(Value::Obj(result))
        })
    }

    /// Replaces the items of `set` with those of `set <op> other`
    /// (`|=`, `intersection_update`…).
    pub(crate) fn set_update_with(&mut self, set: ObjRef, other: Value, op: SetOp) -> PyResult<()> {
        match op {
            SetOp::Union => self.set_update_internal(set, other),
            SetOp::Intersection => self.set_intersection_update(set, other),
            SetOp::Difference => self.set_difference_update_internal(set, other),
            SetOp::SymmetricDifference => self.set_symmetric_difference_update(set, other),
        }
    }

    /// The set operators between sets, frozensets and dict views;
    /// `NotImplemented` for other operands.
    pub(crate) fn set_binary(&mut self, a: Value, b: Value, op: Op) -> PyResult<Value> {
        let Some(set_op) = SetOp::of_operator(op) else {
            return Ok(Value::NotImplemented);
        };
        let is_view = |v: Value| {
            matches!(
                v.payload(),
                Some(Payload::DictView(_, DictView::Keys | DictView::Items))
            )
        };
        if (is_view(a) || is_view(b)) && !op.is_inplace() {
            // A dict view takes any iterable as the other operand, as
            // CPython's `dictviews_and` and friends (which make a set of
            // the left one).
            let left = Value::Obj(self.set_from_iterable(a, false)?);
            let mark = self.root(left);
            let right = if self.is_set_operand(b) && !is_view(b) {
                Ok(b)
            } else {
                self.set_from_iterable(b, false).map(Value::Obj)
            };
            let result = match right {
                Ok(right) => {
                    let mark_right = self.root(right);
                    let result = self.set_operation(left, right, set_op);
                    self.release_roots(mark_right);
                    result
                }
                Err(error) => Err(error),
            };
            self.release_roots(mark);
            return result;
        }
        if !self.is_set_operand(a) || !self.is_set_operand(b) {
            return Ok(Value::NotImplemented);
        }
        if op.is_inplace() {
            if let Some(set) = a
                .as_object()
                .filter(|o| self.is_subtype(o.class(), self.types.set))
            {
                self.set_update_with(set, b, set_op)?;
                return Ok(a);
            }
        }
        let a = match a.payload() {
            // A view's result is a set.
            Some(Payload::DictView(..)) => Value::Obj(self.set_from_iterable(a, false)?),
            _ => a,
        };
        self.set_operation(a, b, set_op)
    }

    /// Whether every item of `a` is in `b` (both sets).
    pub(crate) fn set_is_subset(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        let entries = self.set_entries(Value::Obj(a)).expect("a set");
        if entries.len() > self.set_entries(Value::Obj(b)).expect("a set").len() {
            return Ok(false);
        }
        self.with_rooted(&entry_keys(&entries), |vm| {
            for entry in entries {
                if vm.set_find(b, entry.key, entry.hash)?.is_none() {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    /// Whether every item of the iterable `a` is `in` the container `b`.
    fn all_contained_in(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let items = self.collect_iterable(a)?;
        // `in` may run Python code (`__eq__`): the items stay rooted.
        let list = self.new_list(items.clone());
        let mark = self.root(Value::Obj(list));
        let mut result = Ok(true);
        for item in items {
            match self.contains(b, item) {
                Ok(true) => {}
                outcome => {
                    result = outcome;
                    break;
                }
            }
        }
        self.release_roots(mark);
        result
    }

    /// Comparisons between sets, frozensets and dict keys and items views
    /// (subset order); `None`
    /// when an operand is not a set.
    pub(crate) fn set_compare(&mut self, a: Value, b: Value, op: Cmp) -> PyResult<Option<bool>> {
        let (Some(x), Some(y)) = (a.as_object(), b.as_object()) else {
            return Ok(None);
        };
        if !self.is_set_operand(a) || !self.is_set_operand(b) {
            return Ok(None);
        }
        let (len_x, len_y) = (self.len(a)?, self.len(b)?);
        if !self.is_set_like(a) || !self.is_set_like(b) {
            // A dict view compares by membership, as CPython's
            // `dictview_richcompare` (its items need not be hashable).
            return Ok(Some(match op {
                Cmp::Equal => len_x == len_y && self.all_contained_in(a, b)?,
                Cmp::NotEqual => !(len_x == len_y && self.all_contained_in(a, b)?),
                Cmp::LessEqual => len_x <= len_y && self.all_contained_in(a, b)?,
                Cmp::Less => len_x < len_y && self.all_contained_in(a, b)?,
                Cmp::GreaterEqual => len_x >= len_y && self.all_contained_in(b, a)?,
                Cmp::Greater => len_y < len_x && self.all_contained_in(b, a)?,
            }));
        }
        Ok(Some(match op {
            Cmp::Equal => len_x == len_y && self.set_is_subset(x, y)?,
            Cmp::NotEqual => !(len_x == len_y && self.set_is_subset(x, y)?),
            Cmp::LessEqual => self.set_is_subset(x, y)?,
            Cmp::Less => len_x < len_y && self.set_is_subset(x, y)?,
            Cmp::GreaterEqual => self.set_is_subset(y, x)?,
            Cmp::Greater => len_y < len_x && self.set_is_subset(y, x)?,
        }))
    }
}

/// The keys of a snapshot of a table's entries, to root while Python code
/// (`__eq__`) that may empty the table runs.
fn entry_keys(entries: &[DictKey]) -> Vec<Value> {
    entries.iter().map(|entry| entry.key).collect()
}
