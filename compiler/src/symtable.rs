//! Symbol tables (placeholder, being written).
