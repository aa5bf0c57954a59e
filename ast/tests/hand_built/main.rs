//! Trees built by hand for the programs in `tests/programs/`, with the
//! positions CPython 3.11 gives them, dumped by pyvm and compared with
//! CPython's recorded `ast.dump` output (`tests/expected/`, written by
//! `scripts/record_ast_dumps.py`). Each tree must also equal CPython's tree
//! read from the recorded JSON.
//!
//! Positions are written as CPython's `(lineno, col_offset, end_lineno,
//! end_col_offset)` and turned into byte spans by [`build::Src::span`].

mod build;
mod expressions;
mod functions;
mod patterns;
mod statements;
