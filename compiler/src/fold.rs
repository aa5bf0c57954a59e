//! Constant folding (placeholder, being written).
