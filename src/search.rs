//! Site search without a server: per language a compact index of the pages written in that
//! language (title, description, URL, the start of the text) that `/assets/search.js` filters
//! in the browser. Fallback pages are not indexed, so no text is found twice.

use crate::content::markdown;
use crate::render::Inputs;
use serde::Serialize;

/// How much of a page's text goes into the index, in characters.
const TEXT_LIMIT: usize = 1500;

#[derive(Serialize)]
struct Entry<'a> {
    title: &'a str,
    url: String,
    description: &'a str,
    text: String,
}

/// The search index of language `lang` as JSON.
pub fn index(inputs: &Inputs, lang: usize) -> String {
    let entries: Vec<Entry> = inputs
        .linked
        .items
        .iter()
        .filter_map(|item| {
            let source = &inputs.sources[item.versions[lang]?];
            let meta = &source.doc.meta;
            Some(Entry {
                title: &meta.title,
                url: inputs.config.url_path(&item.urls[lang]),
                description: meta.description.as_deref().unwrap_or(""),
                text: markdown::plain_text(&source.doc.body)
                    .chars()
                    .take(TEXT_LIMIT)
                    .collect(),
            })
        })
        .collect();
    serde_json::to_string(&entries).unwrap_or_default()
}
