//! The Python exception classes the value-level rules raise.

/// The Python exception class an error of [`crate::number`] or
/// [`crate::format`] is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExceptionClass {
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `MemoryError`
    MemoryError,
}

impl ExceptionClass {
    /// The class name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            ExceptionClass::ZeroDivisionError => "ZeroDivisionError",
            ExceptionClass::ValueError => "ValueError",
            ExceptionClass::TypeError => "TypeError",
            ExceptionClass::OverflowError => "OverflowError",
            ExceptionClass::MemoryError => "MemoryError",
        }
    }
}
