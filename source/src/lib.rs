//! Spans, source files and diagnostics shared by every pyvm stage.
//!
//! Positions are [`Span`]s of `u32` byte offsets. A [`SourceFile`] holds a
//! text with a line index and turns offsets into [`LineCol`]s (1-based lines,
//! 0-based columns in bytes or, as CPython's tokenize reports them, in
//! characters) only when they are shown. Stages report problems as
//! [`Diagnostic`]s, which render either richly with a source snippet
//! ([`render_rich`]) or as one `file:line:col: severity: message` line
//! ([`render_short`]).
//!
//! ```
//! use pyvm_source::{Diagnostic, SourceFile, Span};
//!
//! let file = SourceFile::new("hello.py", "print('héllo'\nx = 1\n");
//! assert_eq!(file.line_col_chars(13).column, 12); // "é" is 2 bytes, 1 char
//!
//! let diag = Diagnostic::error("'(' was never closed", Span::new(5, 6))
//!     .with_label("opened here");
//! assert_eq!(diag.render_short(&file), "hello.py:1:6: error: '(' was never closed");
//! assert!(diag.render_rich(&file, false).contains("opened here"));
//! ```

mod diagnostic;
mod int;
mod line_index;
mod printable_table;
mod python_repr;
mod render;
mod source_file;
mod span;

pub use diagnostic::{Diagnostic, Label, Severity};
pub use int::Int;
pub use line_index::{LineCol, Lines};
pub use python_repr::{
    in_code_point_ranges, is_printable, python_bytes_repr, python_code_points_repr,
    python_complex_repr, python_float_repr, python_frozenset_repr, python_str_repr,
    python_tuple_repr,
};
pub use render::{render_rich, render_short};
pub use source_file::SourceFile;
pub use span::Span;
