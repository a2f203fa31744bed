//! The glossary in the link stage: its entries, the section page that lists them, and per
//! language a matcher that finds the entries' terms in a text — the German term and its forms
//! in every language (translations keep the German word the reader meets at the office), and
//! in a translation also the approved rendering and its forms, and the renderings to avoid
//! (found so that `check` can name them, never linked). Case is ignored: a rendering may start
//! a sentence.

use crate::diagnostic::Diagnostic;
use crate::link::items::{ItemId, Linked};
use crate::load::config::{Config, Lang};
use crate::load::glossary::Entry;
use regex::Regex;
use std::collections::HashMap;
use typed_index_collections::TiVec;

/// The linked glossary.
#[derive(Debug, Default)]
pub struct Glossary {
    /// The entries, sorted by id.
    pub entries: Vec<Entry>,
    /// The section page that lists them, if the site has a glossary.
    pub section: Option<ItemId>,
    /// Per language: what finds the terms in a text of that language.
    matchers: TiVec<Lang, Option<Matcher>>,
}

/// Finds the glossary's terms in a text of one language.
#[derive(Debug)]
pub struct Matcher {
    regex: Regex,
    /// For every text to find, in lower case: the entry (by position) and what the text is.
    found: HashMap<String, (usize, Kind)>,
}

/// What a found text is to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The German term or one of its forms.
    German,
    /// The approved rendering or one of its forms.
    Rendering,
    /// A rendering to avoid.
    Avoid,
}

/// A term found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The entry, by position in [`Glossary::entries`].
    pub entry: usize,
    /// Byte range of the term in the text.
    pub start: usize,
    /// End of the term.
    pub end: usize,
    /// What the text is.
    pub kind: Kind,
}

impl Matcher {
    /// Every term in `text`, in order, longest forms first where they overlap; never part of a
    /// web or mail address ("arbeitsagentur.de").
    pub fn find<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Found> + 't {
        self.regex.find_iter(text).filter_map(|m| {
            if in_address(text, m.start(), m.end()) || compound_tail(text, m.start()) {
                return None;
            }
            self.found
                .get(&fold(m.as_str()))
                .map(|&(entry, kind)| Found {
                    entry,
                    start: m.start(),
                    end: m.end(),
                    kind,
                })
        })
    }
}

/// Links the glossary's entries to the site: finds their section (entries need one) and
/// builds each language's matcher.
pub fn link(
    config: &Config,
    linked: &Linked,
    entries: Vec<Entry>,
) -> Result<Glossary, Vec<Diagnostic>> {
    let section = linked.item_of(&format!("{}/_index.md", config.glossary_section));
    if section.is_none()
        && let Some(first) = entries.first()
    {
        return Err(vec![
            Diagnostic::error(&first.path, "glossary entries need a section page").with_hint(
                format!(
                    "create `content/{}/_index.md` with the glossary's introduction",
                    config.glossary_section
                ),
            ),
        ]);
    }
    let default = &config.default_language().code;
    let none = Vec::new();
    let matchers = config
        .languages
        .iter()
        .map(|language| {
            // Later kinds win where texts are equal: a rendering to avoid for one entry may be
            // another's approved rendering, and in a translation a text that is both a German
            // form and a rendering ("Visa", "visa") is the rendering.
            let mut found: HashMap<String, (usize, Kind)> = HashMap::new();
            let code = language.base();
            let translated = code != default;
            for kind in [Kind::German, Kind::Avoid, Kind::Rendering] {
                for (index, entry) in entries.iter().enumerate() {
                    let texts = match kind {
                        Kind::German => &entry.forms,
                        _ if !translated => continue,
                        Kind::Rendering => entry.rendering.get(code).unwrap_or(&none),
                        Kind::Avoid => entry.avoid.get(code).unwrap_or(&none),
                    };
                    for text in texts {
                        found.insert(fold(text), (index, kind));
                    }
                }
            }
            matcher(found)
        })
        .collect();
    Ok(Glossary {
        entries,
        section,
        matchers,
    })
}

/// Whether the word at `start..end` of `text` is part of an address: after a dot, slash or
/// at sign, or before a dot that a letter or digit follows.
fn in_address(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    matches!(before, Some('.' | '/' | '@'))
        || (after.next() == Some('.') && after.next().is_some_and(char::is_alphanumeric))
}

