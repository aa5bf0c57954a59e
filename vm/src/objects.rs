//! The data of each built-in object kind, one file per type.

pub mod async_generator;
pub mod await_wrapper;
pub mod code;
pub mod dict;
pub mod exception;
pub mod file;
pub mod frame;
pub mod function;
pub mod generator;
pub mod iterator;
pub mod member;
pub mod memoryview;
pub mod module;
pub mod property;
pub mod random;
pub mod range;
pub mod set;
pub mod str;
pub mod string_io;
pub mod struct_seq;
pub mod traceback;
pub mod tuple;
pub mod type_;
pub mod type_alias;
pub mod weakref;
