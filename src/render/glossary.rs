//! The glossary page of a language (`glossary.html`): every entry A–Z by its German term, with
//! an anchor, the German term marked as German, the explanation and the approved rendering in
//! the reader's language, related entries and sources.

use crate::load::config::Lang;
use crate::load::glossary::Entry;
use crate::render::frame::Link;
use crate::render::inputs::Inputs;
use serde::Serialize;

/// An entry as the glossary page shows it.
#[derive(Debug, Serialize)]
pub struct EntryView {
    /// Anchor.
    pub id: String,
    /// The German term.
    pub term: String,
    /// Its article, if any.
    pub article: Option<String>,
    /// The language of the term (the default language).
    pub term_lang: String,
    /// Its direction.
    pub term_dir: &'static str,
    /// The explanation in the reader's language, else the default language's.
    pub explanation: String,
    /// The language of the explanation.
    pub explanation_lang: String,
    /// Its direction.
    pub explanation_dir: &'static str,
    /// The approved rendering in the reader's language, if it has one.
    pub rendering: Option<String>,
    /// Related entries, as links to their anchors (titled with their German terms).
    pub related: Vec<Link>,
    /// Where the explanation comes from.
    pub sources: Vec<String>,
    /// The initial of the term, for the A–Z index.
    pub initial: String,
}

/// The sort key of a German term: lower case, umlauts as their vowels.
fn sort_key(term: &str) -> String {
    deunicode::deunicode(&term.to_lowercase())
}

/// `entries` A–Z by their German terms.
pub fn a_to_z<'e>(entries: impl IntoIterator<Item = &'e Entry>) -> Vec<&'e Entry> {
    let mut order: Vec<&Entry> = entries.into_iter().collect();
    order.sort_by_cached_key(|e| sort_key(&e.term));
    order
}

/// The glossary's entries as the page shows them in `lang`, A–Z by their German terms.
pub fn entries(inputs: &Inputs, lang: Lang) -> Vec<EntryView> {
    a_to_z(&inputs.site.glossary.entries)
        .into_iter()
        .map(|e| view(inputs, lang, e))
        .collect()
}

/// `entry` as shown in `lang`.
pub fn view(inputs: &Inputs, lang: Lang, entry: &Entry) -> EntryView {
    let config = inputs.config;
    let language = &config.languages[lang];
    let base = language.base();
    let default = &config.default_language().code;
    let entries = &inputs.site.glossary.entries;
    let (explanation, explanation_lang) = entry.explanation(&language.code, default);
    EntryView {
        id: entry.id.clone(),
        term: entry.term.clone(),
        article: entry.article.clone(),
        term_lang: default.clone(),
        term_dir: config.default_language().dir.as_str(),
        explanation: explanation.to_string(),
        explanation_lang: explanation_lang.to_string(),
        explanation_dir: config
            .language(explanation_lang)
            .map_or("ltr", |l| l.dir.as_str()),
        rendering: (base != default)
            .then(|| entry.approved(base).map(str::to_string))
            .flatten(),
        related: entry
            .related
            .iter()
            .filter_map(|id| entries.iter().find(|e| &e.id == id))
            .map(|e| Link {
                title: e.term.clone(),
                url: format!("#{}", e.id),
                current: false,
            })
            .collect(),
        sources: entry.sources.clone(),
        initial: sort_key(&entry.term)
            .chars()
            .next()
            .map(|c| c.to_ascii_uppercase().to_string())
            .unwrap_or_default(),
    }
}
