//! SVG to PNG: the chart's SVG rasterised, anti-aliased, with the bundled font only (no system
//! fonts are looked at, so every machine renders the same pixels).

use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result, anyhow};
use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use super::glyphs;
use super::style::{BUNDLED_FAMILY, FONT_BOLD, FONT_REGULAR};

fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut database = fontdb::Database::new();
            database.load_font_data(FONT_REGULAR.to_vec());
            database.load_font_data(FONT_BOLD.to_vec());
            database.set_sans_serif_family(BUNDLED_FAMILY);
            Arc::new(database)
        })
        .clone()
}

/// Rasterises an SVG to a PNG of `width` × `height` pixels (opaque RGB), marked as 150 dpi.
pub fn svg_to_png(svg: &str, width: u32, height: u32) -> Result<Vec<u8>> {
    svg_to_png_at(svg, (width, height), 150.0)
}

/// Rasterises an SVG to a PNG of the given size, marked with `dpi` pixels per inch.
pub fn svg_to_png_at(svg: &str, (width, height): (u32, u32), dpi: f64) -> Result<Vec<u8>> {
    let options = usvg::Options {
        font_family: BUNDLED_FAMILY.to_string(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    // Texts are set by `glyphs` (fast, same look) when the image is drawn at the SVG's own
    // size; at any other size resvg draws everything.
    let (shapes, texts) = glyphs::split_texts(svg);
    let mut tree =
        usvg::Tree::from_str(&shapes, &options).context("the chart's SVG does not parse")?;
    let same_size = tree.size().width().round() as u32 == width
        && tree.size().height().round() as u32 == height;
    if !same_size {
        tree = usvg::Tree::from_str(svg, &options).context("the chart's SVG does not parse")?;
    }
    let mut pixmap = Pixmap::new(width, height)
        .ok_or_else(|| anyhow!("cannot make a {width}×{height} image"))?;
    pixmap.fill(Color::WHITE);
    let size = tree.size();
    let transform =
        Transform::from_scale(width as f32 / size.width(), height as f32 / size.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    if same_size {
        glyphs::draw_texts(&mut pixmap, &texts);
    }

    // The page is opaque white, so premultiplied RGBA is plain RGBA: keep RGB.
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|pixel| [pixel[0], pixel[1], pixel[2]])
        .collect();
    let mut bytes = Vec::with_capacity(rgb.len() / 8);
    {
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        // Paeth alone compresses these flat-coloured charts within a few per cent of trying
        // every filter per row, in well under the time.
        encoder.set_filter(png::Filter::Paeth);
        let per_metre = (dpi / 0.0254).round() as u32;
        encoder.set_pixel_dims(Some(png::PixelDimensions {
            xppu: per_metre,
            yppu: per_metre,
            unit: png::Unit::Meter,
        }));
        let mut writer = encoder.write_header().context("cannot encode the PNG")?;
        writer
            .write_image_data(&rgb)
            .context("cannot encode the PNG")?;
    }
    Ok(bytes)
}
