//! The site's outputs as jobs — each a page (or a few files) the render stage makes — and
//! which outputs embed the text of which source: what `serve` must re-render after an edit.

use crate::link::Site;
use crate::link::items::ItemId;
use crate::load::config::Lang;
use crate::load::content::Kind;
use crate::load::content::SourceId;

/// One output of the site: what the render stage makes as a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Job {
    /// The static files: the stylesheet, the theme's and the site's files.
    Assets,
    /// A content item in a language, with a translated page's two-language print version (it
    /// shows the page's text block by block), its bundle's files and an event's calendar.
    Item {
        /// The item.
        item: ItemId,
        /// The language.
        lang: Lang,
    },
    /// A page of a decision path: a question or a result.
    PathPage {
        /// The path, by position.
        path: usize,
        /// The question or result.
        node: crate::link::paths::Node,
        /// The language.
        lang: Lang,
    },
    /// The two-language print version of a decision path's result.
    PathPrint {
        /// The path, by position.
        path: usize,
        /// The result, by position.
        result: usize,
        /// The language of the translation.
        lang: Lang,
    },
    /// A partner's page and vCard.
    Partner {
        /// The partner.
        partner: usize,
        /// The language.
        lang: Lang,
    },
    /// A topic's page.
    Topic {
        /// The topic.
        topic: usize,
        /// The language.
        lang: Lang,
    },
    /// The list of topics of a language.
    Topics {
        /// The language.
        lang: Lang,
    },
    /// A city's page.
    City {
        /// The city.
        city: usize,
        /// The language.
        lang: Lang,
    },
    /// The partner finder's data of a language.
    FinderData {
        /// The language.
        lang: Lang,
    },
    /// `/partners.json`.
    AllPartners,
    /// The 404 page of a language.
    NotFound {
        /// The language.
        lang: Lang,
    },
    /// The page a reader sees offline where a page was not kept (with `offline = true`).
    OfflineNotice {
        /// The language.
        lang: Lang,
    },
    /// The search page of a language.
    SearchPage {
        /// The language.
        lang: Lang,
    },
    /// The Atom feed and events calendar of a language.
    Feeds {
        /// The language.
        lang: Lang,
    },
    /// The editors' translation status page.
    Status,
    /// The language choice at `/`.
    LanguageChoice,
    /// `/404.html`, in every language.
    RootNotFound,
    /// `sitemap.xml` and `robots.txt`.
    Sitemap,
}

/// The URL folder of the offline notice of a language, below the base URL.
pub fn offline_notice_url(code: &str) -> String {
    format!("{code}/offline/")
}

/// The list of what to keep for reading a section offline, below the base URL.
pub fn offline_list_url(section_url: &str) -> String {
    format!("{section_url}offline.json")
}

/// The URL folder of a page's print version, below the base URL.
pub fn print_url(page_url: &str) -> String {
    format!("{page_url}print/")
}

/// Whether `item` in `lang` has a print version: a page translated into `lang` (not a variant
/// of German, whose readers need no German beside it) whose original exists in the default
/// language.
pub fn has_print(site: &Site, item: ItemId, lang: Lang) -> bool {
    let it = &site.linked.items[item];
    it.kind == Kind::Page
        && !lang.is_default()
        && site.config.languages[lang].variant_of.is_none()
        && it.versions[lang].is_some()
        && it.versions[Lang::DEFAULT].is_some()
}

/// Every output of the site, in a fixed order.
pub fn all(site: &Site) -> Vec<Job> {
    let langs = || site.config.languages.keys();
    let items = || site.linked.items.keys();
    let directory = &site.directory;
    let mut jobs = vec![Job::Assets];
    jobs.extend(items().flat_map(|item| langs().map(move |lang| Job::Item { item, lang })));
    for (index, path) in site.paths.paths.iter().enumerate() {
        for lang in langs() {
            jobs.extend(path.nodes().map(|node| Job::PathPage {
                path: index,
                node,
                lang,
            }));
            if path.has_print(&site.config, lang) {
                jobs.extend((0..path.path.results.len()).map(|result| Job::PathPrint {
                    path: index,
                    result,
                    lang,
                }));
            }
        }
    }
    for lang in langs() {
        jobs.extend((0..directory.partners.len()).map(|partner| Job::Partner { partner, lang }));
        jobs.extend((0..site.config.topics.len()).map(|topic| Job::Topic { topic, lang }));
        if !site.config.topics.is_empty() {
            jobs.push(Job::Topics { lang });
        }
        jobs.extend((0..directory.cities.len()).map(|city| Job::City { city, lang }));
        if directory.section.is_some() {
            jobs.push(Job::FinderData { lang });
        }
        jobs.push(Job::NotFound { lang });
        if site.config.search {
            jobs.push(Job::SearchPage { lang });
        }
        if site.config.offline {
            jobs.push(Job::OfflineNotice { lang });
        }
        jobs.push(Job::Feeds { lang });
    }
    if directory.section.is_some() {
        jobs.push(Job::AllPartners);
    }
    jobs.extend([
        Job::Status,
        Job::LanguageChoice,
        Job::RootNotFound,
        Job::Sitemap,
    ]);
    jobs
}

/// The outputs that embed the body (the Markdown text) of source `source`: the pages that
/// show it, the translations whose print versions set it beside their own text, and — for an
/// original — the status page, which compares its translations with it. Its front matter (title, slug, topics …) reaches far
/// more outputs (menus, lists, links); after a change there, render everything.
pub fn embedding_body(site: &Site, source: SourceId) -> Vec<Job> {
    let Some(item) = site
        .linked
        .item_of(&site.content.sources[source].content_path)
    else {
        return Vec::new();
    };
    let it = &site.linked.items[item];
    let langs = site.config.languages.keys();
    let mut jobs: Vec<Job> = langs
        .filter(|&lang| {
            it.shown[lang] == source
                || (it.versions[Lang::DEFAULT] == Some(source) && has_print(site, item, lang))
        })
        .map(|lang| Job::Item { item, lang })
        .collect();
    if it.original == source {
        jobs.push(Job::Status);
    }
    jobs
}
