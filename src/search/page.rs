//! One page read for search, by pagefind's rules (its `fossick` module): the words of the
//! text of its `<main>` ([`super::digest`]) with their positions and weights, and those of
//! its title. The result is what the index needs of the page: its fragment (the JSON the
//! search library shows results from, compressed) and its words, packed small until the
//! language's index is made.

use super::digest::{ANCHOR, AUTO_WEIGHT, Digest, END_WEIGHT, WEIGHT, digest, normalize};
use super::words::{Indexable, Language};
use crate::diagnostic::Diagnostic;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The weight of a word of normal text; weights are stored as 24 × the weight.
const WEIGHT_UNIT: f32 = 24.0;
/// The highest weight an element can give.
const WEIGHT_MAX: f32 = 10.0;

/// A page read for the search index of its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Its URL from the site's root (`/de/arbeiten/`).
    pub url: String,
    /// `<language>_<SHA-1 of the fragment's JSON>`; a prefix of it names the fragment's file.
    pub fragment_hash: String,
    /// The fragment file's contents (gzip, as pagefind's files are).
    pub fragment: Vec<u8>,
    /// How many words its text has.
    pub word_count: u32,
    /// The names of its meta fields, in order (a word's meta positions refer to them).
    pub meta_fields: Vec<String>,
    /// Its words ([`Postings`]), packed with postcard.
    pub words: Vec<u8>,
}

/// Where a word occurs on one page.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Postings {
    /// The word as indexed.
    pub word: String,
    /// Its positions in the text, as pagefind packs them (weights inline).
    pub locs: Vec<i32>,
    /// Its positions in meta fields: `(field, position)`.
    pub meta: Vec<(u16, u32)>,
    /// The forms with diacritics that were folded into it, each with its positions.
    pub variants: Vec<Variant>,
}

/// A form of a word with diacritics: the form, its positions in the text (packed), its
/// positions in meta fields.
pub type Variant = (String, Vec<i32>, Vec<(u16, u32)>);

/// The JSON of a page's fragment, as pagefind writes it.
#[derive(Serialize)]
struct Fragment<'a> {
    url: &'a str,
    content: &'a str,
    word_count: usize,
    filters: BTreeMap<String, Vec<String>>,
    meta: &'a BTreeMap<String, String>,
    anchors: &'a [Anchor],
}

/// An element with an `id`, where it starts in the text.
#[derive(Serialize, Debug)]
struct Anchor {
    element: String,
    id: String,
    text: String,
    location: u32,
}

/// One occurrence of a word.
struct Occurrence {
    position: u32,
    weight: u8,
    original: Option<String>,
}

impl Page {
    /// Reads `html` (a page's `<main>`), at `url`, in language `code` (lower case). `None`
    /// when it has no word to index.
    pub fn read(
        html: &str,
        url: String,
        code: &str,
        language: &mut Language,
    ) -> Result<Option<Page>, Diagnostic> {
        let digest = digest(html);
        let (content, words, anchors, word_count) = parse(&digest, language);
        if words.is_empty() {
            return Ok(None);
        }
        let meta_fields: Vec<String> = digest.meta.keys().cloned().collect();
        let meta_words = meta_words(&digest.meta, language);
        let fragment = Fragment {
            url: &url,
            content: &content,
            word_count,
            filters: BTreeMap::new(),
            meta: &digest.meta,
            anchors: &anchors,
        };
        let json = serde_json::to_vec(&fragment).map_err(|e| failed(&url, &e))?;
        let fragment_hash = format!("{code}_{}", super::stored::sha1_hex(&json));
        let postings = postings(words, meta_words);
        Ok(Some(Page {
            fragment: super::stored::gzip(&json).map_err(|e| failed(&url, &e))?,
            words: postcard::to_stdvec(&postings).map_err(|e| failed(&url, &e))?,
            url,
            fragment_hash,
            word_count: u32::try_from(word_count).unwrap_or(u32::MAX),
            meta_fields,
        }))
    }

    /// Its words, unpacked.
    pub fn postings(&self) -> Result<Vec<Postings>, Diagnostic> {
        postcard::from_bytes(&self.words).map_err(|e| failed(&self.url, &e))
    }
}

/// The error of reading the page at `url`.
fn failed(url: &str, e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        super::FOLDER,
        format!("could not index the page {url} for search: {e}"),
    )
}

