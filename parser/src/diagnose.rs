//! Better messages for a failed parse, as CPython 3.11's second pass with
//! its `invalid_*` rules gives them: missing `:`, missing indented block,
//! unexpected indent, forgotten comma, `=` for `==`, `print` without
//! parentheses, trailing comma after `from … import`, `try` without
//! `except`.
//!
//! Each check looks at the token stream for its pattern; the first match
//! at or before the token where the parse failed wins, else the error is
//! "invalid syntax" at that token.

use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::error::{ParseError, ParseErrorKind};
use crate::tokens::{Kw, Soft, Tok};

/// The error for a parse of `toks` that failed at token `failed`.
pub(crate) fn diagnose(source: &str, toks: &[Tok], spans: &[Span], failed: usize) -> ParseError {
    let failed = failed.min(toks.len().saturating_sub(1));
    let checks: [Check; 8] = [
        unexpected_indent,
        missing_block,
        missing_colon,
        missing_comma,
        equals_in_condition,
        print_statement,
        trailing_import_comma,
        try_without_handlers,
    ];
    let lines = Lines {
        source,
        toks,
        spans,
    };
    checks
        .iter()
        .filter_map(|check| check(&lines))
        .filter(|(at, _)| *at <= failed)
        .min_by_key(|(at, _)| *at)
        .map(|(_, error)| error)
        .unwrap_or(ParseError {
            kind: ParseErrorKind::InvalidSyntax,
            span: at_token(spans, failed),
        })
}

/// A check: the token index and error of its first match.
type Check = fn(&Lines<'_>) -> Option<(usize, ParseError)>;

fn at_token(spans: &[Span], index: usize) -> Span {
    spans
        .get(index)
        .map_or(Span::default(), |s| Span::empty(s.start))
}

struct Lines<'a> {
    source: &'a str,
    toks: &'a [Tok],
    spans: &'a [Span],
}

impl Lines<'_> {
    /// The logical lines: token ranges ending with their NEWLINE (INDENT
    /// and DEDENT tokens before a line are not part of it).
    fn each(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut start = 0;
        std::iter::from_fn(move || {
            while start < self.toks.len() && matches!(self.toks[start], Tok::Indent | Tok::Dedent) {
                start += 1;
            }
            if start >= self.toks.len() || self.toks[start] == Tok::EndMarker {
                return None;
            }
            let end = (start..self.toks.len())
                .find(|&i| matches!(self.toks[i], Tok::Newline | Tok::EndMarker))
                .unwrap_or(self.toks.len() - 1);
            let line = (start, end);
            start = end + 1;
            Some(line)
        })
    }

    fn line_of(&self, index: usize) -> u32 {
        let offset = self.spans[index].start as usize;
        self.source.as_bytes()[..offset.min(self.source.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32
            + 1
    }

    fn error(&self, index: usize, kind: ParseErrorKind) -> Option<(usize, ParseError)> {
        Some((
            index,
            ParseError {
                kind,
                span: at_token(self.spans, index),
            },
        ))
    }
}

/// What a block-opening line is, as CPython's "expected an indented block
/// after …" names it.
fn block_kind(toks: &[Tok]) -> Option<&'static str> {
    let first = match toks {
        [Tok::Kw(Kw::Async), next, ..] => *next,
        [first, ..] => *first,
        [] => return None,
    };
    Some(match first {
        Tok::Kw(Kw::If) => "'if' statement",
        Tok::Kw(Kw::Elif) => "'elif' statement",
        Tok::Kw(Kw::Else) => "'else' statement",
        Tok::Kw(Kw::While) => "'while' statement",
        Tok::Kw(Kw::For) => "'for' statement",
        Tok::Kw(Kw::With) => "'with' statement",
        Tok::Kw(Kw::Try) => "'try' statement",
        Tok::Kw(Kw::Except) if toks.get(1) == Some(&Tok::Op(K::Star)) => "'except*' statement",
        Tok::Kw(Kw::Except) => "'except' statement",
        Tok::Kw(Kw::Finally) => "'finally' statement",
        Tok::Kw(Kw::Def) => "function definition",
        Tok::Kw(Kw::Class) => "class definition",
        Tok::Soft(Soft::Match) => "'match' statement",
        Tok::Soft(Soft::Case) => "'case' statement",
        _ => return None,
    })
}

