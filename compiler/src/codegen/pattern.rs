//! `match` statements (being written).

use pyvm_ast::StmtMatch;

use super::{Compiler, Result};

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, _s: &'a StmtMatch) -> Result {
        Ok(())
    }
}
