//! Site search without a server: per language, a pagefind index of the pages written in that
//! language (and of the partners with a summary in it), made from their rendered HTML (the
//! text of `<main>`), held in memory since rendering, with pagefind's search library.
//! Fallback pages are not indexed, so no text is found twice. The languages are indexed in
//! parallel, each by its own pagefind index; their entry files are merged into one.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::config::Lang;
use crate::output::{Contents, File};
use crate::progress::{Progress, Silent};
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

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
    /// The part of the page's HTML that is indexed: its `<main>` element.
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
                html: main_element(&String::from_utf8_lossy(bytes)).to_string(),
            }),
            Contents::Copy(_) | Contents::Link(_) => None,
        }
    }
}

/// The `<main>` element of `html`, which alone is indexed (pagefind's root selector), so that
/// only it is kept until indexing; the whole page unless `<main` and `</main>` each occur
/// exactly once, in that order.
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

/// The index of one language: pagefind's files, and, when kept for later changes (`serve`),
/// pagefind's state with every page read.
pub struct LanguageIndex {
    code: String,
    /// pagefind's files, by path below [`FOLDER`].
    pub files: Vec<(String, Vec<u8>)>,
    kept: Option<PagefindIndex>,
}

impl LanguageIndex {
    /// Reads `documents` again into an index made with `keep` (pages already indexed, by URL,
    /// are replaced in place, so the files equal those of indexing every page afresh) and
    /// makes the files again.
    pub fn update(&mut self, documents: Vec<Document>) -> Result<(), Diagnostic> {
        let Some(pagefind) = &mut self.kept else {
            return Err(failed(&self.code, &"its pages were not kept"));
        };
        self.files = read_and_write(pagefind, &self.code, documents, &Silent)?;
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
            } else if !UNUSED.iter().any(|prefix| name.starts_with(prefix)) {
                names.push(name.as_str());
            }
        }
        (names, entry)
    }
}

/// `documents` grouped by their language, each group in document order.
pub fn by_language(documents: Vec<Document>) -> BTreeMap<Lang, Vec<Document>> {
    let mut grouped: BTreeMap<Lang, Vec<Document>> = BTreeMap::new();
    for document in documents {
        grouped.entry(document.lang).or_default().push(document);
    }
    grouped
}

/// Indexes `documents` by language (each in document order), counting the pages on
/// `progress`; `keep` holds pagefind's state of each language for [`LanguageIndex::update`].
/// pagefind reads one language's pages one after another, so the languages are indexed side
/// by side, the largest first, by as many threads as [`threads_for`] says; a page is dropped
/// once read.
pub fn index_languages(
    config: &Config,
    documents: Vec<Document>,
    keep: bool,
    progress: &dyn Progress,
) -> Result<BTreeMap<Lang, LanguageIndex>, Vec<Diagnostic>> {
    let by_language = by_language(documents);
    progress.begin(
        "pages indexed for search",
        by_language.values().map(Vec::len).sum(),
    );
    let mut queue: Vec<(Lang, Vec<Document>)> = by_language.into_iter().collect();
    queue.sort_by_key(|(_, pages)| std::cmp::Reverse(pages.len()));
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let threads = threads_for(queue.len(), cores);
    let queue = Mutex::new(queue.into_iter());
    let next = || queue.lock().ok().and_then(|mut q| q.next());
    let results: Vec<Result<(Lang, LanguageIndex), Diagnostic>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some((lang, pages)) = next() {
                        let code = config.languages[lang].code.clone();
                        done.push(index_language(lang, code, pages, keep, progress));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker.join().unwrap_or_else(|_| {
                    vec![Err(Diagnostic::error(FOLDER, "indexing for search failed"))]
                })
            })
            .collect()
    });
    progress.end();
    let mut indexes = BTreeMap::new();
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok((lang, index)) => {
                indexes.insert(lang, index);
            }
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(indexes)
    } else {
        Err(problems)
    }
}

