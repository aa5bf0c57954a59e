//! File objects' data: what `open()` returns and what `sys.stdin`,
//! `sys.stdout` and `sys.stderr` are — a stream, the mode, and for text
//! files the encoding and newline handling.
//!
//! Reading goes through a byte buffer: the bytes read from the stream
//! and not consumed yet, so that `readline()` can look ahead and `tell()`
//! is the stream position of the next unread byte (CPython's cookie for
//! a text file whose decoder has no pending state). A disk file is read
//! to its end at once; standard input a line at a time, so that
//! `input()` does not wait for more than a line. Writes go straight to
//! the stream (after putting it back at the logical position when
//! something was read ahead), so that another file object opened on the
//! same path sees them at once, as it does in CPython once the writing
//! object is gone.

use std::io::{BufRead, Read, Seek, SeekFrom, Write};

use pyvm_heap::Tracer;

use crate::object::{trace_value, Object};
use crate::value::Value;

/// Where a file object's bytes come from and go.
pub enum Stream {
    /// A file on disk.
    Disk(std::fs::File),
    /// The process's standard input.
    Stdin,
    /// The process's standard output (written through the VM's buffer).
    Stdout,
    /// The process's standard error.
    Stderr,
    /// Closed.
    Closed,
}

/// How a text file treats line endings (`open(…, newline=…)`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: any of `\n`, `\r`, `\r\n` ends a line and reads as `\n`.
    Universal,
    /// `''`: any of them ends a line, kept as it is.
    Untranslated,
    /// `'\n'`
    Lf,
    /// `'\r'`
    Cr,
    /// `'\r\n'`
    CrLf,
}

/// A text codec a file can use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    /// UTF-8
    Utf8,
    /// Latin-1 (ISO-8859-1)
    Latin1,
    /// ASCII
    Ascii,
}

impl Codec {
    /// The codec of an encoding name, if it is one pyvm has.
    pub fn lookup(name: &str) -> Option<Codec> {
        match name.to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" | "u8" => Some(Codec::Utf8),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Some(Codec::Latin1),
            "ascii" | "us-ascii" => Some(Codec::Ascii),
            _ => None,
        }
    }

    /// Whether `byte` starts a character.
    fn starts_char(self, byte: u8) -> bool {
        self != Codec::Utf8 || byte & 0xC0 != 0x80
    }
}

/// What a text file adds to a binary one.
pub struct TextLayer {
    /// The `encoding` as given (or the default's name).
    pub encoding: String,
    /// The codec.
    pub codec: Codec,
    /// The `errors` handler name.
    pub errors: String,
    /// The newline mode.
    pub newline: Newline,
}

/// The data of a file object.
pub struct FileData {
    /// Its stream.
    pub stream: Stream,
    /// `f.name`: the path or file descriptor given to `open()`.
    pub name: Value,
    /// `f.mode`.
    pub mode: String,
    /// Text handling; `None` for a binary file.
    pub text: Option<TextLayer>,
    /// Opened for reading.
    pub readable: bool,
    /// Opened for writing.
    pub writable: bool,
    /// Whether `close()` was called.
    pub closed: bool,
    /// Bytes read from the stream.
    buffer: Vec<u8>,
    /// The next unread byte of `buffer`.
    cursor: usize,
    /// The stream position of `buffer[0]`.
    buffer_start: u64,
    /// The stream has no more bytes.
    at_end: bool,
}

impl FileData {
    /// A file object's data.
    pub fn new(
        stream: Stream,
        name: Value,
        mode: String,
        text: Option<TextLayer>,
        readable: bool,
        writable: bool,
    ) -> FileData {
        FileData {
            stream,
            name,
            mode,
            text,
            readable,
            writable,
            closed: false,
            buffer: Vec::new(),
            cursor: 0,
            buffer_start: 0,
            at_end: false,
        }
    }

