//! `memoryview` as an object: making one, subscripts (read and, over a
//! `bytearray`, write), `==` and hashing.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::memoryview::MemoryView;
use crate::ops::index::item_position;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `memoryview(object)`: a view of a `bytes` or `bytearray`, or of
    /// what another view shows.
    pub(crate) fn new_memoryview(&mut self, object: Value) -> PyResult<ObjRef> {
        let view = match object.payload() {
            Some(Payload::Bytes(bytes)) => MemoryView {
                source: object.as_object().expect("an object"),
                start: 0,
                step: 1,
                length: bytes.len(),
                released: Default::default(),
            },
            Some(Payload::ByteArray(bytes)) => MemoryView {
                source: object.as_object().expect("an object"),
                start: 0,
                step: 1,
                length: bytes.borrow().len(),
                released: Default::default(),
            },
            Some(Payload::MemoryView(view)) => {
                if view.released.get() {
                    return Err(self.released_memoryview());
                }
                MemoryView {
                    source: view.source,
                    start: view.start,
                    step: view.step,
                    length: view.length,
                    released: Default::default(),
                }
            }
            _ => {
                let name = self.type_name(object);
                return Err(self.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{name}'"
                )));
            }
        };
        let class = self.types.memoryview;
        Ok(self.alloc(class, Payload::MemoryView(Box::new(view))))
    }

    /// The view of a memoryview object, refusing a released one.
    pub(crate) fn live_view<'a>(&mut self, object: &'a ObjRef) -> PyResult<&'a MemoryView> {
        let Payload::MemoryView(view) = &object.payload else {
            unreachable!("a memoryview")
        };
        if view.released.get() {
            return Err(self.released_memoryview());
        }
        Ok(view)
    }

    /// `view[key]`: a byte as an int, or a view of a slice.
    pub(crate) fn memoryview_get_item(&mut self, object: ObjRef, key: Value) -> PyResult<Value> {
        let view = self.live_view(&object)?;
        if let Some(slice) = key
            .as_object()
            .filter(|k| matches!(k.payload, Payload::Slice(_)))
        {
            let range = self.slice_range(slice, view.length)?;
            let sliced = MemoryView {
                source: view.source,
                start: if range.count == 0 {
                    view.start
                } else {
                    view.source_index(range.start as usize)
                },
                step: view.step * range.step as isize,
                length: range.count,
                released: Default::default(),
            };
            let class = self.types.memoryview;
            return Ok(Value::Obj(
                self.alloc(class, Payload::MemoryView(Box::new(sliced))),
            ));
        }
        let index = self.memoryview_index(view, key)?;
        match view.get(index) {
            Some(byte) => Ok(Value::Int(i64::from(byte))),
            None => Err(self.error(
                ExceptionClass::IndexError,
                "index out of bounds on dimension 1",
            )),
        }
    }

    /// An int subscript of a view, resolved against its length.
    fn memoryview_index(&mut self, view: &MemoryView, key: Value) -> PyResult<usize> {
        let Some(index) = self.index_value(key)? else {
            return Err(self.type_error("memoryview: invalid slice key"));
        };
        match index.to_i64().and_then(|i| item_position(i, view.length)) {
            Some(i) => Ok(i),
            None => Err(self.error(
                ExceptionClass::IndexError,
                "index out of bounds on dimension 1",
            )),
        }
    }

    /// `view[key] = value` on a view of a `bytearray`: one byte, or a
    /// slice replaced by as many bytes.
    pub(crate) fn memoryview_set_item(
        &mut self,
        object: ObjRef,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let view = self.live_view(&object)?;
        let Payload::ByteArray(target) = &view.source.payload else {
            return Err(self.type_error("cannot modify read-only memory"));
        };
        if let Some(slice) = key
            .as_object()
            .filter(|k| matches!(k.payload, Payload::Slice(_)))
        {
            let range = self.slice_range(slice, view.length)?;
            let new = self.bytes_like(value)?;
            if new.len() != range.count {
                return Err(self.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let mut data = target.borrow_mut();
            for (i, byte) in range.indices().zip(new) {
                if let Some(slot) = data.get_mut(view.source_index(i)) {
                    *slot = byte;
                }
            }
            return Ok(());
        }
        let index = self.memoryview_index(view, key)?;
        let byte = match self.exact_int(value) {
            Some(int) => match int.to_i64() {
                Some(byte @ 0..=255) => byte as u8,
                _ => return Err(self.value_error("memoryview: invalid value for format 'B'")),
            },
            None => return Err(self.type_error("memoryview: invalid type for format 'B'")),
        };
        if let Some(slot) = target.borrow_mut().get_mut(view.source_index(index)) {
            *slot = byte;
        }
        Ok(())
    }

    /// `view == other` for a bytes-like `other`: the same bytes.
    /// `None` when `other` is no bytes-like object (`NotImplemented`).
    pub(crate) fn memoryview_equal(
        &mut self,
        view: ObjRef,
        other: Value,
    ) -> PyResult<Option<bool>> {
        if other.as_object() == Some(view) {
            return Ok(Some(true));
        }
        let released = |value: Value| matches!(value.payload(), Some(Payload::MemoryView(v)) if v.released.get());
        if released(Value::Obj(view)) || released(other) {
            return Ok(Some(false));
        }
        let Some(theirs) = self.buffer_bytes(other)? else {
            return Ok(None);
        };
        let ours = self.bytes_like(Value::Obj(view))?;
        Ok(Some(ours == theirs))
    }

    /// `hash(view)`: the hash of its bytes, for a read-only view.
    pub(crate) fn memoryview_hash(&mut self, object: ObjRef) -> PyResult<i64> {
        let view = self.live_view(&object)?;
        if !view.readonly() {
            return Err(self.value_error("cannot hash writable memoryview object"));
        }
        let bytes = view.to_vec();
        Ok(self.hash_bytes(&bytes))
    }
}
