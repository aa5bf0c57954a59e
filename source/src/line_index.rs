//! The table of line starts behind [`crate::SourceFile`]'s line/column queries.

use std::sync::Arc;

/// A position shown to people: 1-based line and 0-based column.
///
/// Whether `column` counts bytes or characters depends on the method that
/// produced it ([`crate::SourceFile::line_col`] or
/// [`crate::SourceFile::line_col_chars`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 0-based column.
    pub column: u32,
}

/// Byte offsets of line starts, built once per text.
///
/// Only `'\n'` ends a line: in `"\r\n"` the `'\r'` belongs to the line's
/// terminator and a lone `'\r'` is an ordinary character. This matches
/// CPython's `tokenize`, which reads the file as binary lines.
///
/// `starts` always begins with 0 and has one entry after every `'\n'`, so a
/// text ending in `'\n'` gets a final empty line starting at the text's end.
/// That line is where CPython puts ENDMARKER, so the end offset gets a
/// position there instead of one past the last real line.
#[derive(Clone, Debug)]
pub(crate) struct LineIndex {
    starts: Arc<[u32]>,
    /// `ascii[i]` says whether line `i + 1` is pure ASCII, so character
    /// columns on the (usual) ASCII lines are plain subtraction.
    ascii: Vec<bool>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> LineIndex {
        assert!(
            u32::try_from(text.len()).is_ok(),
            "source text larger than 4 GiB"
        );
        let bytes = text.as_bytes();
        // A line start after every '\n', found a vector at a time.
        let mut starts = Vec::with_capacity(bytes.len() / 32 + 1);
        starts.push(0u32);
        starts.extend(memchr::memchr_iter(b'\n', bytes).map(|at| at as u32 + 1));
        // Most files are all ASCII, checked in one pass; otherwise line by
        // line (the '\n' ending a line is ASCII, so it may be included).
        let ascii = if bytes.is_ascii() {
            vec![true; starts.len()]
        } else {
            let ends = starts[1..].iter().copied().chain([text.len() as u32]);
            starts
                .iter()
                .zip(ends)
                .map(|(&start, end)| bytes[start as usize..end as usize].is_ascii())
                .collect()
        };
        LineIndex {
            starts: starts.into(),
            ascii,
        }
    }

    /// Lines in the text, not counting the empty line after a trailing `'\n'`.
    pub(crate) fn line_count(&self, text_len: u32) -> u32 {
        let last_start = *self.starts.last().expect("starts is never empty");
        let all = self.starts.len() as u32;
        if last_start == text_len {
            all - 1
        } else {
            all
        }
    }

    /// Number of addressable lines, including the empty line after a
    /// trailing `'\n'` (or the single empty line of an empty text).
    pub(crate) fn max_line(&self) -> u32 {
        self.starts.len() as u32
    }

    /// 1-based line containing `offset`, which must be `<= text.len()`.
    pub(crate) fn line_of(&self, offset: u32) -> u32 {
        line_of(&self.starts, offset)
    }

    /// Line and 0-based byte column of `offset`, which must be
    /// `<= text.len()`.
    pub(crate) fn line_col(&self, offset: u32) -> LineCol {
        line_col(&self.starts, offset)
    }

    /// The start offset of every line, line 1 first.
    pub(crate) fn starts(&self) -> &[u32] {
        &self.starts
    }

    /// Start offset of a 1-based `line` in `1..=max_line()`.
    pub(crate) fn start(&self, line: u32) -> u32 {
        self.starts[line as usize - 1]
    }

    /// End of a 1-based `line` (start of the next one, or the text's end).
    pub(crate) fn end(&self, line: u32, text_len: u32) -> u32 {
        self.starts.get(line as usize).copied().unwrap_or(text_len)
    }

    /// Whether a 1-based `line` in `1..=max_line()` is pure ASCII.
    pub(crate) fn is_ascii(&self, line: u32) -> bool {
        self.ascii[line as usize - 1]
    }

    /// The line starts, shared, for a text `text_len` bytes long.
    pub(crate) fn lines(&self, text_len: u32) -> Lines {
        Lines {
            starts: Arc::clone(&self.starts),
            len: text_len,
        }
    }
}

/// The lines of a text, without the text: enough to turn byte offsets on
/// character boundaries into lines and byte columns later, as
/// [`crate::SourceFile::line_col`] does now. Cheap to clone (the table is
/// shared), so that what a compiler builds can keep one for each offset
/// it turns into a position only if asked (`pyvm_bytecode::Locations`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lines {
    starts: Arc<[u32]>,
    len: u32,
}

impl Lines {
    /// Line and 0-based column in bytes of `offset`, an offset on a
    /// character boundary or past the end (which counts as the end).
    pub fn line_col(&self, offset: u32) -> LineCol {
        line_col(&self.starts, offset.min(self.len))
    }

    /// 1-based line of `offset`, as [`Lines::line_col`] gives it.
    pub fn line_of(&self, offset: u32) -> u32 {
        line_of(&self.starts, offset.min(self.len))
    }
}

/// 1-based line containing `offset` among the lines starting at `starts`.
fn line_of(starts: &[u32], offset: u32) -> u32 {
    // Number of starts at or before `offset`; `starts[0] == 0` makes it >= 1.
    starts.partition_point(|&start| start <= offset) as u32
}

/// Line and 0-based byte column of `offset` among the lines starting at
/// `starts`.
fn line_col(starts: &[u32], offset: u32) -> LineCol {
    let line = line_of(starts, offset);
    LineCol {
        line,
        column: offset - starts[line as usize - 1],
    }
}
