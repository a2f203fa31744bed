//! The shapes templates see. One context struct for every template, built from the linked
//! site for one item in one language; fields a template does not need stay empty.

use crate::load::content::{Kind, Source};
use crate::render::Inputs;
use crate::render::directory::{DirectoryView, Listing, PartnerEntry, PartnerView};
use crate::render::markdown::{Heading, Rendered};
use serde::Serialize;

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

/// An entry of the language switcher: the current item in another language.
#[derive(Debug, Serialize)]
pub struct LanguageLink {
    /// Language code (`hreflang`, `lang`).
    pub code: String,
    /// The language's name in itself.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// URL path of this item in that language.
    pub url: String,
    /// Whether this is the page's own language.
    pub current: bool,
    /// Whether the item is really translated into that language (not a fallback).
    pub translated: bool,
    /// On the language choice page: "Choose your language" in that language.
    pub prompt: String,
}

/// A `<link rel="alternate" hreflang>`.
#[derive(Debug, Serialize)]
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

/// The context of every template.
#[derive(Debug, Serialize)]
pub struct PageContext<'a> {
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
    /// The page itself (absent on the 404 and language choice pages).
    pub page: Option<PageView<'a>>,
    /// A section's subsections in order.
    pub subsections: Vec<ListEntry>,
    /// A section's pages in order.
    pub pages: Vec<ListEntry>,
    /// Partners for the page's topics ("who can help").
    pub helpers: Vec<PartnerEntry>,
    /// On the directory's index page: partners grouped by kind, and the finder's data.
    pub directory: Option<DirectoryView>,
    /// On a partner's page: the partner.
    pub partner: Option<PartnerView>,
    /// On a topic or city page: what is listed there.
    pub listing: Option<Listing>,
    /// Scripts the page loads (URL paths); the finder is the only one.
    pub scripts: Vec<String>,
    /// On the editors' status page: the translation status.
    pub status: Option<StatusView>,
    /// A long page's second-level headings, for an "on this page" list (empty when short).
    pub toc: Vec<Heading>,
    /// The previous page of the same section, in its order.
    pub previous: Option<Link>,
    /// The next page of the same section.
    pub next: Option<Link>,
    /// URL path of the language's Atom feed of news and events.
    pub feed_url: String,
    /// On an event's page: when and where.
    pub event: Option<EventView>,
    /// On the events section: events to come, soonest first.
    pub upcoming: Vec<EventView>,
    /// On the events section: past events, latest first.
    pub past: Vec<EventView>,
    /// On the events section: URL path of the calendar of all events.
    pub calendar_url: Option<String>,
    /// On a translated page: URL path of its two-language print version.
    pub print_url: Option<String>,
    /// On a two-language print version: the texts block by block.
    pub bilingual: Option<BilingualView>,
    /// URL path of the language's search page, when the site has search.
    pub search_url: Option<String>,
    /// On the search page: the index to load and the topics to browse without JavaScript.
    pub search: Option<SearchView>,
}

/// The search page's data.
#[derive(Debug, Serialize)]
pub struct SearchView {
    /// URL path of pagefind's search library.
    pub pagefind_url: String,
    /// Topic pages, the way in without JavaScript.
    pub topics: Vec<Link>,
    /// Result counts 0..=limit as sentences in the UI language (for the live region).
    pub counts: Vec<String>,
}

/// At most this many search results are shown.
pub const SEARCH_RESULTS: usize = 30;

/// A translation beside the default-language text, block by block, for printing.
#[derive(Debug, Serialize)]
pub struct BilingualView {
    /// Title in the reader's language.
    pub title: String,
    /// Title in the default language.
    pub original_title: String,
    /// The default language's code, name and direction.
    pub original_lang: String,
    /// The default language's own name.
    pub original_name: String,
    /// The default language's direction.
    pub original_dir: &'static str,
    /// The reader's language's own name.
    pub name: String,
    /// Pairs of HTML blocks: translation, original (either may be empty).
    pub rows: Vec<(String, String)>,
    /// URL path of the page.
    pub page_url: String,
}

