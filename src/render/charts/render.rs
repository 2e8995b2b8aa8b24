//! SVG to PNG: the chart's SVG rasterised, anti-aliased, with the bundled font only (no system
//! fonts are looked at, so every machine renders the same pixels).

use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result, anyhow};
use resvg::tiny_skia::{IntSize, Pixmap, Transform};
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
    // The image's memory is reused from the thread's previous chart: fresh memory of this size
    // comes from the system, which clears every page of it first, and that took half the
    // time of a chart set.
    let canvas = SPARE.with(|spare| std::mem::take(&mut spare.borrow_mut().canvas));
    let mut pixmap = IntSize::from_wh(width, height)
        .and_then(|size| {
            let mut canvas = canvas;
            canvas.clear();
            // Opaque white: every byte of every premultiplied RGBA pixel at its maximum.
            canvas.resize(size.width() as usize * size.height() as usize * 4, u8::MAX);
            Pixmap::from_vec(canvas, size)
        })
        .ok_or_else(|| anyhow!("cannot make a {width}×{height} image"))?;
    let size = tree.size();
    let transform =
        Transform::from_scale(width as f32 / size.width(), height as f32 / size.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    if same_size {
        glyphs::draw_texts(&mut pixmap, &texts);
    }

    // The page is opaque white, so premultiplied RGBA is plain RGBA: keep RGB.
    let mut rgb = SPARE.with(|spare| std::mem::take(&mut spare.borrow_mut().rgb));
    rgb.clear();
    rgb.reserve(pixmap.data().len() / 4 * 3);
    for pixel in pixmap.data().chunks_exact(4) {
        rgb.extend_from_slice(&pixel[..3]);
    }
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
    SPARE.with(|spare| {
        let mut spare = spare.borrow_mut();
        spare.canvas = pixmap.take();
        spare.rgb = rgb;
    });
    Ok(bytes)
}

/// Image memory kept by each thread for its next chart.
#[derive(Default)]
struct Spare {
    canvas: Vec<u8>,
    rgb: Vec<u8>,
}

thread_local! {
    static SPARE: RefCell<Spare> = RefCell::new(Spare::default());
}
