//! Standard output as the VM writes it: buffered, flushed when the
//! program ends, before it reads input, and before anything is written to
//! standard error; or captured in memory for an embedding program.

use std::io::Write;

/// Where `print()` and `sys.stdout.write()` go.
pub struct Output {
    /// Bytes not written out yet.
    buffer: Vec<u8>,
    /// Keep everything in `buffer` (captured output) instead of writing
    /// it to the process's standard output.
    captured: bool,
}

/// Flush once this much is buffered.
const FLUSH_AT: usize = 64 * 1024;

impl Output {
    /// The process's standard output.
    pub fn stdout() -> Output {
        Output {
            buffer: Vec::new(),
            captured: false,
        }
    }

    /// An in-memory output, read back with [`Output::take_captured`].
    pub fn captured() -> Output {
        Output {
            buffer: Vec::new(),
            captured: true,
        }
    }

    /// Writes `text`.
    pub fn write(&mut self, text: &str) {
        self.buffer.extend_from_slice(text.as_bytes());
        if !self.captured && self.buffer.len() >= FLUSH_AT {
            self.flush();
        }
    }

    /// Writes out what is buffered (nothing for captured output).
    pub fn flush(&mut self) {
        if self.captured || self.buffer.is_empty() {
            return;
        }
        let mut stdout = std::io::stdout().lock();
        // A closed pipe is not the program's error: the output is lost, as
        // CPython's is once its stdout is gone.
        let _ = stdout.write_all(&self.buffer);
        let _ = stdout.flush();
        self.buffer.clear();
    }

    /// The captured text so far, emptied.
    pub fn take_captured(&mut self) -> String {
        let bytes = std::mem::take(&mut self.buffer);
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}