    /// Marks the name.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        trace_value(self.name, tracer);
    }

    /// Closes the stream (a standard stream stays open for the process).
    pub fn close(&mut self) {
        self.closed = true;
        self.stream = Stream::Closed;
        self.buffer.clear();
        self.cursor = 0;
    }

    /// The unread bytes.
    fn unread(&self) -> &[u8] {
        &self.buffer[self.cursor..]
    }

    /// Reads more from the stream into the buffer; `false` at its end.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.at_end {
            return Ok(false);
        }
        if self.cursor > 0 && self.cursor == self.buffer.len() {
            self.buffer_start += self.buffer.len() as u64;
            self.buffer.clear();
            self.cursor = 0;
        }
        let before = self.buffer.len();
        match &mut self.stream {
            Stream::Disk(file) => {
                file.read_to_end(&mut self.buffer)?;
                self.at_end = true;
            }
            Stream::Stdin => {
                std::io::stdin()
                    .lock()
                    .read_until(b'\n', &mut self.buffer)?;
            }
            _ => return Ok(false),
        }
        if self.buffer.len() == before {
            self.at_end = true;
            return Ok(false);
        }
        Ok(true)
    }

    /// Everything left, as bytes.
    pub fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        while self.fill()? {}
        let bytes = self.unread().to_vec();
        self.cursor = self.buffer.len();
        Ok(bytes)
    }

    /// Up to `count` bytes.
    pub fn read_bytes(&mut self, count: usize) -> std::io::Result<Vec<u8>> {
        while self.unread().len() < count && self.fill()? {}
        let take = count.min(self.unread().len());
        let bytes = self.unread()[..take].to_vec();
        self.cursor += take;
        Ok(bytes)
    }

    /// The byte length of the next line, ending after its terminator
    /// (or at the end of the stream), reading more as needed. A binary
    /// file's lines end with `\n`.
    fn line_length(&mut self) -> std::io::Result<usize> {
        let newline = self.text.as_ref().map_or(Newline::Lf, |t| t.newline);
        let mut scanned = 0;
        loop {
            let unread = self.unread();
            let found = match newline {
                Newline::Lf => unread[scanned..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map(|i| scanned + i + 1),
                Newline::Cr => unread[scanned..]
                    .iter()
                    .position(|&b| b == b'\r')
                    .map(|i| scanned + i + 1),
                Newline::CrLf => unread
                    .windows(2)
                    .skip(scanned)
                    .position(|w| w == b"\r\n")
                    .map(|i| scanned + i + 2),
                Newline::Universal | Newline::Untranslated => {
                    match unread[scanned..]
                        .iter()
                        .position(|&b| b == b'\n' || b == b'\r')
                    {
                        Some(i) if unread[scanned + i] == b'\r' => {
                            let at = scanned + i;
                            if at + 1 == unread.len() && !self.at_end {
                                // A `\n` may follow: look further.
                                scanned = at;
                                if !self.fill()? {
                                    return Ok(at + 1);
                                }
                                continue;
                            }
                            let unread = self.unread();
                            Some(if unread.get(at + 1) == Some(&b'\n') {
                                at + 2
                            } else {
                                at + 1
                            })
                        }
                        Some(i) => Some(scanned + i + 1),
                        None => None,
                    }
                }
            };
            if let Some(end) = found {
                return Ok(end);
            }
            scanned = self.unread().len().saturating_sub(1);
            if !self.fill()? {
                return Ok(self.unread().len());
            }
        }
    }

    /// The raw bytes of the next line.
    pub fn read_line_bytes(&mut self) -> std::io::Result<Vec<u8>> {
        let length = self.line_length()?;
        let bytes = self.unread()[..length].to_vec();
        self.cursor += length;
        Ok(bytes)
    }

    /// Gives back the last `count` bytes taken (a line cut short by a
    /// size limit).
    pub fn unread_bytes(&mut self, count: usize) {
        self.cursor -= count.min(self.cursor);
    }

    /// The raw bytes of the next `count` characters of a text file (a
    /// `\r\n` counting as one where it reads as `\n`).
    pub fn read_char_bytes(&mut self, count: usize) -> std::io::Result<Vec<u8>> {
        let (codec, newline) = self
            .text
            .as_ref()
            .map_or((Codec::Latin1, Newline::Lf), |t| (t.codec, t.newline));
        let mut chars = 0;
        let mut index = 0;
        loop {
            // Make sure the next character is complete (4 bytes at most,
            // one more for a `\n` after `\r`).
            while self.unread().len() < index + 5 && self.fill()? {}
            let unread = self.unread();
            if index >= unread.len() || chars == count {
                break;
            }
            let byte = unread[index];
            index += 1;
            if byte == b'\r' && newline == Newline::Universal && unread.get(index) == Some(&b'\n') {
                index += 1;
            }
            while index < unread.len() && !codec.starts_char(unread[index]) {
                index += 1;
            }
            chars += 1;
        }
        let bytes = self.unread()[..index].to_vec();
        self.cursor += index;
        Ok(bytes)
    }

    /// Puts the stream back at the logical position, dropping what was
    /// read ahead (before a write, seek or truncate).
    fn sync(&mut self) -> std::io::Result<u64> {
        let position = self.buffer_start + self.cursor as u64;
        if let Stream::Disk(file) = &mut self.stream {
            if !self.buffer.is_empty() {
                file.seek(SeekFrom::Start(position))?;
            }
        }
        self.buffer.clear();
        self.cursor = 0;
        self.buffer_start = position;
        self.at_end = false;
        Ok(position)
    }

    /// Writes bytes to a disk file or standard error (standard output is
    /// the VM's to buffer).
    pub fn write_bytes(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.sync()?;
        match &mut self.stream {
            Stream::Disk(file) => {
                file.write_all(bytes)?;
                self.buffer_start = file.stream_position()?;
            }
            Stream::Stderr => {
                let mut stderr = std::io::stderr().lock();
                stderr.write_all(bytes)?;
                stderr.flush()?;
            }
            _ => {}
        }
        Ok(())
    }

    /// `tell()`.
    pub fn tell(&mut self) -> std::io::Result<u64> {
        match &mut self.stream {
            Stream::Disk(file) if self.buffer.is_empty() => {
                let position = file.stream_position()?;
                self.buffer_start = position;
                Ok(position)
            }
            Stream::Disk(_) => Ok(self.buffer_start + self.cursor as u64),
            _ => Err(std::io::Error::from(std::io::ErrorKind::Unsupported)),
        }
    }

    /// `seek(offset, whence)`: the new position.
    pub fn seek(&mut self, target: SeekFrom) -> std::io::Result<u64> {
        let target = match target {
            SeekFrom::Current(offset) => SeekFrom::Start(
                (self.buffer_start + self.cursor as u64).saturating_add_signed(offset),
            ),
            other => other,
        };
        self.buffer.clear();
        self.cursor = 0;
        self.at_end = false;
        match &mut self.stream {
            Stream::Disk(file) => {
                let position = file.seek(target)?;
                self.buffer_start = position;
                Ok(position)
            }
            _ => Err(std::io::Error::from(std::io::ErrorKind::Unsupported)),
        }
    }

    /// `truncate(size)`: the new size.
    pub fn truncate(&mut self, size: Option<u64>) -> std::io::Result<u64> {
        if size.is_none() && self.text.is_some() && !self.buffer.is_empty() {
            // A text file truncates where its buffer has read to, which
            // is past what the program has read (CPython's
            // `TextIOWrapper.truncate` passes the position on to its
            // buffer, which has read ahead); the read position stays.
            let size = self.buffer_start + self.buffer.len() as u64;
            if let Stream::Disk(file) = &mut self.stream {
                file.set_len(size)?;
            }
            return Ok(size);
        }
        let position = self.sync()?;
        let size = size.unwrap_or(position);
        match &mut self.stream {
            Stream::Disk(file) => {
                file.set_len(size)?;
                Ok(size)
            }
            _ => Err(std::io::Error::from(std::io::ErrorKind::Unsupported)),
        }
    }

    /// Whether the stream is a terminal.
    pub fn isatty(&self) -> bool {
        use std::io::IsTerminal;
        match &self.stream {
            Stream::Disk(file) => file.is_terminal(),
            Stream::Stdin => std::io::stdin().is_terminal(),
            Stream::Stdout => std::io::stdout().is_terminal(),
            Stream::Stderr => std::io::stderr().is_terminal(),
            Stream::Closed => false,
        }
    }

    /// Whether the stream can seek.
    pub fn seekable(&self) -> bool {
        matches!(self.stream, Stream::Disk(_))
    }
}

/// The text of `bytes` read from a file, with its line endings
/// translated as `newline` says.
pub fn translate_newlines(text: String, newline: Newline) -> String {
    if newline == Newline::Universal && text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Text to write, with `\n` written as the newline mode says.
pub fn newlines_for_writing(text: &str, newline: Newline) -> std::borrow::Cow<'_, str> {
    match newline {
        Newline::Cr => text.replace('\n', "\r").into(),
        Newline::CrLf => text.replace('\n', "\r\n").into(),
        _ => text.into(),
    }
}

/// The file descriptor of a disk file (`fileno()`).
#[cfg(unix)]
pub fn raw_fd(file: &std::fs::File) -> i32 {
    std::os::fd::AsRawFd::as_raw_fd(file)
}

/// The file descriptor of a disk file (`fileno()`): none to give
/// outside Unix.
#[cfg(not(unix))]
pub fn raw_fd(_file: &std::fs::File) -> i32 {
    -1
}
