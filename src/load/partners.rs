//! The partner directory, load stage: one TOML file per organisation in
//! `content/<partners>/<id>.toml`, validated into [`Partner`]s. Partner data is untrusted
//! text: it is never rendered as HTML (templates escape it) and every field is checked here.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::dates::Date;
use crate::load::shapes::{is_email, is_phone};
use crate::load::toml_error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The kinds of organisation, in the order the directory groups them. Each has a UI string
/// `partner-kind-<kind>`.
pub const KINDS: &[&str] = &[
    "counselling",
    "authority",
    "chamber",
    "network",
    "education",
    "employment-service",
    "association",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartner {
    name: Spanned<String>,
    short_name: Option<String>,
    kind: Spanned<String>,
    topics: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    cities: Vec<String>,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    languages: Vec<Spanned<String>>,
    website: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    phone: Option<Spanned<String>>,
    last_reviewed: Spanned<toml::Value>,
    sources: Vec<Spanned<String>>,
    summary: Spanned<BTreeMap<Spanned<String>, String>>,
    #[serde(default)]
    services: BTreeMap<Spanned<String>, Vec<String>>,
    #[serde(default)]
    locations: Vec<Spanned<RawLocation>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocation {
    street: Option<String>,
    postcode: Option<Spanned<String>>,
    city: String,
    latitude: Option<Spanned<f64>>,
    longitude: Option<Spanned<f64>>,
    #[serde(default)]
    opening_hours: BTreeMap<Spanned<String>, String>,
    #[serde(default)]
    accessibility: BTreeMap<Spanned<String>, String>,
}

/// An address where a partner can be visited.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    /// Street and number.
    pub street: Option<String>,
    /// Postcode, in the form of the region's `postcode` rule.
    pub postcode: Option<String>,
    /// City.
    pub city: String,
    /// Latitude and longitude in degrees, if known.
    pub coordinates: Option<(f64, f64)>,
    /// Opening hours as text, per language code.
    pub opening_hours: BTreeMap<String, String>,
    /// Notes on physical accessibility, per language code.
    pub accessibility: BTreeMap<String, String>,
}

/// One organisation of the directory, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Partner {
    /// The file stem, used in URLs.
    pub id: String,
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// Proper name, untranslated.
    pub name: String,
    /// Short name, if any.
    pub short_name: Option<String>,
    /// One of [`KINDS`].
    pub kind: String,
    /// Topic ids of the vocabulary.
    pub topics: Vec<String>,
    /// Cities with offices: those named in `cities`, then those of `locations`.
    pub cities: Vec<String>,
    /// Areas served.
    pub regions: Vec<String>,
    /// Language codes in which advice is given.
    pub languages: Vec<String>,
    /// Web site.
    pub website: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Phone number as written.
    pub phone: Option<String>,
    /// When the data was last checked.
    pub last_reviewed: Date,
    /// Where the data comes from.
    pub sources: Vec<String>,
    /// Summary per language code (the default language is always present).
    pub summary: BTreeMap<String, String>,
    /// Services per language code.
    pub services: BTreeMap<String, Vec<String>>,
    /// Addresses.
    pub locations: Vec<Location>,
}

