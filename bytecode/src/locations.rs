//! Where each instruction came from: [`Location`]s, kept as the compiler's
//! byte spans until someone asks.
//!
//! Turning a byte offset into a line and a column is a search of the
//! source's line starts. A compiled program needs the positions of few of
//! its instructions (those in a traceback), so the compiler hands over the
//! spans with the source's line table, and a position is worked out when
//! it is read: by a traceback, by `dis`, or when the code is written to a
//! bytecode file. Positions read from a file, or set by hand, are kept as
//! they are.

use std::fmt;

use pyvm_source::{Lines, Span};

use crate::Location;

/// The source range of each instruction of a code object, in order.
///
/// ```
/// use pyvm_bytecode::{Location, Locations};
/// use pyvm_source::{SourceFile, Span};
///
/// let file = SourceFile::new("<demo>", "x = 1\nprint(x)\n");
/// let spans = vec![Span::new(4, 5), Span::new(6, 14)];
/// let locations = Locations::from_spans(spans, file.lines());
/// assert_eq!(locations.get(1), Some(Location::new(2, 0, 2, 8)));
/// assert_eq!(locations, Locations::from(vec![Location::new(1, 4, 1, 5), Location::new(2, 0, 2, 8)]));
/// ```
#[derive(Clone, Default)]
pub struct Locations {
    repr: Repr,
}

#[derive(Clone)]
enum Repr {
    /// Worked out already.
    Known(Vec<Location>),
    /// Byte spans into a source with these lines.
    Spans { spans: Vec<Span>, lines: Lines },
}

impl Default for Repr {
    fn default() -> Repr {
        Repr::Known(Vec::new())
    }
}

impl Locations {
    /// The positions of the byte ranges `spans` of a source with `lines`.
    pub fn from_spans(spans: Vec<Span>, lines: Lines) -> Locations {
        Locations {
            repr: Repr::Spans { spans, lines },
        }
    }

    /// How many instructions have a position.
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Known(locations) => locations.len(),
            Repr::Spans { spans, .. } => spans.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The position of instruction `index`, if it has one.
    pub fn get(&self, index: usize) -> Option<Location> {
        match &self.repr {
            Repr::Known(locations) => locations.get(index).copied(),
            Repr::Spans { spans, lines } => spans.get(index).map(|&span| location(lines, span)),
        }
    }

    /// Every position, in order.
    pub fn to_vec(&self) -> Vec<Location> {
        match &self.repr {
            Repr::Known(locations) => locations.clone(),
            Repr::Spans { spans, lines } => {
                // Consecutive instructions mostly share a span: a run of
                // them is looked up once.
                let mut last: Option<(Span, Location)> = None;
                spans
                    .iter()
                    .map(|&span| match last {
                        Some((same, location)) if same == span => location,
                        _ => {
                            let location = location(lines, span);
                            last = Some((span, location));
                            location
                        }
                    })
                    .collect()
            }
        }
    }

    /// Every position, in order.
    pub fn iter(&self) -> impl Iterator<Item = Location> {
        self.to_vec().into_iter()
    }

    /// The positions, to change in place (worked out first if need be).
    pub fn as_mut_vec(&mut self) -> &mut Vec<Location> {
        if let Repr::Spans { .. } = self.repr {
            self.repr = Repr::Known(self.to_vec());
        }
        match &mut self.repr {
            Repr::Known(locations) => locations,
            Repr::Spans { .. } => unreachable!("worked out above"),
        }
    }
}

/// The position of `span` in a source with `lines`.
fn location(lines: &Lines, span: Span) -> Location {
    let start = lines.line_col(span.start);
    let end = lines.line_col(span.end);
    Location::new(start.line, start.column, end.line, end.column)
}

impl From<Vec<Location>> for Locations {
    fn from(locations: Vec<Location>) -> Locations {
        Locations {
            repr: Repr::Known(locations),
        }
    }
}

impl FromIterator<Location> for Locations {
    fn from_iter<I: IntoIterator<Item = Location>>(locations: I) -> Locations {
        Locations::from(locations.into_iter().collect::<Vec<_>>())
    }
}

/// The same positions, however they are kept.
impl PartialEq for Locations {
    fn eq(&self, other: &Locations) -> bool {
        self.len() == other.len() && self.to_vec() == other.to_vec()
    }
}

impl Eq for Locations {}

impl fmt::Debug for Locations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.to_vec()).finish()
    }
}

#[cfg(test)]
mod tests {
    use pyvm_source::SourceFile;

    use super::*;

    /// The positions of spans are those the source file gives, for every
    /// offset of a text with empty, non-ASCII and unterminated lines, and
    /// past its end.
    #[test]
    fn positions_are_the_source_files() {
        let file = SourceFile::new("<t>", "a = 1\n\nb = 'é'\r\nc");
        let len = file.len();
        let spans: Vec<Span> = (0..=len + 2)
            .flat_map(|start| (start..=len + 2).map(move |end| Span::new(start, end)))
            .filter(|span| {
                [span.start, span.end]
                    .iter()
                    .all(|&at| at > len || file.text().is_char_boundary(at as usize))
            })
            .collect();
        let locations = Locations::from_spans(spans.clone(), file.lines());
        let expected: Vec<Location> = spans
            .iter()
            .map(|span| {
                let (start, end) = (file.line_col(span.start), file.line_col(span.end));
                Location::new(start.line, start.column, end.line, end.column)
            })
            .collect();
        assert_eq!(locations.to_vec(), expected);
        for (index, &location) in expected.iter().enumerate() {
            assert_eq!(locations.get(index), Some(location));
        }
        assert_eq!(locations.get(expected.len()), None);
        assert_eq!(locations, Locations::from(expected));
    }
}
