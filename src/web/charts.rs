//! Charts as server-drawn SVG: the geometry is computed here (pure), the
//! markup is written by the templates in `templates/charts/`. Colours come
//! from palettes that colour-blind readers tell apart and that stay in order
//! of lightness when printed in grey; every number is also written in the
//! chart and given in a table beside it.

use crate::services::landscape::Cell;

/// ColorBrewer's "Blues", light to dark: more covered, darker.
const BLUES: [&str; 5] = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"];
/// The fill of a cell without needs.
const EMPTY: &str = "#f3f4f6";
/// Okabe–Ito orange and blue: the two series of a bar chart.
pub const NEEDS_FILL: &str = "#e69f00";
pub const OFFERS_FILL: &str = "#0072b2";

/// The fill for a covered share, and the ink that reads on it.
pub fn shade(percent: Option<u32>) -> (&'static str, &'static str) {
    match percent {
        None => (EMPTY, "#374151"),
        Some(p) => {
            let bin = (p.min(100) as usize / 20).min(BLUES.len() - 1);
            (BLUES[bin], if bin >= 3 { "#ffffff" } else { "#111827" })
        }
    }
}

pub struct HeatCell {
    pub x: u32,
    pub fill: &'static str,
    pub ink: &'static str,
    /// "7 / 12" (covered / needs) or "–".
    pub count: String,
    /// "58 %" or empty.
    pub share: String,
}

pub struct HeatRow {
    pub y: u32,
    /// The label, in lines short enough for the margin.
    pub lines: Vec<String>,
    pub cells: Vec<HeatCell>,
}

pub struct HeatMap {
    pub title: String,
    pub desc: String,
    pub width: u32,
    pub height: u32,
    pub cell_w: u32,
    pub cell_h: u32,
    pub label_w: u32,
    /// Column labels with their centres, each in at most two lines.
    pub columns: Vec<(u32, Vec<String>)>,
    pub rows: Vec<HeatRow>,
    /// The legend's title ("Needs covered:") and swatches: x, fill, label.
    pub legend_title: String,
    pub legend: Vec<(u32, &'static str, String)>,
    pub legend_y: u32,
}

const LABEL_W: u32 = 250;
const CELL_W: u32 = 92;
const CELL_H: u32 = 44;
const HEAD_H: u32 = 44;

/// Breaks a label into lines of at most `width` characters, at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// A heat map of `cells[row][column]`: each cell's covered share as its
/// colour, with its counts written in it.
/// The words of a heat map's legend, in the page's language.
pub struct Legend {
    /// "Needs covered:"
    pub title: String,
    /// The swatch of a cell without needs: "no needs".
    pub empty: String,
}

pub fn heatmap(
    title: String,
    desc: String,
    rows: &[String],
    columns: &[String],
    cells: &[Vec<Cell>],
    words: Legend,
) -> HeatMap {
    let width = LABEL_W + CELL_W * columns.len() as u32;
    let legend_y = HEAD_H + CELL_H * rows.len() as u32 + 16;
    let legend = [
        (EMPTY, words.empty.as_str()),
        (BLUES[0], "0–19 %"),
        (BLUES[1], "20–39 %"),
        (BLUES[2], "40–59 %"),
        (BLUES[3], "60–79 %"),
        (BLUES[4], "80–100 %"),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (fill, label))| (LABEL_W + 80 * i as u32, fill, label.to_owned()))
    .collect();
    HeatMap {
        legend_title: words.title,
        title,
        desc,
        width: width.max(LABEL_W + 80 * 6),
        height: legend_y + 30,
        cell_w: CELL_W,
        cell_h: CELL_H,
        label_w: LABEL_W,
        columns: columns
            .iter()
            .enumerate()
            .map(|(i, c)| (LABEL_W + CELL_W * i as u32 + CELL_W / 2, wrap(c, 13)))
            .collect(),
        rows: rows
            .iter()
            .zip(cells)
            .enumerate()
            .map(|(r, (label, row))| HeatRow {
                y: HEAD_H + CELL_H * r as u32,
                lines: wrap(label, 36),
                cells: row
                    .iter()
                    .enumerate()
                    .map(|(c, cell)| {
                        let (fill, ink) = shade(cell.percent());
                        HeatCell {
                            x: LABEL_W + CELL_W * c as u32,
                            fill,
                            ink,
                            count: if cell.needs == 0 {
                                "–".to_owned()
                            } else {
                                format!("{} / {}", cell.covered, cell.needs)
                            },
                            share: cell.percent().map(|p| format!("{p} %")).unwrap_or_default(),
                        }
                    })
                    .collect(),
            })
            .collect(),
        legend,
        legend_y,
    }
}

