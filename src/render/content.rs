//! Content items — pages and sections written in Markdown — rendered in one language: the
//! body, the context of its kind (page, section, the directory's section, the events
//! section), the template, and the files beside the page (bundle files, an event's calendar).

use crate::diagnostic::Diagnostic;
use crate::link::items::ItemId;
use crate::load::config::Lang;
use crate::load::content::{Kind, Source};
use crate::load::dates::Date;
use crate::output::File;
use crate::render::calendar::{self, EventView};
use crate::render::directory::{self, DirectoryView, PartnerEntry};
use crate::render::frame::{self, Alternate, Frame, Link, ListEntry, Place};
use crate::render::inputs::Inputs;
use crate::render::markdown::{self, Heading};
use serde::Serialize;

/// Pages with at least this many second-level headings get a table of contents.
const TOC_FROM: usize = 3;

/// A topic with its name in the page's language.
#[derive(Debug, Serialize)]
pub struct TopicView {
    /// Vocabulary id.
    pub id: String,
    /// Name in the UI language.
    pub name: String,
    /// URL path of the topic's page.
    pub url: String,
}

/// The page or section being rendered.
#[derive(Debug, Serialize)]
pub struct PageView<'a> {
    /// `page` or `section`.
    pub kind: &'static str,
    /// Title.
    pub title: &'a str,
    /// Description.
    pub description: Option<&'a str>,
    /// The body as HTML (templates print it with `| safe`).
    pub content: String,
    /// Language of title and body: the UI language, or the original's on a fallback page.
    pub lang: &'a str,
    /// Direction of title and body.
    pub dir: &'static str,
    /// On a fallback page: the own name of the language the text is in.
    pub fallback: Option<&'a str>,
    /// `date` (of a news item) in the UI language's date format.
    pub date: Option<String>,
    /// `date` as `YYYY-MM-DD` for `<time datetime>`.
    pub date_iso: Option<String>,
    /// `last_reviewed` in the UI language's date format.
    pub last_reviewed: Option<String>,
    /// `last_reviewed` as `YYYY-MM-DD` for `<time datetime>`.
    pub last_reviewed_iso: Option<String>,
    /// Source URLs.
    pub sources: &'a [String],
    /// Topics with their names.
    pub topics: Vec<TopicView>,
    /// Headings, for a table of contents.
    pub headings: Vec<Heading>,
    /// Free theme data from `[extra]`.
    pub extra: &'a toml::Table,
}

/// What pages and sections share: the frame, the text and who can help.
#[derive(Debug, Serialize)]
pub struct Article<'a> {
    /// The frame.
    #[serde(flatten)]
    pub frame: Frame<'a>,
    /// The page itself.
    pub page: PageView<'a>,
    /// Partners for the page's topics ("who can help").
    pub helpers: Vec<PartnerEntry>,
    /// A long page's second-level headings, for an "on this page" list (empty when short).
    pub toc: Vec<Heading>,
}

/// A page's context (`page.html`, or the page's own `template`).
#[derive(Debug, Serialize)]
pub struct PageContext<'a> {
    /// Frame, text, helpers.
    #[serde(flatten)]
    pub article: Article<'a>,
    /// The previous page of the same section, in its order.
    pub previous: Option<Link>,
    /// The next page of the same section.
    pub next: Option<Link>,
    /// On a translated page: URL path of its two-language print version.
    pub print_url: Option<String>,
    /// On an event's page: when and where.
    pub event: Option<EventView>,
}

/// A section's context (`index.html` for the home page, `section.html`).
#[derive(Debug, Serialize)]
pub struct SectionContext<'a> {
    /// Frame, text, helpers.
    #[serde(flatten)]
    pub article: Article<'a>,
    /// Subsections in order.
    pub subsections: Vec<ListEntry>,
    /// Pages in order.
    pub pages: Vec<ListEntry>,
}

