//! Python's index arithmetic on sequences: a negative index counts from
//! the end.

/// The position of the item at Python index `index` among `length`
/// items, or `None` when it is out of range.
#[inline]
pub(crate) fn item_position(index: i64, length: usize) -> Option<usize> {
    let index = if index < 0 {
        index.checked_add(i64::try_from(length).ok()?)?
    } else {
        index
    };
    usize::try_from(index).ok().filter(|&i| i < length)
}

/// Where `insert(index, item)` puts the item among `length` items: the
/// index clamped to `0..=length`.
pub(crate) fn insert_position(index: i64, length: usize) -> usize {
    let length = length as i64;
    let position = if index < 0 {
        (index + length).max(0)
    } else {
        index.min(length)
    };
    position as usize
}
