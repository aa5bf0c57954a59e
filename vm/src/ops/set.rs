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
    /// The entries of a set or frozenset, or `None` for other values.
    pub(crate) fn set_entries(&self, value: Value) -> Option<Vec<DictKey>> {
        match value.payload()? {
            Payload::Set(table) => Some(table.borrow().iter().map(|(key, _)| key).collect()),
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

    /// A new empty set, or frozenset when `frozen`.
    fn new_set_of(&mut self, frozen: bool) -> ObjRef {
        let set = self.new_set();
        if frozen {
            set.set_class(self.types.frozenset);
        }
        set
    }

    /// A new set (of the class of `like` when that is a frozenset) with
    /// the items of `iterable`.
    pub(crate) fn set_from_iterable(&mut self, iterable: Value, frozen: bool) -> PyResult<ObjRef> {
        let set = self.new_set_of(frozen);
        let mark = self.root(Value::Obj(set));
        let result = self.set_extend(set, iterable);
        self.release_roots(mark);
        result.map(|()| set)
    }

    /// Adds every item of `iterable` to `set`.
    pub(crate) fn set_extend(&mut self, set: ObjRef, iterable: Value) -> PyResult<()> {
        if let Some(entries) = self.set_entries(iterable) {
            // Hashes are known: no Python `__hash__` runs again.
            for entry in entries {
                if self.dict_find(set, entry.key, entry.hash)?.is_none() {
                    let table = set.as_dict().expect("a set");
                    table.borrow_mut().push(entry, Value::None);
                }
            }
            return Ok(());
        }
        let items = self.collect_iterable(iterable)?;
        let mark = self.root(Value::Obj(set));
        let roots = self.roots.len();
        self.roots.extend_from_slice(&items);
        let result = items
            .into_iter()
            .try_for_each(|item| self.set_add(Value::Obj(set), item));
        self.roots.truncate(roots);
        self.release_roots(mark);
        result
    }

    /// `item in set` with the item's hash.
    fn set_has(&mut self, set: ObjRef, key: DictKey) -> PyResult<bool> {
        Ok(self.dict_find(set, key.key, key.hash)?.is_some())
    }

    /// `a <op> b` for two sets (or iterables for the methods), as a new
    /// set whose kind (set or frozenset) is `a`'s.
    pub(crate) fn set_operation(&mut self, a: Value, b: Value, op: SetOp) -> PyResult<Value> {
        let frozen = a
            .as_object()
            .is_some_and(|o| self.is_subtype(o.class(), self.types.frozenset));
        let mark = self.roots.len();
        let left = self.set_from_iterable(a, false)?;
        self.roots.push(Value::Obj(left));
        let right = match b.as_object() {
            Some(object) if matches!(object.payload, Payload::Set(_)) => object,
            _ => match self.set_from_iterable(b, false) {
                Ok(set) => set,
                Err(error) => {
                    self.roots.truncate(mark);
                    return Err(error);
                }
            },
        };
        self.roots.push(Value::Obj(right));
        let result = self.new_set_of(frozen);
        self.roots.push(Value::Obj(result));
        let outcome = self.fill_set_operation(result, left, right, op);
        self.roots.truncate(mark);
        outcome.map(|()| Value::Obj(result))
    }

    fn fill_set_operation(
        &mut self,
        result: ObjRef,
        left: ObjRef,
        right: ObjRef,
        op: SetOp,
    ) -> PyResult<()> {
        let left_entries = self.set_entries(Value::Obj(left)).expect("a set");
        let right_entries = self.set_entries(Value::Obj(right)).expect("a set");
        let table = result.as_dict().expect("a set");
        for &entry in &left_entries {
            let keep = match op {
                SetOp::Union => true,
                SetOp::Intersection => self.set_has(right, entry)?,
                SetOp::Difference | SetOp::SymmetricDifference => !self.set_has(right, entry)?,
            };
            if keep {
                table.borrow_mut().push(entry, Value::None);
            }
        }
        if matches!(op, SetOp::Union | SetOp::SymmetricDifference) {
            for &entry in &right_entries {
                if !self.set_has(left, entry)? {
                    table.borrow_mut().push(entry, Value::None);
                }
            }
        }
        Ok(())
    }

    /// Replaces the items of `set` with those of `set <op> other`
    /// (`|=`, `intersection_update`…).
    pub(crate) fn set_update_with(&mut self, set: ObjRef, other: Value, op: SetOp) -> PyResult<()> {
        if op == SetOp::Union {
            return self.set_extend(set, other);
        }
        let result = self.set_operation(Value::Obj(set), other, op)?;
        let entries = self.set_entries(result).expect("a set");
        let mut table = set.as_dict().expect("a set").borrow_mut();
        table.clear();
        for entry in entries {
            table.push(entry, Value::None);
        }
        Ok(())
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
        for entry in entries {
            if !self.set_has(b, entry)? {
                return Ok(false);
            }
        }
        Ok(true)
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
