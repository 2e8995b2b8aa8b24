//! Shared fixtures of the integration tests.
#![allow(dead_code)]

pub mod fixture;
pub mod mini;
pub mod twelve;
