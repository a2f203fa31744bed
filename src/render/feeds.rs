//! Files for machines, made from the theme's templates (`sitemap.xml`, `atom.xml`,
//! `robots.txt`, overridable like any template): the sitemap with `xhtml:link` alternates
//! (only real translations: fallback pages are not advertised), each language's Atom feed of
//! news and events (RFC 4287), and robots.txt.

use crate::diagnostic::Diagnostic;
use crate::link::items::ItemId;
use crate::load::config::Lang;
use crate::output::File;
use crate::render::frame::Alternate;
use crate::render::inputs::Inputs;
use serde::Serialize;

/// One `<url>` of the sitemap.
#[derive(Debug, Serialize)]
pub struct SitemapUrl {
    /// Absolute URL.
    pub loc: String,
    /// `last_reviewed` of the page, if any.
    pub lastmod: Option<String>,
    /// The page in every language it is written in (itself included).
    pub alternates: Vec<Alternate>,
}

/// The sitemap's context (`sitemap.xml`).
#[derive(Debug, Serialize)]
pub struct SitemapContext {
    /// Every page.
    pub urls: Vec<SitemapUrl>,
}

/// One entry of a feed.
#[derive(Debug, Serialize)]
pub struct FeedEntry {
    /// Title.
    pub title: String,
    /// Absolute URL.
    pub url: String,
    /// Date as `YYYY-MM-DDT00:00:00Z`.
    pub updated: String,
    /// Description, if any.
    pub summary: Option<String>,
}

/// A feed's context (`atom.xml`).
#[derive(Debug, Serialize)]
pub struct FeedContext<'a> {
    /// Language code.
    pub lang: &'a str,
    /// Site title in the language.
    pub title: &'a str,
    /// Absolute URL of the language's home page.
    pub home: String,
    /// Absolute URL of the feed.
    pub self_url: String,
    /// Date of the newest entry (or of the build).
    pub updated: String,
    /// News and events, newest first.
    pub entries: Vec<FeedEntry>,
}

/// `robots.txt`'s context.
#[derive(Debug, Serialize)]
pub struct RobotsContext {
    /// Absolute URL of the sitemap.
    pub sitemap_url: String,
}

/// `sitemap.xml` and `robots.txt`.
pub fn sitemap(inputs: &Inputs) -> Result<Vec<File>, Diagnostic> {
    let config = inputs.config;
    let mut urls = Vec::new();
    for item in &inputs.linked.items {
        let alternates = crate::render::frame::item_alternates(config, item);
        for (lang, _) in config
            .languages
            .iter_enumerated()
            .filter(|(j, l)| item.versions[*j].is_some() && l.advertised())
        {
            urls.push(SitemapUrl {
                loc: config.absolute(&item.urls[lang]),
                lastmod: inputs.sources[item.shown[lang]]
                    .doc
                    .meta
                    .last_reviewed
                    .map(|d| d.to_string()),
                alternates: alternates
                    .iter()
                    .map(|a| Alternate {
                        hreflang: a.hreflang.clone(),
                        href: a.href.clone(),
                    })
                    .collect(),
            });
        }
    }
    for (_, pages) in inputs.directory.pages(config, inputs.linked) {
        let advertised = config
            .languages
            .iter()
            .zip(&pages)
            .filter(|(l, _)| l.advertised());
        for (_, url) in advertised {
            urls.push(SitemapUrl {
                loc: config.absolute(url),
                lastmod: None,
                alternates: crate::render::frame::alternates(config, &pages),
            });
        }
    }
    for linked in &inputs.site.paths.paths {
        for node in linked.nodes() {
            let pages = linked.urls(config, node);
            let alternates = crate::render::paths::alternates(config, linked, &pages);
            let lastmod = match node {
                crate::link::paths::Node::Result(r) => {
                    Some(linked.path.results[r].last_reviewed.to_string())
                }
                crate::link::paths::Node::Question(_) => None,
            };
            for (lang, language) in config.languages.iter_enumerated() {
                if language.advertised() && linked.translated(config, lang) {
                    urls.push(SitemapUrl {
                        loc: config.absolute(&pages[lang]),
                        lastmod: lastmod.clone(),
                        alternates: alternates.clone(),
                    });
                }
            }
        }
    }
    let sitemap = inputs.text_file(
        "sitemap.xml",
        &SitemapContext { urls },
        "sitemap.xml".into(),
    )?;
    let robots = inputs.text_file(
        "robots.txt",
        &RobotsContext {
            sitemap_url: config.absolute("sitemap.xml"),
        },
        "robots.txt".into(),
    )?;
    Ok(vec![sitemap, robots])
}

/// The Atom feed of language `lang`: its news (by `date`) and events (by `start`), newest
/// first, only pages really written in that language; and its calendar of all events.
pub fn feeds(inputs: &Inputs, lang: Lang) -> Result<Vec<File>, Diagnostic> {
    let config = inputs.config;
    let (sources, linked) = (inputs.sources, inputs.linked);
    let language = &config.languages[lang];
    let mut dated: Vec<(String, ItemId)> = Vec::new();
    if let Some(news) = linked.item_of(&format!("{}/_index.md", config.news_section)) {
        for &item in &linked.items[news].pages {
            if let Some(version) = linked.items[item].versions[lang]
                && let Some(date) = sources[version].doc.meta.date
            {
                dated.push((format!("{date}T00:00:00Z"), item));
            }
        }
    }
    for event in inputs.events {
        if linked.items[event.item].versions[lang].is_some() {
            dated.push((format!("{}T00:00:00Z", event.start.date()), event.item));
        }
    }
    dated.sort_by(|a, b| b.cmp(a));
    let entries: Vec<FeedEntry> = dated
        .into_iter()
        .map(|(updated, item)| {
            let it = &linked.items[item];
            let meta = &sources[it.shown[lang]].doc.meta;
            FeedEntry {
                title: meta.title.clone(),
                url: config.absolute(&it.urls[lang]),
                updated,
                summary: meta.description.clone(),
            }
        })
        .collect();
    let context = FeedContext {
        lang: &language.code,
        title: &language.title,
        home: config.absolute(&linked.items[linked.home].urls[lang]),
        self_url: config.absolute(&format!("{}/atom.xml", language.code)),
        updated: entries.first().map_or_else(
            || format!("{}T00:00:00Z", inputs.today),
            |e| e.updated.clone(),
        ),
        entries,
    };
    let mut files =
        vec![inputs.text_file("atom.xml", &context, format!("{}/atom.xml", language.code))?];
    if !inputs.events.is_empty() {
        let all: Vec<&crate::link::events::Event> = inputs.events.iter().collect();
        files.push(File::new(
            format!("{}/events.ics", language.code),
            crate::render::calendar::ics(inputs, &all, lang),
        ));
    }
    Ok(files)
}
