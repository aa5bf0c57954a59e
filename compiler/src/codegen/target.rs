//! Assignment targets: unpacking, augmented and annotated assignments
//! (CPython's `unpack_helper`, `assignment_helper`, `compiler_augassign`
//! and `compiler_annassign`).

use pyvm_ast::{Expr, ExprContext, StmtAnnAssign, StmtAugAssign};
use pyvm_bytecode::{Constant, Instruction};

use super::expr::binary_operator;
use super::{Compiler, Result};
use crate::error::CompileErrorKind;
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    /// Unpacks the value on the stack into the targets `elts`.
    pub(super) fn unpack_into(&mut self, elts: &'a [Expr]) -> Result {
        let n = elts.len();
        let mut seen_star = false;
        for (index, elt) in elts.iter().enumerate() {
            if !matches!(elt, Expr::Starred(_)) {
                continue;
            }
            if seen_star {
                return self.error(CompileErrorKind::MultipleStarredExpressions);
            }
            let after = n - index - 1;
            let (Ok(before), Ok(after)) = (u8::try_from(index), u32::try_from(after)) else {
                return self.error(CompileErrorKind::TooManyStarUnpackingExpressions);
            };
            if after >= (i32::MAX as u32) >> 8 {
                return self.error(CompileErrorKind::TooManyStarUnpackingExpressions);
            }
            self.emit(Instruction::UnpackEx { before, after });
            seen_star = true;
        }
        if !seen_star {
            self.emit(Instruction::UnpackSequence { count: n as u32 });
        }
        for elt in elts {
            match elt {
                Expr::Starred(starred) => self.expr(&starred.value)?,
                _ => self.expr(elt)?,
            }
        }
        Ok(())
    }

    pub(super) fn aug_assign(&mut self, s: &'a StmtAugAssign) -> Result {
        let target = &*s.target;
        match target {
            Expr::Attribute(e) => {
                self.expr(&e.value)?;
                self.emit(Instruction::Copy { depth: 1 });
                self.set_span(self.attribute_span(e));
                let name = self.name_index(&e.attr);
                self.emit(Instruction::LoadAttr { name });
            }
            Expr::Subscript(e) => {
                self.expr(&e.value)?;
                self.expr(&e.slice)?;
                self.set_span(e.span);
                self.emit(Instruction::Copy { depth: 2 });
                self.emit(Instruction::Copy { depth: 2 });
                self.emit(Instruction::BinarySubscr);
            }
            Expr::Name(e) => {
                self.set_span(e.span);
                self.name_op(&e.id, ExprContext::Load)?;
            }
            _ => return self.error(CompileErrorKind::StarredExpressionHere),
        }
        self.expr(&s.value)?;
        self.set_span(s.span);
        self.emit(Instruction::BinaryOp {
            op: binary_operator(s.op, true),
        });
        self.set_span(target.span());
        match target {
            Expr::Attribute(e) => {
                self.set_span(self.attribute_span(e));
                self.emit(Instruction::Swap { depth: 2 });
                let name = self.name_index(&e.attr);
                self.emit(Instruction::StoreAttr { name });
            }
            Expr::Subscript(_) => {
                self.emit(Instruction::Swap { depth: 3 });
                self.emit(Instruction::Swap { depth: 2 });
                self.emit(Instruction::StoreSubscr);
            }
            Expr::Name(e) => self.name_op(&e.id, ExprContext::Store)?,
            _ => {}
        }
        Ok(())
    }

    pub(super) fn ann_assign(&mut self, s: &'a StmtAnnAssign) -> Result {
        if let Some(value) = &s.value {
            self.expr(value)?;
            self.expr(&s.target)?;
        }
        let at_top = matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class);
        match &*s.target {
            Expr::Name(name) => {
                if &*name.id == "__debug__" {
                    return self.error_at(CompileErrorKind::AssignToDebug, name.span);
                }
                if s.simple && at_top {
                    self.set_span(s.span);
                    self.annotation_value(&s.annotation)?;
                    let annotations = self.name_index("__annotations__");
                    self.emit(Instruction::LoadName { name: annotations });
                    let mangled = self.mangle(&name.id);
                    self.load_const(Constant::Str(mangled));
                    self.emit(Instruction::StoreSubscr);
                }
            }
            Expr::Attribute(attribute) => {
                if &*attribute.attr == "__debug__" {
                    return self.error_at(CompileErrorKind::AssignToDebug, attribute.span);
                }
                if s.value.is_none() {
                    self.check_annotation_expr(&attribute.value)?;
                }
            }
            Expr::Subscript(subscript) if s.value.is_none() => {
                self.check_annotation_expr(&subscript.value)?;
                self.check_annotation_subscript(&subscript.slice)?;
            }
            _ => {}
        }
        // The annotation of anything but a simple name is evaluated (and
        // dropped) in modules and classes.
        if !s.simple && !self.future_annotations && at_top {
            self.check_annotation_expr(&s.annotation)?;
        }
        Ok(())
    }

    /// Evaluates `e` for its errors and drops it (CPython's `check_ann_expr`).
    fn check_annotation_expr(&mut self, e: &'a Expr) -> Result {
        self.expr(e)?;
        self.emit(Instruction::PopTop);
        Ok(())
    }

    fn check_annotation_subscript(&mut self, e: &'a Expr) -> Result {
        match e {
            Expr::Slice(slice) => {
                for part in [&slice.lower, &slice.upper, &slice.step]
                    .into_iter()
                    .flatten()
                {
                    self.check_annotation_expr(part)?;
                }
                Ok(())
            }
            Expr::Tuple(tuple) => {
                for elt in &tuple.elts {
                    self.check_annotation_subscript(elt)?;
                }
                Ok(())
            }
            _ => self.check_annotation_expr(e),
        }
    }
}
