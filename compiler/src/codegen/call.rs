//! Calls (CPython's `compiler_call`, `maybe_optimize_method_call`,
//! `compiler_call_helper`, `compiler_subkwargs`).

use pyvm_ast::{Expr, ExprCall, ExprContext, Keyword};
use pyvm_bytecode::{Constant, Instruction};
use pyvm_source::Span;

use super::expr::Collection;
use super::{string_constant, Compiler, Result, STACK_USE_GUIDELINE};
use crate::error::CompileErrorKind;

impl<'a> Compiler<'a> {
    pub(super) fn call(&mut self, e: &'a ExprCall) -> Result {
        self.check_keywords(&e.keywords)?;
        if self.method_call(e)? {
            return Ok(());
        }
        self.set_span(e.func.span());
        self.emit(Instruction::PushNull);
        self.set_span(e.span);
        self.expr(&e.func)?;
        self.call_helper(0, &e.args, &e.keywords)
    }

    /// `keyword argument repeated: x`, and no keyword `__debug__`
    /// (CPython's `validate_keywords`).
    fn check_keywords(&self, keywords: &[Keyword]) -> Result {
        for (index, keyword) in keywords.iter().enumerate() {
            let Some(name) = &keyword.arg else {
                continue;
            };
            if name.as_str() == "__debug__" {
                return self.error(CompileErrorKind::AssignToDebug);
            }
            let repeated = keywords[index + 1..]
                .iter()
                .find(|other| other.arg.as_deref() == Some(name.as_str()));
            if let Some(other) = repeated {
                return self.error_at(
                    CompileErrorKind::KeywordArgumentRepeated {
                        name: name.as_str().into(),
                    },
                    other.span,
                );
            }
        }
        Ok(())
    }

    /// `obj.method(args)` without unpacking: `LOAD_METHOD` instead of a
    /// bound method. Gives whether it applied.
    fn method_call(&mut self, e: &'a ExprCall) -> Result<bool> {
        let Expr::Attribute(method) = &*e.func else {
            return Ok(false);
        };
        if method.ctx != ExprContext::Load
            || e.args.len() + e.keywords.len() + usize::from(!e.keywords.is_empty())
                >= STACK_USE_GUIDELINE
            || e.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || e.keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.expr(&method.value)?;
        self.set_span(self.attribute_span(method));
        let name = self.name_index(&method.attr);
        self.emit(Instruction::LoadMethod { name });
        for arg in &e.args {
            self.expr(arg)?;
        }
        for keyword in &e.keywords {
            self.expr(&keyword.value)?;
        }
        self.set_span(Span::new(self.attribute_start(method), e.span.end));
        self.emit_call(e.args.len() as u32, &e.keywords);
        Ok(true)
    }

    /// `CALL`, or `CALL_KW` with the keywords' names.
    fn emit_call(&mut self, positional: u32, keywords: &[Keyword]) {
        let argc = positional + keywords.len() as u32;
        if keywords.is_empty() {
            self.emit(Instruction::Call { argc });
            return;
        }
        let names = keywords
            .iter()
            .map(|k| string_constant(k.arg.as_deref().unwrap_or("")))
            .collect();
        let kw_names = self.const_index(Constant::Tuple(names));
        self.emit(Instruction::CallKw {
            argc: u16::try_from(argc).unwrap_or(u16::MAX),
            kw_names,
        });
    }

    /// The arguments and the call, after the callable and `pushed`
    /// positional arguments (CPython's `compiler_call_helper`).
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result {
        self.check_keywords(keywords)?;
        let simple = args.len() + keywords.len() * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none())
            && args.len() + keywords.len() + (pushed as usize) < usize::from(u16::MAX);
        if simple {
            for arg in args {
                self.expr(arg)?;
            }
            for keyword in keywords {
                self.expr(&keyword.value)?;
            }
            self.emit_call(pushed + args.len() as u32, keywords);
            return Ok(());
        }
        // With unpacking: a tuple of the positional arguments, a dict of
        // the keyword ones.
        match args {
            [Expr::Starred(starred)] if pushed == 0 => self.expr(&starred.value)?,
            _ => self.starunpack(args, pushed, Collection::Tuple)?,
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut seen = 0;
            for (index, keyword) in keywords.iter().enumerate() {
                if keyword.arg.is_some() {
                    seen += 1;
                    continue;
                }
                if seen > 0 {
                    self.subkwargs(&keywords[index - seen..index])?;
                    if have_dict {
                        self.emit(Instruction::DictMerge { depth: 1 });
                    }
                    have_dict = true;
                    seen = 0;
                }
                if !have_dict {
                    self.emit(Instruction::BuildMap { count: 0 });
                    have_dict = true;
                }
                self.expr(&keyword.value)?;
                self.emit(Instruction::DictMerge { depth: 1 });
            }
            if seen > 0 {
                self.subkwargs(&keywords[keywords.len() - seen..])?;
                if have_dict {
                    self.emit(Instruction::DictMerge { depth: 1 });
                }
            }
        }
        self.emit(Instruction::CallFunctionEx {
            has_kwargs: !keywords.is_empty(),
        });
        Ok(())
    }

    /// Named keyword arguments as one dict (CPython's `compiler_subkwargs`).
    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> Result {
        let name = |k: &Keyword| string_constant(k.arg.as_deref().unwrap_or(""));
        if keywords.len() > 1 {
            for keyword in keywords {
                self.expr(&keyword.value)?;
            }
            let names = keywords.iter().map(name).collect();
            self.load_const(Constant::Tuple(names));
            self.emit(Instruction::BuildConstKeyMap {
                count: keywords.len() as u32,
            });
        } else {
            for keyword in keywords {
                self.load_const(name(keyword));
                self.expr(&keyword.value)?;
            }
            self.emit(Instruction::BuildMap {
                count: keywords.len() as u32,
            });
        }
        Ok(())
    }
}
