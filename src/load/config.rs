//! `config.toml`: raw serde structs, validated into an immutable [`Config`]. Later stages
//! only ever see a valid configuration.

use crate::diagnostic::Diagnostic;
use crate::load::toml_error;
use indexmap::IndexMap;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;
use unic_langid::{CharacterDirection, LanguageIdentifier};

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
    search: bool,
    partners_section: Option<String>,
    events_section: Option<String>,
    news_section: Option<String>,
    languages: IndexMap<Spanned<String>, RawLanguage>,
    #[serde(default)]
    topics: IndexMap<Spanned<String>, IndexMap<Spanned<String>, String>>,
    #[serde(default)]
    region: RawRegion,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    name: Option<String>,
    time_zone: Option<Spanned<String>>,
    country: Option<Spanned<String>>,
    country_name: Option<String>,
    postcode: Option<Spanned<String>>,
    postcode_example: Option<String>,
    map: Option<Spanned<String>>,
    map_credit: Option<String>,
    map_bounds: Option<Spanned<RawBounds>>,
    #[serde(default)]
    places: IndexMap<String, Spanned<[f64; 2]>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
struct RawBounds {
    west: f64,
    east: f64,
    north: f64,
    south: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    name: String,
    title: String,
    description: Option<String>,
    dir: Option<Spanned<String>>,
    fallback: Option<Spanned<String>>,
    topics_slug: Option<Spanned<String>>,
    cities_slug: Option<Spanned<String>>,
    min_complete: Option<Spanned<u32>>,
}

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, …).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One configured language.
#[derive(Debug, Clone)]
pub struct Language {
    /// The BCP 47 tag as used in file names and URLs, e.g. `de` or `pt-BR`.
    pub code: String,
    /// The language's name in itself, e.g. `Українська`.
    pub name: String,
    /// The site title in this language.
    pub title: String,
    /// The site description in this language, if any.
    pub description: Option<String>,
    /// Writing direction.
    pub dir: Direction,
    /// The language whose text is shown where a page is missing in this one.
    pub fallback: String,
    /// The parsed tag, for plural rules.
    pub id: LanguageIdentifier,
    /// URL segment of the topic pages, e.g. `themen` (default `topics`).
    pub topics_slug: String,
    /// URL segment of the city pages of the directory, e.g. `orte` (default `cities`).
    pub cities_slug: String,
    /// The share of pages (percent) that must be translated for `check` to pass, with its line.
    pub min_complete: Option<(u32, usize)>,
}

/// One topic of the controlled vocabulary shared by pages and partners.
#[derive(Debug, Clone)]
pub struct Topic {
    /// The identifier used in front matter, e.g. `recognition`.
    pub id: String,
    /// The topic's name per language code.
    pub names: BTreeMap<String, String>,
}

/// The geographic edges of a map, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Longitude of the left edge.
    pub west: f64,
    /// Longitude of the right edge.
    pub east: f64,
    /// Latitude of the top edge.
    pub north: f64,
    /// Latitude of the bottom edge.
    pub south: f64,
}

/// The region a site serves: everything about a place that the generator must not assume.
#[derive(Debug, Clone)]
pub struct Region {
    /// The region's name in editors' hints, e.g. `Thuringia`.
    pub name: Option<String>,
    /// The time zone of "today" and of event times (default UTC).
    pub time_zone: jiff::tz::TimeZone,
    /// The IANA name of the time zone, e.g. `Europe/Berlin`.
    pub time_zone_name: String,
    /// ISO 3166-1 alpha-2 code of the country (JSON-LD `addressCountry`).
    pub country: Option<String>,
    /// The country's name in vCard addresses.
    pub country_name: Option<String>,
    /// The rule every postcode must follow, with the pattern as written.
    pub postcode: Option<(regex::Regex, String)>,
    /// A postcode shown in hints.
    pub postcode_example: Option<String>,
    /// The map's outline file (relative to the site folder) and its edges in degrees.
    pub map: Option<(String, Bounds)>,
    /// The credit line of the map's outline.
    pub map_credit: Option<String>,
    /// Town centres (latitude, longitude) for partners named with a city only.
    pub places: Vec<(String, (f64, f64))>,
}

impl Region {
    /// Today's date in the region's time zone.
    pub fn today(&self) -> jiff::civil::Date {
        self.date_at(jiff::Timestamp::now())
    }

