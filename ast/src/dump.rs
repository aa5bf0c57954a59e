//! Trees printed as CPython 3.11's `ast.dump` prints them.
//!
//! [`Dumper`] mirrors the `_format` helper inside `ast.dump` (Lib/ast.py)
//! step for step: every node is `Name(field=value, …)` with CPython's
//! fields in CPython's order, an optional field that is `None` is left out,
//! an empty list is `[]`, and with an indent a node stays on one line only
//! when all its values are "simple" (scalars, empty lists, nodes without
//! fields) and there are at most three of them.

use pyvm_source::{python_str_repr, SourceFile, Span};

use crate::{
    Alias, Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant, Conversion, ExceptHandler, Expr,
    ExprContext, Identifier, Keyword, MatchCase, Mod, Operator, Pattern, Stmt, TypeIgnore, UnaryOp,
    WithItem,
};

/// The options of `ast.dump` that pyvm supports (`annotate_fields` is
/// always true).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DumpOptions {
    /// `indent=`: `None` prints everything on one line; `Some(n)` breaks
    /// lines and indents each level by `n` spaces (`Some(0)` breaks lines
    /// without indenting, as in CPython).
    pub indent: Option<usize>,
    /// `include_attributes=`: also print `lineno`, `col_offset`,
    /// `end_lineno` and `end_col_offset` (1-based lines, 0-based UTF-8 byte
    /// columns) of the nodes that have them.
    pub include_attributes: bool,
}

/// `ast.dump(tree, indent=…, include_attributes=…)` of a whole tree.
///
/// `file` is the source the spans point into; it is only read when
/// `include_attributes` is set.
pub fn dump(node: &Mod, file: &SourceFile, options: &DumpOptions) -> String {
    Dumper::new(file, options).dump(node)
}

/// `ast.dump` of one statement.
pub fn dump_stmt(node: &Stmt, file: &SourceFile, options: &DumpOptions) -> String {
    Dumper::new(file, options).dump(node)
}

/// `ast.dump` of one expression.
pub fn dump_expr(node: &Expr, file: &SourceFile, options: &DumpOptions) -> String {
    Dumper::new(file, options).dump(node)
}

/// `ast.dump` of one pattern.
pub fn dump_pattern(node: &Pattern, file: &SourceFile, options: &DumpOptions) -> String {
    Dumper::new(file, options).dump(node)
}

/// A formatted value and whether it is "simple" in `_format`'s sense.
type Formatted = (String, bool);

/// The state of one `ast.dump` call.
struct Dumper<'a> {
    file: &'a SourceFile,
    /// The indent string, as `ast.dump` turns an int indent into spaces.
    indent: Option<String>,
    include_attributes: bool,
}

impl<'a> Dumper<'a> {
    fn new(file: &'a SourceFile, options: &DumpOptions) -> Dumper<'a> {
        Dumper {
            file,
            indent: options.indent.map(|n| " ".repeat(n)),
            include_attributes: options.include_attributes,
        }
    }

    fn dump(&self, node: &(impl Dump + ?Sized)) -> String {
        node.dump(self, 0).0
    }

    /// `_format`'s `prefix` and `sep` at `level` (already incremented).
    fn prefix_and_sep(&self, level: usize) -> (String, String) {
        match &self.indent {
            Some(indent) => {
                let pad = indent.repeat(level);
                (format!("\n{pad}"), format!(",\n{pad}"))
            }
            None => (String::new(), ", ".to_owned()),
        }
    }

    /// Starts formatting a node of class `name` that was reached at
    /// `level` (`_format` increments the level on entry).
    fn node(&self, name: &'static str, level: usize) -> NodeFormatter<'_, 'a> {
        NodeFormatter {
            dumper: self,
            name,
            level: level + 1,
            args: Vec::new(),
            all_simple: true,
        }
    }

    /// `_format` of a list: `[]` (simple) or its items, never simple.
    fn list<T: Dump>(&self, items: &[T], level: usize) -> Formatted {
        if items.is_empty() {
            return ("[]".to_owned(), true);
        }
        let level = level + 1;
        let (prefix, sep) = self.prefix_and_sep(level);
        let items: Vec<String> = items.iter().map(|item| item.dump(self, level).0).collect();
        (format!("[{prefix}{}]", items.join(&sep)), false)
    }
}

/// Collects the `name=value` arguments of one node.
struct NodeFormatter<'d, 'a> {
    dumper: &'d Dumper<'a>,
    name: &'static str,
    level: usize,
    args: Vec<String>,
    all_simple: bool,
}

impl NodeFormatter<'_, '_> {
    /// A field that is always printed.
    fn field(mut self, name: &str, value: &(impl Dump + ?Sized)) -> Self {
        let (text, simple) = value.dump(self.dumper, self.level);
        self.all_simple &= simple;
        self.args.push(format!("{name}={text}"));
        self
    }

