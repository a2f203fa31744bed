//! `wegweiser serve`: builds the site into a temporary folder through the one writer
//! ([`Served`]), serves it over HTTP on loopback (tower-http's `ServeDir`), watches the
//! sources and re-renders after each burst of saves. A save that changes only the text of
//! Markdown files re-renders exactly the outputs that embed that text (`link::outputs`) and
//! re-indexes their languages for search; any other change renders the whole site again and
//! the writer writes only the files whose bytes changed and removes the ones that went. Either
//! way the served folder equals what `build` writes. Open pages reload through server-sent
//! events; the script for that is added to HTML responses, never to files. While the site has
//! errors, every page answers with an overlay naming file, line and message.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::link::outputs;
use crate::load::front_matter::Date;
use crate::output::{File, Served, Sink};
use crate::progress::Silent;
use crate::render::inputs::Inputs;
use crate::search::{Document, LanguageIndex};
use crate::site;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::collections::{BTreeMap, BTreeSet};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;
use tower_http::services::{ServeDir, ServeFile};

/// The live-reload script: reloads the page when the server says so.
const RELOAD_JS: &str = "new EventSource(\"/__wegweiser/events\").addEventListener(\"reload\", function () { location.reload(); });\n";

/// The script element added to HTML responses.
const RELOAD_TAG: &str = "<script src=\"/__wegweiser/reload.js\"></script>";

/// What `serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The address to listen on (loopback unless told otherwise).
    pub bind: IpAddr,
    /// The port; 0 lets the system choose.
    pub port: u16,
    /// Include drafts.
    pub drafts: bool,
}

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
struct Rendered {
    site: Site,
    today: Date,
    /// Pages indexed for search, in render order.
    documents: Vec<Document>,
    /// The search index of each language.
    indexes: BTreeMap<usize, LanguageIndex>,
}

/// State shared by the watcher and the HTTP handlers.
struct Shared {
    root: PathBuf,
    base_url: String,
    drafts: bool,
    served: Served,
    errors: RwLock<Option<Vec<Diagnostic>>>,
    reload: broadcast::Sender<()>,
    rendered: Mutex<Option<Rendered>>,
    report: Box<dyn Fn(Report) + Send + Sync>,
}

/// Serves the site until Ctrl+C or SIGTERM, then removes its temporary folder. Only fails
/// when the server cannot start. `report` hears what happens.
pub fn serve(
    options: ServeOptions,
    report: impl Fn(Report) + Send + Sync + 'static,
) -> Result<(), Diagnostic> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Diagnostic::error("serve", format!("cannot start the server: {e}")))?;
    runtime.block_on(run(options, Box::new(report)))
}

async fn run(
    options: ServeOptions,
    report: Box<dyn Fn(Report) + Send + Sync>,
) -> Result<(), Diagnostic> {
    let address = SocketAddr::new(options.bind, options.port);
    let listener = tokio::net::TcpListener::bind(address).await.map_err(|e| {
        Diagnostic::error("serve", format!("cannot listen on {address}: {e}"))
            .with_hint("choose another `--port`")
    })?;
    let address = listener
        .local_addr()
        .map_err(|e| Diagnostic::error("serve", format!("cannot listen: {e}")))?;
    let host = match address.ip() {
        ip if ip.is_unspecified() => "127.0.0.1".to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let url = format!("http://{host}:{}/", address.port());
    let scratch = std::env::temp_dir().join(format!("wegweiser-serve-{}", std::process::id()));
    let shared = Arc::new(Shared {
        root: site::normalize(&options.root),
        base_url: url.clone(),
        drafts: options.drafts,
        served: Served::create(&scratch.join("site"))?,
        errors: RwLock::new(None),
        reload: broadcast::channel(16).0,
        rendered: Mutex::new(None),
        report,
    });
    rebuild(&shared);
    (shared.report)(Report::Serving {
        url,
        root: shared.root.clone(),
    });
    let served = serve_folder(shared.served.folder());
    let result = match watch(&options.root, shared.clone()) {
        Ok(_watcher) => {
            let app = Router::new()
                .route("/__wegweiser/events", get(events))
                .route("/__wegweiser/reload.js", get(reload_script))
                .fallback_service(served)
                .layer(middleware::from_fn_with_state(
                    shared.clone(),
                    overlay_or_page,
                ))
                .with_state(shared);
            axum::serve(listener, app)
                .with_graceful_shutdown(stopped())
                .await
                .map_err(|e| Diagnostic::error("serve", format!("the server stopped: {e}")))
        }
        Err(e) => Err(e),
    };
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

/// The static files of the served folder, the site's 404 page for anything else.
fn serve_folder(folder: &Path) -> ServeDir<tower_http::set_status::SetStatus<ServeFile>> {
    ServeDir::new(folder).not_found_service(ServeFile::new(folder.join("404.html")))
}

/// Resolves when the process is asked to stop (Ctrl+C, SIGTERM).
async fn stopped() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(_) => {
                    let _ = interrupt.await;
                    return;
                }
            };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
}

