//! Bulk import of organizations from JSON or CSV, all or nothing.
//!
//! JSON: an array of objects with the keys of [`FIELDS`]. CSV: a header row with
//! the same names; list columns (capabilities, needs, languages) separate their
//! items with `;`. Rows are numbered from 1 in the order of the file (for CSV,
//! row N is on line N + 1, below the header). Parsing and checking live here;
//! writing the checked profiles to the database in [`write`].

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::domain::profile::{Profile, ProfileDraft, name_key, split_languages};

mod write;

pub use write::{Joined, Summary, apply, apply_and_join};

pub const FIELDS: [&str; 10] = [
    "name",
    "kind",
    "country",
    "region",
    "description",
    "capabilities",
    "needs",
    "languages",
    "website",
    "contact_email",
];
const LIST_FIELDS: [&str; 3] = ["capabilities", "needs", "languages"];
const REQUIRED: [&str; 2] = ["name", "kind"];
/// Larger files are refused before parsing.
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;
pub const MAX_ROWS: usize = 100_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Files and the command line speak English; pages render the
        // message in the reader's language from `message`.
        let message = crate::i18n::Lang::En.render(&self.message);
        if self.field.is_empty() {
            write!(f, "row {}: {message}", self.row)
        } else {
            write!(f, "row {}: {}: {message}", self.row, self.field)
        }
    }
}

/// How many rows the errors are about (a row may have several).
pub fn invalid_rows(errors: &[RowError]) -> usize {
    let mut rows: Vec<usize> = errors.iter().map(|e| e.row).collect();
    rows.sort_unstable();
    rows.dedup();
    rows.len()
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Format(String),
    #[error("{} row(s) are invalid; nothing was imported", invalid_rows(.0))]
    Rows(Vec<RowError>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Json,
    Csv,
}

impl InputFormat {
    /// By extension, else by the first character (`[` is JSON).
    pub fn detect(path: &Path, bytes: &[u8]) -> InputFormat {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("json") => InputFormat::Json,
            Some("csv") => InputFormat::Csv,
            _ => match bytes
                .strip_prefix(b"\xEF\xBB\xBF")
                .unwrap_or(bytes)
                .iter()
                .find(|b| !b.is_ascii_whitespace())
            {
                Some(b'[') => InputFormat::Json,
                _ => InputFormat::Csv,
            },
        }
    }
}

