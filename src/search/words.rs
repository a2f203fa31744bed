//! The words pagefind indexes for one word of a page's text, by pagefind's own rules (its
//! `fossick::splitting`, without the word segmentation of its extended build): the word
//! lower-cased and stemmed, with diacritics folded (the form with them kept as a variant),
//! the parts of a compound (`Welcome-Center`, `camelCase`, `a.b`), katakana suffixes and
//! emoji. The search library applies the same rules to a query, so the two must agree.

use convert_case::{Case, Casing};
use pagefind_stem::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// The longest katakana suffix indexed, in characters.
const MAX_KATAKANA_SUFFIX_CHARS: usize = 16;
/// The longest dotted tail indexed, in characters.
const MAX_DOTTED_TAIL_CHARS: usize = 64;

/// Characters that count as part of a word (Unicode's "Punctuation, Connector").
pub const WORD_SYMBOLS: [char; 10] = ['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿'];

/// One word to index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indexable {
    /// The form looked up: normalised and stemmed.
    pub stemmed: String,
    /// A part of a compound word, which counts for less.
    pub is_compound_part: bool,
    /// The word before its diacritics were folded, when they were.
    pub original: Option<String>,
}

/// How many words a [`Language`] remembers before it forgets them all.
const REMEMBERED: usize = 16_384;

/// The words of one language: its stemmer, and the words already looked at, since most
/// words of a site recur on many pages.
pub struct Language {
    stemmer: Option<Stemmer>,
    seen: FxHashMap<String, Vec<Indexable>>,
}

impl Language {
    /// The words of language `code` (lower case).
    pub fn new(code: &str) -> Self {
        Language {
            stemmer: stemmer(code),
            seen: FxHashMap::default(),
        }
    }

    /// What [`indexable`] gives for `raw`.
    pub fn indexable(&mut self, raw: &str) -> &[Indexable] {
        if self.seen.contains_key(raw) {
            return &self.seen[raw];
        }
        if self.seen.len() >= REMEMBERED {
            self.seen.clear();
        }
        let words = indexable(raw, self.stemmer.as_ref());
        self.seen.entry(raw.to_string()).or_insert(words)
    }

    /// What [`indexable_plain`] gives for `raw`.
    pub fn indexable_plain(&self, raw: &str) -> Vec<Indexable> {
        indexable_plain(raw, self.stemmer.as_ref())
    }
}

