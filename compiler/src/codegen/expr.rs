//! Expressions and conditional jumps (CPython's `compiler_visit_expr1`,
//! `compiler_jump_if`, `compiler_compare`, `compiler_boolop`,
//! `starunpack_helper`, `compiler_dict`, `compiler_joined_str`).

use pyvm_ast::{
    BoolOp, CmpOp, Constant as AstConstant, Expr, ExprCompare, ExprContext, ExprDict, Operator,
    UnaryOp,
};
use pyvm_bytecode::{BinaryOperator, ComparisonOperator, Constant, Conversion, Instruction, Label};

use super::{constant, Compiler, Result, STACK_USE_GUIDELINE};
use crate::error::CompileErrorKind;
use crate::symtable::ScopeKind;

/// How a display collects its items: the build, add-one and add-many
/// instructions of a list, set or tuple.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Collection {
    List,
    Set,
    Tuple,
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, expr: &'a Expr) -> Result {
        let saved = self.span;
        self.set_span(expr.span());
        let result = match expr {
            // Names and constants, most nodes, are leaves: they need no
            // check of the stack left.
            Expr::Name(e) => self.name_op(&e.id, e.ctx),
            Expr::Constant(e) => {
                self.load_tree_const(&e.value);
                Ok(())
            }
            _ => stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_here(expr)),
        };
        self.set_span(saved);
        result
    }

    /// The nodes with children ([`Compiler::expr`] does the leaves).
    fn expr_here(&mut self, expr: &'a Expr) -> Result {
        match expr {
            Expr::BoolOp(e) => {
                let end = self.new_label();
                let (last, rest) = e.values.split_last().expect("two or more values");
                for value in rest {
                    self.expr(value)?;
                    self.emit(match e.op {
                        BoolOp::And => Instruction::JumpIfFalseOrPop { target: end },
                        BoolOp::Or => Instruction::JumpIfTrueOrPop { target: end },
                    });
                }
                self.expr(last)?;
                self.bind(end);
            }
            Expr::NamedExpr(e) => {
                self.expr(&e.value)?;
                self.emit(Instruction::Copy { depth: 1 });
                self.expr(&e.target)?;
            }
            Expr::BinOp(e) => {
                self.expr(&e.left)?;
                self.expr(&e.right)?;
                self.emit(Instruction::BinaryOp {
                    op: binary_operator(e.op, false),
                });
            }
            Expr::UnaryOp(e) => {
                self.expr(&e.operand)?;
                self.emit(match e.op {
                    UnaryOp::Invert => Instruction::UnaryInvert,
                    UnaryOp::Not => Instruction::UnaryNot,
                    UnaryOp::UAdd => Instruction::UnaryPositive,
                    UnaryOp::USub => Instruction::UnaryNegative,
                });
            }
            Expr::Lambda(e) => self.lambda(e)?,
            Expr::IfExp(e) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(&e.test, next, false)?;
                self.expr(&e.body)?;
                self.jump(end);
                self.bind(next);
                self.expr(&e.orelse)?;
                self.bind(end);
            }
            Expr::Dict(e) => self.dict(e)?,
            Expr::Set(e) => self.starunpack(&e.elts, 0, Collection::Set)?,
            Expr::ListComp(e) => self.list_comp(e)?,
            Expr::SetComp(e) => self.set_comp(e)?,
            Expr::DictComp(e) => self.dict_comp(e)?,
            Expr::GeneratorExp(e) => self.generator_exp(e)?,
            Expr::Await(e) => {
                // Top-level await (compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT)
                // is not supported: `await` needs an async function.
                let scope = self.scope();
                if !scope.kind.is_function_like() {
                    return self.error(CompileErrorKind::AwaitOutsideFunction);
                }
                if !matches!(
                    scope.kind,
                    ScopeKind::AsyncFunction | ScopeKind::Comprehension(_)
                ) {
                    return self.error(CompileErrorKind::AwaitOutsideAsyncFunction);
                }
                self.expr(&e.value)?;
                self.emit(Instruction::GetAwaitable { kind: 0 });
                self.load_const(Constant::None);
                self.yield_from();
            }
            Expr::Yield(e) => {
                if !self.scope().kind.is_function_like() {
                    return self.error(CompileErrorKind::YieldOutsideFunction);
                }
                match &e.value {
                    Some(value) => self.expr(value)?,
                    None => self.load_const(Constant::None),
                }
                self.yield_value();
            }
            Expr::YieldFrom(e) => {
                let scope = self.scope();
                if !scope.kind.is_function_like() {
                    return self.error(CompileErrorKind::YieldOutsideFunction);
                }
                if scope.kind == ScopeKind::AsyncFunction {
                    return self.error(CompileErrorKind::YieldFromInAsyncFunction);
                }
                self.expr(&e.value)?;
                self.emit(Instruction::GetYieldFromIter);
                self.load_const(Constant::None);
                self.yield_from();
            }
            Expr::Compare(e) => self.compare(e)?,
            Expr::Call(e) => self.call(e)?,
            Expr::FormattedValue(e) => {
                self.expr(&e.value)?;
                let has_spec = match &e.format_spec {
                    Some(spec) => {
                        self.expr(spec)?;
                        true
                    }
                    None => false,
                };
                let conversion = match e.conversion {
                    pyvm_ast::Conversion::None => Conversion::None,
                    pyvm_ast::Conversion::Str => Conversion::Str,
                    pyvm_ast::Conversion::Repr => Conversion::Repr,
                    pyvm_ast::Conversion::Ascii => Conversion::Ascii,
                };
                self.emit(Instruction::FormatValue {
                    conversion,
                    has_spec,
                });
            }
            Expr::JoinedStr(e) => {
                if e.values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Constant::Str(String::new()));
                    let join = self.name_index("join");
                    self.emit(Instruction::LoadMethod { name: join });
                    self.emit(Instruction::BuildList { count: 0 });
                    for value in &e.values {
                        self.expr(value)?;
                        self.emit(Instruction::ListAppend { depth: 1 });
                    }
                    self.emit(Instruction::Call { argc: 1 });
                } else {
                    for value in &e.values {
                        self.expr(value)?;
                    }
                    if e.values.len() != 1 {
                        self.emit(Instruction::BuildString {
                            count: e.values.len() as u32,
                        });
                    }
                }
            }
            Expr::Attribute(e) => {
                if e.ctx != ExprContext::Load && &*e.attr == "__debug__" {
                    return self.error(match e.ctx {
                        ExprContext::Del => CompileErrorKind::DeleteDebug,
                        _ => CompileErrorKind::AssignToDebug,
                    });
                }
                self.expr(&e.value)?;
                self.set_span(self.attribute_span(e));
                let name = self.name_index(&e.attr);
                self.emit(match e.ctx {
                    ExprContext::Load => Instruction::LoadAttr { name },
                    ExprContext::Store => Instruction::StoreAttr { name },
                    ExprContext::Del => Instruction::DeleteAttr { name },
                });
            }
            Expr::Subscript(e) => {
                self.expr(&e.value)?;
                self.expr(&e.slice)?;
                self.set_span(e.span);
                self.emit(match e.ctx {
                    ExprContext::Load => Instruction::BinarySubscr,
                    ExprContext::Store => Instruction::StoreSubscr,
                    ExprContext::Del => Instruction::DeleteSubscr,
                });
            }
            Expr::Starred(e) => {
                return self.error(match e.ctx {
                    ExprContext::Store => CompileErrorKind::StarredAssignmentTarget,
                    _ => CompileErrorKind::StarredExpressionHere,
                })
            }
            Expr::Name(_) | Expr::Constant(_) => unreachable!("leaves are done by `expr`"),
            Expr::List(e) => match e.ctx {
                ExprContext::Store => self.unpack_into(&e.elts)?,
                ExprContext::Load => self.starunpack(&e.elts, 0, Collection::List)?,
                ExprContext::Del => {
                    for elt in &e.elts {
                        self.expr(elt)?;
                    }
                }
            },
            Expr::Tuple(e) => match e.ctx {
                ExprContext::Store => self.unpack_into(&e.elts)?,
                ExprContext::Load => self.starunpack(&e.elts, 0, Collection::Tuple)?,
                ExprContext::Del => {
                    for elt in &e.elts {
                        self.expr(elt)?;
                    }
                }
            },
            Expr::Slice(e) => {
                let mut count = 2;
                match &e.lower {
                    Some(lower) => self.expr(lower)?,
                    None => self.load_const(Constant::None),
                }
                match &e.upper {
                    Some(upper) => self.expr(upper)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(step) = &e.step {
                    self.expr(step)?;
                    count = 3;
                }
                self.emit(Instruction::BuildSlice { count });
            }
        }
        Ok(())
    }

    /// `YIELD_VALUE` with the value on the stack (wrapped first in an
    /// asynchronous generator).
    pub(super) fn yield_value(&mut self) {
        let scope = self.scope();
        if scope.is_coroutine && scope.is_generator {
            self.emit(Instruction::AsyncGenWrap);
        }
        self.emit(Instruction::YieldValue);
    }

    /// Jumps to `target` if `expr` is true (`when` true) or false (CPython's
    /// `compiler_jump_if`), without building the booleans of `not`, `and`,
    /// `or` and chained comparisons.
    pub(super) fn jump_if(&mut self, expr: &'a Expr, target: Label, when: bool) -> Result {
        match expr {
            Expr::UnaryOp(e) if e.op == UnaryOp::Not => {
                return self.jump_if(&e.operand, target, !when)
            }
            Expr::BoolOp(e) => {
                let is_or = e.op == BoolOp::Or;
                let next = if is_or != when {
                    self.new_label()
                } else {
                    target
                };
                let (last, rest) = e.values.split_last().expect("two or more values");
                for value in rest {
                    self.jump_if(value, next, is_or)?;
                }
                self.jump_if(last, target, when)?;
                if next != target {
                    self.bind(next);
                }
                return Ok(());
            }
            Expr::IfExp(e) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(&e.test, next, false)?;
                self.jump_if(&e.body, target, when)?;
                self.jump(end);
                self.bind(next);
                self.jump_if(&e.orelse, target, when)?;
                self.bind(end);
                return Ok(());
            }
            // The comparison's position stays for what follows, as
            // CPython's `compiler_jump_if` leaves it (an `assert`'s raise
            // points at its test).
            Expr::Compare(e) if e.ops.len() > 1 => {
                self.set_span(e.span);
                let cleanup = self.new_label();
                self.compare_chain(e, |target| Instruction::PopJumpIfFalse { target }, cleanup)?;
                self.emit(pop_jump_if(when, target));
                let end = self.new_label();
                self.jump(end);
                self.bind(cleanup);
                self.emit(Instruction::PopTop);
                if !when {
                    self.jump(target);
                }
                self.bind(end);
                return Ok(());
            }
            Expr::Constant(e) => {
                // Known at compile time: jump always or never.
                if constant_truth(&e.value) == when {
                    self.jump(target);
                }
                return Ok(());
            }
            // `x is None` jumps on `x` itself (CPython's optimiser turns
            // `LOAD_CONST None; IS_OP; POP_JUMP_IF_*` into one jump).
            Expr::Compare(e) if is_none_test(e) => {
                self.expr(&e.left)?;
                self.set_span(e.span);
                let jump_if_none = (e.ops[0] == CmpOp::Is) == when;
                self.emit(if jump_if_none {
                    Instruction::PopJumpIfNone { target }
                } else {
                    Instruction::PopJumpIfNotNone { target }
                });
                return Ok(());
            }
            Expr::Compare(e) => self.set_span(e.span),
            _ => {}
        }
        self.expr(expr)?;
        self.emit(pop_jump_if(when, target));
        Ok(())
    }

    /// CPython's `compiler_compare`.
    fn compare(&mut self, e: &'a ExprCompare) -> Result {
        if e.ops.len() == 1 {
            self.expr(&e.left)?;
            self.expr(&e.comparators[0])?;
            self.compare_op(e.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        self.compare_chain(
            e,
            |target| Instruction::JumpIfFalseOrPop { target },
            cleanup,
        )?;
        let end = self.new_label();
        self.jump(end);
        self.bind(cleanup);
        self.emit(Instruction::Swap { depth: 2 });
        self.emit(Instruction::PopTop);
        self.bind(end);
        Ok(())
    }

    /// `a < b < c`: each comparison but the last keeps its right operand
    /// for the next and leaves with `exit` to `cleanup` when false; the
    /// last result stays on the stack.
    fn compare_chain(
        &mut self,
        e: &'a ExprCompare,
        exit: fn(Label) -> Instruction,
        cleanup: Label,
    ) -> Result {
        self.expr(&e.left)?;
        let last = e.ops.len() - 1;
        for (op, comparator) in e.ops[..last].iter().zip(&e.comparators) {
            self.expr(comparator)?;
            self.emit(Instruction::Swap { depth: 2 });
            self.emit(Instruction::Copy { depth: 2 });
            self.compare_op(*op);
            self.emit(exit(cleanup));
        }
        self.expr(&e.comparators[last])?;
        self.compare_op(e.ops[last]);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Instruction::CompareOp {
                op: ComparisonOperator::Equal,
            },
            CmpOp::NotEq => Instruction::CompareOp {
                op: ComparisonOperator::NotEqual,
            },
            CmpOp::Lt => Instruction::CompareOp {
                op: ComparisonOperator::Less,
            },
            CmpOp::LtE => Instruction::CompareOp {
                op: ComparisonOperator::LessEqual,
            },
            CmpOp::Gt => Instruction::CompareOp {
                op: ComparisonOperator::Greater,
            },
            CmpOp::GtE => Instruction::CompareOp {
                op: ComparisonOperator::GreaterEqual,
            },
            CmpOp::Is => Instruction::IsOp { invert: false },
            CmpOp::IsNot => Instruction::IsOp { invert: true },
            CmpOp::In => Instruction::ContainsOp { invert: false },
            CmpOp::NotIn => Instruction::ContainsOp { invert: true },
        });
    }

    /// A list, set or tuple display (or the positional arguments of a call
    /// that unpacks), after `pushed` items already on the stack (CPython's
    /// `starunpack_helper`).
    pub(super) fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        collection: Collection,
    ) -> Result {
        let n = elts.len();
        let (build, add, extend): (fn(u32) -> Instruction, Instruction, Instruction) =
            match collection {
                Collection::List | Collection::Tuple => (
                    |count| Instruction::BuildList { count },
                    Instruction::ListAppend { depth: 1 },
                    Instruction::ListExtend { depth: 1 },
                ),
                Collection::Set => (
                    |count| Instruction::BuildSet { count },
                    Instruction::SetAdd { depth: 1 },
                    Instruction::SetUpdate { depth: 1 },
                ),
            };
        let tuple = collection == Collection::Tuple;
        if n > 2 && elts.iter().all(|e| matches!(e, Expr::Constant(_))) {
            let items: Vec<Constant> = elts
                .iter()
                .map(|e| match e {
                    Expr::Constant(c) => constant(&c.value),
                    _ => unreachable!("all constants"),
                })
                .collect();
            if tuple && pushed == 0 {
                self.load_const(Constant::Tuple(items));
            } else {
                let folded = if collection == Collection::Set {
                    Constant::FrozenSet(dedup_constants(items))
                } else {
                    Constant::Tuple(items)
                };
                self.emit(build(pushed));
                self.load_const(folded);
                self.emit(extend);
                if tuple {
                    self.emit(Instruction::ListToTuple);
                }
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !starred && !big {
            for elt in elts {
                self.expr(elt)?;
            }
            let count = n as u32 + pushed;
            self.emit(if tuple {
                Instruction::BuildTuple { count }
            } else {
                build(count)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (index, elt) in elts.iter().enumerate() {
            if let Expr::Starred(starred) = elt {
                if !built {
                    self.emit(build(index as u32 + pushed));
                    built = true;
                }
                self.expr(&starred.value)?;
                self.emit(extend);
            } else {
                self.expr(elt)?;
                if built {
                    self.emit(add);
                }
            }
        }
        if tuple {
            self.emit(Instruction::ListToTuple);
        }
        Ok(())
    }

    /// CPython's `compiler_dict`.
    fn dict(&mut self, e: &'a ExprDict) -> Result {
        let n = e.values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for index in 0..n {
            if e.keys[index].is_none() {
                if elements > 0 {
                    self.subdict(e, index - elements, index)?;
                    if have_dict {
                        self.emit(Instruction::DictUpdate { depth: 1 });
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instruction::BuildMap { count: 0 });
                    have_dict = true;
                }
                self.expr(&e.values[index])?;
                self.emit(Instruction::DictUpdate { depth: 1 });
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(e, index - elements, index + 1)?;
                if have_dict {
                    self.emit(Instruction::DictUpdate { depth: 1 });
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(e, n - elements, n)?;
            if have_dict {
                self.emit(Instruction::DictUpdate { depth: 1 });
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instruction::BuildMap { count: 0 });
        }
        Ok(())
    }

    /// The `key: value` items `begin..end` as one dict (CPython's
    /// `compiler_subdict`).
    fn subdict(&mut self, e: &'a ExprDict, begin: usize, end: usize) -> Result {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let keys = &e.keys[begin..end];
        let all_constant = keys.iter().all(|k| matches!(k, Some(Expr::Constant(_))));
        if n > 1 && !big && all_constant {
            for value in &e.values[begin..end] {
                self.expr(value)?;
            }
            let keys = keys
                .iter()
                .map(|k| match k {
                    Some(Expr::Constant(c)) => constant(&c.value),
                    _ => unreachable!("all constants"),
                })
                .collect();
            self.load_const(Constant::Tuple(keys));
            self.emit(Instruction::BuildConstKeyMap { count: n as u32 });
            return Ok(());
        }
        if big {
            self.emit(Instruction::BuildMap { count: 0 });
        }
        for (key, value) in keys.iter().zip(&e.values[begin..end]) {
            if let Some(key) = key {
                self.expr(key)?;
            }
            self.expr(value)?;
            if big {
                self.emit(Instruction::MapAdd { depth: 1 });
            }
        }
        if !big {
            self.emit(Instruction::BuildMap { count: n as u32 });
        }
        Ok(())
    }
}

pub(super) fn binary_operator(op: Operator, inplace: bool) -> BinaryOperator {
    use BinaryOperator as B;
    match (op, inplace) {
        (Operator::Add, false) => B::Add,
        (Operator::Sub, false) => B::Subtract,
        (Operator::Mult, false) => B::Multiply,
        (Operator::MatMult, false) => B::MatrixMultiply,
        (Operator::Div, false) => B::TrueDivide,
        (Operator::Mod, false) => B::Remainder,
        (Operator::Pow, false) => B::Power,
        (Operator::LShift, false) => B::LShift,
        (Operator::RShift, false) => B::RShift,
        (Operator::BitOr, false) => B::Or,
        (Operator::BitXor, false) => B::Xor,
        (Operator::BitAnd, false) => B::And,
        (Operator::FloorDiv, false) => B::FloorDivide,
        (Operator::Add, true) => B::InplaceAdd,
        (Operator::Sub, true) => B::InplaceSubtract,
        (Operator::Mult, true) => B::InplaceMultiply,
        (Operator::MatMult, true) => B::InplaceMatrixMultiply,
        (Operator::Div, true) => B::InplaceTrueDivide,
        (Operator::Mod, true) => B::InplaceRemainder,
        (Operator::Pow, true) => B::InplacePower,
        (Operator::LShift, true) => B::InplaceLShift,
        (Operator::RShift, true) => B::InplaceRShift,
        (Operator::BitOr, true) => B::InplaceOr,
        (Operator::BitXor, true) => B::InplaceXor,
        (Operator::BitAnd, true) => B::InplaceAnd,
        (Operator::FloorDiv, true) => B::InplaceFloorDivide,
    }
}

fn pop_jump_if(when: bool, target: Label) -> Instruction {
    if when {
        Instruction::PopJumpIfTrue { target }
    } else {
        Instruction::PopJumpIfFalse { target }
    }
}

/// Whether a comparison is `x is None` or `x is not None`.
fn is_none_test(e: &ExprCompare) -> bool {
    matches!(e.ops[..], [CmpOp::Is | CmpOp::IsNot])
        && matches!(&e.comparators[0], Expr::Constant(c) if matches!(c.value, AstConstant::None))
}

/// The truth of a constant.
fn constant_truth(value: &AstConstant) -> bool {
    match value {
        AstConstant::None => false,
        AstConstant::Bool(b) => *b,
        AstConstant::Int(pyvm_ast::Int::Small(i)) => *i != 0,
        AstConstant::Int(pyvm_ast::Int::Big(_)) => true,
        AstConstant::Str(s) => !s.is_empty(),
        AstConstant::StrWithSurrogates(points) => !points.is_empty(),
        AstConstant::Bytes(b) => !b.is_empty(),
        AstConstant::Ellipsis => true,
        AstConstant::Tuple(items) | AstConstant::FrozenSet(items) => !items.is_empty(),
        AstConstant::Float(f) => *f != 0.0,
        AstConstant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
    }
}

/// Set members without duplicates (by the constant table's equality),
/// first occurrence kept.
fn dedup_constants(items: Vec<Constant>) -> Vec<Constant> {
    let mut out: Vec<Constant> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
