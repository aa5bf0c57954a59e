//! `match` statements (PEP 634), as CPython 3.11's `compiler_match` and the
//! `compiler_pattern_*` and `pattern_helper_*` functions of `compile.c`
//! generate them.
//!
//! Every pattern routine consumes the subject on top of the stack and, on
//! failure, jumps to a "fail pop" label that pops whatever it left
//! behind. Captured values are not stored as they are found: each is
//! rotated underneath the items still in use (`on_top`) and the earlier
//! captures, and all are stored once the whole pattern has matched, so a
//! failed case binds nothing.

use num_bigint::BigInt;
use num_traits::FromPrimitive;
use pyvm_ast::{
    Constant as AstConstant, Expr, ExprContext, Identifier, Int as AstInt, Pattern, PatternMatchAs,
    PatternMatchClass, PatternMatchMapping, PatternMatchOr, PatternMatchSequence, StmtMatch,
};
use pyvm_bytecode::{BinaryOperator, ComparisonOperator, Constant, Instruction, Int, Label};

use super::{constant, string_constant, Compiler, Result};
use crate::error::CompileErrorKind;

/// What compiling one pattern needs to know (CPython's `pattern_context`).
struct PatternContext<'a> {
    /// The names captured so far, in the order their values sit on the
    /// stack from the top down: repeated names are errors, alternatives
    /// must bind the same names, and they are stored in this order.
    stores: Vec<&'a str>,
    /// Whether an irrefutable pattern may appear here; if not, a capture or
    /// wildcard against the subject is an error.
    allow_irrefutable: bool,
    /// The labels to jump to on failure: jumping to `fail_pop[i]` pops `i`
    /// items first (each label falls through to the next one down).
    fail_pop: Vec<Label>,
    /// How many items on top of the stack must stay there; captures go
    /// beneath them. All are popped on failure.
    on_top: usize,
}

