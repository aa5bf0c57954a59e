//! Turning a [`Diagnostic`] into text: rich snippets for people (ariadne)
//! and one-line `file:line:col: error: message` for editors and CI
//! (codespan-reporting).
//!
//! Both renderers take spans that may be out of range (past the end, inside
//! a multi-byte character, reversed) and clamp them first, because the
//! libraries underneath panic or misplace labels on such spans.

use std::borrow::Cow;
use std::ops::Range;

use ariadne::{Color, Config, IndexType, Report, ReportKind};
use codespan_reporting::diagnostic as codespan;
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, DisplayStyle};

use crate::{Diagnostic, Severity, SourceFile, Span};

/// Renders `diag` with the source lines it points at, its labels and notes,
/// in the style of rustc. Lines and columns agree with
/// [`SourceFile::line_col_chars`] (columns shown 1-based). The result ends
/// with a newline. `color` adds ANSI colour codes.
pub fn render_rich(diag: &Diagnostic, file: &SourceFile, color: bool) -> String {
    let primary = file.clamp_span(diag.primary.span);
    let text = ariadne_text(file, diag);
    let name = file.name();
    let config = Config::new()
        .with_color(color)
        .with_index_type(IndexType::Byte);

    let mut report = Report::build(report_kind(diag.severity), (name, primary.range()))
        .with_config(config)
        .with_message(&diag.message);
    let primary_color = severity_color(diag.severity);
    report.add_label(ariadne_label(
        name,
        primary,
        &diag.primary.message,
        primary_color,
    ));
    for label in &diag.secondary {
        let span = file.clamp_span(label.span);
        report.add_label(ariadne_label(name, span, &label.message, Color::Blue));
    }
    for note in &diag.notes {
        report.add_note(note);
    }

    let mut out = Vec::new();
    let source = ariadne::Source::from(text.as_ref());
    // Writing into a Vec cannot fail, and ariadne only writes UTF-8. Label
    // and custom-kind colours are drawn even with `with_color(false)`, hence
    // the stripping.
    match report.finish().write((name, source), &mut out) {
        Ok(()) if color => String::from_utf8_lossy(&out).into_owned(),
        Ok(()) => strip_ansi(&String::from_utf8_lossy(&out)),
        Err(_) => format!("{}\n", render_short(diag, file)),
    }
}

/// Renders `diag` as exactly one line, `file:line:col: error: message`
/// (1-based line, 1-based column in characters; `warning`/`note` for the
/// other severities), without a trailing newline. Line breaks in the message
/// become spaces so the one-line promise holds. Labels and notes are not
/// shown.
pub fn render_short(diag: &Diagnostic, file: &SourceFile) -> String {
    let primary = file.clamp_span(diag.primary.span);
    let message = diag.message.replace(['\r', '\n'], " ");
    let codespan_diag = codespan::Diagnostic::new(codespan_severity(diag.severity))
        .with_message(&message)
        .with_label(codespan::Label::primary((), primary.range()));
    let config = term::Config {
        display_style: DisplayStyle::Short,
        ..term::Config::default()
    };
    match term::emit_into_string(&config, &CodespanFile(file), &codespan_diag) {
        Ok(mut line) => {
            line.truncate(line.trim_end_matches('\n').len());
            line
        }
        // Our `Files` impl never fails; keep the message rather than lose it.
        Err(_) => format!("{}: {}: {message}", file.name(), diag.severity.as_str()),
    }
}

fn report_kind(severity: Severity) -> ReportKind<'static> {
    match severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
        // ariadne has no "Note" kind.
        Severity::Note => ReportKind::Custom("Note", severity_color(severity)),
    }
}

fn severity_color(severity: Severity) -> Color {
    match severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Note => Color::Cyan,
    }
}

fn ariadne_label<'a>(
    name: &'a str,
    span: Span,
    message: &str,
    color: Color,
) -> ariadne::Label<(&'a str, Range<usize>)> {
    // ariadne underlines only labels that have a message, so an unlabelled
    // span gets an empty one rather than disappearing.
    ariadne::Label::new((name, span.range()))
        .with_message(message)
        .with_color(color)
}

/// The text ariadne gets, adjusted so its lines are our lines.
///
/// ariadne also ends lines at lone `'\r'`, form feed, vertical tab, U+0085,
/// U+2028 and U+2029, which would shift its line numbers away from
/// CPython's. Each is replaced by whitespace of the same UTF-8 length so
/// byte offsets stay valid. ariadne has no line after a trailing `'\n'`, so
/// when a label points at the very end one space is appended to give that
/// position (our line `line_count() + 1`) a line to show.
fn ariadne_text<'a>(file: &'a SourceFile, diag: &Diagnostic) -> Cow<'a, str> {
    let text = file.text();
    let mut out = Cow::Borrowed(text);
    let needs_fix = text.contains(['\r', '\x0b', '\x0c', '\u{85}', '\u{2028}', '\u{2029}']);
    if needs_fix {
        let mut fixed = String::with_capacity(text.len() + 1);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' if chars.peek() == Some(&'\n') => fixed.push('\r'),
                '\r' | '\x0b' | '\x0c' => fixed.push(' '),
                // NO-BREAK SPACE is 2 bytes, EN SPACE 3: the same lengths as
                // the characters they replace.
                '\u{85}' => fixed.push('\u{a0}'),
                '\u{2028}' | '\u{2029}' => fixed.push('\u{2002}'),
                c => fixed.push(c),
            }
        }
        out = Cow::Owned(fixed);
    }
    let end = file.len();
    let points_at_end = std::iter::once(&diag.primary)
        .chain(&diag.secondary)
        .any(|label| file.clamp_span(label.span).start == end);
    if text.ends_with('\n') && points_at_end {
        out.to_mut().push(' ');
    }
    out
}

/// `text` without ANSI escape sequences (`ESC [ params final-byte`).
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(esc) = rest.find("\x1b[") {
        out.push_str(&rest[..esc]);
        let params = &rest[esc + 2..];
        // The final byte of a control sequence is in '@'..='~'.
        let end = params
            .find(|c| ('@'..='~').contains(&c))
            .map_or(params.len(), |i| i + 1);
        rest = &params[end..];
    }
    out.push_str(rest);
    out
}

fn codespan_severity(severity: Severity) -> codespan::Severity {
    match severity {
        Severity::Error => codespan::Severity::Error,
        Severity::Warning => codespan::Severity::Warning,
        Severity::Note => codespan::Severity::Note,
    }
}

/// A [`SourceFile`] seen through codespan's `Files` trait, so codespan uses
/// our line index (where only `'\n'` ends a line) and our character columns.
struct CodespanFile<'a>(&'a SourceFile);

impl<'a> Files<'a> for CodespanFile<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(self.0.name())
    }

    fn source(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(self.0.text())
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.0.line_of(clamp_u32(byte_index)) as usize - 1)
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, FilesError> {
        let line = clamp_u32(line_index).saturating_add(1);
        let start = self.0.line_start(line) as usize;
        Ok(start..start + self.0.line_text(line).len())
    }

    fn column_number(
        &'a self,
        (): (),
        _line_index: usize,
        byte_index: usize,
    ) -> Result<usize, FilesError> {
        Ok(self.0.line_col_chars(clamp_u32(byte_index)).column as usize + 1)
    }
}

fn clamp_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