    /// An optional (`?`) field: left out when `None`, as `ast.dump` leaves
    /// out a `None` whose class default is `None`.
    fn optional<T: Dump + ?Sized>(self, name: &str, value: Option<&T>) -> Self {
        match value {
            Some(value) => self.field(name, value),
            None => self,
        }
    }

    /// Closes the node; `span` is its position, for `include_attributes`.
    fn finish(mut self, span: Option<Span>) -> Formatted {
        if let (true, Some(span)) = (self.dumper.include_attributes, span) {
            let start = self.dumper.file.line_col(span.start);
            let end = self.dumper.file.line_col(span.end);
            self.args.push(format!("lineno={}", start.line));
            self.args.push(format!("col_offset={}", start.column));
            self.args.push(format!("end_lineno={}", end.line));
            self.args.push(format!("end_col_offset={}", end.column));
        }
        if self.all_simple && self.args.len() <= 3 {
            let simple = self.args.is_empty();
            return (format!("{}({})", self.name, self.args.join(", ")), simple);
        }
        let (prefix, sep) = self.dumper.prefix_and_sep(self.level);
        (
            format!("{}({prefix}{})", self.name, self.args.join(&sep)),
            false,
        )
    }
}

/// Something `ast.dump` can format: a node, a list, or a scalar.
trait Dump {
    /// `_format(self, level)`.
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted;
}

impl<T: Dump + ?Sized> Dump for Box<T> {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        (**self).dump(d, level)
    }
}

impl<T: Dump> Dump for Vec<T> {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        d.list(self, level)
    }
}

/// A `None` inside a list (`Dict.keys`, `arguments.kw_defaults`).
impl<T: Dump> Dump for Option<T> {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        match self {
            Some(value) => value.dump(d, level),
            None => ("None".to_owned(), true),
        }
    }
}

/// Identifiers and strings: `repr(str)`.
impl Dump for str {
    fn dump(&self, _: &Dumper<'_>, _: usize) -> Formatted {
        (python_str_repr(self), true)
    }
}

impl Dump for Identifier {
    fn dump(&self, dumper: &Dumper<'_>, depth: usize) -> Formatted {
        self.as_str().dump(dumper, depth)
    }
}

/// The `int` fields `is_async` and `simple`: `0` or `1`.
impl Dump for bool {
    fn dump(&self, _: &Dumper<'_>, _: usize) -> Formatted {
        (u8::from(*self).to_string(), true)
    }
}

impl Dump for u32 {
    fn dump(&self, _: &Dumper<'_>, _: usize) -> Formatted {
        (self.to_string(), true)
    }
}

impl Dump for Conversion {
    fn dump(&self, _: &Dumper<'_>, _: usize) -> Formatted {
        (self.as_int().to_string(), true)
    }
}

impl Dump for Constant {
    fn dump(&self, _: &Dumper<'_>, _: usize) -> Formatted {
        (self.repr(), true)
    }
}

/// The field-less kinds print as `Load()`, `Add()`…: nodes without
/// arguments, which count as simple.
macro_rules! dump_as_empty_node {
    ($($kind:ty),*) => {
        $(impl Dump for $kind {
            fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
                d.node(self.name(), level).finish(None)
            }
        })*
    };
}

dump_as_empty_node!(ExprContext, BoolOp, Operator, UnaryOp, CmpOp);

impl Dump for Mod {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        match self {
            Mod::Module(m) => d
                .node("Module", level)
                .field("body", &m.body)
                .field("type_ignores", &m.type_ignores)
                .finish(None),
            Mod::Interactive(m) => d
                .node("Interactive", level)
                .field("body", &m.body)
                .finish(None),
            Mod::Expression(m) => d
                .node("Expression", level)
                .field("body", &m.body)
                .finish(None),
            Mod::FunctionType(m) => d
                .node("FunctionType", level)
                .field("argtypes", &m.argtypes)
                .field("returns", &m.returns)
                .finish(None),
        }
    }
}