/// The partner directory's section (`partners.html`).
#[derive(Debug, Serialize)]
pub struct DirectoryContext<'a> {
    /// The section.
    #[serde(flatten)]
    pub section: SectionContext<'a>,
    /// Partners grouped by kind, and the finder's data.
    pub directory: DirectoryView,
}

/// The events section (`events.html`).
#[derive(Debug, Serialize)]
pub struct EventsContext<'a> {
    /// The section.
    #[serde(flatten)]
    pub section: SectionContext<'a>,
    /// Events to come, soonest first.
    pub upcoming: Vec<EventView>,
    /// Past events, latest first.
    pub past: Vec<EventView>,
    /// URL path of the calendar of all events.
    pub calendar_url: String,
}

/// The files of `item` in `lang`: its page, the files of its bundle, and an event's calendar.
pub fn render(inputs: &Inputs, item: ItemId, lang: Lang) -> Result<Vec<File>, Vec<Diagnostic>> {
    let linked = inputs.linked;
    let it = &linked.items[item];
    let source = &inputs.sources[it.shown[lang]];
    let url = &it.urls[lang];
    let mut resolve = |target: &str| {
        linked
            .resolve(target, lang)
            .map(|url| inputs.config.url_path(&url))
    };
    let (body, errors) =
        markdown::render(&source.doc.body, inputs.config.escape_html, &mut resolve);
    if !errors.is_empty() {
        // Report link errors once, for the language the file is written in.
        if it.is_fallback(lang) {
            return Err(Vec::new());
        }
        return Err(errors
            .into_iter()
            .map(|e| {
                let (line, col) = crate::diagnostic::line_col(&source.doc.body, e.offset);
                let line = source.body_line + line - 1;
                Diagnostic::error(&source.path, e.message)
                    .at(line, col)
                    .with_hint(e.hint)
            })
            .collect());
    }
    let template = template(inputs, item, source)?;
    let one = |e: Diagnostic| vec![e];
    let article = article(inputs, item, lang, body).map_err(one)?;
    let page = match source.kind {
        Kind::Page => inputs.page(
            &template,
            &page(inputs, item, lang, article).map_err(one)?,
            url,
            Some(source),
        ),
        Kind::Section => {
            let mut section = section(inputs, item, lang, article);
            if Some(item) == inputs.directory.section {
                let finder = inputs.config.url_path(directory::FINDER_SCRIPT);
                section.article.frame.scripts.push(finder);
                let directory = directory::directory_view(inputs, lang).map_err(one)?;
                inputs.page(
                    &template,
                    &DirectoryContext { section, directory },
                    url,
                    Some(source),
                )
            } else if Some(item) == events_section(inputs) {
                inputs.page(
                    &template,
                    &events(inputs, lang, section).map_err(one)?,
                    url,
                    Some(source),
                )
            } else {
                inputs.page(&template, &section, url, Some(source))
            }
        }
    };
    let mut files = vec![page.map_err(one)?];
    if let Some(folder) = &source.bundle_dir {
        files.extend(bundle_files(inputs, folder, url));
    }
    if !it.is_fallback(lang) {
        for (alias, _) in &source.doc.meta.aliases {
            files.push(redirect(inputs, alias, lang, url).map_err(one)?);
        }
    }
    if let Some(event) = crate::link::events::event_of(inputs.events, item) {
        files.push(File::new(
            format!("{url}event.ics"),
            calendar::ics(inputs, &[event], lang),
        ));
    }
    Ok(files)
}

/// What an alias page (`alias.html`) shows: the page's address.
#[derive(Debug, Serialize)]
pub struct AliasContext<'a> {
    /// The page's language.
    pub lang: &'a str,
    /// The absolute URL of the page the alias leads to.
    pub url: String,
}

