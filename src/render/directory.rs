//! The directory's pages, link and render side: URLs of partner, topic and city pages, the
//! shapes their templates see, and the files written for them.

use crate::diagnostic::Diagnostic;
use crate::link::items::Linked;
use crate::load::config::{Config, Topic};
use crate::load::partners::{KINDS, Partner};
use crate::output::Output;
use crate::render::export;
use crate::render::view::{self, Link, ListEntry, Place};
use crate::render::{Inputs, render_template};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// The finder's script, below the base URL.
pub const FINDER_SCRIPT: &str = "assets/finder.js";

/// The linked directory: partners, the cities they are in, and the section that lists them.
#[derive(Debug, Default)]
pub struct Directory {
    /// Partners sorted by id.
    pub partners: Vec<Partner>,
    /// Every city named by a partner, sorted.
    pub cities: Vec<String>,
    /// The content item of the partners section, if the site has one.
    pub section: Option<usize>,
}

/// Links the partners to the site: finds their section and checks that no partner, topic or
/// city page takes a URL that a content page has.
pub fn link(
    config: &Config,
    linked: &Linked,
    partners: Vec<Partner>,
) -> Result<Directory, Vec<Diagnostic>> {
    let section = linked.item_of(&format!("{}/_index.md", config.partners_section));
    let mut problems = Vec::new();
    if section.is_none()
        && let Some(first) = partners.first()
    {
        problems.push(
            Diagnostic::error(&first.path, "partner files need a section page").with_hint(format!(
                "create `content/{}/_index.md` with the directory's introduction",
                config.partners_section
            )),
        );
        return Err(problems);
    }
    let mut cities: Vec<String> = partners
        .iter()
        .flat_map(|p| p.cities.iter())
        .cloned()
        .collect();
    cities.sort_by_key(|c| c.to_lowercase());
    cities.dedup();
    let directory = Directory {
        partners,
        cities,
        section,
    };
    let content: HashSet<&str> = linked
        .items
        .iter()
        .flat_map(|i| i.urls.iter().map(String::as_str))
        .collect();
    for (path, urls) in directory.pages(config, linked) {
        for url in urls {
            if content.contains(url.as_str()) {
                problems.push(
                    Diagnostic::error(&path, format!("a content page already has the URL `/{url}`"))
                        .with_hint("rename the content page, the partner file, or the `topics_slug`/`cities_slug` of the language"),
                );
            }
        }
    }
    for city in &directory.cities {
        if crate::slug::slugify(city).is_empty() {
            let path = directory
                .partners
                .iter()
                .find(|p| p.cities.contains(city))
                .map_or_else(Default::default, |p| p.path.clone());
            problems.push(Diagnostic::error(
                path,
                format!("no URL can be made from the city name `{city}`"),
            ));
        }
    }
    if problems.is_empty() {
        Ok(directory)
    } else {
        Err(problems)
    }
}

impl Directory {
    /// URL path of partner `index`'s page in `lang`.
    pub fn partner_url(&self, linked: &Linked, index: usize, lang: usize) -> String {
        let section = self
            .section
            .map_or_else(String::new, |s| linked.items[s].urls[lang].clone());
        format!("{section}{}/", self.partners[index].id)
    }

    /// Every directory page with the file it comes from and its URL per language: partners,
    /// topics, cities and the topic index.
    pub fn pages(
        &self,
        config: &Config,
        linked: &Linked,
    ) -> Vec<(std::path::PathBuf, Vec<String>)> {
        let langs = 0..config.languages.len();
        let mut pages: Vec<(std::path::PathBuf, Vec<String>)> = (0..self.partners.len())
            .map(|p| {
                let urls = langs
                    .clone()
                    .map(|l| self.partner_url(linked, p, l))
                    .collect();
                (self.partners[p].path.clone(), urls)
            })
            .collect();
        let config_path = std::path::PathBuf::from(crate::load::config::CONFIG_FILE);
        for topic in &config.topics {
            let urls = langs.clone().map(|l| topic_url(config, topic, l)).collect();
            pages.push((config_path.clone(), urls));
        }
        if !config.topics.is_empty() {
            pages.push((
                config_path,
                langs.clone().map(|l| topics_index_url(config, l)).collect(),
            ));
        }
        for city in &self.cities {
            let urls = langs.clone().map(|l| city_url(config, city, l)).collect();
            let path = self
                .partners
                .iter()
                .find(|p| p.cities.contains(city))
                .map_or_else(Default::default, |p| p.path.clone());
            pages.push((path, urls));
        }
        pages
    }
}

