//! Privacy guard: no page and no stylesheet may make a reader's browser fetch anything from
//! another server (scripts, styles, fonts, images, frames, media). The render stage runs every
//! page through [`foreign_resources`] before anything is written, so a CDN link in a template
//! or an image hot-linked in Markdown fails the build instead of leaking readers' visits.

use html5gum::{Token, Tokenizer};

/// Whether `url` points at another server: an absolute web or protocol-relative URL. Paths,
/// fragments and `data:` URLs stay on the page's own origin. (The site's own absolute
/// `base_url` is not used for resources: templates link them root-relative.)
fn is_foreign(url: &str) -> bool {
    let url = url.trim();
    if url.starts_with("//") {
        return true;
    }
    url.split_once(':').is_some_and(|(scheme, _)| {
        matches!(
            scheme.to_ascii_lowercase().as_str(),
            "http" | "https" | "ftp" | "ws" | "wss"
        )
    })
}

/// The foreign URLs inside CSS text: `url(…)` and `@import "…"`.
pub fn foreign_in_css(css: &str) -> Vec<String> {
    let mut found = Vec::new();
    let lower = css.to_ascii_lowercase();
    for marker in ["url(", "@import"] {
        let mut start = 0;
        while let Some(at) = lower[start..].find(marker) {
            let from = start + at + marker.len();
            let rest = css[from..].trim_start_matches([' ', '(', '\t', '\n']);
            let rest = rest.trim_start_matches(['"', '\'']);
            let url: String = rest
                .chars()
                .take_while(|c| !matches!(c, '"' | '\'' | ')' | ';' | ' ' | '\n'))
                .collect();
            if is_foreign(&url) {
                found.push(url);
            }
            start = from;
        }
    }
    found
}

/// Elements that make a browser fetch what their attributes name.
const LOADING: &[&str] = &[
    "audio", "embed", "frame", "iframe", "img", "input", "link", "object", "script", "source",
    "style", "track", "video",
];

/// The resources `html` would load from other servers, as `<element> url`.
///
/// Tokenizing whole pages doubled the build time of a 10,000-page site (0.85 s → 1.9 s), so
/// only the tags that can load something (and tags with a `style` attribute) are cut out of
/// the page and tokenized.
pub fn foreign_resources(html: &str) -> Vec<String> {
    let bytes = html.as_bytes();
    let any_style = ["style=", "STYLE=", "Style="]
        .iter()
        .any(|s| html.contains(s));
    let mut found = Vec::new();
    let mut position = 0;
    while let Some(offset) = bytes[position..].iter().position(|&b| b == b'<') {
        let start = position + offset;
        let name_end = start
            + 1
            + bytes[start + 1..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
        let Some(tag_end) = bytes[name_end..]
            .iter()
            .position(|&b| b == b'>')
            .map(|e| name_end + e + 1)
        else {
            break;
        };
        position = tag_end;
        let name = &bytes[start + 1..name_end];
        let loading = LOADING
            .iter()
            .any(|t| name.eq_ignore_ascii_case(t.as_bytes()));
        let styled = any_style
            && bytes[name_end..tag_end]
                .windows(6)
                .any(|w| w.eq_ignore_ascii_case(b"style="));
        if !loading && !styled {
            continue;
        }
        let end = if name.eq_ignore_ascii_case(b"style") {
            html[tag_end..]
                .to_ascii_lowercase()
                .find("</style>")
                .map_or(html.len(), |e| tag_end + e)
        } else {
            tag_end
        };
        found.extend(scan(&html[start..end]));
        position = end;
    }
    found
}

/// Tokenizes one tag (or a `<style>` element) and returns its foreign loads.
fn scan(snippet: &str) -> Vec<String> {
    let mut found = Vec::new();
    for token in Tokenizer::new(snippet).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attr = |key: &str| {
                    tag.attributes
                        .get(key.as_bytes())
                        .map(|v| String::from_utf8_lossy(v).into_owned())
                };
                let mut urls: Vec<String> = Vec::new();
                let loads: &[&str] = match name.as_str() {
                    "script" | "iframe" | "frame" | "embed" | "track" | "input" => &["src"],
                    "img" | "source" => &["src", "srcset"],
                    "audio" | "video" => &["src", "poster"],
                    "object" => &["data"],
                    "link" => {
                        let rel = attr("rel").unwrap_or_default().to_ascii_lowercase();
                        let fetched = rel.split_whitespace().any(|r| {
                            matches!(
                                r,
                                "stylesheet"
                                    | "icon"
                                    | "preload"
                                    | "prefetch"
                                    | "modulepreload"
                                    | "manifest"
                                    | "apple-touch-icon"
                                    | "preconnect"
                                    | "dns-prefetch"
                            )
                        });
                        if fetched { &["href"] } else { &[] }
                    }
                    _ => &[],
                };
                for key in loads {
                    if let Some(value) = attr(key) {
                        if *key == "srcset" {
                            urls.extend(
                                value
                                    .split(',')
                                    .filter_map(|c| c.split_whitespace().next())
                                    .map(str::to_string),
                            );
                        } else {
                            urls.push(value);
                        }
                    }
                }
                if let Some(style) = attr("style") {
                    urls.extend(foreign_in_css(&style));
                }
                found.extend(
                    urls.into_iter()
                        .filter(|u| is_foreign(u))
                        .map(|u| format!("<{name}> {u}")),
                );
            }
            Token::String(text) => {
                found.extend(
                    foreign_in_css(&String::from_utf8_lossy(&text))
                        .into_iter()
                        .map(|u| format!("<style> {u}")),
                );
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_kind_of_foreign_load() {
        let html = r#"<html><head>
            <link rel="stylesheet" href="https://cdn.example/x.css">
            <link rel="alternate" hreflang="en" href="https://example.org/en/">
            <link rel="canonical" href="https://example.org/de/">
            <script src="//cdn.example/x.js"></script>
            <style>@import url("https://fonts.example/f.css"); .a { background: url(/own.png) }</style>
            </head><body>
            <img src="https://tracker.example/p.gif" alt="">
            <img srcset="/a.png 1x, https://img.example/b.png 2x" alt="">
            <img src="data:image/png;base64,AAAA" alt="">
            <iframe src="https://video.example/embed"></iframe>
            <video poster="https://img.example/p.jpg"></video>
            <p style="background-image: url('https://img.example/bg.png')">x</p>
            <a href="https://www.bamf.de/">links are fine</a>
            </body></html>"#;
        assert_eq!(
            foreign_resources(html),
            [
                "<link> https://cdn.example/x.css",
                "<script> //cdn.example/x.js",
                "<style> https://fonts.example/f.css",
                "<img> https://tracker.example/p.gif",
                "<img> https://img.example/b.png",
                "<iframe> https://video.example/embed",
                "<video> https://img.example/p.jpg",
                "<p> https://img.example/bg.png",
            ]
        );
    }

    #[test]
    fn own_files_are_fine() {
        assert!(
            foreign_resources(
                "<img src=\"/de/a.png\" alt=\"\"><script src=\"/assets/finder.js\"></script>"
            )
            .is_empty()
        );
        assert!(foreign_in_css("body { background: url(bg.png) } @import 'local.css';").is_empty());
    }
}