/// ` x = 1`: an indent where no block opens (IndentationError).
fn unexpected_indent(lines: &Lines<'_>) -> Option<(usize, ParseError)> {
    let toks = lines.toks;
    (0..toks.len())
        .find(|&i| {
            toks[i] == Tok::Indent
                && (i < 2 || toks[i - 1] != Tok::Newline || toks[i - 2] != Tok::Op(K::Colon))
        })
        .and_then(|i| lines.error(i, ParseErrorKind::UnexpectedIndent))
}

/// `if x:` then a line that is not indented (IndentationError).
fn missing_block(lines: &Lines<'_>) -> Option<(usize, ParseError)> {
    lines.each().find_map(|(start, end)| {
        let line = &lines.toks[start..end];
        let ends_with_colon = line.last() == Some(&Tok::Op(K::Colon));
        let next = end + 1;
        if !ends_with_colon
            || lines.toks[end] != Tok::Newline
            || lines.toks.get(next) == Some(&Tok::Indent)
        {
            return None;
        }
        let after = block_kind(line)?.to_string();
        let kind = ParseErrorKind::ExpectedIndentedBlock {
            after,
            line: lines.line_of(start),
        };
        lines.error(next.min(lines.toks.len() - 1), kind)
    })
}

/// A block-opening line without its `:` at the end.
fn missing_colon(lines: &Lines<'_>) -> Option<(usize, ParseError)> {
    lines.each().find_map(|(start, end)| {
        let line = &lines.toks[start..end];
        block_kind(line)?;
        let named = matches!(line.first(), Some(Tok::Kw(Kw::Def | Kw::Class)));
        if matches!(line.first(), Some(Tok::Soft(_))) || (named && line.get(1) != Some(&Tok::Name))
        {
            return None; // `match`/`case` may be names; `def` needs its name
        }
        let mut depth = 0i32;
        for tok in line {
            match tok {
                Tok::Op(K::Lpar | K::Lsqb | K::Lbrace) => depth += 1,
                Tok::Op(K::Rpar | K::Rsqb | K::Rbrace) => depth -= 1,
                Tok::Op(K::Colon) if depth == 0 => return None,
                Tok::Kw(Kw::Lambda) => return None,
                _ => {}
            }
        }
        lines.error(end, ParseErrorKind::ExpectedColon)
    })
}

fn ends_expression(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name
            | Tok::Number
            | Tok::String
            | Tok::Op(K::Rpar | K::Rsqb | K::Rbrace | K::Ellipsis)
            | Tok::Kw(Kw::True | Kw::False | Kw::None)
    )
}

fn starts_expression(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name
            | Tok::Soft(_)
            | Tok::Number
            | Tok::String
            | Tok::Op(K::Lpar | K::Lsqb | K::Lbrace | K::Tilde | K::Ellipsis)
            | Tok::Kw(Kw::True | Kw::False | Kw::None | Kw::Lambda | Kw::Await | Kw::Not)
    )
}

/// `[a b]`: two expressions side by side inside brackets. CPython points
/// at the start of the first one.
fn missing_comma(lines: &Lines<'_>) -> Option<(usize, ParseError)> {
    let toks = lines.toks;
    let mut depth = 0i32;
    for i in 0..toks.len().saturating_sub(1) {
        match toks[i] {
            Tok::Op(K::Lpar | K::Lsqb | K::Lbrace) => depth += 1,
            Tok::Op(K::Rpar | K::Rsqb | K::Rbrace) => depth -= 1,
            _ => {}
        }
        let (left, right) = (toks[i], toks[i + 1]);
        if depth <= 0 || !ends_expression(left) || !starts_expression(right) {
            continue;
        }
        if left == Tok::Name && right == Tok::String {
            continue; // CPython leaves `name "string"` alone (legacy print)
        }
        if matches!(right, Tok::Op(K::Lpar | K::Lsqb)) {
            continue; // a call or a subscript, not a second expression
        }
        return lines.error(expression_start(toks, i), ParseErrorKind::MissingComma);
    }
    None
}

