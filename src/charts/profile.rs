//! Placeholder.

use anyhow::Result;

use super::{Context, Partner};

pub fn render(_ctx: &Context, _title: &str, _pillar: &str, _partner: &Partner) -> Result<String> {
    anyhow::bail!("not drawn yet")
}
