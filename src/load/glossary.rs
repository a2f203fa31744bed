//! The glossary, load stage: one TOML file per German office term in
//! `content/<glossary>/<id>.toml` — the term with its article and the forms to recognise, a
//! plain explanation per language, the approved rendering per language and renderings to
//! avoid, related entries, sources and the review date. One file per term keeps every
//! language of a term side by side, which is what a reviewer checks and a translator needs.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::dates::{Date, read_date};
use crate::load::toml_error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    term: Spanned<String>,
    article: Option<Spanned<String>>,
    #[serde(default)]
    forms: Vec<Spanned<String>>,
    #[serde(default)]
    related: Vec<Spanned<String>>,
    sources: Vec<Spanned<String>>,
    last_reviewed: Spanned<toml::Value>,
    explanation: Spanned<BTreeMap<Spanned<String>, String>>,
    #[serde(default)]
    rendering: BTreeMap<Spanned<String>, Renderings>,
    #[serde(default)]
    avoid: BTreeMap<Spanned<String>, Vec<String>>,
}

/// A rendering as written: one form, or the base form and its inflected forms.
#[derive(Deserialize)]
#[serde(untagged)]
enum Renderings {
    One(String),
    Forms(Vec<String>),
}

/// One term of the glossary, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The file stem, used as the entry's anchor.
    pub id: String,
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// The German term as offices use it.
    pub term: String,
    /// Its article (`der`, `die`, `das`), if it has one.
    pub article: Option<String>,
    /// Every form to recognise in German text, the term first.
    pub forms: Vec<String>,
    /// Ids of related entries.
    pub related: Vec<String>,
    /// Where the explanation comes from.
    pub sources: Vec<String>,
    /// When it was last checked.
    pub last_reviewed: Date,
    /// The explanation per language code (always in the default language).
    pub explanation: BTreeMap<String, String>,
    /// Per language code: the approved rendering, then its inflected forms.
    pub rendering: BTreeMap<String, Vec<String>>,
    /// Per language code: renderings not to use.
    pub avoid: BTreeMap<String, Vec<String>>,
}

impl Entry {
    /// The explanation in `lang`, else in the default language, with the language it is in.
    pub fn explanation<'a>(&'a self, lang: &'a str, default: &'a str) -> (&'a str, &'a str) {
        match self.explanation.get(lang) {
            Some(text) => (text, lang),
            None => (
                self.explanation.get(default).map_or("", String::as_str),
                default,
            ),
        }
    }

    /// The approved rendering in `lang`, if there is one.
    pub fn approved(&self, lang: &str) -> Option<&str> {
        self.rendering
            .get(lang)
            .and_then(|forms| forms.first())
            .map(String::as_str)
    }
}

/// The articles a German term can have.
const ARTICLES: [&str; 3] = ["der", "die", "das"];

