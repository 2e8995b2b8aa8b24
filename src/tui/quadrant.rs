//! The quadrant chart drawn in the terminal.