/// Where the expression ending at token `end` starts, within its bracket.
fn expression_start(toks: &[Tok], end: usize) -> usize {
    let mut depth = 0i32;
    let mut i = end;
    loop {
        match toks[i] {
            Tok::Op(K::Rpar | K::Rsqb | K::Rbrace) => depth += 1,
            Tok::Op(K::Lpar | K::Lsqb | K::Lbrace) if depth > 0 => depth -= 1,
            Tok::Op(K::Lpar | K::Lsqb | K::Lbrace) => return i + 1,
            Tok::Op(K::Comma | K::Colon | K::Equal | K::ColonEqual)
            | Tok::Kw(
                Kw::For
                | Kw::In
                | Kw::If
                | Kw::Else
                | Kw::Lambda
                | Kw::Yield
                | Kw::And
                | Kw::Or
                | Kw::Not,
            ) if depth == 0 => return i + 1,
            _ => {}
        }
        if i == 0 {
            return 0;
        }
        i -= 1;
    }
}

/// `if x = 1:`: CPython suggests `==` or `:=`, pointing at the left side.
fn equals_in_condition(lines: &Lines<'_>) -> Option<(usize, ParseError)> {
    lines.each().find_map(|(start, end)| {
        let line = &lines.toks[start..end];
        if !matches!(line.first(), Some(Tok::Kw(Kw::If | Kw::Elif | Kw::While))) {
            return None;
        }
        let mut depth = 0i32;
        for tok in line {
            match tok {
                Tok::Op(K::Lpar | K::Lsqb | K::Lbrace) => depth += 1,
                Tok::Op(K::Rpar | K::Rsqb | K::Rbrace) => depth -= 1,
                Tok::Op(K::Equal) if depth == 0 => {
                    return lines.error(start + 1, ParseErrorKind::EqualsInsteadOfComparison)
                }
                Tok::Op(K::Colon) if depth == 0 => return None,
                _ => {}
            }
        }
        None
    })
}

/// `print "x"`: Python 2's print statement.
fn print_statement(lines: &Lines<'_>) -> Option<(usize, ParseError)> {
    lines.each().find_map(|(start, end)| {
        let line = &lines.toks[start..end];
        let [Tok::Name, next, ..] = line else {
            return None;
        };
        let name = &lines.source[lines.spans[start].range()];
        if !matches!(name, "print" | "exec")
            || !starts_expression(*next)
            || *next == Tok::Op(K::Lpar)
        {
            return None;
        }
        lines.error(
            start,
            ParseErrorKind::MissingParentheses {
                name: if name == "print" { "print" } else { "exec" },
            },
        )
    })
}

/// `from a import b,` without parentheses.
fn trailing_import_comma(lines: &Lines<'_>) -> Option<(usize, ParseError)> {
    lines.each().find_map(|(start, end)| {
        let line = &lines.toks[start..end];
        let is_from_import =
            line.first() == Some(&Tok::Kw(Kw::From)) && line.contains(&Tok::Kw(Kw::Import));
        let parenthesized = line.contains(&Tok::Op(K::Lpar));
        if is_from_import && !parenthesized && line.last() == Some(&Tok::Op(K::Comma)) {
            return lines.error(end, ParseErrorKind::TrailingImportComma);
        }
        None
    })
}

/// `try:` with its block, then neither `except` nor `finally`.
fn try_without_handlers(lines: &Lines<'_>) -> Option<(usize, ParseError)> {
    let toks = lines.toks;
    (0..toks.len()).find_map(|i| {
        if toks[i] != Tok::Kw(Kw::Try) || toks.get(i + 1) != Some(&Tok::Op(K::Colon)) {
            return None;
        }
        // Skip the block: NEWLINE INDENT … DEDENT, or the rest of the line.
        let mut j = i + 2;
        if toks.get(j) == Some(&Tok::Newline) && toks.get(j + 1) == Some(&Tok::Indent) {
            let mut depth = 0;
            j += 1;
            while j < toks.len() {
                match toks[j] {
                    Tok::Indent => depth += 1,
                    Tok::Dedent => {
                        depth -= 1;
                        if depth == 0 {
                            j += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        } else {
            while j < toks.len() && toks[j] != Tok::Newline {
                j += 1;
            }
            j += 1;
        }
        match toks.get(j) {
            Some(Tok::Kw(Kw::Except | Kw::Finally)) | None => None,
            Some(_) => lines.error(j, ParseErrorKind::ExpectedExceptOrFinally),
        }
    })
}
