//! Content items — pages and sections written in Markdown — rendered in one language: the
//! body, the context of its kind (page, section, the home page with its tasks and news, the
//! directory's section, the events section), the template, and the files beside the page
//! (bundle files, an event's calendar, alias pages).

use crate::diagnostic::Diagnostic;
use crate::link::items::ItemId;
use crate::link::outputs::has_print;
use crate::load::config::Lang;
use crate::load::content::{Kind, Source};
use crate::output::File;
use crate::render::article::{Article, article};
use crate::render::calendar::{self, EventView};
use crate::render::directory::{self, DirectoryView};
use crate::render::frame::{self, Link, ListEntry};
use crate::render::inputs::Inputs;
use crate::render::links;
use crate::render::markdown;
use crate::render::print;
use crate::render::terms::TermLinks;
use serde::Serialize;

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
    /// The decision paths the section lists (`section = "…"` in the path's file), by id.
    pub paths: Vec<ListEntry>,
    /// With `offline = true`, on the main menu's sections: URL path of the list of what to keep
    /// for reading the section offline.
    pub offline_url: Option<String>,
}

/// The home page (`index.html`): the sections as tasks under the title, then the news.
#[derive(Debug, Serialize)]
pub struct HomeContext<'a> {
    /// The section.
    #[serde(flatten)]
    pub section: SectionContext<'a>,
    /// The sections of the main navigation, in its order: what a reader came to do.
    pub tasks: Vec<ListEntry>,
    /// The latest news, newest first.
    pub news: Vec<NewsEntry>,
    /// URL path of the news section, if the site has one.
    pub news_url: Option<String>,
}

/// A news item in a list.
#[derive(Debug, Serialize)]
pub struct NewsEntry {
    /// Title, description, URL and language.
    #[serde(flatten)]
    pub entry: ListEntry,
    /// `date` in the UI language's date format.
    pub date: Option<String>,
    /// `date` as `YYYY-MM-DD`.
    pub date_iso: Option<String>,
}

/// How many news items the home page shows.
const HOME_NEWS: usize = 3;

/// The partner directory's section (`partners.html`).
#[derive(Debug, Serialize)]
pub struct DirectoryContext<'a> {
    /// The section.
    #[serde(flatten)]
    pub section: SectionContext<'a>,
    /// Partners grouped by kind, and the finder's data.
    pub directory: DirectoryView,
}

/// The glossary section (`glossary.html`).
#[derive(Debug, Serialize)]
pub struct GlossaryContext<'a> {
    /// The section.
    #[serde(flatten)]
    pub section: SectionContext<'a>,
    /// The entries, A–Z by their German terms.
    pub entries: Vec<crate::render::glossary::EntryView>,
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

