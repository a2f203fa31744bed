//! The frame every HTML page has — languages, menu, breadcrumbs, footer, canonical URL and
//! alternates — and the small shapes templates share (links, list entries).

use crate::link::directory::Urls;
use crate::link::items::Linked;
use crate::link::items::{Item, ItemId};
use crate::load::config::Lang;
use crate::load::config::{Config, Topic};
use crate::render::inputs::Inputs;
use serde::Serialize;
use typed_index_collections::TiVec;

/// The script that registers the service worker and offers to keep sections, below the base
/// URL (with `offline = true`).
pub const OFFLINE_SCRIPT: &str = "assets/offline.js";

/// The site's icon, below the base URL (the theme's `static/favicon.svg`).
pub const FAVICON: &str = "assets/favicon.svg";

/// A link with its text.
#[derive(Debug, Serialize)]
pub struct Link {
    /// Link text.
    pub title: String,
    /// URL path (root-relative).
    pub url: String,
    /// Whether it leads to the current page or one of its ancestors.
    pub current: bool,
}

/// An entry of the language switcher: the current page in another language.
#[derive(Debug, Serialize)]
pub struct LanguageLink {
    /// Language code (`hreflang`, `lang`).
    pub code: String,
    /// The language's name in itself.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// URL path of this page in that language.
    pub url: String,
    /// Whether this is the page's own language.
    pub current: bool,
    /// Whether the page is really translated into that language (not a fallback).
    pub translated: bool,
}

/// A `<link rel="alternate" hreflang>`.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// Language code or `x-default`.
    pub hreflang: String,
    /// Absolute URL.
    pub href: String,
}

/// A page or section in a list.
#[derive(Debug, Serialize)]
pub struct ListEntry {
    /// Title in the list's language (or the fallback's).
    pub title: String,
    /// Description, if any.
    pub description: Option<String>,
    /// URL path.
    pub url: String,
    /// Language of title and description.
    pub lang: String,
}

/// What every HTML page has.
#[derive(Debug, Serialize)]
pub struct Frame<'a> {
    /// UI language code; `t()` uses it.
    pub lang: &'a str,
    /// UI direction.
    pub dir: &'static str,
    /// Site title in the UI language.
    pub site_title: &'a str,
    /// Site description in the UI language.
    pub site_description: Option<&'a str>,
    /// URL path of the home page in the UI language.
    pub home_url: String,
    /// URL path of the stylesheet.
    pub stylesheet: String,
    /// URL path of the site's icon.
    pub favicon: String,
    /// Absolute canonical URL (the original's on a fallback page).
    pub canonical: Option<String>,
    /// hreflang alternates: every real translation, this one included; none on fallbacks.
    pub alternates: Vec<Alternate>,
    /// The language switcher.
    pub languages: Vec<LanguageLink>,
    /// Main navigation.
    pub menu: Vec<Link>,
    /// Ancestors from home to parent.
    pub breadcrumbs: Vec<Link>,
    /// Links in the footer (imprint, privacy …), from `footer` in config.toml.
    pub footer: Vec<Link>,
    /// URL path of the language's Atom feed of news and events.
    pub feed_url: String,
    /// URL path of the language's search page, when the site has search.
    pub search_url: Option<String>,
    /// Scripts the page loads (URL paths).
    pub scripts: Vec<String>,
}

/// Where a page sits: its URL in every language (for the language switcher), whether each is a
/// real translation, and the content item it is or lies below (for the menu).
pub struct Place<'p> {
    /// URL path below the base URL, per language.
    pub urls: &'p Urls,
    /// Per language: whether the page exists in that language's own words.
    pub translated: TiVec<Lang, bool>,
    /// The content item the page is, or belongs to.
    pub item: Option<ItemId>,
}

