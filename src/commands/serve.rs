//! `wegweiser serve`: builds the site into a temporary folder, serves it over HTTP on
//! loopback, watches the sources, and rebuilds after each burst of saves. Open pages reload
//! through server-sent events; the small script for that is added to HTML responses here,
//! never to the built files. A failed rebuild keeps the server running and answers every page
//! with an overlay naming file, line and message until a rebuild succeeds.

use crate::diagnostic::Diagnostic;
use crate::site::{self, BuildOptions};
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::net::{IpAddr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

/// The path below which the server's own endpoints live.
const OWN: &str = "/__wegweiser/";

/// The live-reload script: reloads the page when the server says so.
const RELOAD_JS: &str = "new EventSource(\"/__wegweiser/events\").addEventListener(\"reload\", function () { location.reload(); });\n";

/// What `serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The address to listen on (loopback unless told otherwise).
    pub bind: IpAddr,
    /// The port; 0 lets the system choose.
    pub port: u16,
    /// Open the site in the default browser.
    pub open: bool,
    /// Include drafts.
    pub drafts: bool,
}

/// State shared by the watcher and the HTTP handlers.
struct Shared {
    options: BuildOptions,
    out: PathBuf,
    errors: RwLock<Option<Vec<Diagnostic>>>,
    reload: broadcast::Sender<()>,
    /// The last successful build, kept to re-render single pages.
    built: Mutex<Option<site::Built>>,
}

/// Serves the site until Ctrl+C. Only fails when the server cannot start.
pub fn serve(options: ServeOptions) -> Result<(), Diagnostic> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Diagnostic::error("serve", format!("cannot start the server: {e}")))?;
    runtime.block_on(run(options))
}

async fn run(options: ServeOptions) -> Result<(), Diagnostic> {
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
        options: BuildOptions {
            root: options.root.clone(),
            out: Some(scratch.join("site")),
            base_url: Some(url.clone()),
            drafts: options.drafts,
            today: None,
            progress: false,
        },
        out: scratch.join("site"),
        errors: RwLock::new(None),
        reload: broadcast::channel(16).0,
        built: Mutex::new(None),
    });
    rebuild(&shared);
    println!(
        "Serving {} at {url} (Ctrl+C stops)",
        site::normalize(&options.root).display()
    );
    if options.open {
        open_browser(&url);
    }

    let _watcher = watch(&options.root, shared.clone())?;
    let app = Router::new()
        .route("/__wegweiser/events", get(events))
        .route("/__wegweiser/reload.js", get(reload_script))
        .fallback(page)
        .with_state(shared);
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    let _ = std::fs::remove_dir_all(&scratch);
    served.map_err(|e| Diagnostic::error("serve", format!("the server stopped: {e}")))
}

/// Rebuilds the site, prints the outcome, remembers errors, and tells open pages to reload.
fn rebuild(shared: &Shared) {
    let started = Instant::now();
    let built = match site::build_keeping(&shared.options) {
        Ok(built) => {
            for warning in &built.summary.warnings {
                eprintln!("{warning}");
            }
            let pages: usize = built.summary.languages.iter().map(|(_, p, _)| p).sum();
            println!(
                "Built {pages} pages in {:.0} ms",
                started.elapsed().as_secs_f64() * 1000.0
            );
            set_errors(shared, None);
            Some(built)
        }
        Err(problems) => {
            crate::print_problems(&problems);
            set_errors(shared, Some(problems));
            None
        }
    };
    if let Ok(mut guard) = shared.built.lock() {
        *guard = built;
    }
    let _ = shared.reload.send(());
}

