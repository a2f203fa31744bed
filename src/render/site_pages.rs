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
    /// The decision paths with their state per language.
    pub paths: Vec<crate::link::paths::PathStatus>,
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

/// The 404 page of `lang`.
pub fn not_found(inputs: &Inputs, lang: Lang) -> Result<File, Diagnostic> {
    let code = &inputs.config.languages[lang].code;
    let context = PlainContext {
        frame: home_frame(inputs, lang),
    };
    let mut page = inputs.page("404.html", &context, &format!("{code}/"), None)?;
    page.path = format!("{code}/404.html");
    Ok(page)
}

/// The page a reader sees offline in `lang` where a page was not kept for offline reading.
pub fn offline_notice(inputs: &Inputs, lang: Lang) -> Result<File, Diagnostic> {
    let urls: Urls = inputs
        .config
        .languages
        .iter()
        .map(|l| crate::link::outputs::offline_notice_url(&l.code))
        .collect();
    let context = PlainContext {
        frame: frame::generated(inputs, lang, &urls, None),
    };
    inputs.page("offline.html", &context, &urls[lang], None)
}

/// A language on the pages at the site's root, which speak every language at once.
#[derive(Debug, Serialize)]
pub struct Choice {
    /// Language code.
    pub code: String,
    /// The language's own name.
    pub name: String,
    /// Its direction.
    pub dir: &'static str,
    /// URL path of the home page in it.
    pub url: String,
    /// The site's title in it.
    pub title: String,
    /// What the site is, in it: the language's `description`, else its home page's.
    pub description: Option<String>,
    /// The page's message in it: "Choose your language", or on `/404.html` "Page not found".
    pub prompt: String,
    /// On `/404.html`: what happened, in it.
    pub text: Option<String>,
    /// On `/404.html`: the link text to the home page, in it.
    pub home: Option<String>,
}

/// The context of the pages at the root (`languages.html`, `404-root.html`).
#[derive(Debug, Serialize)]
pub struct RootContext<'a> {
    /// The frame (in the default language).
    #[serde(flatten)]
    pub frame: Frame<'a>,
    /// Every language with its words.
    pub choices: Vec<Choice>,
}

/// The frame and every language of a page at the root; `prompt` is the message key, `text`
/// and `home` the 404 page's further keys.
fn root<'a>(
    inputs: &Inputs<'a>,
    prompt: &str,
    more: Option<(&str, &str)>,
) -> Result<RootContext<'a>, Diagnostic> {
    let config = inputs.config;
    let mut frame = frame::frame(
        inputs,
        Lang::DEFAULT,
        &Place::of_item(inputs.linked, inputs.linked.home),
    );
    frame.menu.clear();
    frame.languages.clear();
    let home = &inputs.linked.items[inputs.linked.home];
    let mut choices = Vec::new();
    for (lang, language) in config.languages.iter_enumerated() {
        let code = &language.code;
        choices.push(Choice {
            code: code.clone(),
            name: language.name.clone(),
            dir: language.dir.as_str(),
            url: config.url_path(&home.urls[lang]),
            title: language.title.clone(),
            description: language.description.clone().or_else(|| {
                home.versions[lang]
                    .and_then(|source| inputs.sources[source].doc.meta.description.clone())
            }),
            prompt: inputs.text(code, prompt)?,
            text: more.map(|(text, _)| inputs.text(code, text)).transpose()?,
            home: more.map(|(_, home)| inputs.text(code, home)).transpose()?,
        });
    }
    Ok(RootContext { frame, choices })
}

/// `/404.html`, for addresses outside every language: the message in every language (variants
/// left out).
pub fn root_not_found(inputs: &Inputs) -> Result<File, Diagnostic> {
    let mut context = root(
        inputs,
        "not-found-title",
        Some(("not-found-text", "not-found-home")),
    )?;
    // A variant's message would repeat its base language's, a second landmark of the same name.
    let config = inputs.config;
    context
        .choices
        .retain(|c| config.language(&c.code).is_some_and(|l| l.advertised()));
    let mut page = inputs.page("404-root.html", &context, "", None)?;
    page.path = "404.html".to_string();
    Ok(page)
}

/// `/index.html`: every language with what the site is and "Choose your language" in it.
pub fn language_choice(inputs: &Inputs) -> Result<File, Diagnostic> {
    let config = inputs.config;
    let mut context = root(inputs, "choose-language", None)?;
    context.frame.canonical = Some(config.base_url.clone());
    context.frame.alternates = context
        .choices
        .iter()
        .filter(|c| config.language(&c.code).is_some_and(|l| l.advertised()))
        .map(|c| Alternate {
            hreflang: c.code.clone(),
            href: config.absolute(&c.url[config.url_path("").len()..]),
        })
        .chain(std::iter::once(Alternate {
            hreflang: "x-default".to_string(),
            href: config.base_url.clone(),
        }))
        .collect();
    inputs.page("languages.html", &context, "", None)
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
    let languages =
        crate::link::translations::status(config, inputs.sources, inputs.linked, inputs.today)?;
    let context = StatusContext {
        frame: home_frame(inputs, Lang::DEFAULT),
        status: StatusView {
            date: inputs.date(&config.default_language().code, inputs.today)?,
            languages,
            paths: inputs.site.paths.status(config, inputs.today),
        },
    };
    inputs.page("status.html", &context, "status/", None)
}
