//! Splitting a Markdown file into TOML front matter and body, and parsing the front matter
//! into validated [`Meta`]. Pure: works on the file's text, so tests need no files.

use crate::diagnostic::{Diagnostic, line_col};
use crate::load::body::Body;
use crate::load::dates::when;
use crate::load::dates::{Date, When, read_date};
use crate::load::toml_error;
use serde::{Deserialize, Serialize};
use std::path::Path;
use toml::Spanned;

/// The line that opens and closes front matter.
const FENCE: &str = "+++";

/// How a section orders its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    /// By `weight`, then title (the default).
    #[default]
    Weight,
    /// By title.
    Title,
    /// Newest `date` first.
    Date,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: String,
    description: Option<String>,
    slug: Option<Spanned<String>>,
    weight: Option<i64>,
    date: Option<Spanned<toml::Value>>,
    last_reviewed: Option<Spanned<toml::Value>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    source_hash: Option<String>,
    #[serde(default)]
    unreviewed: bool,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    template: Option<Spanned<String>>,
    translation_key: Option<String>,
    start: Option<Spanned<toml::value::Datetime>>,
    end: Option<Spanned<toml::value::Datetime>>,
    location: Option<String>,
    online_url: Option<Spanned<String>>,
    #[serde(default)]
    sort_by: SortBy,
    glossary: Option<bool>,
    #[serde(default)]
    extra: toml::Table,
}

/// Validated front matter of a page or section.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The title (required).
    pub title: String,
    /// One-sentence summary for lists and `<meta name="description">`.
    pub description: Option<String>,
    /// The translated URL segment, already validated.
    pub slug: Option<String>,
    /// Position among siblings; lower comes first.
    pub weight: Option<i64>,
    /// Publication date.
    pub date: Option<Date>,
    /// When the facts on the page were last checked.
    pub last_reviewed: Option<Date>,
    /// URLs of the authorities the page's facts come from.
    pub sources: Vec<String>,
    /// Hash of the source text a translation was made from.
    pub source_hash: Option<String>,
    /// A translation nobody has reviewed yet (e.g. machine-translated): published with a
    /// notice and a link to the original.
    pub unreviewed: bool,
    /// Drafts are built only with `--drafts`.
    pub draft: bool,
    /// Topic ids with the line and column each is written at.
    pub topics: Vec<(String, (usize, usize))>,
    /// Old addresses of the page (paths below the site's root, e.g. `alt/visum/`), each with
    /// its line and column; each becomes a page that redirects to this one.
    pub aliases: Vec<(String, (usize, usize))>,
    /// A template to use instead of the default, with its line and column.
    pub template: Option<(String, (usize, usize))>,
    /// Links translations whose file names differ.
    pub translation_key: Option<String>,
    /// Event start: a local date-time in the site's time zone, or a date for a whole-day
    /// event; `None` with the line and column of a value with a UTC offset.
    pub start: Option<(Option<When>, (usize, usize))>,
    /// Event end, like `start`.
    pub end: Option<(Option<When>, (usize, usize))>,
    /// Event location.
    pub location: Option<String>,
    /// Event's online address.
    pub online_url: Option<String>,
    /// How a section orders its pages.
    pub sort_by: SortBy,
    /// Whether glossary terms in the text link to their entries (`glossary = false` stops it).
    pub glossary: bool,
    /// Free data for themes.
    #[serde(with = "table_text")]
    pub extra: toml::Table,
}

/// A TOML table kept (in a build's cache) as TOML text, none when it is empty (as it mostly
/// is): a format that does not describe itself, as the cache's, cannot hold a `toml::Value`.
mod table_text {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(table: &toml::Table, to: S) -> Result<S::Ok, S::Error> {
        let text = match table.is_empty() {
            true => None,
            false => Some(toml::to_string(table).map_err(serde::ser::Error::custom)?),
        };
        text.serialize(to)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<toml::Table, D::Error> {
        match Option::<String>::deserialize(from)? {
            Some(text) => text.parse().map_err(serde::de::Error::custom),
            None => Ok(toml::Table::new()),
        }
    }
}

/// A Markdown file split into its parts.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    /// Validated front matter.
    pub meta: Meta,
    /// The Markdown body.
    pub body: Body,
    /// Byte offset of the body in the file's text, to report body lines.
    pub body_offset: usize,
}

