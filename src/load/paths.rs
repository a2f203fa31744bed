//! Decision paths, load stage: one TOML file per path in `paths/<id>.toml` — questions whose
//! answers lead to the next question or to a result, in the default language — and a file per
//! translation, `paths/<id>.<lang>.toml`, with the same keys and the texts only. The structure
//! is checked in `path_tree`; a translation may only translate (`path_translation`).

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::dates::{Date, read_date};
use crate::load::toml_error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The folder of the decision paths, in the site root.
pub const PATHS_DIR: &str = "paths";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOriginal {
    title: Spanned<String>,
    description: Spanned<String>,
    start: Spanned<String>,
    section: Option<Spanned<String>>,
    slug: Option<Spanned<String>>,
    #[serde(default)]
    questions: BTreeMap<Spanned<String>, RawQuestion>,
    #[serde(default)]
    results: BTreeMap<Spanned<String>, RawResult>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    text: Spanned<String>,
    help: Option<Spanned<String>>,
    answers: Spanned<Vec<RawAnswer>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAnswer {
    pub(crate) text: Spanned<String>,
    pub(crate) next: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResult {
    title: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    partners: Vec<Spanned<String>>,
    #[serde(default)]
    glossary: Vec<Spanned<String>>,
    sources: Spanned<Vec<Spanned<String>>>,
    last_reviewed: Spanned<toml::Value>,
}

/// A text of a path file with the line it starts on (for link errors in result texts).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// The text, trimmed.
    pub text: String,
    /// The 1-based line of the file the text's first line is on.
    pub line: usize,
}

/// A name written in a path file (a `next`, partner or glossary id) and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The id as written.
    pub id: String,
    /// 1-based line and column of the value.
    pub at: (usize, usize),
}

/// A question of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Its id: the URL segment of its page.
    pub id: String,
    /// Where its table starts.
    pub at: (usize, usize),
    /// The ids the answers lead to, in the order shown.
    pub answers: Vec<Named>,
}

/// A result of a path: the advice at the end of a branch.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Its id: the URL segment of its page.
    pub id: String,
    /// Where its table starts.
    pub at: (usize, usize),
    /// Partners of the directory to show, by id.
    pub partners: Vec<Named>,
    /// Glossary entries to show, by id.
    pub glossary: Vec<Named>,
    /// Where its facts come from.
    pub sources: Vec<String>,
    /// When its facts were last checked.
    pub last_reviewed: Date,
}

/// The texts of a question in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuestionText {
    /// The question.
    pub text: Option<String>,
    /// What helps to answer it.
    pub help: Option<String>,
    /// Per answer, by the id it leads to: the answer's text.
    pub answers: BTreeMap<String, String>,
}

/// The texts of a result in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResultText {
    /// The result's title.
    pub title: Option<String>,
    /// Its Markdown text.
    pub text: Option<Text>,
}

/// Every text of a path in one language: the original's or a translation's.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Texts {
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// The URL segment of the path in this language (else the file's id).
    pub slug: Option<String>,
    /// The path's title.
    pub title: Option<String>,
    /// One sentence on what the path answers.
    pub description: Option<String>,
    /// Per question id.
    pub questions: BTreeMap<String, QuestionText>,
    /// Per result id.
    pub results: BTreeMap<String, ResultText>,
    /// When a translation was last checked against the original.
    pub last_reviewed: Option<Date>,
    /// Whether a translation still waits for a person's review.
    pub unreviewed: bool,
    /// Where each table starts (`questions.<id>`, `results.<id>`; `` for the top level), and
    /// where each answer names its `next` (`questions.<id>.answers.<next>`).
    pub tables: BTreeMap<String, (usize, usize)>,
}

/// A decision path, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionPath {
    /// The file stem: the path's URL segment.
    pub id: String,
    /// The original's file, relative to the site root.
    pub path: PathBuf,
    /// The section folder (below `content/`) that lists the path, with where it is named.
    pub section: Option<Named>,
    /// The first question's id.
    pub start: String,
    /// Where `start` is written.
    pub start_at: (usize, usize),
    /// The questions, sorted by id.
    pub questions: Vec<Question>,
    /// The results, sorted by id.
    pub results: Vec<Outcome>,
    /// The texts per language code; the default language's always.
    pub texts: BTreeMap<String, Texts>,
}

/// The 1-based line and column of byte `offset` of `text`.
pub(crate) fn position(text: &str, offset: usize) -> (usize, usize) {
    crate::diagnostic::line_col(text, offset)
}

/// A [`Text`] from a spanned TOML string: the line its content starts on (a `"""` followed by
/// a line break starts it on the next line).
pub(crate) fn text_of(value: &Spanned<String>, file: &str) -> Text {
    let start = value.span().start;
    let opening = &file[start..value.span().end.min(file.len())];
    let skip = if opening.starts_with("\"\"\"\n") || opening.starts_with("'''\n") {
        1
    } else {
        0
    };
    Text {
        text: value.get_ref().trim().to_string(),
        line: position(file, start).0 + skip,
    }
}

