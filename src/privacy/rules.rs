//! The rules of the privacy guard: which attributes of which elements make a browser load
//! something, and how a URL is resolved and judged foreign.

use std::sync::LazyLock;

use url::Url;

/// Stands for the page's own server when relative URLs are resolved. `.invalid` never
/// resolves (RFC 6761), so a URL that names it outright cannot leak anything either.
pub(super) const OWN_ORIGIN: &str = "https://own.invalid/";
pub(super) const OWN_HOST: &str = "own.invalid";

/// [`OWN_ORIGIN`], parsed once.
pub(super) static OWN: LazyLock<Option<Url>> = LazyLock::new(|| Url::parse(OWN_ORIGIN).ok());

/// Where `value` (an attribute value or a CSS URL) leads, resolved against `base` the way a
/// browser does it (whitespace, tabs and newlines dropped, `\` read as `/`, any case of the
/// scheme); `None` for what no browser could fetch either. A value with a scheme is taken as
/// absolute even where the page's own scheme would make it relative (`https:host/x` leads to
/// `host` from a page served over http).
pub(super) fn resolve(value: &str, base: Option<&Url>) -> Option<Url> {
    match Url::parse(value) {
        Err(url::ParseError::RelativeUrlWithoutBase) => base?.join(value).ok(),
        absolute => absolute.ok(),
    }
}

/// Whether a resolved URL is on another server: it names a host, and not the page's own.
pub(super) fn elsewhere(url: &Url) -> bool {
    url.host_str().is_some_and(|host| host != OWN_HOST)
}

/// `value` without the whitespace and control characters that browsers strip from URLs.
pub(super) fn trimmed(value: &str) -> &str {
    value.trim_matches(|c: char| c <= ' ')
}

/// What a scan of one document turns up, in document order.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(super) enum Load {
    /// A foreign load, as `<element> url`.
    Found(String),
    /// The document of an `<iframe srcdoc>`, to be scanned with the base URL it inherits.
    Frame(String, Option<Url>),
}

/// What an attribute's value is, for the attributes that can load something.
#[derive(Clone, Copy)]
pub(super) enum Use {
    Url,
    Srcset,
    /// Space-separated URLs (`ping`).
    Urls,
    /// A `<meta http-equiv="refresh">` content.
    Refresh,
    Css,
    /// An `<iframe srcdoc>` document.
    Frame,
    /// A `<base href>`.
    Base,
}

/// SVG attributes whose value is CSS that may hold `url(…)`.
pub(super) const PAINT: &[&[u8]] = &[
    b"fill",
    b"stroke",
    b"filter",
    b"mask",
    b"clip-path",
    b"marker-start",
    b"marker-mid",
    b"marker-end",
    b"cursor",
];

/// How attribute `key` of `element` can load something. `fetching_link`: the element is a
/// `<link>` whose `rel` fetches; `refresh`: a `<meta http-equiv="refresh">`.
pub(super) fn attribute_use(
    element: &[u8],
    key: &[u8],
    fetching_link: bool,
    refresh: bool,
) -> Option<Use> {
    Some(match key {
        b"src" | b"poster" | b"background" => Use::Url,
        b"srcset" | b"imagesrcset" => Use::Srcset,
        b"href" | b"xlink:href" => match element {
            b"a" | b"area" => return None,
            b"link" if !fetching_link => return None,
            b"base" if key == b"href" => Use::Base,
            _ => Use::Url,
        },
        b"data" if element == b"object" => Use::Url,
        b"manifest" if element == b"html" => Use::Url,
        b"ping" if matches!(element, b"a" | b"area") => Use::Urls,
        b"content" if refresh => Use::Refresh,
        b"srcdoc" if element == b"iframe" => Use::Frame,
        _ if key == b"style" || PAINT.contains(&key) => Use::Css,
        _ => return None,
    })
}

/// Attributes that decide how others are read: `<link rel>`, `<meta http-equiv>`,
/// `<annotation-xml encoding>` and the `<font>` attributes that end SVG content.
pub(super) const DECIDING: &[&[u8]] = &[
    b"rel",
    b"http-equiv",
    b"encoding",
    b"color",
    b"face",
    b"size",
];

/// `<link rel>` keywords that only describe a relation; any other keyword (`stylesheet`,
/// `icon`, `preload`, `manifest`, unknown ones, …) is taken to fetch the `href`.
pub(super) const RELATIONS: &[&str] = &[
    "alternate",
    "author",
    "bookmark",
    "canonical",
    "external",
    "help",
    "license",
    "me",
    "next",
    "nofollow",
    "noopener",
    "noreferrer",
    "opener",
    "prev",
    "privacy-policy",
    "tag",
    "terms-of-service",
];

/// Whether a `<link rel>` value makes the browser fetch the link's `href`.
pub(super) fn fetches(rel: &str) -> bool {
    rel.split_ascii_whitespace()
        .any(|k| !RELATIONS.iter().any(|r| k.eq_ignore_ascii_case(r)))
}

/// Whether a `<meta http-equiv>` value asks for a refresh.
pub(super) fn is_refresh(http_equiv: &str) -> bool {
    trimmed(http_equiv).eq_ignore_ascii_case("refresh")
}

/// The URLs in a `srcset` value, split as browsers split it: each URL runs to the next
/// whitespace (commas inside it belong to it), and its descriptors run to the next comma.
pub(super) fn srcset_urls(srcset: &str) -> Vec<&str> {
    let mut urls = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return urls;
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let (candidate, after) = rest.split_at(end);
        let url = candidate.trim_end_matches(',');
        urls.push(url);
        rest = after;
        if url.len() == candidate.len() {
            let mut in_parens = false;
            let descriptors_end = after
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' => in_parens = true,
                        ')' => in_parens = false,
                        _ => {}
                    }
                    c == ',' && !in_parens
                })
                .map_or(after.len(), |(i, _)| i);
            rest = &after[descriptors_end..];
        }
    }
}

/// The URL a `<meta http-equiv="refresh" content="5; url=…">` sends the reader to.
pub(super) fn refresh_target(content: &str) -> Option<&str> {
    let rest = content.trim_start_matches(|c: char| c.is_ascii_digit() || c <= ' ' || c == '.');
    let rest = rest.trim_start_matches(|c: char| c <= ' ' || c == ';' || c == ',');
    let rest = match rest.get(..3) {
        Some(word) if word.eq_ignore_ascii_case("url") => rest[3..]
            .trim_start()
            .strip_prefix('=')
            .map_or(rest, str::trim_start),
        _ => rest,
    };
    let url = match rest.chars().next() {
        Some(quote @ ('"' | '\'')) => rest[1..].split_once(quote).map_or(&rest[1..], |(u, _)| u),
        _ => rest,
    };
    (!trimmed(url).is_empty()).then_some(url)
}