/// Loads every `*.toml` file directly in `content/<glossary>/`, sorted by id, and checks them
/// together: no term or form in two entries, every related entry exists. Returns all problems
/// of all files.
pub fn load(root: &Path, config: &Config) -> Result<Vec<Entry>, Vec<Diagnostic>> {
    let dir = Path::new(crate::load::content::CONTENT_DIR).join(&config.glossary_section);
    let Ok(listing) = std::fs::read_dir(root.join(&dir)) else {
        return Ok(Vec::new());
    };
    let mut files: Vec<PathBuf> = listing
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .collect();
    files.sort();
    let mut entries = Vec::new();
    let mut texts = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        let rel = dir.join(file.file_name().unwrap_or_default());
        let result = crate::load::fs::read_text(root, &rel)
            .map_err(|d| vec![d])
            .and_then(|text| parse(&rel, &text, config).map(|entry| (entry, text)));
        match result {
            Ok((entry, text)) => {
                entries.push(entry);
                texts.push(text);
            }
            Err(mut p) => problems.append(&mut p),
        }
    }
    problems.extend(clashes(&entries, &texts));
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// A term or form that two entries share, and related ids that name no entry: each reported
/// in the file (`texts` are the entries' files) at the line that names it.
fn clashes(entries: &[Entry], texts: &[String]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut seen: BTreeMap<&str, &Entry> = BTreeMap::new();
    let at = |text: &str, needle: &str| {
        text.find(&format!("\"{needle}\""))
            .map_or((0, 0), |i| crate::diagnostic::line_col(text, i + 1))
    };
    for (entry, text) in entries.iter().zip(texts) {
        for form in &entry.forms {
            if let Some(other) = seen.get(form.as_str()) {
                let (line, col) = at(text, form);
                problems.push(
                    Diagnostic::error(
                        &entry.path,
                        format!("`{form}` is also a form of `{}`", other.path.display()),
                    )
                    .at(line, col)
                    .with_hint(
                        "a term or form belongs to one entry; merge the two or drop it here",
                    ),
                );
            } else {
                seen.insert(form, entry);
            }
        }
        for related in &entry.related {
            if !entries.iter().any(|e| &e.id == related) {
                let (line, col) = at(text, related);
                let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
                problems.push(
                    Diagnostic::error(&entry.path, format!("no entry `{related}`"))
                        .at(line, col)
                        .with_hint(format!(
                            "related entries are named by their file names, e.g. {}",
                            ids.iter()
                                .take(3)
                                .map(|i| format!("`{i}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                );
            }
        }
    }
    problems
}

/// Parses and validates one entry. Pure: `path` only names the file in messages.
pub fn parse(path: &Path, text: &str, config: &Config) -> Result<Entry, Vec<Diagnostic>> {
    let raw: RawEntry =
        toml::from_str(text).map_err(|e| vec![toml_error::diagnostic(path, text, 0, &e)])?;
    let mut problems = Vec::new();
    let last_reviewed = read_date(path, text, 0, "last_reviewed", &raw.last_reviewed)
        .map_err(|d| problems.push(d))
        .ok();
    let mut error = |span: std::ops::Range<usize>, message: String, hint: &str| {
        problems.push(
            Diagnostic::error(path, message)
                .at_offset(text, span.start)
                .with_hint(hint),
        );
    };
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if id.is_empty() || !crate::load::shapes::is_identifier(&id) {
        error(
            0..0,
            format!("the file name `{id}` cannot be a glossary entry's id"),
            &format!(
                "rename the file to `{}.toml`: lower-case letters, digits and `-`",
                crate::slug::slugify(&id)
            ),
        );
    }
    let term = raw.term.get_ref().trim().to_string();
    if term.is_empty() {
        error(
            raw.term.span(),
            "the `term` is empty".to_string(),
            "write the German term as offices use it",
        );
    }
    if let Some(article) = &raw.article
        && !ARTICLES.contains(&article.get_ref().as_str())
    {
        error(
            article.span(),
            format!("`{}` is not a German article", article.get_ref()),
            "write `der`, `die` or `das`, or leave `article` out",
        );
    }
    for source in &raw.sources {
        let web = url::Url::parse(source.get_ref())
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if !web {
            error(
                source.span(),
                format!("`{}` in `sources` is not a web address", source.get_ref()),
                "write the full address of the authority's page, starting with `https://`",
            );
        }
    }
    if raw.sources.is_empty() {
        error(
            raw.term.span(),
            "a glossary entry needs at least one source".to_string(),
            "add `sources = [\"https://…\"]`: the authority's page that explains the term",
        );
    }
    let default = &config.default_language().code;
    if !raw
        .explanation
        .get_ref()
        .iter()
        .any(|(lang, text)| lang.get_ref() == default && !text.trim().is_empty())
    {
        error(
            raw.explanation.span(),
            format!("the explanation in the default language `{default}` is missing"),
            &format!("add `{default} = \"…\"` under `[explanation]`"),
        );
    }
    let keys = raw
        .explanation
        .get_ref()
        .keys()
        .map(|k| (k, "explanation"))
        .chain(raw.rendering.keys().map(|k| (k, "rendering")))
        .chain(raw.avoid.keys().map(|k| (k, "avoid")));
    for (lang, table) in keys {
        if config.language(lang.get_ref()).is_none() {
            error(
                lang.span(),
                format!(
                    "`{}` in `{table}` is not a configured language",
                    lang.get_ref()
                ),
                "use the language codes of config.toml",
            );
        }
    }
    if let Some(german) = raw.rendering.keys().find(|k| k.get_ref() == default) {
        error(
            german.span(),
            format!("a rendering in the default language `{default}`: that is the term itself"),
            "give renderings for the other languages only",
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut forms = vec![term.clone()];
    for form in &raw.forms {
        let form = form.get_ref().trim().to_string();
        if !form.is_empty() && !forms.contains(&form) {
            forms.push(form);
        }
    }
    Ok(Entry {
        id,
        path: path.to_path_buf(),
        term,
        article: raw.article.map(|a| a.get_ref().clone()),
        forms,
        related: raw.related.iter().map(|r| r.get_ref().clone()).collect(),
        sources: raw.sources.iter().map(|s| s.get_ref().clone()).collect(),
        last_reviewed: last_reviewed.unwrap_or_default(),
        explanation: raw
            .explanation
            .get_ref()
            .iter()
            .map(|(k, v)| (k.get_ref().clone(), v.trim().to_string()))
            .collect(),
        rendering: raw
            .rendering
            .into_iter()
            .map(|(k, v)| {
                let forms = match v {
                    Renderings::One(form) => vec![form],
                    Renderings::Forms(forms) => forms,
                };
                (k.into_inner(), forms)
            })
            .filter(|(_, forms)| !forms.is_empty())
            .collect(),
        avoid: raw
            .avoid
            .into_iter()
            .map(|(k, v)| (k.into_inner(), v))
            .collect(),
    })
}
