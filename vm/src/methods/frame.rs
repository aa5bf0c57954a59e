//! Methods of frame objects: `clear`.

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// The frame type's methods.
pub(crate) const METHODS: Methods = &[("clear", clear, BuiltinKind::Method)];

/// `frame.clear()`
fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let frame = match args.positional.first() {
        Some(Value::Obj(frame)) if matches!(frame.payload, Payload::Frame(_)) => *frame,
        other => return Err(vm.descriptor_mismatch("clear", "frame", other.copied())),
    };
    vm.no_args("frame.clear", &args.positional[1..])?;
    vm.frame_clear(frame)?;
    Ok(Value::None)
}
