//! Site search without a server: per language, a pagefind index of the pages written in that
//! language (and of the partners with a summary in it), made from their rendered HTML (the
//! text of `<main>`), with pagefind's search library. Fallback pages are not indexed, so no
//! text is found twice. The languages are indexed in parallel, each by its own pagefind
//! index; their entry files are merged into one.

use crate::diagnostic::Diagnostic;
use crate::link::items::Linked;
use crate::load::config::Config;
use crate::output::Output;
use crate::render::directory::Directory;
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

/// The pages of one language to index.
struct Language {
    /// The language code, as in `<html lang>`.
    code: String,
    /// The folder in the output of every page written in this language; `/` before it is the
    /// page's URL from the site's root (pagefind's script puts the site's path in front).
    pages: Vec<String>,
}

/// Indexes the staged pages written in each language (not the fallback pages) and the pages
/// of the partners described in it, and writes the index and pagefind's search library under
/// [`FOLDER`], counting the pages on `progress`.
pub fn write(
    config: &Config,
    linked: &Linked,
    directory: &Directory,
    output: &Output,
    progress: &indicatif::ProgressBar,
) -> Result<(), Vec<Diagnostic>> {
    let languages: Vec<Language> = config
        .languages
        .iter()
        .enumerate()
        .map(|(lang, language)| {
            let items = linked
                .items
                .iter()
                .filter(|item| !item.is_fallback(lang))
                .map(|item| item.urls[lang].clone());
            let partners = (0..directory.partners.len())
                .filter(|&p| directory.partners[p].summary.contains_key(&language.code))
                .map(|p| directory.partner_url(linked, p, lang));
            Language {
                code: language.code.clone(),
                pages: items.chain(partners).collect(),
            }
        })
        .collect();
    progress.set_length(languages.iter().map(|l| l.pages.len() as u64).sum());
    let indexes: Vec<Vec<(String, Vec<u8>)>> = languages
        .par_iter()
        .filter(|language| !language.pages.is_empty())
        .map(|language| index(language, output, progress))
        .collect::<Result<_, _>>()
        .map_err(|d| vec![d])?;
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut entries = Vec::new();
    for (name, contents) in indexes.into_iter().flatten() {
        if name == ENTRY {
            entries.push(contents);
        } else if !UNUSED.iter().any(|prefix| name.starts_with(prefix)) {
            files.insert(name, contents);
        }
    }
    if !entries.is_empty() {
        files.insert(ENTRY.to_string(), merge_entries(&entries)?);
    }
    let mut problems = Vec::new();
    for (name, contents) in &files {
        let (dir, file) = name.rsplit_once('/').unwrap_or(("", name));
        let dir = format!("{FOLDER}{dir}");
        problems.extend(output.write(&dir, file, contents).err());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The pagefind files of one language: `(path below FOLDER, contents)`.
fn index(
    language: &Language,
    output: &Output,
    progress: &indicatif::ProgressBar,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let failed = |e: &dyn std::fmt::Display| {
        Diagnostic::error(
            FOLDER,
            format!(
                "could not build the search index of `{}`: {e}",
                language.code
            ),
        )
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| failed(&e))?;
    let options = PagefindServiceConfig::builder()
        .keep_index_url(true)
        .root_selector("main".to_string())
        // pagefind's script finds the index by the page's `lang` in lower case (`pt-br`).
        .force_language(language.code.to_ascii_lowercase())
        .build();
    let mut pagefind = PagefindIndex::new(Some(options)).map_err(|e| failed(&e))?;
    runtime.block_on(async {
        for dir in &language.pages {
            let html = output.read(dir, "index.html")?;
            pagefind
                .add_html_file(None, Some(format!("/{dir}")), html)
                .await
                .map_err(|e| failed(&e))?;
            progress.inc(1);
        }
        progress.set_message("– building the index");
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
