//! `bytes` and `bytearray` as containers: making them, reading any
//! bytes-like object (CPython's buffer protocol), `in`, subscripts, and
//! the item assignment and deletion of `bytearray`.

use std::cell::RefCell;

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Which of the two byte-string types a value or a result is: the shared
/// methods of `bytes` and `bytearray` return their receiver's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ByteKind {
    /// `bytes`
    Bytes,
    /// `bytearray`
    ByteArray,
}

impl ByteKind {
    /// The type's name, as messages show it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            ByteKind::Bytes => "bytes",
            ByteKind::ByteArray => "bytearray",
        }
    }
}

/// The `b'…'` part of a bytearray's repr: as a bytes repr, except that
/// a `'` is escaped even inside double quotes (CPython's
/// `bytearray_repr`).
pub(crate) fn bytearray_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in bytes {
        match byte {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(char::from(byte));
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(char::from(byte)),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    /// A new `bytes`.
    pub fn new_bytes(&mut self, bytes: Vec<u8>) -> ObjRef {
        let class = self.types.bytes;
        self.alloc(class, Payload::Bytes(bytes.into_boxed_slice()))
    }

    /// A new `bytearray`.
    pub fn new_bytearray(&mut self, bytes: Vec<u8>) -> ObjRef {
        let class = self.types.bytearray;
        self.alloc(class, Payload::ByteArray(RefCell::new(bytes)))
    }

    /// A new `bytes` or `bytearray`.
    pub(crate) fn new_byte_string(&mut self, kind: ByteKind, bytes: Vec<u8>) -> Value {
        Value::Obj(match kind {
            ByteKind::Bytes => self.new_bytes(bytes),
            ByteKind::ByteArray => self.new_bytearray(bytes),
        })
    }

    /// The bytes of a bytes-like object (`bytes`, `bytearray`,
    /// `memoryview`), copied; `None` for anything else. A released
    /// memoryview is an error.
    pub(crate) fn buffer_bytes(&mut self, value: Value) -> PyResult<Option<Vec<u8>>> {
        Ok(match value.payload() {
            Some(Payload::Bytes(bytes)) => Some(bytes.to_vec()),
            Some(Payload::ByteArray(bytes)) => Some(bytes.borrow().clone()),
            Some(Payload::MemoryView(view)) => {
                if view.released.get() {
                    return Err(self.released_memoryview());
                }
                Some(view.to_vec())
            }
            _ => None,
        })
    }

    /// The bytes of a bytes-like argument, or CPython's TypeError: `a
    /// bytes-like object is required, not 'str'`.
    pub(crate) fn bytes_like(&mut self, value: Value) -> PyResult<Vec<u8>> {
        match self.buffer_bytes(value)? {
            Some(bytes) => Ok(bytes),
            None => {
                let name = self.type_name(value);
                Err(self.type_error(format!("a bytes-like object is required, not '{name}'")))
            }
        }
    }

    /// The ValueError of any use of a released memoryview.
    pub(crate) fn released_memoryview(&mut self) -> crate::vm::PyErr {
        self.value_error("operation forbidden on released memoryview object")
    }

    /// An int in `range(256)` stored into a `bytearray` (`__index__`
    /// allowed), with CPython's errors.
    pub(crate) fn byte_arg(&mut self, value: Value) -> PyResult<u8> {
        match self.index_value(value)? {
            Some(int) => match int.to_i64() {
                Some(byte @ 0..=255) => Ok(byte as u8),
                _ => Err(self.value_error("byte must be in range(0, 256)")),
            },
            None => {
                let name = self.type_name(value);
                Err(self.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )))
            }
        }
    }

    /// The bytes of the ints in `range(256)` an iterator yields, as
    /// `bytearray.extend` and the constructors take them; `bytes()` words
    /// its range error differently (`bytes must be in range(0, 256)`).
    pub(crate) fn bytes_from_iterator(
        &mut self,
        iterator: Value,
        kind: ByteKind,
    ) -> PyResult<Vec<u8>> {
        let items = self.collect_iterator(iterator)?;
        let mark = self.roots.len();
        self.roots.extend_from_slice(&items);
        let mut bytes = Vec::with_capacity(items.len());
        let mut result = Ok(());
        for item in items {
            match self.byte_arg(item) {
                Ok(byte) => bytes.push(byte),
                Err(_) if kind == ByteKind::Bytes && self.exact_int(item).is_some() => {
                    result = Err(self.value_error("bytes must be in range(0, 256)"));
                    break;
                }
                Err(error) => {
                    result = Err(error);
                    break;
                }
            }
        }
        self.release_roots(mark);
        result.map(|()| bytes)
    }

    /// `item in b` for `bytes`, `bytearray` and `memoryview`: a byte value
    /// or, for the byte strings, a subsequence.
    pub(crate) fn bytes_contains(&mut self, object: ObjRef, item: Value) -> PyResult<bool> {
        let is_view = matches!(object.payload, Payload::MemoryView(_));
        let haystack = self.bytes_like(Value::Obj(object))?;
        if is_view {
            // A view compares its items with `==`.
            return match self.exact_int(item).and_then(|i| i.to_i64()) {
                Some(byte) => Ok(haystack.iter().any(|&b| i64::from(b) == byte)),
                None => {
                    for byte in haystack {
                        if self.eq(Value::Int(i64::from(byte)), item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            };
        }
        if let Some(needle) = self.buffer_bytes(item)? {
            return Ok(needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle));
        }
        match self.index_value(item)? {
            Some(int) => match int.to_i64().filter(|b| (0..256).contains(b)) {
                Some(byte) => Ok(haystack.contains(&(byte as u8))),
                None => Err(self.value_error("byte must be in range(0, 256)")),
            },
            None => {
                let name = self.type_name(item);
                Err(self.type_error(format!("a bytes-like object is required, not '{name}'")))
            }
        }
    }

    /// `b[key]` for `bytes` and `bytearray`: an int, or a new byte string
    /// for a slice.
    pub(crate) fn bytes_get_item(&mut self, object: ObjRef, key: Value) -> PyResult<Value> {
        let kind = match object.payload {
            Payload::Bytes(_) => ByteKind::Bytes,
            _ => ByteKind::ByteArray,
        };
        if let Some(slice) = key
            .as_object()
            .filter(|k| matches!(k.payload, Payload::Slice(_)))
        {
            let bytes = self.bytes_like(Value::Obj(object))?;
            let range = self.slice_range(slice, bytes.len())?;
            if kind == ByteKind::Bytes
                && range.step == 1
                && range.count == bytes.len()
                && object.class() == self.types.bytes
            {
                return Ok(Value::Obj(object));
            }
            let picked: Vec<u8> = range.indices().map(|i| bytes[i]).collect();
            return Ok(self.new_byte_string(kind, picked));
        }
        let what = match kind {
            ByteKind::Bytes => "byte",
            ByteKind::ByteArray => "bytearray",
        };
        // One byte: read in place, without copying the buffer.
        let byte_at = |i: Option<usize>| {
            let i = i?;
            match &object.payload {
                Payload::Bytes(bytes) => bytes.get(i).copied(),
                Payload::ByteArray(bytes) => bytes.borrow().get(i).copied(),
                _ => None,
            }
        };
        let length = match &object.payload {
            Payload::Bytes(bytes) => bytes.len(),
            Payload::ByteArray(bytes) => bytes.borrow().len(),
            _ => 0,
        };
        let index = self.byte_string_index(key, what, length)?;
        match byte_at(index) {
            Some(byte) => Ok(Value::Int(i64::from(byte))),
            None => Err(self.error(
                ExceptionClass::IndexError,
                match kind {
                    ByteKind::Bytes => "index out of range",
                    ByteKind::ByteArray => "bytearray index out of range",
                },
            )),
        }
    }

    /// An integer subscript of a byte string resolved against `length`:
    /// the position, or `None` when out of range.
    fn byte_string_index(
        &mut self,
        key: Value,
        what: &str,
        length: usize,
    ) -> PyResult<Option<usize>> {
        let Some(index) = self.index_value(key)? else {
            let name = self.type_name(key);
            return Err(self.type_error(format!(
                "{what} indices must be integers or slices, not {name}"
            )));
        };
        self.sequence_index(&index, key, length)
    }

    /// `bytearray[key] = value`.
    pub(crate) fn bytearray_set_item(
        &mut self,
        object: ObjRef,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let Payload::ByteArray(bytes) = &object.payload else {
            unreachable!("a bytearray")
        };
        if let Some(slice) = key
            .as_object()
            .filter(|k| matches!(k.payload, Payload::Slice(_)))
        {
            let new = match self.buffer_bytes(value)? {
                Some(new) => new,
                None => {
                    let refused = value.payload().is_none()
                        || matches!(
                            value.payload(),
                            Some(Payload::Str(_) | Payload::Int(_) | Payload::Float(_))
                        );
                    if refused {
                        return Err(self.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    let iterator = self.get_iter(value)?;
                    self.bytes_from_iterator(iterator, ByteKind::ByteArray)?
                }
            };
            let length = bytes.borrow().len();
            let range = self.slice_range(slice, length)?;
            if range.step == 1 {
                let start = range.start as usize;
                bytes.borrow_mut().splice(start..start + range.count, new);
                return Ok(());
            }
            if new.is_empty() {
                return self.bytearray_delete_range(bytes, range);
            }
            if new.len() != range.count {
                return Err(self.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    range.count
                )));
            }
            let mut data = bytes.borrow_mut();
            for (i, byte) in range.indices().zip(new) {
                data[i] = byte;
            }
            return Ok(());
        }
        let length = bytes.borrow().len();
        let index = self.byte_string_index(key, "bytearray", length)?;
        let byte = self.byte_arg(value)?;
        // `__index__` may have run Python code that resized the array.
        match index.filter(|&i| i < bytes.borrow().len()) {
            Some(i) => {
                bytes.borrow_mut()[i] = byte;
                Ok(())
            }
            None => Err(self.error(ExceptionClass::IndexError, "bytearray index out of range")),
        }
    }

    /// `del bytearray[key]`.
    pub(crate) fn bytearray_del_item(&mut self, object: ObjRef, key: Value) -> PyResult<()> {
        let Payload::ByteArray(bytes) = &object.payload else {
            unreachable!("a bytearray")
        };
        let length = bytes.borrow().len();
        if let Some(slice) = key
            .as_object()
            .filter(|k| matches!(k.payload, Payload::Slice(_)))
        {
            let range = self.slice_range(slice, length)?;
            return self.bytearray_delete_range(bytes, range);
        }
        match self.byte_string_index(key, "bytearray", length)? {
            Some(i) if i < bytes.borrow().len() => {
                bytes.borrow_mut().remove(i);
                Ok(())
            }
            _ => Err(self.error(ExceptionClass::IndexError, "bytearray index out of range")),
        }
    }

    /// Removes the bytes a slice selects.
    fn bytearray_delete_range(
        &mut self,
        bytes: &RefCell<Vec<u8>>,
        range: super::container::SliceRange,
    ) -> PyResult<()> {
        let mut doomed = vec![false; bytes.borrow().len()];
        for i in range.indices() {
            doomed[i] = true;
        }
        let mut index = 0;
        bytes.borrow_mut().retain(|_| {
            index += 1;
            !doomed[index - 1]
        });
        Ok(())
    }

    /// Which byte string type a `bytes` or `bytearray` (or an instance
    /// of a subclass) is.
    pub(crate) fn byte_kind(&self, object: ObjRef) -> ByteKind {
        match object.payload {
            Payload::ByteArray(_) => ByteKind::ByteArray,
            _ => ByteKind::Bytes,
        }
    }

    /// `b + other` for a byte string `b` and any bytes-like `other`: a
    /// new byte string of `b`'s kind; `NotImplemented` for other types.
    pub(crate) fn bytes_concat(&mut self, object: ObjRef, other: Value) -> PyResult<Value> {
        let Some(extra) = self.buffer_bytes(other)? else {
            return Ok(Value::NotImplemented);
        };
        let mut joined = self.bytes_like(Value::Obj(object))?;
        joined.extend_from_slice(&extra);
        let kind = self.byte_kind(object);
        Ok(self.new_byte_string(kind, joined))
    }

    /// The bytes of a byte string repeated `count` times.
    pub(crate) fn bytes_repeat(&mut self, object: ObjRef, count: usize) -> PyResult<Vec<u8>> {
        let bytes = self.bytes_like(Value::Obj(object))?;
        let total = bytes.len().checked_mul(count);
        // CPython's `bytes_repeat` checks the size first (a bytearray's
        // overflow is a MemoryError).
        let too_long = total.is_none_or(|t| t > isize::MAX as usize);
        if too_long && matches!(object.payload, Payload::Bytes(_)) {
            return Err(self.error(ExceptionClass::OverflowError, "repeated bytes are too long"));
        }
        if total.is_none_or(|t| t > crate::vm::MAX_ALLOCATION) {
            return Err(self.memory_error());
        }
        Ok(bytes.repeat(count))
    }
}
