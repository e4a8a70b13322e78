//! Numbers and dates written the way each language writes them: `1,234.5`
//! in English, `1 234,5` in French, `12.345,5` in Spanish; `7 December 2026`,
//! `7 décembre 2026`, `2026年12月7日`. The patterns and month names are
//! messages (`date-long`, `month-1` …), so translators own them.

use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;

use super::Lang;

/// `value` with `decimals` digits after the separator, grouped by thousands.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let plain = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let (group, decimal, min_grouping) = separators(lang);
    let mut out = String::new();
    if value < 0.0 && plain.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    let digits = whole.len();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 && digits >= min_grouping {
            out.push_str(group);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push_str(decimal);
        out.push_str(fraction);
    }
    out
}

/// A whole number, grouped by thousands.
pub fn integer(lang: Lang, value: i64) -> String {
    #[allow(clippy::cast_precision_loss)]
    number(lang, value as f64, 0)
}

/// (group separator, decimal separator, fewest digits that get grouped).
fn separators(lang: Lang) -> (&'static str, &'static str, usize) {
    match lang {
        Lang::En | Lang::Zh | Lang::Ar | Lang::Pseudo => (",", ".", 4),
        // Narrow no-break space, as French typography and CLDR write it.
        Lang::Fr => ("\u{202f}", ",", 4),
        // Spanish groups only from five digits (2024, but 12.345).
        Lang::Es => (".", ",", 5),
        Lang::Ru => ("\u{a0}", ",", 4),
    }
}

/// A date written out: `7 December 2026`, `7 de diciembre de 2026`.
pub fn date(lang: Lang, day: NaiveDate) -> String {
    let month = lang.t(&format!("month-{}", day.month()));
    lang.tr_values(
        "date-long",
        vec![
            ("day", FluentValue::from(day.day())),
            ("month", FluentValue::from(month)),
            ("monthnum", FluentValue::from(day.month())),
            // Text, not a quantity: never grouped (2026, not 2,026).
            ("year", FluentValue::from(day.year().to_string())),
        ],
    )
}

/// Fluent's formatter for numbers in messages, one per way of grouping:
/// whole numbers are grouped by thousands; others are left to Fluent.
fn fluent_number(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
    match value {
        FluentValue::Number(n)
            if n.value.fract() == 0.0 && n.options.minimum_fraction_digits.is_none() =>
        {
            Some(number(lang, n.value, 0))
        }
        _ => None,
    }
}

pub(super) fn fluent_en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    fluent_number(Lang::En, value)
}

pub(super) fn fluent_fr<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    fluent_number(Lang::Fr, value)
}

pub(super) fn fluent_es<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    fluent_number(Lang::Es, value)
}

pub(super) fn fluent_ru<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    fluent_number(Lang::Ru, value)
}

/// A date with its weekday: `Monday 7 December 2026`, `lundi 7 décembre 2026`.
pub fn full_date(lang: Lang, day: NaiveDate) -> String {
    let weekday = lang.t(&format!("weekday-{}", day.weekday().number_from_monday()));
    lang.tr(
        "date-full",
        &[("weekday", &weekday), ("date", &date(lang, day))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(Lang::En, 1234.5, 1), "1,234.5");
        assert_eq!(number(Lang::Fr, 1234.5, 1), "1\u{202f}234,5");
        assert_eq!(number(Lang::Es, 1234.5, 1), "1234,5");
        assert_eq!(number(Lang::Es, 12345.5, 1), "12.345,5");
        assert_eq!(number(Lang::Ru, 1_000_000.0, 0), "1\u{a0}000\u{a0}000");
        assert_eq!(number(Lang::En, -0.04, 1), "0.0");
        assert_eq!(number(Lang::En, -2.5, 1), "-2.5");
        assert_eq!(integer(Lang::Zh, 50_000), "50,000");
        assert_eq!(integer(Lang::En, 999), "999");
    }

    #[test]
    fn dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(plain(date(Lang::En, d)), "7 December 2026");
        assert_eq!(plain(date(Lang::Fr, d)), "7 décembre 2026");
        assert_eq!(plain(date(Lang::Es, d)), "7 de diciembre de 2026");
        assert_eq!(plain(date(Lang::Zh, d)), "2026年12月7日");
        assert_eq!(plain(date(Lang::Ru, d)), "7 декабря 2026 г.");
        assert_eq!(plain(full_date(Lang::En, d)), "Monday 7 December 2026");
        assert_eq!(plain(full_date(Lang::Fr, d)), "lundi 7 décembre 2026");
    }
}
