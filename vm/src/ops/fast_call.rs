//! Calls of the commonest built-ins made in the interpreter loop without
//! the general native call (CPython specializes the same ones): `len(x)`,
//! `isinstance(x, class)`, `list.append(x)`, `list.pop()`/`list.pop(i)`
//! and `dict.get(key)`/`dict.get(key, default)` with a `str` key;
//! `items.append(x)` as a statement, with no call at all; and a built-in
//! method called with no arguments, from its `LoadMethod`.
//!
//! Each returns `None` when the general call must decide (another
//! argument count, an index out of range, an empty list…), so that path
//! keeps every error message.

use pyvm_bytecode::Instruction;

use crate::objects::code::Code;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::ops::generator::{NEXT, SEND};
use crate::ops::index::item_position;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const LEN: NativeFn = crate::builtins::functions::len;
const ISINSTANCE: NativeFn = crate::builtins::functions::isinstance;
const LIST_APPEND: NativeFn = crate::methods::list::append;
const LIST_POP: NativeFn = crate::methods::list::pop;
const DICT_GET: NativeFn = crate::methods::dict::get;

/// How the interpreter loop calls a built-in: most through the general
/// native call; the few made here, and those that may resume a generator
/// in the loop, their own way. Kept with the built-in, so that a call
/// tells the general case by one byte.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CallShortcut {
    /// The general native call.
    General,
    /// `len(x)`
    Len,
    /// `isinstance(x, class)`
    IsInstance,
    /// `list.append`
    ListAppend,
    /// `list.pop`
    ListPop,
    /// `dict.get`
    DictGet,
    /// `generator.send` and `next`, which may resume a generator in the
    /// loop (see [`Vm::resume_for_call`]).
    ResumesGenerator,
}

impl CallShortcut {
    /// The shortcut of the built-in whose code is `function`.
    pub fn of(function: NativeFn) -> CallShortcut {
        let is = |other: NativeFn| std::ptr::fn_addr_eq(function, other);
        if is(LEN) {
            CallShortcut::Len
        } else if is(ISINSTANCE) {
            CallShortcut::IsInstance
        } else if is(LIST_APPEND) {
            CallShortcut::ListAppend
        } else if is(LIST_POP) {
            CallShortcut::ListPop
        } else if is(DICT_GET) {
            CallShortcut::DictGet
        } else if is(SEND) || is(NEXT) {
            CallShortcut::ResumesGenerator
        } else {
            CallShortcut::General
        }
    }
}

impl Vm {
    /// The result of a call of the built-in `builtin` with the positional
    /// arguments on the stack from `args_start`, when it is one of the
    /// calls made here (see [`CallShortcut`]). Always inlined: the loop's
    /// call arm made it a call once it had a second caller.
    #[inline(always)]
    pub(crate) fn call_builtin_fast(
        &mut self,
        builtin: &Builtin,
        args_start: usize,
    ) -> Option<Value> {
        let args = &self.stack[args_start..];
        match builtin.shortcut {
            CallShortcut::Len => match *args {
                [value] => self.len_fast(value).map(|length| Value::Int(length as i64)),
                _ => None,
            },
            CallShortcut::IsInstance => match *args {
                [value, classes] => self.isinstance_fast(value, classes.as_object()?),
                _ => None,
            },
            CallShortcut::ListAppend => {
                let (list, &[item]) = builtin.receiver_and_rest(args)? else {
                    return None;
                };
                list.as_object()?.as_list()?.borrow_mut().push(item);
                Some(Value::None)
            }
            CallShortcut::ListPop => {
                let (list, rest) = builtin.receiver_and_rest(args)?;
                let index = match *rest {
                    [] => -1,
                    [Value::Int(index)] => index,
                    _ => return None,
                };
                let list = list.as_object()?;
                let mut items = list.as_list()?.borrow_mut();
                let position = item_position(index, items.len())?;
                Some(items.remove(position))
            }
            CallShortcut::DictGet => self.dict_get_fast(builtin, args_start),
            CallShortcut::General | CallShortcut::ResumesGenerator => None,
        }
    }

