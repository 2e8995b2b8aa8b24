//! The report as Markdown; charts are shown as PNG files in a folder beside it, with the SVG
//! beside each, and described in words in their alternative text.

use crate::render::report::{Block, Document, Figure, Section, Table};

/// Escapes characters Markdown would read as markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// The anchor Markdown renderers (GitHub, GitLab, Pandoc) derive from a heading: lower case,
/// punctuation dropped, spaces as hyphens.
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

struct Writer<'a> {
    document: &'a Document,
    folder: &'a str,
    out: String,
    charts: Vec<&'a Figure>,
}

impl<'a> Writer<'a> {
    fn table(&mut self, table: &Table, heading: &str) {
        // A table named by its section's heading needs no second name right under it.
        if let Some(caption) = table
            .caption
            .as_deref()
            .filter(|caption| *caption != heading)
        {
            self.out.push_str(&format!("**{}**\n\n", escape(caption)));
        }
        let row = |cells: &[String]| {
            let escaped: Vec<String> = cells.iter().map(|c| escape(c)).collect();
            format!("| {} |\n", escaped.join(" | "))
        };
        self.out.push_str(&row(&table.headers));
        let rule: Vec<&str> = (0..table.headers.len())
            .map(|i| {
                if table.numeric.get(i).copied().unwrap_or(false) {
                    "---:"
                } else {
                    "---"
                }
            })
            .collect();
        self.out.push_str(&format!("| {} |\n", rule.join(" | ")));
        for (cells, marked) in table.rows.iter().zip(&table.marked) {
            if *marked {
                let emphasised: Vec<String> = cells
                    .iter()
                    .map(|c| {
                        if c.is_empty() {
                            String::new()
                        } else {
                            format!("*{}*", escape(c))
                        }
                    })
                    .collect();
                self.out
                    .push_str(&format!("| {} |\n", emphasised.join(" | ")));
            } else {
                self.out.push_str(&row(cells));
            }
        }
        self.out.push('\n');
        for note in &table.notes {
            self.out.push_str(&format!("_{}_\n\n", escape(note)));
        }
    }

    fn section(&mut self, section: &'a Section, depth: usize) {
        let hashes = "#".repeat((depth + 2).min(6));
        self.out
            .push_str(&format!("{hashes} {}\n\n", escape(&section.heading)));
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => self.out.push_str(&format!("{}\n\n", escape(text))),
                Block::Finding { heading, text } => {
                    self.out
                        .push_str(&format!("**{}.** {}\n\n", escape(heading), escape(text)))
                }
                Block::Note(text) => self.out.push_str(&format!("_{}_\n\n", escape(text))),
                Block::Table(table) => self.table(table, &section.heading),
                Block::Figure(id) => {
                    if let Some(figure) = self.document.figure(id) {
                        let number = self.charts.len() + 1;
                        let stem = &figure.file_stem;
                        self.out.push_str(&format!(
                            "![{}]({folder}/{stem}.png)\n\n*{} {number}. {}* ([SVG]({folder}/{stem}.svg))\n\n",
                            escape(&figure.description),
                            escape(&self.document.figure_word),
                            escape(&figure.title),
                            folder = self.folder
                        ));
                        self.charts.push(figure);
                    }
                }
                Block::Section(sub) => self.section(sub, depth + 1),
            }
        }
    }
}

/// The Markdown text and the figures it shows, in order.
pub fn render<'a>(document: &'a Document, folder: &'a str) -> (String, Vec<&'a Figure>) {
    let mut writer = Writer {
        document,
        folder,
        out: format!("# {}\n\n", escape(&document.title)),
        charts: Vec::new(),
    };
    for line in document.cooperation.iter().chain(&document.subtitle) {
        writer.out.push_str(&format!("{}  \n", escape(line)));
    }
    writer
        .out
        .push_str(&format!("\n## {}\n\n", escape(&document.contents_heading)));
    for (index, section) in document.sections.iter().enumerate() {
        writer.out.push_str(&format!(
            "{}. [{}](#{})\n",
            index + 1,
            escape(&section.heading),
            anchor(&section.heading)
        ));
    }
    writer.out.push('\n');
    for section in &document.sections {
        writer.section(section, 0);
    }
    let text = writer.out.trim_end().to_string() + "\n";
    (text, writer.charts)
}
