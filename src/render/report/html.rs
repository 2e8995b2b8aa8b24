//! The report as one self-contained HTML page: inline CSS, charts inlined as SVG, no external
//! assets. Printed on A4 it opens with a title page and the contents, starts each partner and
//! the appendix on a new page, keeps headings with what follows them and numbers the pages in
//! the footer. The markup is well-formed XML as well as HTML, and every piece of text is
//! escaped.

use crate::render::charts::ChartId;
use crate::render::report::{Block, Document, Section, Table};

const STYLE: &str = r#"
:root { --ink: #1f2933; --muted: #52606d; --line: #cbd2d9; --mark: #f0f4f8; --accent: #1d4f91; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; font-size: 10.5pt; }
h1 { color: var(--accent); font-size: 2.1em; margin: 0 0 0.6em; line-height: 1.2; }
h2 { color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 0.15em; margin-top: 2em; }
h3 { margin-top: 1.5em; }
h4 { margin-top: 1.2em; color: var(--muted); }
.title-page { padding: 3rem 0 2rem; }
.title-page p { margin: 0.25em 0; color: var(--muted); font-size: 1.1em; }
.title-page p.cooperation { color: var(--ink); font-size: 1.35em; font-weight: 600; margin-bottom: 1em; }
nav ol { padding-left: 1.4em; }
nav ol ol { list-style: lower-alpha; columns: 2; column-gap: 2em; }
nav li { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.3em; font-size: 0.92em; }
caption.assistive { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
caption { caption-side: top; text-align: left; font-weight: 600; color: var(--muted); padding: 0.2em 0; }
th, td { border-bottom: 1px solid var(--line); padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
thead th { background: var(--mark); vertical-align: bottom; hyphens: manual; overflow-wrap: anywhere; }
tbody th { font-weight: normal; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.marked td, tr.marked th { background: var(--mark); font-style: italic; }
.table { margin: 0.8em 0 1.2em; }
.table p.note { margin: 0.15em 0; }
p.finding strong { color: var(--accent); }
p.note { color: var(--muted); font-size: 0.88em; }
figure { margin: 1em 0; text-align: center; }
figure svg { width: 100%; max-width: 16cm; height: auto; }
figcaption { color: var(--muted); font-size: 0.9em; }
p.print-route { color: var(--muted); font-size: 0.9em; border-left: 3px solid var(--line); padding-left: 0.6em; }
@page { size: A4; margin: 16mm 16mm 18mm;
  @bottom-center { content: "PAGE_WORD " counter(page) " OF_WORD " counter(pages); font-family: Arial, sans-serif; font-size: 8pt; color: #52606d; }
  @bottom-right { content: "STATUS"; font-family: Arial, sans-serif; font-size: 8pt; color: #52606d; } }
@page :first { @bottom-center { content: none; } @bottom-right { content: none; } }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  .title-page { min-height: 240mm; padding-top: 70mm; break-after: page; }
  nav { break-after: page; }
  section.partner, section.appendix { break-before: page; }
  table, figure, p.finding, .keep, .table { break-inside: avoid; }
  h2, h3, h4, caption { break-after: avoid; }
  .table p.note { break-before: avoid; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  p.print-route { display: none; }
}
"#;

pub use crate::render::escape;

/// An SVG document as an element to inline: without an XML declaration or doctype.
fn inline_svg(svg: &str) -> &str {
    let start = svg.find("<svg").unwrap_or(0);
    svg[start..].trim_end()
}

struct Writer<'a> {
    document: &'a Document,
    out: String,
    figures: usize,
}

impl Writer<'_> {
    /// A table with its caption (the section's heading when it has none), header cells for
    /// columns and for each row's first cell, and its notes under it.
    fn table(&mut self, table: &Table, heading: &str) {
        let class = |index: usize| {
            if table.numeric.get(index).copied().unwrap_or(false) {
                " class=\"num\""
            } else {
                ""
            }
        };
        // A table named by its section's heading keeps that name for screen readers only:
        // printed, the heading directly above says it already.
        let (caption, caption_class) = match table.caption.as_deref() {
            Some(caption) => (caption, ""),
            None => (heading, " class=\"assistive\""),
        };
        self.out.push_str(&format!(
            "<div class=\"table\">\n<table>\n<caption{caption_class}>{}</caption>\n<thead><tr>",
            escape(caption)
        ));
        for (index, header) in table.headers.iter().enumerate() {
            self.out.push_str(&format!(
                "<th scope=\"col\"{}>{}</th>",
                class(index),
                escape(&super::document::soft_hyphens(header, self.document.lang))
            ));
        }
        self.out.push_str("</tr></thead>\n<tbody>\n");
        for (row, marked) in table.rows.iter().zip(&table.marked) {
            self.out.push_str(if *marked {
                "<tr class=\"marked\">"
            } else {
                "<tr>"
            });
            for (index, cell) in row.iter().enumerate() {
                let tag = if index == 0 { "th scope=\"row\"" } else { "td" };
                let close = if index == 0 { "th" } else { "td" };
                self.out.push_str(&format!(
                    "<{tag}{}>{}</{close}>",
                    class(index),
                    escape(cell)
                ));
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody>\n</table>\n");
        for note in &table.notes {
            self.out
                .push_str(&format!("<p class=\"note\">{}</p>\n", escape(note)));
        }
        self.out.push_str("</div>\n");
    }

    fn figure(&mut self, id: &ChartId) {
        let Some(figure) = self.document.figure(id) else {
            return;
        };
        self.figures += 1;
        self.out.push_str(&format!(
            "<figure id=\"figure-{}\">\n{}\n<figcaption>{} {}. {}</figcaption>\n</figure>\n",
            self.figures,
            inline_svg(&figure.svg),
            escape(&self.document.figure_word),
            self.figures,
            escape(&figure.title)
        ));
    }

    fn block(&mut self, block: &Block, heading: &str, depth: usize) {
        match block {
            Block::Paragraph(text) => {
                self.out.push_str(&format!("<p>{}</p>\n", escape(text)));
            }
            Block::Finding { heading, text } => self.out.push_str(&format!(
                "<p class=\"finding\"><strong>{}.</strong> {}</p>\n",
                escape(heading),
                escape(text)
            )),
            Block::Note(text) => {
                self.out
                    .push_str(&format!("<p class=\"note\">{}</p>\n", escape(text)));
            }
            Block::Table(table) => self.table(table, heading),
            Block::Figure(id) => self.figure(id),
            Block::Section(sub) => self.section(sub, depth + 1, Vec::new()),
        }
    }

    /// A section. Its heading is kept on one page with what follows: together with the
    /// headings of sections it opens (`pending`) and its first block, in one unbreakable
    /// group.
    fn section(&mut self, section: &Section, depth: usize, mut pending: Vec<String>) {
        let level = (depth + 2).min(6);
        let class = if section.class.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", escape(section.class))
        };
        self.out.push_str(&format!(
            "<section id=\"{}\"{class}>\n",
            escape(&section.id)
        ));
        pending.push(format!(
            "<h{level}>{}</h{level}>\n",
            escape(&section.heading)
        ));
        let mut blocks = section.blocks.iter();
        match blocks.next() {
            Some(Block::Section(sub)) => self.section(sub, depth + 1, pending),
            first => {
                self.out.push_str("<div class=\"keep\">\n");
                for heading in pending {
                    self.out.push_str(&heading);
                }
                if let Some(block) = first {
                    self.block(block, &section.heading, depth);
                }
                self.out.push_str("</div>\n");
            }
        }
        for block in blocks {
            self.block(block, &section.heading, depth);
        }
        self.out.push_str("</section>\n");
    }
}

pub fn render(document: &Document) -> String {
    let mut writer = Writer {
        document,
        out: String::new(),
        figures: 0,
    };
    let style = STYLE
        .replace("PAGE_WORD", &css_string(&document.page_words.0))
        .replace("OF_WORD", &css_string(&document.page_words.1))
        .replace("STATUS", &css_string(&document.status));
    writer.out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
<title>{}</title>\n<style>{style}</style>\n</head>\n<body>\n<header class=\"title-page\">\n<h1>{}</h1>\n",
        document.lang.code(),
        escape(&document.title),
        escape(&document.title)
    ));
    if let Some(name) = &document.cooperation {
        writer
            .out
            .push_str(&format!("<p class=\"cooperation\">{}</p>\n", escape(name)));
    }
    for line in &document.subtitle {
        writer.out.push_str(&format!("<p>{}</p>\n", escape(line)));
    }
    writer.out.push_str(&format!(
        "<p class=\"print-route\">{}</p>\n",
        escape(&document.print_route)
    ));
    writer.out.push_str("</header>\n");
    contents(&mut writer.out, document);
    writer.out.push_str("<main>\n");
    for section in &document.sections {
        writer.section(section, 0, Vec::new());
    }
    writer.out.push_str("</main>\n</body>\n</html>\n");
    writer.out
}

/// Text for inside a CSS string: without quotes or backslashes.
fn css_string(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '"' | '\\' | '<' | '>'))
        .collect()
}

/// The table of contents: the sections, with the partners nested under theirs.
fn contents(out: &mut String, document: &Document) {
    out.push_str(&format!(
        "<nav>\n<h2>{}</h2>\n<ol>\n",
        escape(&document.contents_heading)
    ));
    for section in &document.sections {
        out.push_str(&format!(
            "<li><a href=\"#{}\">{}</a>",
            escape(&section.id),
            escape(&section.heading)
        ));
        let subs: Vec<&Section> = section
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Section(sub) if sub.class == "partner" => Some(sub),
                _ => None,
            })
            .collect();
        if !subs.is_empty() {
            out.push_str("\n<ol>\n");
            for sub in subs {
                out.push_str(&format!(
                    "<li><a href=\"#{}\">{}</a></li>\n",
                    escape(&sub.id),
                    escape(&sub.heading)
                ));
            }
            out.push_str("</ol>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
}