impl<'a> PatternContext<'a> {
    fn new(allow_irrefutable: bool) -> PatternContext<'a> {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// How a pattern leaves for its fail-pop label.
#[derive(Clone, Copy)]
enum FailJump {
    /// When the boolean on top is false (CPython's `POP_JUMP_IF_FALSE`).
    IfFalse,
    /// Always (CPython's `JUMP`).
    Always,
}

/// `_`: a capture pattern without a name (CPython's `WILDCARD_CHECK`).
fn is_wildcard(pattern: &Pattern) -> bool {
    matches!(pattern, Pattern::MatchAs(PatternMatchAs { name: None, .. }))
}

/// `*_` (CPython's `WILDCARD_STAR_CHECK`).
fn is_star_wildcard(pattern: &Pattern) -> bool {
    matches!(pattern, Pattern::MatchStar(star) if star.name.is_none())
}

fn small_int(value: usize) -> Constant {
    Constant::Int(Int::Small(value as i64))
}

impl<'a> Compiler<'a> {
    /// CPython's `compiler_match` and `compiler_match_inner`.
    pub(super) fn match_stmt(&mut self, s: &'a StmtMatch) -> Result {
        self.expr(&s.subject)?;
        let end = self.new_label();
        let cases = s.cases.len();
        let Some(last) = s.cases.last() else {
            // The parser never makes a `match` without cases.
            self.emit(Instruction::PopTop);
            return Ok(());
        };
        // A trailing `case _:` needs no copy of the subject and no test.
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let tested = cases - usize::from(has_default);
        for (i, case) in s.cases[..tested].iter().enumerate() {
            self.set_span(case.pattern.span());
            // Only copy the subject if this is not the last case tested.
            let keeps_subject = i != tested - 1;
            if keeps_subject {
                self.emit(Instruction::Copy { depth: 1 });
            }
            // Irrefutable cases must be guarded, last, or both.
            let mut pc = PatternContext::new(case.guard.is_some() || i == cases - 1);
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // A match: store the captured names (their values are on the
            // stack, the first on top).
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(name, ExprContext::Store)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, pc.fail_pop[0], false)?;
            }
            if keeps_subject {
                self.emit(Instruction::PopTop);
            }
            self.body_stmts(&case.body)?;
            self.jump(end);
            // The cleanup of a failed match belongs to its pattern's line,
            // not to the last line of the body.
            self.set_span(case.pattern.span());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            // The subject was consumed by the last case tested; the NOP
            // shows the default case in line coverage.
            self.set_span(last.pattern.span());
            self.emit(Instruction::Nop);
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.body_stmts(&last.body)?;
        }
        self.bind(end);
        Ok(())
    }

    // ---- the context's fail-pop labels -----------------------------------

    /// Makes sure there are labels to pop up to `n` items on failure
    /// (CPython's `ensure_fail_pop`).
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext<'a>, n: usize) {
        while pc.fail_pop.len() <= n {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
    }

    /// Leaves for the label that pops the items on top and the captures
    /// made so far (CPython's `jump_to_fail_pop`).
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext<'a>, jump: FailJump) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        match jump {
            FailJump::IfFalse => self.emit(Instruction::PopJumpIfFalse { target }),
            FailJump::Always => self.jump(target),
        }
    }

    /// Binds the fail-pop labels, each popping one item and falling through
    /// to the next, and forgets them (CPython's `emit_and_reset_fail_pop`).
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext<'a>) {
        let Some((&none, rest)) = pc.fail_pop.split_first() else {
            return;
        };
        for &label in rest.iter().rev() {
            self.bind(label);
            self.emit(Instruction::PopTop);
        }
        self.bind(none);
        pc.fail_pop.clear();
    }

    // ---- helpers ------------------------------------------------------------

    /// Moves the top item `count - 1` places down, as 3.10's `ROT_N` did
    /// (CPython's `pattern_helper_rotate`).
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Instruction::Swap {
                depth: count as u32,
            });
            count -= 1;
        }
    }

    /// Captures the value on top as `name` (pops it for `_`), to be stored
    /// once the whole pattern matches (CPython's
    /// `pattern_helper_store_name`).
    fn capture(&mut self, name: Option<&'a Identifier>, pc: &mut PatternContext<'a>) -> Result {
        let Some(name) = name else {
            self.emit(Instruction::PopTop);
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return self.error(CompileErrorKind::AssignToDebug);
        }
        if pc.stores.contains(&name) {
            return self
                .error(CompileErrorKind::MultipleAssignmentsInPattern { name: name.into() });
        }
        // Rotate the value underneath the items to keep and the captures.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name);
        Ok(())
    }

    /// Unpacks the sequence on top for `patterns`, at most one of them
    /// starred (CPython's `pattern_unpack_helper`).
    fn unpack_pattern_sequence(&mut self, patterns: &[Pattern]) -> Result {
        let n = patterns.len();
        let star = patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        match star {
            Some(index) => {
                let after = n - index - 1;
                let (Ok(before), true) = (u8::try_from(index), after < (i32::MAX >> 8) as usize)
                else {
                    return self.error(CompileErrorKind::TooManyStarUnpackingInPattern);
                };
                self.emit(Instruction::UnpackEx {
                    before,
                    after: after as u32,
                });
            }
            None => self.emit(Instruction::UnpackSequence { count: n as u32 }),
        }
        Ok(())
    }

    /// Unpacks the subject and matches each element (CPython's
    /// `pattern_helper_sequence_unpack`).
    fn sequence_unpack(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext<'a>) -> Result {
        self.unpack_pattern_sequence(patterns)?;
        // The new subjects stay on the stack under each sub-pattern match.
        pc.on_top += patterns.len();
        for pattern in patterns {
            pc.on_top -= 1;
            self.subpattern(pattern, pc)?;
        }
        Ok(())
    }

    /// As [`Compiler::sequence_unpack`], but takes only the elements that
    /// are not wildcards, by index: cheaper for `[first, *_, last]`
    /// (CPython's `pattern_helper_sequence_subscr`).
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext<'a>,
    ) -> Result {
        // The subject stays for extracting elements.
        pc.on_top += 1;
        let size = patterns.len();
        for (i, pattern) in patterns.iter().enumerate() {
            if is_wildcard(pattern) || i == star {
                continue;
            }
            self.emit(Instruction::Copy { depth: 1 });
            if i < star {
                self.load_const(small_int(i));
            } else {
                // The subject may not support negative indexes: compute a
                // nonnegative one.
                self.emit(Instruction::GetLen);
                self.load_const(small_int(size - i));
                self.emit(Instruction::BinaryOp {
                    op: BinaryOperator::Subtract,
                });
            }
            self.emit(Instruction::BinarySubscr);
            self.subpattern(pattern, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instruction::PopTop);
        Ok(())
    }

    // ---- patterns -----------------------------------------------------------

    /// Matches the subject on top against `pattern`, consuming it (CPython's
    /// `compiler_pattern`).
    fn pattern(&mut self, pattern: &'a Pattern, pc: &mut PatternContext<'a>) -> Result {
        self.set_span(pattern.span());
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || match pattern {
            Pattern::MatchValue(p) => {
                // Only literals and dotted names, whatever the tree says
                // (CPython's `MATCH_VALUE_EXPR`).
                if !matches!(*p.value, Expr::Constant(_) | Expr::Attribute(_)) {
                    return self.error(CompileErrorKind::PatternValueNotLiteral);
                }
                self.expr(&p.value)?;
                self.emit(Instruction::CompareOp {
                    op: ComparisonOperator::Equal,
                });
                self.jump_to_fail_pop(pc, FailJump::IfFalse);
                Ok(())
            }
            Pattern::MatchSingleton(p) => {
                self.load_const(constant(&p.value));
                self.emit(Instruction::IsOp { invert: false });
                self.jump_to_fail_pop(pc, FailJump::IfFalse);
                Ok(())
            }
            Pattern::MatchSequence(p) => self.pattern_sequence(p, pc),
            Pattern::MatchMapping(p) => self.pattern_mapping(p, pc),
            Pattern::MatchClass(p) => self.pattern_class(p, pc),
            Pattern::MatchStar(p) => self.capture(p.name.as_ref(), pc),
            Pattern::MatchAs(p) => self.pattern_as(p, pc),
            Pattern::MatchOr(p) => self.pattern_or(p, pc),
        })
    }

    /// A pattern inside another: irrefutable ones are fine there (CPython's
    /// `compiler_pattern_subpattern`).
    fn subpattern(&mut self, pattern: &'a Pattern, pc: &mut PatternContext<'a>) -> Result {
        let allow_irrefutable = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(pattern, pc)?;
        pc.allow_irrefutable = allow_irrefutable;
        Ok(())
    }

    /// `p as name`, a capture `name` or the wildcard `_` (CPython's
    /// `compiler_pattern_as`).
    fn pattern_as(&mut self, p: &'a PatternMatchAs, pc: &mut PatternContext<'a>) -> Result {
        let Some(pattern) = &p.pattern else {
            // An irrefutable match.
            if !pc.allow_irrefutable {
                return self.error(match &p.name {
                    Some(name) => CompileErrorKind::NameCaptureMakesRemainingUnreachable {
                        name: name.as_str().into(),
                    },
                    None => CompileErrorKind::WildcardMakesRemainingUnreachable,
                });
            }
            return self.capture(p.name.as_ref(), pc);
        };
        // A copy to store if the sub-pattern matches.
        pc.on_top += 1;
        self.emit(Instruction::Copy { depth: 1 });
        self.pattern(pattern, pc)?;
        pc.on_top -= 1;
        self.capture(p.name.as_ref(), pc)
    }

    /// `[p, *rest, q]` or `(p, q)` (CPython's `compiler_pattern_sequence`).
    fn pattern_sequence(
        &mut self,
        p: &'a PatternMatchSequence,
        pc: &mut PatternContext<'a>,
    ) -> Result {
        let patterns = &p.patterns;
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, pattern) in patterns.iter().enumerate() {
            if matches!(pattern, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return self.error(CompileErrorKind::MultipleStarredNamesInSequencePattern);
                }
                star_wildcard = is_star_wildcard(pattern);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(pattern);
        }
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit(Instruction::MatchSequence);
        self.jump_to_fail_pop(pc, FailJump::IfFalse);
        match star {
            None => {
                self.emit(Instruction::GetLen);
                self.load_const(small_int(size));
                self.emit(Instruction::CompareOp {
                    op: ComparisonOperator::Equal,
                });
                self.jump_to_fail_pop(pc, FailJump::IfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Instruction::GetLen);
                self.load_const(small_int(size - 1));
                self.emit(Instruction::CompareOp {
                    op: ComparisonOperator::GreaterEqual,
                });
                self.jump_to_fail_pop(pc, FailJump::IfFalse);
            }
            Some(_) => {}
        }
        // What comes next consumes the subject.
        pc.on_top -= 1;
        match star {
            // `[]`, `[_]`, `[_, *_]`…
            _ if only_wildcard => {
                self.emit(Instruction::PopTop);
                Ok(())
            }
            Some(star) if star_wildcard => self.sequence_subscr(patterns, star, pc),
            _ => self.sequence_unpack(patterns, pc),
        }
    }

    /// `{key: p, **rest}` (CPython's `compiler_pattern_mapping`).
    fn pattern_mapping(
        &mut self,
        p: &'a PatternMatchMapping,
        pc: &mut PatternContext<'a>,
    ) -> Result {
        let keys = &p.keys;
        let size = keys.len();
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit(Instruction::MatchMapping);
        self.jump_to_fail_pop(pc, FailJump::IfFalse);
        if size == 0 && p.rest.is_none() {
            // `{}`: done.
            pc.on_top -= 1;
            self.emit(Instruction::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instruction::GetLen);
            self.load_const(small_int(size));
            self.emit(Instruction::CompareOp {
                op: ComparisonOperator::GreaterEqual,
            });
            self.jump_to_fail_pop(pc, FailJump::IfFalse);
        }
        if size.saturating_sub(1) > i32::MAX as usize {
            return self.error(CompileErrorKind::TooManySubpatternsInMappingPattern);
        }
        self.mapping_keys(keys)?;
        self.emit(Instruction::MatchKeys);
        // The tuple of keys and the tuple of values (or None) are on top of
        // the subject.
        pc.on_top += 2;
        self.emit(Instruction::Copy { depth: 1 });
        self.load_const(Constant::None);
        self.emit(Instruction::IsOp { invert: true });
        self.jump_to_fail_pop(pc, FailJump::IfFalse);
        // Match the values against the sub-patterns.
        self.emit(Instruction::UnpackSequence { count: size as u32 });
        pc.on_top += size;
        pc.on_top -= 1;
        for pattern in &p.patterns {
            pc.on_top -= 1;
            self.subpattern(pattern, pc)?;
        }
        // A match: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        match &p.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[key] for each key
                self.emit(Instruction::BuildMap { count: 0 }); // subject, keys, {}
                self.emit(Instruction::Swap { depth: 3 }); // {}, keys, subject
                self.emit(Instruction::DictUpdate { depth: 2 }); // rest, keys
                self.emit(Instruction::UnpackSequence { count: size as u32 }); // rest, keys…
                for left in (1..=size).rev() {
                    self.emit(Instruction::Copy {
                        depth: 1 + left as u32,
                    }); // rest, keys…, rest
                    self.emit(Instruction::Swap { depth: 2 }); // rest, keys…, rest, key
                    self.emit(Instruction::DeleteSubscr); // rest, keys…
                }
                self.capture(Some(rest), pc)
            }
            None => {
                self.emit(Instruction::PopTop); // the keys
                self.emit(Instruction::PopTop); // the subject
                Ok(())
            }
        }
    }

    /// Pushes the tuple of a mapping pattern's keys, which must be literals
    /// or dotted names, literals all different. CPython builds it with
    /// `BUILD_TUPLE` and its optimizer (`fold_tuple_on_constants`) makes a
    /// constant of it when all keys are literals; so does this.
    fn mapping_keys(&mut self, keys: &'a [Expr]) -> Result {
        let mut seen: Vec<&AstConstant> = Vec::new();
        for key in keys {
            match key {
                Expr::Constant(key) => {
                    if seen.iter().any(|other| python_equal(other, &key.value)) {
                        return self.error(CompileErrorKind::MappingPatternDuplicateKey {
                            key: key.value.repr().into(),
                        });
                    }
                    seen.push(&key.value);
                }
                Expr::Attribute(_) => {}
                _ => return self.error(CompileErrorKind::MappingPatternKeyNotLiteral),
            }
        }
        if seen.len() == keys.len() {
            let items = seen.into_iter().map(constant).collect();
            self.load_const(Constant::Tuple(items));
            return Ok(());
        }
        for key in keys {
            self.expr(key)?;
        }
        self.emit(Instruction::BuildTuple {
            count: keys.len() as u32,
        });
        Ok(())
    }

    /// `Cls(p, attr=q)` (CPython's `compiler_pattern_class`).
    fn pattern_class(&mut self, p: &'a PatternMatchClass, pc: &mut PatternContext<'a>) -> Result {
        let nargs = p.patterns.len();
        let nattrs = p.kwd_attrs.len();
        if nattrs > 0 {
            self.check_keyword_attributes(p)?;
            self.set_span(p.span);
        }
        self.expr(&p.cls)?;
        let names = p.kwd_attrs.iter().map(|a| string_constant(a)).collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Instruction::MatchClass {
            count: nargs as u32,
        });
        self.emit(Instruction::Copy { depth: 1 });
        self.load_const(Constant::None);
        self.emit(Instruction::IsOp { invert: true });
        // On top: the tuple of the `nargs + nattrs` attributes, or None.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, FailJump::IfFalse);
        self.emit(Instruction::UnpackSequence {
            count: (nargs + nattrs) as u32,
        });
        pc.on_top = pc.on_top + nargs + nattrs - 1;
        for pattern in p.patterns.iter().chain(&p.kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(pattern) {
                self.emit(Instruction::PopTop);
                continue;
            }
            self.subpattern(pattern, pc)?;
        }
        Ok(())
    }

    /// Keyword attributes are neither `__debug__` nor repeated; errors point
    /// at the keyword's pattern (CPython's `validate_kwd_attrs`).
    fn check_keyword_attributes(&mut self, p: &'a PatternMatchClass) -> Result {
        for (i, (attr, pattern)) in p.kwd_attrs.iter().zip(&p.kwd_patterns).enumerate() {
            self.set_span(pattern.span());
            if attr == "__debug__" {
                return self.error(CompileErrorKind::AssignToDebug);
            }
            let repeated = p.kwd_attrs[i + 1..]
                .iter()
                .zip(&p.kwd_patterns[i + 1..])
                .find(|(other, _)| *other == attr);
            if let Some((_, pattern)) = repeated {
                self.set_span(pattern.span());
                return self.error(CompileErrorKind::AttributeRepeatedInClassPattern {
                    name: attr.as_str().into(),
                });
            }
        }
        Ok(())
    }

    /// `p | q`: each alternative tried on a copy of the subject; all must
    /// capture the same names, and their values are put in the first
    /// alternative's order (CPython's `compiler_pattern_or`).
    fn pattern_or(&mut self, p: &'a PatternMatchOr, pc: &mut PatternContext<'a>) -> Result {
        let end = self.new_label();
        let size = p.patterns.len();
        // Each alternative starts afresh; the outer context comes back after.
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_allow_irrefutable = pc.allow_irrefutable;
        let outer_on_top = pc.on_top;
        // The names the first alternative binds: the others must bind the
        // same, and their values are reordered to match.
        let mut control: Option<Vec<&'a str>> = None;
        for (i, alt) in p.patterns.iter().enumerate() {
            self.set_span(alt.span());
            pc.stores.clear();
            // An irrefutable alternative must be last, if allowed at all.
            pc.allow_irrefutable = i == size - 1 && outer_allow_irrefutable;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.emit(Instruction::Copy { depth: 1 });
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(control) => self.reorder_captures(control, pc)?,
            }
            self.jump(end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.allow_irrefutable = outer_allow_irrefutable;
        pc.on_top = outer_on_top;
        // No alternative matched: pop the subject's copy and fail.
        self.emit(Instruction::PopTop);
        self.jump_to_fail_pop(pc, FailJump::Always);
        self.bind(end);
        let control = control.unwrap_or_default();
        // Between the new captures and where they go: the other new
        // captures, the subject's copy, the items on top and the earlier
        // captures.
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                return self
                    .error(CompileErrorKind::MultipleAssignmentsInPattern { name: name.into() });
            }
            pc.stores.push(name);
        }
        // Pop the subject's copy.
        self.emit(Instruction::PopTop);
        Ok(())
    }

    /// Checks that an alternative captured the names of `control`, and
    /// rotates its values (and `pc.stores`) into `control`'s order.
    fn reorder_captures(&mut self, control: &[&'a str], pc: &mut PatternContext<'a>) -> Result {
        if pc.stores.len() != control.len() {
            return self.error(CompileErrorKind::AlternativePatternsBindDifferentNames);
        }
        for (icontrol, name) in control.iter().enumerate().rev() {
            let Some(istores) = pc.stores.iter().position(|n| n == name) else {
                return self.error(CompileErrorKind::AlternativePatternsBindDifferentNames);
            };
            if icontrol == istores {
                continue;
            }
            debug_assert!(istores < icontrol);
            // Move the first `istores + 1` names after the next
            // `icontrol - istores`, and the values on the stack likewise.
            let rotations = istores + 1;
            pc.stores[..=icontrol].rotate_left(rotations);
            for _ in 0..rotations {
                self.rotate(icontrol + 1);
            }
        }
        Ok(())
    }
}