/// The stemmer of language `code` (its primary subtag), if pagefind has one.
fn stemmer(code: &str) -> Option<Stemmer> {
    let algorithm = match code.split('-').next().unwrap_or(code) {
        "ar" => Algorithm::Arabic,
        "hy" => Algorithm::Armenian,
        "eu" => Algorithm::Basque,
        "ca" => Algorithm::Catalan,
        "da" => Algorithm::Danish,
        "nl" => Algorithm::Dutch,
        "en" => Algorithm::English,
        "eo" => Algorithm::Esperanto,
        "et" => Algorithm::Estonian,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "hi" => Algorithm::Hindi,
        "hu" => Algorithm::Hungarian,
        "id" => Algorithm::Indonesian,
        "ga" => Algorithm::Irish,
        "it" => Algorithm::Italian,
        "lt" => Algorithm::Lithuanian,
        "nb" | "nn" | "no" => Algorithm::Norwegian,
        "ne" => Algorithm::Nepali,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "sr" => Algorithm::Serbian,
        "pl" => Algorithm::Polish,
        "es" => Algorithm::Spanish,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        "yi" => Algorithm::Yiddish,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// Every word to index for `raw`, one whitespace-separated word of the text: the words of
/// [`indexable_plain`] and its dotted tails.
fn indexable(raw: &str, stemmer: Option<&Stemmer>) -> Vec<Indexable> {
    let mut results = indexable_plain(raw, stemmer);
    let tails = dotted_tails(raw, stemmer, &results);
    results.extend(tails);
    results
}

/// The words to index for `raw` (as in a meta field): the word itself, its compound parts,
/// emoji and katakana suffixes.
fn indexable_plain(raw: &str, stemmer: Option<&Stemmer>) -> Vec<Indexable> {
    let mut results = Vec::new();
    let normalized = normalize(raw);
    if !normalized.is_empty() {
        results.push(stem(&normalized, stemmer, false));
    }
    for suffix in katakana_suffixes(raw) {
        let folded = fold_diacritics(suffix);
        results.push(Indexable {
            stemmed: folded.clone().unwrap_or_else(|| suffix.to_string()),
            original: folded.map(|_| suffix.to_string()),
            is_compound_part: true,
        });
    }
    if is_possibly_compound(raw) {
        let (parts, emoji) = discrete_words(raw);
        if !normalized.is_empty()
            && (parts.contains(char::is_whitespace) || !normalized.starts_with(&parts))
        {
            for part in parts.split_whitespace().filter(|w| w.len() > 1) {
                let folded = fold_diacritics(part);
                let base = folded.as_deref().unwrap_or(part);
                results.push(Indexable {
                    stemmed: stemmer
                        .map_or_else(|| base.to_string(), |s| s.stem(base).into_owned()),
                    original: folded.as_ref().map(|_| part.to_string()),
                    is_compound_part: true,
                });
            }
        }
        results.extend(emoji.into_iter().map(|e| Indexable {
            stemmed: e,
            original: None,
            is_compound_part: false,
        }));
    }
    results
}

/// Whether `word` may be a compound: it has a character that is not alphanumeric, or an
/// upper-case letter after its first character.
fn is_possibly_compound(word: &str) -> bool {
    word.chars().any(|c| !c.is_alphanumeric()) || word.chars().skip(1).any(char::is_uppercase)
}

/// The compounds after each `.` of `raw` (`is_python_build` of `sysconfig.is_python_build`)
/// not already among `existing`.
fn dotted_tails(raw: &str, stemmer: Option<&Stemmer>, existing: &[Indexable]) -> Vec<Indexable> {
    let mut tails = Vec::new();
    if !raw.contains('.') {
        return tails;
    }
    let seen: HashSet<&str> = existing.iter().map(|w| w.stemmed.as_str()).collect();
    let mut seen_tails = HashSet::new();
    for (at, _) in raw.match_indices('.') {
        let rest = &raw[at + 1..];
        let tail = match rest.char_indices().nth(MAX_DOTTED_TAIL_CHARS) {
            Some((end, _)) => &rest[..end],
            None => rest,
        };
        if !is_possibly_compound(tail) {
            continue;
        }
        let normalized = normalize(tail);
        if normalized.chars().count() < 2 {
            continue;
        }
        let word = stem(&normalized, stemmer, true);
        if !seen.contains(word.stemmed.as_str()) && seen_tails.insert(word.stemmed.clone()) {
            tails.push(word);
        }
    }
    tails
}

/// `raw` lower-cased, with only its alphanumeric characters and [`WORD_SYMBOLS`].
fn normalize(raw: &str) -> String {
    let mut normalized = String::with_capacity(raw.len());
    for mut c in raw.chars() {
        if c.is_alphanumeric() || WORD_SYMBOLS.contains(&c) {
            c.make_ascii_lowercase();
            if c.is_uppercase() {
                normalized.extend(c.to_lowercase());
            } else {
                normalized.push(c);
            }
        }
    }
    normalized
}

/// The normalised word `normalized`, with its diacritics folded, stemmed.
fn stem(normalized: &str, stemmer: Option<&Stemmer>, is_compound_part: bool) -> Indexable {
    let folded = fold_diacritics(normalized);
    let base = folded.as_deref().unwrap_or(normalized);
    Indexable {
        stemmed: stemmer.map_or_else(|| base.to_string(), |s| s.stem(base).into_owned()),
        original: folded.map(|_| normalized.to_string()),
        is_compound_part,
    }
}

/// Whether `c` is katakana (or its prolonged sound mark, or a halfwidth form).
fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

/// Every suffix of a katakana word of three or more characters, so that a query for a part
/// of it finds it by prefix.
fn katakana_suffixes(word: &str) -> Vec<&str> {
    if word.chars().count() < 3 || !word.chars().all(is_katakana) {
        return Vec::new();
    }
    let mut seen = HashSet::new();
    let mut suffixes = Vec::new();
    for (at, _) in word.char_indices().skip(1) {
        let rest = &word[at..];
        let suffix = match rest.char_indices().nth(MAX_KATAKANA_SUFFIX_CHARS) {
            Some((end, _)) => &rest[..end],
            None => rest,
        };
        if suffix.chars().count() >= 2 && seen.insert(suffix) {
            suffixes.push(suffix);
        }
    }
    suffixes
}

/// `word` without its combining marks (the kana sound marks kept), if that changes it.
fn fold_diacritics(word: &str) -> Option<String> {
    if word.is_ascii() || !has_decomposition(word) {
        return None;
    }
    let kana_mark = |c: char| matches!(c, '\u{3099}' | '\u{309A}');
    let stripped: String = word
        .nfd()
        .filter(|&c| !unicode_normalization::char::is_combining_mark(c) || kana_mark(c))
        .collect();
    let folded = if stripped.chars().any(kana_mark) {
        stripped.nfc().collect()
    } else {
        stripped
    };
    (folded != word).then_some(folded)
}

/// Whether `word` has a combining mark or a character that decomposes.
fn has_decomposition(word: &str) -> bool {
    word.chars().any(|c| {
        let mut decomposes = unicode_normalization::char::is_combining_mark(c);
        unicode_normalization::char::decompose_canonical(c, |part| decomposes |= part != c);
        decomposes
    })
}

/// The parts of a compound `raw`, lower-cased and separated by spaces, and its emoji.
fn discrete_words(raw: &str) -> (String, Vec<String>) {
    let words = raw
        .replace(|c: char| c.is_ascii_punctuation(), " ")
        .to_case(Case::Lower)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let emoji = raw
        .graphemes(true)
        .filter(|g| emojis::get(g).is_some())
        .map(str::to_string)
        .collect();
    (words, emoji)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stemmed(raw: &str, lang: &str) -> Vec<String> {
        indexable(raw, stemmer(lang).as_ref())
            .into_iter()
            .map(|w| w.stemmed)
            .collect()
    }

    #[test]
    fn words_are_lower_cased_and_stemmed() {
        assert_eq!(stemmed("Anerkennungen.", "de"), ["anerkenn"]);
        assert_eq!(stemmed("Courses,", "en"), ["cours"]);
    }

    #[test]
    fn compounds_are_indexed_whole_and_in_parts() {
        assert_eq!(
            stemmed("Welcome-Center", "en"),
            ["welcomecent", "welcom", "center"]
        );
        assert_eq!(stemmed("camelCase", "xx"), ["camelcase", "camel", "case"]);
    }

    #[test]
    fn diacritics_are_folded_and_the_form_with_them_kept() {
        let words = indexable("Café", None);
        assert_eq!(words[0].stemmed, "cafe");
        assert_eq!(words[0].original.as_deref(), Some("café"));
        assert_eq!(indexable("Straße", None)[0].original, None);
    }

    #[test]
    fn emoji_are_words() {
        assert!(stemmed("hi👋", "xx").contains(&"👋".to_string()));
    }
}
