//! A named source text with its line index.

use crate::line_index::{LineCol, LineIndex, Lines};
use crate::Span;

/// A named source text and the index that turns byte offsets into lines and
/// columns.
///
/// Lines are 1-based; only `'\n'` ends a line (see [`SourceFile::line_of`]).
/// Every query accepts any offset: offsets past the end are clamped to the
/// end, offsets inside a multi-byte character to that character's start.
///
/// ```
/// use pyvm_source::{LineCol, SourceFile};
///
/// let file = SourceFile::new("t.py", "x = 1\ny = 'é'\n");
/// assert_eq!(file.line_count(), 2);
/// assert_eq!(file.line_col(10), LineCol { line: 2, column: 4 });
/// assert_eq!(file.line_text(2), "y = 'é'\n");
/// ```
#[derive(Clone, Debug)]
pub struct SourceFile {
    name: String,
    text: String,
    index: LineIndex,
}

impl SourceFile {
    /// A source file called `name` (usually its path) holding `text`.
    ///
    /// # Panics
    ///
    /// If `text` is 4 GiB or longer, since offsets are `u32`.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let index = LineIndex::new(&text);
        SourceFile {
            name: name.into(),
            text,
            index,
        }
    }

    /// The file's name, as given to [`SourceFile::new`].
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The whole source text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Length of the text in bytes.
    pub fn len(&self) -> u32 {
        self.text.len() as u32
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Number of lines in the text.
    ///
    /// A final line without terminator counts; the empty position after a
    /// trailing `'\n'` does not (`"a\nb"` and `"a\nb\n"` both have 2 lines,
    /// `""` has 0).
    pub fn line_count(&self) -> u32 {
        self.index.line_count(self.len())
    }

    /// The 1-based line containing `offset`.
    ///
    /// The end offset after a trailing `'\n'` is on line `line_count() + 1`,
    /// the empty line where CPython's tokenize puts ENDMARKER.
    pub fn line_of(&self, offset: u32) -> u32 {
        self.index.line_of(self.clamp_offset(offset))
    }

    /// Byte offset where a 1-based `line` starts.
    ///
    /// Line 0 is treated as line 1; lines after the last give the text's end.
    pub fn line_start(&self, line: u32) -> u32 {
        if line == 0 {
            0
        } else if line > self.index.max_line() {
            self.len()
        } else {
            self.index.start(line)
        }
    }

    /// The byte offset where each line starts, in order: entry `i` starts
    /// line `i + 1`. It begins with 0 and has one entry after every `'\n'`,
    /// so callers that look up many nearby offsets can search it from where
    /// they last were instead of from the top.
    pub fn line_starts(&self) -> &[u32] {
        self.index.starts()
    }

    /// Text of a 1-based `line`, including its terminator (`"\n"` or
    /// `"\r\n"`) if it has one; empty for lines that do not exist.
    pub fn line_text(&self, line: u32) -> &str {
        if line == 0 || line > self.index.max_line() {
            return "";
        }
        let start = self.index.start(line) as usize;
        let end = self.index.end(line, self.len()) as usize;
        &self.text[start..end]
    }

    /// The lines of the text, shared, to find positions in later without
    /// the text.
    pub fn lines(&self) -> Lines {
        self.index.lines(self.len())
    }

    /// Line and 0-based column in bytes of `offset`.
    pub fn line_col(&self, offset: u32) -> LineCol {
        self.index.line_col(self.clamp_offset(offset))
    }

    /// Whether offsets `a` and `b` are on the same line: no `'\n'` between
    /// them. Quicker than comparing their [lines](SourceFile::line_col)
    /// when they are near, as most that are asked about are.
    pub fn same_line(&self, a: u32, b: u32) -> bool {
        let (low, high) = (a.min(b), a.max(b));
        let (low, high) = (self.clamp_offset(low), self.clamp_offset(high));
        memchr::memchr(b'\n', &self.text.as_bytes()[low as usize..high as usize]).is_none()
    }

    /// Line and 0-based column in characters (Unicode scalar values) of
    /// `offset`, as CPython's tokenize reports columns.
    pub fn line_col_chars(&self, offset: u32) -> LineCol {
        let offset = self.clamp_offset(offset);
        let line = self.index.line_of(offset);
        let start = self.index.start(line);
        let column = if self.index.is_ascii(line) {
            offset - start
        } else {
            self.text[start as usize..offset as usize].chars().count() as u32
        };
        LineCol { line, column }
    }

    /// Byte offset of 0-based byte column `byte_col` on 1-based `line`.
    ///
    /// `None` if the line does not exist, or the column lies past the line's
    /// `'\n'` or inside a multi-byte character. The column of the `'\n'`
    /// itself (and of the `'\r'` before it) is valid: CPython's tokenize
    /// puts NEWLINE tokens there.
    pub fn offset_of(&self, line: u32, byte_col: u32) -> Option<u32> {
        if line == 0 || line > self.index.max_line() {
            return None;
        }
        let start = self.index.start(line);
        let end = self.index.end(line, self.len());
        // The last valid position is the '\n' itself, not the next line's start.
        let last = if end > start && self.text.as_bytes()[end as usize - 1] == b'\n' {
            end - 1
        } else {
            end
        };
        let offset = start.checked_add(byte_col)?;
        (offset <= last && self.text.is_char_boundary(offset as usize)).then_some(offset)
    }

    /// The text covered by `span`, clamped as [`SourceFile::clamp_span`] does.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[self.clamp_span(span).range()]
    }

    /// `span` moved inside the text: both ends clamped to the text's end,
    /// widened to whole characters, and `end >= start`.
    pub fn clamp_span(&self, span: Span) -> Span {
        let start = self.clamp_offset(span.start);
        let end = self.text.ceil_char_boundary(span.end as usize) as u32;
        let end = end.max(start);
        Span::new(start, end)
    }

    /// `offset` clamped to the text's end and down to a character boundary.
    fn clamp_offset(&self, offset: u32) -> u32 {
        self.text.floor_char_boundary(offset as usize) as u32
    }
}
