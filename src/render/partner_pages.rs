//! The directory's generated pages and data in one language: a page and a vCard per partner,
//! a page per topic and per city, the list of topics, the finder's data, and `/partners.json`.

use crate::diagnostic::Diagnostic;
use crate::link::directory::{Urls, city_url, topic_url, topics_index_url};
use crate::link::items::ItemId;
use crate::load::config::Lang;
use crate::output::File;
use crate::render::directory::{self, PartnerEntry};
use crate::render::export;
use crate::render::frame::{self, Frame, Link, ListEntry};
use crate::render::inputs::Inputs;
use serde::Serialize;
use std::collections::BTreeMap;

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
    /// Phone as written, unbreakable.
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

/// A partner page's context (`partner.html`).
#[derive(Debug, Serialize)]
pub struct PartnerContext<'a> {
    /// The frame.
    #[serde(flatten)]
    pub frame: Frame<'a>,
    /// The partner.
    pub partner: PartnerView,
}

/// A topic, topics or city page's context (`topic.html`, `topics.html`, `city.html`).
#[derive(Debug, Serialize)]
pub struct ListingContext<'a> {
    /// The frame.
    #[serde(flatten)]
    pub frame: Frame<'a>,
    /// What is listed.
    pub listing: Listing,
}

/// The URLs of a page per language, made by `url`.
fn urls(inputs: &Inputs, url: impl Fn(Lang) -> String) -> Urls {
    inputs.config.languages.keys().map(url).collect()
}

/// Home, then the partners section: the breadcrumbs of partner and city pages.
fn breadcrumbs(inputs: &Inputs, lang: Lang) -> Vec<Link> {
    [Some(inputs.linked.home), inputs.directory.section]
        .into_iter()
        .flatten()
        .map(|i| Link {
            current: true,
            ..frame::item_link(inputs, i, lang)
        })
        .collect()
}

/// Partner `index`'s page and vCard in `lang`.
pub fn partner(inputs: &Inputs, index: usize, lang: Lang) -> Result<Vec<File>, Diagnostic> {
    let config = inputs.config;
    let directory = inputs.directory;
    let partner = &directory.partners[index];
    let language = &config.languages[lang];
    let default = &config.default_language().code;
    let urls = urls(inputs, |l| directory.partner_url(inputs.linked, index, l));
    let url = &urls[lang];
    let absolute = config.absolute(url);
    let mut frame = frame::generated(inputs, lang, &urls, directory.section);
    frame.breadcrumbs = breadcrumbs(inputs, lang);
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
    let view = PartnerView {
        entry: directory::entry(inputs, index, lang)?,
        topics: partner
            .topics
            .iter()
            .filter_map(|t| config.topic(t))
            .map(|t| frame::topic_link(config, t, lang))
            .collect(),
        regions: partner.regions.clone(),
        website: partner.website.clone(),
        email: partner.email.clone(),
        phone: partner.phone.as_deref().map(export::unbreakable_phone),
        phone_uri: partner.phone.as_deref().map(export::tel_uri),
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
        last_reviewed: inputs.date(&language.code, partner.last_reviewed)?,
        last_reviewed_iso: partner.last_reviewed.to_string(),
        sources: partner.sources.clone(),
        vcard_url: config.url_path(&format!("{url}{}.vcf", partner.id)),
        json_ld: export::json_ld(&config.region, partner, &language.code, default, &absolute),
    };
    let page = inputs.page(
        "partner.html",
        &PartnerContext {
            frame,
            partner: view,
        },
        url,
        None,
    )?;
    let card = export::vcard(&config.region, partner, &language.code, default, &absolute);
    Ok(vec![
        page,
        File::new(format!("{url}{}.vcf", partner.id), card),
    ])
}