/// How many languages to index at once, each on its own thread, with `cores` cores: the
/// fewest (at least `cores`) after which no core waits while others work, for languages of
/// about equal size. They run in rounds of that many; a last round of fewer than `cores`
/// languages would leave cores idle, so 5 languages on 2 cores go 3 at a time (3, then 2),
/// not 2 (2, 2, then 1 alone); 4 go 2 at a time. Fewer at once hold fewer pages in memory.
pub fn threads_for(languages: usize, cores: usize) -> usize {
    let cores = cores.max(1);
    if languages <= cores {
        return languages;
    }
    (cores..=languages)
        .find(|&at_once| {
            let last = languages % at_once;
            last == 0 || last >= cores
        })
        .unwrap_or(languages)
}

/// The index of one language from its `pages`.
fn index_language(
    lang: Lang,
    code: String,
    pages: Vec<Document>,
    keep: bool,
    progress: &dyn Progress,
) -> Result<(Lang, LanguageIndex), Diagnostic> {
    let mut pagefind = new_index(&code)?;
    let files = read_and_write(&mut pagefind, &code, pages, progress)?;
    let kept = keep.then_some(pagefind);
    Ok((lang, LanguageIndex { code, files, kept }))
}

/// The search files of the site from the indexes of its languages: pagefind's library and
/// the index of each language in `only` (all when `None`), with one entry file listing them
/// all.
pub fn files(
    indexes: &BTreeMap<Lang, LanguageIndex>,
    only: Option<&BTreeSet<Lang>>,
) -> Result<Vec<File>, Vec<Diagnostic>> {
    let mut files: BTreeMap<&str, &[u8]> = BTreeMap::new();
    let mut entries = Vec::new();
    for (lang, index) in indexes {
        for (name, contents) in &index.files {
            if name == ENTRY {
                entries.push(contents.clone());
            } else if only.is_none_or(|only| only.contains(lang))
                && !UNUSED.iter().any(|prefix| name.starts_with(prefix))
            {
                files.insert(name, contents);
            }
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

/// The paths of all search files (see [`files`]).
pub fn paths(indexes: &BTreeMap<Lang, LanguageIndex>) -> BTreeSet<String> {
    indexes
        .values()
        .flat_map(|index| &index.files)
        .map(|(name, _)| name)
        .filter(|name| !UNUSED.iter().any(|prefix| name.starts_with(prefix)))
        .map(|name| format!("{FOLDER}{name}"))
        .collect()
}

/// The error of indexing language `code`.
fn failed(code: &str, e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        FOLDER,
        format!("could not build the search index of `{code}`: {e}"),
    )
}

/// An empty pagefind index for language `code`, reading each page's `<main>`.
fn new_index(code: &str) -> Result<PagefindIndex, Diagnostic> {
    let options = PagefindServiceConfig::builder()
        .keep_index_url(true)
        .root_selector("main".to_string())
        // pagefind's script finds the index by the page's `lang` in lower case (`pt-br`).
        .force_language(code.to_ascii_lowercase())
        .build();
    PagefindIndex::new(Some(options)).map_err(|e| failed(code, &e))
}

/// Reads `documents` into `pagefind` and returns its files: `(path below FOLDER, contents)`.
fn read_and_write(
    pagefind: &mut PagefindIndex,
    code: &str,
    documents: impl IntoIterator<Item = Document>,
    progress: &dyn Progress,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| failed(code, &e))?;
    runtime.block_on(async {
        for document in documents {
            pagefind
                .add_html_file(None, Some(format!("/{}", document.url)), document.html)
                .await
                .map_err(|e| failed(code, &e))?;
            progress.step();
        }
        let files = pagefind.get_files().await.map_err(|e| failed(code, &e))?;
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
    fn languages_are_indexed_in_full_rounds() {
        assert_eq!(threads_for(1, 2), 1);
        assert_eq!(threads_for(2, 2), 2);
        assert_eq!(threads_for(4, 2), 2);
        assert_eq!(threads_for(5, 2), 3);
        assert_eq!(threads_for(8, 2), 2);
        assert_eq!(threads_for(9, 2), 3);
        assert_eq!(threads_for(7, 4), 7);
        assert_eq!(threads_for(9, 4), 5);
        assert_eq!(threads_for(3, 0), 1);
    }

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
