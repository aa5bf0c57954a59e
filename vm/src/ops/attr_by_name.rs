//! `getattr(object, name)` and `setattr(object, name, value)` with a name
//! computed at run time (a descriptor's storage name): the attribute of a
//! plain instance found at an index of its dict that a small cache keyed
//! by class and name remembers, as the inline caches of `LoadAttr` and
//! `StoreAttr` do for names known at compile time (see
//! [`attr_cache`](crate::ops::attr_cache)). Everything else goes the
//! general way (`Vm::get_attr`, `Vm::set_attr`).

use crate::object::Payload;
use crate::ops::attr::{is_plain_data, is_special_name, note_instance_attributes};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The number of entries (a power of two).
const SIZE: usize = 64;

/// One entry: where the attribute `name` of instances of `class` was in
/// the dict of one of them, and what may use it. Stamped with the method
/// cache's epoch, which moves whenever any type's attributes change and
/// after every collection (freed classes' and names' addresses may come
/// back), so the class need not be looked at again on a hit.
#[derive(Clone, Copy, Default)]
pub(crate) struct NamedAttr {
    class: usize,
    name: usize,
    epoch: u64,
    index: u32,
    /// Reads may take the dict's entry: the class has no
    /// `__getattribute__`, and no descriptor of that name.
    gettable: bool,
    /// Stores may write the dict's entry: the class has no `__setattr__`,
    /// no `__slots__`, and no descriptor of that name.
    settable: bool,
}

/// The cache's entries.
pub(crate) type NamedAttrCache = Box<[NamedAttr; SIZE]>;

/// An empty cache.
pub(crate) fn new_cache() -> NamedAttrCache {
    Box::new([NamedAttr::default(); SIZE])
}

/// The entry of `name` on `class`.
#[inline]
fn slot(class: ObjRef, name: ObjRef) -> usize {
    // As the method cache's: every bit of both addresses counts.
    let mixed =
        (class.address() ^ name.address().rotate_left(32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    mixed >> (usize::BITS - SIZE.trailing_zeros())
}

impl Vm {
    /// The instance `object` with a dict and the interned name `name`,
    /// when `getattr` or `setattr` of them may take the quick way: an
    /// instance of a user class and an exact `str`.
    #[inline]
    fn named_attr_operands(&mut self, object: Value, name: Value) -> Option<(ObjRef, ObjRef)> {
        let (Value::Obj(object), Value::Obj(name)) = (object, name) else {
            return None;
        };
        if name.class() != self.types.str || !matches!(object.payload, Payload::Instance(_)) {
            return None;
        }
        Some((object, self.intern_object(name)))
    }

    /// The cache entry for `name` on the class of `object`, when it is
    /// current.
    #[inline]
    fn named_attr_entry(&self, object: ObjRef, name: ObjRef) -> Option<NamedAttr> {
        let class = object.class();
        let entry = self.named_attr_cache[slot(class, name)];
        (entry.epoch == self.type_cache.epoch()
            && entry.class == class.address()
            && entry.name == name.address())
        .then_some(entry)
    }

    /// `getattr(object, name)` when `object` is a plain instance whose
    /// dict holds the attribute and nothing on its class comes first;
    /// `None` sends the caller the general way.
    #[inline]
    pub(crate) fn getattr_fast(&mut self, object: Value, name: Value) -> Option<Value> {
        let (object, name) = self.named_attr_operands(object, name)?;
        let dict = object.dict()?;
        if let Some(entry) = self.named_attr_entry(object, name) {
            if entry.gettable {
                let table = dict.as_dict()?.borrow();
                if let Some(value) = table.value_at_if_key(entry.index as usize, name) {
                    return Some(value);
                }
            }
        }
        let index = self.fill_named_attr(object, name, dict)?;
        if !self.named_attr_entry(object, name)?.gettable {
            return None;
        }
        let value = dict.as_dict()?.borrow().value_at(index);
        value
    }

    /// `setattr(object, name, value)` when `object` is a plain instance
    /// with a dict that the store goes to with nothing on its class in
    /// between; `false` sends the caller the general way.
    #[inline]
    pub(crate) fn setattr_fast(&mut self, object: Value, name: Value, value: Value) -> bool {
        let Some((object, name)) = self.named_attr_operands(object, name) else {
            return false;
        };
        let Some(dict) = object.dict() else {
            return false;
        };
        if let Some(entry) = self.named_attr_entry(object, name) {
            let stored = entry.settable
                && dict.as_dict().is_some_and(|table| {
                    table
                        .borrow_mut()
                        .set_value_if_key(entry.index as usize, name, value)
                });
            if stored {
                return true;
            }
        }
        self.store_named_attr(object, name, dict, value)
    }

    /// [`Vm::setattr_fast`] when the cache has no entry that says where
    /// the attribute is: stored in the dict (a new entry if need be) when
    /// the class lets stores go there, and remembered.
    #[inline(never)]
    fn store_named_attr(
        &mut self,
        object: ObjRef,
        name: ObjRef,
        dict: ObjRef,
        value: Value,
    ) -> bool {
        let Some(class) = self.user_class(object) else {
            return false;
        };
        if is_special_name(name) || !self.stores_go_to_dict(class) {
            return false;
        }
        if self
            .lookup_type(class, name)
            .is_some_and(|attr| !is_plain_data(attr))
        {
            return false;
        }
        let index = self.dict_set_str(dict, name, value);
        note_instance_attributes(class, index + 1);
        self.fill_named_attr(object, name, dict);
        true
    }

    /// Looks `name` up in the dict of `object` and on its class, and
    /// remembers what reads and stores of it may do: the index of the
    /// dict's entry, or `None` when it has none (or the class is not a
    /// user class, or the name is special).
    #[inline(never)]
    fn fill_named_attr(&mut self, object: ObjRef, name: ObjRef, dict: ObjRef) -> Option<usize> {
        let class = self.user_class(object)?;
        if is_special_name(name) {
            return None;
        }
        let index = self.dict_index_str(dict, name)?;
        let plain = self.lookup_type(class, name).is_none_or(is_plain_data);
        let gettable = plain && !self.overrides_getattribute(object);
        let settable = plain && self.stores_go_to_dict(class);
        self.named_attr_cache[slot(class, name)] = NamedAttr {
            class: class.address(),
            name: name.address(),
            epoch: self.type_cache.epoch(),
            index: index as u32,
            gettable,
            settable,
        };
        Some(index)
    }
}
