//! The directory as pages show it: partners in lists ("who can help", topic and city pages),
//! the directory's index with the finder's data and the map.

use crate::diagnostic::Diagnostic;
use crate::link::directory::city_url;
use crate::load::config::Config;
use crate::load::config::Lang;
use crate::load::partners::{KINDS, Partner};
use crate::render::frame::{self, Link};
use crate::render::inputs::Inputs;
use serde::Serialize;

/// The finder's script, below the base URL.
pub const FINDER_SCRIPT: &str = "assets/finder.js";

/// A language of advice, named in itself.
#[derive(Debug, Serialize)]
pub struct LanguageName {
    /// BCP 47 code.
    pub code: String,
    /// The language's own name.
    pub name: String,
}

/// A partner in a list.
#[derive(Debug, Serialize)]
pub struct PartnerEntry {
    /// Id (file stem).
    pub id: String,
    /// Proper name, as written in the directory (never translated).
    pub name: String,
    /// The language of the name: the default language.
    pub name_lang: String,
    /// The direction of the name.
    pub name_dir: &'static str,
    /// Short name.
    pub short_name: Option<String>,
    /// Kind id.
    pub kind: String,
    /// Kind in the UI language.
    pub kind_name: String,
    /// Summary in the UI language, else the default language.
    pub summary: String,
    /// The language of `summary`.
    pub summary_lang: String,
    /// The direction of `summary`.
    pub summary_dir: &'static str,
    /// URL path of the partner's page.
    pub url: String,
    /// Cities with links to their pages.
    pub cities: Vec<Link>,
    /// Languages of advice.
    pub languages: Vec<LanguageName>,
}

/// Partners of one kind.
#[derive(Debug, Serialize)]
pub struct KindGroup {
    /// Kind id.
    pub kind: String,
    /// Kind in the UI language.
    pub name: String,
    /// The partners, by name.
    pub partners: Vec<PartnerEntry>,
}

/// A value the finder filters by, with its label and, for topics and cities, its page.
#[derive(Debug, Serialize)]
pub struct FilterOption {
    /// The value in the finder's data: a topic id, a city, a language code.
    pub value: String,
    /// What readers see.
    pub label: String,
    /// URL path of the page listing the partners for it (empty for languages).
    pub url: String,
    /// The language of the label (for language names, the language itself).
    pub lang: Option<String>,
}

/// The directory's index: groups, ways in, and the finder's data.
#[derive(Debug, Serialize)]
pub struct DirectoryView {
    /// Number of partners.
    pub count: usize,
    /// Partners grouped by kind, in the order of [`KINDS`].
    pub groups: Vec<KindGroup>,
    /// Topics that have partners.
    pub topics: Vec<FilterOption>,
    /// Cities.
    pub cities: Vec<FilterOption>,
    /// Every language of advice.
    pub languages: Vec<FilterOption>,
    /// URL path of the finder's data for this language.
    pub data_url: String,
    /// Inline SVG map of the cities with partners (print with `| safe`; all text escaped);
    /// empty when the site has no map.
    pub map: String,
    /// The credit line of the map's outline.
    pub map_credit: Option<String>,
}

/// The partners for any of `topics`, by name.
pub fn helpers(
    inputs: &Inputs,
    topics: &[&str],
    lang: Lang,
) -> Result<Vec<PartnerEntry>, Diagnostic> {
    let directory = inputs.directory;
    (0..directory.partners.len())
        .filter(|&p| {
            directory.partners[p]
                .topics
                .iter()
                .any(|t| topics.contains(&t.as_str()))
        })
        .map(|p| entry(inputs, p, lang))
        .collect()
}

/// At most this many partners answer "Who can help?" on a content page.
pub const HELPERS_SHOWN: usize = 5;

/// The partners for any of `topics`, best first — those on more of the topics, then those
/// present in more cities and regions, then by kind (in the order of [`KINDS`]), then by name
/// — at most [`HELPERS_SHOWN`], and how many there are in all.
pub fn best_helpers(
    inputs: &Inputs,
    topics: &[&str],
    lang: Lang,
) -> Result<(Vec<PartnerEntry>, usize), Diagnostic> {
    let partners = &inputs.directory.partners;
    let mut found: Vec<(usize, usize)> = (0..partners.len())
        .map(|p| {
            let on = partners[p]
                .topics
                .iter()
                .filter(|t| topics.contains(&t.as_str()))
                .count();
            (p, on)
        })
        .filter(|&(_, on)| on > 0)
        .collect();
    found.sort_by_cached_key(|&(p, on)| {
        let partner = &partners[p];
        let kind = KINDS.iter().position(|k| *k == partner.kind);
        (
            std::cmp::Reverse(on),
            std::cmp::Reverse(partner.cities.len() + partner.regions.len()),
            kind,
            partner.name.to_lowercase(),
        )
    });
    let total = found.len();
    let shown = found
        .into_iter()
        .take(HELPERS_SHOWN)
        .map(|(p, _)| entry(inputs, p, lang))
        .collect::<Result<_, _>>()?;
    Ok((shown, total))
}

/// Partner `index` as an entry of a list in language `lang`.
pub fn entry(inputs: &Inputs, index: usize, lang: Lang) -> Result<PartnerEntry, Diagnostic> {
    let config = inputs.config;
    let partner = &inputs.directory.partners[index];
    let code = &config.languages[lang].code;
    let (summary, summary_lang) = partner.summary(code, &config.default_language().code);
    Ok(PartnerEntry {
        id: partner.id.clone(),
        name: partner.name.clone(),
        name_lang: config.default_language().code.clone(),
        name_dir: config.default_language().dir.as_str(),
        short_name: partner.short_name.clone(),
        kind: partner.kind.clone(),
        kind_name: kind_name(inputs, &partner.kind, code)?,
        summary: summary.to_string(),
        summary_lang: summary_lang.to_string(),
        summary_dir: config
            .language(summary_lang)
            .map_or("ltr", |l| l.dir.as_str()),
        url: config.url_path(&inputs.directory.partner_url(inputs.linked, index, lang)),
        cities: partner
            .cities
            .iter()
            .map(|c| Link {
                title: config.region.city_name(c, code).to_string(),
                url: config.url_path(&city_url(config, c, lang)),
                current: false,
            })
            .collect(),
        languages: partner
            .languages
            .iter()
            .map(|l| language_name(config, l))
            .collect(),
    })
}