/// Loads and renders the whole site into the served folder, removes files that no longer
/// belong to it, remembers errors, and tells open pages to reload.
fn rebuild(shared: &Shared) {
    let started = Instant::now();
    let result = site::load(&shared.root, Some(&shared.base_url), shared.drafts).and_then(|site| {
        let today = site::today(&site, None);
        let recorder = Recorder {
            inner: &shared.served,
            paths: Mutex::new(BTreeSet::new()),
        };
        let documents = site::render_all(&site, today, &recorder, &Silent)?;
        let indexes = if site.config.search {
            let languages: Vec<usize> = (0..site.config.languages.len()).collect();
            let indexes =
                crate::search::index_languages(&site.config, &documents, &languages, &Silent)?;
            put_all(&recorder, crate::search::files(&indexes)?)?;
            indexes
        } else {
            BTreeMap::new()
        };
        let paths = recorder.paths.into_inner().unwrap_or_default();
        shared.served.keep_only(&paths).map_err(|d| vec![d])?;
        Ok(Rendered {
            site,
            today,
            documents,
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

/// Puts every file into `sink`, collecting the problems.
fn put_all(sink: &dyn Sink, files: Vec<File>) -> Result<(), Vec<Diagnostic>> {
    let problems: Vec<Diagnostic> = files
        .into_iter()
        .filter_map(|f| sink.put(f).err())
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// A sink that notes the path of every file it passes on.
struct Recorder<'a> {
    inner: &'a Served,
    paths: Mutex<BTreeSet<String>>,
}

impl Sink for Recorder<'_> {
    fn put(&self, file: File) -> Result<(), Diagnostic> {
        if let Ok(mut paths) = self.paths.lock() {
            paths.insert(file.path.clone());
        }
        self.inner.put(file)
    }
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
        let Some(index) = site.content.sources.iter().position(|s| s.path == rel) else {
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
        source.doc = document.clone();
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

/// Renders `jobs` into the served folder and, when the site has search, indexes the
/// languages of the pages rendered again and replaces the search files.
fn render_part(
    shared: &Shared,
    rendered: &mut Rendered,
    jobs: &[outputs::Job],
) -> Result<(), Vec<Diagnostic>> {
    let site = &rendered.site;
    let inputs = Inputs::new(site, rendered.today);
    let fresh = crate::render::render(&inputs, jobs, &shared.served, &Silent)?;
    if !site.config.search || fresh.is_empty() {
        return Ok(());
    }
    let mut languages: Vec<usize> = fresh.iter().map(|d| d.lang).collect();
    languages.sort_unstable();
    languages.dedup();
    for document in fresh {
        if let Some(old) = rendered
            .documents
            .iter_mut()
            .find(|d| d.lang == document.lang && d.url == document.url)
        {
            *old = document;
        }
    }
    let indexes =
        crate::search::index_languages(&site.config, &rendered.documents, &languages, &Silent)?;
    rendered.indexes.extend(indexes);
    let files = crate::search::files(&rendered.indexes)?;
    let search: BTreeSet<String> = files.iter().map(|f| f.path.clone()).collect();
    put_all(&shared.served, files)?;
    let keep: BTreeSet<String> = shared
        .served
        .paths()
        .into_iter()
        .filter(|p| !p.starts_with(crate::search::FOLDER) || search.contains(p))
        .collect();
    shared.served.keep_only(&keep).map_err(|d| vec![d])
}

fn set_errors(shared: &Shared, errors: Option<Vec<Diagnostic>>) {
    if let Ok(mut guard) = shared.errors.write() {
        *guard = errors;
    }
}

/// The file watcher: keeps watching as long as it lives.
type Watcher = notify_debouncer_full::Debouncer<
    notify::RecommendedWatcher,
    notify_debouncer_full::RecommendedCache,
>;

/// Watches the site's sources (not its output) and renders again after each burst of changes.
fn watch(root: &Path, shared: Arc<Shared>) -> Result<Watcher, Diagnostic> {
    let (tx, rx) = std::sync::mpsc::channel();
    let mut debouncer =
        notify_debouncer_full::new_debouncer(Duration::from_millis(10), None, tx)
            .map_err(|e| Diagnostic::error("serve", format!("cannot watch the files: {e}")))?;
    for source in [
        "config.toml",
        "content",
        "themes",
        "i18n",
        "static",
        "region",
    ] {
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

/// Server-sent events: one `reload` event per rebuild.
async fn events(State(shared): State<Arc<Shared>>) -> impl IntoResponse {
    let stream = BroadcastStream::new(shared.reload.subscribe()).map(|_| {
        Ok::<Event, std::convert::Infallible>(Event::default().event("reload").data("reload"))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn reload_script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        RELOAD_JS,
    )
        .into_response()
}

/// The error overlay while the site has errors; otherwise the response of the site, with the
/// reload script added to HTML.
async fn overlay_or_page(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let own = request.uri().path().starts_with("/__wegweiser/");
    if !own
        && let Ok(guard) = shared.errors.read()
        && let Some(errors) = guard.as_ref()
    {
        return html(StatusCode::INTERNAL_SERVER_ERROR, overlay(errors));
    }
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let status = response.status();
    match axum::body::to_bytes(response.into_body(), usize::MAX).await {
        Ok(bytes) => html(status, String::from_utf8_lossy(&bytes).into_owned()),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// An HTML response with the live-reload script before `</body>`.
fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        with_reload_script(body),
    )
        .into_response()
}

/// `body` with the reload script before `</body>` (or at the end).
fn with_reload_script(mut body: String) -> String {
    match body.rfind("</body>") {
        Some(at) => body.insert_str(at, RELOAD_TAG),
        None => body.push_str(RELOAD_TAG),
    }
    body
}

/// The page shown while the site has errors.
fn overlay(errors: &[Diagnostic]) -> String {
    let items: String = errors
        .iter()
        .map(|d| {
            format!(
                "<li><pre>{}</pre></li>",
                crate::render::escape::xml(&d.to_string())
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed – wegweiser</title>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>\
         <body style=\"font-family: system-ui, sans-serif; margin: 2rem; background: #fff4f2; color: #1b1b1b\">\
         <main><h1>The site could not be built</h1><p>Fix the files below and save: this page reloads by itself.</p>\
         <ol class=\"errors\">{items}</ol></main></body></html>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_gets_the_reload_script_before_body_end() {
        assert_eq!(
            with_reload_script("<html><body>x</body></html>".to_string()),
            format!("<html><body>x{RELOAD_TAG}</body></html>")
        );
        assert_eq!(
            with_reload_script("x".to_string()),
            format!("x{RELOAD_TAG}")
        );
    }
}