/// Whether two literal keys are equal as Python compares them (so `1`,
/// `1.0`, `True` and `(1+0j)` are one key), as the set CPython checks
/// duplicate mapping keys with does.
fn python_equal(a: &AstConstant, b: &AstConstant) -> bool {
    if let (Some(a), Some(b)) = (Number::of(a), Number::of(b)) {
        return a.imag == b.imag && a.real.equals(&b.real);
    }
    match (a, b) {
        (AstConstant::Str(a), AstConstant::Str(b)) => a == b,
        (AstConstant::StrWithSurrogates(a), AstConstant::StrWithSurrogates(b)) => a == b,
        (AstConstant::Str(s), AstConstant::StrWithSurrogates(points))
        | (AstConstant::StrWithSurrogates(points), AstConstant::Str(s)) => {
            s.chars().map(u32::from).eq(points.iter().copied())
        }
        _ => a == b,
    }
}

/// A literal number, for comparing across `bool`, `int`, `float` and
/// `complex`.
struct Number {
    real: Real,
    imag: f64,
}

enum Real {
    Int(BigInt),
    Float(f64),
}

impl Number {
    fn of(value: &AstConstant) -> Option<Number> {
        let (real, imag) = match value {
            AstConstant::Bool(b) => (Real::Int(BigInt::from(u8::from(*b))), 0.0),
            AstConstant::Int(AstInt::Small(i)) => (Real::Int(BigInt::from(*i)), 0.0),
            AstConstant::Int(AstInt::Big(i)) => (Real::Int((**i).clone()), 0.0),
            AstConstant::Float(f) => (Real::Float(*f), 0.0),
            AstConstant::Complex { real, imag } => (Real::Float(*real), *imag),
            _ => return None,
        };
        Some(Number { real, imag })
    }
}

