//! `LoadFast` fused with the `LoadAttr` after it (`self.count`,
//! `packet.link`), the commonest way an attribute is read: when the
//! attribute's inline cache has the value, the local is never pushed and
//! popped, and the `LoadAttr` is skipped. Anything else (a miss, a
//! getter to call, an error) is left to the `LoadAttr` itself, which
//! runs next as usual, so an error is raised at its own instruction and
//! line, as in CPython.

use pyvm_bytecode::Instruction;

use crate::objects::code::Code;
use crate::ops::attr_cache::Cached;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The attribute that the instruction at `ip`, if a `LoadAttr`, would
    /// load from `value` (the local just read), when its inline cache
    /// has it.
    #[inline(always)]
    pub(super) fn local_attr(
        &self,
        code: &Code,
        instructions: &[Instruction],
        ip: usize,
        value: Value,
    ) -> Option<Value> {
        let Some(&Instruction::LoadAttr { name }) = instructions.get(ip) else {
            return None;
        };
        let Value::Obj(object) = value else {
            return None;
        };
        match self.cached_attr(code, name.0 as usize, object)? {
            Cached::Done(attribute) => Some(attribute),
            Cached::Call(_) | Cached::Miss => None,
        }
    }
}
