//! Rich comparisons (`<`, `<=`, `==`, `!=`, `>`, `>=`) as CPython's
//! `do_richcompare`: the built-in types' orders, user dunders with their
//! reflections, identity for `==`/`!=` as the last resort.

use std::cmp::Ordering;

use pyvm_bytecode::ComparisonOperator as Cmp;

use crate::number::{exact_in_f64, float, Int};
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The operator with its operands swapped (`<` for `>`).
fn reflected(op: Cmp) -> Cmp {
    match op {
        Cmp::Less => Cmp::Greater,
        Cmp::LessEqual => Cmp::GreaterEqual,
        Cmp::Greater => Cmp::Less,
        Cmp::GreaterEqual => Cmp::LessEqual,
        same => same,
    }
}

fn dunder(op: Cmp) -> &'static str {
    match op {
        Cmp::Less => "__lt__",
        Cmp::LessEqual => "__le__",
        Cmp::Equal => "__eq__",
        Cmp::NotEqual => "__ne__",
        Cmp::Greater => "__gt__",
        Cmp::GreaterEqual => "__ge__",
    }
}

/// `a <op> b` when both are immediate numbers that compare exactly
/// (small ints, floats, ints a float holds exactly): the interpreter's
/// fast path. `None` sends the caller to [`Vm::compare`].
#[inline(always)]
pub(crate) fn fast_compare(a: Value, b: Value, op: Cmp) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(holds(x.cmp(&y), op)),
        (Value::Float(x), Value::Float(y)) => Some(float_holds(x.get(), y.get(), op)),
        (Value::Int(x), Value::Float(y)) if exact_in_f64(x) => {
            Some(float_holds(x as f64, y.get(), op))
        }
        (Value::Float(x), Value::Int(y)) if exact_in_f64(y) => {
            Some(float_holds(x.get(), y as f64, op))
        }
        _ => None,
    }
}

/// `x <op> y` on floats (false for every order with a NaN, true for `!=`).
#[inline(always)]
fn float_holds(x: f64, y: f64, op: Cmp) -> bool {
    match op {
        Cmp::Less => x < y,
        Cmp::LessEqual => x <= y,
        Cmp::Equal => x == y,
        Cmp::NotEqual => x != y,
        Cmp::Greater => x > y,
        Cmp::GreaterEqual => x >= y,
    }
}

/// Whether an ordering satisfies `op`.
fn holds(ordering: Ordering, op: Cmp) -> bool {
    match op {
        Cmp::Less => ordering == Ordering::Less,
        Cmp::LessEqual => ordering != Ordering::Greater,
        Cmp::Equal => ordering == Ordering::Equal,
        Cmp::NotEqual => ordering != Ordering::Equal,
        Cmp::Greater => ordering == Ordering::Greater,
        Cmp::GreaterEqual => ordering != Ordering::Less,
    }
}

