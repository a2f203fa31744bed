//! Partner, glossary and config.toml edits of an import: each accepted target set as its
//! language's value (`[summary] ru = …`, `[topics.work] ru = …`) with `toml_edit`, so comments
//! and layout stay, and only where the value differs from today's.

use crate::xliff::collect::FORMS_SEPARATOR;
use crate::xliff::{Accepted, Edit, FileUnits, Kind, words_of};

/// Partner, glossary and config files: each accepted target set as its language's value.
pub(crate) fn edit(
    file: &FileUnits,
    list: &[Accepted],
    code: &str,
    current: Option<String>,
) -> Result<Edit, String> {
    let text = current.ok_or_else(|| format!("`{}` does not exist", file.target))?;
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
    let mut count = 0;
    let mut set = |doc: &mut toml_edit::DocumentMut, path: &[&str], value: toml_edit::Item| {
        let mut item = doc.as_item_mut();
        for part in &path[..path.len() - 1] {
            if item.get(part).is_none() {
                item[part] = toml_edit::table();
            }
            item = &mut item[part];
        }
        let last = path[path.len() - 1];
        let same = item.get(last).map(texts) == Some(texts(&value));
        if !same {
            item[last] = value;
            count += 1;
        }
    };
    let text_for = |key: &str| {
        list.iter()
            .find(|a| a.key == key)
            .map(|a| words_of(&a.pieces))
    };
    match file.kind {
        Kind::Config => {
            if let Some(title) = text_for("title") {
                set(
                    &mut doc,
                    &["languages", code, "title"],
                    toml_edit::value(title),
                );
            }
            if let Some(description) = text_for("description") {
                set(
                    &mut doc,
                    &["languages", code, "description"],
                    toml_edit::value(description),
                );
            }
            for a in list.iter().filter(|a| a.key.starts_with("topics.")) {
                let id = &a.key["topics.".len()..];
                set(
                    &mut doc,
                    &["topics", id, code],
                    toml_edit::value(words_of(&a.pieces)),
                );
            }
        }
        Kind::Partner => {
            if let Some(summary) = text_for("summary") {
                set(&mut doc, &["summary", code], toml_edit::value(summary));
            }
            let services: Vec<&crate::xliff::Unit> = file
                .units
                .iter()
                .filter(|u| u.key.starts_with("services."))
                .collect();
            let given: Vec<Option<String>> = services
                .iter()
                .map(|u| text_for(&u.key).or_else(|| u.target.as_deref().map(words_of)))
                .collect();
            if !services.is_empty()
                && given.iter().all(Option::is_some)
                && services.iter().any(|u| text_for(&u.key).is_some())
            {
                let values: Vec<String> = given.into_iter().flatten().collect();
                set(&mut doc, &["services", code], lines_array(&values));
            }
        }
        Kind::Glossary => {
            if let Some(explanation) = text_for("explanation") {
                set(
                    &mut doc,
                    &["explanation", code],
                    toml_edit::value(explanation),
                );
            }
            if let Some(forms) = text_for("rendering") {
                let values: Vec<String> = forms
                    .split(FORMS_SEPARATOR.trim())
                    .map(str::trim)
                    .filter(|f| !f.is_empty())
                    .map(str::to_string)
                    .collect();
                let value = match values.as_slice() {
                    [one] => toml_edit::value(one.as_str()),
                    _ => toml_edit::value(
                        values
                            .iter()
                            .map(String::as_str)
                            .collect::<toml_edit::Array>(),
                    ),
                };
                set(&mut doc, &["rendering", code], value);
            }
        }
        Kind::Page | Kind::Strings => {}
    }
    Ok(if count == 0 {
        Edit::Same
    } else {
        Edit::Changed(doc.to_string(), count)
    })
}

/// A TOML array written one value per line, as the site's files write lists of sentences.
fn lines_array(values: &[String]) -> toml_edit::Item {
    let mut array = toml_edit::Array::new();
    for value in values {
        let mut v = toml_edit::Value::from(value.as_str());
        v.decor_mut().set_prefix("\n  ");
        array.push_formatted(v);
    }
    array.set_trailing("\n");
    array.set_trailing_comma(true);
    toml_edit::value(array)
}

/// The texts of a string or an array of strings, to compare values however they are written.
fn texts(item: &toml_edit::Item) -> Vec<String> {
    match item.as_value() {
        Some(toml_edit::Value::String(s)) => vec![s.value().clone()],
        Some(toml_edit::Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => vec![item.to_string()],
    }
}
