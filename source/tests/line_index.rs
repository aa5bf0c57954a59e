//! Line/column queries on `SourceFile`: the line rules of CPython's
//! tokenize ('\n' ends a line, '\r\n' counts as one terminator, a lone '\r'
//! does not end a line) and clamping of bad offsets.

use pyvm_source::{LineCol, SourceFile, Span};

fn lc(line: u32, column: u32) -> LineCol {
    LineCol { line, column }
}

#[test]
fn empty_text() {
    let file = SourceFile::new("e.py", "");
    assert_eq!(file.line_count(), 0);
    assert_eq!(file.line_of(0), 1);
    assert_eq!(file.line_col(0), lc(1, 0));
    assert_eq!(file.line_col_chars(0), lc(1, 0));
    assert_eq!(file.line_start(1), 0);
    assert_eq!(file.line_text(1), "");
    assert_eq!(file.offset_of(1, 0), Some(0));
    assert_eq!(file.offset_of(1, 1), None);
    assert_eq!(file.offset_of(2, 0), None);
}

#[test]
fn trailing_newline_puts_end_on_new_empty_line() {
    let file = SourceFile::new("t.py", "a\nbc\n");
    assert_eq!(file.line_count(), 2);
    assert_eq!(file.line_col(0), lc(1, 0));
    assert_eq!(file.line_col(1), lc(1, 1), "the '\\n' is on its own line");
    assert_eq!(file.line_col(2), lc(2, 0));
    assert_eq!(file.line_col(4), lc(2, 2));
    // ENDMARKER position in CPython's tokenize: (3, 0).
    assert_eq!(file.line_col(5), lc(3, 0));
    assert_eq!(file.line_start(3), 5);
    assert_eq!(file.line_text(3), "");
    assert_eq!(file.offset_of(3, 0), Some(5));
}

#[test]
fn no_trailing_newline() {
    let file = SourceFile::new("t.py", "a\nbc");
    assert_eq!(file.line_count(), 2);
    assert_eq!(file.line_col(4), lc(2, 2), "end offset ends the last line");
    assert_eq!(file.line_text(2), "bc");
    assert_eq!(file.offset_of(2, 2), Some(4));
    assert_eq!(file.offset_of(2, 3), None);
    assert_eq!(file.offset_of(3, 0), None);
}

#[test]
fn blank_lines() {
    let file = SourceFile::new("t.py", "\n\n\n");
    assert_eq!(file.line_count(), 3);
    assert_eq!(file.line_col(0), lc(1, 0));
    assert_eq!(file.line_col(2), lc(3, 0));
    assert_eq!(file.line_col(3), lc(4, 0));
    assert_eq!(file.line_text(2), "\n");
}

#[test]
fn crlf_is_one_terminator() {
    let text = "ab\r\ncd\r\n";
    let file = SourceFile::new("t.py", text);
    assert_eq!(file.line_count(), 2);
    assert_eq!(file.line_text(1), "ab\r\n");
    assert_eq!(file.line_col(2), lc(1, 2), "'\\r' stays on the line");
    assert_eq!(file.line_col(3), lc(1, 3));
    assert_eq!(file.line_col(4), lc(2, 0));
    assert_eq!(file.offset_of(1, 2), Some(2));
    assert_eq!(file.offset_of(1, 3), Some(3), "NEWLINE column at the '\\n'");
    assert_eq!(
        file.offset_of(1, 4),
        None,
        "past the '\\n' is the next line"
    );
}

#[test]
fn lone_cr_does_not_end_a_line() {
    let file = SourceFile::new("t.py", "a\rb\nc");
    assert_eq!(file.line_count(), 2);
    assert_eq!(file.line_text(1), "a\rb\n");
    assert_eq!(file.line_col(2), lc(1, 2));
    assert_eq!(file.line_col(4), lc(2, 0));
}

