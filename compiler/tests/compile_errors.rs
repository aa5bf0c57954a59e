//! Compile-time errors: message, exception class and position as CPython
//! 3.11 reports them. The programs and their errors were recorded from
//! CPython's `compile()` by `scripts/record_compile_errors.py` into
//! `compile_errors/cases.rs`, each with the stage that raises it.
//!
//! Every case is compiled by the whole compiler and its error asserted
//! exactly; a case recorded as raised by codegen must also get through the
//! symbol table, so the stages stay where CPython has them.

use pyvm_ast::Mod;
use pyvm_compiler::error::{CompileErrorKind, ComprehensionKind, Stage};
use pyvm_source::SourceFile;

/// One recorded error.
pub(crate) struct Case {
    source: &'static str,
    class: &'static str,
    message: &'static str,
    lineno: u32,
    offset: u32,
    end_lineno: u32,
    end_offset: Option<u32>,
    /// `"symtable"` or `"codegen"`.
    stage: &'static str,
}

#[rustfmt::skip]
#[path = "compile_errors/cases.rs"]
mod cases;

use cases::CASES;

/// What pyvm's symbol table reports for `source`: class, message, lineno,
/// offset, end_lineno, end_offset; `Ok(None)` when it builds.
type Reported = (&'static str, String, u32, u32, u32, Option<u32>);

fn symtable_error(source: &str) -> Result<Option<Reported>, String> {
    let file = SourceFile::new("<case>", source);
    let module = pyvm_parser::parse_module(file.text())
        .map_err(|e| format!("pyvm's parser rejects it: {e}"))?;
    let Err(error) = pyvm_compiler::symtable::build(&Mod::Module(module), &file) else {
        return Ok(None);
    };
    let at = error.location(&file);
    Ok(Some((
        error.kind.exception_class().name(),
        error.kind.to_string(),
        at.lineno,
        at.offset,
        at.end_lineno,
        at.end_offset,
    )))
}

#[test]
fn the_table_is_large_enough() {
    let symtable = CASES.iter().filter(|c| c.stage == "symtable").count();
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    assert!(symtable >= 40, "{symtable} symtable cases");
}

/// What the whole compiler reports for `source`; `Ok(None)` when it
/// compiles.
fn compile_error(source: &str) -> Result<Option<Reported>, String> {
    let file = SourceFile::new("<case>", source);
    let mut module = Mod::Module(
        pyvm_parser::parse_module(file.text())
            .map_err(|e| format!("pyvm's parser rejects it: {e}"))?,
    );
    let options = pyvm_compiler::CompileOptions::default();
    let Err(error) = pyvm_compiler::compile(&mut module, &file, &options) else {
        return Ok(None);
    };
    let at = error.location(&file);
    Ok(Some((
        error.kind.exception_class().name(),
        error.kind.to_string(),
        at.lineno,
        at.offset,
        at.end_lineno,
        at.end_offset,
    )))
}

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for case in CASES {
        let expected = (
            case.class,
            case.message.to_string(),
            case.lineno,
            case.offset,
            case.end_lineno,
            case.end_offset,
        );
        match compile_error(case.source) {
            Ok(Some(actual)) if actual == expected => {}
            Ok(actual) => failures.push(format!(
                "{:?}\n   CPython: {expected:?}\n   pyvm:    {actual:?}",
                case.source
            )),
            Err(e) => failures.push(format!("{:?}\n   {e}", case.source)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn codegen_errors_pass_the_symbol_table() {
    let mut failures = Vec::new();
    for case in CASES.iter().filter(|c| c.stage == "codegen") {
        match symtable_error(case.source) {
            Ok(None) => {}
            Ok(Some(reported)) => failures.push(format!("{:?}: {reported:?}", case.source)),
            Err(e) => failures.push(format!("{:?}: {e}", case.source)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} codegen cases fail earlier:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The codegen kinds, with the names the recorded cases use.
fn codegen_kinds() -> Vec<CompileErrorKind> {
    use CompileErrorKind as K;
    let name = |s: &str| -> Box<str> { s.into() };
    vec![
        K::ReturnOutsideFunction,
        K::ReturnWithValueInAsyncGenerator,
        K::BreakOutsideLoop,
        K::ContinueNotInLoop,
        K::YieldOutsideFunction,
        K::YieldFromInAsyncFunction,
        K::AwaitOutsideFunction,
        K::AwaitOutsideAsyncFunction,
        K::AsyncWithOutsideAsyncFunction,
        K::AsyncForOutsideAsyncFunction,
        K::AsyncComprehensionOutsideAsyncFunction,
        K::DefaultExceptNotLast,
        K::TooManyNestedBlocks,
        K::ControlFlowInExceptStar,
        K::StarredAssignmentTarget,
        K::StarredExpressionHere,
        K::MultipleStarredExpressions,
        K::TooManyStarUnpackingExpressions,
        K::TooManyStarUnpackingInPattern,
        K::KeywordArgumentRepeated { name: name("a") },
        K::AssignToDebug,
        K::DeleteDebug,
        K::LateFutureImport,
        K::MultipleAssignmentsInPattern { name: name("a") },
        K::NameCaptureMakesRemainingUnreachable { name: name("a") },
        K::WildcardMakesRemainingUnreachable,
        K::AlternativePatternsBindDifferentNames,
        K::AttributeRepeatedInClassPattern { name: name("a") },
        K::MappingPatternDuplicateKey { key: name("1") },
        K::MappingPatternDuplicateKey { key: name("'a'") },
        K::MultipleStarredNamesInSequencePattern,
    ]
}

#[test]
fn codegen_kinds_are_raised_by_codegen() {
    for kind in codegen_kinds() {
        assert_eq!(kind.stage(), Stage::Codegen, "{kind:?}");
    }
}

#[test]
fn kinds_know_their_class_and_stage() {
    use CompileErrorKind as K;
    assert_eq!(K::RecursionLimit.exception_class().name(), "RecursionError");
    assert_eq!(
        K::FunctionTypeNotCompiled.exception_class().name(),
        "RuntimeError"
    );
    assert_eq!(
        K::AssertionAlwaysTrue.exception_class().name(),
        "SyntaxWarning"
    );
    assert_eq!(K::NotAChance.stage(), Stage::Future);
    assert_eq!(K::NonlocalAtModuleLevel.stage(), Stage::Symtable);
    assert_eq!(
        K::YieldInComprehension {
            comprehension: ComprehensionKind::Generator
        }
        .message(),
        "'yield' inside generator expression"
    );
    assert_eq!(
        K::IsWithLiteral { negated: true }.message(),
        "\"is not\" with a literal. Did you mean \"!=\"?"
    );
    assert_eq!(
        K::InvalidIndexType {
            type_name: "tuple",
            index_type: "str"
        }
        .message(),
        "tuple indices must be integers or slices, not str; perhaps you missed a comma?"
    );
}

#[test]
fn errors_convert_to_diagnostics() {
    let file = SourceFile::new("<case>", "def f(a, a):\n    pass\n");
    let module = Mod::Module(pyvm_parser::parse_module(file.text()).unwrap());
    let error = pyvm_compiler::symtable::build(&module, &file).unwrap_err();
    let diagnostic = error.to_diagnostic();
    assert_eq!(
        diagnostic.render_short(&file),
        "<case>:1:10: error: duplicate argument 'a' in function definition"
    );
}

#[test]
fn hand_built_trees_are_errors_not_panics() {
    // A comprehension without a `for`: no parser makes one (CPython's AST
    // validation raises ValueError).
    let file = SourceFile::new("<case>", "x = [a for a in b]\n");
    let mut module = Mod::Module(pyvm_parser::parse_module(file.text()).unwrap());
    let Mod::Module(m) = &mut module else {
        unreachable!("parse_module gives a module")
    };
    let pyvm_ast::Stmt::Assign(assign) = &mut m.body[0] else {
        unreachable!("an assignment")
    };
    let pyvm_ast::Expr::ListComp(comp) = &mut *assign.value else {
        unreachable!("a list comprehension")
    };
    comp.generators.clear();
    let error = pyvm_compiler::compile(&mut module, &file, &Default::default()).unwrap_err();
    assert_eq!(error.to_string(), "comprehension with no generators");
    assert_eq!(error.kind.exception_class().name(), "ValueError");
}
