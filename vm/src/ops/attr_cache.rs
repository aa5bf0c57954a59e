//! Inline caches of attribute loads and stores (CPython's specialised
//! `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and
//! `LOAD_ATTR_CLASS`).
//!
//! Each code object has two entries per name (a site that sees two
//! classes, such as a method inherited by a subclass, keeps both). An
//! entry remembers, for the
//! class it saw, where the name was found: at an index of a plain
//! instance's dict (the class having no descriptor of that name), or as a
//! plain value on a class read through the class itself. Entries are
//! stamped with the method cache's epoch, which moves whenever any type's
//! attributes change and after every collection, so a hit never needs to
//! look at the class again; an instance-dict hit only checks that the
//! entry at the remembered index still has the name. A module's
//! attributes are remembered by their index in its dict, for as long as
//! the dict's keys do not change.

use std::cell::Cell;

use crate::object::Payload;
use crate::objects::code::Code;
use crate::ops::attr::{is_plain_data, is_plain_method, is_special_name, note_instance_attributes};
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
    /// The method `value` (a Python function or a built-in method) of
    /// instances of class `owner`, when their dict has no key of that
    /// name.
    Method,
    /// The attribute of the class `owner` itself is `value`, plain data
    /// found on its MRO, and its metaclass is `type` with nothing of that
    /// name.
    ClassValue,
    /// The attribute of the module `owner` (of type `module` itself) is at
    /// `index` of its dict while the dict's keys version is `epoch` (the
    /// module type has no attribute of such a name).
    ModuleDict,
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
    /// `ClassValue` and `Method`: the value.
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
fn dict_value_if_key(dict: ObjRef, index: u32, name: ObjRef) -> Option<Value> {
    dict.as_dict()?
        .borrow()
        .value_at_if_key(index as usize, name)
}

/// How many entries each name has.
pub const WAYS: usize = 2;

/// The entries of name `name_index`.
#[inline]
fn entries(code: &Code, name_index: usize) -> &[Cell<AttrCache>] {
    &code.attr_cache[name_index * WAYS..(name_index + 1) * WAYS]
}

/// The entries of name `name_index` made in the method cache's `epoch`
/// (the others are stale).
#[inline]
fn live_entries(
    code: &Code,
    name_index: usize,
    epoch: u64,
) -> impl Iterator<Item = AttrCache> + '_ {
    entries(code, name_index)
        .iter()
        .map(Cell::get)
        .filter(move |entry| entry.epoch == epoch)
}

/// Remembers `entry` for name `name_index`: in the entry that already
/// remembers the same owner, else in the first, the older one moving to
/// the second.
fn remember(code: &Code, name_index: usize, entry: AttrCache) {
    let ways = entries(code, name_index);
    if let Some(same) = ways.iter().find(|way| way.get().owner == entry.owner) {
        same.set(entry);
        return;
    }
    ways[1].set(ways[0].get());
    ways[0].set(entry);
}

