//! Placeholder.

use anyhow::Result;

use super::{Context, Partner};

pub fn has_targets(_ctx: &Context, _partner: &Partner) -> bool {
    false
}

pub fn render(_ctx: &Context, _title: &str, _partner: &Partner) -> Result<String> {
    anyhow::bail!("not drawn yet")
}