pub fn read_file(path: &Path) -> Result<Vec<Profile>, ImportError> {
    let io = |source| ImportError::Io {
        path: path.display().to_string(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_BYTES {
        return Err(ImportError::Format(format!(
            "the file has {size} bytes; at most {MAX_BYTES} are accepted"
        )));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    parse(&bytes, InputFormat::detect(path, &bytes))
}

pub fn parse(bytes: &[u8], format: InputFormat) -> Result<Vec<Profile>, ImportError> {
    // Spreadsheets and some editors start UTF-8 files with a byte-order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let escaped_nul =
        format == InputFormat::Json && bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"));
    if bytes.contains(&0) || escaped_nul {
        return Err(ImportError::Format(
            "the file contains a NUL character (\\0), which no text here may hold; remove it"
                .into(),
        ));
    }
    let drafts = match format {
        InputFormat::Json => json_drafts(bytes)?,
        InputFormat::Csv => csv_drafts(bytes)?,
    };
    if drafts.len() > MAX_ROWS {
        return Err(ImportError::Format(format!(
            "the file has {} rows; at most {MAX_ROWS} are accepted in one import",
            drafts.len()
        )));
    }
    check(drafts)
}

/// Checks every row and collects every error; also refuses a name given twice.
fn check(drafts: Vec<Result<ProfileDraft, Vec<RowError>>>) -> Result<Vec<Profile>, ImportError> {
    let mut errors = Vec::new();
    let mut profiles = Vec::with_capacity(drafts.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, draft) in drafts.into_iter().enumerate() {
        let row = i + 1;
        match draft {
            Err(e) => errors.extend(e),
            Ok(d) => match d.parse() {
                Ok(p) => {
                    if let Some(first) = seen.insert(name_key(&p.name), row) {
                        errors.push(RowError {
                            row,
                            field: "name".into(),
                            message: format!("\"{}\" is already in row {first}", p.name),
                        });
                    }
                    profiles.push(p);
                }
                Err(fields) => errors.extend(fields.iter().map(|(field, message)| RowError {
                    row,
                    field: field.to_owned(),
                    message: message.to_owned(),
                })),
            },
        }
    }
    if errors.is_empty() {
        Ok(profiles)
    } else {
        Err(ImportError::Rows(errors))
    }
}

/// The common case, a well-formed file, read straight into rows; anything else
/// takes the slower path that can say which row and field is wrong.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonRow {
    name: String,
    kind: String,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    website: Option<String>,
    #[serde(default)]
    contact_email: Option<String>,
    #[serde(default)]
    capabilities: Vec<String>,
    #[serde(default)]
    needs: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
}

impl From<JsonRow> for ProfileDraft {
    fn from(r: JsonRow) -> Self {
        ProfileDraft {
            name: r.name,
            kind: r.kind,
            country: r.country.unwrap_or_default(),
            region: r.region.unwrap_or_default(),
            description: r.description.unwrap_or_default(),
            website: r.website.unwrap_or_default(),
            contact_email: r.contact_email.unwrap_or_default(),
            capabilities: r.capabilities,
            needs: r.needs,
            private_needs: Vec::new(),
            languages: r.languages,
        }
    }
}

fn json_drafts(bytes: &[u8]) -> Result<Vec<Result<ProfileDraft, Vec<RowError>>>, ImportError> {
    if let Ok(rows) = serde_json::from_slice::<Vec<JsonRow>>(bytes) {
        return Ok(rows.into_iter().map(|r| Ok(r.into())).collect());
    }
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| ImportError::Format(format!("the file is not valid JSON: {e}")))?;
    let Value::Array(rows) = value else {
        return Err(ImportError::Format(
            "the JSON file must hold an array of organizations: [{\"name\": …}, …]".into(),
        ));
    };
    Ok(rows
        .iter()
        .enumerate()
        .map(|(i, v)| json_row(i + 1, v))
        .collect())
}

fn json_row(row: usize, value: &Value) -> Result<ProfileDraft, Vec<RowError>> {
    let err = |field: &str, message: String| RowError {
        row,
        field: field.to_owned(),
        message,
    };
    let Value::Object(map) = value else {
        return Err(vec![err(
            "",
            "each row must be an object with the fields name, kind, …".into(),
        )]);
    };
    let mut errors = Vec::new();
    let mut fields: HashMap<&str, Vec<String>> = HashMap::new();
    for (key, v) in map {
        let Some(field) = FIELDS.iter().find(|f| **f == key.as_str()) else {
            errors.push(err(
                key,
                format!("unknown field; the fields are {}", FIELDS.join(", ")),
            ));
            continue;
        };
        let is_list = LIST_FIELDS.contains(field);
        let values = match (v, is_list) {
            (Value::Null, _) => Vec::new(),
            (Value::String(s), false) => vec![s.clone()],
            (Value::Array(items), true) => {
                let strings: Option<Vec<String>> = items
                    .iter()
                    .map(|x| x.as_str().map(str::to_owned))
                    .collect();
                match strings {
                    Some(s) => s,
                    None => {
                        errors.push(err(field, "must be a list of texts".into()));
                        continue;
                    }
                }
            }
            (Value::String(s), true) if *field == "languages" => split_languages(s),
            (_, true) => {
                errors.push(err(
                    field,
                    "must be a list of texts, e.g. [\"first\", \"second\"]".into(),
                ));
                continue;
            }
            (_, false) => {
                errors.push(err(field, "must be a text".into()));
                continue;
            }
        };
        fields.insert(field, values);
    }
    for required in REQUIRED {
        if !fields.contains_key(required) {
            errors.push(err(required, "is missing".into()));
        }
    }
    if errors.is_empty() {
        Ok(draft_from(fields))
    } else {
        Err(errors)
    }
}

fn draft_from(mut fields: HashMap<&str, Vec<String>>) -> ProfileDraft {
    let one = |k: &str| fields.get(k).map(|v| v.join(" ")).unwrap_or_default();
    let (name, kind, country, region, description, website, contact_email) = (
        one("name"),
        one("kind"),
        one("country"),
        one("region"),
        one("description"),
        one("website"),
        one("contact_email"),
    );
    ProfileDraft {
        name,
        kind,
        country,
        region,
        description,
        website,
        contact_email,
        languages: fields.remove("languages").unwrap_or_default(),
        capabilities: fields.remove("capabilities").unwrap_or_default(),
        needs: fields.remove("needs").unwrap_or_default(),
        private_needs: Vec::new(),
    }
}

fn csv_drafts(bytes: &[u8]) -> Result<Vec<Result<ProfileDraft, Vec<RowError>>>, ImportError> {
    let text =
        std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|e| {
            ImportError::Format(format!(
                "the CSV file is not UTF-8 text (byte {})",
                e.valid_up_to()
            ))
        })?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ImportError::Format(format!("cannot read the CSV header: {e}")))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect::<Vec<_>>();
    // Each column as the field it fills; a header that names none is refused.
    let columns: Vec<Option<&'static str>> = headers
        .iter()
        .map(|h| FIELDS.iter().find(|f| **f == h.as_str()).copied())
        .collect();
    let unknown: Vec<&str> = headers
        .iter()
        .zip(&columns)
        .filter(|(_, c)| c.is_none())
        .map(|(h, _)| h.as_str())
        .collect();
    if !unknown.is_empty() {
        return Err(ImportError::Format(format!(
            "unknown column(s) in the header: {}; the columns are {}",
            unknown.join(", "),
            FIELDS.join(", ")
        )));
    }
    for required in REQUIRED {
        if !headers.iter().any(|h| h == required) {
            return Err(ImportError::Format(format!(
                "the header has no \"{required}\" column"
            )));
        }
    }
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                rows.push(Err(vec![RowError {
                    row,
                    field: String::new(),
                    message: format!("cannot read this CSV row: {e}"),
                }]));
                continue;
            }
        };
        let mut fields: HashMap<&str, Vec<String>> = HashMap::new();
        for (field, value) in columns.iter().flatten().zip(record.iter()) {
            let field = *field;
            let values = if LIST_FIELDS.contains(&field) {
                value.split(';').map(str::to_owned).collect()
            } else {
                vec![value.to_owned()]
            };
            fields.insert(field, values);
        }
        rows.push(Ok(draft_from(fields)));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(result: Result<Vec<Profile>, ImportError>) -> Vec<String> {
        match result {
            Err(ImportError::Rows(e)) => e.iter().map(ToString::to_string).collect(),
            other => panic!("expected row errors, got {other:?}"),
        }
    }

    #[test]
    fn json_and_csv_give_the_same_profiles() {
        let json = br#"[{"name":"Pacific CERT","kind":"cert","country":"FJ","region":"Pacific","description":"d",
            "capabilities":["incident handling","forensics"],"needs":["funding"],"languages":["en","fr"]}]"#;
        let csv = "name,kind,country,region,description,capabilities,needs,languages\n\
                   Pacific CERT,cert,FJ,Pacific,d,incident handling;forensics,funding,en;fr\n";
        assert_eq!(
            parse(json, InputFormat::Json).unwrap(),
            parse(csv.as_bytes(), InputFormat::Csv).unwrap()
        );
    }

    #[test]
    fn every_bad_row_is_reported_with_row_and_field() {
        let json = br#"[{"name":"A","kind":"cert"},{"name":"","kind":"spaceship"},{"kind":"cert","colour":"red"},
            {"name":"a","kind":"cert"},{"name":"B","kind":"cert","needs":"one string"}, 7]"#;
        let errors = rows(parse(json, InputFormat::Json));
        for expected in [
            "row 2: kind:",
            "row 2: name:",
            "row 3: colour: unknown field",
            "row 3: name: is missing",
            "row 4: name: \"a\" is already in row 1",
            "row 5: needs: must be a list",
            "row 6: each row must be an object",
        ] {
            assert!(
                errors.iter().any(|e| e.starts_with(expected)),
                "{expected} not in {errors:#?}"
            );
        }
    }

    #[test]
    fn broken_files_get_a_clear_message() {
        for (bytes, format, words) in [
            (&b"[{"[..], InputFormat::Json, "not valid JSON"),
            (&b"{}"[..], InputFormat::Json, "must hold an array"),
            (
                &b"name,colour\nA,red\n"[..],
                InputFormat::Csv,
                "unknown column",
            ),
            (&b"kind\ncert\n"[..], InputFormat::Csv, "no \"name\" column"),
            (
                &b"name,kind\n\xff\xfe,cert\n"[..],
                InputFormat::Csv,
                "not UTF-8",
            ),
        ] {
            match parse(bytes, format) {
                Err(ImportError::Format(m)) => assert!(m.contains(words), "{m}"),
                other => panic!("expected a format error for {words}, got {other:?}"),
            }
        }
    }

    #[test]
    fn csv_rows_with_missing_cells_are_reported() {
        let csv = b"name,kind\nA,cert\nB\n";
        let errors = rows(parse(csv, InputFormat::Csv));
        assert!(
            errors[0].starts_with("row 2: cannot read this CSV row"),
            "{errors:?}"
        );
    }
}