/// The int value of an int or bool.
fn as_int(value: Value) -> Option<Int> {
    match value {
        Value::Int(i) => Some(Int::Small(i)),
        Value::Bool(b) => Some(Int::Small(i64::from(b.get()))),
        Value::Obj(object) => match &object.payload {
            Payload::Int(int) => Some(int.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `value`'s built-in type (or built-in base) has comparisons of
/// its own rather than `object`'s: those of the numbers, strings, bytes,
/// containers and ranges.
fn has_own_comparison(value: Value) -> bool {
    value.payload().is_some_and(|payload| {
        matches!(
            payload,
            Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Range(_)
        )
    })
}

impl Vm {
    /// `a == b` as a truth value.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(known) = self.known_eq(a, b) {
            return Ok(known);
        }
        self.eq_by_methods(a, b)
    }

    /// `a == b` when [`Vm::known_eq`] did not decide it: through `__eq__`.
    pub(crate) fn eq_by_methods(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let result = self.compare(a, b, Cmp::Equal)?;
        self.truthy(result)
    }

    /// `a <op> b`.
    pub fn compare(&mut self, a: Value, b: Value, op: Cmp) -> PyResult<Value> {
        if let Some(result) = fast_compare(a, b, op) {
            return Ok(Value::bool(result));
        }
        if let Some(result) = self.exact_str_compare(a, b, op) {
            return Ok(Value::bool(result));
        }
        let a_user = a.as_object().and_then(|o| self.user_class(o));
        let b_user = b.as_object().and_then(|o| self.user_class(o));
        if a_user.is_some() || b_user.is_some() {
            let result = self.user_compare(a, b, op)?;
            if !matches!(result, Value::NotImplemented) {
                return Ok(result);
            }
        } else if let Some(result) = self.builtin_compare(a, b, op)? {
            return Ok(Value::bool(result));
        }
        match op {
            Cmp::Equal => Ok(Value::bool(a.is(b))),
            Cmp::NotEqual => Ok(Value::bool(!a.is(b))),
            _ => {
                let symbol = op.symbol();
                let (left, right) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{symbol}' not supported between instances of '{left}' and '{right}'"
                )))
            }
        }
    }

    /// `a <op> b` of two exact strs, by their text: neither has a method
    /// of its own to try first, so the general dispatch of
    /// [`Vm::compare`] would only come to the same comparison.
    #[inline]
    fn exact_str_compare(&self, a: Value, b: Value, op: Cmp) -> Option<bool> {
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return None;
        };
        let str_class = self.types.str;
        if x.class() != str_class || y.class() != str_class {
            return None;
        }
        let (s, t) = (x.as_str()?.as_str(), y.as_str()?.as_str());
        Some(match op {
            Cmp::Equal => s == t,
            Cmp::NotEqual => s != t,
            _ => holds(s.cmp(t), op),
        })
    }

    /// Comparison through user dunders, in CPython's order.
    fn user_compare(&mut self, a: Value, b: Value, op: Cmp) -> PyResult<Value> {
        let (class_a, class_b) = (self.type_of(a), self.type_of(b));
        let name = self.intern(dunder(op));
        let reflected_name = self.intern(dunder(reflected(op)));
        let mut reflected_done = false;
        if class_a != class_b && self.is_subtype(class_b, class_a) {
            if let Some(result) = self.compare_method(b, reflected_name, a, reflected(op))? {
                reflected_done = true;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
            }
        }
        if let Some(result) = self.compare_method(a, name, b, op)? {
            if !matches!(result, Value::NotImplemented) {
                return Ok(result);
            }
        }
        if !reflected_done {
            if let Some(result) = self.compare_method(b, reflected_name, a, reflected(op))? {
                return Ok(result);
            }
        }
        Ok(Value::NotImplemented)
    }

    /// `receiver == other` by the receiver's type alone (CPython's
    /// `tp_richcompare` with `Py_EQ`): its `__eq__`, which for a plain
    /// object is identity; `NotImplemented` when it declines.
    pub(crate) fn type_equal(&mut self, receiver: Value, other: Value) -> PyResult<Value> {
        if let Some(class) = receiver.as_object().and_then(|o| self.user_class(o)) {
            let eq = self.names.__eq__;
            if let Some(method) = self.lookup_type(class, eq) {
                return self.call_method_value(method, receiver, &[other]);
            }
        }
        Ok(match self.builtin_compare(receiver, other, Cmp::Equal)? {
            Some(equal) => Value::bool(equal),
            None if receiver.is(other) => Value::bool(true),
            None => Value::NotImplemented,
        })
    }

    /// `receiver.__op__(other)`: a user class's method, or the built-in
    /// comparison (`None` when there is neither).
    fn compare_method(
        &mut self,
        receiver: Value,
        name: pyvm_heap::Gc<crate::object::Object>,
        other: Value,
        op: Cmp,
    ) -> PyResult<Option<Value>> {
        if let Some(class) = receiver.as_object().and_then(|o| self.user_class(o)) {
            if let Some(method) = self.lookup_user(class, name) {
                return self.call_method_value(method, receiver, &[other]).map(Some);
            }
            if op == Cmp::NotEqual && !has_own_comparison(receiver) {
                // object.__ne__ inverts __eq__; a built-in base's `__ne__`
                // (`int.__ne__`) does not consult it.
                let eq = self.names.__eq__;
                if let Some(method) = self.lookup_user(class, eq) {
                    let result = self.call_method_value(method, receiver, &[other])?;
                    if matches!(result, Value::NotImplemented) {
                        return Ok(Some(result));
                    }
                    let truth = self.truthy(result)?;
                    return Ok(Some(Value::bool(!truth)));
                }
            }
            // Otherwise a built-in base's comparison (`tuple.__lt__` for a
            // tuple subclass), if it has one.
        }
        Ok(self.builtin_compare(receiver, other, op)?.map(Value::bool))
    }

    /// The built-in types' comparisons; `None` when the types do not
    /// compare.
    pub(crate) fn builtin_compare(
        &mut self,
        a: Value,
        b: Value,
        op: Cmp,
    ) -> PyResult<Option<bool>> {
        let rare = |value: Value| {
            matches!(
                value.payload(),
                Some(Payload::MappingProxy(_) | Payload::WeakRef(_) | Payload::TypeAlias(_))
            )
        };
        if rare(a) || rare(b) {
            return self.rare_compare(a, b, op);
        }
        self.common_compare(a, b, op)
    }

    /// [`Vm::builtin_compare`] of a mapping proxy, a weak reference or a
    /// type alias.
    fn rare_compare(&mut self, a: Value, b: Value, op: Cmp) -> PyResult<Option<bool>> {
        // A mapping proxy compares as its mapping.
        for (proxy, other, swapped) in [(a, b, false), (b, a, true)] {
            if let Some(Payload::MappingProxy(mapping)) = proxy.payload() {
                let mapping = Value::Obj(*mapping);
                let result = if swapped {
                    self.compare(other, mapping, op)?
                } else {
                    self.compare(mapping, other, op)?
                };
                return self.truthy(result).map(Some);
            }
        }
        if matches!(op, Cmp::Equal | Cmp::NotEqual) {
            if let Some(equal) = self.weakref_eq(a, b)? {
                return Ok(Some(equal == (op == Cmp::Equal)));
            }
            if let Some(equal) = self.type_alias_eq(a, b)? {
                return Ok(Some(equal == (op == Cmp::Equal)));
            }
        }
        self.common_compare(a, b, op)
    }

    /// [`Vm::builtin_compare`] of numbers, strings, containers and the
    /// other common types.
    fn common_compare(&mut self, a: Value, b: Value, op: Cmp) -> PyResult<Option<bool>> {
        let (a, b) = (a.float_normalized(), b.float_normalized());
        // Numbers.
        match (a, b) {
            (Value::Float(x), other) | (other, Value::Float(x)) if as_int(other).is_some() => {
                let int = as_int(other).expect("checked");
                let ordering = float::compare_int(x.get(), &int);
                let ordering = if matches!(a, Value::Float(_)) {
                    ordering
                } else {
                    ordering.map(Ordering::reverse)
                };
                return Ok(Some(match ordering {
                    Some(ordering) => holds(ordering, op),
                    None => op == Cmp::NotEqual,
                }));
            }
            (Value::Float(x), Value::Float(y)) => {
                return Ok(Some(match x.get().partial_cmp(&y.get()) {
                    Some(ordering) => holds(ordering, op),
                    None => op == Cmp::NotEqual,
                }))
            }
            _ => {}
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return Ok(Some(holds(x.cmp(&y), op)));
        }
        if let Some(result) = self.complex_compare(a, b, op) {
            return Ok(result);
        }
        if let Some(result) = self.set_compare(a, b, op)? {
            return Ok(Some(result));
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            // `object.__eq__`: identical values are equal, the rest is
            // left to the other operand (and at last to identity).
            return Ok(match op {
                Cmp::Equal | Cmp::NotEqual if a.is(b) => Some(op == Cmp::Equal),
                _ => None,
            });
        };
        match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Ok(Some(holds(s.as_str().cmp(t.as_str()), op))),
            (Payload::Bytes(s), Payload::Bytes(t)) => Ok(Some(holds(s.cmp(t), op))),
            (Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_), _)
            | (_, Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
                self.buffer_compare(x, y, op)
            }
            // Tuples cannot change while their items are compared; lists
            // are read an item at a time, as `__eq__` may change them.
            (Payload::Tuple(s), Payload::Tuple(t)) => self
                .recursing(" in comparison", |vm| vm.sequence_compare_items(s, t, op))
                .map(Some),
            // Slices compare as (start, stop, step) tuples; one slice
            // with itself without asking its parts (`slice_richcompare`).
            (Payload::Slice(_), Payload::Slice(_)) if x == y => Ok(Some(matches!(
                op,
                Cmp::Equal | Cmp::LessEqual | Cmp::GreaterEqual
            ))),
            (Payload::Slice(s), Payload::Slice(t)) => self
                .recursing(" in comparison", |vm| {
                    vm.sequence_compare_items(&s[..], &t[..], op)
                })
                .map(Some),
            (Payload::List(_), Payload::List(_)) => self
                .recursing(" in comparison", |vm| vm.list_compare_items(x, y, op))
                .map(Some),
            (Payload::Dict(_), Payload::Dict(_)) if matches!(op, Cmp::Equal | Cmp::NotEqual) => {
                let equal = self.dict_equal(x, y)?;
                Ok(Some(equal == (op == Cmp::Equal)))
            }
            (
                Payload::Method {
                    function: f,
                    receiver: r,
                },
                Payload::Method {
                    function: g,
                    receiver: s,
                },
            ) if matches!(op, Cmp::Equal | Cmp::NotEqual) => {
                // Bound methods are equal when they bind the same function
                // to the same object.
                let equal = self.eq(*f, *g)? && r.is(*s);
                Ok(Some(equal == (op == Cmp::Equal)))
            }
            (Payload::Builtin(f), Payload::Builtin(g))
                if matches!(op, Cmp::Equal | Cmp::NotEqual) && !f.receiver.is_null() =>
            {
                let equal = f.function as usize == g.function as usize
                    && f.name == g.name
                    && f.receiver.is(g.receiver);
                Ok(Some(equal == (op == Cmp::Equal)))
            }
            (Payload::Range(r), Payload::Range(s)) if matches!(op, Cmp::Equal | Cmp::NotEqual) => {
                let (len_r, len_s) = (r.len(), s.len());
                let equal = len_r == len_s
                    && (len_r.is_zero()
                        || (r.start == s.start && (len_r == Int::ONE || r.step == s.step)));
                Ok(Some(equal == (op == Cmp::Equal)))
            }
            _ => Ok(match op {
                Cmp::Equal | Cmp::NotEqual if x == y => Some(op == Cmp::Equal),
                _ => None,
            }),
        }
    }

    /// Comparisons where either side is a `bytes`, a `bytearray` or a
    /// `memoryview`: a `bytearray` orders against any bytes-like object,
    /// a `memoryview` only tests equality; `None` for `NotImplemented`.
    fn buffer_compare(&mut self, x: ObjRef, y: ObjRef, op: Cmp) -> PyResult<Option<bool>> {
        let equality = matches!(op, Cmp::Equal | Cmp::NotEqual);
        let view = [x, y]
            .into_iter()
            .position(|o| matches!(o.payload, Payload::MemoryView(_)));
        let array = [x, y]
            .iter()
            .any(|o| matches!(o.payload, Payload::ByteArray(_)));
        if let (Some(side), false) = (view, array) {
            if !equality {
                return Ok(None);
            }
            let (view, other) = if side == 0 { (x, y) } else { (y, x) };
            let equal = self.memoryview_equal(view, Value::Obj(other))?;
            return Ok(equal.map(|equal| equal == (op == Cmp::Equal)));
        }
        let bytes_like = |o: &ObjRef| {
            matches!(
                o.payload,
                Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)
            )
        };
        let both_strings = !matches!(x.payload, Payload::MemoryView(_))
            && !matches!(y.payload, Payload::MemoryView(_));
        if bytes_like(&x) && bytes_like(&y) && (array || both_strings) {
            let ours = self.bytes_like(Value::Obj(x))?;
            let theirs = self.bytes_like(Value::Obj(y))?;
            return Ok(Some(holds(ours.cmp(&theirs), op)));
        }
        Ok(equality.then(|| (x == y) == (op == Cmp::Equal)))
    }

    /// `==` and `!=` between a complex and a number (`complex_richcompare`);
    /// complex numbers have no ordering. `None` when neither side is a
    /// complex.
    fn complex_compare(&mut self, a: Value, b: Value, op: Cmp) -> Option<Option<bool>> {
        let (z, other) = match (a.payload(), b.payload()) {
            (Some(Payload::Complex(z)), _) => (*z, b),
            (_, Some(Payload::Complex(z))) => (*z, a),
            _ => return None,
        };
        let equal = match other.float_normalized() {
            Value::Float(f) => z.eq_float(f.get()),
            other => match (as_int(other), other.payload()) {
                (Some(int), _) => z.eq_int(&int),
                (None, Some(Payload::Complex(w))) => z == *w,
                _ => return Some(None),
            },
        };
        Some(match op {
            Cmp::Equal => Some(equal),
            Cmp::NotEqual => Some(!equal),
            _ => None,
        })
    }

    /// Tuple comparison: items compared with `==` first; the first that
    /// differ decide, else the lengths (CPython's `tuplerichcompare`).
    fn sequence_compare_items(&mut self, a: &[Value], b: &[Value], op: Cmp) -> PyResult<bool> {
        for (&x, &y) in a.iter().zip(b) {
            if !self.eq(x, y)? {
                return self.differing_items_compare(x, y, op);
            }
        }
        Ok(holds(a.len().cmp(&b.len()), op))
    }

    /// List comparison as tuple comparison, reading each pair of items
    /// afresh (CPython's `list_richcompare`): `__eq__` may change the
    /// lists. The pair being compared is rooted, as a list may drop it.
    fn list_compare_items(&mut self, a: ObjRef, b: ObjRef, op: Cmp) -> PyResult<bool> {
        let item = |list: ObjRef, index: usize| {
            list.as_list()
                .and_then(|items| items.borrow().get(index).copied())
        };
        let length = |list: ObjRef| list.as_list().map_or(0, |items| items.borrow().len());
        // Lists of different lengths are unequal without asking the items.
        if matches!(op, Cmp::Equal | Cmp::NotEqual) && length(a) != length(b) {
            return Ok(op == Cmp::NotEqual);
        }
        let mut index = 0;
        while let (Some(x), Some(y)) = (item(a, index), item(b, index)) {
            let mark = self.root(x);
            self.root(y);
            let outcome = match self.eq(x, y) {
                Ok(true) => None,
                // `__eq__` may have changed the lists: the items now at
                // this index decide, or the lengths when one has none.
                Ok(false) => Some(match (item(a, index), item(b, index)) {
                    (Some(x), Some(y)) => {
                        self.root(x);
                        self.root(y);
                        self.differing_items_compare(x, y, op)
                    }
                    _ => Ok(holds(length(a).cmp(&length(b)), op)),
                }),
                Err(error) => Some(Err(error)),
            };
            self.release_roots(mark);
            if let Some(outcome) = outcome {
                return outcome;
            }
            index += 1;
        }
        Ok(holds(length(a).cmp(&length(b)), op))
    }

    /// The outcome of comparing two sequences at the first items that
    /// are not equal.
    fn differing_items_compare(&mut self, x: Value, y: Value, op: Cmp) -> PyResult<bool> {
        match op {
            Cmp::Equal => Ok(false),
            Cmp::NotEqual => Ok(true),
            _ => match fast_compare(x, y, op) {
                Some(holds) => Ok(holds),
                None => {
                    let result = self.compare(x, y, op)?;
                    self.truthy(result)
                }
            },
        }
    }

    /// `a == b` for two dicts: same keys, equal values.
    fn dict_equal(&mut self, a: crate::value::ObjRef, b: crate::value::ObjRef) -> PyResult<bool> {
        self.recursing(" in comparison", |vm| vm.dict_entries_equal(a, b))
    }

    fn dict_entries_equal(
        &mut self,
        a: crate::value::ObjRef,
        b: crate::value::ObjRef,
    ) -> PyResult<bool> {
        {
            let (da, db) = (a.as_dict().expect("dict"), b.as_dict().expect("dict"));
            if da.borrow().len() != db.borrow().len() {
                return Ok(false);
            }
        }
        // Each entry of `a` is read afresh, as CPython's `dict_equal`:
        // `__eq__` may change either dict. The entry being compared stays
        // rooted.
        let mut index = 0;
        while let Some((key, value)) = a.as_dict().and_then(|d| d.borrow().entry(index)) {
            index += 1;
            let equal =
                self.with_rooted(&[key.key, value], |vm| match vm.dict_get(b, key.key)? {
                    Some(other) => vm.with_rooted(&[other], |vm| vm.eq(value, other)),
                    None => Ok(false),
                })?;
            if !equal {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