impl Dump for TypeIgnore {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        d.node("TypeIgnore", level)
            .field("lineno", &self.lineno)
            .field("tag", &*self.tag)
            .finish(None)
    }
}

impl Dump for Stmt {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        let n = |name| d.node(name, level);
        match self {
            Stmt::FunctionDef(s) => n("FunctionDef")
                .field("name", &s.name)
                .field("args", &s.args)
                .field("body", &s.body)
                .field("decorator_list", &s.decorator_list)
                .optional("returns", s.returns.as_ref())
                .optional("type_comment", s.type_comment.as_ref())
                .finish(Some(s.span)),
            Stmt::AsyncFunctionDef(s) => n("AsyncFunctionDef")
                .field("name", &s.name)
                .field("args", &s.args)
                .field("body", &s.body)
                .field("decorator_list", &s.decorator_list)
                .optional("returns", s.returns.as_ref())
                .optional("type_comment", s.type_comment.as_ref())
                .finish(Some(s.span)),
            Stmt::ClassDef(s) => n("ClassDef")
                .field("name", &s.name)
                .field("bases", &s.bases)
                .field("keywords", &s.keywords)
                .field("body", &s.body)
                .field("decorator_list", &s.decorator_list)
                .finish(Some(s.span)),
            Stmt::Return(s) => n("Return")
                .optional("value", s.value.as_ref())
                .finish(Some(s.span)),
            Stmt::Delete(s) => n("Delete")
                .field("targets", &s.targets)
                .finish(Some(s.span)),
            Stmt::Assign(s) => n("Assign")
                .field("targets", &s.targets)
                .field("value", &s.value)
                .optional("type_comment", s.type_comment.as_ref())
                .finish(Some(s.span)),
            Stmt::AugAssign(s) => n("AugAssign")
                .field("target", &s.target)
                .field("op", &s.op)
                .field("value", &s.value)
                .finish(Some(s.span)),
            Stmt::AnnAssign(s) => n("AnnAssign")
                .field("target", &s.target)
                .field("annotation", &s.annotation)
                .optional("value", s.value.as_ref())
                .field("simple", &s.simple)
                .finish(Some(s.span)),
            Stmt::For(s) => n("For")
                .field("target", &s.target)
                .field("iter", &s.iter)
                .field("body", &s.body)
                .field("orelse", &s.orelse)
                .optional("type_comment", s.type_comment.as_ref())
                .finish(Some(s.span)),
            Stmt::AsyncFor(s) => n("AsyncFor")
                .field("target", &s.target)
                .field("iter", &s.iter)
                .field("body", &s.body)
                .field("orelse", &s.orelse)
                .optional("type_comment", s.type_comment.as_ref())
                .finish(Some(s.span)),
            Stmt::While(s) => n("While")
                .field("test", &s.test)
                .field("body", &s.body)
                .field("orelse", &s.orelse)
                .finish(Some(s.span)),
            Stmt::If(s) => n("If")
                .field("test", &s.test)
                .field("body", &s.body)
                .field("orelse", &s.orelse)
                .finish(Some(s.span)),
            Stmt::With(s) => n("With")
                .field("items", &s.items)
                .field("body", &s.body)
                .optional("type_comment", s.type_comment.as_ref())
                .finish(Some(s.span)),
            Stmt::AsyncWith(s) => n("AsyncWith")
                .field("items", &s.items)
                .field("body", &s.body)
                .optional("type_comment", s.type_comment.as_ref())
                .finish(Some(s.span)),
            Stmt::Match(s) => n("Match")
                .field("subject", &s.subject)
                .field("cases", &s.cases)
                .finish(Some(s.span)),
            Stmt::Raise(s) => n("Raise")
                .optional("exc", s.exc.as_ref())
                .optional("cause", s.cause.as_ref())
                .finish(Some(s.span)),
            Stmt::Try(s) => n("Try")
                .field("body", &s.body)
                .field("handlers", &s.handlers)
                .field("orelse", &s.orelse)
                .field("finalbody", &s.finalbody)
                .finish(Some(s.span)),
            Stmt::TryStar(s) => n("TryStar")
                .field("body", &s.body)
                .field("handlers", &s.handlers)
                .field("orelse", &s.orelse)
                .field("finalbody", &s.finalbody)
                .finish(Some(s.span)),
            Stmt::Assert(s) => n("Assert")
                .field("test", &s.test)
                .optional("msg", s.msg.as_ref())
                .finish(Some(s.span)),
            Stmt::Import(s) => n("Import").field("names", &s.names).finish(Some(s.span)),
            Stmt::ImportFrom(s) => n("ImportFrom")
                .optional("module", s.module.as_ref())
                .field("names", &s.names)
                .field("level", &s.level)
                .finish(Some(s.span)),
            Stmt::Global(s) => n("Global").field("names", &s.names).finish(Some(s.span)),
            Stmt::Nonlocal(s) => n("Nonlocal").field("names", &s.names).finish(Some(s.span)),
            Stmt::Expr(s) => n("Expr").field("value", &s.value).finish(Some(s.span)),
            Stmt::Pass(s) => n("Pass").finish(Some(s.span)),
            Stmt::Break(s) => n("Break").finish(Some(s.span)),
            Stmt::Continue(s) => n("Continue").finish(Some(s.span)),
        }
    }
}