/// The words of the digest: the text (the words joined by spaces), each indexed word with
/// its occurrences, the anchors, and the number of words.
fn parse(
    digest: &Digest,
    language: &mut Language,
) -> (String, HashMap<String, Vec<Occurrence>>, Vec<Anchor>, usize) {
    let mut content = String::with_capacity(digest.text.len());
    let mut map: HashMap<String, Vec<Occurrence>> = HashMap::default();
    let mut anchors = Vec::new();
    let mut weights: Vec<u8> = vec![WEIGHT_UNIT as u8];
    let mut position: usize = 0;
    let mut last = 0;
    for word in digest.text.split_whitespace() {
        if word.starts_with('_') {
            if let Some(anchor) = word.strip_prefix(ANCHOR) {
                if let Some((element, id)) = anchor.split_once(':') {
                    let text = digest.anchor_texts.get(id).map(|t| normalize(t));
                    if let Some((_, element_id)) = id.split_once(':') {
                        anchors.push(Anchor {
                            element: element.to_string(),
                            id: element_id.to_string(),
                            text: text.unwrap_or_default(),
                            location: u32::try_from(position).unwrap_or(u32::MAX),
                        });
                    }
                }
                continue;
            }
            if let Some(weight) = word.strip_prefix(WEIGHT) {
                let weight = weight.parse::<f32>().unwrap_or(1.0);
                weights.push(if weight <= 0.0 {
                    0
                } else {
                    ((weight.clamp(0.0, WEIGHT_MAX) * WEIGHT_UNIT) as u8).max(1)
                });
                continue;
            }
            if let Some(weight) = word.strip_prefix(AUTO_WEIGHT) {
                let inherited = weights.last().copied().unwrap_or_default();
                weights.push(if weights.len() == 1 {
                    let weight = weight.parse::<f32>().unwrap_or(1.0);
                    (weight.clamp(0.0, WEIGHT_MAX) * WEIGHT_UNIT) as u8
                } else {
                    inherited
                });
                continue;
            }
            if word.starts_with(END_WEIGHT) {
                weights.pop();
                continue;
            }
        }
        let word = if word.contains('\u{200B}') {
            std::borrow::Cow::Owned(word.replace('\u{200B}', ""))
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        if word.is_empty() {
            continue;
        }
        content.push_str(&word);
        content.push(' ');
        let weight = weights.last().copied().unwrap_or(1);
        let indexable = language.indexable(&word);
        let parts = indexable.iter().filter(|w| w.is_compound_part).count();
        let partial = if parts > 0 && weight > 0 {
            (weight / u8::try_from(parts).unwrap_or(u8::MAX)).max(1)
        } else {
            0
        };
        for Indexable {
            stemmed,
            is_compound_part,
            original,
        } in indexable
        {
            let occurrence = Occurrence {
                position: u32::try_from(position).unwrap_or(u32::MAX),
                weight: if *is_compound_part { partial } else { weight },
                original: original.clone(),
            };
            match map.get_mut(stemmed.as_str()) {
                Some(occurrences) => occurrences.push(occurrence),
                None => {
                    map.insert(stemmed.clone(), vec![occurrence]);
                }
            }
        }
        last = position;
        position += 1;
    }
    if content.ends_with(' ') {
        content.pop();
    }
    (content, map, anchors, last + 1)
}

/// The words of the page's meta fields (in the order of their names): word → `(field,
/// position in the field, form before folding)`.
fn meta_words(
    meta: &BTreeMap<String, String>,
    language: &Language,
) -> HashMap<String, Vec<(u16, u32, Option<String>)>> {
    let mut map: HashMap<String, Vec<(u16, u32, Option<String>)>> = HashMap::default();
    for (field, value) in meta.values().enumerate() {
        let field = u16::try_from(field).unwrap_or(u16::MAX);
        for (position, word) in value.split_whitespace().enumerate() {
            let position = u32::try_from(position).unwrap_or(u32::MAX);
            for indexable in language.indexable_plain(word) {
                map.entry(indexable.stemmed).or_default().push((
                    field,
                    position,
                    indexable.original,
                ));
            }
        }
    }
    map
}

/// The page's postings, by word: text occurrences packed with their weights, meta
/// occurrences, and those of folded forms grouped by form (sorted, as pagefind does).
fn postings(
    words: HashMap<String, Vec<Occurrence>>,
    meta: HashMap<String, Vec<(u16, u32, Option<String>)>>,
) -> Vec<Postings> {
    let mut all: HashMap<String, Postings> = HashMap::default();
    for (word, occurrences) in words {
        let mut plain = Vec::new();
        let mut variants: BTreeMap<String, Vec<Occurrence>> = BTreeMap::new();
        for occurrence in occurrences {
            match occurrence.original.clone() {
                Some(form) => variants.entry(form).or_default().push(occurrence),
                None => plain.push(occurrence),
            }
        }
        let postings = Postings {
            word: word.clone(),
            locs: pack(plain),
            meta: Vec::new(),
            variants: variants
                .into_iter()
                .map(|(form, occurrences)| (form, pack(occurrences), Vec::new()))
                .collect(),
        };
        all.insert(word, postings);
    }
    for (word, occurrences) in meta {
        let entry = all.entry(word.clone()).or_insert_with(|| Postings {
            word,
            ..Postings::default()
        });
        let mut variants: BTreeMap<String, Vec<(u16, u32)>> = BTreeMap::new();
        for (field, position, original) in occurrences {
            match original {
                Some(form) => variants.entry(form).or_default().push((field, position)),
                None => entry.meta.push((field, position)),
            }
        }
        for (form, positions) in variants {
            match entry.variants.iter_mut().find(|v| v.0 == form) {
                Some(variant) => variant.2 = positions,
                None => entry.variants.push((form, Vec::new(), positions)),
            }
        }
    }
    let mut all: Vec<Postings> = all.into_values().collect();
    all.sort_unstable_by(|a, b| a.word.cmp(&b.word));
    all
}

/// Occurrences as pagefind packs them: sorted by weight and position, positions as
/// differences, a change of weight as `-(weight + 1)` and the position itself. pagefind
/// starts from weight 25 (not 24, the weight of normal text), so the first occurrence always
/// states its weight; its readers expect that.
fn pack(mut occurrences: Vec<Occurrence>) -> Vec<i32> {
    const START: u8 = 25;
    occurrences.sort_by_key(|o| (if o.weight == START { 0 } else { o.weight }, o.position));
    let mut packed = Vec::with_capacity(occurrences.len() + 1);
    let mut weight = START;
    let mut last = 0;
    for occurrence in occurrences {
        let position = i64::from(occurrence.position);
        if occurrence.weight != weight {
            packed.push(-i32::from(occurrence.weight) - 1);
            packed.push(i32::try_from(position).unwrap_or(i32::MAX));
            weight = occurrence.weight;
        } else {
            packed.push(i32::try_from(position - last).unwrap_or(i32::MAX));
        }
        last = position;
    }
    packed
}
