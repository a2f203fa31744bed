//! The directory in the link stage: partners with the cities they are in and the section that
//! lists them, and the URLs of partner, topic and city pages in every language.

use crate::diagnostic::Diagnostic;
use crate::link::items::ItemId;
use crate::link::items::Linked;
use crate::load::config::Lang;
use crate::load::config::{Config, Topic};
use crate::load::partners::Partner;
use std::collections::HashSet;
use typed_index_collections::TiVec;

/// A page's URL path in every language.
pub type Urls = TiVec<Lang, String>;

/// The linked directory: partners, the cities they are in, and the section that lists them.
#[derive(Debug, Default)]
pub struct Directory {
    /// Partners sorted by id.
    pub partners: Vec<Partner>,
    /// Every city named by a partner, sorted.
    pub cities: Vec<String>,
    /// The content item of the partners section, if the site has one.
    pub section: Option<ItemId>,
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
    pub fn partner_url(&self, linked: &Linked, index: usize, lang: Lang) -> String {
        let section = self
            .section
            .map_or_else(String::new, |s| linked.items[s].urls[lang].clone());
        format!("{section}{}/", self.partners[index].id)
    }

    /// Every directory page with the file it comes from and its URL per language: partners,
    /// topics, cities and the topic index.
    pub fn pages(&self, config: &Config, linked: &Linked) -> Vec<(std::path::PathBuf, Urls)> {
        let langs = config.languages.keys();
        let mut pages: Vec<(std::path::PathBuf, Urls)> = (0..self.partners.len())
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
pub fn topics_index_url(config: &Config, lang: Lang) -> String {
    let language = &config.languages[lang];
    format!("{}/{}/", language.code, language.topics_slug)
}

/// URL path of a topic's page in `lang`: its name in that language, slugified, when written
/// in Latin letters (`anerkennung-von-abschluessen`); else its id, since a transliteration of
/// Arabic or Cyrillic would be unreadable.
pub fn topic_url(config: &Config, topic: &Topic, lang: Lang) -> String {
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
pub fn city_url(config: &Config, city: &str, lang: Lang) -> String {
    let language = &config.languages[lang];
    format!(
        "{}/{}/{}/",
        language.code,
        language.cities_slug,
        crate::slug::slugify(city)
    )
}