/// Whether the word at `start` of `text` ends a hyphenated compound (`Bundes-Agentur für
/// Arbeit` is not the term `Agentur für Arbeit`): a hyphen with a letter before it.
fn compound_tail(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    before.next() == Some('-') && before.next().is_some_and(char::is_alphabetic)
}

/// A matcher for `found`'s texts, as whole words in any case; `None` when there is nothing to
/// find.
fn matcher(found: HashMap<String, (usize, Kind)>) -> Option<Matcher> {
    let mut texts: Vec<&String> = found.keys().filter(|t| !t.trim().is_empty()).collect();
    if texts.is_empty() {
        return None;
    }
    texts.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    // `(?i)` folds case one character at a time, and the Turkish capital `İ` has no such
    // fold: it lowercases to `i` with a combining dot, which [`fold`] drops. So an `i` of a
    // folded text also matches `İ`.
    let alternatives: Vec<String> = texts
        .iter()
        .map(|t| regex::escape(t).replace('i', "[iİ]"))
        .collect();
    let pattern = format!(r"(?i)\b(?:{})\b", alternatives.join("|"));
    let regex = Regex::new(&pattern).ok()?;
    Some(Matcher { regex, found })
}

/// `text` in lower case, for comparing terms: the Turkish capital `İ` becomes a plain `i`
/// (Unicode lowercases it to `i` and a combining dot above, which no written text contains).
pub fn fold(text: &str) -> String {
    text.to_lowercase().replace("i\u{307}", "i")
}

impl Glossary {
    /// The matcher of texts in `lang`, if the glossary has terms.
    pub fn matcher(&self, lang: Lang) -> Option<&Matcher> {
        self.matchers.get(lang).and_then(Option::as_ref)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(pairs: &[(&str, usize, Kind)]) -> Matcher {
        matcher(
            pairs
                .iter()
                .map(|(text, entry, kind)| (fold(text), (*entry, *kind)))
                .collect(),
        )
        .unwrap()
    }

    #[test]
    fn whole_words_longest_first() {
        let m = found(&[
            ("Anmeldung", 0, Kind::German),
            ("Aufenthaltstitel", 1, Kind::German),
            ("Aufenthaltstitels", 1, Kind::German),
            ("residence title", 1, Kind::Rendering),
        ]);
        let text = "Die Anmeldungen? Nein: Anmeldung, dann des Aufenthaltstitels. Residence title.";
        let hits: Vec<(&str, Kind)> = m
            .find(text)
            .map(|f| (&text[f.start..f.end], f.kind))
            .collect();
        assert_eq!(
            hits,
            [
                ("Anmeldung", Kind::German),
                ("Aufenthaltstitels", Kind::German),
                ("Residence title", Kind::Rendering)
            ]
        );
    }

    #[test]
    fn never_in_an_address() {
        let m = found(&[("Arbeitsagentur", 0, Kind::German)]);
        let text =
            "arbeitsagentur.de, www.arbeitsagentur.de/x, info@arbeitsagentur.de: Arbeitsagentur.";
        let hits: Vec<usize> = m.find(text).map(|f| f.start).collect();
        assert_eq!(hits, [text.rfind("Arbeitsagentur").unwrap()]);
    }

    #[test]
    fn never_the_tail_of_a_hyphenated_compound() {
        let m = found(&[
            ("Agentur für Arbeit", 0, Kind::German),
            ("Visum", 1, Kind::German),
        ]);
        let text = "Bundes-Agentur für Arbeit, Visum-Antrag, die Agentur für Arbeit, EU-Visum.";
        let hits: Vec<&str> = m.find(text).map(|f| &text[f.start..f.end]).collect();
        assert_eq!(hits, ["Visum", "Agentur für Arbeit"]);
    }

    #[test]
    fn words_in_other_scripts() {
        let m = found(&[
            ("відомство у справах іноземців", 0, Kind::Rendering),
            ("Ausländerbehörde", 0, Kind::German),
        ]);
        let text =
            "Відомство у справах іноземців (Ausländerbehörde) — у відомство у справах іноземців.";
        assert_eq!(m.find(text).count(), 3);
    }

    #[test]
    fn turkish_capital_i_with_dot() {
        let m = found(&[("Federal İş Ajansı", 0, Kind::Rendering)]);
        let text = "Federal İş Ajansı'na başvurun; federal iş ajansı da olur.";
        assert_eq!(m.find(text).count(), 2);
        assert_eq!(fold("İŞ"), "iş");
    }
}
