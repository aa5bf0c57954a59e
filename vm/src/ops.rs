//! The operations of the object model that the interpreter and the
//! built-ins share: attributes, calls, operators, containers, classes.

pub(crate) mod arith;
pub(crate) mod async_generator;
pub(crate) mod attr;
pub(crate) mod attr_cache;
pub(crate) mod await_wrapper;
pub(crate) mod awaitable;
pub(crate) mod buffer;
pub(crate) mod call;
pub(crate) mod class;
pub(crate) mod compare;
pub(crate) mod complex;
pub(crate) mod container;
pub(crate) mod convert;
pub(crate) mod dict;
pub(crate) mod exception;
pub(crate) mod exception_group;
pub(crate) mod fast;
pub(crate) mod format;
pub(crate) mod frame_object;
pub(crate) mod generator;
pub(crate) mod generator_attr;
pub(crate) mod index;
pub(crate) mod instance_check;
pub(crate) mod member;
pub(crate) mod memoryview;
pub(crate) mod operator_dispatch;
pub(crate) mod pattern;
pub(crate) mod reversed;
pub(crate) mod sequence_arith;
pub(crate) mod set;
pub(crate) mod size;
pub(crate) mod type_alias;
pub(crate) mod type_attrs;
pub(crate) mod unicode_error;
pub(crate) mod weakref;