/// The page at the old address `alias` that leads to the page at `url` in `lang`.
fn redirect(inputs: &Inputs, alias: &str, lang: Lang, url: &str) -> Result<File, Diagnostic> {
    let path = if alias.ends_with('/') {
        format!("{alias}index.html")
    } else {
        alias.to_string()
    };
    let context = AliasContext {
        lang: &inputs.config.languages[lang].code,
        url: inputs.config.absolute(url),
    };
    inputs.text_file("alias.html", &context, path)
}

/// The template of `item`: its own `template`, else the one for its kind.
fn template(inputs: &Inputs, item: ItemId, source: &Source) -> Result<String, Vec<Diagnostic>> {
    let template = match (&source.doc.meta.template, source.kind) {
        (Some((name, _)), _) => name.clone(),
        (None, Kind::Section) if item == inputs.linked.home => "index.html".to_string(),
        (None, Kind::Section) if Some(item) == inputs.directory.section => {
            "partners.html".to_string()
        }
        (None, Kind::Section) if Some(item) == events_section(inputs) => "events.html".to_string(),
        (None, Kind::Section) => "section.html".to_string(),
        (None, Kind::Page) => "page.html".to_string(),
    };
    if inputs.templates.contains(&template) {
        return Ok(template);
    }
    let (line, col) = source
        .doc
        .meta
        .template
        .as_ref()
        .map_or((0, 0), |(_, p)| *p);
    Err(vec![
        Diagnostic::error(
            &source.path,
            format!("the template `{template}` does not exist"),
        )
        .at(line, col)
        .with_hint(format!(
            "create `themes/{}/templates/{template}` or remove `template`",
            inputs.config.theme
        )),
    ])
}

fn events_section(inputs: &Inputs) -> Option<ItemId> {
    inputs
        .linked
        .item_of(&format!("{}/_index.md", inputs.config.events_section))
}

/// The files of the bundle in `folder` (below `content/`), copied beside the page at `url`.
fn bundle_files<'a>(
    inputs: &'a Inputs,
    folder: &'a str,
    url: &'a str,
) -> impl Iterator<Item = File> + 'a {
    inputs.site.content.assets.iter().filter_map(move |asset| {
        let (dir, file) = asset.rsplit_once('/')?;
        (dir == folder).then(|| {
            File::copy(
                format!("{url}{file}"),
                inputs
                    .site
                    .root
                    .join(crate::load::content::CONTENT_DIR)
                    .join(asset),
            )
        })
    })
}

/// Frame, text and helpers of `item` in `lang`, with its rendered body.
fn article<'a>(
    inputs: &Inputs<'a>,
    item: ItemId,
    lang: Lang,
    body: markdown::Rendered,
) -> Result<Article<'a>, Diagnostic> {
    let config = inputs.config;
    let linked = inputs.linked;
    let it = &linked.items[item];
    let source = &inputs.sources[it.shown[lang]];
    let ui = &config.languages[lang];
    let text_lang = config.language(&source.lang).unwrap_or(ui);
    let meta = &source.doc.meta;
    let mut frame = frame::frame(inputs, lang, &Place::of_item(linked, item));
    let text_index = config.language_index(&source.lang).unwrap_or(lang);
    frame.canonical = Some(config.absolute(&it.urls[text_index]));
    if !it.is_fallback(lang) {
        frame.alternates = config
            .languages
            .iter_enumerated()
            .filter(|(j, _)| it.versions[*j].is_some())
            .map(|(j, l)| Alternate {
                hreflang: l.code.clone(),
                href: config.absolute(&it.urls[j]),
            })
            .collect();
    }
    let mut ancestors = Vec::new();
    let mut parent = it.parent;
    while let Some(p) = parent {
        ancestors.push(p);
        parent = linked.items[p].parent;
    }
    frame.breadcrumbs = ancestors
        .iter()
        .rev()
        .map(|&p| Link {
            current: true,
            ..frame::item_link(inputs, p, lang)
        })
        .collect();
    let topics: Vec<&str> = it.topics(lang, inputs.sources).collect();
    let date = |d: Option<Date>| d.map(|d| inputs.date(&ui.code, d)).transpose();
    let toc: Vec<Heading> = body
        .headings
        .iter()
        .filter(|h| h.level == 2)
        .cloned()
        .collect();
    Ok(Article {
        frame,
        helpers: directory::helpers(inputs, &topics, lang)?,
        toc: if toc.len() >= TOC_FROM {
            toc
        } else {
            Vec::new()
        },
        page: PageView {
            kind: match source.kind {
                Kind::Section => "section",
                Kind::Page => "page",
            },
            title: &meta.title,
            description: meta.description.as_deref(),
            content: body.html,
            lang: &source.lang,
            dir: text_lang.dir.as_str(),
            fallback: it.is_fallback(lang).then_some(text_lang.name.as_str()),
            date: date(meta.date)?,
            date_iso: meta.date.map(|d| d.to_string()),
            last_reviewed: date(meta.last_reviewed)?,
            last_reviewed_iso: meta.last_reviewed.map(|d| d.to_string()),
            sources: &meta.sources,
            topics: topics
                .iter()
                .filter_map(|id| config.topic(id))
                .map(|t| {
                    let link = frame::topic_link(config, t, lang);
                    TopicView {
                        id: t.id.clone(),
                        name: link.title,
                        url: link.url,
                    }
                })
                .collect(),
            headings: body.headings,
            extra: &meta.extra,
        },
    })
}