/// URL path of the list of all topics in `lang`.
pub fn topics_index_url(config: &Config, lang: usize) -> String {
    let language = &config.languages[lang];
    format!("{}/{}/", language.code, language.topics_slug)
}

/// URL path of a topic's page in `lang`: its name in that language, slugified, when written
/// in Latin letters (`anerkennung-von-abschluessen`); else its id, since a transliteration of
/// Arabic or Cyrillic would be unreadable.
pub fn topic_url(config: &Config, topic: &Topic, lang: usize) -> String {
    let language = &config.languages[lang];
    let name = topic.name(&language.code, &config.default_language().code);
    let latin = name
        .chars()
        .all(|c| !c.is_alphabetic() || (c as u32) < 0x250);
    let slug = if latin {
        crate::slug::slugify(name)
    } else {
        String::new()
    };
    let slug = if slug.is_empty() {
        topic.id.clone()
    } else {
        slug
    };
    format!("{}{slug}/", topics_index_url(config, lang))
}

/// URL path of a city's page in `lang`.
pub fn city_url(config: &Config, city: &str, lang: usize) -> String {
    let language = &config.languages[lang];
    format!(
        "{}/{}/{}/",
        language.code,
        language.cities_slug,
        crate::slug::slugify(city)
    )
}

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
    /// Proper name.
    pub name: String,
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
    /// Inline SVG map of the cities with partners (print with `| safe`; all text escaped).
    pub map: String,
}

/// An address on a partner's page.
#[derive(Debug, Serialize)]
pub struct LocationView {
    /// Street.
    pub street: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// City.
    pub city: String,
    /// Opening hours in the UI language, else the default language.
    pub opening_hours: Option<String>,
    /// Accessibility notes in the UI language, else the default language.
    pub accessibility: Option<String>,
}

/// A partner's own page.
#[derive(Debug, Serialize)]
pub struct PartnerView {
    /// What lists show.
    #[serde(flatten)]
    pub entry: PartnerEntry,
    /// Topics with links to their pages.
    pub topics: Vec<Link>,
    /// Areas served.
    pub regions: Vec<String>,
    /// Web site.
    pub website: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Phone as written.
    pub phone: Option<String>,
    /// Phone as a `tel:` URI.
    pub phone_uri: Option<String>,
    /// Services in `services_lang`.
    pub services: Vec<String>,
    /// Language of `services`.
    pub services_lang: String,
    /// Addresses.
    pub locations: Vec<LocationView>,
    /// Last review in the UI language's date format.
    pub last_reviewed: String,
    /// Last review as `YYYY-MM-DD`.
    pub last_reviewed_iso: String,
    /// Source URLs.
    pub sources: Vec<String>,
    /// URL path of the vCard.
    pub vcard_url: String,
    /// schema.org JSON-LD, safe to print inside `<script type="application/ld+json">`.
    pub json_ld: String,
}

/// A topic or city page's lists.
#[derive(Debug, Serialize)]
pub struct Listing {
    /// `topic` or `city`.
    pub kind: &'static str,
    /// The topic's name or the city.
    pub title: String,
    /// Content pages on the topic.
    pub pages: Vec<ListEntry>,
    /// Partners for the topic or in the city.
    pub partners: Vec<PartnerEntry>,
    /// On the topics index: every topic with a link.
    pub topics: Vec<Link>,
}

