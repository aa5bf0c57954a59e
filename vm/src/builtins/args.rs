//! Checking the arguments of native functions, with CPython's messages.

use std::fmt;

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Rejects keyword arguments: `len() takes no keyword arguments`.
    pub(crate) fn no_keywords(&mut self, name: impl fmt::Display, args: &Args<'_>) -> PyResult<()> {
        if args.has_keywords() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Exactly one positional argument (CPython's `METH_O`):
    /// `len() takes exactly one argument (2 given)`.
    pub(crate) fn one_arg(&mut self, name: &str, args: &Args<'_>) -> PyResult<Value> {
        self.no_keywords(name, args)?;
        self.exactly_one(name, args.positional)
    }

    /// Between `min` and `max` positional arguments, as
    /// `_PyArg_CheckPositional` words it: `getattr expected at least 2
    /// arguments, got 1`.
    pub(crate) fn positional_range(
        &mut self,
        name: &str,
        args: &Args<'_>,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        self.no_keywords(name, args)?;
        self.check_positional(name, args.positional, min, max)
    }

    /// The receiver of a method of the built-in type `owner`, which
    /// `accepts` recognises, and the arguments after it; or CPython's
    /// error for a call on the wrong receiver or on none.
    pub(crate) fn method_receiver<'a>(
        &mut self,
        args: &Args<'a>,
        owner: &str,
        name: &str,
        accepts: impl FnOnce(Value) -> bool,
    ) -> PyResult<(Value, &'a [Value])> {
        match args.positional.split_first() {
            Some((&receiver, rest)) if accepts(receiver) => Ok((receiver, rest)),
            _ => Err(self.descriptor_mismatch(name, owner, args.positional.first().copied())),
        }
    }

    /// The receiver of a method of `owner` that takes no other
    /// argument, positional or keyword (CPython's `METH_NOARGS`).
    pub(crate) fn only_receiver(
        &mut self,
        args: &Args<'_>,
        owner: &str,
        name: &str,
        accepts: impl FnOnce(Value) -> bool,
    ) -> PyResult<Value> {
        // Formatted only for an error.
        self.no_keywords(format_args!("{owner}.{name}"), args)?;
        let (receiver, rest) = self.method_receiver(args, owner, name, accepts)?;
        self.no_args(format_args!("{owner}.{name}"), rest)?;
        Ok(receiver)
    }

    /// No arguments besides the receiver (CPython's `METH_NOARGS`):
    /// `str.upper() takes no arguments (1 given)`. `name` is as CPython
    /// shows it, with or without its type (`set.pop`, `getvalue`); it is
    /// formatted only for the error (`format_args!` costs nothing
    /// otherwise).
    pub(crate) fn no_args(&mut self, name: impl std::fmt::Display, rest: &[Value]) -> PyResult<()> {
        if rest.is_empty() {
            return Ok(());
        }
        Err(self.type_error(format!(
            "{name}() takes no arguments ({} given)",
            rest.len()
        )))
    }

    /// The one argument besides the receiver (CPython's `METH_O`):
    /// `set.add() takes exactly one argument (2 given)`.
    pub(crate) fn exactly_one(
        &mut self,
        name: impl fmt::Display,
        rest: &[Value],
    ) -> PyResult<Value> {
        match rest {
            [value] => Ok(*value),
            other => Err(self.type_error(format!(
                "{name}() takes exactly one argument ({} given)",
                other.len()
            ))),
        }
    }

    /// Between `min` and `max` arguments, as `_PyArg_CheckPositional`
    /// words it (Argument Clinic's positional-only functions): `get
    /// expected at least 1 argument, got 0`, `insert expected 2
    /// arguments, got 1`.
    #[inline]
    pub(crate) fn check_positional(
        &mut self,
        name: &str,
        given: &[Value],
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        if (min..=max).contains(&given.len()) {
            return Ok(());
        }
        self.positional_count_error(name, given, min, max)
    }

    /// The error of [`Vm::check_positional`], out of the callers' way.
    #[cold]
    #[inline(never)]
    fn positional_count_error(
        &mut self,
        name: &str,
        given: &[Value],
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let Some((qualifier, bound)) = broken_bound(given.len(), min, max) else {
            return Ok(());
        };
        let qualifier = if min == max {
            String::new()
        } else {
            format!("{qualifier} ")
        };
        Err(self.type_error(format!(
            "{name} expected {qualifier}{bound} argument{}, got {}",
            plural(bound),
            given.len()
        )))
    }

    /// Between `min` and `max` arguments, as `PyArg_ParseTuple` words it:
    /// `find() takes at least 1 argument (0 given)`, `encode() takes at
    /// most 2 arguments (3 given)`.
    pub(crate) fn check_arg_tuple(
        &mut self,
        name: &str,
        given: &[Value],
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let Some((qualifier, bound)) = broken_bound(given.len(), min, max) else {
            return Ok(());
        };
        let qualifier = if min == max { "exactly" } else { qualifier };
        Err(self.type_error(format!(
            "{name}() takes {qualifier} {bound} argument{} ({} given)",
            plural(bound),
            given.len()
        )))
    }

    /// The optional `start` and `end` of a search (`str.find(sub, start,
    /// end)` and the like), resolved against `length` as CPython's
    /// `_PyEval_SliceIndex` and `ADJUST_INDICES` do: `None` means the
    /// default, ints beyond the machine's range saturate, `end` ends
    /// within `0..=length` and `start` is at least 0, possibly past the
    /// end.
    pub(crate) fn search_bounds(
        &mut self,
        start: Option<Value>,
        end: Option<Value>,
        length: usize,
    ) -> PyResult<(usize, usize)> {
        let length = length as i64;
        let start = self.slice_index(start)?.unwrap_or(0);
        let end = self.slice_index(end)?.unwrap_or(length);
        let adjust = |index: i64| {
            if index < 0 {
                (index + length).max(0)
            } else {
                index
            }
        };
        Ok((adjust(start) as usize, adjust(end).min(length) as usize))
    }

    /// CPython's `_PyEval_SliceIndex`: `None` (or nothing) is no index;
    /// an int too large for the machine saturates.
    fn slice_index(&mut self, value: Option<Value>) -> PyResult<Option<i64>> {
        let Some(value) = value.filter(|v| !v.is_none()) else {
            return Ok(None);
        };
        match self.index_value(value)? {
            Some(int) => Ok(Some(int.to_i64().unwrap_or(if int.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }))),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// The keyword argument `name`, if given; any other keyword is an
    /// error: `'x' is an invalid keyword argument for print()`.
    pub(crate) fn keywords<const N: usize>(
        &mut self,
        function: &str,
        args: &Args<'_>,
        names: [&str; N],
    ) -> PyResult<[Option<Value>; N]> {
        let mut found = [None; N];
        for (&key, &value) in args.keyword_names.iter().zip(args.keyword_values) {
            let key_text = self.str_text(key);
            match names.iter().position(|&n| n == key_text) {
                Some(i) => found[i] = Some(value),
                None => {
                    return Err(self.type_error(format!(
                        "'{key_text}' is an invalid keyword argument for {function}()"
                    )))
                }
            }
        }
        Ok(found)
    }

    /// An argument that must be an int (`__index__`), as an `i64`.
    pub(crate) fn index_arg(&mut self, value: Value, what: &str) -> PyResult<i64> {
        if let Value::Int(int) = value {
            return Ok(int);
        }
        match self.index_value(value)? {
            Some(int) => int.to_i64().ok_or_else(|| {
                self.error(
                    crate::exception_class::ExceptionClass::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )
            }),
            None => {
                let name = self.type_name(value);
                Err(self.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer{what}"
                )))
            }
        }
    }
}

/// The bound a count of `given` arguments breaks, if it breaks one:
/// `("at least", min)` or `("at most", max)`.
fn broken_bound(given: usize, min: usize, max: usize) -> Option<(&'static str, usize)> {
    if given < min {
        Some(("at least", min))
    } else if given > max {
        Some(("at most", max))
    } else {
        None
    }
}

/// The plural ending of "argument" for `count`.
fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}