impl Vm {
    /// `object.<name>` through the cache entries of name `name_index`, or
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
        for entry in live_entries(code, name_index, self.type_cache.epoch()) {
            match entry.kind {
                AttrCacheKind::InstanceDict { .. } if entry.owner == object.class().address() => {
                    if let Some(value) = dict_value_if_key(object.dict()?, entry.index, name) {
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
        if is_special_name(name) || self.overrides_getattribute(object) {
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
                remember(
                    code,
                    name_index,
                    AttrCache {
                        owner: class.address(),
                        epoch: self.type_cache.epoch(),
                        kind: AttrCacheKind::InstanceDict { settable },
                        index: index as u32,
                        value: Value::Null,
                    },
                );
                let table = dict.as_dict()?.borrow();
                table.value_at(index)
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
                remember(
                    code,
                    name_index,
                    AttrCache {
                        owner: object.address(),
                        epoch: self.type_cache.epoch(),
                        kind: AttrCacheKind::ClassValue,
                        index: 0,
                        value,
                    },
                );
                Some(value)
            }
            _ => None,
        }
    }

    /// `LoadMethod` of `name_index` on an object whose class has a Python
    /// function or a built-in method of that name (`obj.method()`,
    /// `text.split()`, `counts.get(…)`), through the cache: the function,
    /// to be called with the object first. `None` sends the caller to
    /// [`Vm::load_method`].
    #[inline]
    pub(crate) fn load_method_cached(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
    ) -> Option<Value> {
        let Value::Obj(object) = object else {
            return None;
        };
        // Types and `super` objects look elsewhere; a module's functions
        // are in its own namespace, not on its type.
        if matches!(
            object.payload,
            Payload::Type(_) | Payload::Super(_) | Payload::Module(_)
        ) {
            return None;
        }
        let name = code.names[name_index];
        let class = object.class();
        let epoch = self.type_cache.epoch();
        let cached = live_entries(code, name_index, epoch)
            .find(|entry| entry.kind == AttrCacheKind::Method && entry.owner == class.address())
            .map(|entry| entry.value);
        let method = match cached {
            Some(method) => method,
            None => {
                if self.overrides_getattribute(object) {
                    return None;
                }
                let method = self.lookup_type(class, name)?;
                if !is_plain_method(method) {
                    return None;
                }
                remember(
                    code,
                    name_index,
                    AttrCache {
                        owner: class.address(),
                        epoch,
                        kind: AttrCacheKind::Method,
                        index: 0,
                        value: method,
                    },
                );
                method
            }
        };
        // An instance attribute of the same name would win.
        if let Some(dict) = object.dict() {
            let hash = self.str_hash(name);
            let table = dict.as_dict()?.borrow();
            if table.has_hash(hash) {
                return None;
            }
        }
        Some(method)
    }

    /// Sets the attribute `name` of a plain instance of a user class when
    /// nothing intercepts it (no `__setattr__` or `__slots__`, no
    /// descriptor on the class, a name that is not special): the index of
    /// its entry in the instance dict, or `None` when the general path
    /// must set it.
    fn set_instance_attr(&mut self, object: ObjRef, name: ObjRef, new: Value) -> Option<usize> {
        if !matches!(object.payload, Payload::Instance) || is_special_name(name) {
            return None;
        }
        let class = object.class();
        if !self.stores_go_to_dict(class) {
            return None;
        }
        if self
            .lookup_type(class, name)
            .is_some_and(|attr| !is_plain_data(attr))
        {
            return None;
        }
        // A new instance's dict is made here (`object()` itself has none).
        if object.dict().is_none() && !self.has_instance_dict(object) {
            return None;
        }
        let dict = self.instance_dict(object);
        Some(self.dict_set_str(dict, name, new))
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
        let class = object.class().address();
        for entry in live_entries(code, name_index, self.type_cache.epoch()) {
            if entry.kind != (AttrCacheKind::InstanceDict { settable: true })
                || entry.owner != class
            {
                continue;
            }
            let Some(dict) = object.dict() else {
                // A new instance: the entry says stores of the name on its
                // class go to its dict, which is made for it.
                return self.store_attr_and_remember(code, name_index, object, value, true);
            };
            let Some(table) = dict.as_dict() else {
                break;
            };
            if table
                .borrow_mut()
                .set_value_if_key(entry.index as usize, name, value)
            {
                return true;
            }
            // Elsewhere in this instance's dict, or not in it yet.
            return self.store_attr_and_remember(code, name_index, object, value, true);
        }
        self.store_attr_and_remember(code, name_index, object, value, false)
    }

    /// [`Vm::store_attr_cached`] when the name is not where the cache
    /// entry says: stored in the instance's dict (made if the instance is
    /// new) when an entry for its class says stores of the name go there
    /// (`settable`), or when the general checks say so; then remembered.
    #[inline(never)]
    fn store_attr_and_remember(
        &mut self,
        code: &Code,
        name_index: usize,
        object: ObjRef,
        value: Value,
        settable: bool,
    ) -> bool {
        let name = code.names[name_index];
        let stored = if settable && matches!(object.payload, Payload::Instance) {
            let dict = self.instance_dict(object);
            Some(self.dict_set_str(dict, name, value))
        } else {
            self.set_instance_attr(object, name, value)
        };
        let Some(index) = stored else {
            return false;
        };
        note_instance_attributes(object.class(), index + 1);
        // Stored: remember where, for the next store or load.
        remember(
            code,
            name_index,
            AttrCache {
                owner: object.class().address(),
                epoch: self.type_cache.epoch(),
                kind: AttrCacheKind::InstanceDict { settable: true },
                index: index as u32,
                value: Value::Null,
            },
        );
        true
    }

    /// `module.<name>` (a load or a method load) of name `name_index`
    /// through its cache entry, for a module of type `module` itself and
    /// a name that is no dunder (the module type has none other): found
    /// in the module's dict, whose keys version the entry remembers.
    /// `None` sends the caller to the general path.
    pub(crate) fn module_attr_cached(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
    ) -> Option<Value> {
        let Value::Obj(module) = object else {
            return None;
        };
        if !matches!(module.payload, Payload::Module(_)) || module.class() != self.types.module {
            return None;
        }
        let dict = module.dict()?;
        let name = code.names[name_index];
        let version = dict.as_dict()?.borrow().keys_version();
        // A module entry's epoch is the dict's keys version.
        for entry in live_entries(code, name_index, version) {
            if entry.kind == AttrCacheKind::ModuleDict && entry.owner == module.address() {
                if let Some(value) = dict_value_if_key(dict, entry.index, name) {
                    return Some(value);
                }
            }
        }
        if is_special_name(name) {
            return None;
        }
        let index = self.dict_index_str(dict, name)?;
        remember(
            code,
            name_index,
            AttrCache {
                owner: module.address(),
                epoch: version,
                kind: AttrCacheKind::ModuleDict,
                index: index as u32,
                value: Value::Null,
            },
        );
        dict.as_dict()
            .and_then(|table| table.borrow().value_at(index))
    }
}
