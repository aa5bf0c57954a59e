//! The built-in exception classes: CPython 3.11's hierarchy, as data.

/// A built-in exception class. [`ExceptionClass::base`] gives the
/// hierarchy, which is CPython 3.11's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExceptionClass {
    /// `BaseException`
    BaseException,
    /// `BaseExceptionGroup`
    BaseExceptionGroup,
    /// `GeneratorExit`
    GeneratorExit,
    /// `KeyboardInterrupt`
    KeyboardInterrupt,
    /// `SystemExit`
    SystemExit,
    /// `Exception`
    Exception,
    /// `ArithmeticError`
    ArithmeticError,
    /// `FloatingPointError`
    FloatingPointError,
    /// `OverflowError`
    OverflowError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `AssertionError`
    AssertionError,
    /// `AttributeError`
    AttributeError,
    /// `BufferError`
    BufferError,
    /// `EOFError`
    EOFError,
    /// `ExceptionGroup`
    ExceptionGroup,
    /// `ImportError`
    ImportError,
    /// `ModuleNotFoundError`
    ModuleNotFoundError,
    /// `LookupError`
    LookupError,
    /// `IndexError`
    IndexError,
    /// `KeyError`
    KeyError,
    /// `MemoryError`
    MemoryError,
    /// `NameError`
    NameError,
    /// `UnboundLocalError`
    UnboundLocalError,
    /// `OSError`
    OSError,
    /// `BlockingIOError`
    BlockingIOError,
    /// `ChildProcessError`
    ChildProcessError,
    /// `ConnectionError`
    ConnectionError,
    /// `BrokenPipeError`
    BrokenPipeError,
    /// `ConnectionAbortedError`
    ConnectionAbortedError,
    /// `ConnectionRefusedError`
    ConnectionRefusedError,
    /// `ConnectionResetError`
    ConnectionResetError,
    /// `FileExistsError`
    FileExistsError,
    /// `FileNotFoundError`
    FileNotFoundError,
    /// `InterruptedError`
    InterruptedError,
    /// `IsADirectoryError`
    IsADirectoryError,
    /// `NotADirectoryError`
    NotADirectoryError,
    /// `PermissionError`
    PermissionError,
    /// `ProcessLookupError`
    ProcessLookupError,
    /// `TimeoutError`
    TimeoutError,
    /// `ReferenceError`
    ReferenceError,
    /// `RuntimeError`
    RuntimeError,
    /// `NotImplementedError`
    NotImplementedError,
    /// `RecursionError`
    RecursionError,
    /// `StopAsyncIteration`
    StopAsyncIteration,
    /// `StopIteration`
    StopIteration,
    /// `SyntaxError`
    SyntaxError,
    /// `IndentationError`
    IndentationError,
    /// `TabError`
    TabError,
    /// `SystemError`
    SystemError,
    /// `TypeError`
    TypeError,
    /// `ValueError`
    ValueError,
    /// `UnicodeError`
    UnicodeError,
    /// `UnicodeDecodeError`
    UnicodeDecodeError,
    /// `UnicodeEncodeError`
    UnicodeEncodeError,
    /// `UnicodeTranslateError`
    UnicodeTranslateError,
    /// `Warning`
    Warning,
    /// `BytesWarning`
    BytesWarning,
    /// `DeprecationWarning`
    DeprecationWarning,
    /// `EncodingWarning`
    EncodingWarning,
    /// `FutureWarning`
    FutureWarning,
    /// `ImportWarning`
    ImportWarning,
    /// `PendingDeprecationWarning`
    PendingDeprecationWarning,
    /// `ResourceWarning`
    ResourceWarning,
    /// `RuntimeWarning`
    RuntimeWarning,
    /// `SyntaxWarning`
    SyntaxWarning,
    /// `UnicodeWarning`
    UnicodeWarning,
    /// `UserWarning`
    UserWarning,
}