/// The partners for any of `topics`, by name.
pub fn helpers(inputs: &Inputs, topics: &[&str], lang: usize) -> Vec<PartnerEntry> {
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

fn entry(inputs: &Inputs, index: usize, lang: usize) -> PartnerEntry {
    let config = inputs.config;
    let partner = &inputs.directory.partners[index];
    let code = &config.languages[lang].code;
    let (summary, summary_lang) = partner.summary(code, &config.default_language().code);
    PartnerEntry {
        id: partner.id.clone(),
        name: partner.name.clone(),
        short_name: partner.short_name.clone(),
        kind: partner.kind.clone(),
        kind_name: kind_name(inputs, &partner.kind, code),
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
                title: c.clone(),
                url: config.url_path(&city_url(config, c, lang)),
                current: false,
            })
            .collect(),
        languages: partner
            .languages
            .iter()
            .map(|l| language_name(config, l))
            .collect(),
    }
}

fn kind_name(inputs: &Inputs, kind: &str, lang: &str) -> String {
    inputs
        .strings
        .format(lang, &format!("partner-kind-{kind}"), None)
        .unwrap_or_else(|_| kind.to_string())
}

/// A language named in itself: from config.toml, else from a built-in list, else its code.
fn language_name(config: &Config, code: &str) -> LanguageName {
    let name = config
        .language(code)
        .map(|l| l.name.clone())
        .or_else(|| crate::load::partners::autonym(code).map(str::to_string))
        .unwrap_or_else(|| code.to_string());
    LanguageName {
        code: code.to_string(),
        name,
    }
}