    /// The date in the region's time zone at `instant`.
    pub fn date_at(&self, instant: jiff::Timestamp) -> jiff::civil::Date {
        instant.to_zoned_datetime(self.time_zone.clone()).date()
    }

    /// How hints name the region's local time, e.g. `local time in Thuringia`.
    pub fn local_time(&self) -> String {
        match &self.name {
            Some(name) => format!("local time in {name}"),
            None => format!("local time, {}", self.time_zone_name),
        }
    }
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Absolute base URL, always ending in `/`.
    pub base_url: String,
    /// Languages, the default language first, then in the order of the file.
    pub languages: Vec<Language>,
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
    /// Whether each language gets a search page and a search index (built with pagefind).
    pub search: bool,
    /// The topic vocabulary in file order.
    pub topics: Vec<Topic>,
    /// The section folder whose `*.toml` files are the partner directory (default `partners`).
    pub partners_section: String,
    /// The section folder of event pages (default `events`).
    pub events_section: String,
    /// The section folder of news pages (default `news`).
    pub news_section: String,
    /// The region the site serves.
    pub region: Region,
}

impl Config {
    /// The default language (the one whose files carry no language suffix).
    pub fn default_language(&self) -> &Language {
        &self.languages[0]
    }

    /// The configured language with this code.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The position of the language with this code in [`Config::languages`].
    pub fn language_index(&self, code: &str) -> Option<usize> {
        self.languages.iter().position(|l| l.code == code)
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
                "run wegweiser in the site's folder or pass `--root DIR`; looked in `{}`",
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

    let mut languages = Vec::new();
    for (code, lang) in &raw.languages {
        let id = match parse_language_code(code.get_ref()) {
            Ok(id) => id,
            Err((message, hint)) => {
                problems.push(error_at(code.span(), message).with_hint(hint));
                continue;
            }
        };
        let dir = match lang.dir.as_ref().map(|d| (d.get_ref().as_str(), d.span())) {
            None if id.character_direction() == CharacterDirection::RTL => Direction::Rtl,
            None | Some(("ltr", _)) => Direction::Ltr,
            Some(("rtl", _)) => Direction::Rtl,
            Some((other, span)) => {
                problems.push(
                    error_at(
                        span,
                        format!("`dir` must be \"ltr\" or \"rtl\", not \"{other}\""),
                    )
                    .with_hint("leave `dir` out to derive it from the language"),
                );
                Direction::Ltr
            }
        };
        let mut segment = |value: &Option<Spanned<String>>, default: &str| match value {
            None => default.to_string(),
            Some(v) => crate::slug::check(v.get_ref()).unwrap_or_else(|(message, hint)| {
                problems.push(error_at(v.span(), message).with_hint(hint));
                default.to_string()
            }),
        };
        let topics_slug = segment(&lang.topics_slug, "topics");
        let cities_slug = segment(&lang.cities_slug, "cities");
        let min_complete = match &lang.min_complete {
            Some(m) if *m.get_ref() > 100 => {
                problems.push(
                    error_at(
                        m.span(),
                        format!("`min_complete` is {}, more than 100 percent", m.get_ref()),
                    )
                    .with_hint("write a percentage from 0 to 100"),
                );
                None
            }
            Some(m) => Some((
                *m.get_ref(),
                crate::diagnostic::line_col(text, m.span().start).0,
            )),
            None => None,
        };
        languages.push(Language {
            min_complete,
            topics_slug,
            cities_slug,
            code: code.get_ref().clone(),
            name: lang.name.clone(),
            title: lang.title.clone(),
            description: lang.description.clone(),
            dir,
            fallback: lang.fallback.as_ref().map_or_else(
                || raw.default_language.get_ref().clone(),
                |f| f.get_ref().clone(),
            ),
            id,
        });
    }

    let default = raw.default_language.get_ref();
    match languages.iter().position(|l| &l.code == default) {
        Some(i) => {
            let lang = languages.remove(i);
            languages.insert(0, lang);
        }
        None if problems.is_empty() => problems.push(
            error_at(
                raw.default_language.span(),
                format!("the default language `{default}` is not configured"),
            )
            .with_hint(format!(
                "add a table `[languages.{default}]` with `name` and `title`"
            )),
        ),
        None => {}
    }
    for (code, lang) in &raw.languages {
        if let Some(fallback) = &lang.fallback
            && !raw
                .languages
                .keys()
                .any(|k| k.get_ref() == fallback.get_ref())
        {
            problems.push(error_at(
                fallback.span(),
                format!(
                    "the fallback language `{}` of `{}` is not configured",
                    fallback.get_ref(),
                    code.get_ref()
                ),
            ));
        }
    }

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

    let region = region(&raw.region, text, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Config {
        region,
        base_url,
        languages,
        theme,
        review_every: raw.review_every,
        menu: with_lines(&raw.menu),
        footer: with_lines(&raw.footer),
        escape_html: raw.escape_html,
        search: raw.search,
        topics,
        partners_section: raw
            .partners_section
            .unwrap_or_else(|| "partners".to_string()),
        events_section: raw.events_section.unwrap_or_else(|| "events".to_string()),
        news_section: raw.news_section.unwrap_or_else(|| "news".to_string()),
    })
}

/// Validates the `[region]` table; problems go to `problems`.
fn region(raw: &RawRegion, text: &str, problems: &mut Vec<Diagnostic>) -> Region {
    let path = Path::new(CONFIG_FILE);
    let mut error = |span: std::ops::Range<usize>, message: String, hint: &str| {
        problems.push(
            Diagnostic::error(path, message)
                .at_offset(text, span.start)
                .with_hint(hint),
        );
    };
    let (time_zone, time_zone_name) = match &raw.time_zone {
        None => (jiff::tz::TimeZone::UTC, "UTC".to_string()),
        Some(name) => match jiff::tz::TimeZone::get(name.get_ref()) {
            Ok(zone) => (zone, name.get_ref().clone()),
            Err(_) => {
                error(
                    name.span(),
                    format!("`{}` is not a time zone", name.get_ref()),
                    "write an IANA time zone name such as `Europe/Berlin`",
                );
                (jiff::tz::TimeZone::UTC, "UTC".to_string())
            }
        },
    };
    if let Some(country) = &raw.country {
        let code = country.get_ref();
        if code.len() != 2 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            error(
                country.span(),
                format!("`{code}` is not a country code"),
                "write the two capital letters of ISO 3166-1, e.g. `DE`",
            );
        }
    }
    let postcode = raw.postcode.as_ref().and_then(|rule| {
        match regex::Regex::new(&format!("^(?:{})$", rule.get_ref())) {
            Ok(regex) => Some((regex, rule.get_ref().clone())),
            Err(e) => {
                let message = e.to_string();
                let first = message.lines().last().unwrap_or_default().trim();
                error(
                    rule.span(),
                    format!("`postcode` is not a regular expression: {first}"),
                    "e.g. `postcode = \"[0-9]{5}\"` for five digits",
                );
                None
            }
        }
    });
    let map = match (&raw.map, &raw.map_bounds) {
        (Some(file), Some(bounds)) => {
            let b = bounds.get_ref();
            if !(b.west < b.east && b.south < b.north) {
                error(
                    bounds.span(),
                    "`map_bounds` must have west < east and south < north".to_string(),
                    "give the degrees of the map's edges: longitudes west and east, latitudes north and south",
                );
            }
            Some((
                file.get_ref().clone(),
                Bounds {
                    west: b.west,
                    east: b.east,
                    north: b.north,
                    south: b.south,
                },
            ))
        }
        (Some(file), None) => {
            error(
                file.span(),
                "a `map` needs `map_bounds`".to_string(),
                "add `[region.map_bounds]` with `west`, `east`, `north`, `south` in degrees",
            );
            None
        }
        (None, Some(bounds)) => {
            error(
                bounds.span(),
                "`map_bounds` without a `map`".to_string(),
                "add `map = \"…svg\"`, the outline file, or remove `map_bounds`",
            );
            None
        }
        (None, None) => None,
    };
    let mut places = Vec::new();
    for (name, position) in &raw.places {
        let [lat, lon] = *position.get_ref();
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            error(
                position.span(),
                format!("the position of `{name}` is not latitude and longitude"),
                "write `[latitude, longitude]` in degrees, e.g. `[50.978, 11.029]`",
            );
        }
        places.push((name.clone(), (lat, lon)));
    }
    Region {
        name: raw.name.clone(),
        time_zone,
        time_zone_name,
        country: raw.country.as_ref().map(|c| c.get_ref().clone()),
        country_name: raw.country_name.clone(),
        postcode,
        postcode_example: raw.postcode_example.clone(),
        map,
        map_credit: raw.map_credit.clone(),
        places,
    }
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

