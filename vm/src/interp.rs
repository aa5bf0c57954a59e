//! The interpreter: frames, argument binding and the dispatch loop.

pub(crate) mod arguments;
mod execute;
pub(crate) mod frame;
mod local_attr;
mod namespace;
pub(crate) mod raise;
pub(crate) mod run;
