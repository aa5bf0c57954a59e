//! Parameter lists of `def` and `lambda`: CPython's `arguments` and `arg`.

use pyvm_source::Span;
use serde::{Deserialize, Serialize};

use crate::json::span_serde;
use crate::{Expr, Identifier};

/// `arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs,
/// expr* kw_defaults, arg? kwarg, expr* defaults)`: the parameters of a
/// function or lambda. Has no position in CPython.
///
/// In `def f(a, /, b=1, *c, d, e=2, **f)`: `posonlyargs` is `[a]`, `args`
/// `[b]`, `vararg` `c`, `kwonlyargs` `[d, e]`, `kw_defaults` `[None, 2]`,
/// `kwarg` `f`, `defaults` `[1]`.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(tag = "_type", rename = "arguments")]
pub struct Arguments {
    /// Parameters before `/`.
    pub posonlyargs: Vec<Arg>,
    /// Positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*vararg`.
    pub vararg: Option<Box<Arg>>,
    /// Parameters after `*` or `*vararg`.
    pub kwonlyargs: Vec<Arg>,
    /// One entry per `kwonlyargs` parameter: its default, or `None`
    /// (CPython puts `None` in the list).
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwarg`.
    pub kwarg: Option<Box<Arg>>,
    /// Defaults of the last positional parameters (`posonlyargs` then
    /// `args`), aligned to the right.
    pub defaults: Vec<Expr>,
}

/// `arg(identifier arg, expr? annotation, string? type_comment)`: one
/// parameter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type", rename = "arg")]
pub struct Arg {
    /// Source range: the name and its annotation.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The parameter name.
    pub arg: Identifier,
    /// `: annotation`.
    pub annotation: Option<Box<Expr>>,
    /// A `# type:` comment (only with `type_comments=True`).
    pub type_comment: Option<Box<str>>,
}
