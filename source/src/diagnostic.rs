//! The `Diagnostic` type every pyvm stage reports problems with.

use crate::{render, SourceFile, Span};

/// How serious a [`Diagnostic`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The input is rejected.
    Error,
    /// The input is accepted but probably wrong.
    Warning,
    /// Extra information, for example about another diagnostic.
    Note,
}

impl Severity {
    /// The lowercase word shown in rendered output: `"error"`, `"warning"`
    /// or `"note"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A span of source with a message shown next to it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Label {
    /// The source range the label points at.
    pub span: Span,
    /// Text shown at the span; empty for a bare marker.
    pub message: String,
}

impl Label {
    /// A label at `span` saying `message`.
    pub fn new(span: Span, message: impl Into<String>) -> Label {
        Label {
            span,
            message: message.into(),
        }
    }
}

/// A problem found in a source file, with where it is and what to say.
///
/// ```
/// use pyvm_source::{Diagnostic, Severity, Span};
///
/// let diag = Diagnostic::error("invalid syntax", Span::new(4, 5))
///     .with_label("here")
///     .with_secondary(Span::new(0, 3), "statement starts here")
///     .with_note("did you forget a comma?");
/// assert_eq!(diag.severity, Severity::Error);
/// assert_eq!(diag.primary.message, "here");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// How serious the problem is.
    pub severity: Severity,
    /// The headline, e.g. CPython's exception message.
    pub message: String,
    /// Where the problem is; its position is the diagnostic's position.
    pub primary: Label,
    /// Other places that help explain the problem.
    pub secondary: Vec<Label>,
    /// Free-standing remarks shown after the source snippet.
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// A diagnostic of any severity at `span`, with an unlabelled primary span.
    pub fn new(severity: Severity, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity,
            message: message.into(),
            primary: Label::new(span, ""),
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// An error at `span`.
    pub fn error(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(Severity::Error, message, span)
    }

    /// A warning at `span`.
    pub fn warning(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(Severity::Warning, message, span)
    }

    /// Sets the message shown at the primary span.
    #[must_use]
    pub fn with_label(mut self, message: impl Into<String>) -> Diagnostic {
        self.primary.message = message.into();
        self
    }

    /// Adds a secondary label at `span`.
    #[must_use]
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.secondary.push(Label::new(span, message));
        self
    }

    /// Adds a note shown after the snippet.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Renders as one `file:line:col: severity: message` line; see
    /// [`render_short`](crate::render_short).
    pub fn render_short(&self, file: &SourceFile) -> String {
        render::render_short(self, file)
    }

    /// Renders with a source snippet; see [`render_rich`](crate::render_rich).
    pub fn render_rich(&self, file: &SourceFile, color: bool) -> String {
        render::render_rich(self, file, color)
    }
}
