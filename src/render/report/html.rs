//! The report as one self-contained HTML page: inline CSS, charts inlined as SVG, no external
//! assets; A4 print styles with page breaks before each partner and the appendix. The markup
//! is well-formed XML as well as HTML, and every piece of text is escaped.

use crate::render::report::{Block, Document, Section, Table};

const STYLE: &str = r#"
:root { --ink: #1f2933; --muted: #52606d; --line: #cbd2d9; --mark: #f0f4f8; --accent: #1d4f91; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; font-size: 10.5pt; }
h1 { color: var(--accent); font-size: 1.9em; margin-bottom: 0.2em; }
h2 { color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 0.15em; margin-top: 2em; }
h3 { margin-top: 1.5em; }
h4 { margin-top: 1.2em; color: var(--muted); }
.subtitle { margin: 0.1em 0; color: var(--muted); }
nav ol { columns: 2; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0 1.2em; font-size: 0.92em; }
th, td { border-bottom: 1px solid var(--line); padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
th { background: var(--mark); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.marked td { background: var(--mark); font-style: italic; }
p.finding strong { color: var(--accent); }
p.note { color: var(--muted); font-size: 0.88em; }
figure { margin: 1em 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.9em; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  nav { page-break-after: always; }
  section.partner, section.appendix { page-break-before: always; }
  table, figure, p.finding { page-break-inside: avoid; }
  h2, h3, h4 { page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

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
    fn table(&mut self, table: &Table) {
        let class = |index: usize| {
            if table.numeric.get(index).copied().unwrap_or(false) {
                " class=\"num\""
            } else {
                ""
            }
        };
        self.out.push_str("<table>\n<thead><tr>");
        for (index, header) in table.headers.iter().enumerate() {
            self.out
                .push_str(&format!("<th{}>{}</th>", class(index), escape(header)));
        }
        self.out.push_str("</tr></thead>\n<tbody>\n");
        for (row, marked) in table.rows.iter().zip(&table.marked) {
            self.out.push_str(if *marked {
                "<tr class=\"marked\">"
            } else {
                "<tr>"
            });
            for (index, cell) in row.iter().enumerate() {
                self.out
                    .push_str(&format!("<td{}>{}</td>", class(index), escape(cell)));
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody>\n</table>\n");
    }

    fn section(&mut self, section: &Section, depth: usize) {
        let level = (depth + 2).min(6);
        let class = if section.class.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", escape(section.class))
        };
        self.out.push_str(&format!(
            "<section id=\"{}\"{class}>\n<h{level}>{}</h{level}>\n",
            escape(&section.id),
            escape(&section.heading)
        ));
        for block in &section.blocks {
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
                Block::Table(table) => self.table(table),
                Block::Figure(id) => {
                    if let Some(figure) = self.document.figure(id) {
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
                }
                Block::Section(sub) => self.section(sub, depth + 1),
            }
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
    writer.out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n",
        document.lang.code(),
        escape(&document.title),
        escape(&document.title)
    ));
    for line in &document.subtitle {
        writer
            .out
            .push_str(&format!("<p class=\"subtitle\">{}</p>\n", escape(line)));
    }
    writer.out.push_str(&format!(
        "</header>\n<nav>\n<h2>{}</h2>\n<ol>\n",
        escape(&document.contents_heading)
    ));
    for section in &document.sections {
        writer.out.push_str(&format!(
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
            writer.out.push_str("\n<ol>\n");
            for sub in subs {
                writer.out.push_str(&format!(
                    "<li><a href=\"#{}\">{}</a></li>\n",
                    escape(&sub.id),
                    escape(&sub.heading)
                ));
            }
            writer.out.push_str("</ol>\n");
        }
        writer.out.push_str("</li>\n");
    }
    writer.out.push_str("</ol>\n</nav>\n<main>\n");
    for section in &document.sections {
        writer.section(section, 0);
    }
    writer.out.push_str("</main>\n</body>\n</html>\n");
    writer.out
}