impl ExceptionClass {
    /// Every class, each after its base.
    pub const ALL: [ExceptionClass; 67] = [
        ExceptionClass::BaseException,
        ExceptionClass::BaseExceptionGroup,
        ExceptionClass::GeneratorExit,
        ExceptionClass::KeyboardInterrupt,
        ExceptionClass::SystemExit,
        ExceptionClass::Exception,
        ExceptionClass::ArithmeticError,
        ExceptionClass::FloatingPointError,
        ExceptionClass::OverflowError,
        ExceptionClass::ZeroDivisionError,
        ExceptionClass::AssertionError,
        ExceptionClass::AttributeError,
        ExceptionClass::BufferError,
        ExceptionClass::EOFError,
        ExceptionClass::ExceptionGroup,
        ExceptionClass::ImportError,
        ExceptionClass::ModuleNotFoundError,
        ExceptionClass::LookupError,
        ExceptionClass::IndexError,
        ExceptionClass::KeyError,
        ExceptionClass::MemoryError,
        ExceptionClass::NameError,
        ExceptionClass::UnboundLocalError,
        ExceptionClass::OSError,
        ExceptionClass::BlockingIOError,
        ExceptionClass::ChildProcessError,
        ExceptionClass::ConnectionError,
        ExceptionClass::BrokenPipeError,
        ExceptionClass::ConnectionAbortedError,
        ExceptionClass::ConnectionRefusedError,
        ExceptionClass::ConnectionResetError,
        ExceptionClass::FileExistsError,
        ExceptionClass::FileNotFoundError,
        ExceptionClass::InterruptedError,
        ExceptionClass::IsADirectoryError,
        ExceptionClass::NotADirectoryError,
        ExceptionClass::PermissionError,
        ExceptionClass::ProcessLookupError,
        ExceptionClass::TimeoutError,
        ExceptionClass::ReferenceError,
        ExceptionClass::RuntimeError,
        ExceptionClass::NotImplementedError,
        ExceptionClass::RecursionError,
        ExceptionClass::StopAsyncIteration,
        ExceptionClass::StopIteration,
        ExceptionClass::SyntaxError,
        ExceptionClass::IndentationError,
        ExceptionClass::TabError,
        ExceptionClass::SystemError,
        ExceptionClass::TypeError,
        ExceptionClass::ValueError,
        ExceptionClass::UnicodeError,
        ExceptionClass::UnicodeDecodeError,
        ExceptionClass::UnicodeEncodeError,
        ExceptionClass::UnicodeTranslateError,
        ExceptionClass::Warning,
        ExceptionClass::BytesWarning,
        ExceptionClass::DeprecationWarning,
        ExceptionClass::EncodingWarning,
        ExceptionClass::FutureWarning,
        ExceptionClass::ImportWarning,
        ExceptionClass::PendingDeprecationWarning,
        ExceptionClass::ResourceWarning,
        ExceptionClass::RuntimeWarning,
        ExceptionClass::SyntaxWarning,
        ExceptionClass::UnicodeWarning,
        ExceptionClass::UserWarning,
    ];