    /// `text.isdigit()`, `items.pop()`: the built-in method `builtin`
    /// just loaded by `LoadMethod`, the next instruction a `Call` with no
    /// arguments, is called at once with `first` (the object, or the class
    /// of a class method), which is put on top of the stack in the
    /// object's place, where it stays while the call runs. The `Call` is
    /// skipped: what it would do is done here. `None`, with nothing done,
    /// when the call may resume a generator: the `Call` runs then.
    #[inline(never)]
    pub(crate) fn call_loaded_method(
        &mut self,
        builtin: &Builtin,
        first: Value,
    ) -> Option<PyResult<Value>> {
        if builtin.shortcut == CallShortcut::ResumesGenerator {
            return None;
        }
        self.set_top(first);
        let top = self.stack.len() - 1;
        if let Some(value) = self.call_builtin_fast(builtin, top) {
            return Some(Ok(value));
        }
        Some(self.call_builtin(builtin, Args::positional(&[first])))
    }

    /// `items.append(x)` as a statement, the method `append` (a
    /// [`CallShortcut::ListAppend`] built-in) just loaded for `object` (the
    /// instructions from `ip` load `x` from a variable or a constant, call
    /// and pop the result): appended at once, with no call, as CPython's
    /// `PRECALL_NO_KW_LIST_APPEND`. Returns the instruction pointer after
    /// the pop, or `None` for the general call. Out of line: inlined into
    /// the interpreter loop, it cost every other instruction some speed.
    #[inline(never)]
    pub(crate) fn append_statement(
        &mut self,
        instructions: &[Instruction],
        ip: usize,
        base: usize,
        code: &Code,
        append: &Builtin,
        object: Value,
    ) -> Option<usize> {
        // `list.append` itself: a bound one would take two arguments here.
        if !append.receiver.is_null() {
            return None;
        }
        let item = match instructions.get(ip..ip + 3)? {
            [Instruction::LoadFast { local }, Instruction::Call { argc: 1 }, Instruction::PopTop] => {
                self.stack[base + local.0 as usize]
            }
            [Instruction::LoadConst { value }, Instruction::Call { argc: 1 }, Instruction::PopTop] => {
                code.consts[value.0 as usize]
            }
            _ => return None,
        };
        if item.is_null() {
            return None;
        }
        object.as_object()?.as_list()?.borrow_mut().push(item);
        self.stack.pop();
        Some(ip + 3)
    }

    /// `isinstance(value, classes)` when it runs no Python code: `classes`
    /// is the value's type, or a class of metaclass `type` (whose
    /// `__instancecheck__` is `type`'s) and the value's type is one of
    /// the class's subclasses or a built-in type (which has no
    /// `__class__` of its own to claim another), as CPython's
    /// `object_isinstance` answers. Out of line, as `dict_get_fast`.
    #[inline(never)]
    fn isinstance_fast(&self, value: Value, classes: ObjRef) -> Option<Value> {
        let class = self.type_of(value);
        if classes == class {
            return Some(Value::bool(true));
        }
        if classes.class() != self.types.type_ || classes.as_type().is_none() {
            return None;
        }
        let found = self.is_subtype(class, classes);
        if found || !class.as_type()?.is_user_class {
            Some(Value::bool(found))
        } else {
            None
        }
    }

    /// `dict.get(key)` or `dict.get(key, default)` with an exact `str`
    /// key, whose lookup runs no `__eq__` or `__hash__`. Out of line:
    /// inlined into the interpreter loop, it cost every other instruction
    /// some speed.
    #[inline(never)]
    fn dict_get_fast(&mut self, builtin: &Builtin, args_start: usize) -> Option<Value> {
        let (dict, rest) = builtin.receiver_and_rest(&self.stack[args_start..])?;
        let (key, default) = match *rest {
            [key] => (key, Value::None),
            [key, default] => (key, default),
            _ => return None,
        };
        let key = key
            .as_object()
            .filter(|key| key.class() == self.types.str)?;
        let dict = dict.as_object()?;
        let found = self.exact_str_value(dict.as_dict()?, key)?;
        Some(found.unwrap_or(default))
    }
}
