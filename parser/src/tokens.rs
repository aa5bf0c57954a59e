//! The parser's view of the token stream: trivia dropped, keywords told
//! apart, one byte per token so the grammar compares cheaply.

use pyvm_lexer::{AnyKeyword, LexError, Token, TokenKind, TokenSink};
pub use pyvm_lexer::{Keyword as Kw, SoftKeyword as Soft};
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
    /// Whether the text of every name is all ASCII, so that no name needs
    /// NFKC normalising (see `Reader::identifier`).
    pub names_ascii: bool,
}

impl TokenStream {
    /// Lexes `source` straight into the stream the grammar reads; gives
    /// the lexer's errors beside it.
    pub fn lex(source: &str) -> (TokenStream, Vec<LexError>) {
        // Python source averages a token per five or six bytes; the
        // densest files have one per three or so, which growing the
        // vectors would copy.
        let capacity = source.len() / 3 + 16;
        let builder = Builder::new(source, capacity);
        let (builder, errors) = pyvm_lexer::tokenize_into(source, builder);
        (builder.finish(), errors)
    }

    /// Keeps the tokens the grammar reads: comments, non-logical line breaks
    /// and the whitespace `ERRORTOKEN`s of `tokenize`'s recovery go.
    pub fn new(source: &str, tokens: &[Token]) -> TokenStream {
        let mut builder = Builder::new(source, tokens.len());
        for &token in tokens {
            builder.push(token);
        }
        builder.finish()
    }

    /// Drops the tokens from index `len` on.
    pub fn truncate(&mut self, len: usize) {
        self.toks.truncate(len);
        self.spans.truncate(len);
    }

    /// Appends a token.
    pub fn push(&mut self, tok: Tok, span: Span) {
        self.toks.push(tok);
        self.spans.push(span);
    }
}

/// Builds a [`TokenStream`] from the lexer's tokens as they come.
struct Builder<'s> {
    source: &'s str,
    stream: TokenStream,
    /// The latest tokens, moved to the stream a batch at a time: cheaper
    /// than growing its two vectors by one token each time.
    batch: ([Tok; BATCH], [Span; BATCH]),
    batched: usize,
}

/// How many tokens a [`Builder`] gathers before moving them.
const BATCH: usize = 64;

impl Builder<'_> {
    fn new(source: &str, capacity: usize) -> Builder<'_> {
        Builder {
            source,
            stream: TokenStream {
                toks: Vec::with_capacity(capacity),
                spans: Vec::with_capacity(capacity),
                names_ascii: true,
            },
            batch: ([Tok::EndMarker; BATCH], [Span::default(); BATCH]),
            batched: 0,
        }
    }

    /// Moves the gathered tokens to the stream.
    fn flush(&mut self) {
        let (toks, spans) = &self.batch;
        self.stream.toks.extend_from_slice(&toks[..self.batched]);
        self.stream.spans.extend_from_slice(&spans[..self.batched]);
        self.batched = 0;
    }

    fn finish(mut self) -> TokenStream {
        self.flush();
        self.stream
    }

    /// Appends a token the grammar reads.
    #[inline(always)]
    fn append(&mut self, tok: Tok, span: Span) {
        if self.batched >= BATCH {
            self.flush();
        }
        self.batch.0[self.batched] = tok;
        self.batch.1[self.batched] = span;
        self.batched += 1;
    }
}

impl TokenSink for Builder<'_> {
    #[inline(always)]
    fn push_name(&mut self, token: Token, ascii: bool) {
        self.stream.names_ascii &= ascii;
        let tok = match AnyKeyword::from_bytes(&self.source.as_bytes()[token.span.range()]) {
            Some(AnyKeyword::Hard(keyword)) => Tok::Kw(keyword),
            Some(AnyKeyword::Soft(keyword)) => Tok::Soft(keyword),
            None => Tok::Name,
        };
        self.append(tok, token.span);
    }

    #[inline(always)]
    fn push(&mut self, token: Token) {
        let tok = match token.kind {
            TokenKind::Comment | TokenKind::Nl | TokenKind::Encoding => return,
            TokenKind::Name => {
                let ascii = token.text(self.source).is_ascii();
                return self.push_name(token, ascii);
            }
            TokenKind::Number => Tok::Number,
            TokenKind::String => Tok::String,
            TokenKind::Newline => Tok::Newline,
            TokenKind::Indent => Tok::Indent,
            TokenKind::Dedent => Tok::Dedent,
            TokenKind::EndMarker => Tok::EndMarker,
            TokenKind::ErrorToken => {
                if token.text(self.source).trim().is_empty() {
                    return;
                }
                Tok::Error
            }
            op => Tok::Op(op),
        };
        self.append(tok, token.span);
    }
}
