//! What pages and sections share: the frame, the text with its dates, sources and topics,
//! a table of contents, and who can help.

use crate::diagnostic::Diagnostic;
use crate::link::items::ItemId;
use crate::load::config::Lang;
use crate::load::content::Kind;
use crate::load::dates::Date;
use crate::render::directory::{self, PartnerEntry};
use crate::render::frame::{self, Frame, Link, Place};
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
/// The original of an unreviewed translation, for the notice that links to it.
#[derive(Debug, Serialize)]
pub struct Original<'a> {
    /// Its URL path.
    pub url: String,
    /// Its language code.
    pub lang: &'a str,
    /// Its language's own name.
    pub name: &'a str,
}

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
    /// On an unreviewed translation: the original's URL and its language's code and own name.
    pub unreviewed: Option<Original<'a>>,
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
    /// When more partners help than are shown: the pages of the page's topics, which list all.
    pub helpers_all: Vec<Link>,
    /// With `feedback_email` set: a `mailto:` link whose subject and body name the page.
    pub feedback_url: Option<String>,
    /// A long page's second-level headings, for an "on this page" list (empty when short).
    pub toc: Vec<Heading>,
}

/// Frame, text and helpers of `item` in `lang`, with its rendered body.
pub fn article<'a>(
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
    if !it.is_fallback(lang) && ui.advertised() {
        frame.alternates = frame::item_alternates(config, it);
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
    let (helpers, total) = directory::best_helpers(inputs, &topics, lang)?;
    let helpers_all = if total > helpers.len() {
        topics
            .iter()
            .filter_map(|id| config.topic(id))
            .map(|t| frame::topic_link(config, t, lang))
            .collect()
    } else {
        Vec::new()
    };
    let feedback_url = config
        .feedback_email
        .as_ref()
        .map(|email| {
            let args = [
                ("title", meta.title.clone()),
                ("url", config.absolute(&it.urls[lang])),
                ("language", ui.name.clone()),
                (
                    "date",
                    date(meta.last_reviewed)?.unwrap_or_else(|| "–".to_string()),
                ),
            ];
            let subject = inputs.text_with(&ui.code, "feedback-subject", &args)?;
            let body = inputs.text_with(&ui.code, "feedback-body", &args)?;
            Ok::<_, Diagnostic>(mailto(email, &subject, &body))
        })
        .transpose()?;
    Ok(Article {
        frame,
        feedback_url,
        helpers,
        helpers_all,
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
            unreviewed: (meta.unreviewed && it.shown[lang] != it.original).then(|| {
                let original = &inputs.sources[it.original];
                let original_lang = config.language(&original.lang).unwrap_or(ui);
                let index = config.language_index(&original.lang).unwrap_or(lang);
                Original {
                    url: config.url_path(&it.urls[index]),
                    lang: &original_lang.code,
                    name: &original_lang.name,
                }
            }),
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

/// A `mailto:` URL (RFC 6068) with a subject and a body, line breaks as CRLF.
fn mailto(email: &str, subject: &str, body: &str) -> String {
    use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
    let encode =
        |text: &str| utf8_percent_encode(&text.replace('\n', "\r\n"), NON_ALPHANUMERIC).to_string();
    format!(
        "mailto:{email}?subject={}&body={}",
        encode(subject),
        encode(body)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_links_encode_subject_and_body() {
        assert_eq!(
            mailto(
                "hinweis@example.org",
                "Seite „Visum“ & mehr",
                "Zeile 1\nZeile 2"
            ),
            "mailto:hinweis@example.org?subject=Seite%20%E2%80%9EVisum%E2%80%9C%20%26%20mehr&body=Zeile%201%0D%0AZeile%202"
        );
    }
}
