//! A decision path's translation, `paths/<id>.<lang>.toml`: the original's keys with the texts
//! only. Read, matched against the original (a translation may not add a question, result or
//! answer), and compared with it for texts still missing.

use crate::diagnostic::Diagnostic;
use crate::load::dates::read_date;
use crate::load::paths::{
    DecisionPath, QuestionText, RawAnswer, ResultText, Texts, position, text_of,
};
use crate::load::toml_error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    slug: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    description: Option<Spanned<String>>,
    last_reviewed: Option<Spanned<toml::Value>>,
    #[serde(default)]
    unreviewed: bool,
    #[serde(default)]
    questions: BTreeMap<Spanned<String>, RawQuestionText>,
    #[serde(default)]
    results: BTreeMap<Spanned<String>, RawResultText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionText {
    text: Option<Spanned<String>>,
    help: Option<Spanned<String>>,
    #[serde(default)]
    answers: Vec<RawAnswer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResultText {
    title: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
}

/// Parses a translation's texts. Pure: `path` only names the file in messages.
pub fn parse(path: &Path, text: &str) -> Result<Texts, Vec<Diagnostic>> {
    let raw: RawTranslation =
        toml::from_str(text).map_err(|e| vec![toml_error::diagnostic(path, text, 0, &e)])?;
    let last_reviewed = match &raw.last_reviewed {
        Some(value) => Some(read_date(path, text, 0, "last_reviewed", value).map_err(|d| vec![d])?),
        None => None,
    };
    let string = |v: &Option<Spanned<String>>| {
        v.as_ref()
            .map(|s| s.get_ref().trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let slug = crate::load::paths::slug(path, text, &raw.slug).map_err(|d| vec![d])?;
    Ok(Texts {
        path: path.to_path_buf(),
        slug,
        title: string(&raw.title),
        description: string(&raw.description),
        questions: raw
            .questions
            .iter()
            .map(|(key, q)| {
                let answers = q
                    .answers
                    .iter()
                    .map(|a| {
                        (
                            a.next.get_ref().trim().to_string(),
                            a.text.get_ref().trim().to_string(),
                        )
                    })
                    .filter(|(_, t)| !t.is_empty())
                    .collect();
                (
                    key.get_ref().clone(),
                    QuestionText {
                        text: string(&q.text),
                        help: string(&q.help),
                        answers,
                    },
                )
            })
            .collect(),
        results: raw
            .results
            .iter()
            .map(|(key, r)| {
                (
                    key.get_ref().clone(),
                    ResultText {
                        title: string(&r.title),
                        text: r
                            .text
                            .as_ref()
                            .filter(|t| !t.get_ref().trim().is_empty())
                            .map(|t| text_of(t, text)),
                    },
                )
            })
            .collect(),
        last_reviewed,
        unreviewed: raw.unreviewed,
        tables: raw
            .questions
            .keys()
            .map(|k| {
                (
                    format!("questions.{}", k.get_ref()),
                    position(text, k.span().start),
                )
            })
            .chain(raw.results.keys().map(|k| {
                (
                    format!("results.{}", k.get_ref()),
                    position(text, k.span().start),
                )
            }))
            .chain(raw.questions.iter().flat_map(|(k, q)| {
                q.answers.iter().map(move |a| {
                    (
                        format!(
                            "questions.{}.answers.{}",
                            k.get_ref(),
                            a.next.get_ref().trim()
                        ),
                        position(text, a.next.span().start),
                    )
                })
            }))
            .chain(std::iter::once((String::new(), (1, 1))))
            .collect(),
    })
}

/// Errors for what a translation (`texts`, read from `text`) has that its original has not: a
/// question, result or answer the original does not ask or give. A translation translates; the
/// structure is the original's.
pub fn unmatched(original: &DecisionPath, texts: &Texts) -> Vec<Diagnostic> {
    let at = |key: &str| texts.tables.get(key).copied().unwrap_or((0, 0));
    let mut problems = Vec::new();
    for (id, question) in &texts.questions {
        let Some(asked) = original.questions.iter().find(|q| &q.id == id) else {
            let (line, col) = at(&format!("questions.{id}"));
            problems.push(
                Diagnostic::error(&texts.path, format!("the original has no question `{id}`"))
                    .at(line, col)
                    .with_hint(format!(
                        "translate the questions of `{}`; remove this one",
                        original.path.display()
                    )),
            );
            continue;
        };
        for next in question.answers.keys() {
            if !asked.answers.iter().any(|a| &a.id == next) {
                let (line, col) = at(&format!("questions.{id}.answers.{next}"));
                problems.push(
                    Diagnostic::error(
                        &texts.path,
                        format!(
                            "question `{id}` of the original has no answer leading to `{next}`"
                        ),
                    )
                    .at(line, col)
                    .with_hint(
                        "each answer names the `next` of the original's answer it translates",
                    ),
                );
            }
        }
    }
    for id in texts.results.keys() {
        if !original.results.iter().any(|r| &r.id == id) {
            let (line, col) = at(&format!("results.{id}"));
            problems.push(
                Diagnostic::error(&texts.path, format!("the original has no result `{id}`"))
                    .at(line, col)
                    .with_hint(format!(
                        "translate the results of `{}`; remove this one",
                        original.path.display()
                    )),
            );
        }
    }
    problems
}

/// What a translation in `lang` lacks of its original's texts: each key (such as
/// `questions.visa.help`) with the table it belongs in (`questions.visa`, or `` for the top
/// level), in the original's order.
pub fn missing_texts(original: &DecisionPath, default: &str, lang: &str) -> Vec<(String, String)> {
    let (Some(source), Some(texts)) = (original.texts.get(default), original.texts.get(lang))
    else {
        return Vec::new();
    };
    let mut missing = Vec::new();
    for (field, has) in [
        ("title", texts.title.is_some()),
        ("description", texts.description.is_some()),
    ] {
        if !has {
            missing.push((field.to_string(), String::new()));
        }
    }
    for (id, question) in &source.questions {
        let table = format!("questions.{id}");
        let translated = texts.questions.get(id).cloned().unwrap_or_default();
        if translated.text.is_none() {
            missing.push((format!("{table}.text"), table.clone()));
        }
        if question.help.is_some() && translated.help.is_none() {
            missing.push((format!("{table}.help"), table.clone()));
        }
        for next in question.answers.keys() {
            if !translated.answers.contains_key(next) {
                missing.push((format!("{table}.answers: next = \"{next}\""), table.clone()));
            }
        }
    }
    for id in source.results.keys() {
        let table = format!("results.{id}");
        let translated = texts.results.get(id).cloned().unwrap_or_default();
        if translated.title.is_none() {
            missing.push((format!("{table}.title"), table.clone()));
        }
        if translated.text.is_none() {
            missing.push((format!("{table}.text"), table.clone()));
        }
    }
    missing
}
