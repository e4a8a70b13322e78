//! The match list as a file: CSV (RFC 4180, UTF-8), Excel and JSON.

pub mod agenda;

use serde::Serialize;

/// One suggestion, as every export format writes it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportRow {
    pub organization: String,
    pub rank: usize,
    pub partner: String,
    pub score: f64,
    pub reasons: Vec<String>,
    pub website: String,
    pub contact: String,
    /// "interested", "not interested", "mutual interest" or empty.
    pub interest: String,
}

/// The columns of the CSV and Excel files, as people read them (the JSON
/// file keeps the field names of [`ExportRow`]).
pub const HEADER: [&str; 8] = [
    "Organization",
    "Rank",
    "Partner",
    "Score",
    "Why",
    "Website",
    "Contact",
    "Interest",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    Json,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Json => "json",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Json => "application/json",
        }
    }
}

/// A spreadsheet would run a cell that starts with `=`, `+`, `-` or `@` (or a
/// tab, CR or NUL before one) as a formula: such cells get a leading `'`.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\0') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

fn cells(row: &ExportRow) -> [String; 8] {
    [
        neutralise(&row.organization),
        row.rank.to_string(),
        neutralise(&row.partner),
        crate::matching::whole(row.score),
        // One reason per line in the cell.
        neutralise(&row.reasons.join("\n")),
        neutralise(&row.website),
        neutralise(&row.contact),
        row.interest.clone(),
    ]
}

/// The file name users get: `roundtable-matches-{slug}-{date}.{ext}`.
pub fn file_name(slug: &str, format: Format, today: chrono::NaiveDate) -> String {
    format!(
        "roundtable-matches-{slug}-{}.{}",
        today.format("%Y-%m-%d"),
        format.extension()
    )
}

/// A CSV file as spreadsheets read it: UTF-8 with a byte-order mark, CRLF
/// line ends, RFC 4180 quoting. The cells are written as given.
pub fn csv_file<R, C>(header: &[&str], rows: impl IntoIterator<Item = R>) -> anyhow::Result<Vec<u8>>
where
    R: IntoIterator<Item = C>,
    C: AsRef<[u8]>,
{
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(header)?;
        for row in rows {
            w.write_record(row)?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// The list as a file, with English headings (the API and the CLI).
pub fn render(rows: &[ExportRow], format: Format) -> anyhow::Result<Vec<u8>> {
    render_in(crate::i18n::Lang::En, rows, format)
}

/// The list as a file, its headings and sheet name in `lang` (the cells are
/// as given; JSON keeps its English keys).
pub fn render_in(
    lang: crate::i18n::Lang,
    rows: &[ExportRow],
    format: Format,
) -> anyhow::Result<Vec<u8>> {
    let header: Vec<String> = HEADER
        .iter()
        .map(|h| crate::i18n::labels::column(lang, h))
        .collect();
    match format {
        Format::Csv => {
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            csv_file(&header, rows.iter().map(cells))
        }
        Format::Json => Ok(serde_json::to_vec_pretty(rows)?),
        Format::Xlsx => {
            let mut book = rust_xlsxwriter::Workbook::new();
            let sheet = book.add_worksheet();
            sheet.set_name(crate::i18n::labels::column(lang, "Matches"))?;
            let bold = rust_xlsxwriter::Format::new().set_bold();
            let wrapped = rust_xlsxwriter::Format::new()
                .set_text_wrap()
                .set_align(rust_xlsxwriter::FormatAlign::Top);
            for (c, h) in header.iter().enumerate() {
                sheet.write_string_with_format(0, c as u16, h, &bold)?;
            }
            for (r, row) in rows.iter().enumerate() {
                let r = r as u32 + 1;
                for (c, value) in cells(row).iter().enumerate() {
                    match c {
                        1 => sheet.write_number(r, 1, row.rank as f64)?,
                        3 => sheet.write_number(r, 3, row.score.round())?,
                        _ => sheet.write_string_with_format(r, c as u16, value, &wrapped)?,
                    };
                }
            }
            // The header stays in view and filters; the reasons wrap.
            sheet.set_freeze_panes(1, 0)?;
            sheet.autofilter(0, 0, rows.len() as u32, (HEADER.len() - 1) as u16)?;
            for (c, width) in [30, 6, 40, 7, 80, 30, 30, 16].into_iter().enumerate() {
                sheet.set_column_width(c as u16, width)?;
            }
            Ok(book.save_to_buffer()?)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\0x"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralise("Pacific CERT"), "Pacific CERT");
    }
}
