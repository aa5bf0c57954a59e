//! Methods of `member_descriptor`: the descriptor protocol called by hand.

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::member::Member;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::Methods;

/// `member_descriptor`'s methods.
pub(crate) const METHODS: Methods = &[
    ("__get__", get, BuiltinKind::Method),
    ("__set__", set, BuiltinKind::Method),
    ("__delete__", delete, BuiltinKind::Method),
];

/// The member a method was called on, and its other arguments.
fn receiver<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a Args<'_>,
) -> PyResult<(&'a Member, &'a [Value])> {
    vm.no_keywords(name, args)?;
    match args.positional.split_first() {
        Some((member, rest)) => match member.payload() {
            Some(Payload::Member(member)) => Ok((member, rest)),
            _ => Err(vm.type_error(format!(
                "descriptor '{name}' for 'member_descriptor' objects doesn't apply to this object"
            ))),
        },
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'member_descriptor' object needs an argument"
        ))),
    }
}

/// `member.__get__(instance, owner=None)`: the member itself when
/// `instance` is `None`.
fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (member, rest) = receiver(vm, "__get__", &args)?;
    match rest {
        [Value::None] | [Value::None, _] => Ok(args.positional[0]),
        [instance] | [instance, _] => vm.member_get(member, *instance),
        _ => Err(vm.type_error(format!(
            "__get__ expected at least 1 argument, got {}",
            rest.len()
        ))),
    }
}

/// `member.__set__(instance, value)`
fn set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (member, rest) = receiver(vm, "__set__", &args)?;
    match rest {
        [instance, value] => vm.member_set(member, *instance, Some(*value))?,
        _ => return Err(vm.type_error(format!("expected 2 arguments, got {}", rest.len()))),
    }
    Ok(Value::None)
}

/// `member.__delete__(instance)`
fn delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (member, rest) = receiver(vm, "__delete__", &args)?;
    match rest {
        [instance] => vm.member_set(member, *instance, None)?,
        _ => return Err(vm.type_error(format!("expected 1 argument, got {}", rest.len()))),
    }
    Ok(Value::None)
}