/// Re-renders only the pages of edited Markdown files whose front matter stayed the same (a
/// change of text affects no other page). Returns false when a full rebuild is needed: another
/// kind of file changed, a file came or went, front matter changed, or the file has errors.
fn update(shared: &Shared, changed: &[PathBuf]) -> bool {
    let started = Instant::now();
    let Ok(mut guard) = shared.built.lock() else {
        return false;
    };
    let Some(built) = guard.as_mut() else {
        return false;
    };
    let site = &mut built.site;
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
    let mut touched = Vec::new();
    for (index, document, body_line) in edits {
        let source = &mut site.content.sources[index];
        source.doc = document;
        source.body_line = body_line;
        touched.push(index);
    }
    let inputs = site.inputs(built.stylesheet.clone(), built.today);
    let mut problems = Vec::new();
    for (item, it) in inputs.linked.items.iter().enumerate() {
        for (lang, shown) in it.shown.iter().enumerate() {
            if !touched.contains(shown) {
                continue;
            }
            match crate::render::render_item(&inputs, item, lang) {
                Ok(html) => {
                    let file = shared.out.join(&it.urls[lang]).join("index.html");
                    if let Err(e) = std::fs::write(&file, html) {
                        problems.push(Diagnostic::error(&file, format!("cannot write: {e}")));
                    }
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
    }
    if problems.is_empty() {
        println!(
            "Updated {} file(s) in {:.1} ms",
            touched.len(),
            started.elapsed().as_secs_f64() * 1000.0
        );
        set_errors(shared, None);
    } else {
        crate::print_problems(&problems);
        set_errors(shared, Some(problems));
    }
    drop(guard);
    let _ = shared.reload.send(());
    true
}

fn set_errors(shared: &Shared, errors: Option<Vec<Diagnostic>>) {
    if let Ok(mut guard) = shared.errors.write() {
        *guard = errors;
    }
}

/// Watches the site's sources (not its output) and rebuilds after each burst of changes.
fn watch(
    root: &Path,
    shared: Arc<Shared>,
) -> Result<
    notify_debouncer_full::Debouncer<
        notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
    Diagnostic,
> {
    let (tx, rx) = std::sync::mpsc::channel();
    let mut debouncer =
        notify_debouncer_full::new_debouncer(Duration::from_millis(10), None, tx)
            .map_err(|e| Diagnostic::error("serve", format!("cannot watch the files: {e}")))?;
    for source in ["config.toml", "content", "themes", "i18n", "static"] {
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

/// A file of the built site, with the reload script in HTML; the error overlay while the last
/// rebuild failed; the site's 404 page for anything else.
async fn page(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let path = request.uri().path();
    if let Ok(guard) = shared.errors.read()
        && let Some(errors) = guard.as_ref()
    {
        return html(StatusCode::INTERNAL_SERVER_ERROR, overlay(errors));
    }
    let Some(file) = resolve(&shared.out, path) else {
        let not_found = tokio::fs::read(shared.out.join("404.html"))
            .await
            .unwrap_or_default();
        return html(
            StatusCode::NOT_FOUND,
            String::from_utf8_lossy(&not_found).into_owned(),
        );
    };
    match tokio::fs::read(&file).await {
        Ok(bytes) if file.extension().is_some_and(|e| e == "html") => {
            html(StatusCode::OK, String::from_utf8_lossy(&bytes).into_owned())
        }
        Ok(bytes) => ([(header::CONTENT_TYPE, content_type(&file))], bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The file for a URL path inside `out`: folders give their `index.html`; `..` never leaves.
fn resolve(out: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = url::Url::parse("http://x")
        .ok()?
        .join(url_path)
        .ok()
        .map(|u| u.path().to_string())?;
    let decoded = percent_encoding::percent_decode_str(&decoded).decode_utf8_lossy();
    if decoded.starts_with(OWN) {
        return None;
    }
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let file = out.join(relative);
    let file = if file.is_dir() {
        file.join("index.html")
    } else {
        file
    };
    file.is_file().then_some(file)
}

/// An HTML response with the live-reload script before `</body>`.
fn html(status: StatusCode, mut body: String) -> Response {
    let script = "<script src=\"/__wegweiser/reload.js\"></script>";
    match body.rfind("</body>") {
        Some(at) => body.insert_str(at, script),
        None => body.push_str(script),
    }
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

/// The page shown while the site has errors.
fn overlay(errors: &[Diagnostic]) -> String {
    let items: String = errors
        .iter()
        .map(|d| {
            format!(
                "<li><pre>{}</pre></li>",
                crate::render::sitemap::escape(&d.to_string())
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

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain; charset=utf-8",
        Some("vcf") => "text/vcard; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("pdf") => "application/pdf",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Opens `url` in the desktop's browser; failing silently is fine, the URL is printed.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener).arg(url).spawn();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_never_leaves_the_output() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("de")).unwrap();
        std::fs::write(dir.path().join("de/index.html"), "x").unwrap();
        assert_eq!(
            resolve(dir.path(), "/de/"),
            Some(dir.path().join("de/index.html"))
        );
        assert_eq!(
            resolve(dir.path(), "/de"),
            Some(dir.path().join("de/index.html"))
        );
        for bad in [
            "/../etc/passwd",
            "/de/%2e%2e/%2e%2e/etc/passwd",
            "/__wegweiser/x",
            "/nope/",
        ] {
            assert_eq!(resolve(dir.path(), bad), None, "{bad}");
        }
    }

    #[test]
    fn html_gets_the_reload_script_before_body_end() {
        let response = html(StatusCode::OK, "<html><body>x</body></html>".to_string());
        assert_eq!(response.status(), StatusCode::OK);
    }
}
