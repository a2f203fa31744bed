//! The search index of an incremental build: written again for the languages where a page
//! rendered again reads differently to search, from the fresh pages and the others' read back
//! from the cache; taken from the last build for the other languages.

use super::{Earlier, store};
use crate::diagnostic::Diagnostic;
use crate::load::config::{Config, Lang};
use crate::progress::Progress;
use crate::render::Output;
use crate::search::{Document, LanguageIndex};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// The search index of every language: made again for the languages where a page rendered
/// again reads differently to search (from every page of that language, the others' read back
/// from their files), taken from the last build for the others.
pub fn search_indexes(
    earlier: &Earlier,
    config: &Config,
    fresh: &[Output],
    progress: &dyn Progress,
) -> Result<BTreeMap<Lang, LanguageIndex>, Vec<Diagnostic>> {
    let mut redo: BTreeSet<Lang> = BTreeSet::new();
    let mut documents: BTreeMap<usize, Document> = BTreeMap::new();
    for (&position, output) in earlier.todo.iter().zip(fresh) {
        let before = &earlier.manifest.jobs[position];
        if output.read != before.read {
            let code = before.indexed.as_deref();
            redo.extend(code.and_then(|code| config.language_index(code)));
            redo.extend(output.indexed);
        }
        documents.extend(output.document.clone().map(|d| (position, d)));
    }
    // Per job of the languages to index again, in order: its fresh page, or its page as the
    // last build wrote it, read back (side by side).
    let wanted: Vec<(usize, Option<Document>)> = earlier
        .manifest
        .jobs
        .iter()
        .enumerate()
        .filter_map(|(position, job)| {
            if let Some(document) = documents.remove(&position) {
                return redo
                    .contains(&document.lang)
                    .then_some((position, Some(document)));
            }
            let lang = job
                .indexed
                .as_deref()
                .and_then(|c| config.language_index(c));
            (lang.is_some_and(|l| redo.contains(&l))
                && earlier.todo.binary_search(&position).is_err())
            .then_some((position, None))
        })
        .collect();
    let read: Vec<Result<Option<Document>, Diagnostic>> = wanted
        .into_par_iter()
        .map(|(position, fresh)| match fresh {
            Some(document) => Ok(Some(document)),
            None => document(earlier, position, config),
        })
        .collect();
    let mut pages = Vec::with_capacity(read.len());
    for page in read {
        pages.extend(page.map_err(|d| vec![d])?);
    }
    let mut indexes = crate::search::index_languages(config, pages, false, progress)?;
    for (code, record) in &earlier.manifest.search {
        let Some(lang) = config.language_index(code).filter(|l| !redo.contains(l)) else {
            continue;
        };
        let files = record
            .names
            .iter()
            .map(|name| {
                let path = format!("{}{name}", crate::search::FOLDER);
                store::read(&earlier.from, &path).map(|bytes| (name.clone(), bytes))
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(|d| vec![d])?;
        let entry = record.entry.clone().into_bytes();
        indexes.insert(lang, LanguageIndex::earlier(code.clone(), files, entry));
    }
    Ok(indexes)
}

/// The search document the job at `position` of the last build made, read from its page.
fn document(
    earlier: &Earlier,
    position: usize,
    config: &Config,
) -> Result<Option<Document>, Diagnostic> {
    let job = &earlier.manifest.jobs[position];
    let (Some(code), Some(page)) = (&job.indexed, job.paths.first()) else {
        return Ok(None);
    };
    let Some(lang) = config.language_index(code) else {
        return Ok(None);
    };
    let bytes = store::read(&earlier.from, page)?;
    Document::of_page(&crate::output::File::new(page.clone(), bytes), lang, config)
}
