//! Checking the arguments of native functions, with CPython's messages.

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Rejects keyword arguments: `len() takes no keyword arguments`.
    pub(crate) fn no_keywords(&mut self, name: &str, args: &Args<'_>) -> PyResult<()> {
        if args.has_keywords() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Exactly one positional argument (CPython's `METH_O`):
    /// `len() takes exactly one argument (2 given)`.
    pub(crate) fn one_arg(&mut self, name: &str, args: &Args<'_>) -> PyResult<Value> {
        self.no_keywords(name, args)?;
        match args.positional {
            [value] => Ok(*value),
            other => Err(self.type_error(format!(
                "{name}() takes exactly one argument ({} given)",
                other.len()
            ))),
        }
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
        let given = args.positional.len();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if given < min {
            let at_least = if min == max { "" } else { "at least " };
            return Err(self.type_error(format!(
                "{name} expected {at_least}{min} argument{}, got {given}",
                plural(min)
            )));
        }
        if given > max {
            let at_most = if min == max { "" } else { "at most " };
            return Err(self.type_error(format!(
                "{name} expected {at_most}{max} argument{}, got {given}",
                plural(max)
            )));
        }
        Ok(())
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