/// An event as pages show it.
#[derive(Debug, Serialize)]
pub struct EventView {
    /// Title.
    pub title: String,
    /// URL path of its page.
    pub url: String,
    /// Language of title and location.
    pub lang: String,
    /// Date and time in the UI language, e.g. `3. Dezember 2026, 14:00–16:00`.
    pub when: String,
    /// Start as `YYYY-MM-DDTHH:MM:SS` (or a date) for `<time datetime>`.
    pub start: String,
    /// Where.
    pub location: Option<String>,
    /// Online address.
    pub online_url: Option<String>,
    /// URL path of the event's `.ics` file.
    pub calendar_url: String,
}

/// Pages with at least this many second-level headings get a table of contents.
const TOC_FROM: usize = 3;

/// The translation status as the status page shows it.
#[derive(Debug, Serialize)]
pub struct StatusView {
    /// The build date in the UI language.
    pub date: String,
    /// Per language, with URLs as root-relative paths.
    pub languages: Vec<crate::link::translations::LanguageStatus>,
}

/// Context for `item` in language `lang`, with its rendered body.
pub fn page<'a>(inputs: &'a Inputs, item: usize, lang: usize, body: Rendered) -> PageContext<'a> {
    let config = inputs.config;
    let linked = inputs.linked;
    let it = &linked.items[item];
    let source = &inputs.sources[it.shown[lang]];
    let ui = &config.languages[lang];
    let text_lang = config.language(&source.lang).unwrap_or(ui);
    let meta = &source.doc.meta;
    let mut context = base(inputs, lang, &Place::of_item(inputs, item));
    let text_index = config.language_index(&source.lang).unwrap_or(lang);
    context.canonical = Some(config.absolute(&linked.items[item].urls[text_index]));
    if !it.is_fallback(lang) {
        context.alternates = config
            .languages
            .iter()
            .enumerate()
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
    context.breadcrumbs = ancestors
        .iter()
        .rev()
        .map(|&p| Link {
            title: inputs.sources[linked.items[p].shown[lang]]
                .doc
                .meta
                .title
                .clone(),
            url: config.url_path(&linked.items[p].urls[lang]),
            current: true,
        })
        .collect();
    if source.kind == Kind::Page {
        let link = |i: usize| Link {
            title: title(inputs.sources, &linked.items[i].shown, lang),
            url: config.url_path(&linked.items[i].urls[lang]),
            current: false,
        };
        let (previous, next) = linked.neighbours(item, lang);
        context.previous = previous.map(link);
        context.next = next.map(link);
    }
    if source.kind == Kind::Section {
        let (sections, pages) = linked.children(item, lang);
        let entries = |list: &[usize]| list.iter().map(|&i| entry(inputs, i, lang)).collect();
        context.subsections = entries(sections);
        context.pages = entries(pages);
    }
    let topics: Vec<&str> = it.topics(lang, inputs.sources).collect();
    context.helpers = crate::render::directory::helpers(inputs, &topics, lang);
    if Some(item) == inputs.directory.section {
        context.directory = Some(crate::render::directory::directory_view(inputs, lang));
        context
            .scripts
            .push(config.url_path(crate::render::directory::FINDER_SCRIPT));
    }
    let date = |d: Option<crate::load::front_matter::Date>| {
        d.map(|d| {
            inputs
                .strings
                .format_date(&ui.code, d)
                .unwrap_or_else(|_| d.to_string())
        })
    };
    if lang != 0
        && it.versions[lang].is_some()
        && it.versions[0].is_some()
        && source.kind == Kind::Page
    {
        context.print_url = Some(config.url_path(&format!("{}print/", it.urls[lang])));
    }
    if let Some(event) = crate::render::calendar::event_of(inputs.events, item) {
        context.event = Some(event_view(inputs, event, lang));
    }
    if linked.item_of(&format!("{}/_index.md", config.events_section)) == Some(item) {
        let (past, upcoming): (Vec<_>, Vec<_>) = inputs
            .events
            .iter()
            .partition(|e| crate::render::calendar::is_past(e, inputs.today));
        context.upcoming = upcoming
            .into_iter()
            .map(|e| event_view(inputs, e, lang))
            .collect();
        context.past = past
            .into_iter()
            .rev()
            .map(|e| event_view(inputs, e, lang))
            .collect();
        context.calendar_url = Some(config.url_path(&format!("{}/events.ics", ui.code)));
    }
    let second_level: Vec<Heading> = body
        .headings
        .iter()
        .filter(|h| h.level == 2)
        .cloned()
        .collect();
    if second_level.len() >= TOC_FROM {
        context.toc = second_level;
    }
    context.page = Some(PageView {
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
        date: date(meta.date),
        date_iso: meta.date.map(|d| d.to_string()),
        last_reviewed: date(meta.last_reviewed),
        last_reviewed_iso: meta.last_reviewed.map(|d| d.to_string()),
        sources: &meta.sources,
        topics: it
            .topics(lang, inputs.sources)
            .filter_map(|id| config.topic(id))
            .map(|t| TopicView {
                id: t.id.clone(),
                name: t
                    .name(&ui.code, &config.default_language().code)
                    .to_string(),
                url: config.url_path(&crate::render::directory::topic_url(config, t, lang)),
            })
            .collect(),
        headings: body.headings,
        extra: &meta.extra,
    });
    context
}