/// Splits `text` (without BOM) into front matter and body and validates the front matter.
/// All problems are returned, each at its real line in the file.
pub fn parse(path: &Path, text: &str) -> Result<Document, Vec<Diagnostic>> {
    let (toml_range, body_offset) = split(path, text).map_err(|d| vec![d])?;
    let toml_text = &text[toml_range.clone()];
    let raw: RawFrontMatter = toml::from_str(toml_text).map_err(|e| {
        let d = toml_error::diagnostic(path, text, toml_range.start, &e);
        let d = if d.line == 0 { d.at(1, 1) } else { d };
        vec![if e.message().starts_with("missing field `title`") {
            d.with_hint("every page needs a title: `title = \"…\"`")
        } else {
            d
        }]
    })?;
    let at = |span: std::ops::Range<usize>| toml_range.start + span.start;
    let mut problems = Vec::new();
    let mut date_of = |value: &Option<Spanned<toml::Value>>, key: &str| {
        let value = value.as_ref()?;
        read_date(path, text, toml_range.start, key, value)
            .map_err(|d| problems.push(d))
            .ok()
    };
    let date = date_of(&raw.date, "date");
    let last_reviewed = date_of(&raw.last_reviewed, "last_reviewed");
    let mut error = |offset: usize, message: String, hint: &str| {
        let d = Diagnostic::error(path, message).at_offset(text, offset);
        problems.push(if hint.is_empty() {
            d
        } else {
            d.with_hint(hint)
        });
    };

    let slug = raw.slug.as_ref().and_then(|s| {
        crate::slug::check(s.get_ref())
            .map_err(|(message, hint)| error(at(s.span()), message, &hint))
            .ok()
    });
    let mut urls = |values: &[&Spanned<String>], key: &str| -> Vec<String> {
        values
            .iter()
            .filter_map(|v| match url::Url::parse(v.get_ref()) {
                Ok(u) if matches!(u.scheme(), "http" | "https") => Some(v.get_ref().clone()),
                _ => {
                    error(
                        at(v.span()),
                        format!("`{}` in `{key}` is not a web address", v.get_ref()),
                        "write the full address, starting with `https://`",
                    );
                    None
                }
            })
            .collect()
    };
    let sources = urls(&raw.sources.iter().collect::<Vec<_>>(), "sources");
    let online_url = urls(&raw.online_url.iter().collect::<Vec<_>>(), "online_url")
        .into_iter()
        .next();
    if raw.title.trim().is_empty() {
        error(
            toml_range.start,
            "the title is empty".to_string(),
            "write a title: `title = \"…\"`",
        );
    }
    let mut aliases = Vec::new();
    for alias in &raw.aliases {
        match alias_path(alias.get_ref()) {
            Some(path) => aliases.push((path, line_col(text, at(alias.span())))),
            None => error(
                at(alias.span()),
                format!("`{}` cannot be an alias", alias.get_ref()),
                "write an old address of the page as a path of the site, e.g. `/alt/visum/`",
            ),
        }
    }
    let when = |value: &Option<Spanned<toml::value::Datetime>>| {
        value
            .as_ref()
            .map(|v| (when(v.get_ref()), line_col(text, at(v.span()))))
    };
    let (start, end) = (when(&raw.start), when(&raw.end));
    if let (Some((Some(start), _)), Some((Some(end), _)), Some(span)) =
        (start, end, raw.end.as_ref().map(Spanned::span))
        && end.start() < start.start()
    {
        error(
            at(span),
            "the event ends before it starts".to_string(),
            "check `start` and `end`",
        );
    }
    if !problems.is_empty() {
        crate::diagnostic::sort(&mut problems);
        return Err(problems);
    }
    let position = |span: std::ops::Range<usize>| crate::diagnostic::line_col(text, at(span));
    let meta = Meta {
        title: raw.title.trim().to_string(),
        description: raw.description,
        slug,
        weight: raw.weight,
        date,
        last_reviewed,
        sources,
        source_hash: raw.source_hash,
        unreviewed: raw.unreviewed,
        draft: raw.draft,
        topics: raw
            .topics
            .iter()
            .map(|t| (t.get_ref().clone(), position(t.span())))
            .collect(),
        aliases,
        template: raw
            .template
            .as_ref()
            .map(|t| (t.get_ref().clone(), position(t.span()))),
        translation_key: raw.translation_key,
        start,
        end,
        location: raw.location,
        online_url,
        sort_by: raw.sort_by,
        glossary: raw.glossary.unwrap_or(true),
        extra: raw.extra,
    };
    Ok(Document {
        meta,
        body: Body::read(text[body_offset..].to_string()),
        body_offset,
    })
}