impl<'p> Place<'p> {
    /// The place of a generated page (search, partner, topic …) that exists in every language.
    pub fn everywhere(urls: &'p Urls, item: Option<ItemId>) -> Place<'p> {
        Place {
            urls,
            translated: vec![true; urls.len()].into(),
            item,
        }
    }

    /// The place of a content item.
    pub fn of_item(linked: &'p Linked, item: ItemId) -> Place<'p> {
        let it = &linked.items[item];
        Place {
            urls: &it.urls,
            translated: it.versions.iter().map(Option::is_some).collect(),
            item: Some(item),
        }
    }
}

/// The frame of a page in language `lang` at `place`, without canonical URL and alternates.
pub fn frame<'a>(inputs: &Inputs<'a>, lang: Lang, place: &Place) -> Frame<'a> {
    let config = inputs.config;
    let linked = inputs.linked;
    let ui = &config.languages[lang];
    let item = place.item;
    let languages = config
        .languages
        .iter_enumerated()
        .map(|(j, l)| LanguageLink {
            code: l.code.clone(),
            name: l.name.clone(),
            dir: l.dir.as_str(),
            url: config.url_path(&place.urls[j]),
            current: j == lang,
            translated: place.translated[j],
        })
        .collect();
    let menu_items = menu_items(inputs, lang);
    let menu = menu_items
        .into_iter()
        .map(|i| Link {
            current: item.is_some_and(|it| is_within(linked, it, i)),
            ..item_link(inputs, i, lang)
        })
        .collect();
    let footer = config
        .footer
        .iter()
        .filter_map(|(path, _)| linked.item_of(path))
        .map(|i| Link {
            current: item == Some(i),
            ..item_link(inputs, i, lang)
        })
        .collect();
    Frame {
        lang: &ui.code,
        dir: ui.dir.as_str(),
        site_title: &ui.title,
        site_description: ui.description.as_deref(),
        home_url: config.url_path(&linked.items[linked.home].urls[lang]),
        stylesheet: config.url_path(&inputs.stylesheet),
        favicon: config.url_path(FAVICON),
        canonical: None,
        alternates: Vec::new(),
        languages,
        menu,
        breadcrumbs: Vec::new(),
        footer,
        feed_url: config.url_path(&format!("{}/atom.xml", ui.code)),
        search_url: config
            .search
            .then(|| config.url_path(&format!("{}/search/", ui.code))),
        scripts: if config.offline {
            vec![config.url_path(OFFLINE_SCRIPT)]
        } else {
            Vec::new()
        },
    }
}

/// The items of the main navigation in `lang`: config.toml's `menu`, else every top-level
/// section in the home page's order.
pub fn menu_items(inputs: &Inputs, lang: Lang) -> Vec<ItemId> {
    let (config, linked) = (inputs.config, inputs.linked);
    if config.menu.is_empty() {
        linked.children(linked.home, lang).0.to_vec()
    } else {
        config
            .menu
            .iter()
            .filter_map(|(dir, _)| linked.item_of(&format!("{dir}/_index.md")))
            .collect()
    }
}

/// The frame of a generated page that exists at `urls` in every language (search, partner,
/// topic, city …): canonical URL and an alternate per advertised language (none on a variant's
/// page); `item` is the content item it belongs to in the menu.
pub fn generated<'a>(
    inputs: &Inputs<'a>,
    lang: Lang,
    urls: &Urls,
    item: Option<ItemId>,
) -> Frame<'a> {
    let config = inputs.config;
    Frame {
        canonical: Some(config.absolute(&urls[lang])),
        alternates: if config.languages[lang].advertised() {
            alternates(config, urls)
        } else {
            Vec::new()
        },
        ..frame(inputs, lang, &Place::everywhere(urls, item))
    }
}

/// hreflang alternates of content item `item`: every advertised language it is written in.
pub fn item_alternates(config: &Config, item: &Item) -> Vec<Alternate> {
    config
        .languages
        .iter_enumerated()
        .filter(|(j, l)| item.versions[*j].is_some() && l.advertised())
        .map(|(j, l)| Alternate {
            hreflang: l.code.clone(),
            href: config.absolute(&item.urls[j]),
        })
        .collect()
}

/// hreflang alternates of a page that exists at `urls` in every language (variants left out).
pub fn alternates(config: &Config, urls: &Urls) -> Vec<Alternate> {
    config
        .languages
        .iter()
        .zip(urls)
        .filter(|(l, _)| l.advertised())
        .map(|(l, url)| Alternate {
            hreflang: l.code.clone(),
            href: config.absolute(url),
        })
        .collect()
}

/// A link to content item `item` in `lang`, with its title there.
pub fn item_link(inputs: &Inputs, item: ItemId, lang: Lang) -> Link {
    let it = &inputs.linked.items[item];
    Link {
        title: inputs.sources[it.shown[lang]].doc.meta.title.clone(),
        url: inputs.config.url_path(&it.urls[lang]),
        current: false,
    }
}

/// A link to `topic`'s page in `lang`, named in that language.
pub fn topic_link(config: &Config, topic: &Topic, lang: Lang) -> Link {
    Link {
        title: topic
            .name(
                &config.languages[lang].code,
                &config.default_language().code,
            )
            .to_string(),
        url: config.url_path(&crate::link::directory::topic_url(config, topic, lang)),
        current: false,
    }
}

/// Whether `item` is `ancestor` or lies below it.
fn is_within(linked: &Linked, item: ItemId, ancestor: ItemId) -> bool {
    let mut current = Some(item);
    while let Some(i) = current {
        if i == ancestor {
            return true;
        }
        current = linked.items[i].parent;
    }
    false
}

/// A content item as an entry of a list in language `lang`.
pub fn entry(inputs: &Inputs, item: ItemId, lang: Lang) -> ListEntry {
    let it = &inputs.linked.items[item];
    let source = &inputs.sources[it.shown[lang]];
    ListEntry {
        title: source.doc.meta.title.clone(),
        description: source.doc.meta.description.clone(),
        url: inputs.config.url_path(&it.urls[lang]),
        lang: source.lang.clone(),
    }
}