/// The name of a partner kind in `lang`.
fn kind_name(inputs: &Inputs, kind: &str, lang: &str) -> Result<String, Diagnostic> {
    inputs.text(lang, &format!("partner-kind-{kind}"))
}

/// A language named in itself: from config.toml, else from a built-in list, else its code.
fn language_name(config: &Config, code: &str) -> LanguageName {
    let name = config
        .language(code)
        .map(|l| l.name.clone())
        .or_else(|| autonym(code).map(str::to_string))
        .unwrap_or_else(|| code.to_string());
    LanguageName {
        code: code.to_string(),
        name,
    }
}

/// The directory index's view in `lang`.
pub fn directory_view(inputs: &Inputs, lang: Lang) -> Result<DirectoryView, Diagnostic> {
    let config = inputs.config;
    let directory = inputs.directory;
    let code = &config.languages[lang].code;
    let mut order: Vec<usize> = (0..directory.partners.len()).collect();
    order.sort_by_key(|&p| directory.partners[p].name.to_lowercase());
    let mut groups = Vec::new();
    for kind in KINDS {
        let partners = order
            .iter()
            .filter(|&&p| directory.partners[p].kind == *kind)
            .map(|&p| entry(inputs, p, lang))
            .collect::<Result<Vec<_>, _>>()?;
        if !partners.is_empty() {
            groups.push(KindGroup {
                kind: kind.to_string(),
                name: kind_name(inputs, kind, code)?,
                partners,
            });
        }
    }
    let mut languages: Vec<&String> = directory
        .partners
        .iter()
        .flat_map(|p| &p.languages)
        .collect();
    languages.sort();
    languages.dedup();
    Ok(DirectoryView {
        count: directory.partners.len(),
        groups,
        topics: config
            .topics
            .iter()
            .filter(|t| directory.partners.iter().any(|p| p.topics.contains(&t.id)))
            .map(|t| {
                let link = frame::topic_link(config, t, lang);
                FilterOption {
                    value: t.id.clone(),
                    label: link.title,
                    url: link.url,
                    lang: None,
                }
            })
            .collect(),
        cities: directory
            .cities
            .iter()
            .map(|c| FilterOption {
                value: c.clone(),
                label: config.region.city_name(c, code).to_string(),
                url: config.url_path(&city_url(config, c, lang)),
                lang: None,
            })
            .collect(),
        languages: languages
            .into_iter()
            .map(|l| {
                let name = language_name(config, l);
                FilterOption {
                    value: name.code.clone(),
                    label: name.name,
                    url: String::new(),
                    lang: Some(name.code),
                }
            })
            .collect(),
        data_url: config.url_path(&format!("{code}/partners.json")),
        map: map(inputs, lang)?,
        map_credit: inputs.site.map.as_ref().and_then(|m| m.credit.clone()),
    })
}

/// The map of the cities with partners in `lang`; empty when the site has no map.
fn map(inputs: &Inputs, lang: Lang) -> Result<String, Diagnostic> {
    let Some(map) = &inputs.site.map else {
        return Ok(String::new());
    };
    let config = inputs.config;
    let directory = inputs.directory;
    let code = &config.languages[lang].code;
    let mut points = Vec::new();
    for city in &directory.cities {
        let partners: Vec<&Partner> = directory
            .partners
            .iter()
            .filter(|p| p.cities.contains(city))
            .collect();
        let coordinates = partners
            .iter()
            .flat_map(|p| &p.locations)
            .find(|l| &l.city == city)
            .and_then(|l| l.coordinates);
        let count = inputs.count(code, "partners-count", partners.len())?;
        let name = config.region.city_name(city, code);
        points.push(crate::render::map::Point {
            city,
            name,
            coordinates,
            url: config.url_path(&city_url(config, city, lang)),
            label: format!("{name}: {count}"),
        });
    }
    let title = inputs.text(code, "partners-map")?;
    Ok(crate::render::map::svg(
        map,
        &config.region.places,
        &title,
        &points,
    ))
}

/// The name of a language in itself, for languages of advice that the site is not written in.
fn autonym(code: &str) -> Option<&'static str> {
    let name = match code.split('-').next().unwrap_or(code) {
        "ar" => "العربية",
        "bg" => "Български",
        "bn" => "বাংলা",
        "cs" => "Čeština",
        "de" => "Deutsch",
        "el" => "Ελληνικά",
        "en" => "English",
        "es" => "Español",
        "fa" => "فارسی",
        "fr" => "Français",
        "hi" => "हिन्दी",
        "hr" => "Hrvatski",
        "hu" => "Magyar",
        "it" => "Italiano",
        "ku" => "Kurdî",
        "pl" => "Polski",
        "ps" => "پښتو",
        "pt" => "Português",
        "ro" => "Română",
        "ru" => "Русский",
        "sq" => "Shqip",
        "sr" => "Српски",
        "so" => "Soomaali",
        "ti" => "ትግርኛ",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "ur" => "اردو",
        "vi" => "Tiếng Việt",
        "zh" => "中文",
        _ => return None,
    };
    Some(name)
}
