//! The pages of a decision path in one language (`path.html`): a page per question — its
//! answers are links to the next page — and a page per result, each showing the answers that
//! led there, each linking back (a result's two-language print version is `path_print`'s).
//! No JavaScript needed. A text missing in the reader's language is shown in
//! the original's, marked with its language.

use crate::diagnostic::Diagnostic;
use crate::link::directory::Urls;
use crate::link::items::ItemId;
use crate::link::paths::{LinkedPath, Node};
use crate::load::config::Config;
use crate::load::config::Lang;
use crate::load::paths::Texts;
use crate::output::File;
use crate::render::directory::PartnerEntry;
use crate::render::frame::{self, Alternate, Frame, Link, ListEntry, Place};
use crate::render::glossary::EntryView;
use crate::render::inputs::Inputs;
use crate::render::terms::TermLinks;
use serde::Serialize;

/// A text with its language, for `lang` and `dir` where it differs from the page's.
#[derive(Debug, Serialize)]
pub struct Said {
    /// The text.
    pub text: String,
    /// Its language code.
    pub lang: String,
    /// Its direction.
    pub dir: &'static str,
}

/// A question answered on the way to this page.
#[derive(Debug, Serialize)]
pub struct StepView {
    /// The question.
    pub question: Said,
    /// The answer chosen.
    pub answer: Said,
    /// URL path of the question's page, to answer it again.
    pub url: String,
}

/// An answer: a link to the page it leads to.
#[derive(Debug, Serialize)]
pub struct AnswerView {
    /// The answer.
    pub text: Said,
    /// URL path of the next page.
    pub url: String,
}

/// A question's page.
#[derive(Debug, Serialize)]
pub struct QuestionView {
    /// The question.
    pub text: Said,
    /// What helps to answer it.
    pub help: Option<Said>,
    /// The answers, in order.
    pub answers: Vec<AnswerView>,
}

/// A result's page.
#[derive(Debug, Serialize)]
pub struct ResultView {
    /// The result's title.
    pub title: Said,
    /// Its text as HTML.
    pub content: String,
    /// The language of the text.
    pub content_lang: String,
    /// Its direction.
    pub content_dir: &'static str,
    /// Partners who help.
    pub partners: Vec<PartnerEntry>,
    /// Glossary entries for its terms.
    pub glossary: Vec<EntryView>,
    /// URL path of the glossary page, when the site has one.
    pub glossary_url: Option<String>,
    /// Where its facts come from.
    pub sources: Vec<String>,
    /// When its facts were last checked, in the UI language's format.
    pub last_reviewed: String,
    /// The same as `YYYY-MM-DD`.
    pub last_reviewed_iso: String,
    /// In a translation: URL path of the two-language print version.
    pub print_url: Option<String>,
}

/// What a path's page shows.
#[derive(Debug, Serialize)]
pub struct PathView {
    /// The path's title.
    pub title: Said,
    /// On the first question: what the path answers.
    pub description: Option<Said>,
    /// The answers that led here, first first.
    pub steps: Vec<StepView>,
    /// URL path of the first question, to start again (`None` on the first question).
    pub start_url: Option<String>,
    /// The question asked here.
    pub question: Option<QuestionView>,
    /// The result given here.
    pub result: Option<ResultView>,
    /// Where the path is not translated into the UI language: the name of the language shown.
    pub fallback: Option<String>,
    /// A translation not reviewed yet: URL path and language of the original's page.
    pub unreviewed: Option<Link>,
}

/// What the base template reads of every page: description, and the language of a fallback.
#[derive(Debug, Serialize)]
pub struct PageMeta {
    /// The path's description, for search engines.
    pub description: Option<String>,
    /// Whether the page shows another language's text (the path is not translated).
    pub fallback: bool,
    /// The language of the text shown.
    pub lang: String,
}

/// A path page's context (`path.html`).
#[derive(Debug, Serialize)]
pub struct PathContext<'a> {
    /// The frame.
    #[serde(flatten)]
    pub frame: Frame<'a>,
    /// The page.
    pub path: PathView,
    /// What the base template reads.
    pub page: PageMeta,
}

/// The best text for `lang` that `pick` finds, with its language.
pub(crate) fn said<'a>(
    inputs: &Inputs,
    texts: &[(&'a str, &'a Texts)],
    pick: impl Fn(&'a Texts) -> Option<&'a String>,
) -> Option<Said> {
    texts.iter().find_map(|(code, t)| {
        pick(t).map(|text| Said {
            text: text.clone(),
            lang: code.to_string(),
            dir: inputs
                .config
                .language(code)
                .map_or("ltr", |l| l.dir.as_str()),
        })
    })
}