/// Context for the editors' status page, in the default language.
pub fn status<'a>(inputs: &'a Inputs) -> PageContext<'a> {
    let config = inputs.config;
    let mut context = not_found(inputs, 0);
    let mut languages =
        crate::link::translations::status(config, inputs.sources, inputs.linked, inputs.today);
    for language in &mut languages {
        for entry in language
            .missing
            .iter_mut()
            .chain(&mut language.outdated)
            .chain(&mut language.review_due)
        {
            entry.url = config.url_path(&entry.url);
        }
    }
    context.status = Some(StatusView {
        date: inputs
            .strings
            .format_date(&config.default_language().code, inputs.today)
            .unwrap_or_else(|_| inputs.today.to_string()),
        languages,
    });
    context
}

/// Context for the two-language print version of `item` in `lang`: `rows` pairs the
/// translation's blocks with the default language's.
pub fn bilingual<'a>(
    inputs: &'a Inputs,
    item: usize,
    lang: usize,
    rows: Vec<(String, String)>,
) -> PageContext<'a> {
    let config = inputs.config;
    let it = &inputs.linked.items[item];
    let place = Place::of_item(inputs, item);
    let mut context = base(inputs, lang, &place);
    let original = config.default_language();
    let title = |l: usize| {
        it.versions[l]
            .map(|s| inputs.sources[s].doc.meta.title.clone())
            .unwrap_or_default()
    };
    context.canonical = Some(config.absolute(&it.urls[lang]));
    context.bilingual = Some(BilingualView {
        title: title(lang),
        original_title: title(0),
        original_lang: original.code.clone(),
        original_name: original.name.clone(),
        original_dir: original.dir.as_str(),
        name: config.languages[lang].name.clone(),
        rows,
        page_url: config.url_path(&it.urls[lang]),
    });
    context
}

/// Context for the 404 page of language `lang`.
pub fn not_found<'a>(inputs: &'a Inputs, lang: usize) -> PageContext<'a> {
    let home = &inputs.linked.items[inputs.linked.home];
    base(inputs, lang, &Place::everywhere(&home.urls, None))
}

/// Context for `/index.html`: every language with its home URL and its own prompt.
pub fn language_choice<'a>(inputs: &'a Inputs) -> PageContext<'a> {
    let config = inputs.config;
    let mut context = base(inputs, 0, &Place::of_item(inputs, inputs.linked.home));
    context.menu.clear();
    for link in &mut context.languages {
        link.current = false;
        link.prompt = inputs
            .strings
            .format(&link.code, "choose-language", None)
            .unwrap_or_default();
    }
    context.canonical = Some(config.base_url.clone());
    context.alternates = context
        .languages
        .iter()
        .map(|l| Alternate {
            hreflang: l.code.clone(),
            href: config.absolute(&l.url[config.url_path("").len()..]),
        })
        .chain(std::iter::once(Alternate {
            hreflang: "x-default".to_string(),
            href: config.base_url.clone(),
        }))
        .collect();
    context
}

