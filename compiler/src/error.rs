//! Compile-time errors (placeholder, being written).
