//! The files an import writes, worked out in memory: each accepted target put into its
//! page, TOML table or Fluent file, changing only what differs from today's text — so an
//! import of an unchanged export changes no byte. Every file is parsed again before it is
//! planned; a result that would not load is an error, not a write.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::load::content::Source;
use crate::load::front_matter;
use crate::xliff::fluent::{self, Value};
use crate::xliff::markdown::same_structure;
use crate::xliff::markdown::{replace, segments};
use crate::xliff::tables;
use crate::xliff::{Accepted, Edit, FileUnits, Kind, text_of};
use std::collections::BTreeMap;
use std::path::Path;

/// The planned files: path → (new text, units changed), and warnings.
#[derive(Debug, Default)]
pub struct Plan {
    /// New text per file, relative to the site root, with the number of units changed.
    pub files: BTreeMap<String, (String, usize)>,
    /// Files the document has but that stay as they are, and why.
    pub warnings: Vec<Diagnostic>,
}

/// Plans every file of `accepted` (file units, accepted targets, offset of `<file>`).
pub fn plan(
    site: &Site,
    code: &str,
    accepted: &[(&FileUnits, Vec<Accepted>, usize)],
    unreviewed: bool,
    at: &dyn Fn(usize, String) -> Diagnostic,
) -> Result<Plan, Vec<Diagnostic>> {
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut changed: BTreeMap<String, usize> = BTreeMap::new();
    let mut plan = Plan::default();
    let mut problems = Vec::new();
    let sources = by_path(site);
    for (file, list, offset) in accepted {
        let current = match texts.get(&file.target) {
            Some(text) => Some(text.clone()),
            None => read(&site.root, &file.target).map_err(|d| vec![d])?,
        };
        let outcome = match file.kind {
            Kind::Page => page(site, &sources, file, list, current, unreviewed),
            Kind::Partner | Kind::Glossary | Kind::Config => {
                tables::edit(file, list, code, current)
            }
            Kind::Strings => strings(site, code, file, list, current),
        };
        match outcome {
            Ok(Edit::Changed(text, count)) => {
                texts.insert(file.target.clone(), text);
                *changed.entry(file.target.clone()).or_default() += count;
            }
            Ok(Edit::Same) => {}
            Ok(Edit::Skipped(why)) => plan.warnings.push(Diagnostic {
                severity: crate::diagnostic::Severity::Warning,
                ..at(*offset, why)
            }),
            Err(message) => problems.push(at(*offset, message)),
        }
    }
    for (path, text) in &texts {
        if let Err(d) = loads(Path::new(path), text) {
            problems.push(d);
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (path, text) in texts {
        let count = changed.get(&path).copied().unwrap_or(0);
        plan.files.insert(path, (text, count));
    }
    Ok(plan)
}

/// The file's text, or `None` if it does not exist.
fn read(root: &Path, rel: &str) -> Result<Option<String>, Diagnostic> {
    let path = root.join(rel);
    if !path.exists() {
        return Ok(None);
    }
    crate::load::fs::read_text(root, Path::new(rel)).map(Some)
}

/// Whether the planned text would load: front matter, TOML or Fluent parse.
fn loads(path: &Path, text: &str) -> Result<(), Diagnostic> {
    let name = path.to_string_lossy();
    let invalid = |why: String| {
        Diagnostic::error(path, format!("the translated file would not load: {why}"))
            .with_hint("a target holds text the file's format cannot take; fix the target in the XLIFF document")
    };
    if name.ends_with(".md") {
        front_matter::parse(path, text).map_err(|d| invalid(d[0].message.clone()))?;
    } else if name.ends_with(".toml") {
        text.parse::<toml::Table>()
            .map_err(|e| invalid(e.message().to_string()))?;
    } else if name.ends_with(".ftl")
        && let Err((_, errors)) = fluent_syntax::parser::parse(text)
    {
        return Err(invalid(errors[0].to_string()));
    }
    Ok(())
}

/// The site's Markdown sources by path (`/` separators), looked up once per import.
type ByPath<'a> = BTreeMap<String, &'a Source>;

fn by_path(site: &Site) -> ByPath<'_> {
    site.content
        .sources
        .iter()
        .map(|s| (s.path.to_string_lossy().replace('\\', "/"), s))
        .collect()
}

fn page(
    site: &Site,
    sources: &ByPath,
    file: &FileUnits,
    list: &[Accepted],
    current: Option<String>,
    unreviewed: bool,
) -> Result<Edit, String> {
    let target = |key: &str| list.iter().find(|a| a.key == key);
    let original = *sources
        .get(&file.original)
        .ok_or("the source is not loaded")?;
    let new = segments(original.doc.body.text().map_err(|d| d.message)?);
    let all = file.units.iter().all(|u| target(&u.key).is_some());
    let done = all && list.iter().all(|a| a.done);
    let hash = original.doc.body.source_hash().map_err(|d| d.message)?;
    let mut count = 0;
    let (text, body_replacements) = match (&current, sources.get(&file.target)) {
        (Some(text), Some(translation)) => {
            let translation_body = translation.doc.body.text().map_err(|d| d.message)?;
            let had = segments(translation_body);
            let replacements: Vec<Option<String>> = if same_structure(&new, &had) {
                file.units
                    .iter()
                    .filter(|u| u.key.starts_with('s'))
                    .map(|u| {
                        let a = target(&u.key)?;
                        (u.target.as_ref() != Some(&a.pieces)).then(|| text_of(&a.pieces))
                    })
                    .collect()
            } else if !list.iter().any(|a| a.key.starts_with('s')) {
                vec![None; had.len()]
            } else if new
                .iter()
                .enumerate()
                .all(|(i, _)| target(&format!("s{}", i + 1)).is_some())
            {
                return Ok(Edit::Changed(
                    whole(
                        site,
                        original,
                        file,
                        list,
                        Some(text),
                        unreviewed,
                        done,
                        hash,
                    )?,
                    list.len(),
                ));
            } else {
                return Ok(Edit::Skipped(format!(
                    "`{}` has other blocks than its source: translate every segment to replace its text",
                    file.target
                )));
            };
            count += replacements.iter().flatten().count();
            let body = replace(translation_body, &had, &replacements);
            (text.clone(), (body, translation.doc.body_offset))
        }
        _ => {
            if list.is_empty() {
                return Ok(Edit::Same);
            }
            if !all {
                let missing = file
                    .units
                    .iter()
                    .filter(|u| target(&u.key).is_none())
                    .count();
                return Ok(Edit::Skipped(format!(
                    "`{}` not written: {missing} of {} units have no translation yet",
                    file.target,
                    file.units.len()
                )));
            }
            return Ok(Edit::Changed(
                whole(site, original, file, list, None, unreviewed, done, hash)?,
                list.len(),
            ));
        }
    };
    let (range, _) = front_matter::split(Path::new(&file.target), &text).map_err(|d| d.message)?;
    let mut matter: toml_edit::DocumentMut =
        text[range.clone()].parse().map_err(|e| format!("{e}"))?;
    for key in ["title", "description", "location"] {
        let Some(a) = target(key) else { continue };
        let value = text_of(&a.pieces);
        if matter.get(key).and_then(|v| v.as_str()) != Some(value.as_str()) {
            matter[key] = toml_edit::value(value);
            count += 1;
        }
    }
    // Stamped when text changed, or when a recorded hash is confirmed by a finished import.
    let recorded = matter.get("source_hash").and_then(|v| v.as_str());
    let stamp = done && recorded != Some(hash) && (count > 0 || recorded.is_some());
    if count == 0 && !stamp {
        return Ok(Edit::Same);
    }
    if stamp || (done && count > 0) {
        matter["source_hash"] = toml_edit::value(hash);
    }
    if unreviewed && count > 0 {
        matter["unreviewed"] = toml_edit::value(true);
    }
    let (body, body_offset) = body_replacements;
    let fence_end = &text[range.end..body_offset];
    Ok(Edit::Changed(
        format!("{}{}{}{}", &text[..range.start], matter, fence_end, body),
        count,
    ))
}

/// A translation written whole from the source's structure: its front matter without the
/// keys that belong to one language (slug, aliases, draft), the translated texts, the body's
/// segments replaced. `existing` keeps an existing translation's own front matter.
#[allow(clippy::too_many_arguments)]
fn whole(
    site: &Site,
    original: &Source,
    file: &FileUnits,
    list: &[Accepted],
    existing: Option<&String>,
    unreviewed: bool,
    done: bool,
    hash: &str,
) -> Result<String, String> {
    let target = |key: &str| {
        list.iter()
            .find(|a| a.key == key)
            .map(|a| text_of(&a.pieces))
    };
    let source_text = read(&site.root, &file.original)
        .map_err(|d| d.message)?
        .unwrap_or_default();
    let base = existing.unwrap_or(&source_text);
    let (range, _) = front_matter::split(Path::new(&file.original), base).map_err(|d| d.message)?;
    let mut matter: toml_edit::DocumentMut =
        base[range.clone()].parse().map_err(|e| format!("{e}"))?;
    if existing.is_none() {
        for key in ["slug", "aliases", "draft", "source_hash", "unreviewed"] {
            matter.remove(key);
        }
    }
    for key in ["title", "description", "location"] {
        if let Some(value) = target(key) {
            matter[key] = toml_edit::value(value);
        }
    }
    if done {
        matter["source_hash"] = toml_edit::value(hash);
    }
    if unreviewed {
        matter["unreviewed"] = toml_edit::value(true);
    }
    let original_body = original.doc.body.text().map_err(|d| d.message)?;
    let new = segments(original_body);
    let replacements: Vec<Option<String>> =
        (1..=new.len()).map(|i| target(&format!("s{i}"))).collect();
    let body = replace(original_body, &new, &replacements);
    let (source_range, source_body) =
        front_matter::split(Path::new(&file.original), &source_text).map_err(|d| d.message)?;
    Ok(format!(
        "{}{}{}{}",
        &source_text[..source_range.start],
        matter,
        &source_text[source_range.end..source_body],
        body
    ))
}

/// A Fluent file: each message replaced where its text changed, appended where new.
fn strings(
    site: &Site,
    code: &str,
    file: &FileUnits,
    list: &[Accepted],
    current: Option<String>,
) -> Result<Edit, String> {
    let layers = crate::load::strings::layers_of(
        &site.root,
        &site.config,
        &site.config.default_language().code,
    );
    let source_text = layers
        .into_iter()
        .flatten()
        .find(|(path, _)| path.to_string_lossy().replace('\\', "/") == file.original)
        .map(|(_, text)| text)
        .ok_or("the source layer is not loaded")?;
    let new_file = current.is_none();
    let mut text = current.unwrap_or_default();
    let lang = site.config.language(code).ok_or("unknown language")?;
    let categories = fluent::categories(&lang.id);
    let mut count = 0;
    for message in fluent::messages(&source_text) {
        let existing = fluent::messages(&text)
            .into_iter()
            .find(|m| m.id == message.id);
        let from = |key: &str| {
            list.iter()
                .find(|a| a.key == key)
                .map(|a| a.pieces.clone())
                .or_else(|| {
                    file.units
                        .iter()
                        .find(|u| u.key == key)
                        .and_then(|u| u.target.clone())
                })
        };
        let unchanged = |a: &Accepted| {
            file.units
                .iter()
                .any(|u| u.key == a.key && u.target.as_ref() == Some(&a.pieces))
        };
        let value = match &message.value {
            Value::Simple(_) => match list.iter().find(|a| a.key == message.id) {
                Some(a) if unchanged(a) => continue,
                Some(a) => Value::Simple(a.pieces.clone()),
                None => continue,
            },
            Value::Plural { selector, variants } => {
                let prefix = format!("{}[", message.id);
                let mut given = list
                    .iter()
                    .filter(|a| a.key.starts_with(&prefix))
                    .peekable();
                if given.peek().is_none() || given.all(unchanged) {
                    continue;
                }
                let numbers = variants
                    .iter()
                    .map(|(k, _)| k.clone())
                    .filter(|k| k.parse::<f64>().is_ok());
                let keys: Vec<String> = numbers
                    .chain(categories.iter().map(|c| c.to_string()))
                    .collect();
                let mut chosen = Vec::new();
                for key in keys {
                    match from(&format!("{}[{key}]", message.id)) {
                        Some(pieces) => chosen.push((key, pieces)),
                        None => {
                            return Ok(Edit::Skipped(format!(
                                "`{}` in `{}` not written: its plural form `{key}` has no translation",
                                message.id, file.target
                            )));
                        }
                    }
                }
                Value::Plural {
                    selector: selector.clone(),
                    variants: chosen,
                }
            }
        };
        let written = fluent::message_text(&message.id, &value);
        match existing {
            Some(old)
                if fluent::messages(&written).first().map(|m| &m.value) == Some(&old.value) => {}
            Some(old) => {
                text.replace_range(old.range, &written);
                count += 1;
            }
            None => {
                if !text.is_empty() && !text.ends_with('\n') {
                    text.push('\n');
                }
                if !text.is_empty() {
                    text.push('\n');
                }
                if new_file {
                    text.push_str(fluent::comment_before(&source_text, message.range.start));
                }
                text.push_str(&written);
                text.push('\n');
                count += 1;
            }
        }
    }
    Ok(if count == 0 {
        Edit::Same
    } else {
        Edit::Changed(text, count)
    })
}
