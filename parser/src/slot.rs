//! Rules that refer to each other without leaking.
//!
//! chumsky's `Recursive::declare` holds its definition strongly, so rules
//! that mention each other form `Rc` cycles and are never freed (every
//! parse would leak its grammar). A [`Slot`] is defined once and handed to
//! other rules only as a weak reference; the grammar's root owns the slots
//! and frees them all when it is dropped.

use std::cell::OnceCell;
use std::rc::Rc;

use chumsky::input::InputRef;
use chumsky::prelude::*;

use crate::context::NoMatch;

use crate::context::{Extra, In, Rule};

/// A rule declared now and defined later.
pub(crate) struct Slot<'t, O> {
    cell: Rc<OnceCell<Rule<'t, O>>>,
}

impl<'t, O: 't> Slot<'t, O> {
    pub fn new() -> Slot<'t, O> {
        Slot {
            cell: Rc::new(OnceCell::new()),
        }
    }

    /// Defines the rule; a slot is defined exactly once. Returns the rule
    /// itself, which rules built after it may hold directly (one indirection
    /// less than a handle): only handles may close a cycle.
    pub fn define(&self, rule: impl Parser<'t, In<'t>, O, Extra<'t>> + Clone + 't) -> Rule<'t, O> {
        let rule = rule.boxed();
        let defined = self.cell.set(rule.clone()).is_ok();
        debug_assert!(defined, "a grammar slot is defined once");
        rule
    }

    /// The rule, for use inside other rules: it refers to the slot weakly,
    /// so the slot's owner alone keeps the grammar alive.
    pub fn handle(&self) -> Rule<'t, O> {
        let weak = Rc::downgrade(&self.cell);
        custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
            // The owner outlives every parse it runs, so the slot is alive
            // and defined here; if not, failing the parse is the safe answer.
            let Some(cell) = weak.upgrade() else {
                return Err(NoMatch::default());
            };
            match cell.get() {
                Some(rule) => inp.parse(rule),
                None => Err(NoMatch::default()),
            }
        })
        .boxed()
    }
}

/// Owns a rule and what its handles point to: parses with `rule` while
/// keeping `owner` (the grammar's slots) alive.
pub(crate) fn owning<'t, O: 't, T: 't>(owner: T, rule: Rule<'t, O>) -> Rule<'t, O> {
    custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        let _keep = &owner;
        inp.parse(&rule)
    })
    .boxed()
}
