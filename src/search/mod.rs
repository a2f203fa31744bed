//! Site search without a server: per language, an index of the pages written in that
//! language (and of the partners with a summary in it) in pagefind's format, searched in the
//! browser by pagefind's library. Each page is read for search as it is rendered (the text
//! of its `<main>`, by pagefind's rules: [`page`], [`words`]) and kept packed small; the
//! index of a language is then written from those pages ([`format`]), with pagefind's
//! library beside it ([`assets`]). Fallback pages are not indexed, so no text is found twice.

mod assets;
mod digest;
mod format;
mod page;
mod stored;
mod words;

#[cfg(test)]
mod against_pagefind;

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::config::Lang;
use crate::output::{Contents, File};
use crate::progress::Progress;
use page::Page;
use std::collections::{BTreeMap, BTreeSet};

/// The folder below the site's root that holds the index and pagefind's scripts.
pub const FOLDER: &str = "pagefind/";

/// The file that lists the indexed languages; pagefind's script reads it first.
const ENTRY: &str = "pagefind-entry.json";

/// A rendered page read for the index of its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The language (index into the configured languages) it is indexed in.
    pub lang: Lang,
    page: Page,
}

impl Document {
    /// A hash of what search read of the page (its URL, text, words and their weights), by
    /// which a build's cache tells whether a page rendered again reads differently.
    pub fn digest(&self) -> u128 {
        let page = &self.page;
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        let count = page.word_count.to_le_bytes();
        let parts = [
            page.url.as_bytes(),
            page.fragment_hash.as_bytes(),
            &count,
            &page.words,
        ];
        let fields = page.meta_fields.iter().map(String::as_bytes);
        for part in parts.into_iter().chain(fields) {
            hasher.update(&(part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
        hasher.digest128()
    }

    /// The page `file` (an `…/index.html` made by the build) read for the index of `lang`;
    /// `None` when it is not a page or has no word to index.
    pub fn of_page(file: &File, lang: Lang, config: &Config) -> Result<Option<Self>, Diagnostic> {
        let Some(url) = file.path.strip_suffix("index.html") else {
            return Ok(None);
        };
        let Contents::Bytes(bytes) = &file.contents else {
            return Ok(None);
        };
        let code = pagefind_code(config, lang);
        let html = match simdutf8::basic::from_utf8(bytes) {
            Ok(html) => std::borrow::Cow::Borrowed(html),
            Err(_) => String::from_utf8_lossy(bytes),
        };
        let page = LANGUAGES.with_borrow_mut(|languages| {
            let language = languages
                .entry(code.clone())
                .or_insert_with(|| words::Language::new(&code));
            Page::read(main_element(&html), format!("/{url}"), &code, language)
        })?;
        Ok(page.map(|page| Document { lang, page }))
    }
}

thread_local! {
    /// The words of each language (by pagefind's code) this thread has read pages in.
    static LANGUAGES: std::cell::RefCell<std::collections::HashMap<String, words::Language>> =
        std::cell::RefCell::default();
}

/// The code pagefind knows language `lang` by: its code in lower case (`pt-br`).
fn pagefind_code(config: &Config, lang: Lang) -> String {
    config.languages[lang].code.to_ascii_lowercase()
}

/// The `<main>` element of `html`, which alone is indexed (pagefind's root selector); the
/// whole page unless `<main` and `</main>` each occur exactly once, in that order.
fn main_element(html: &str) -> &str {
    let opening: Vec<usize> = html
        .match_indices("<main")
        .map(|(at, _)| at)
        .filter(|at| {
            html.as_bytes()
                .get(at + 5)
                .is_some_and(|b| matches!(b, b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        })
        .collect();
    let closing: Vec<usize> = html.match_indices("</main>").map(|(at, _)| at).collect();
    match (opening.as_slice(), closing.as_slice()) {
        (&[start], &[end]) if start < end => &html[start..end + "</main>".len()],
        _ => html,
    }
}

/// The index of one language: its files (pagefind's library among them) and, when kept for
/// later changes (`serve`), its pages.
pub struct LanguageIndex {
    code: String,
    /// The files, by path below [`FOLDER`]; the language's entry among them. [`files`] takes
    /// their contents (but the entry's).
    files: Vec<(String, Vec<u8>)>,
    kept: Option<Kept>,
}

/// What a language's index is made again from: its pages, in order, and the library.
struct Kept {
    /// The code pagefind knows the language by ([`pagefind_code`]).
    code: String,
    pages: Vec<Page>,
    library: Vec<(String, Vec<u8>)>,
    wasm: serde_json::Value,
    include_characters: serde_json::Value,
}

impl LanguageIndex {
    /// Reads `documents` into the kept pages (a page already indexed, by URL, is replaced in
    /// place, so the files equal those of indexing every page afresh) and makes the files
    /// again.
    pub fn update(&mut self, documents: Vec<Document>) -> Result<(), Diagnostic> {
        let Some(kept) = &mut self.kept else {
            return Err(Diagnostic::error(
                FOLDER,
                format!(
                    "could not update the search index of `{}`: its pages were not kept",
                    self.code
                ),
            ));
        };
        for document in documents {
            match kept.pages.iter().position(|p| p.url == document.page.url) {
                Some(at) => kept.pages[at] = document.page,
                None => kept.pages.push(document.page),
            }
        }
        self.files = language_files(kept, true)?;
        Ok(())
    }

    /// The index of language `code` that an earlier build made: its written files (see
    /// [`LanguageIndex::written`]) and its entry.
    pub fn earlier(code: String, written: Vec<(String, Vec<u8>)>, entry: Vec<u8>) -> Self {
        let mut files = written;
        files.push((ENTRY.to_string(), entry));
        LanguageIndex {
            code,
            files,
            kept: None,
        }
    }

    /// The language's code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The names of the files of this language that go into the site (below [`FOLDER`]), and
    /// its entry, which goes in merged with the other languages'.
    pub fn written(&self) -> (Vec<&str>, &[u8]) {
        let mut entry: &[u8] = &[];
        let mut names = Vec::new();
        for (name, contents) in &self.files {
            if name == ENTRY {
                entry = contents;
            } else {
                names.push(name.as_str());
            }
        }
        (names, entry)
    }
}

/// The files of a language's index made from `kept`: the index, the library and the entry.
/// The fragments of its pages are taken out of them unless they are to `keep` them.
fn language_files(kept: &mut Kept, keep: bool) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let code = kept.code.as_str();
    let built = format::build(code, &mut kept.pages, keep)?;
    let entry = serde_json::json!({
        "version": format::VERSION,
        "languages": {
            code: {
                "hash": built.meta_hash,
                "wasm": kept.wasm,
                "page_count": built.page_count,
            }
        },
        "include_characters": kept.include_characters,
    });
    let mut files = built.files;
    files.extend(kept.library.iter().cloned());
    files.push((ENTRY.to_string(), entry.to_string().into_bytes()));
    Ok(files)
}

/// `documents` grouped by their language, each group in document order.
pub fn by_language(documents: Vec<Document>) -> BTreeMap<Lang, Vec<Document>> {
    let mut grouped: BTreeMap<Lang, Vec<Document>> = BTreeMap::new();
    for document in documents {
        grouped.entry(document.lang).or_default().push(document);
    }
    grouped
}

/// The indexes of `documents`, by language (each in document order), counting the pages
/// on `progress`; `keep` keeps each language's pages for [`LanguageIndex::update`]. One
/// language after the other, so that only one language's words are held at a time (its
/// chunks are written side by side).
pub fn index_languages(
    config: &Config,
    documents: Vec<Document>,
    keep: bool,
    progress: &dyn Progress,
) -> Result<BTreeMap<Lang, LanguageIndex>, Vec<Diagnostic>> {
    let by_language = by_language(documents);
    let codes: Vec<String> = by_language
        .keys()
        .map(|&lang| pagefind_code(config, lang))
        .collect();
    if codes.is_empty() {
        return Ok(BTreeMap::new());
    }
    let library = assets::assets(&codes).map_err(|d| vec![d])?;
    progress.begin(
        "pages indexed for search",
        by_language.values().map(Vec::len).sum(),
    );
    let mut indexes = BTreeMap::new();
    let mut problems = Vec::new();
    for (lang, documents) in by_language {
        let pages: Vec<Page> = documents.into_iter().map(|d| d.page).collect();
        let count = pages.len();
        match index_language(config, lang, pages, &library, keep) {
            Ok(index) => {
                indexes.insert(lang, index);
            }
            Err(problem) => problems.push(problem),
        }
        (0..count).for_each(|_| progress.step());
    }
    progress.end();
    if problems.is_empty() {
        Ok(indexes)
    } else {
        Err(problems)
    }
}

/// The index of language `lang` made from its `pages` with the files of pagefind's `library`
/// it needs; `keep` keeps the pages for [`LanguageIndex::update`].
fn index_language(
    config: &Config,
    lang: Lang,
    pages: Vec<Page>,
    library: &assets::Assets,
    keep: bool,
) -> Result<LanguageIndex, Diagnostic> {
    let code = pagefind_code(config, lang);
    let wasm = library.wasm.get(&code).cloned().unwrap_or_default();
    let wasm_file = format!("wasm.{code}.pagefind");
    let mut kept = Kept {
        library: library
            .files
            .iter()
            .filter(|(name, _)| {
                !name.starts_with("wasm.")
                    || *name == wasm_file
                    || (wasm.is_null() && name == "wasm.unknown.pagefind")
            })
            .cloned()
            .collect(),
        code,
        pages,
        wasm,
        include_characters: library.include_characters.clone(),
    };
    let files = language_files(&mut kept, keep)?;
    Ok(LanguageIndex {
        code: config.languages[lang].code.clone(),
        files,
        kept: keep.then_some(kept),
    })
}

/// The search files of the site, taken from the indexes of its languages: pagefind's library
/// and the index of each language in `only` (all when `None`), with one entry file listing
/// them all.
pub fn files(
    indexes: &mut BTreeMap<Lang, LanguageIndex>,
    only: Option<&BTreeSet<Lang>>,
) -> Result<Vec<File>, Vec<Diagnostic>> {
    let mut files: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
    let mut entries = Vec::new();
    for (lang, index) in indexes.iter_mut() {
        for (name, contents) in &mut index.files {
            if name == ENTRY {
                entries.push(contents.clone());
            } else if only.is_none_or(|only| only.contains(lang)) {
                files
                    .entry(name)
                    .or_insert_with(|| std::mem::take(contents));
            }
        }
    }
    let entry = (!entries.is_empty())
        .then(|| merge_entries(&entries))
        .transpose()?;
    Ok(files
        .into_iter()
        .map(|(name, contents)| File::new(format!("{FOLDER}{name}"), contents))
        .chain(entry.map(|e| File::new(format!("{FOLDER}{ENTRY}"), e)))
        .collect())
}

/// The paths of all search files (see [`files`]).
pub fn paths(indexes: &BTreeMap<Lang, LanguageIndex>) -> BTreeSet<String> {
    indexes
        .values()
        .flat_map(|index| &index.files)
        .map(|(name, _)| name)
        .map(|name| format!("{FOLDER}{name}"))
        .collect()
}

/// One entry file listing the languages of all per-language entry files.
fn merge_entries(entries: &[Vec<u8>]) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let invalid = |e: serde_json::Error| {
        vec![Diagnostic::error(
            format!("{FOLDER}{ENTRY}"),
            format!("pagefind wrote an entry file that is not JSON: {e}"),
        )]
    };
    let mut merged = serde_json::Value::Null;
    for entry in entries {
        let value: serde_json::Value = serde_json::from_slice(entry).map_err(invalid)?;
        match (&mut merged, value) {
            (serde_json::Value::Null, value) => merged = value,
            (merged, value) => {
                if let (Some(all), Some(more)) = (
                    merged["languages"].as_object_mut(),
                    value["languages"].as_object(),
                ) {
                    all.extend(more.clone());
                }
            }
        }
    }
    serde_json::to_vec(&merged).map_err(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_main_element_is_kept() {
        let page = "<html><head><title>T</title></head><body><nav>Menu</nav>\
                    <main id=\"m\"><h1>Titel</h1><p>Text</p></main><footer>F</footer></body></html>";
        assert_eq!(
            main_element(page),
            "<main id=\"m\"><h1>Titel</h1><p>Text</p></main>"
        );
        let two = "<main>a</main><template><main>b</main></template>";
        assert_eq!(main_element(two), two);
        let none = "<body><mainly>x</mainly></body>";
        assert_eq!(main_element(none), none);
    }

    #[test]
    fn entries_are_merged_by_language() {
        let de = br#"{"version":"1.6.0","languages":{"de":{"hash":"a","wasm":"de","page_count":2}},"include_characters":[]}"#;
        let uk = br#"{"version":"1.6.0","languages":{"uk":{"hash":"b","wasm":null,"page_count":1}},"include_characters":[]}"#;
        let merged: serde_json::Value =
            serde_json::from_slice(&merge_entries(&[de.to_vec(), uk.to_vec()]).unwrap()).unwrap();
        assert_eq!(merged["version"], "1.6.0");
        assert_eq!(merged["languages"]["de"]["page_count"], 2);
        assert_eq!(merged["languages"]["uk"]["hash"], "b");
    }

    #[test]
    fn an_entry_that_is_not_json_is_an_error() {
        let problems = merge_entries(&[b"{".to_vec()]).unwrap_err();
        assert!(
            problems[0].to_string().contains("not JSON"),
            "{}",
            problems[0]
        );
    }
}
