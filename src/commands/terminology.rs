//! `check`'s terminology findings, from the glossary: in each translation, a rendering to
//! avoid; a glossary term of the original whose approved rendering the translation never
//! uses; and the languages an entry is not translated into. Pages with `glossary = false`
//! and text in `<span data-glossary="off">` are left out, as they are from linking.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::link::glossary::{Found, Kind, fold};
use crate::load::config::Lang;
use crate::load::content::Source;
use crate::load::glossary::Entry;
use crate::render::markdown;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// Every terminology finding of the site, as warnings.
pub fn findings(site: &Site) -> Vec<Diagnostic> {
    let glossary = &site.glossary;
    let Some(german) = glossary.matcher(Lang::DEFAULT) else {
        return Vec::new();
    };
    let sources = &site.content.sources;
    let mut problems = untranslated(site);
    let pages: Vec<Diagnostic> = site
        .linked
        .items
        .raw
        .par_iter()
        .flat_map_iter(|item| {
            let original = item
                .versions
                .get(Lang::DEFAULT)
                .copied()
                .flatten()
                .map(|id| &sources[id])
                .filter(|source| source.doc.meta.glossary);
            let original = match original.map(|source| Ok((source, source.doc.body.text()?))) {
                Some(Err(problem)) => return vec![problem],
                Some(Ok(read)) => Some(read),
                None => None,
            };
            let used: BTreeMap<usize, usize> = original
                .map(|(_, body)| markdown::terms(body, german))
                .into_iter()
                .flatten()
                .filter(|found| found.kind == Kind::German)
                .rev()
                .map(|found| (found.entry, found.start))
                .collect();
            item.versions
                .iter_enumerated()
                .filter(|(lang, _)| *lang != Lang::DEFAULT)
                .filter_map(|(lang, version)| {
                    let translation = &sources[(*version)?];
                    let matcher = glossary.matcher(lang)?;
                    let (original, original_body) = original?;
                    let translation = translation.doc.meta.glossary.then_some(translation)?;
                    let translation_body = match translation.doc.body.text() {
                        Ok(body) => body,
                        Err(problem) => return Some(vec![problem]),
                    };
                    let page = Page {
                        entries: &glossary.entries,
                        code: &site.config.languages[lang].code,
                        original,
                        original_body,
                        translation,
                        translation_body,
                    };
                    let found = markdown::terms(translation_body, matcher);
                    Some(in_translation(&page, &used, &found))
                })
                .flatten()
                .collect::<Vec<_>>()
        })
        .collect();
    problems.extend(pages);
    problems
}

/// A translation and its original.
struct Page<'a> {
    entries: &'a [Entry],
    /// The translation's language code.
    code: &'a str,
    original: &'a Source,
    /// The original's body.
    original_body: &'a str,
    translation: &'a Source,
    /// The translation's body.
    translation_body: &'a str,
}

/// The findings of one translation: `used` holds the entries whose German term the original
/// uses (with the byte offset of the first use), `found` the terms found in the translation.
fn in_translation(page: &Page, used: &BTreeMap<usize, usize>, found: &[Found]) -> Vec<Diagnostic> {
    let body = page.translation_body;
    let warn = |offset: usize, message: String, hint: String| {
        let (line, col) = crate::diagnostic::line_col(body, offset);
        Diagnostic::warning(&page.translation.path, message)
            .at(page.translation.body_line + line - 1, col)
            .with_hint(hint)
    };
    let mut problems = Vec::new();
    let mut avoided = BTreeSet::new();
    for hit in found {
        let text = &body[hit.start..hit.end];
        let wrong = match hit.kind {
            Kind::Avoid => Some(hit.entry),
            // Another entry's rendering may be this entry's variant to avoid (the Steuernummer's
            // «податковий номер» for the Steuer-ID): wrong where the original names only this one.
            Kind::Rendering if !used.contains_key(&hit.entry) => {
                let lower = fold(text);
                used.keys().copied().find(|&e| {
                    page.entries[e]
                        .avoid
                        .get(page.code)
                        .is_some_and(|avoid| avoid.iter().any(|a| fold(a) == lower))
                })
            }
            _ => None,
        };
        if let Some(entry) = wrong {
            let entry_ref = &page.entries[entry];
            avoided.insert(entry);
            problems.push(warn(
                hit.start,
                format!("`{text}` is a rendering to avoid for `{}`", entry_ref.term),
                approved_hint(entry_ref, page.code),
            ));
        }
    }
    let rendered: BTreeSet<usize> = found
        .iter()
        .filter(|f| f.kind == Kind::Rendering)
        .map(|f| f.entry)
        .collect();
    for (&entry, &offset) in used {
        let entry_ref = &page.entries[entry];
        let Some(approved) = entry_ref.approved(page.code) else {
            continue;
        };
        if rendered.contains(&entry) || avoided.contains(&entry) {
            continue;
        }
        let (line, _) = crate::diagnostic::line_col(page.original_body, offset);
        problems.push(warn(
            where_missing(page, entry, offset, found),
            format!(
                "the original uses `{}` ({}:{}), but the translation never says `{approved}`",
                entry_ref.term,
                page.original.path.display(),
                page.original.body_line + line - 1
            ),
            format!(
                "use the approved rendering (forms are listed in `{}`), or write \
                 `<span data-glossary=\"off\">…</span>` around the term in the original where \
                 it means something else",
                entry_ref.path.display()
            ),
        ));
    }
    problems
}

/// Where in the translation the rendering of `entry` is missing: where it names the German
/// term, else the block at the same position as the original's first use, else its start.
fn where_missing(page: &Page, entry: usize, offset: usize, found: &[Found]) -> usize {
    if let Some(hit) = found.iter().find(|f| f.entry == entry) {
        return hit.start;
    }
    let blocks = markdown::blocks(page.original_body);
    let index = blocks.iter().position(|b| b.contains(&offset));
    index
        .and_then(|i| markdown::blocks(page.translation_body).get(i).cloned())
        .map_or(0, |b| b.start)
}

/// The hint for a rendering to avoid: the approved one.
fn approved_hint(entry: &Entry, code: &str) -> String {
    match entry.approved(code) {
        Some(approved) => format!("write `{approved}`, the glossary's rendering"),
        None => format!(
            "`{}` has no approved rendering in `{code}` yet",
            entry.path.display()
        ),
    }
}

/// Entries without an explanation or an approved rendering in one of the site's languages
/// (variants use their base language's).
fn untranslated(site: &Site) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for entry in &site.glossary.entries {
        let translated = site.config.languages.iter().skip(1);
        for language in translated.filter(|l| l.advertised()) {
            let code = language.code.as_str();
            let missing: Vec<&str> = [
                (!entry.explanation.contains_key(code)).then_some("explanation"),
                (!entry.rendering.contains_key(code)).then_some("rendering"),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !missing.is_empty() {
                problems.push(
                    Diagnostic::warning(
                        &entry.path,
                        format!(
                            "`{}` is not translated into {} (`{code}`): no {}",
                            entry.term,
                            language.name,
                            missing.join(", no ")
                        ),
                    )
                    .with_hint(format!(
                        "add `{code} = \"…\"` under `[explanation]` and `[rendering]`"
                    )),
                );
            }
        }
    }
    problems
}