/// What every page has: languages, menu, stylesheet. `item` is the page the language
/// switcher links to in each language (the home page when `None`).
/// Where a page sits: its URL in every language (for the language switcher), whether each is a
/// real translation, and the content item it is or lies below (for the menu).
pub struct Place<'p> {
    /// URL path below the base URL, per language.
    pub urls: &'p [String],
    /// Per language: whether the page exists in that language's own words.
    pub translated: Vec<bool>,
    /// The content item the page is, or belongs to.
    pub item: Option<usize>,
}

impl<'p> Place<'p> {
    /// The place of a generated page (search, partner, topic …) that exists in every language.
    pub fn everywhere(urls: &'p [String], item: Option<usize>) -> Place<'p> {
        Place {
            urls,
            translated: vec![true; urls.len()],
            item,
        }
    }

    /// The place of a content item.
    pub fn of_item(inputs: &'p Inputs, item: usize) -> Place<'p> {
        let it = &inputs.linked.items[item];
        Place {
            urls: &it.urls,
            translated: it.versions.iter().map(Option::is_some).collect(),
            item: Some(item),
        }
    }
}

/// What every page has: languages, menu, stylesheet.
pub fn base<'a>(inputs: &'a Inputs, lang: usize, place: &Place) -> PageContext<'a> {
    let config = inputs.config;
    let linked = inputs.linked;
    let ui = &config.languages[lang];
    let item = place.item;
    let languages = config
        .languages
        .iter()
        .enumerate()
        .map(|(j, l)| LanguageLink {
            code: l.code.clone(),
            name: l.name.clone(),
            dir: l.dir.as_str(),
            url: config.url_path(&place.urls[j]),
            current: j == lang,
            translated: place.translated[j],
            prompt: String::new(),
        })
        .collect();
    let menu_items: Vec<usize> = if config.menu.is_empty() {
        linked.children(linked.home, lang).0.to_vec()
    } else {
        config
            .menu
            .iter()
            .filter_map(|(dir, _)| linked.item_of(&format!("{dir}/_index.md")))
            .collect()
    };
    let menu = menu_items
        .into_iter()
        .map(|i| Link {
            title: title(inputs.sources, &linked.items[i].shown, lang),
            url: config.url_path(&linked.items[i].urls[lang]),
            current: item.is_some_and(|it| is_within(linked, it, i)),
        })
        .collect();
    let footer = config
        .footer
        .iter()
        .filter_map(|(path, _)| linked.item_of(path))
        .map(|i| Link {
            title: title(inputs.sources, &linked.items[i].shown, lang),
            url: config.url_path(&linked.items[i].urls[lang]),
            current: item == Some(i),
        })
        .collect();
    PageContext {
        lang: &ui.code,
        dir: ui.dir.as_str(),
        site_title: &ui.title,
        site_description: ui.description.as_deref(),
        home_url: config.url_path(&linked.items[linked.home].urls[lang]),
        stylesheet: config.url_path(&inputs.stylesheet),
        canonical: None,
        alternates: Vec::new(),
        languages,
        menu,
        breadcrumbs: Vec::new(),
        footer,
        page: None,
        subsections: Vec::new(),
        pages: Vec::new(),
        helpers: Vec::new(),
        directory: None,
        partner: None,
        listing: None,
        scripts: Vec::new(),
        status: None,
        toc: Vec::new(),
        previous: None,
        next: None,
        feed_url: config.url_path(&format!("{}/atom.xml", ui.code)),
        event: None,
        upcoming: Vec::new(),
        past: Vec::new(),
        calendar_url: None,
        print_url: None,
        bilingual: None,
        search_url: config
            .search
            .then(|| config.url_path(&format!("{}/search/", ui.code))),
        search: None,
    }
}

/// hreflang alternates of a page that exists at `urls` in every language.
pub fn alternates(config: &crate::load::config::Config, urls: &[String]) -> Vec<Alternate> {
    config
        .languages
        .iter()
        .zip(urls)
        .map(|(l, url)| Alternate {
            hreflang: l.code.clone(),
            href: config.absolute(url),
        })
        .collect()
}

