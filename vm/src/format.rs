//! The format-spec mini-language and %-formatting (being written).
