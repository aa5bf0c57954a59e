//! Node sizes on 64-bit targets. `Expr`, `Stmt` and `Pattern` are stored by
//! value in every list of children, so they stay small: variant structs
//! larger than 64 bytes are boxed. A change here is a deliberate decision.

use std::mem::size_of;

use pyvm_ast::{Constant, Expr, Pattern, Stmt};

#[test]
#[cfg(target_pointer_width = "64")]
fn node_sizes() {
    assert_eq!(size_of::<Expr>(), 72);
    assert_eq!(size_of::<Stmt>(), 72);
    assert_eq!(size_of::<Pattern>(), 48);
    assert_eq!(size_of::<Constant>(), 32);
}