/// Validates a language code: a BCP 47 tag in canonical form whose language subtag is an
/// ISO 639 code (two or three letters), because it names files and URL folders.
pub fn parse_language_code(code: &str) -> Result<LanguageIdentifier, (String, String)> {
    let hint = "use a BCP 47 language tag such as `de`, `uk`, `ar` or `pt-BR`".to_string();
    let id: LanguageIdentifier = code.parse().map_err(|_| {
        (
            format!("`{code}` is not a valid language code"),
            hint.clone(),
        )
    })?;
    let primary = id.language.as_str();
    if !(2..=3).contains(&primary.len()) {
        return Err((format!("`{code}` is not a valid language code"), hint));
    }
    if id != code {
        return Err((
            format!("the language code `{code}` is not written in its standard form"),
            format!("write `{id}`"),
        ));
    }
    Ok(id)
}

/// Whether `s` is a simple identifier: lower-case ASCII letters, digits, `-` and `_`.
fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "base_url = \"https://example.org\"\ndefault_language = \"de\"\n\
        [languages.de]\nname = \"Deutsch\"\ntitle = \"T\"\n[languages.ar]\nname = \"العربية\"\ntitle = \"T\"\n";

    fn errors(text: &str) -> Vec<String> {
        parse(text)
            .unwrap_err()
            .into_iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn minimal_config_is_valid_and_derives_direction() {
        let c = parse(MINIMAL).unwrap();
        assert_eq!(c.base_url, "https://example.org/");
        assert_eq!(c.default_language().code, "de");
        assert_eq!(c.language("ar").unwrap().dir, Direction::Rtl);
        assert_eq!(c.language("de").unwrap().dir, Direction::Ltr);
        assert_eq!(c.language("ar").unwrap().fallback, "de");
        assert_eq!(c.theme, "default");
    }

    #[test]
    fn default_language_comes_first_whatever_the_file_order() {
        let text = MINIMAL.replace("default_language = \"de\"", "default_language = \"ar\"");
        let c = parse(&text).unwrap();
        let codes: Vec<_> = c.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["ar", "de"]);
    }

    #[test]
    fn unknown_key_names_the_line() {
        let text = MINIMAL.replace(
            "title = \"T\"\n[languages.ar]",
            "titel = \"T\"\n[languages.ar]",
        );
        let errs = errors(&text);
        assert_eq!(errs.len(), 1);
        assert!(
            errs[0].starts_with("config.toml:5:1: error: unknown field `titel`"),
            "{}",
            errs[0]
        );
    }

    #[test]
    fn bad_values_are_all_reported_with_lines() {
        let text = "base_url = \"example.org\"\ndefault_language = \"fr\"\n\
            [languages.English]\nname = \"E\"\ntitle = \"T\"\n[languages.de]\nname = \"D\"\ntitle = \"T\"\ndir = \"up\"\n";
        let errs = errors(text);
        assert_eq!(
            errs,
            [
                "config.toml:1:12: error: `base_url` is not a URL: relative URL without a base\n  hint: write an absolute address such as `https://www.example.org/`",
                "config.toml:3:12: error: `English` is not a valid language code\n  hint: use a BCP 47 language tag such as `de`, `uk`, `ar` or `pt-BR`",
                "config.toml:9:7: error: `dir` must be \"ltr\" or \"rtl\", not \"up\"\n  hint: leave `dir` out to derive it from the language",
            ]
        );
    }

    #[test]
    fn missing_default_language_is_an_error() {
        let text = MINIMAL.replace("default_language = \"de\"", "default_language = \"en\"");
        assert_eq!(
            errors(&text),
            [
                "config.toml:2:20: error: the default language `en` is not configured\n  hint: add a table `[languages.en]` with `name` and `title`"
            ]
        );
    }

    #[test]
    fn language_code_must_be_canonical() {
        assert!(parse_language_code("pt-BR").is_ok());
        assert_eq!(parse_language_code("pt-br").unwrap_err().1, "write `pt-BR`");
        assert!(parse_language_code("x").is_err());
        assert!(parse_language_code("de/../x").is_err());
    }

    #[test]
    fn topics_must_use_configured_languages() {
        let text = format!("{MINIMAL}[topics.work]\nde = \"Arbeit\"\nfr = \"Travail\"\n");
        assert_eq!(
            errors(&text),
            [
                "config.toml:11:1: error: topic `work` is named in `fr`, which is not a configured language"
            ]
        );
    }
}