/// The page of topic `index` in `lang`: the content pages and partners on it.
pub fn topic(inputs: &Inputs, index: usize, lang: Lang) -> Result<File, Diagnostic> {
    let config = inputs.config;
    let linked = inputs.linked;
    let topic = &config.topics[index];
    let urls = urls(inputs, |l| topic_url(config, topic, l));
    let mut pages: Vec<ItemId> = linked
        .items
        .keys()
        .filter(|&i| {
            linked.items[i]
                .topics(lang, inputs.sources)
                .any(|t| t == topic.id)
        })
        .collect();
    pages.sort_by_cached_key(|&i| {
        inputs.sources[linked.items[i].shown[lang]]
            .doc
            .meta
            .title
            .to_lowercase()
    });
    let listing = Listing {
        kind: "topic",
        title: topic
            .name(
                &config.languages[lang].code,
                &config.default_language().code,
            )
            .to_string(),
        pages: pages
            .into_iter()
            .map(|i| frame::entry(inputs, i, lang))
            .collect(),
        partners: directory::helpers(inputs, &[topic.id.as_str()], lang)?,
        topics: Vec::new(),
    };
    listing_page(inputs, "topic.html", lang, &urls, None, listing)
}

/// The list of all topics in `lang`.
pub fn topics(inputs: &Inputs, lang: Lang) -> Result<File, Diagnostic> {
    let config = inputs.config;
    let urls = urls(inputs, |l| topics_index_url(config, l));
    let listing = Listing {
        kind: "topics",
        title: String::new(),
        pages: Vec::new(),
        partners: Vec::new(),
        topics: config
            .topics
            .iter()
            .map(|t| frame::topic_link(config, t, lang))
            .collect(),
    };
    listing_page(inputs, "topics.html", lang, &urls, None, listing)
}

/// The page of city `index` in `lang`: the partners there.
pub fn city(inputs: &Inputs, index: usize, lang: Lang) -> Result<File, Diagnostic> {
    let directory = inputs.directory;
    let city = &directory.cities[index];
    let urls = urls(inputs, |l| city_url(inputs.config, city, l));
    let code = &inputs.config.languages[lang].code;
    let listing = Listing {
        kind: "city",
        title: inputs.config.region.city_name(city, code).to_string(),
        pages: Vec::new(),
        partners: (0..directory.partners.len())
            .filter(|&p| directory.partners[p].cities.contains(city))
            .map(|p| directory::entry(inputs, p, lang))
            .collect::<Result<_, _>>()?,
        topics: Vec::new(),
    };
    listing_page(inputs, "city.html", lang, &urls, directory.section, listing)
}

/// A listing page at `urls`; within the directory's section (breadcrumbs and menu) when
/// `section` is given.
fn listing_page(
    inputs: &Inputs,
    template: &str,
    lang: Lang,
    urls: &Urls,
    section: Option<ItemId>,
    listing: Listing,
) -> Result<File, Diagnostic> {
    let mut frame = frame::generated(inputs, lang, urls, section);
    if section.is_some() {
        frame.breadcrumbs = breadcrumbs(inputs, lang);
    }
    inputs.page(
        template,
        &ListingContext { frame, listing },
        &urls[lang],
        None,
    )
}

/// The finder's data of `lang` (`/<lang>/partners.json`).
pub fn finder_data(inputs: &Inputs, lang: Lang) -> File {
    let config = inputs.config;
    let directory = inputs.directory;
    let code = &config.languages[lang].code;
    let default = &config.default_language().code;
    let finder: Vec<export::FinderEntry> = directory
        .partners
        .iter()
        .enumerate()
        .map(|(p, partner)| {
            let (summary, summary_lang) = partner.summary(code, default);
            export::FinderEntry {
                id: &partner.id,
                name: &partner.name,
                kind: &partner.kind,
                summary,
                summary_lang,
                url: config.url_path(&directory.partner_url(inputs.linked, p, lang)),
                topics: &partner.topics,
                cities: &partner.cities,
                languages: &partner.languages,
            }
        })
        .collect();
    File::new(format!("{code}/partners.json"), export::to_json(&finder))
}

/// `/partners.json`: all partner data with the absolute URL of each partner's page per
/// language.
pub fn all_partners(inputs: &Inputs) -> File {
    let config = inputs.config;
    let directory = inputs.directory;
    let json = export::all_json(&directory.partners, &|index| {
        config
            .languages
            .iter_enumerated()
            .map(|(l, language)| {
                (
                    language.code.clone(),
                    config.absolute(&directory.partner_url(inputs.linked, index, l)),
                )
            })
            .collect()
    });
    File::new("partners.json", json)
}
