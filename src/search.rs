//! Site search without a server: per language, a pagefind index of the pages written in that
//! language (and of the partners with a summary in it), made from their rendered HTML (the
//! text of `<main>`), held in memory since rendering, with pagefind's search library.
//! Fallback pages are not indexed, so no text is found twice. The languages are indexed in
//! parallel, each by its own pagefind index; their entry files are merged into one.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::config::Lang;
use crate::output::{Contents, File};
use crate::progress::Progress;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// The folder below the site's root that holds the index and pagefind's scripts.
pub const FOLDER: &str = "pagefind/";

/// The file that lists the indexed languages; pagefind's script reads it first.
const ENTRY: &str = "pagefind-entry.json";

/// Pagefind's own user interfaces, which the theme's search page does not use.
const UNUSED: [&str; 4] = [
    "pagefind-ui",
    "pagefind-modular-ui",
    "pagefind-component-ui",
    "pagefind-highlight",
];

/// A rendered page to index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The language (index into the configured languages) it is indexed in.
    pub lang: Lang,
    /// Its folder in the output; `/` before it is the page's URL from the site's root
    /// (pagefind's script puts the site's path in front).
    pub url: String,
    /// The page's HTML.
    pub html: String,
}

impl Document {
    /// The page `file` (an `…/index.html` made by the build) to index in `lang`.
    pub fn of_page(file: &File, lang: Lang) -> Option<Document> {
        let url = file.path.strip_suffix("index.html")?;
        match &file.contents {
            Contents::Bytes(bytes) => Some(Document {
                lang,
                url: url.to_string(),
                html: String::from_utf8_lossy(bytes).into_owned(),
            }),
            Contents::Copy(_) => None,
        }
    }
}

/// The index of one language: pagefind's files, by path below [`FOLDER`].
pub type LanguageIndex = Vec<(String, Vec<u8>)>;

/// Indexes `documents` of each language in `languages` (each in document order), in
/// parallel, counting the pages on `progress`.
pub fn index_languages(
    config: &Config,
    documents: &[Document],
    languages: &[Lang],
    progress: &dyn Progress,
) -> Result<BTreeMap<Lang, LanguageIndex>, Vec<Diagnostic>> {
    let pages = |lang: Lang| documents.iter().filter(move |d| d.lang == lang);
    progress.begin(
        "pages indexed for search",
        languages.iter().map(|&l| pages(l).count()).sum(),
    );
    let indexes = languages
        .par_iter()
        .filter(|&&lang| pages(lang).next().is_some())
        .map(|&lang| {
            let code = &config.languages[lang].code;
            index(code, pages(lang), progress).map(|files| (lang, files))
        })
        .collect::<Result<BTreeMap<_, _>, _>>()
        .map_err(|d| vec![d]);
    progress.end();
    indexes
}

/// The search files of the site from the indexes of its languages: pagefind's library and
/// each language's index, with one entry file listing them all.
pub fn files(indexes: &BTreeMap<Lang, LanguageIndex>) -> Result<Vec<File>, Vec<Diagnostic>> {
    let mut files: BTreeMap<&str, &[u8]> = BTreeMap::new();
    let mut entries = Vec::new();
    for (name, contents) in indexes.values().flatten() {
        if name == ENTRY {
            entries.push(contents.clone());
        } else if !UNUSED.iter().any(|prefix| name.starts_with(prefix)) {
            files.insert(name, contents);
        }
    }
    let entry = (!entries.is_empty())
        .then(|| merge_entries(&entries))
        .transpose()?;
    Ok(files
        .into_iter()
        .map(|(name, contents)| File::new(format!("{FOLDER}{name}"), contents.to_vec()))
        .chain(entry.map(|e| File::new(format!("{FOLDER}{ENTRY}"), e)))
        .collect())
}

/// The pagefind files of one language: `(path below FOLDER, contents)`.
fn index<'d>(
    code: &str,
    documents: impl Iterator<Item = &'d Document>,
    progress: &dyn Progress,
) -> Result<LanguageIndex, Diagnostic> {
    let failed = |e: &dyn std::fmt::Display| {
        Diagnostic::error(
            FOLDER,
            format!("could not build the search index of `{code}`: {e}"),
        )
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| failed(&e))?;
    let options = PagefindServiceConfig::builder()
        .keep_index_url(true)
        .root_selector("main".to_string())
        // pagefind's script finds the index by the page's `lang` in lower case (`pt-br`).
        .force_language(code.to_ascii_lowercase())
        .build();
    let mut pagefind = PagefindIndex::new(Some(options)).map_err(|e| failed(&e))?;
    runtime.block_on(async {
        for document in documents {
            pagefind
                .add_html_file(
                    None,
                    Some(format!("/{}", document.url)),
                    document.html.clone(),
                )
                .await
                .map_err(|e| failed(&e))?;
            progress.step();
        }
        let files = pagefind.get_files().await.map_err(|e| failed(&e))?;
        Ok(files
            .into_iter()
            .map(|f| {
                let name = f.filename.to_string_lossy().replace('\\', "/");
                (name, f.contents)
            })
            .collect())
    })
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
