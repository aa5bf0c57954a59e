//! Binding a call's arguments to a Python function's parameters, with
//! CPython 3.11's rules and messages (`initialize_locals` in ceval.c).

use pyvm_bytecode::CodeFlags;

use crate::object::Payload;
use crate::objects::code::Code;
use crate::objects::function::Function;
use crate::objects::tuple::TupleItems;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's list of missing
/// argument names.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

impl Vm {
    /// Fills `locals` (the function's fast locals, all `Null`) from the
    /// call's `positional` arguments and its keyword arguments. The
    /// `*args` tuple and `**kwargs` dict it makes are rooted (see
    /// [`Vm::root`]) until the caller releases them: storing a keyword
    /// whose name is a `str` subclass may run Python code.
    pub(crate) fn bind_arguments(
        &mut self,
        function: &Function,
        code: &Code,
        positional: &[Value],
        keyword_names: &[Value],
        keyword_values: &[Value],
        locals: &mut [Value],
    ) -> PyResult<()> {
        let co = &code.code;
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let total = argcount + kwonly;
        // Only for the messages: made when one is.
        let qualname = |vm: &Vm| vm.str_text(function.qualname.get());
        let has_varargs = co.flags.contains(CodeFlags::VARARGS);
        let kwargs_dict = if co.flags.contains(CodeFlags::VARKEYWORDS) {
            let dict = self.new_dict();
            self.root(Value::Obj(dict));
            locals[total + usize::from(has_varargs)] = Value::Obj(dict);
            Some(dict)
        } else {
            None
        };

        let copied = positional.len().min(argcount);
        locals[..copied].copy_from_slice(&positional[..copied]);
        if has_varargs {
            let rest = positional.get(argcount..).unwrap_or(&[]);
            let tuple = if rest.is_empty() {
                self.empty_tuple()
            } else {
                self.new_tuple(TupleItems::from_slice(rest))
            };
            self.root(Value::Obj(tuple));
            locals[total] = Value::Obj(tuple);
        }

        for (&name, &value) in keyword_names.iter().zip(keyword_values) {
            let Some(name_object) = name.as_object().filter(|o| o.as_str().is_some()) else {
                let qualname = qualname(self);
                return Err(self.type_error(format!("{qualname}() keywords must be strings")));
            };
            let name_text = name_object.as_str().expect("a str").as_str();
            // Names in calls and parameters are mostly the same interned
            // strings: compared by identity first.
            let slot = (posonly..total)
                .find(|&j| code.varnames[j] == name_object)
                .or_else(|| (posonly..total).find(|&j| co.varnames[j] == name_text));
            match slot {
                Some(j) => {
                    if !locals[j].is_null() {
                        let qualname = qualname(self);
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{name_text}'"
                        )));
                    }
                    locals[j] = value;
                }
                None => match kwargs_dict {
                    Some(dict) => self.dict_set(dict, name, value)?,
                    None => {
                        let conflicts: Vec<&str> = co.varnames[..posonly]
                            .iter()
                            .filter(|param| {
                                keyword_names.iter().any(|k| {
                                    k.object().and_then(|o| o.as_str()).map(|s| s.as_str())
                                        == Some(param.as_str())
                                })
                            })
                            .map(|name| name.as_str())
                            .collect();
                        let qualname = qualname(self);
                        if !conflicts.is_empty() {
                            return Err(self.type_error(format!(
                                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                                conflicts.join(", ")
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{name_text}'"
                        )));
                    }
                },
            }
        }

        let defaults_object = function.defaults.get();
        let defaults = match defaults_object.payload() {
            Some(Payload::Tuple(items)) => &items[..],
            _ => &[],
        };
        if positional.len() > argcount && !has_varargs {
            let kwonly_given = locals[argcount..total]
                .iter()
                .filter(|v| !v.is_null())
                .count();
            let qualname = qualname(self);
            return Err(self.too_many_positional(
                &qualname,
                argcount,
                defaults.len(),
                positional.len(),
                kwonly_given,
            ));
        }

        if positional.len() < argcount {
            let required = argcount.saturating_sub(defaults.len());
            let missing: Vec<String> = (0..required)
                .filter(|&i| locals[i].is_null())
                .map(|i| co.varnames[i].to_string())
                .collect();
            if !missing.is_empty() {
                let qualname = qualname(self);
                return Err(self.missing_arguments(&qualname, "positional", &missing));
            }
            for i in required.max(positional.len())..argcount {
                if locals[i].is_null() {
                    locals[i] = defaults[i - required];
                }
            }
        }

        if kwonly > 0 {
            let kwdefaults = match function.kwdefaults.get() {
                Value::Obj(dict) if dict.as_dict().is_some() => Some(dict),
                _ => None,
            };
            let mut missing = Vec::new();
            for (i, slot) in locals.iter_mut().enumerate().take(total).skip(argcount) {
                if !slot.is_null() {
                    continue;
                }
                let name = code.varnames[i];
                match kwdefaults.and_then(|dict| self.dict_get_str(dict, name)) {
                    Some(default) => *slot = default,
                    None => missing.push(co.varnames[i].to_string()),
                }
            }
            if !missing.is_empty() {
                let qualname = qualname(self);
                return Err(self.missing_arguments(&qualname, "keyword-only", &missing));
            }
        }
        Ok(())
    }

    fn too_many_positional(
        &mut self,
        qualname: &str,
        argcount: usize,
        defcount: usize,
        given: usize,
        kwonly_given: usize,
    ) -> crate::vm::PyErr {
        let (signature, plural) = if defcount > 0 {
            (format!("from {} to {argcount}", argcount - defcount), true)
        } else {
            (argcount.to_string(), argcount != 1)
        };
        let kwonly_signature = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {kwonly_given} keyword-only argument{})",
                if given != 1 { "s" } else { "" },
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        };
        self.type_error(format!(
            "{qualname}() takes {signature} positional argument{} but {given}{kwonly_signature} {verb} given",
            if plural { "s" } else { "" }
        ))
    }

    fn missing_arguments(
        &mut self,
        qualname: &str,
        kind: &str,
        names: &[String],
    ) -> crate::vm::PyErr {
        self.type_error(format!(
            "{qualname}() missing {} required {kind} argument{}: {}",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            name_list(names)
        ))
    }
}