pub struct Bar {
    pub y: u32,
    pub lines: Vec<String>,
    /// Width and value of the first and the second series.
    pub first: (u32, u32),
    pub second: (u32, u32),
}

pub struct Bars {
    pub title: String,
    pub desc: String,
    pub width: u32,
    pub height: u32,
    pub label_w: u32,
    pub bars: Vec<Bar>,
    pub first_name: String,
    pub second_name: String,
    pub first_fill: &'static str,
    pub second_fill: &'static str,
    pub legend_y: u32,
}

const BAR_AREA: u32 = 300;
const BAR_ROW: u32 = 40;

/// Paired horizontal bars, one pair per item: `(label, first, second)`.
pub fn bars(
    title: String,
    desc: String,
    items: &[(String, u32, u32)],
    names: (String, String),
) -> Bars {
    let max = items.iter().map(|i| i.1.max(i.2)).max().unwrap_or(0).max(1);
    let scale = |v: u32| (u64::from(v) * u64::from(BAR_AREA) / u64::from(max)) as u32;
    Bars {
        title,
        desc,
        width: LABEL_W + BAR_AREA + 50,
        height: 10 + BAR_ROW * items.len() as u32 + 30,
        label_w: LABEL_W,
        bars: items
            .iter()
            .enumerate()
            .map(|(i, (label, a, b))| Bar {
                y: 10 + BAR_ROW * i as u32,
                lines: wrap(label, 36).into_iter().take(2).collect(),
                first: (scale(*a), *a),
                second: (scale(*b), *b),
            })
            .collect(),
        first_name: names.0,
        second_name: names.1,
        first_fill: NEEDS_FILL,
        second_fill: OFFERS_FILL,
        legend_y: 10 + BAR_ROW * items.len() as u32 + 12,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shades_darken_with_coverage_and_empty_cells_are_grey() {
        assert_eq!(shade(None).0, EMPTY);
        assert_eq!(shade(Some(0)).0, BLUES[0]);
        assert_eq!(shade(Some(19)).0, BLUES[0]);
        assert_eq!(shade(Some(20)).0, BLUES[1]);
        assert_eq!(shade(Some(59)).0, BLUES[2]);
        assert_eq!(shade(Some(80)).0, BLUES[4]);
        assert_eq!(shade(Some(100)).0, BLUES[4]);
        // Light ink on the dark shades, dark ink on the light ones.
        assert_eq!(shade(Some(90)).1, "#ffffff");
        assert_eq!(shade(Some(10)).1, "#111827");
    }

    #[test]
    fn labels_wrap_at_spaces_and_cells_say_their_counts() {
        assert_eq!(
            wrap(
                "Cyber Incident Management and Critical Infrastructure Protection",
                36
            ),
            [
                "Cyber Incident Management and",
                "Critical Infrastructure Protection"
            ]
        );
        let map = heatmap(
            "t".into(),
            "d".into(),
            &["A".into(), "B".into()],
            &["Africa".into(), "Pacific".into()],
            &[
                vec![
                    Cell {
                        needs: 4,
                        covered: 3,
                    },
                    Cell::default(),
                ],
                vec![
                    Cell {
                        needs: 2,
                        covered: 0,
                    },
                    Cell {
                        needs: 1,
                        covered: 1,
                    },
                ],
            ],
            Legend {
                title: "Needs covered:".into(),
                empty: "no needs".into(),
            },
        );
        assert_eq!(map.rows[0].cells[0].count, "3 / 4");
        assert_eq!(map.rows[0].cells[0].share, "75 %");
        assert_eq!(map.rows[0].cells[1].count, "–");
        assert_eq!(map.rows[1].cells[1].fill, BLUES[4]);
        assert!(map.rows[1].y > map.rows[0].y);
        assert!(map.rows[0].cells[1].x > map.rows[0].cells[0].x);
    }

    #[test]
    fn bars_are_scaled_to_the_largest_value() {
        let b = bars(
            "t".into(),
            "d".into(),
            &[("x".into(), 10, 5), ("y".into(), 0, 2)],
            ("Needs".to_owned(), "Offers".to_owned()),
        );
        assert_eq!(b.bars[0].first, (BAR_AREA, 10));
        assert_eq!(b.bars[0].second, (BAR_AREA / 2, 5));
        assert_eq!(b.bars[1].first.0, 0);
    }
}