/// Parses and validates an original: its fields, ids, sources and dates (its structure is
/// `path_tree`'s).
/// Pure: `path` only names the file in messages.
pub fn parse_original(
    path: &Path,
    id: &str,
    text: &str,
    config: &Config,
) -> Result<DecisionPath, Vec<Diagnostic>> {
    let raw: RawOriginal =
        toml::from_str(text).map_err(|e| vec![toml_error::diagnostic(path, text, 0, &e)])?;
    let mut problems = Vec::new();
    let error = |offset: usize, message: String, hint: &str| {
        Diagnostic::error(path, message)
            .at_offset(text, offset)
            .with_hint(hint)
    };
    if !crate::load::shapes::is_identifier(id) {
        problems.push(Diagnostic::error(path, format!("the file name `{id}` cannot be a path's id")).with_hint(
            format!(
                "rename the file to `{}.toml`: lower-case letters, digits and `-`; it is the path's URL",
                crate::slug::slugify(id)
            ),
        ));
    }
    for (field, value) in [("title", &raw.title), ("description", &raw.description)] {
        if value.get_ref().trim().is_empty() {
            problems.push(error(
                value.span().start,
                format!("the `{field}` is empty"),
                "write it in plain words: readers see it first",
            ));
        }
    }
    let named = |v: &Spanned<String>| Named {
        id: v.get_ref().trim().to_string(),
        at: position(text, v.span().start),
    };
    let mut questions = Vec::new();
    let mut texts = Texts {
        path: path.to_path_buf(),
        slug: slug(path, text, &raw.slug)
            .map_err(|d| problems.push(d))
            .ok()
            .flatten(),
        title: Some(raw.title.get_ref().trim().to_string()),
        description: Some(raw.description.get_ref().trim().to_string()),
        ..Texts::default()
    };
    for (key, question) in &raw.questions {
        check_id(&mut problems, path, text, key, "question");
        for (field, value) in std::iter::once(("text", &question.text))
            .chain(question.answers.get_ref().iter().map(|a| ("text", &a.text)))
        {
            if value.get_ref().trim().is_empty() {
                problems.push(error(
                    value.span().start,
                    format!("an empty `{field}` in question `{}`", key.get_ref()),
                    "write the question and each answer in a few plain words",
                ));
            }
        }
        questions.push(Question {
            id: key.get_ref().clone(),
            at: position(text, key.span().start),
            answers: question
                .answers
                .get_ref()
                .iter()
                .map(|a| named(&a.next))
                .collect(),
        });
        texts.questions.insert(
            key.get_ref().clone(),
            QuestionText {
                text: Some(question.text.get_ref().trim().to_string()),
                help: question
                    .help
                    .as_ref()
                    .map(|h| h.get_ref().trim().to_string()),
                answers: question
                    .answers
                    .get_ref()
                    .iter()
                    .map(|a| {
                        (
                            a.next.get_ref().trim().to_string(),
                            a.text.get_ref().trim().to_string(),
                        )
                    })
                    .collect(),
            },
        );
    }
    let mut results = Vec::new();
    for (key, result) in &raw.results {
        check_id(&mut problems, path, text, key, "result");
        problems.extend(check_sources(path, text, key.get_ref(), &result.sources));
        let last_reviewed = read_date(path, text, 0, "last_reviewed", &result.last_reviewed)
            .map_err(|d| problems.push(d))
            .unwrap_or_default();
        results.push(Outcome {
            id: key.get_ref().clone(),
            at: position(text, key.span().start),
            partners: result.partners.iter().map(named).collect(),
            glossary: result.glossary.iter().map(named).collect(),
            sources: result
                .sources
                .get_ref()
                .iter()
                .map(|s| s.get_ref().trim().to_string())
                .collect(),
            last_reviewed,
        });
        texts.results.insert(
            key.get_ref().clone(),
            ResultText {
                title: Some(result.title.get_ref().trim().to_string()),
                text: Some(text_of(&result.text, text)),
            },
        );
    }
    let path_of = DecisionPath {
        id: id.to_string(),
        path: path.to_path_buf(),
        section: raw.section.as_ref().map(named),
        start: raw.start.get_ref().trim().to_string(),
        start_at: position(text, raw.start.span().start),
        questions,
        results,
        texts: BTreeMap::from([(config.default_language().code.clone(), texts)]),
    };
    if problems.is_empty() {
        Ok(path_of)
    } else {
        Err(problems)
    }
}

/// The `slug` as written, checked: one URL segment.
pub(crate) fn slug(
    path: &Path,
    text: &str,
    slug: &Option<Spanned<String>>,
) -> Result<Option<String>, Diagnostic> {
    let Some(slug) = slug else { return Ok(None) };
    crate::slug::check(slug.get_ref().trim())
        .map(Some)
        .map_err(|(message, hint)| {
            Diagnostic::error(path, message)
                .at_offset(text, slug.span().start)
                .with_hint(hint)
        })
}

/// An error unless the id `key` (of a question or result) can be a URL segment.
fn check_id(
    problems: &mut Vec<Diagnostic>,
    path: &Path,
    text: &str,
    key: &Spanned<String>,
    what: &str,
) {
    if !crate::load::shapes::is_identifier(key.get_ref()) {
        problems.push(
            Diagnostic::error(path, format!("`{}` cannot be a {what}'s id", key.get_ref()))
                .at_offset(text, key.span().start)
                .with_hint(format!(
                    "write `{}`: lower-case letters, digits and `-`; it is the page's URL",
                    crate::slug::slugify(key.get_ref())
                )),
        );
    }
}

/// Errors for a result without sources and for sources that are not web addresses.
fn check_sources(
    path: &Path,
    text: &str,
    result: &str,
    sources: &Spanned<Vec<Spanned<String>>>,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if sources.get_ref().is_empty() {
        problems.push(
            Diagnostic::error(path, format!("the result `{result}` has no sources"))
                .at_offset(text, sources.span().start)
                .with_hint(
                    "add the authority's page that states its facts: `sources = [\"https://…\"]`",
                ),
        );
    }
    for source in sources.get_ref() {
        let web = url::Url::parse(source.get_ref().trim())
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if !web {
            problems.push(
                Diagnostic::error(
                    path,
                    format!("`{}` in `sources` is not a web address", source.get_ref()),
                )
                .at_offset(text, source.span().start)
                .with_hint(
                    "write the full address of the authority's page, starting with `https://`",
                ),
            );
        }
    }
    problems
}