impl Dump for Expr {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        let n = |name| d.node(name, level);
        match self {
            Expr::BoolOp(e) => n("BoolOp")
                .field("op", &e.op)
                .field("values", &e.values)
                .finish(Some(e.span)),
            Expr::NamedExpr(e) => n("NamedExpr")
                .field("target", &e.target)
                .field("value", &e.value)
                .finish(Some(e.span)),
            Expr::BinOp(e) => n("BinOp")
                .field("left", &e.left)
                .field("op", &e.op)
                .field("right", &e.right)
                .finish(Some(e.span)),
            Expr::UnaryOp(e) => n("UnaryOp")
                .field("op", &e.op)
                .field("operand", &e.operand)
                .finish(Some(e.span)),
            Expr::Lambda(e) => n("Lambda")
                .field("args", &e.args)
                .field("body", &e.body)
                .finish(Some(e.span)),
            Expr::IfExp(e) => n("IfExp")
                .field("test", &e.test)
                .field("body", &e.body)
                .field("orelse", &e.orelse)
                .finish(Some(e.span)),
            Expr::Dict(e) => n("Dict")
                .field("keys", &e.keys)
                .field("values", &e.values)
                .finish(Some(e.span)),
            Expr::Set(e) => n("Set").field("elts", &e.elts).finish(Some(e.span)),
            Expr::ListComp(e) => n("ListComp")
                .field("elt", &e.elt)
                .field("generators", &e.generators)
                .finish(Some(e.span)),
            Expr::SetComp(e) => n("SetComp")
                .field("elt", &e.elt)
                .field("generators", &e.generators)
                .finish(Some(e.span)),
            Expr::DictComp(e) => n("DictComp")
                .field("key", &e.key)
                .field("value", &e.value)
                .field("generators", &e.generators)
                .finish(Some(e.span)),
            Expr::GeneratorExp(e) => n("GeneratorExp")
                .field("elt", &e.elt)
                .field("generators", &e.generators)
                .finish(Some(e.span)),
            Expr::Await(e) => n("Await").field("value", &e.value).finish(Some(e.span)),
            Expr::Yield(e) => n("Yield")
                .optional("value", e.value.as_ref())
                .finish(Some(e.span)),
            Expr::YieldFrom(e) => n("YieldFrom").field("value", &e.value).finish(Some(e.span)),
            Expr::Compare(e) => n("Compare")
                .field("left", &e.left)
                .field("ops", &e.ops)
                .field("comparators", &e.comparators)
                .finish(Some(e.span)),
            Expr::Call(e) => n("Call")
                .field("func", &e.func)
                .field("args", &e.args)
                .field("keywords", &e.keywords)
                .finish(Some(e.span)),
            Expr::FormattedValue(e) => n("FormattedValue")
                .field("value", &e.value)
                .field("conversion", &e.conversion)
                .optional("format_spec", e.format_spec.as_ref())
                .finish(Some(e.span)),
            Expr::JoinedStr(e) => n("JoinedStr")
                .field("values", &e.values)
                .finish(Some(e.span)),
            Expr::Constant(e) => n("Constant")
                .field("value", &e.value)
                .optional("kind", e.kind.as_ref())
                .finish(Some(e.span)),
            Expr::Attribute(e) => n("Attribute")
                .field("value", &e.value)
                .field("attr", &e.attr)
                .field("ctx", &e.ctx)
                .finish(Some(e.span)),
            Expr::Subscript(e) => n("Subscript")
                .field("value", &e.value)
                .field("slice", &e.slice)
                .field("ctx", &e.ctx)
                .finish(Some(e.span)),
            Expr::Starred(e) => n("Starred")
                .field("value", &e.value)
                .field("ctx", &e.ctx)
                .finish(Some(e.span)),
            Expr::Name(e) => n("Name")
                .field("id", &e.id)
                .field("ctx", &e.ctx)
                .finish(Some(e.span)),
            Expr::List(e) => n("List")
                .field("elts", &e.elts)
                .field("ctx", &e.ctx)
                .finish(Some(e.span)),
            Expr::Tuple(e) => n("Tuple")
                .field("elts", &e.elts)
                .field("ctx", &e.ctx)
                .finish(Some(e.span)),
            Expr::Slice(e) => n("Slice")
                .optional("lower", e.lower.as_ref())
                .optional("upper", e.upper.as_ref())
                .optional("step", e.step.as_ref())
                .finish(Some(e.span)),
        }
    }
}