/// A link to `topic`'s page in `lang`, named in that language.
pub fn topic_link(
    config: &crate::load::config::Config,
    topic: &crate::load::config::Topic,
    lang: usize,
) -> Link {
    Link {
        title: topic
            .name(
                &config.languages[lang].code,
                &config.default_language().code,
            )
            .to_string(),
        url: config.url_path(&crate::render::directory::topic_url(config, topic, lang)),
        current: false,
    }
}

/// Context for the search page of language `lang`.
pub fn search<'a>(inputs: &'a Inputs, lang: usize, urls: &[String]) -> PageContext<'a> {
    let config = inputs.config;
    let mut context = base(inputs, lang, &Place::everywhere(urls, None));
    let code = &config.languages[lang].code;
    context.canonical = Some(config.absolute(&urls[lang]));
    context.alternates = alternates(config, urls);
    context.scripts.push(config.url_path("assets/search.js"));
    context.search = Some(SearchView {
        pagefind_url: config.url_path(&format!("{}pagefind.js", crate::search::FOLDER)),
        topics: config
            .topics
            .iter()
            .map(|t| topic_link(config, t, lang))
            .collect(),
        counts: (0..=SEARCH_RESULTS)
            .map(|n| inputs.strings.count(code, "search-results", n))
            .collect(),
    });
    context
}

/// An event in language `lang`.
fn event_view(inputs: &Inputs, event: &crate::render::calendar::Event, lang: usize) -> EventView {
    let config = inputs.config;
    let it = &inputs.linked.items[event.item];
    let source = &inputs.sources[it.shown[lang]];
    let code = &config.languages[lang].code;
    let date = |dt: &toml::value::Datetime| {
        dt.date
            .map(|d| crate::load::front_matter::Date {
                year: d.year,
                month: d.month,
                day: d.day,
            })
            .map(|d| {
                inputs
                    .strings
                    .format_date(code, d)
                    .unwrap_or_else(|_| d.to_string())
            })
            .unwrap_or_default()
    };
    let time =
        |dt: &toml::value::Datetime| dt.time.map(|t| format!("{:02}:{:02}", t.hour, t.minute));
    let start = &event.start;
    let when = match (&event.end, time(start)) {
        (Some(end), Some(from)) if end.date == start.date => match time(end) {
            Some(to) => format!("{}, {from}–{to}", date(start)),
            None => format!("{}, {from}", date(start)),
        },
        (Some(end), from) => {
            let at = |d: String, t: Option<String>| t.map_or(d.clone(), |t| format!("{d}, {t}"));
            format!("{} – {}", at(date(start), from), at(date(end), time(end)))
        }
        (None, Some(from)) => format!("{}, {from}", date(start)),
        (None, None) => date(start),
    };
    EventView {
        title: source.doc.meta.title.clone(),
        url: config.url_path(&it.urls[lang]),
        lang: source.lang.clone(),
        when: when.replace(crate::load::strings::ISOLATION_MARKS, ""),
        start: start.to_string(),
        location: source.doc.meta.location.clone(),
        online_url: source.doc.meta.online_url.clone(),
        calendar_url: config.url_path(&format!("{}event.ics", it.urls[lang])),
    }
}

fn title(sources: &[Source], shown: &[usize], lang: usize) -> String {
    sources[shown[lang]].doc.meta.title.clone()
}

/// Whether `item` is `ancestor` or lies below it.
pub fn is_within(linked: &crate::link::items::Linked, item: usize, ancestor: usize) -> bool {
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
pub fn entry(inputs: &Inputs, item: usize, lang: usize) -> ListEntry {
    let it = &inputs.linked.items[item];
    let source = &inputs.sources[it.shown[lang]];
    ListEntry {
        title: source.doc.meta.title.clone(),
        description: source.doc.meta.description.clone(),
        url: inputs.config.url_path(&it.urls[lang]),
        lang: source.lang.clone(),
    }
}