/// Finds the front matter: returns the byte range of the TOML between the fences and the
/// byte offset where the body starts. Accepts LF and CRLF line endings and trailing blanks
/// after a fence.
pub fn split(path: &Path, text: &str) -> Result<(std::ops::Range<usize>, usize), Diagnostic> {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let first = text[..first_line_end].trim_end();
    if first != FENCE {
        let hint = if first == "---" {
            "YAML front matter (`---`) is not supported: write TOML between two `+++` lines"
        } else {
            "a page starts with a line `+++`, then TOML such as `title = \"…\"`, then a line `+++`"
        };
        let message = if text.trim().is_empty() {
            "the file is empty"
        } else {
            "the file does not start with front matter"
        };
        return Err(Diagnostic::error(path, message).at(1, 1).with_hint(hint));
    }
    let mut pos = first_line_end;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        if text[pos..end].trim_end() == FENCE {
            return Ok((first_line_end..pos, end));
        }
        pos = end;
    }
    Err(Diagnostic::error(path, "the front matter is not closed")
        .at(1, 1)
        .with_hint("add a line `+++` after the front matter"))
}

/// An alias as a path below the site's root: `/alt/visum` → `alt/visum/`, `/alt.html` stays a
/// file. `None` for anything that is not a plain path of the site (`..`, a query, a scheme).
fn alias_path(alias: &str) -> Option<String> {
    let alias = alias.trim();
    let path = alias.strip_prefix('/').unwrap_or(alias);
    let plain = !path.is_empty()
        && !path.starts_with('/')
        && !path.contains("//")
        && path
            .split('/')
            .all(|segment| segment != ".." && segment != ".")
        && !path
            .chars()
            .any(|c| c.is_whitespace() || "\\?#:%\"<>".contains(c));
    if !plain {
        return None;
    }
    if path.ends_with('/')
        || path
            .rsplit('/')
            .next()
            .is_some_and(|last| !last.contains('.'))
    {
        Some(format!("{}/", path.trim_end_matches('/')))
    } else {
        Some(path.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_kept_in_a_cache_as_it_was_parsed() {
        let text = "+++\ntitle = \"Kurs\"\ndate = 2026-11-25\nstart = 2026-12-01T18:00:00\n\
                    topics = [\"arbeit\"]\n[extra]\nfarbe = \"blau\"\nzahl = [1, 2]\n+++\nText\n";
        let plain = "+++\ntitle = \"Kurs\"\n+++\n";
        for text in [text, plain] {
            let meta = parse(Path::new("c/a.md"), text).unwrap().meta;
            let kept: Meta = postcard::from_bytes(&postcard::to_stdvec(&meta).unwrap()).unwrap();
            assert_eq!(kept, meta);
        }
    }

    fn errors(text: &str) -> Vec<String> {
        parse(Path::new("c/a.md"), text)
            .unwrap_err()
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn splits_lf_and_crlf() {
        let doc = parse(Path::new("a.md"), "+++\ntitle = \"A\"\n+++\nBody\n").unwrap();
        assert_eq!(doc.meta.title, "A");
        assert_eq!(doc.body.text().unwrap(), "Body\n");
        let doc = parse(
            Path::new("a.md"),
            "+++\r\ntitle = \"A\"\r\n+++  \r\nBody\r\n",
        )
        .unwrap();
        assert_eq!(doc.meta.title, "A");
        assert_eq!(doc.body.text().unwrap(), "Body\r\n");
    }

    #[test]
    fn unknown_key_is_reported_at_its_line_in_the_file() {
        let errs = errors("+++\ntitle = \"A\"\n\ntilte = \"B\"\n+++\n");
        assert_eq!(errs.len(), 1);
        assert_eq!(
            errs[0],
            "c/a.md:4:1: error: unknown key `tilte`\n  hint: did you mean `title`?"
        );
    }

    #[test]
    fn extra_is_free() {
        let doc = parse(
            Path::new("a.md"),
            "+++\ntitle = \"A\"\n[extra]\nanything = 1\n+++\n",
        )
        .unwrap();
        assert_eq!(doc.meta.extra["anything"].as_integer(), Some(1));
    }

    #[test]
    fn missing_fences_and_title() {
        assert_eq!(
            errors("title = \"A\"\n"),
            [
                "c/a.md:1:1: error: the file does not start with front matter\n  hint: a page starts with a line `+++`, then TOML such as `title = \"…\"`, then a line `+++`"
            ]
        );
        assert_eq!(
            errors("---\ntitle: A\n---\n"),
            [
                "c/a.md:1:1: error: the file does not start with front matter\n  hint: YAML front matter (`---`) is not supported: write TOML between two `+++` lines"
            ]
        );
        assert_eq!(
            errors(""),
            [
                "c/a.md:1:1: error: the file is empty\n  hint: a page starts with a line `+++`, then TOML such as `title = \"…\"`, then a line `+++`"
            ]
        );
        assert_eq!(
            errors("+++\ntitle = \"A\"\n"),
            [
                "c/a.md:1:1: error: the front matter is not closed\n  hint: add a line `+++` after the front matter"
            ]
        );
        assert_eq!(
            errors("+++\ndescription = \"A\"\n+++\n"),
            [
                "c/a.md:1:1: error: missing field `title`\n  hint: every page needs a title: `title = \"…\"`"
            ]
        );
    }

    #[test]
    fn bad_values_are_all_reported() {
        let errs = errors(
            "+++\ntitle = \"A\"\nslug = \"a/../b\"\nlast_reviewed = \"next week\"\nsources = [\"www.bamf.de\"]\n+++\n",
        );
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(
            errs[0].starts_with("c/a.md:3:8: error: the slug `a/../b`"),
            "{}",
            errs[0]
        );
        assert!(errs[1].starts_with("c/a.md:4:17: error: `last_reviewed` is not a date"));
        assert!(
            errs[2]
                .starts_with("c/a.md:5:12: error: `www.bamf.de` in `sources` is not a web address")
        );
    }

    #[test]
    fn dates_as_toml_dates_or_strings() {
        let doc = parse(
            Path::new("a.md"),
            "+++\ntitle = \"A\"\ndate = 2026-01-02\nlast_reviewed = \"2026-11-25\"\n+++\n",
        )
        .unwrap();
        assert_eq!(doc.meta.date.unwrap().to_string(), "2026-01-02");
        assert_eq!(doc.meta.last_reviewed.unwrap().to_string(), "2026-11-25");
    }

    #[test]
    fn aliases_are_paths_of_the_site() {
        assert_eq!(alias_path("/alt/visum").as_deref(), Some("alt/visum/"));
        assert_eq!(alias_path("alt/visum/").as_deref(), Some("alt/visum/"));
        assert_eq!(
            alias_path("/alt/visum.html").as_deref(),
            Some("alt/visum.html")
        );
        for bad in [
            "",
            "/",
            "../x",
            "/a/../b",
            "https://x.org/a",
            "/a?b",
            "/a b",
            "//x",
        ] {
            assert_eq!(alias_path(bad), None, "{bad}");
        }
    }
}