impl Dump for Pattern {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        let n = |name| d.node(name, level);
        match self {
            Pattern::MatchValue(p) => n("MatchValue")
                .field("value", &p.value)
                .finish(Some(p.span)),
            Pattern::MatchSingleton(p) => n("MatchSingleton")
                .field("value", &p.value)
                .finish(Some(p.span)),
            Pattern::MatchSequence(p) => n("MatchSequence")
                .field("patterns", &p.patterns)
                .finish(Some(p.span)),
            Pattern::MatchMapping(p) => n("MatchMapping")
                .field("keys", &p.keys)
                .field("patterns", &p.patterns)
                .optional("rest", p.rest.as_ref())
                .finish(Some(p.span)),
            Pattern::MatchClass(p) => n("MatchClass")
                .field("cls", &p.cls)
                .field("patterns", &p.patterns)
                .field("kwd_attrs", &p.kwd_attrs)
                .field("kwd_patterns", &p.kwd_patterns)
                .finish(Some(p.span)),
            Pattern::MatchStar(p) => n("MatchStar")
                .optional("name", p.name.as_ref())
                .finish(Some(p.span)),
            Pattern::MatchAs(p) => n("MatchAs")
                .optional("pattern", p.pattern.as_ref())
                .optional("name", p.name.as_ref())
                .finish(Some(p.span)),
            Pattern::MatchOr(p) => n("MatchOr")
                .field("patterns", &p.patterns)
                .finish(Some(p.span)),
        }
    }
}

impl Dump for ExceptHandler {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        match self {
            ExceptHandler::ExceptHandler(h) => d
                .node("ExceptHandler", level)
                .optional("type", h.type_.as_ref())
                .optional("name", h.name.as_ref())
                .field("body", &h.body)
                .finish(Some(h.span)),
        }
    }
}

impl Dump for Comprehension {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        d.node("comprehension", level)
            .field("target", &self.target)
            .field("iter", &self.iter)
            .field("ifs", &self.ifs)
            .field("is_async", &self.is_async)
            .finish(None)
    }
}

impl Dump for Arguments {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        d.node("arguments", level)
            .field("posonlyargs", &self.posonlyargs)
            .field("args", &self.args)
            .optional("vararg", self.vararg.as_ref())
            .field("kwonlyargs", &self.kwonlyargs)
            .field("kw_defaults", &self.kw_defaults)
            .optional("kwarg", self.kwarg.as_ref())
            .field("defaults", &self.defaults)
            .finish(None)
    }
}

impl Dump for Arg {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        d.node("arg", level)
            .field("arg", &self.arg)
            .optional("annotation", self.annotation.as_ref())
            .optional("type_comment", self.type_comment.as_ref())
            .finish(Some(self.span))
    }
}

impl Dump for Keyword {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        d.node("keyword", level)
            .optional("arg", self.arg.as_ref())
            .field("value", &self.value)
            .finish(Some(self.span))
    }
}

impl Dump for Alias {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        d.node("alias", level)
            .field("name", &self.name)
            .optional("asname", self.asname.as_ref())
            .finish(Some(self.span))
    }
}

impl Dump for WithItem {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        d.node("withitem", level)
            .field("context_expr", &self.context_expr)
            .optional("optional_vars", self.optional_vars.as_ref())
            .finish(None)
    }
}

impl Dump for MatchCase {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> Formatted {
        d.node("match_case", level)
            .field("pattern", &self.pattern)
            .optional("guard", self.guard.as_ref())
            .field("body", &self.body)
            .finish(None)
    }
}
