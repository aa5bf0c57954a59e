//! The interpreter: frames, argument binding and the dispatch loop.

pub(crate) mod arguments;
pub(crate) mod frame;
mod local_attr;
pub(crate) mod raise;
pub(crate) mod run;