/// The files of `item` in `lang`: its page, a translated page's print version, the files of its
/// bundle, and an event's calendar.
pub fn render(inputs: &Inputs, item: ItemId, lang: Lang) -> Result<Vec<File>, Vec<Diagnostic>> {
    let linked = inputs.linked;
    let it = &linked.items[item];
    let source = &inputs.sources[it.shown[lang]];
    let url = &it.urls[lang];
    let mut resolve = links::resolver(inputs.site, lang);
    let mut terms = term_links(inputs, item, lang, source);
    let text = source.doc.body.text().map_err(|d| vec![d])?;
    let style = markdown::Style::of(inputs.config);
    // A translated page's text, block by block, is also its print version's.
    let (body, print_blocks, errors) = if has_print(inputs.site, item, lang) {
        let (body, blocks, errors) =
            markdown::render_with_blocks(text, style, &mut resolve, terms.as_mut());
        (body, Some(blocks), errors)
    } else {
        let (body, errors) = markdown::render(text, style, &mut resolve, terms.as_mut());
        (body, None, errors)
    };
    if !it.is_fallback(lang) {
        inputs.seen.record(it.shown[lang], &body);
    }
    if !errors.is_empty() {
        // Report link errors once, for the language the file is written in.
        if it.is_fallback(lang) {
            return Err(Vec::new());
        }
        return Err(errors
            .into_iter()
            .map(|e| {
                let (line, col) = crate::diagnostic::line_col(text, e.offset);
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
            } else if item == inputs.linked.home {
                let home = home(inputs, lang, section).map_err(one)?;
                inputs.page(&template, &home, url, Some(source))
            } else if Some(item) == events_section(inputs) {
                inputs.page(
                    &template,
                    &events(inputs, lang, section).map_err(one)?,
                    url,
                    Some(source),
                )
            } else if Some(item) == inputs.site.glossary.section {
                let entries = crate::render::glossary::entries(inputs, lang);
                inputs.page(
                    &template,
                    &GlossaryContext { section, entries },
                    url,
                    Some(source),
                )
            } else {
                inputs.page(&template, &section, url, Some(source))
            }
        }
    };
    let mut files = vec![page.map_err(one)?];
    if let Some(blocks) = print_blocks {
        files.push(print::render(inputs, item, lang, blocks).map_err(one)?);
    }
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

/// The glossary links of `item`'s text in `lang`, unless the site has no glossary, the page
/// says `glossary = false`, or it is the glossary page itself.
fn term_links<'a>(
    inputs: &Inputs<'a>,
    item: ItemId,
    lang: Lang,
    source: &Source,
) -> Option<TermLinks<'a>> {
    let glossary = &inputs.site.glossary;
    let section = glossary.section?;
    if !source.doc.meta.glossary || section == item {
        return None;
    }
    let default = &inputs.config.default_language().code;
    let german = (&source.lang != default).then_some(default.as_str());
    Some(TermLinks::new(
        &glossary.entries,
        glossary.matcher(inputs.config.language_index(&source.lang).unwrap_or(lang))?,
        inputs
            .config
            .url_path(&inputs.linked.items[section].urls[lang]),
        german,
    ))
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
        (None, Kind::Section) if Some(item) == inputs.site.glossary.section => {
            "glossary.html".to_string()
        }
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
        .with_hint(
            crate::suggest::did_you_mean(&template, inputs.templates.names()).unwrap_or_else(
                || {
                    format!(
                        "create `themes/{}/templates/{template}` or remove `template`",
                        inputs.config.theme
                    )
                },
            ),
        ),
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

/// A page's context: neighbours, print version, event.
fn page<'a>(
    inputs: &Inputs<'a>,
    item: ItemId,
    lang: Lang,
    article: Article<'a>,
) -> Result<PageContext<'a>, Diagnostic> {
    let it = &inputs.linked.items[item];
    let (previous, next) = inputs.linked.neighbours(item, lang);
    Ok(PageContext {
        article,
        previous: previous.map(|i| frame::item_link(inputs, i, lang)),
        next: next.map(|i| frame::item_link(inputs, i, lang)),
        print_url: crate::link::outputs::has_print(inputs.site, item, lang).then(|| {
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
    let config = inputs.config;
    let offline_url =
        (config.offline && frame::menu_items(inputs, lang).contains(&item)).then(|| {
            config.url_path(&crate::link::outputs::offline_list_url(
                &inputs.linked.items[item].urls[lang],
            ))
        });
    SectionContext {
        article,
        subsections: entries(sections),
        pages: entries(pages),
        paths: crate::render::paths::listed(inputs, item, lang),
        offline_url,
    }
}

/// The home page's context: its sections and pages as tasks, and the latest news.
fn home<'a>(
    inputs: &Inputs<'a>,
    lang: Lang,
    section: SectionContext<'a>,
) -> Result<HomeContext<'a>, Diagnostic> {
    let linked = inputs.linked;
    let tasks = frame::menu_items(inputs, lang)
        .into_iter()
        .map(|i| frame::entry(inputs, i, lang))
        .collect();
    let news_section = linked.item_of(&format!("{}/_index.md", inputs.config.news_section));
    let code = &inputs.config.languages[lang].code;
    let mut news = Vec::new();
    for &item in news_section
        .map(|s| linked.children(s, lang).1)
        .unwrap_or_default()
        .iter()
        .take(HOME_NEWS)
    {
        let date = inputs.sources[linked.items[item].shown[lang]].doc.meta.date;
        news.push(NewsEntry {
            entry: frame::entry(inputs, item, lang),
            date: date.map(|d| inputs.date(code, d)).transpose()?,
            date_iso: date.map(|d| d.to_string()),
        });
    }
    Ok(HomeContext {
        section,
        tasks,
        news,
        news_url: news_section.map(|s| inputs.config.url_path(&linked.items[s].urls[lang])),
    })
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
