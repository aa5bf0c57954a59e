//! `io.StringIO`'s data: an in-memory text buffer with a position, both
//! counted in code points as CPython's `_io.StringIO` counts them.

/// How a `StringIO` treats line endings (its `newline` argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StringIoNewline {
    /// `None`: `\r\n` and `\r` are written as `\n`; lines end at `\n`.
    Universal,
    /// `''`: nothing is translated; lines end at `\n`, `\r` or `\r\n`.
    Untranslated,
    /// `'\n'` (the default): nothing is translated; lines end at `\n`.
    Lf,
    /// `'\r'`: `\n` is written as `\r`; lines end at `\r`.
    Cr,
    /// `'\r\n'`: `\n` is written as `\r\n`; lines end at `\r\n`.
    CrLf,
}

/// The data of a `StringIO` object.
pub struct StringIoData {
    /// The text, one `char` per code point so that positions index it.
    pub text: Vec<char>,
    /// The position of the next read or write (may be past the end).
    pub position: usize,
    /// Whether `close()` was called.
    pub closed: bool,
    /// The newline mode.
    pub newline: StringIoNewline,
}

impl StringIoData {
    /// A buffer holding `initial` (translated as a write would be), at
    /// position 0.
    pub fn new(initial: &str, newline: StringIoNewline) -> StringIoData {
        let mut data = StringIoData {
            text: Vec::new(),
            position: 0,
            closed: false,
            newline,
        };
        data.write(initial);
        data.position = 0;
        data
    }

    /// Writes `text` at the position, overwriting what is there and
    /// padding with NULs when the position is past the end, as CPython
    /// does; returns the number of code points of `text`.
    pub fn write(&mut self, text: &str) -> usize {
        let translated = self.translate(text);
        let chars: Vec<char> = translated.chars().collect();
        if self.position > self.text.len() {
            self.text.resize(self.position, '\0');
        }
        let end = (self.position + chars.len()).min(self.text.len());
        self.text.splice(self.position..end, chars.iter().copied());
        self.position += chars.len();
        text.chars().count()
    }

    /// `text` with its line endings as the newline mode writes them.
    fn translate(&self, text: &str) -> String {
        match self.newline {
            StringIoNewline::Universal => text.replace("\r\n", "\n").replace('\r', "\n"),
            StringIoNewline::Untranslated | StringIoNewline::Lf => text.to_owned(),
            StringIoNewline::Cr => text.replace('\n', "\r"),
            StringIoNewline::CrLf => text.replace('\n', "\r\n"),
        }
    }

    /// Reads up to `limit` code points (all when `None`) from the position.
    pub fn read(&mut self, limit: Option<usize>) -> String {
        let start = self.position.min(self.text.len());
        let end = match limit {
            Some(limit) => (start + limit).min(self.text.len()),
            None => self.text.len(),
        };
        self.position = end.max(self.position);
        self.text[start..end].iter().collect()
    }

    /// Reads one line (with its ending), of at most `limit` code points.
    pub fn read_line(&mut self, limit: Option<usize>) -> String {
        let start = self.position.min(self.text.len());
        let stop = match limit {
            Some(limit) => (start + limit).min(self.text.len()),
            None => self.text.len(),
        };
        let mut end = stop;
        let mut i = start;
        while i < stop {
            let c = self.text[i];
            let ends = match self.newline {
                StringIoNewline::Universal | StringIoNewline::Lf => c == '\n',
                StringIoNewline::Cr => c == '\r',
                StringIoNewline::CrLf => c == '\r' && self.text.get(i + 1) == Some(&'\n'),
                StringIoNewline::Untranslated => c == '\n' || c == '\r',
            };
            if ends {
                let two = c == '\r'
                    && self.newline != StringIoNewline::Cr
                    && self.text.get(i + 1) == Some(&'\n');
                end = (i + if two { 2 } else { 1 }).min(stop);
                break;
            }
            i += 1;
        }
        self.position = end.max(self.position);
        self.text[start..end].iter().collect()
    }

    /// Cuts the text at `size` code points; the position stays.
    pub fn truncate(&mut self, size: usize) {
        self.text.truncate(size);
    }

    /// The whole text.
    pub fn value(&self) -> String {
        self.text.iter().collect()
    }
}
