//! SVG to PNG: the chart's SVG rasterised, anti-aliased, with the bundled font only (no system
//! fonts are looked at, so every machine renders the same pixels).

use std::cell::RefCell;
use std::io::Write;
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

/// The size an SVG of ours was drawn at: the `width` and `height` of its root element.
pub fn drawn_size(svg: &str) -> Option<(u32, u32)> {
    let start = svg.find("<svg")?;
    let open = &svg[start..start + svg[start..].find('>')?];
    let attribute = |name: &str| -> Option<u32> {
        let at = open.find(&format!(" {name}=\""))? + name.len() + 3;
        open[at..].split('"').next()?.parse().ok()
    };
    Some((attribute("width")?, attribute("height")?))
}

/// Rasterises an SVG to a PNG of `width` × `height` pixels (opaque RGB), marked as 150 dpi.
pub fn svg_to_png(svg: &str, width: u32, height: u32) -> Result<Vec<u8>> {
    svg_to_png_at(svg, (width, height), 150.0)
}

/// Rasterises an SVG to a PNG of the given size, marked with `dpi` pixels per inch.
pub fn svg_to_png_at(svg: &str, size: (u32, u32), dpi: f64) -> Result<Vec<u8>> {
    rasterise(svg, size, dpi, png::Compression::Fast)
}

/// As [`svg_to_png_at`], compressed harder: for a picture that goes into a document and is
/// sent on, where the file's size matters more than a few milliseconds.
pub fn svg_to_compact_png(svg: &str, size: (u32, u32), dpi: f64) -> Result<Vec<u8>> {
    rasterise(svg, size, dpi, png::Compression::High)
}

fn rasterise(
    svg: &str,
    (width, height): (u32, u32),
    dpi: f64,
    compression: png::Compression,
) -> Result<Vec<u8>> {
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
    // A chart paints its whole page opaque white first: then the previous chart's pixels need
    // not be cleared, as every one of them is painted over.
    let painted_over = shapes.contains(&format!(
        "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" opacity=\"1\" fill=\"#FFFFFF\" \
         stroke=\"none\"/>",
        tree.size().width(),
        tree.size().height()
    ));
    let mut pixmap = IntSize::from_wh(width, height)
        .and_then(|size| {
            let mut canvas = canvas;
            let length = size.width() as usize * size.height() as usize * 4;
            if !(painted_over && canvas.len() == length) {
                canvas.clear();
                // Opaque white: every byte of every premultiplied RGBA pixel at its maximum.
                canvas.resize(length, u8::MAX);
            }
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

    let mut out = SPARE.with(|spare| std::mem::take(&mut spare.borrow_mut().out));
    out.clear();
    let encoded = encode_png(&pixmap, dpi, compression, &mut out);
    let bytes = out.as_slice().to_vec();
    SPARE.with(|spare| {
        let mut spare = spare.borrow_mut();
        spare.canvas = pixmap.take();
        spare.out = out;
    });
    encoded.context("cannot encode the PNG")?;
    Ok(bytes)
}

/// Encodes the image as an opaque RGB PNG into `out`, row by row: neither an RGB copy of the
/// image nor the compressed data is held apart from `out`.
fn encode_png(
    pixmap: &Pixmap,
    dpi: f64,
    compression: png::Compression,
    out: &mut Vec<u8>,
) -> Result<(), png::EncodingError> {
    let (width, height) = (pixmap.width(), pixmap.height());
    let mut encoder = png::Encoder::new(out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(compression);
    // Paeth alone compresses these flat-coloured charts within a few per cent of trying
    // every filter per row, in well under the time.
    encoder.set_filter(png::Filter::Paeth);
    let per_metre = (dpi / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header()?;
    let mut stream = writer.stream_writer_with_size(IDAT_BYTES)?;
    let mut row = vec![0; width as usize * 3];
    for pixels in pixmap.data().chunks_exact(width as usize * 4) {
        // The page is opaque white, so premultiplied RGBA is plain RGBA: keep RGB.
        rgba_to_rgb(pixels, &mut row);
        stream.write_all(&row)?;
    }
    stream.finish()
}

/// Copies the red, green and blue of each RGBA pixel.
fn rgba_to_rgb(rgba: &[u8], rgb: &mut [u8]) {
    let (pixels, _) = rgba.as_chunks::<4>();
    let (out, _) = rgb.as_chunks_mut::<3>();
    for (to, from) in out.iter_mut().zip(pixels) {
        *to = [from[0], from[1], from[2]];
    }
}

/// The size of the PNG's data chunks.
const IDAT_BYTES: usize = 1 << 16;

/// Image memory kept by each thread for its next chart.
#[derive(Default)]
struct Spare {
    canvas: Vec<u8>,
    /// The encoded PNG.
    out: Vec<u8>,
}

thread_local! {
    static SPARE: RefCell<Spare> = RefCell::new(Spare::default());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(body: &str) -> String {
        format!(
            "<svg width=\"40\" height=\"20\" viewBox=\"0 0 40 20\" \
             xmlns=\"http://www.w3.org/2000/svg\">{body}</svg>"
        )
    }

    /// The PNG of an SVG drawn by a thread that has drawn nothing before.
    fn on_a_clean_page(svg: &str) -> Vec<u8> {
        let svg = svg.to_string();
        std::thread::spawn(move || svg_to_png(&svg, 40, 20).unwrap())
            .join()
            .unwrap()
    }

    #[test]
    fn a_chart_drawn_after_another_looks_as_on_a_clean_page() {
        let dark = svg(
            "<rect x=\"0\" y=\"0\" width=\"40\" height=\"20\" opacity=\"1\" \
             fill=\"#000000\" stroke=\"none\"/>",
        );
        let white_page = svg(
            "<rect x=\"0\" y=\"0\" width=\"40\" height=\"20\" opacity=\"1\" \
             fill=\"#FFFFFF\" stroke=\"none\"/>\
             <circle cx=\"10\" cy=\"10\" r=\"6\" fill=\"#FF0000\" opacity=\"0.5\"/>",
        );
        let no_page = svg("<circle cx=\"10\" cy=\"10\" r=\"6\" fill=\"#FF0000\" opacity=\"0.5\"/>");
        for chart in [&white_page, &no_page] {
            let expected = on_a_clean_page(chart);
            svg_to_png(&dark, 40, 20).unwrap();
            assert_eq!(svg_to_png(chart, 40, 20).unwrap(), expected);
        }
        assert_eq!(on_a_clean_page(&white_page), on_a_clean_page(&no_page));
    }

    #[test]
    fn rgba_pixels_become_rgb_pixels_whatever_their_number() {
        for pixels in [0, 1, 2, 3, 4, 5, 7, 8, 13] {
            let rgba: Vec<u8> = (0..pixels * 4).map(|at| at as u8).collect();
            let expected: Vec<u8> = rgba
                .chunks_exact(4)
                .flat_map(|pixel| pixel[..3].to_vec())
                .collect();
            let mut rgb = vec![0; pixels * 3];
            rgba_to_rgb(&rgba, &mut rgb);
            assert_eq!(rgb, expected, "{pixels} pixels");
        }
    }
}
