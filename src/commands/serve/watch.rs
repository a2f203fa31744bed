//! Keeping the served site up to date: the first build, and after each burst of saves either
//! the outputs that embed the edited text (a save that changes only the text of Markdown
//! files) or the whole site again, written through the one writer ([`Served`]) so that the
//! served folder always equals what `build` writes.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::link::outputs;
use crate::load::config::Lang;
use crate::load::dates::Date;
use crate::output::{Recording, Served};
use crate::progress::Silent;
use crate::render::inputs::Inputs;
use crate::search::{Document, LanguageIndex};
use crate::site;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::broadcast;

/// What the server tells whoever runs it.
#[derive(Debug)]
pub enum Report {
    /// The server listens at `url` and serves the site in `root`.
    Serving {
        /// The site's address.
        url: String,
        /// The site folder.
        root: PathBuf,
    },
    /// The whole site was rendered.
    Built {
        /// Pages in all languages.
        pages: usize,
        /// How long it took.
        elapsed: Duration,
        /// Problems that did not fail the build.
        warnings: Vec<Diagnostic>,
    },
    /// Text edits were rendered into the outputs that embed them.
    Updated {
        /// Markdown files edited.
        sources: usize,
        /// Outputs rendered again.
        outputs: usize,
        /// How long it took.
        elapsed: Duration,
    },
    /// The site has errors; the browser shows them until a save fixes them.
    Failed(Vec<Diagnostic>),
}

/// The rendered site the server keeps to re-render parts of it.
pub(super) struct Rendered {
    site: Site,
    today: Date,
    /// The search index of each language, holding its pages.
    indexes: BTreeMap<Lang, LanguageIndex>,
}

/// State shared by the watcher and the HTTP handlers.
pub(super) struct Shared {
    pub(super) root: PathBuf,
    pub(super) base_url: String,
    pub(super) drafts: bool,
    pub(super) served: Served,
    pub(super) errors: RwLock<Option<Vec<Diagnostic>>>,
    pub(super) reload: broadcast::Sender<()>,
    pub(super) rendered: Mutex<Option<Rendered>>,
    pub(super) report: Box<dyn Fn(Report) + Send + Sync>,
}

/// Loads and renders the whole site into the served folder, removes files that no longer
/// belong to it, remembers errors, and tells open pages to reload.
pub(super) fn rebuild(shared: &Shared) {
    let started = Instant::now();
    let result = site::load(&shared.root, Some(&shared.base_url), shared.drafts).and_then(|site| {
        let today = site::today(&site, None);
        let recording = Recording::new(&shared.served);
        let indexes = site::render_all(&site, today, &recording, true, None, &Silent)?.indexes;
        let paths: BTreeSet<String> = recording.manifest().into_keys().collect();
        shared.served.keep_only(&paths).map_err(|d| vec![d])?;
        Ok(Rendered {
            site,
            today,
            indexes,
        })
    });
    let rendered = match result {
        Ok(rendered) => {
            (shared.report)(Report::Built {
                pages: site::languages(&rendered.site)
                    .iter()
                    .map(|(_, pages, _)| pages)
                    .sum(),
                elapsed: started.elapsed(),
                warnings: rendered.site.content.warnings.clone(),
            });
            set_errors(shared, None);
            Some(rendered)
        }
        Err(mut problems) => {
            crate::diagnostic::sort(&mut problems);
            problems.dedup();
            set_errors(shared, Some(problems.clone()));
            (shared.report)(Report::Failed(problems));
            None
        }
    };
    if let Ok(mut guard) = shared.rendered.lock() {
        *guard = rendered;
    }
    let _ = shared.reload.send(());
}

/// Re-renders the outputs that embed the text of the edited Markdown files, when only their
/// text changed. Returns false when the whole site must be rendered again: another kind of
/// file changed, a file came or went, front matter changed, or the file cannot be read.
fn update(shared: &Shared, changed: &[PathBuf]) -> bool {
    let started = Instant::now();
    let Ok(mut guard) = shared.rendered.lock() else {
        return false;
    };
    let Some(rendered) = guard.as_mut() else {
        return false;
    };
    let site = &mut rendered.site;
    let mut edits = Vec::new();
    for path in changed {
        let absolute = site::normalize(path);
        let Ok(rel) = absolute.strip_prefix(&site.root) else {
            return false;
        };
        let Some(index) = site.content.sources.position(|s| s.path == rel) else {
            return false;
        };
        let Ok(text) = crate::load::fs::read_text(&site.root, rel) else {
            return false;
        };
        let Ok(document) = crate::load::front_matter::parse(rel, &text) else {
            return false;
        };
        if document.meta != site.content.sources[index].doc.meta {
            return false;
        }
        let body_line = crate::diagnostic::line_col(&text, document.body_offset).0;
        edits.push((index, document, body_line));
    }
    for (index, document, body_line) in &edits {
        let source = &mut site.content.sources[*index];
        *source.doc = document.clone();
        source.body_line = *body_line;
    }
    let mut jobs: Vec<outputs::Job> = edits
        .iter()
        .flat_map(|(index, _, _)| outputs::embedding_body(site, *index))
        .collect();
    jobs.sort();
    jobs.dedup();
    let result = render_part(shared, rendered, &jobs);
    match result {
        Ok(()) => {
            set_errors(shared, None);
            (shared.report)(Report::Updated {
                sources: edits.len(),
                outputs: jobs.len(),
                elapsed: started.elapsed(),
            });
        }
        Err(mut problems) => {
            crate::diagnostic::sort(&mut problems);
            problems.dedup();
            set_errors(shared, Some(problems.clone()));
            (shared.report)(Report::Failed(problems));
        }
    }
    drop(guard);
    let _ = shared.reload.send(());
    true
}