impl Real {
    /// Exact equality, as Python compares an `int` with a `float`.
    fn equals(&self, other: &Real) -> bool {
        match (self, other) {
            (Real::Int(a), Real::Int(b)) => a == b,
            (Real::Float(a), Real::Float(b)) => a == b,
            (Real::Int(i), Real::Float(f)) | (Real::Float(f), Real::Int(i)) => {
                f.fract() == 0.0 && BigInt::from_f64(*f).as_ref() == Some(i)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_compare_as_python_values() {
        let int = |i| AstConstant::Int(AstInt::Small(i));
        assert!(python_equal(&int(1), &AstConstant::Float(1.0)));
        assert!(python_equal(&int(1), &AstConstant::Bool(true)));
        assert!(python_equal(&int(0), &AstConstant::Float(-0.0)));
        assert!(python_equal(
            &AstConstant::Complex {
                real: 1.5,
                imag: 0.0
            },
            &AstConstant::Float(1.5)
        ));
        assert!(!python_equal(&int(1), &AstConstant::Float(1.5)));
        assert!(!python_equal(
            &AstConstant::Bytes(b"x".to_vec()),
            &AstConstant::Str("x".into())
        ));
        let big = BigInt::parse_bytes(b"12345678901234567890123", 10).unwrap();
        assert!(!python_equal(
            &AstConstant::Int(AstInt::Big(Box::new(big))),
            &AstConstant::Float(12345678901234567890123.0)
        ));
        assert!(!python_equal(
            &AstConstant::Float(f64::INFINITY),
            &AstConstant::Int(AstInt::Small(i64::MAX))
        ));
    }
}