    /// The class name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            ExceptionClass::BaseException => "BaseException",
            ExceptionClass::BaseExceptionGroup => "BaseExceptionGroup",
            ExceptionClass::GeneratorExit => "GeneratorExit",
            ExceptionClass::KeyboardInterrupt => "KeyboardInterrupt",
            ExceptionClass::SystemExit => "SystemExit",
            ExceptionClass::Exception => "Exception",
            ExceptionClass::ArithmeticError => "ArithmeticError",
            ExceptionClass::FloatingPointError => "FloatingPointError",
            ExceptionClass::OverflowError => "OverflowError",
            ExceptionClass::ZeroDivisionError => "ZeroDivisionError",
            ExceptionClass::AssertionError => "AssertionError",
            ExceptionClass::AttributeError => "AttributeError",
            ExceptionClass::BufferError => "BufferError",
            ExceptionClass::EOFError => "EOFError",
            ExceptionClass::ExceptionGroup => "ExceptionGroup",
            ExceptionClass::ImportError => "ImportError",
            ExceptionClass::ModuleNotFoundError => "ModuleNotFoundError",
            ExceptionClass::LookupError => "LookupError",
            ExceptionClass::IndexError => "IndexError",
            ExceptionClass::KeyError => "KeyError",
            ExceptionClass::MemoryError => "MemoryError",
            ExceptionClass::NameError => "NameError",
            ExceptionClass::UnboundLocalError => "UnboundLocalError",
            ExceptionClass::OSError => "OSError",
            ExceptionClass::BlockingIOError => "BlockingIOError",
            ExceptionClass::ChildProcessError => "ChildProcessError",
            ExceptionClass::ConnectionError => "ConnectionError",
            ExceptionClass::BrokenPipeError => "BrokenPipeError",
            ExceptionClass::ConnectionAbortedError => "ConnectionAbortedError",
            ExceptionClass::ConnectionRefusedError => "ConnectionRefusedError",
            ExceptionClass::ConnectionResetError => "ConnectionResetError",
            ExceptionClass::FileExistsError => "FileExistsError",
            ExceptionClass::FileNotFoundError => "FileNotFoundError",
            ExceptionClass::InterruptedError => "InterruptedError",
            ExceptionClass::IsADirectoryError => "IsADirectoryError",
            ExceptionClass::NotADirectoryError => "NotADirectoryError",
            ExceptionClass::PermissionError => "PermissionError",
            ExceptionClass::ProcessLookupError => "ProcessLookupError",
            ExceptionClass::TimeoutError => "TimeoutError",
            ExceptionClass::ReferenceError => "ReferenceError",
            ExceptionClass::RuntimeError => "RuntimeError",
            ExceptionClass::NotImplementedError => "NotImplementedError",
            ExceptionClass::RecursionError => "RecursionError",
            ExceptionClass::StopAsyncIteration => "StopAsyncIteration",
            ExceptionClass::StopIteration => "StopIteration",
            ExceptionClass::SyntaxError => "SyntaxError",
            ExceptionClass::IndentationError => "IndentationError",
            ExceptionClass::TabError => "TabError",
            ExceptionClass::SystemError => "SystemError",
            ExceptionClass::TypeError => "TypeError",
            ExceptionClass::ValueError => "ValueError",
            ExceptionClass::UnicodeError => "UnicodeError",
            ExceptionClass::UnicodeDecodeError => "UnicodeDecodeError",
            ExceptionClass::UnicodeEncodeError => "UnicodeEncodeError",
            ExceptionClass::UnicodeTranslateError => "UnicodeTranslateError",
            ExceptionClass::Warning => "Warning",
            ExceptionClass::BytesWarning => "BytesWarning",
            ExceptionClass::DeprecationWarning => "DeprecationWarning",
            ExceptionClass::EncodingWarning => "EncodingWarning",
            ExceptionClass::FutureWarning => "FutureWarning",
            ExceptionClass::ImportWarning => "ImportWarning",
            ExceptionClass::PendingDeprecationWarning => "PendingDeprecationWarning",
            ExceptionClass::ResourceWarning => "ResourceWarning",
            ExceptionClass::RuntimeWarning => "RuntimeWarning",
            ExceptionClass::SyntaxWarning => "SyntaxWarning",
            ExceptionClass::UnicodeWarning => "UnicodeWarning",
            ExceptionClass::UserWarning => "UserWarning",
        }
    }

    /// The class it derives from (`None` for `BaseException`). The one
    /// class with two bases, `ExceptionGroup`, is given its `Exception`
    /// base here: its bases are `(BaseExceptionGroup, Exception)`.
    pub fn base(self) -> Option<ExceptionClass> {
        Some(match self {
            ExceptionClass::BaseException => return None,
            ExceptionClass::BaseExceptionGroup
            | ExceptionClass::GeneratorExit
            | ExceptionClass::KeyboardInterrupt
            | ExceptionClass::SystemExit
            | ExceptionClass::Exception => ExceptionClass::BaseException,
            ExceptionClass::ArithmeticError
            | ExceptionClass::AssertionError
            | ExceptionClass::AttributeError
            | ExceptionClass::BufferError
            | ExceptionClass::EOFError
            | ExceptionClass::ExceptionGroup
            | ExceptionClass::ImportError
            | ExceptionClass::LookupError
            | ExceptionClass::MemoryError
            | ExceptionClass::NameError
            | ExceptionClass::OSError
            | ExceptionClass::ReferenceError
            | ExceptionClass::RuntimeError
            | ExceptionClass::StopAsyncIteration
            | ExceptionClass::StopIteration
            | ExceptionClass::SyntaxError
            | ExceptionClass::SystemError
            | ExceptionClass::TypeError
            | ExceptionClass::ValueError
            | ExceptionClass::Warning => ExceptionClass::Exception,
            ExceptionClass::FloatingPointError
            | ExceptionClass::OverflowError
            | ExceptionClass::ZeroDivisionError => ExceptionClass::ArithmeticError,
            ExceptionClass::ModuleNotFoundError => ExceptionClass::ImportError,
            ExceptionClass::IndexError | ExceptionClass::KeyError => ExceptionClass::LookupError,
            ExceptionClass::UnboundLocalError => ExceptionClass::NameError,
            ExceptionClass::BlockingIOError
            | ExceptionClass::ChildProcessError
            | ExceptionClass::ConnectionError
            | ExceptionClass::FileExistsError
            | ExceptionClass::FileNotFoundError
            | ExceptionClass::InterruptedError
            | ExceptionClass::IsADirectoryError
            | ExceptionClass::NotADirectoryError
            | ExceptionClass::PermissionError
            | ExceptionClass::ProcessLookupError
            | ExceptionClass::TimeoutError => ExceptionClass::OSError,
            ExceptionClass::BrokenPipeError
            | ExceptionClass::ConnectionAbortedError
            | ExceptionClass::ConnectionRefusedError
            | ExceptionClass::ConnectionResetError => ExceptionClass::ConnectionError,
            ExceptionClass::NotImplementedError | ExceptionClass::RecursionError => {
                ExceptionClass::RuntimeError
            }
            ExceptionClass::IndentationError => ExceptionClass::SyntaxError,
            ExceptionClass::TabError => ExceptionClass::IndentationError,
            ExceptionClass::UnicodeError => ExceptionClass::ValueError,
            ExceptionClass::UnicodeDecodeError
            | ExceptionClass::UnicodeEncodeError
            | ExceptionClass::UnicodeTranslateError => ExceptionClass::UnicodeError,
            ExceptionClass::BytesWarning
            | ExceptionClass::DeprecationWarning
            | ExceptionClass::EncodingWarning
            | ExceptionClass::FutureWarning
            | ExceptionClass::ImportWarning
            | ExceptionClass::PendingDeprecationWarning
            | ExceptionClass::ResourceWarning
            | ExceptionClass::RuntimeWarning
            | ExceptionClass::SyntaxWarning
            | ExceptionClass::UnicodeWarning
            | ExceptionClass::UserWarning => ExceptionClass::Warning,
        })
    }

    /// The position of the class in [`ExceptionClass::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}
