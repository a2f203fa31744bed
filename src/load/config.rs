//! `config.toml`: raw serde structs, validated into an immutable [`Config`]. Later stages
//! only ever see a valid configuration.

use crate::diagnostic::Diagnostic;
use crate::load::languages::{self, RawLanguage};
pub use crate::load::languages::{Direction, Lang, Language};
use crate::load::region;
use crate::load::shapes::{is_email, is_identifier};
use crate::load::toml_error;
use indexmap::IndexMap;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;
use typed_index_collections::TiVec;

/// The file name of the site configuration, relative to the site root.
pub const CONFIG_FILE: &str = "config.toml";

/// The name of the theme compiled into the binary.
pub const BUILTIN_THEME: &str = "default";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Spanned<String>,
    default_language: Spanned<String>,
    theme: Option<Spanned<String>>,
    review_every: Option<u32>,
    #[serde(default)]
    menu: Vec<Spanned<String>>,
    #[serde(default)]
    footer: Vec<Spanned<String>>,
    #[serde(default)]
    escape_html: bool,
    #[serde(default)]
    heading_ids: crate::slug::HeadingIds,
    #[serde(default)]
    search: bool,
    #[serde(default)]
    offline: bool,
    feedback_email: Option<Spanned<String>>,
    partners_section: Option<String>,
    glossary_section: Option<String>,
    events_section: Option<String>,
    news_section: Option<String>,
    languages: IndexMap<Spanned<String>, RawLanguage>,
    #[serde(default)]
    topics: IndexMap<Spanned<String>, IndexMap<Spanned<String>, String>>,
    #[serde(default)]
    region: region::RawRegion,
}

/// One topic of the controlled vocabulary shared by pages and partners.
#[derive(Debug, Clone)]
pub struct Topic {
    /// The identifier used in front matter, e.g. `recognition`.
    pub id: String,
    /// The topic's name per language code.
    pub names: BTreeMap<String, String>,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Absolute base URL, always ending in `/`.
    pub base_url: String,
    /// Languages, the default language first, then in the order of the file.
    pub languages: TiVec<Lang, Language>,
    /// The theme's name; `default` is compiled in.
    pub theme: String,
    /// Days after `last_reviewed` at which a page is due for review.
    pub review_every: Option<u32>,
    /// Top-level section folders in menu order, with the line each is named on.
    pub menu: Vec<(String, usize)>,
    /// Pages linked in every page's footer (paths below `content/`), with their lines.
    pub footer: Vec<(String, usize)>,
    /// Whether raw HTML in Markdown is escaped instead of passed through.
    pub escape_html: bool,
    /// How heading ids are made from heading text.
    pub heading_ids: crate::slug::HeadingIds,
    /// Whether each language gets a search page and a search index (built with pagefind).
    pub search: bool,
    /// Whether readers can keep pages for reading offline (a service worker at the root).
    pub offline: bool,
    /// Where readers send corrections: every content page ends with a `mailto:` link to it.
    pub feedback_email: Option<String>,
    /// The topic vocabulary in file order.
    pub topics: Vec<Topic>,
    /// The section folder whose `*.toml` files are the partner directory (default `partners`).
    pub partners_section: String,
    /// The section folder whose `*.toml` files are the glossary (default `glossary`).
    pub glossary_section: String,
    /// The section folder of event pages (default `events`).
    pub events_section: String,
    /// The section folder of news pages (default `news`).
    pub news_section: String,
    /// The region the site serves.
    pub region: region::Region,
}

impl Config {
    /// The default language (the one whose files carry no language suffix).
    pub fn default_language(&self) -> &Language {
        &self.languages[Lang::DEFAULT]
    }

    /// The configured language with this code.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The position of the language with this code in [`Config::languages`].
    pub fn language_index(&self, code: &str) -> Option<Lang> {
        self.languages.position(|l| l.code == code)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The URL path (root-relative) of `rel`, a path below the base URL such as `de/arbeiten/`.
    pub fn url_path(&self, rel: &str) -> String {
        let host_end = self
            .base_url
            .find("://")
            .and_then(|i| self.base_url[i + 3..].find('/').map(|j| i + 3 + j))
            .unwrap_or(self.base_url.len());
        format!("{}{rel}", &self.base_url[host_end..])
    }

    /// The absolute URL of `rel`, a path below the base URL.
    pub fn absolute(&self, rel: &str) -> String {
        format!("{}{rel}", self.base_url)
    }

    /// Replaces the base URL (from `--base-url`), validating it like the file's.
    pub fn with_base_url(mut self, url: &str) -> Result<Config, Diagnostic> {
        self.base_url = parse_base_url(url)
            .map_err(|m| Diagnostic::error("--base-url", m).with_hint(BASE_URL_HINT))?;
        Ok(self)
    }
}

impl Topic {
    /// The topic's name in `lang`, else in the default language, else its id.
    pub fn name<'a>(&'a self, lang: &str, default_lang: &str) -> &'a str {
        self.names
            .get(lang)
            .or_else(|| self.names.get(default_lang))
            .map_or(&self.id, String::as_str)
    }
}

const BASE_URL_HINT: &str = "write an absolute address such as `https://www.example.org/`";

