//! The pages every site has beside its content: the language choice at `/`, a 404 page per
//! language, the search page per language, and the editors' translation status page.

use crate::diagnostic::Diagnostic;
use crate::link::directory::Urls;
use crate::link::translations::LanguageStatus;
use crate::load::config::Lang;
use crate::output::File;
use crate::render::frame::{self, Alternate, Frame, Link, Place};
use crate::render::inputs::Inputs;
use serde::Serialize;

/// At most this many search results are shown.
pub const SEARCH_RESULTS: usize = 30;

/// A page with nothing but the frame (`404.html`, `languages.html`).
#[derive(Debug, Serialize)]
pub struct PlainContext<'a> {
    /// The frame.
    #[serde(flatten)]
    pub frame: Frame<'a>,
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

/// The search page's context (`search.html`).
#[derive(Debug, Serialize)]
pub struct SearchContext<'a> {
    /// The frame.
    #[serde(flatten)]
    pub frame: Frame<'a>,
    /// The index to load and the topics to browse without JavaScript.
    pub search: SearchView,
}

/// The translation status as the status page shows it.
#[derive(Debug, Serialize)]
pub struct StatusView {
    /// The build date in the UI language.
    pub date: String,
    /// Per language, with URLs as root-relative paths.
    pub languages: Vec<LanguageStatus>,
}

/// The status page's context (`status.html`).
#[derive(Debug, Serialize)]
pub struct StatusContext<'a> {
    /// The frame.
    #[serde(flatten)]
    pub frame: Frame<'a>,
    /// The translation status.
    pub status: StatusView,
}

/// The frame of a page that belongs to no content item: the home page's place.
fn home_frame<'a>(inputs: &Inputs<'a>, lang: Lang) -> Frame<'a> {
    let home = &inputs.linked.items[inputs.linked.home];
    frame::frame(inputs, lang, &Place::everywhere(&home.urls, None))
}

/// The 404 page of `lang` (and `/404.html` for the default language).
pub fn not_found(inputs: &Inputs, lang: Lang) -> Result<Vec<File>, Diagnostic> {
    let code = &inputs.config.languages[lang].code;
    let context = PlainContext {
        frame: home_frame(inputs, lang),
    };
    let mut page = inputs.page("404.html", &context, &format!("{code}/"), None)?;
    page.path = format!("{code}/404.html");
    let mut files = vec![page.clone()];
    if lang.is_default() {
        page.path = "404.html".to_string();
        files.push(page);
    }
    Ok(files)
}

/// `/index.html`: every language with its home URL and its own prompt.
pub fn language_choice(inputs: &Inputs) -> Result<File, Diagnostic> {
    let config = inputs.config;
    let mut frame = frame::frame(
        inputs,
        Lang::DEFAULT,
        &Place::of_item(inputs.linked, inputs.linked.home),
    );
    frame.menu.clear();
    for link in &mut frame.languages {
        link.current = false;
        link.prompt = inputs.text(&link.code, "choose-language")?;
    }
    frame.canonical = Some(config.base_url.clone());
    frame.alternates = frame
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
    inputs.page("languages.html", &PlainContext { frame }, "", None)
}

/// The search page of `lang`.
pub fn search(inputs: &Inputs, lang: Lang) -> Result<File, Diagnostic> {
    let config = inputs.config;
    let urls: Urls = config
        .languages
        .iter()
        .map(|l| format!("{}/search/", l.code))
        .collect();
    let mut frame = frame::generated(inputs, lang, &urls, None);
    frame.scripts.push(config.url_path("assets/search.js"));
    let code = &config.languages[lang].code;
    let context = SearchContext {
        frame,
        search: SearchView {
            pagefind_url: config.url_path(&format!("{}pagefind.js", crate::search::FOLDER)),
            topics: config
                .topics
                .iter()
                .map(|t| frame::topic_link(config, t, lang))
                .collect(),
            counts: (0..=SEARCH_RESULTS)
                .map(|n| inputs.count(code, "search-results", n))
                .collect::<Result<_, _>>()?,
        },
    };
    inputs.page("search.html", &context, &urls[lang], None)
}

/// The editors' status page, in the default language.
pub fn status(inputs: &Inputs) -> Result<File, Diagnostic> {
    let config = inputs.config;
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
    let context = StatusContext {
        frame: home_frame(inputs, Lang::DEFAULT),
        status: StatusView {
            date: inputs.date(&config.default_language().code, inputs.today)?,
            languages,
        },
    };
    inputs.page("status.html", &context, "status/", None)
}