/// Loads every `*.toml` file directly in `content/<section>/`, sorted by id. Returns all
/// problems of all files together.
pub fn load(root: &Path, config: &Config) -> Result<Vec<Partner>, Vec<Diagnostic>> {
    let dir = Path::new(crate::load::content::CONTENT_DIR).join(&config.partners_section);
    let Ok(entries) = std::fs::read_dir(root.join(&dir)) else {
        return Ok(Vec::new());
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .collect();
    files.sort();
    let mut partners = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        let rel = dir.join(file.file_name().unwrap_or_default());
        let result = crate::load::fs::read_text(root, &rel)
            .map_err(|d| vec![d])
            .and_then(|text| parse(&rel, &text, config));
        match result {
            Ok(p) => partners.push(p),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if problems.is_empty() {
        Ok(partners)
    } else {
        Err(problems)
    }
}

/// Parses and validates one partner file. Pure: `path` only names the file in messages.
pub fn parse(path: &Path, text: &str, config: &Config) -> Result<Partner, Vec<Diagnostic>> {
    let raw: RawPartner =
        toml::from_str(text).map_err(|e| vec![toml_error::diagnostic(path, text, 0, &e)])?;
    let mut problems = Vec::new();
    let last_reviewed =
        crate::load::dates::read_date(path, text, 0, "last_reviewed", &raw.last_reviewed)
            .map_err(|d| problems.push(d))
            .ok();
    let mut error = |span: std::ops::Range<usize>, message: String, hint: &str| {
        let d = Diagnostic::error(path, message).at_offset(text, span.start);
        problems.push(if hint.is_empty() {
            d
        } else {
            d.with_hint(hint)
        });
    };

    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id_ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_ok {
        error(
            0..0,
            format!("the file name `{id}` cannot be a partner id"),
            &format!(
                "rename the file to `{}.toml`: lower-case letters, digits and `-`",
                crate::slug::slugify(&id)
            ),
        );
    }
    if raw.name.get_ref().trim().is_empty() {
        error(
            raw.name.span(),
            "the `name` is empty".to_string(),
            "write the organisation's proper name",
        );
    }
    if !KINDS.contains(&raw.kind.get_ref().as_str()) {
        error(
            raw.kind.span(),
            format!("unknown kind `{}`", raw.kind.get_ref()),
            &crate::suggest::did_you_mean(raw.kind.get_ref(), KINDS.iter().copied())
                .unwrap_or_else(|| format!("use one of: {}", KINDS.join(", "))),
        );
    }
    if raw.topics.get_ref().is_empty() {
        error(
            raw.topics.span(),
            "a partner needs at least one topic".to_string(),
            &crate::load::content::topic_hint(config, ""),
        );
    }
    for topic in raw.topics.get_ref() {
        if config.topic(topic.get_ref()).is_none() {
            error(
                topic.span(),
                format!("unknown topic `{}`", topic.get_ref()),
                &crate::load::content::topic_hint(config, topic.get_ref()),
            );
        }
    }
    for lang in &raw.languages {
        if let Err((message, hint)) = crate::load::shapes::parse_language_code(lang.get_ref()) {
            error(lang.span(), message, &hint);
        }
    }
    let mut check_url = |value: &Spanned<String>, key: &str| match url::Url::parse(value.get_ref())
    {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {}
        _ => error(
            value.span(),
            format!("`{}` in `{key}` is not a web address", value.get_ref()),
            "write the full address, starting with `https://`",
        ),
    };
    if let Some(website) = &raw.website {
        check_url(website, "website");
    }
    for source in &raw.sources {
        check_url(source, "sources");
    }
    if raw.sources.is_empty() {
        error(
            raw.last_reviewed.span(),
            "a partner needs at least one source".to_string(),
            "add `sources = [\"https://…\"]`: where the facts in this file come from",
        );
    }
    if let Some(email) = &raw.email
        && !is_email(email.get_ref())
    {
        error(
            email.span(),
            format!("`{}` is not an e-mail address", email.get_ref()),
            "write it as `name@example.org`",
        );
    }
    if let Some(phone) = &raw.phone
        && !is_phone(phone.get_ref())
    {
        error(
            phone.span(),
            format!("`{}` is not a phone number", phone.get_ref()),
            "write it in international form, e.g. `+49 361 1234567`",
        );
    }
    let default = &config.default_language().code;
    let has_default = raw
        .summary
        .get_ref()
        .iter()
        .any(|(k, v)| k.get_ref() == default && !v.trim().is_empty());
    if !has_default {
        error(
            raw.summary.span(),
            format!("the summary in the default language `{default}` is missing"),
            &format!("add `{default} = \"…\"` under `[summary]`"),
        );
    }
    let mut language_keys: Vec<(&Spanned<String>, &str)> = Vec::new();
    language_keys.extend(raw.summary.get_ref().keys().map(|k| (k, "summary")));
    language_keys.extend(raw.services.keys().map(|k| (k, "services")));
    for location in &raw.locations {
        let l = location.get_ref();
        language_keys.extend(l.opening_hours.keys().map(|k| (k, "opening_hours")));
        language_keys.extend(l.accessibility.keys().map(|k| (k, "accessibility")));
    }
    for (lang, key) in language_keys {
        if config.language(lang.get_ref()).is_none() {
            error(
                lang.span(),
                format!(
                    "`{}` in `{key}` is not a configured language",
                    lang.get_ref()
                ),
                "use the language codes of config.toml",
            );
        }
    }
    let mut locations = Vec::new();
    for location in &raw.locations {
        let l = location.get_ref();
        if let (Some(postcode), Some((rule, pattern))) = (&l.postcode, &config.region.postcode)
            && !rule.is_match(postcode.get_ref())
        {
            let example = config
                .region
                .postcode_example
                .as_ref()
                .map_or(String::new(), |e| format!(", e.g. `postcode = \"{e}\"`"));
            error(
                postcode.span(),
                format!("`{}` is not a valid postcode", postcode.get_ref()),
                &format!("write it in the form `{pattern}`{example}"),
            );
        }
        let coordinates = match (&l.latitude, &l.longitude) {
            (Some(lat), Some(lon)) => {
                if !(-90.0..=90.0).contains(lat.get_ref()) {
                    error(
                        lat.span(),
                        format!("latitude {} is out of range", lat.get_ref()),
                        &format!("a latitude lies between -90 and 90{}", near(config, true)),
                    );
                }
                if !(-180.0..=180.0).contains(lon.get_ref()) {
                    error(
                        lon.span(),
                        format!("longitude {} is out of range", lon.get_ref()),
                        &format!(
                            "a longitude lies between -180 and 180{}",
                            near(config, false)
                        ),
                    );
                }
                Some((*lat.get_ref(), *lon.get_ref()))
            }
            (None, None) => None,
            _ => {
                error(
                    location.span(),
                    "a location needs both `latitude` and `longitude`, or neither".to_string(),
                    "",
                );
                None
            }
        };
        locations.push(Location {
            street: l.street.clone(),
            postcode: l.postcode.as_ref().map(|p| p.get_ref().clone()),
            city: l.city.clone(),
            coordinates,
            opening_hours: plain(&l.opening_hours),
            accessibility: plain(&l.accessibility),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let strings = |v: &[Spanned<String>]| v.iter().map(|s| s.get_ref().clone()).collect();
    let mut cities = raw.cities;
    for location in &locations {
        if !cities.contains(&location.city) {
            cities.push(location.city.clone());
        }
    }
    Ok(Partner {
        id,
        path: path.to_path_buf(),
        name: raw.name.get_ref().trim().to_string(),
        short_name: raw.short_name,
        kind: raw.kind.get_ref().clone(),
        topics: strings(raw.topics.get_ref()),
        cities,
        regions: raw.regions,
        languages: strings(&raw.languages),
        website: raw.website.map(|w| w.get_ref().clone()),
        email: raw.email.map(|e| e.get_ref().clone()),
        phone: raw.phone.map(|p| p.get_ref().clone()),
        last_reviewed: last_reviewed.unwrap_or_default(),
        sources: strings(&raw.sources),
        summary: plain(raw.summary.get_ref()),
        services: raw
            .services
            .iter()
            .map(|(k, v)| (k.get_ref().clone(), v.clone()))
            .collect(),
        locations,
    })
}

/// `; Thuringia is near 51`: the middle of the region's map in whole degrees of latitude (or
/// longitude), for hints; empty without a map.
fn near(config: &Config, latitude: bool) -> String {
    let Some((_, b)) = &config.region.map else {
        return String::new();
    };
    let middle = if latitude {
        (b.north + b.south) / 2.0
    } else {
        (b.west + b.east) / 2.0
    };
    let name = config.region.name.as_deref().unwrap_or("the region");
    format!("; {name} is near {middle:.0}")
}

fn plain(map: &BTreeMap<Spanned<String>, String>) -> BTreeMap<String, String> {
    map.iter()
        .map(|(k, v)| (k.get_ref().clone(), v.clone()))
        .collect()
}

impl Partner {
    /// The summary in `lang`, else in the default language, with the language it is in.
    pub fn summary<'a>(&'a self, lang: &'a str, default: &'a str) -> (&'a str, &'a str) {
        match self.summary.get(lang) {
            Some(s) => (s, lang),
            None => (
                self.summary.get(default).map_or("", String::as_str),
                default,
            ),
        }
    }
}
