//! `wegweiser serve`: builds the site into a temporary folder through the one writer
//! ([`Served`]), serves it over HTTP on loopback (tower-http's `ServeDir`), watches the
//! sources and re-renders after each burst of saves. A save that changes only the text of
//! Markdown files re-renders exactly the outputs that embed that text (`link::outputs`) and
//! re-indexes their languages for search; any other change renders the whole site again and
//! the writer writes only the files whose bytes changed and removes the ones that went. Either
//! way the served folder equals what `build` writes. Open pages reload through server-sent
//! events; the script for that is added to HTML responses, never to files. While the site has
//! errors, every page answers with an overlay naming file, line and message.

mod watch;

pub use watch::Report;

use crate::diagnostic::Diagnostic;
use crate::output::Served;
use crate::site;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;
use tower_http::services::{ServeDir, ServeFile};
use watch::{Shared, rebuild, watch};

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
            // Stop at once when asked: a waiting graceful shutdown would never end while a
            // browser holds the reload event stream open.
            tokio::select! {
                served = axum::serve(listener, app).into_future() => served
                    .map_err(|e| Diagnostic::error("serve", format!("the server stopped: {e}"))),
                () = stopped() => Ok(()),
            }
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

/// Resolves when the process is asked to stop (Ctrl+C, SIGTERM, or its terminal closing).
async fn stopped() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut terminate), Ok(mut hangup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) else {
            let _ = interrupt.await;
            return;
        };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
            _ = hangup.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
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
