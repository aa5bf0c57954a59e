//! Constant folding against CPython 3.11: each expression of
//! `fold_cases/cases.rs` (recorded by `scripts/record_folded_constants.py`)
//! is parsed as `x = (expression)`, folded, and its value compared with
//! what CPython's optimiser made of it: the constant it folded to (type
//! and repr), or else the constants the compiled statement loads (which
//! show what was folded inside) and the f-string conversions a
//! `%`-format became.

use pyvm_ast::{walk_expr, Constant, Conversion, Expr, Mod, Stmt, Visitor};
use pyvm_compiler::fold::fold_module;

#[rustfmt::skip]
#[path = "fold_cases/cases.rs"]
mod cases;

/// What CPython's optimiser did with an expression.
enum Outcome {
    /// Folded to a constant of this type with this repr (frozenset
    /// members sorted).
    Folded(&'static str, &'static str),
    /// Not folded to one constant.
    NotFolded {
        /// `co_consts` of `x = (expression)` as `type: repr`, when
        /// comparable with the folded tree's constants.
        consts: Option<&'static [&'static str]>,
        /// The FORMAT_VALUE conversions in code order (`str`, `repr,
        /// with format`…).
        formats: &'static [&'static str],
    },
}

/// Python's `type(value).__name__`.
fn type_name(value: &Constant) -> &'static str {
    match value {
        Constant::None => "NoneType",
        Constant::Bool(_) => "bool",
        Constant::Str(_) | Constant::StrWithSurrogates(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Int(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex { .. } => "complex",
        Constant::Ellipsis => "ellipsis",
        Constant::Tuple(_) => "tuple",
        Constant::FrozenSet(_) => "frozenset",
    }
}

/// `repr`, with frozenset members sorted, as the recording script's
/// `canon`.
fn canon(value: &Constant) -> String {
    match value {
        Constant::Tuple(items) => {
            let items: Vec<String> = items.iter().map(canon).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(items) if items.is_empty() => "frozenset()".to_owned(),
        Constant::FrozenSet(items) => {
            let mut items: Vec<String> = items.iter().map(canon).collect();
            items.sort();
            format!("frozenset({{{}}})", items.join(", "))
        }
        scalar => scalar.repr(),
    }
}

fn typed(value: &Constant) -> String {
    format!("{}: {}", type_name(value), canon(value))
}

/// The constants the compiled expression loads, in code order, as
/// CPython's code object lists them (one entry per distinct type and
/// value; NaNs are distinct objects), and its FORMAT_VALUE conversions.
#[derive(Default)]
struct Loads {
    consts: Vec<String>,
    formats: Vec<String>,
}

impl Loads {
    fn push(&mut self, value: &Constant) {
        let entry = typed(value);
        if entry.contains("nan") || !self.consts.contains(&entry) {
            self.consts.push(entry);
        }
    }
}

impl<'a> Visitor<'a> for Loads {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Constant(c) => self.push(&c.value),
            // A missing bound is a loaded None; a missing step is omitted.
            Expr::Slice(slice) => {
                for bound in [&slice.lower, &slice.upper] {
                    match bound {
                        Some(bound) => self.visit_expr(bound),
                        None => self.push(&Constant::None),
                    }
                }
                if let Some(step) = &slice.step {
                    self.visit_expr(step);
                }
            }
            // The value and spec are formatted first, then this field.
            Expr::FormattedValue(field) => {
                walk_expr(self, expr);
                let conversion = match field.conversion {
                    Conversion::None => "",
                    Conversion::Str => "str",
                    Conversion::Repr => "repr",
                    Conversion::Ascii => "ascii",
                };
                let with_format = if field.format_spec.is_some() {
                    ", with format"
                } else {
                    ""
                };
                self.formats.push(format!("{conversion}{with_format}"));
            }
            _ => walk_expr(self, expr),
        }
    }
}

/// The folded value of `x = (expression)`.
fn fold(expression: &str) -> Expr {
    let source = format!("x = ({expression})\n");
    let module = pyvm_parser::parse_module(&source)
        .unwrap_or_else(|e| panic!("{expression}: does not parse: {e}"));
    let mut module = Mod::Module(module);
    fold_module(&mut module, 0).unwrap();
    let Mod::Module(module) = module else {
        unreachable!()
    };
    let Some(Stmt::Assign(assign)) = module.body.into_iter().next() else {
        panic!("{expression}: not an assignment");
    };
    *assign.value
}

/// How the folded expression differs from CPython's, if it does.
fn check(expression: &str, outcome: &Outcome) -> Option<String> {
    let value = fold(expression);
    match (outcome, &value) {
        (Outcome::Folded(type_, repr), Expr::Constant(c)) => {
            let got = (type_name(&c.value), canon(&c.value));
            (got != (*type_, repr.to_string()))
                .then(|| format!("folded to {}: {}, CPython {type_}: {repr}", got.0, got.1))
        }
        (Outcome::Folded(type_, repr), _) => Some(format!(
            "not folded ({}), CPython folds to {type_}: {repr}",
            value.kind_name()
        )),
        (Outcome::NotFolded { .. }, Expr::Constant(c)) => Some(format!(
            "folded to {}, CPython does not fold",
            typed(&c.value)
        )),
        (Outcome::NotFolded { consts, formats }, _) => {
            let mut loads = Loads::default();
            loads.visit_expr(&value);
            if !loads.consts.iter().any(|c| c == "NoneType: None") {
                // The module's final `return None`.
                loads.consts.push("NoneType: None".to_owned());
            }
            let mut problems = Vec::new();
            if let Some(consts) = consts {
                if loads.consts != *consts {
                    problems.push(format!("constants {:?}, CPython {consts:?}", loads.consts));
                }
            }
            if loads.formats != *formats {
                problems.push(format!("formats {:?}, CPython {formats:?}", loads.formats));
            }
            (!problems.is_empty()).then(|| problems.join("; "))
        }
    }
}

#[test]
fn folds_as_cpython() {
    let failures: Vec<String> = cases::CASES
        .iter()
        .filter_map(|(expression, outcome)| {
            check(expression, outcome).map(|problem| format!("{expression}: {problem}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from CPython:\n{}",
        failures.len(),
        cases::CASES.len(),
        failures.join("\n")
    );
}