#[test]
fn multibyte_columns() {
    // 'é' is 2 bytes, '日' 3, '🐍' 4.
    let text = "x\né日🐍y\n";
    let file = SourceFile::new("t.py", text);
    let y = text.find('y').unwrap() as u32;
    assert_eq!(file.line_col(y), lc(2, 9));
    assert_eq!(file.line_col_chars(y), lc(2, 3));
    assert_eq!(file.line_col_chars(y + 1), lc(2, 4), "the '\\n' after y");
    assert_eq!(file.line_col_chars(text.len() as u32), lc(3, 0));
    assert_eq!(file.offset_of(2, 2), Some(4));
    assert_eq!(file.offset_of(2, 1), None, "inside 'é'");
}

#[test]
fn ascii_lines_after_non_ascii_lines() {
    let file = SourceFile::new("t.py", "é\nabc\n🐍\nxyz");
    assert_eq!(file.line_col_chars(5), lc(2, 2));
    assert_eq!(file.line_col_chars(13), lc(4, 1));
    assert_eq!(file.line_col_chars(7), lc(3, 0));
    assert_eq!(file.line_col_chars(11), lc(3, 1));
}

#[test]
fn offsets_past_end_are_clamped() {
    let file = SourceFile::new("t.py", "ab\ncd");
    assert_eq!(file.line_col(100), lc(2, 2));
    assert_eq!(file.line_col_chars(u32::MAX), lc(2, 2));
    assert_eq!(file.line_of(u32::MAX), 2);
}

#[test]
fn offsets_inside_a_char_are_clamped_to_its_start() {
    let file = SourceFile::new("t.py", "a🐍b");
    for offset in 1..5 {
        assert_eq!(file.line_col(offset), lc(1, 1), "offset {offset}");
        assert_eq!(file.line_col_chars(offset), lc(1, 1), "offset {offset}");
    }
    assert_eq!(file.line_col_chars(5), lc(1, 2));
}

#[test]
fn line_queries_out_of_range() {
    let file = SourceFile::new("t.py", "ab\ncd\n");
    assert_eq!(file.line_start(0), 0);
    assert_eq!(file.line_start(2), 3);
    assert_eq!(file.line_start(99), 6);
    assert_eq!(file.line_text(0), "");
    assert_eq!(file.line_text(99), "");
    assert_eq!(file.offset_of(0, 0), None);
    assert_eq!(file.offset_of(1, u32::MAX), None);
}

#[test]
fn slice_and_clamp_span() {
    let file = SourceFile::new("t.py", "s = 'é'");
    assert_eq!(file.slice(Span::new(0, 1)), "s");
    assert_eq!(
        file.slice(Span::new(5, 6)),
        "é",
        "end inside 'é' widens to the whole char"
    );
    assert_eq!(
        file.slice(Span::new(6, 7)),
        "é",
        "start inside 'é' moves to its start"
    );
    assert_eq!(file.slice(Span::new(4, 100)), "'é'");
    assert_eq!(file.clamp_span(Span::new(50, 60)), Span::empty(8));
    assert_eq!(file.clamp_span(Span::new(3, 1)), Span::empty(3), "reversed");
}

#[test]
fn every_offset_agrees_with_a_naive_count() {
    let text = "if x:\r\n\tprint('日本')  # 🐍\n\n\x0cy = 1\rz\n";
    let file = SourceFile::new("t.py", text);
    for offset in 0..=text.len() {
        if !text.is_char_boundary(offset) {
            continue;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() as u32 + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let expected_bytes = lc(line, (offset - line_start) as u32);
        let expected_chars = lc(line, text[line_start..offset].chars().count() as u32);
        assert_eq!(
            file.line_col(offset as u32),
            expected_bytes,
            "offset {offset}"
        );
        assert_eq!(
            file.line_col_chars(offset as u32),
            expected_chars,
            "offset {offset}"
        );
        let column = expected_bytes.column;
        if text[offset..].starts_with('\n') || !text[line_start..offset].contains('\n') {
            assert_eq!(
                file.offset_of(line, column),
                Some(offset as u32),
                "offset {offset}"
            );
        }
    }
}