/// The directory index's view in `lang`.
pub fn directory_view(inputs: &Inputs, lang: usize) -> DirectoryView {
    let config = inputs.config;
    let directory = inputs.directory;
    let code = &config.languages[lang].code;
    let mut order: Vec<usize> = (0..directory.partners.len()).collect();
    order.sort_by_key(|&p| directory.partners[p].name.to_lowercase());
    let groups = KINDS
        .iter()
        .map(|kind| KindGroup {
            kind: kind.to_string(),
            name: kind_name(inputs, kind, code),
            partners: order
                .iter()
                .filter(|&&p| directory.partners[p].kind == *kind)
                .map(|&p| entry(inputs, p, lang))
                .collect(),
        })
        .filter(|g| !g.partners.is_empty())
        .collect();
    let mut languages: Vec<&String> = directory
        .partners
        .iter()
        .flat_map(|p| &p.languages)
        .collect();
    languages.sort();
    languages.dedup();
    DirectoryView {
        count: directory.partners.len(),
        groups,
        topics: config
            .topics
            .iter()
            .filter(|t| directory.partners.iter().any(|p| p.topics.contains(&t.id)))
            .map(|t| {
                let link = view::topic_link(config, t, lang);
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
                label: c.clone(),
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
        map: map(inputs, lang),
    }
}

/// The map of the cities with partners in `lang`.
fn map(inputs: &Inputs, lang: usize) -> String {
    let config = inputs.config;
    let directory = inputs.directory;
    let code = &config.languages[lang].code;
    let points: Vec<crate::render::map::Point> = directory
        .cities
        .iter()
        .map(|city| {
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
            let count = inputs.strings.count(code, "partners-count", partners.len());
            crate::render::map::Point {
                city,
                coordinates,
                url: config.url_path(&city_url(config, city, lang)),
                label: format!("{city}: {count}"),
            }
        })
        .collect();
    let title = inputs
        .strings
        .format(code, "partners-map", None)
        .unwrap_or_default();
    crate::render::map::svg(&title, &points)
}

/// Writes every partner page with its vCard, every topic and city page, the topic index, and
/// the JSON exports.
pub fn render(inputs: &Inputs, output: &Output) -> Vec<Diagnostic> {
    let config = inputs.config;
    let directory = inputs.directory;
    let linked = inputs.linked;
    let default = &config.default_language().code;
    let mut problems = Vec::new();
    let section_place = directory.section;
    for (lang, language) in config.languages.iter().enumerate() {
        for (p, partner) in directory.partners.iter().enumerate() {
            let urls: Vec<String> = (0..config.languages.len())
                .map(|l| directory.partner_url(linked, p, l))
                .collect();
            let url = &urls[lang];
            let absolute = config.absolute(url);
            let mut context = page_context(inputs, lang, &urls, section_place);
            context.canonical = Some(absolute.clone());
            context.alternates = view::alternates(config, &urls);
            context.breadcrumbs = breadcrumbs(inputs, lang);
            let services_lang = if partner.services.contains_key(&language.code) {
                language.code.clone()
            } else {
                default.clone()
            };
            let text = |map: &BTreeMap<String, String>| {
                map.get(&language.code)
                    .or_else(|| map.get(default))
                    .cloned()
            };
            context.partner = Some(PartnerView {
                entry: entry(inputs, p, lang),
                topics: partner
                    .topics
                    .iter()
                    .filter_map(|t| config.topic(t))
                    .map(|t| view::topic_link(config, t, lang))
                    .collect(),
                regions: partner.regions.clone(),
                website: partner.website.clone(),
                email: partner.email.clone(),
                phone: partner.phone.clone(),
                phone_uri: partner.phone.as_ref().map(|p| {
                    let digits: String = p
                        .chars()
                        .filter(|c| c.is_ascii_digit() || *c == '+')
                        .collect();
                    format!("tel:{digits}")
                }),
                services: partner
                    .services
                    .get(&services_lang)
                    .cloned()
                    .unwrap_or_default(),
                services_lang,
                locations: partner
                    .locations
                    .iter()
                    .map(|l| LocationView {
                        street: l.street.clone(),
                        postcode: l.postcode.clone(),
                        city: l.city.clone(),
                        opening_hours: text(&l.opening_hours),
                        accessibility: text(&l.accessibility),
                    })
                    .collect(),
                last_reviewed: inputs
                    .strings
                    .format_date(&language.code, partner.last_reviewed)
                    .unwrap_or_else(|_| partner.last_reviewed.to_string()),
                last_reviewed_iso: partner.last_reviewed.to_string(),
                sources: partner.sources.clone(),
                vcard_url: config.url_path(&format!("{url}{}.vcf", partner.id)),
                json_ld: export::json_ld(partner, &language.code, default, &absolute),
            });
            problems.extend(
                render_template(inputs, "partner.html", &context, None)
                    .and_then(|html| output.write(url, "index.html", html.as_bytes()))
                    .err(),
            );
            let card = export::vcard(partner, &language.code, default, &absolute);
            problems.extend(
                output
                    .write(url, &format!("{}.vcf", partner.id), card.as_bytes())
                    .err(),
            );
        }

        for topic in &config.topics {
            let urls: Vec<String> = (0..config.languages.len())
                .map(|l| topic_url(config, topic, l))
                .collect();
            let mut context = page_context(inputs, lang, &urls, None);
            context.canonical = Some(config.absolute(&urls[lang]));
            context.alternates = view::alternates(config, &urls);
            let mut pages: Vec<usize> = (0..linked.items.len())
                .filter(|&i| {
                    linked.items[i]
                        .topics(lang, inputs.sources)
                        .any(|t| t == topic.id)
                })
                .collect();
            pages.sort_by_key(|&i| {
                inputs.sources[linked.items[i].shown[lang]]
                    .doc
                    .meta
                    .title
                    .to_lowercase()
            });
            context.listing = Some(Listing {
                kind: "topic",
                title: topic.name(&language.code, default).to_string(),
                pages: pages
                    .into_iter()
                    .map(|i| view::entry(inputs, i, lang))
                    .collect(),
                partners: helpers(inputs, &[topic.id.as_str()], lang),
                topics: Vec::new(),
            });
            problems.extend(
                render_template(inputs, "topic.html", &context, None)
                    .and_then(|html| output.write(&urls[lang], "index.html", html.as_bytes()))
                    .err(),
            );
        }
        if !config.topics.is_empty() {
            let urls: Vec<String> = (0..config.languages.len())
                .map(|l| topics_index_url(config, l))
                .collect();
            let mut context = page_context(inputs, lang, &urls, None);
            context.canonical = Some(config.absolute(&urls[lang]));
            context.alternates = view::alternates(config, &urls);
            context.listing = Some(Listing {
                kind: "topics",
                title: String::new(),
                pages: Vec::new(),
                partners: Vec::new(),
                topics: config
                    .topics
                    .iter()
                    .map(|t| view::topic_link(config, t, lang))
                    .collect(),
            });
            problems.extend(
                render_template(inputs, "topics.html", &context, None)
                    .and_then(|html| output.write(&urls[lang], "index.html", html.as_bytes()))
                    .err(),
            );
        }

        for city in &directory.cities {
            let urls: Vec<String> = (0..config.languages.len())
                .map(|l| city_url(config, city, l))
                .collect();
            let mut context = page_context(inputs, lang, &urls, section_place);
            context.canonical = Some(config.absolute(&urls[lang]));
            context.alternates = view::alternates(config, &urls);
            context.breadcrumbs = breadcrumbs(inputs, lang);
            context.listing = Some(Listing {
                kind: "city",
                title: city.clone(),
                pages: Vec::new(),
                partners: (0..directory.partners.len())
                    .filter(|&p| directory.partners[p].cities.contains(city))
                    .map(|p| entry(inputs, p, lang))
                    .collect(),
                topics: Vec::new(),
            });
            problems.extend(
                render_template(inputs, "city.html", &context, None)
                    .and_then(|html| output.write(&urls[lang], "index.html", html.as_bytes()))
                    .err(),
            );
        }

        if directory.section.is_some() {
            let finder: Vec<export::FinderEntry> = directory
                .partners
                .iter()
                .enumerate()
                .map(|(p, partner)| {
                    let (summary, summary_lang) = partner.summary(&language.code, default);
                    export::FinderEntry {
                        id: &partner.id,
                        name: &partner.name,
                        kind: &partner.kind,
                        summary,
                        summary_lang,
                        url: config.url_path(&directory.partner_url(linked, p, lang)),
                        topics: &partner.topics,
                        cities: &partner.cities,
                        languages: &partner.languages,
                    }
                })
                .collect();
            let json = export::to_json(&finder);
            problems.extend(
                output
                    .write(
                        &format!("{}/", language.code),
                        "partners.json",
                        json.as_bytes(),
                    )
                    .err(),
            );
        }
    }
    if directory.section.is_some() {
        let json = export::all_json(&directory.partners, &|partner| {
            let index = directory
                .partners
                .iter()
                .position(|p| p.id == partner.id)
                .unwrap_or_default();
            config
                .languages
                .iter()
                .enumerate()
                .map(|(l, language)| {
                    (
                        language.code.clone(),
                        config.absolute(&directory.partner_url(linked, index, l)),
                    )
                })
                .collect()
        });
        problems.extend(output.write("", "partners.json", json.as_bytes()).err());
    }
    problems
}

fn page_context<'a>(
    inputs: &'a Inputs,
    lang: usize,
    urls: &[String],
    item: Option<usize>,
) -> view::PageContext<'a> {
    view::base(inputs, lang, &Place::everywhere(urls, item))
}

/// Home, then the partners section.
fn breadcrumbs(inputs: &Inputs, lang: usize) -> Vec<Link> {
    let linked = inputs.linked;
    [Some(linked.home), inputs.directory.section]
        .into_iter()
        .flatten()
        .map(|i| Link {
            title: inputs.sources[linked.items[i].shown[lang]]
                .doc
                .meta
                .title
                .clone(),
            url: inputs.config.url_path(&linked.items[i].urls[lang]),
            current: true,
        })
        .collect()
}
