//! Placeholder.

use anyhow::Result;

use super::Context;

pub fn render(_ctx: &Context, _title: &str, _id: &str) -> Result<String> {
    anyhow::bail!("not drawn yet")
}
