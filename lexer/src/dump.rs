//! The token stream in the layouts of `python -m tokenize` and as JSON.

use std::fmt::Write;

use pyvm_source::{python_str_repr, LineCol, SourceFile};
use serde::Serialize;

use crate::{Lexed, Token, TokenKind};

/// A token as `tokenize` reports it: type, string and 1-based line,
/// 0-based character column of both ends.
#[derive(Serialize)]
pub struct TokenRow<'a> {
    /// `tokenize`'s type name (`OP` for operators).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The exact type name (`LPAR` for `(`).
    pub exact_type: &'static str,
    /// The token's text.
    pub string: &'a str,
    /// `[line, column]` of the first character.
    pub start: [u32; 2],
    /// `[line, column]` just past the last character.
    pub end: [u32; 2],
}

/// The rows of `lexed`, with `encoding` as the `ENCODING` token's text when
/// the source came from a file (`tokenize` omits it for standard input).
pub fn token_rows<'a>(
    file: &'a SourceFile,
    lexed: &Lexed,
    encoding: Option<&'a str>,
) -> Vec<TokenRow<'a>> {
    let mut rows = Vec::with_capacity(lexed.tokens.len() + 1);
    if let Some(encoding) = encoding {
        rows.push(TokenRow {
            kind: "ENCODING",
            exact_type: "ENCODING",
            string: encoding,
            start: [0, 0],
            end: [0, 0],
        });
    }
    rows.extend(lexed.tokens.iter().map(|&token| row(file, token)));
    rows
}

fn row(file: &SourceFile, token: Token) -> TokenRow<'_> {
    let text = file.text();
    let mut start = position(file, token.kind, token.span.start);
    // `tokenize` ends a token on the line of its last character, even when
    // that character is a line break.
    let mut end = if token.span.is_empty() {
        start
    } else {
        let mut last = file.line_col_chars(token.span.end - 1);
        last.column += 1;
        last
    };
    if token.kind == TokenKind::Newline && token.span.is_empty() {
        // The NEWLINE `tokenize` adds when the last line has no line break
        // is one column wide though it has no text.
        end.column += 1;
    }
    if token.kind == TokenKind::Encoding {
        start = LineCol { line: 0, column: 0 };
        end = start;
    }
    TokenRow {
        kind: token.kind.name(),
        exact_type: token.kind.exact_name(),
        string: token.text(text),
        start: [start.line, start.column],
        end: [end.line, end.column],
    }
}

/// Line and character column of `offset`. `tokenize` puts its final
/// `DEDENT`s and `ENDMARKER` on the line after the last, even when the last
/// line has no line break.
fn position(file: &SourceFile, kind: TokenKind, offset: u32) -> LineCol {
    let text = file.text();
    let at_end_of_unterminated_last_line =
        offset as usize == text.len() && !text.is_empty() && !text.ends_with('\n');
    if at_end_of_unterminated_last_line && matches!(kind, TokenKind::EndMarker | TokenKind::Dedent)
    {
        return LineCol {
            line: file.line_of(offset) + 1,
            column: 0,
        };
    }
    file.line_col_chars(offset)
}

/// The rows in `tokenize`'s layout: `"%-20s%-15s%-15r"` per token.
pub fn format_table(rows: &[TokenRow<'_>], exact: bool) -> String {
    let mut out = String::with_capacity(rows.len() * 60);
    for row in rows {
        let range = format!(
            "{},{}-{},{}:",
            row.start[0], row.start[1], row.end[0], row.end[1]
        );
        let kind = if exact { row.exact_type } else { row.kind };
        let _ = writeln!(
            out,
            "{range:<20}{kind:<15}{:<15}",
            python_str_repr(row.string)
        );
    }
    out
}

/// The rows as JSON, one object per line.
pub fn format_json(rows: &[TokenRow<'_>]) -> String {
    let mut out = String::with_capacity(rows.len() * 80);
    for row in rows {
        out.push_str(&serde_json::to_string(row).unwrap_or_default());
        out.push('\n');
    }
    out
}