/// The page of `node` of path `path` (by position) in `lang`.
pub fn page(inputs: &Inputs, path: usize, node: Node, lang: Lang) -> Result<File, Diagnostic> {
    let config = inputs.config;
    let linked = &inputs.site.paths.paths[path];
    let texts = linked.texts(config, lang);
    let p = &linked.path;
    let url = |n: Node| config.url_path(&linked.url(config, n, lang));
    let id = linked.id(node).to_string();
    let steps = crate::load::path_tree::route(p, &id)
        .into_iter()
        .filter_map(|(question, answer)| {
            let next = &question.answers[answer].id;
            Some(StepView {
                question: said(inputs, &texts, |t| {
                    t.questions.get(&question.id)?.text.as_ref()
                })?,
                answer: said(inputs, &texts, |t| {
                    t.questions.get(&question.id)?.answers.get(next)
                })?,
                url: url(linked.node(&question.id)?),
            })
        })
        .collect();
    let question = match node {
        Node::Question(q) => {
            let q = &p.questions[q];
            Some(QuestionView {
                text: said(inputs, &texts, |t| t.questions.get(&q.id)?.text.as_ref())
                    .ok_or_else(|| missing(linked, &q.id))?,
                help: said(inputs, &texts, |t| t.questions.get(&q.id)?.help.as_ref()),
                answers: q
                    .answers
                    .iter()
                    .filter_map(|a| {
                        Some(AnswerView {
                            text: said(inputs, &texts, |t| {
                                t.questions.get(&q.id)?.answers.get(&a.id)
                            })?,
                            url: url(linked.node(&a.id)?),
                        })
                    })
                    .collect(),
            })
        }
        Node::Result(_) => None,
    };
    let result = match node {
        Node::Result(r) => Some(result(inputs, linked, r, lang, &texts)?),
        Node::Question(_) => None,
    };
    let translated = linked.translated(config, lang);
    let title =
        said(inputs, &texts, |t| t.title.as_ref()).ok_or_else(|| missing(linked, "title"))?;
    let own = &config.languages[lang];
    let view = PathView {
        description: (id == p.start)
            .then(|| said(inputs, &texts, |t| t.description.as_ref()))
            .flatten(),
        title,
        steps,
        start_url: (id != p.start).then(|| url(linked.node(&p.start).unwrap_or(node))),
        question,
        result,
        fallback: (!translated && !lang.is_default()).then(|| {
            let shown = texts.first().map_or("", |(code, _)| *code);
            config
                .language(shown)
                .map_or_else(String::new, |l| l.name.clone())
        }),
        unreviewed: texts
            .first()
            .filter(|(code, t)| t.unreviewed && *code == own.code)
            .map(|_| Link {
                title: config.default_language().name.clone(),
                url: config.url_path(&linked.url(config, node, Lang::DEFAULT)),
                current: false,
            }),
    };
    let urls = linked.urls(config, node);
    let mut frame = frame::frame(inputs, lang, &place(inputs, linked, &urls));
    frame.breadcrumbs = breadcrumbs(inputs, linked, lang);
    let shown = if translated { lang } else { Lang::DEFAULT };
    frame.canonical = Some(config.absolute(&urls[shown]));
    if translated && own.advertised() {
        frame.alternates = alternates(config, linked, &urls);
    }
    let page = PageMeta {
        description: said(inputs, &texts, |t| t.description.as_ref()).map(|d| d.text),
        fallback: view.fallback.is_some(),
        lang: view.title.lang.clone(),
    };
    inputs.page(
        "path.html",
        &PathContext {
            frame,
            path: view,
            page,
        },
        &urls[lang],
        None,
    )
}

/// hreflang alternates of a path's page at `urls`: every advertised language the path is
/// translated into, the original's included.
pub fn alternates(config: &Config, linked: &LinkedPath, urls: &Urls) -> Vec<Alternate> {
    frame::alternates(config, urls)
        .into_iter()
        .filter(|a| linked.path.texts.contains_key(&a.hreflang))
        .collect()
}

