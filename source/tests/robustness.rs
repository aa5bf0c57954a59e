//! Bad input never panics: random texts full of awkward characters, with
//! random (often out-of-range or reversed) spans, through every query and
//! both renderers.

use proptest::prelude::*;
use pyvm_source::{Diagnostic, Severity, SourceFile, Span};

/// Texts built from the characters that trip up line and column code.
fn awkward_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a", "xy", " ", "\t", "\n", "\r", "\r\n", "\x0c", "é", "日", "🐍", "\u{2028}", "\u{85}",
        "(",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
}

fn severity() -> impl Strategy<Value = Severity> {
    prop::sample::select(vec![Severity::Error, Severity::Warning, Severity::Note])
}

/// Spans reaching a little past the end (up to 60 bytes of text above).
fn span() -> impl Strategy<Value = Span> {
    (0u32..200, 0u32..200).prop_map(|(start, end)| Span::new(start, end))
}

proptest! {
    #[test]
    fn renderers_never_panic(
        text in awkward_text(),
        severity in severity(),
        primary in span(),
        secondary in prop::collection::vec((span(), "[a-z ]{0,5}"), 0..3),
        label in "[a-z\n]{0,6}",
        notes in prop::collection::vec("[a-z]{1,5}", 0..2),
    ) {
        let file = SourceFile::new("t.py", text);
        let mut diag = Diagnostic::new(severity, "msg", primary).with_label(label);
        for (span, message) in secondary {
            diag = diag.with_secondary(span, message);
        }
        for note in notes {
            diag = diag.with_note(note);
        }
        let short = diag.render_short(&file);
        prop_assert!(!short.contains('\n'));
        let line = file.line_col_chars(primary.start);
        let expected = format!("t.py:{}:{}: {}: msg", line.line, line.column + 1, severity.as_str());
        prop_assert_eq!(short, expected);
        let rich = diag.render_rich(&file, false);
        prop_assert!(rich.contains("msg"));
        prop_assert!(!rich.contains('\x1b'));
        diag.render_rich(&file, true);
    }

    #[test]
    fn queries_never_panic(text in awkward_text(), offset in 0u32..200, line in 0u32..50) {
        let file = SourceFile::new("t.py", text);
        let position = file.line_col(offset);
        prop_assert!(position.line >= 1 && position.line <= file.line_count() + 1);
        prop_assert!(file.line_col_chars(offset).column <= position.column);
        file.line_text(line);
        file.line_start(line);
        if let Some(found) = file.offset_of(line, offset) {
            prop_assert_eq!(file.line_col(found), pyvm_source::LineCol { line, column: offset });
        }
        file.slice(Span::new(offset, offset / 2));
    }
}