/// A page's context: neighbours, print version, event.
fn page<'a>(
    inputs: &Inputs<'a>,
    item: ItemId,
    lang: Lang,
    article: Article<'a>,
) -> Result<PageContext<'a>, Diagnostic> {
    let it = &inputs.linked.items[item];
    let (previous, next) = inputs.linked.neighbours(item, lang);
    let translated =
        !lang.is_default() && it.versions[lang].is_some() && it.versions[Lang::DEFAULT].is_some();
    Ok(PageContext {
        article,
        previous: previous.map(|i| frame::item_link(inputs, i, lang)),
        next: next.map(|i| frame::item_link(inputs, i, lang)),
        print_url: translated.then(|| {
            inputs
                .config
                .url_path(&crate::link::outputs::print_url(&it.urls[lang]))
        }),
        event: crate::link::events::event_of(inputs.events, item)
            .map(|e| calendar::event_view(inputs, e, lang))
            .transpose()?,
    })
}

/// A section's context: its subsections and pages in order.
fn section<'a>(
    inputs: &Inputs<'a>,
    item: ItemId,
    lang: Lang,
    article: Article<'a>,
) -> SectionContext<'a> {
    let (sections, pages) = inputs.linked.children(item, lang);
    let entries = |list: &[ItemId]| {
        list.iter()
            .map(|&i| frame::entry(inputs, i, lang))
            .collect()
    };
    SectionContext {
        article,
        subsections: entries(sections),
        pages: entries(pages),
    }
}

/// The events section's context: upcoming and past events.
fn events<'a>(
    inputs: &Inputs<'a>,
    lang: Lang,
    section: SectionContext<'a>,
) -> Result<EventsContext<'a>, Diagnostic> {
    let (past, upcoming): (Vec<_>, Vec<_>) = inputs
        .events
        .iter()
        .partition(|e| crate::link::events::is_past(e, inputs.today));
    let views = |events: Vec<&crate::link::events::Event>| {
        events
            .into_iter()
            .map(|e| calendar::event_view(inputs, e, lang))
            .collect::<Result<Vec<_>, _>>()
    };
    Ok(EventsContext {
        section,
        upcoming: views(upcoming)?,
        past: views(past.into_iter().rev().collect())?,
        calendar_url: inputs.config.url_path(&format!(
            "{}/events.ics",
            inputs.config.languages[lang].code
        )),
    })
}
