//! Dict operations with Python's key equality: a stored key matches when
//! it is the same object or `==` says so, which may run `__eq__`.

use std::cell::RefCell;

use crate::number::Int;
use crate::object::Payload;
use crate::objects::dict::{Dict, DictKey, Probe};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Equality decided without running Python code: identity, then the
    /// built-in types whose `==` is known; `None` when `__eq__` must
    /// decide.
    pub(crate) fn known_eq(&self, a: Value, b: Value) -> Option<bool> {
        if a.is(b) {
            return Some(true);
        }
        let exact = |object: ObjRef, class: ObjRef| object.class() == class;
        match (a, b) {
            (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t))
                    if exact(x, self.types.str) && exact(y, self.types.str) =>
                {
                    Some(s.as_str() == t.as_str())
                }
                (Payload::Int(m), Payload::Int(n))
                    if exact(x, self.types.int) && exact(y, self.types.int) =>
                {
                    Some(m == n)
                }
                _ => None,
            },
            (Value::Obj(object), other) | (other, Value::Obj(object)) => {
                let exact_str = exact(object, self.types.str);
                let exact_int = exact(object, self.types.int);
                match other {
                    // Only a subclass's `__eq__` could make these equal.
                    Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None if exact_str => {
                        Some(false)
                    }
                    // A big int never equals a small one.
                    Value::Int(_) | Value::Bool(_) | Value::None if exact_int => Some(false),
                    _ => None,
                }
            }
            (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some(
                crate::number::float::compare_int(y.get(), &Int::from(x))
                    == Some(std::cmp::Ordering::Equal),
            ),
            (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => {
                Some(i64::from(x.get()) == y)
            }
            (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
                Some(f64::from(u8::from(x.get())) == y.get())
            }
            (Value::Float(x), Value::Float(y)) => Some(x.get() == y.get()),
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            (Value::Bool(x), Value::Bool(y)) => Some(x == y),
            _ => Some(false),
        }
    }

    /// The index of `key`'s entry in `dict`, if it has one.
    pub(crate) fn dict_find(
        &mut self,
        dict: ObjRef,
        key: Value,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        let table = dict.as_dict().expect("a dict");
        // An exact `str` key is compared by text, without the general
        // probe's `__eq__` machinery (CPython's `lookdict_unicode`).
        if let Value::Obj(object) = key {
            if object.class() == self.types.str {
                let found = table.borrow().find_exact_str(hash, object, self.types.str);
                if let Some(found) = found {
                    return Ok(found);
                }
            }
        }
        // The same key (the same small int, the same object) is decided
        // here, without a call.
        let probe = table.borrow().probe(hash, |stored| {
            if stored.is(key) {
                Some(true)
            } else {
                self.known_eq(stored, key)
            }
        });
        self.settle_probe(probe, key, |candidate| {
            table.borrow().index_of_identical(hash, candidate)
        })
    }

    /// The index a table probe found for `key`, asking `__eq__` of the
    /// candidates the table could not decide alone (dicts and sets both).
    /// `__eq__` may change the table, so a match is found again by
    /// identity with `refind`.
    pub(crate) fn settle_probe(
        &mut self,
        probe: Probe,
        key: Value,
        refind: impl Fn(Value) -> Option<usize>,
    ) -> PyResult<Option<usize>> {
        match probe {
            Probe::Found(index) => Ok(Some(index)),
            Probe::Absent => Ok(None),
            // The candidates stay rooted: `__eq__` may remove them from
            // the table. One it removed is passed by.
            Probe::Undecided(candidates) => self.with_rooted(&candidates, |vm| {
                for candidate in candidates.iter().copied() {
                    if refind(candidate).is_some() && vm.eq(candidate, key)? {
                        return Ok(refind(candidate));
                    }
                }
                Ok(None)
            }),
        }
    }

    /// The value of the exact `str` `key` in `table`, found as by
    /// [`Dict::find_exact_str`]: its hash and the search need no Python
    /// code. `Some(None)` when absent, `None` when some key's `__eq__`
    /// must decide.
    #[inline(always)]
    pub(crate) fn exact_str_value(
        &mut self,
        table: &RefCell<Dict>,
        key: ObjRef,
    ) -> Option<Option<Value>> {
        let hash = self.str_hash(key);
        table.borrow().get_exact_str(hash, key, self.types.str)
    }

    /// `dict[key]`, or `None` when absent.
    pub fn dict_get(&mut self, dict: ObjRef, key: Value) -> PyResult<Option<Value>> {
        if let Value::Obj(object) = key {
            if object.class() == self.types.str {
                let table = dict.as_dict().expect("a dict");
                if let Some(found) = self.exact_str_value(table, object) {
                    return Ok(found);
                }
            }
        }
        let hash = self.hash(key)?;
        let found = self.dict_find(dict, key, hash)?;
        let table = dict.as_dict().expect("a dict");
        Ok(found
            .and_then(|index| table.borrow().entry(index))
            .map(|(_, value)| value))
    }

    /// `dict[key]` for a `str` key (namespaces): no Python code runs.
    #[inline]
    pub fn dict_get_str(&mut self, dict: ObjRef, key: ObjRef) -> Option<Value> {
        let hash = self.str_hash(key);
        let table = dict.as_dict()?.borrow();
        let index = table.find_str(hash, key)?;
        table.value_at(index)
    }

    /// The entry index of a `str` key in a dict (namespaces): no Python
    /// code runs.
    pub(crate) fn dict_index_str(&mut self, dict: ObjRef, key: ObjRef) -> Option<usize> {
        let hash = self.str_hash(key);
        let table = dict.as_dict()?.borrow();
        table.find_str(hash, key)
    }

    /// `dict[key] = value`.
    pub fn dict_set(&mut self, dict: ObjRef, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(object) = key {
            if object.class() == self.types.str
                && self.dict_store_str(dict, object, value, false).is_some()
            {
                return Ok(());
            }
        }
        let hash = self.hash(key)?;
        let found = self.dict_find(dict, key, hash)?;
        let mut table = dict.as_dict().expect("a dict").borrow_mut();
        match found {
            Some(index) => table.set_value(index, value),
            None => {
                table.push(DictKey { hash, key }, value);
            }
        }
        Ok(())
    }

    /// `dict[key] = value` for a `str` key (namespaces): no Python code
    /// runs, so a stored key only its own `__eq__` could match is passed
    /// by. Returns the index of the entry.
    pub fn dict_set_str(&mut self, dict: ObjRef, key: ObjRef, value: Value) -> usize {
        self.dict_store_str(dict, key, value, true)
            .expect("stores beside undecided keys")
    }

    /// `dict[key] = value` for a `str` key; the index of the entry. When
    /// some stored key's `__eq__` would have to decide whether it is the
    /// same key, the value is stored as a new entry if `beside_undecided`,
    /// and not at all (`None`) otherwise.
    pub(crate) fn dict_store_str(
        &mut self,
        dict: ObjRef,
        key: ObjRef,
        value: Value,
        beside_undecided: bool,
    ) -> Option<usize> {
        let hash = self.str_hash(key);
        let mut table = dict.as_dict()?.borrow_mut();
        if key.class() == self.types.str {
            // As in `dict_find`: an exact `str` skips the general probe.
            if let Some(index) = table.store_exact_str(hash, key, self.types.str, value) {
                return Some(index);
            }
        }
        let key = Value::Obj(key);
        match table.probe(hash, |stored| self.known_eq(stored, key)) {
            Probe::Found(index) => {
                table.set_value(index, value);
                Some(index)
            }
            Probe::Undecided(_) if !beside_undecided => None,
            Probe::Absent | Probe::Undecided(_) => Some(table.push(DictKey { hash, key }, value)),
        }
    }

    /// Removes `key` from `dict`, returning its value if it was there.
    pub fn dict_remove(&mut self, dict: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let found = self.dict_find(dict, key, hash)?;
        let mut table = dict.as_dict().expect("a dict").borrow_mut();
        Ok(found
            .and_then(|index| table.remove(index))
            .map(|(_, value)| value))
    }
}