/// The paths that section `item` lists, as entries of a list in `lang`.
pub fn listed(inputs: &Inputs, item: ItemId, lang: Lang) -> Vec<ListEntry> {
    let config = inputs.config;
    inputs
        .site
        .paths
        .paths
        .iter()
        .filter(|linked| linked.section == Some(item))
        .filter_map(|linked| {
            let texts = linked.texts(config, lang);
            let title = said(inputs, &texts, |t| t.title.as_ref())?;
            let start = linked.node(&linked.path.start)?;
            Some(ListEntry {
                description: said(inputs, &texts, |t| t.description.as_ref())
                    .filter(|d| d.lang == title.lang)
                    .map(|d| d.text),
                url: config.url_path(&linked.url(config, start, lang)),
                lang: title.lang,
                title: title.text,
            })
        })
        .collect()
}

/// An error for a text the original lacks (cannot happen after loading; reported, not
/// panicked on).
fn missing(linked: &LinkedPath, what: &str) -> Diagnostic {
    Diagnostic::error(&linked.path.path, format!("no text for `{what}`"))
}

/// Where a path's page sits: its URLs, the languages it is translated into, its section.
pub(crate) fn place<'p>(inputs: &Inputs, linked: &LinkedPath, urls: &'p Urls) -> Place<'p> {
    Place {
        urls,
        translated: inputs
            .config
            .languages
            .keys()
            .map(|l| linked.translated(inputs.config, l))
            .collect(),
        item: linked.section,
    }
}

/// Home, then the path's section and its ancestors.
fn breadcrumbs(inputs: &Inputs, linked: &LinkedPath, lang: Lang) -> Vec<Link> {
    let mut items = Vec::new();
    let mut current = linked.section.or(Some(inputs.linked.home));
    while let Some(item) = current {
        items.push(item);
        current = inputs.linked.items[item].parent;
    }
    items
        .into_iter()
        .rev()
        .map(|item| frame::item_link(inputs, item, lang))
        .collect()
}

/// The view of result `r` in `lang`, with its text rendered.
fn result(
    inputs: &Inputs,
    linked: &LinkedPath,
    r: usize,
    lang: Lang,
    texts: &[(&str, &Texts)],
) -> Result<ResultView, Diagnostic> {
    let config = inputs.config;
    let outcome = &linked.path.results[r];
    let id = &outcome.id;
    let title = said(inputs, texts, |t| t.results.get(id)?.title.as_ref())
        .ok_or_else(|| missing(linked, id))?;
    let (code, text) = texts
        .iter()
        .find_map(|(code, t)| t.results.get(id)?.text.as_ref().map(|x| (*code, &x.text)))
        .ok_or_else(|| missing(linked, id))?;
    let content = inputs.markdown_html(text, lang, term_links(inputs, code, lang).as_mut());
    let directory = inputs.directory;
    let partners = outcome
        .partners
        .iter()
        .filter_map(|n| directory.partners.iter().position(|p| p.id == n.id))
        .map(|p| crate::render::directory::entry(inputs, p, lang))
        .collect::<Result<Vec<_>, _>>()?;
    let entries = &inputs.site.glossary.entries;
    let glossary = outcome
        .glossary
        .iter()
        .filter_map(|n| entries.iter().find(|e| e.id == n.id))
        .map(|e| crate::render::glossary::view(inputs, lang, e))
        .collect();
    let ui = &config.languages[lang].code;
    Ok(ResultView {
        title,
        content,
        content_lang: code.to_string(),
        content_dir: config.language(code).map_or("ltr", |l| l.dir.as_str()),
        partners,
        glossary,
        glossary_url: inputs
            .site
            .glossary
            .section
            .map(|s| config.url_path(&inputs.linked.items[s].urls[lang])),
        sources: outcome.sources.clone(),
        last_reviewed: inputs.date(ui, outcome.last_reviewed)?,
        last_reviewed_iso: outcome.last_reviewed.to_string(),
        print_url: linked.has_print(config, lang).then(|| {
            config.url_path(&crate::link::outputs::print_url(&linked.url(
                config,
                Node::Result(r),
                lang,
            )))
        }),
    })
}

/// What links the glossary's terms in a result text written in `code`, shown in `lang`: the
/// first occurrence of each, as on content pages (a German term marked German).
fn term_links<'a>(inputs: &Inputs<'a>, code: &str, lang: Lang) -> Option<TermLinks<'a>> {
    let glossary = &inputs.site.glossary;
    let section = glossary.section?;
    let default = &inputs.config.default_language().code;
    Some(TermLinks::new(
        &glossary.entries,
        glossary.matcher(inputs.config.language_index(code)?)?,
        inputs
            .config
            .url_path(&inputs.linked.items[section].urls[lang]),
        (code != default).then_some(default.as_str()),
    ))
}
