//! The parser's view of the token stream: trivia dropped, keywords told
//! apart, one byte per token so the grammar compares cheaply.

pub use pyvm_lexer::{Keyword as Kw, SoftKeyword as Soft};
use pyvm_lexer::{Token, TokenKind};
use pyvm_source::Span;

/// One token as the grammar sees it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Tok {
    /// An identifier that is not a keyword.
    Name,
    /// A soft keyword, which is also an identifier.
    Soft(Soft),
    /// A hard keyword.
    Kw(Kw),
    /// A number literal.
    Number,
    /// A string literal (any prefix).
    String,
    /// End of a logical line.
    Newline,
    /// Indentation increases.
    Indent,
    /// Indentation decreases.
    Dedent,
    /// An operator or delimiter.
    Op(TokenKind),
    /// A character that starts no token (`$`, `?`, `!`, `` ` ``).
    Error,
    /// End of input.
    EndMarker,
}

/// The tokens the grammar reads, with their source spans beside them.
pub struct TokenStream {
    /// What each token is.
    pub toks: Vec<Tok>,
    /// Where each token is in the source.
    pub spans: Vec<Span>,
}

impl TokenStream {
    /// Keeps the tokens the grammar reads: comments, non-logical line breaks
    /// and the whitespace `ERRORTOKEN`s of `tokenize`'s recovery go.
    pub fn new(source: &str, tokens: &[Token]) -> TokenStream {
        let mut toks = Vec::with_capacity(tokens.len());
        let mut spans = Vec::with_capacity(tokens.len());
        for token in tokens {
            let tok = match token.kind {
                TokenKind::Comment | TokenKind::Nl | TokenKind::Encoding => continue,
                TokenKind::Name => {
                    let text = token.text(source);
                    match Kw::from_name(text) {
                        Some(keyword) => Tok::Kw(keyword),
                        None => Soft::from_name(text).map_or(Tok::Name, Tok::Soft),
                    }
                }
                TokenKind::Number => Tok::Number,
                TokenKind::String => Tok::String,
                TokenKind::Newline => Tok::Newline,
                TokenKind::Indent => Tok::Indent,
                TokenKind::Dedent => Tok::Dedent,
                TokenKind::EndMarker => Tok::EndMarker,
                TokenKind::ErrorToken => {
                    if token.text(source).trim().is_empty() {
                        continue;
                    }
                    Tok::Error
                }
                op => Tok::Op(op),
            };
            toks.push(tok);
            spans.push(token.span);
        }
        TokenStream { toks, spans }
    }
}
