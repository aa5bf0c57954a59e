//! Python number semantics (being written).
