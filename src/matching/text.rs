//! Text normalisation for matching: lower case, accents folded, punctuation
//! removed, a light English stemmer. The same steps run over profile items and
//! over the thesaurus, so the two always meet.

/// Lower-cases, folds Latin accents to ASCII and splits on anything that is not
/// a letter or a digit.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        for l in c.to_lowercase() {
            if l.is_alphanumeric() {
                match fold(l) {
                    Some(ascii) => current.push_str(ascii),
                    None => current.push(l),
                }
            } else if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// ASCII for the accented Latin letters of the languages this field works in.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => return None,
    })
}

/// Suffixes removed by [`stem`], longest first; the stem left must keep at least
/// four characters.
/// ("-ement" goes whole, so French "financement" meets "financing" while English
/// "finance", a sector, keeps its e.)
const SUFFIXES: [&str; 23] = [
    "isations", "izations", "isation", "ization", "ations", "ation", "ising", "izing", "ments",
    "ement", "ment", "ness", "ised", "ized", "ings", "ing", "ise", "ize", "ity", "ers", "ion",
    "ed", "er",
];

/// A light English stemmer: plurals, then one derivational or inflectional
/// suffix, then a final `e` or `y`. Crude but consistent: "trainers",
/// "training" and "train" all become "train"; "strategies" and "strategy"
/// become "strateg".
pub fn stem(word: &str) -> String {
    if word.len() <= 3 || !word.is_ascii() || word.bytes().any(|b| b.is_ascii_digit()) {
        return word.to_owned();
    }
    let mut w = word.to_owned();
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.truncate(w.len() - 1);
    }
    for suffix in SUFFIXES {
        if w.len() >= suffix.len() + 4 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    // "finance" keeps its e so that it does not read as "financing" (funding);
    // the same for every -ance/-ence noun.
    if w.len() > 4 && w.ends_with('e') && !w.ends_with("nce") {
        w.truncate(w.len() - 1);
    } else if w.len() > 4 && w.ends_with('y') {
        // "policy" → "polici", apart from "police" → "polic".
        w.truncate(w.len() - 1);
        w.push('i');
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_accents_and_punctuation() {
        assert_eq!(
            words("Ministère du Numérique (CERT/CSIRT) e-evidence"),
            vec![
                "ministere",
                "du",
                "numerique",
                "cert",
                "csirt",
                "e",
                "evidence"
            ]
        );
        assert!(words("  ,;  ").is_empty());
    }

    #[test]
    fn inflections_meet() {
        for group in [
            ["trainers", "training", "train"],
            ["strategies", "strategy", "strategys"],
            ["forensics", "forensic", "forensic"],
            ["establishment", "establishing", "establish"],
            ["judges", "judge", "judge"],
            ["harmonising", "harmonization", "harmonise"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            assert!(
                stems.iter().all(|s| *s == stems[0]),
                "{group:?} → {stems:?}"
            );
        }
        assert_ne!(stem("policy"), stem("police"));
        assert_eq!(stem("soc"), "soc");
        assert_eq!(stem("27001"), "27001");
    }
}