/// Reads and validates `config.toml` in `root`; also checks that the theme exists there.
pub fn load(root: &Path) -> Result<Config, Vec<Diagnostic>> {
    let path = Path::new(CONFIG_FILE);
    if !root.join(path).is_file() {
        return Err(vec![
            Diagnostic::error(path, "the site has no config.toml").with_hint(format!(
                "run wegweiser in the site's folder or pass `--root DIR`, or start a site here \
                 with `wegweiser new site`; looked in `{}`",
                root.display()
            )),
        ]);
    }
    let text = crate::load::fs::read_text(root, path).map_err(|d| vec![d])?;
    let config = parse(&text)?;
    if config.theme != BUILTIN_THEME && !root.join("themes").join(&config.theme).is_dir() {
        let line = text
            .lines()
            .position(|l| l.trim_start().starts_with("theme"))
            .map_or(0, |i| i + 1);
        return Err(vec![
            Diagnostic::error(path, format!("the theme `{}` does not exist", config.theme))
                .at(line, 1)
                .with_hint(format!(
                    "create `themes/{}/` or remove `theme` to use the built-in theme",
                    config.theme
                )),
        ]);
    }
    Ok(config)
}

/// Parses and validates the text of `config.toml`, collecting every problem.
pub fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
    let path = Path::new(CONFIG_FILE);
    let raw: RawConfig =
        toml::from_str(text).map_err(|e| vec![toml_error::diagnostic(path, text, 0, &e)])?;
    let mut problems = Vec::new();
    let error_at = |span: std::ops::Range<usize>, message: String| {
        Diagnostic::error(path, message).at_offset(text, span.start)
    };

    let base_url = parse_base_url(raw.base_url.get_ref()).unwrap_or_else(|m| {
        problems.push(error_at(raw.base_url.span(), m).with_hint(BASE_URL_HINT));
        String::new()
    });

    let languages = languages::parse(
        path,
        &raw.languages,
        &raw.default_language,
        text,
        &mut problems,
    );

    let mut topics = Vec::new();
    for (id, names) in &raw.topics {
        if !is_identifier(id.get_ref()) {
            problems.push(
                error_at(
                    id.span(),
                    format!("the topic id `{}` is not valid", id.get_ref()),
                )
                .with_hint("use lower-case letters, digits and `-`, e.g. `recognition`"),
            );
        }
        for lang in names.keys() {
            if !raw.languages.keys().any(|k| k.get_ref() == lang.get_ref()) {
                problems.push(error_at(
                    lang.span(),
                    format!(
                        "topic `{}` is named in `{}`, which is not a configured language",
                        id.get_ref(),
                        lang.get_ref()
                    ),
                ));
            }
        }
        topics.push(Topic {
            id: id.get_ref().clone(),
            names: names
                .iter()
                .map(|(k, v)| (k.get_ref().clone(), v.clone()))
                .collect(),
        });
    }

    let with_lines = |values: &[Spanned<String>]| {
        values
            .iter()
            .map(|v| {
                (
                    v.get_ref().clone(),
                    crate::diagnostic::line_col(text, v.span().start).0,
                )
            })
            .collect()
    };
    let theme = raw
        .theme
        .as_ref()
        .map_or(BUILTIN_THEME.to_string(), |t| t.get_ref().clone());
    if !is_identifier(&theme) {
        let span = raw.theme.as_ref().map_or(0..0, |t| t.span());
        problems.push(
            error_at(span, format!("the theme name `{theme}` is not valid"))
                .with_hint("a theme is a folder name under `themes/`, e.g. `portal`"),
        );
    }

    if let Some(email) = &raw.feedback_email
        && !is_email(email.get_ref())
    {
        problems.push(
            error_at(
                email.span(),
                format!("`{}` is not an e-mail address", email.get_ref()),
            )
            .with_hint("write it as `name@example.org`"),
        );
    }
    let codes: Vec<&str> = raw.languages.keys().map(|k| k.get_ref().as_str()).collect();
    let region = region::parse(path, &raw.region, &codes, text, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Config {
        region,
        base_url,
        languages: languages.into(),
        theme,
        review_every: raw.review_every,
        menu: with_lines(&raw.menu),
        footer: with_lines(&raw.footer),
        escape_html: raw.escape_html,
        heading_ids: raw.heading_ids,
        search: raw.search,
        offline: raw.offline,
        feedback_email: raw.feedback_email.map(|e| e.get_ref().clone()),
        topics,
        glossary_section: raw
            .glossary_section
            .unwrap_or_else(|| "glossary".to_string()),
        partners_section: raw
            .partners_section
            .unwrap_or_else(|| "partners".to_string()),
        events_section: raw.events_section.unwrap_or_else(|| "events".to_string()),
        news_section: raw.news_section.unwrap_or_else(|| "news".to_string()),
    })
}

/// Checks that `url` is an absolute http(s) URL and returns it with a trailing `/`.
fn parse_base_url(url: &str) -> Result<String, String> {
    let parsed = url::Url::parse(url).map_err(|e| format!("`base_url` is not a URL: {e}"))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
        return Err(format!(
            "`base_url` must be an http or https address, not `{url}`"
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err("`base_url` must not have a query or fragment".to_string());
    }
    let mut s = parsed.to_string();
    if !s.ends_with('/') {
        s.push('/');
    }
    Ok(s)
}