/// Renders `jobs` into the served folder; when the site has search, indexes the languages
/// of the pages rendered again and replaces the search files; with offline reading, makes its
/// files (version, sizes) again.
fn render_part(
    shared: &Shared,
    rendered: &mut Rendered,
    jobs: &[outputs::Job],
) -> Result<(), Vec<Diagnostic>> {
    let fresh = {
        let inputs = Inputs::new(&rendered.site, rendered.today);
        crate::render::render(&inputs, jobs, &shared.served, &Silent)?
    };
    let fresh: Vec<Document> = fresh.into_iter().filter_map(|o| o.document).collect();
    if rendered.site.config.search && !fresh.is_empty() {
        reindex(shared, rendered, fresh)?;
    }
    if rendered.site.config.offline {
        let inputs = Inputs::new(&rendered.site, rendered.today);
        let files =
            crate::offline::files(&inputs, &shared.served.manifest()).map_err(|d| vec![d])?;
        site::put_all(&shared.served, files)?;
    }
    Ok(())
}

/// Reads the `fresh` pages into the search indexes of their languages and replaces the
/// search files.
fn reindex(
    shared: &Shared,
    rendered: &mut Rendered,
    fresh: Vec<Document>,
) -> Result<(), Vec<Diagnostic>> {
    let mut changed = BTreeSet::new();
    for (lang, pages) in crate::search::by_language(fresh) {
        if let Some(index) = rendered.indexes.get_mut(&lang) {
            index.update(pages).map_err(|d| vec![d])?;
            changed.insert(lang);
        }
    }
    site::put_all(
        &shared.served,
        crate::search::files(&mut rendered.indexes, Some(&changed))?,
    )?;
    let search = crate::search::paths(&rendered.indexes);
    let keep: BTreeSet<String> = shared
        .served
        .manifest()
        .into_keys()
        .filter(|p| !p.starts_with(crate::search::FOLDER) || search.contains(p))
        .collect();
    shared.served.keep_only(&keep).map_err(|d| vec![d])
}

pub(super) fn set_errors(shared: &Shared, errors: Option<Vec<Diagnostic>>) {
    if let Ok(mut guard) = shared.errors.write() {
        *guard = errors;
    }
}

/// The file watcher: keeps watching as long as it lives.
pub(super) type Watcher = notify_debouncer_full::Debouncer<
    notify::RecommendedWatcher,
    notify_debouncer_full::RecommendedCache,
>;

/// Watches the site's sources (not its output) and renders again after each burst of changes.
pub(super) fn watch(root: &Path, shared: Arc<Shared>) -> Result<Watcher, Diagnostic> {
    let (tx, rx) = std::sync::mpsc::channel();
    let mut debouncer =
        notify_debouncer_full::new_debouncer(Duration::from_millis(10), None, tx)
            .map_err(|e| Diagnostic::error("serve", format!("cannot watch the files: {e}")))?;
    for source in crate::load::SOURCES {
        let path = root.join(source);
        if path.exists() {
            debouncer
                .watch(&path, notify::RecursiveMode::Recursive)
                .map_err(|e| Diagnostic::error(source, format!("cannot watch: {e}")))?;
        }
    }
    std::thread::spawn(move || {
        for result in rx {
            let events = match result {
                Ok(events) => events,
                Err(_) => {
                    rebuild(&shared);
                    continue;
                }
            };
            let events: Vec<_> = events.iter().filter(|e| !e.kind.is_access()).collect();
            if events.is_empty() {
                continue;
            }
            let text_edits = events.iter().all(|e| {
                matches!(
                    e.kind,
                    notify::EventKind::Modify(
                        notify::event::ModifyKind::Data(_) | notify::event::ModifyKind::Any
                    )
                ) && e
                    .paths
                    .iter()
                    .all(|p| p.extension().is_some_and(|x| x == "md"))
            });
            let mut changed: Vec<PathBuf> = events
                .iter()
                .flat_map(|e| e.paths.iter().cloned())
                .collect();
            changed.sort();
            changed.dedup();
            if !(text_edits && update(&shared, &changed)) {
                rebuild(&shared);
            }
        }
    });
    Ok(debouncer)
}
