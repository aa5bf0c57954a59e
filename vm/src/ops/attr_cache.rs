//! Inline caches of attribute loads and stores (CPython's specialised
//! `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and
//! `LOAD_ATTR_CLASS`).
//!
//! Each code object has one entry per name. An entry remembers, for the
//! class it saw, where the name was found: at an index of a plain
//! instance's dict (the class having no descriptor of that name), or as a
//! plain value on a class read through the class itself. Entries are
//! stamped with the method cache's epoch, which moves whenever any type's
//! attributes change and after every collection, so a hit never needs to
//! look at the class again; an instance-dict hit only checks that the
//! entry at the remembered index still has the name.

use crate::object::Payload;
use crate::objects::code::Code;
use crate::ops::attr::{is_plain_data, is_special_name};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// What an [`AttrCache`] entry remembers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AttrCacheKind {
    /// Nothing yet.
    Empty,
    /// The attribute of an instance of class `owner` is at `index` of its
    /// dict, and the class has no descriptor of that name.
    InstanceDict {
        /// Whether stores may write the dict directly too (no
        /// `__setattr__` and no `__slots__` on the class).
        settable: bool,
    },
    /// The attribute of the class `owner` itself is `value`, plain data
    /// found on its MRO, and its metaclass is `type` with nothing of that
    /// name.
    ClassValue,
}

/// One inline cache entry.
#[derive(Clone, Copy, Debug)]
pub struct AttrCache {
    /// The address of the class (`InstanceDict`) or of the class read
    /// through (`ClassValue`).
    owner: usize,
    /// The method cache's epoch when the entry was made.
    epoch: u64,
    kind: AttrCacheKind,
    /// `InstanceDict`: the index in the instance dict.
    index: u32,
    /// `ClassValue`: the value.
    value: Value,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            owner: 0,
            epoch: 0,
            kind: AttrCacheKind::Empty,
            index: 0,
            value: Value::Null,
        }
    }
}

/// The value of entry `index` of the dict `dict` if its key is `name`
/// itself.
#[inline]
fn dict_value_if_key(dict: ObjRef, index: u32, name: ObjRef) -> Option<(ObjRef, Value)> {
    let table = dict.as_dict()?.borrow();
    let (key, value) = table.entry(index as usize)?;
    matches!(key.key, Value::Obj(key) if key == name).then_some((dict, value))
}

impl Vm {
    /// `object.<name>` through the cache entry of name `name_index`, or
    /// `None` when the general lookup must run. Fills the entry on a miss
    /// it can answer.
    #[inline]
    pub(crate) fn load_attr_cached(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
    ) -> Option<Value> {
        let Value::Obj(object) = object else {
            return None;
        };
        let name = code.names[name_index];
        let entry = code.attr_cache[name_index].get();
        if entry.epoch == self.type_cache.epoch() {
            match entry.kind {
                AttrCacheKind::InstanceDict { .. } if entry.owner == object.class().address() => {
                    if let Some((_, value)) = dict_value_if_key(object.dict()?, entry.index, name) {
                        return Some(value);
                    }
                }
                AttrCacheKind::ClassValue if entry.owner == object.address() => {
                    return Some(entry.value);
                }
                _ => {}
            }
        }
        self.fill_load_cache(code, name_index, object)
    }

    /// The general lookup for the cases the cache covers, filling the
    /// entry when the result is cacheable.
    fn fill_load_cache(&mut self, code: &Code, name_index: usize, object: ObjRef) -> Option<Value> {
        let name = code.names[name_index];
        if is_special_name(name) {
            return None;
        }
        match &object.payload {
            Payload::Instance => {
                let class = object.class();
                let class_attr = self.lookup_type(class, name);
                if class_attr.is_some_and(|attr| !is_plain_data(attr)) {
                    return None;
                }
                let Some(dict) = object.dict() else {
                    return class_attr;
                };
                let Some(index) = self.dict_index_str(dict, name) else {
                    return class_attr;
                };
                let settable = self.stores_go_to_dict(class);
                code.attr_cache[name_index].set(AttrCache {
                    owner: class.address(),
                    epoch: self.type_cache.epoch(),
                    kind: AttrCacheKind::InstanceDict { settable },
                    index: index as u32,
                    value: Value::Null,
                });
                dict_value_if_key(dict, index as u32, name).map(|(_, value)| value)
            }
            Payload::Type(_) if object.class() == self.types.type_ => {
                let metatype = self.types.type_;
                if self.lookup_type(metatype, name).is_some() {
                    return None;
                }
                let value = self.lookup_type(object, name)?;
                if !is_plain_data(value) {
                    return None;
                }
                code.attr_cache[name_index].set(AttrCache {
                    owner: object.address(),
                    epoch: self.type_cache.epoch(),
                    kind: AttrCacheKind::ClassValue,
                    index: 0,
                    value,
                });
                Some(value)
            }
            _ => None,
        }
    }

    /// Whether setting an attribute of an instance of `class` writes its
    /// dict with nothing in between (no `__setattr__`, no `__slots__`).
    fn stores_go_to_dict(&mut self, class: ObjRef) -> bool {
        let (hook, slots) = (self.names.__setattr__, self.names.__slots__);
        self.lookup_user(class, hook).is_none() && self.lookup_user(class, slots).is_none()
    }

    /// `object.<name> = value` through the cache entry of name
    /// `name_index`. Returns whether it stored the value; `false` sends
    /// the caller to the general path.
    #[inline]
    pub(crate) fn store_attr_cached(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
        value: Value,
    ) -> bool {
        let Value::Obj(object) = object else {
            return false;
        };
        let name = code.names[name_index];
        let entry = code.attr_cache[name_index].get();
        if entry.epoch == self.type_cache.epoch()
            && entry.kind == (AttrCacheKind::InstanceDict { settable: true })
            && entry.owner == object.class().address()
        {
            if let Some((dict, _)) = object
                .dict()
                .and_then(|dict| dict_value_if_key(dict, entry.index, name))
            {
                if let Some(table) = dict.as_dict() {
                    table.borrow_mut().set_value(entry.index as usize, value);
                    return true;
                }
            }
        }
        if !self.set_instance_attr_fast(Value::Obj(object), name, value) {
            return false;
        }
        // Stored: remember where, for the next store or load.
        let class = object.class();
        if let Some(index) = object
            .dict()
            .and_then(|dict| self.dict_index_str(dict, name))
        {
            code.attr_cache[name_index].set(AttrCache {
                owner: class.address(),
                epoch: self.type_cache.epoch(),
                kind: AttrCacheKind::InstanceDict { settable: true },
                index: index as u32,
                value: Value::Null,
            });
        }
        true
    }
}
