//! `wegweiser translations import FILE.xlf`: checks a translated XLIFF document against what
//! the site has to translate today and writes the translations into the site's files. Every
//! problem is reported at `FILE.xlf:line:col`; nothing is written unless the whole document
//! is valid. A page whose source changed since the export is refused (a warning) while the
//! rest is imported; in TOML and Fluent files only the units whose source changed are.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::xliff::collect::collect;
use crate::xliff::document::{self, File};
use crate::xliff::export::language;
use crate::xliff::plan;
use crate::xliff::{Accepted, FileUnits, Kind, Piece, inline};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What an import did.
#[derive(Debug, Default)]
pub struct Imported {
    /// Files written, relative to the site root, with how many units changed in each.
    pub written: Vec<(String, usize)>,
    /// Files left as they were though the document has them (warnings saying why).
    pub warnings: Vec<Diagnostic>,
    /// Units read.
    pub units: usize,
}

/// The XLIFF `state`s that mean a target is not final: imported, but the page's
/// `source_hash` is not stamped.
const NOT_FINAL: [&str; 7] = [
    "new",
    "needs-translation",
    "needs-adaptation",
    "needs-l10n",
    "needs-review-translation",
    "needs-review-adaptation",
    "needs-review-l10n",
];

/// `diagnostic` as a warning.
fn warning(diagnostic: Diagnostic) -> Diagnostic {
    Diagnostic {
        severity: crate::diagnostic::Severity::Warning,
        ..diagnostic
    }
}

/// Imports the XLIFF `text` read from `xlf` (the path reported in messages). With
/// `unreviewed`, pages written are marked `unreviewed = true`.
pub fn import(
    site: &Site,
    xlf: &Path,
    text: &str,
    unreviewed: bool,
) -> Result<Imported, Vec<Diagnostic>> {
    let at =
        |offset: usize, message: String| Diagnostic::error(xlf, message).at_offset(text, offset);
    let document = document::read(text).map_err(|(message, offset)| vec![at(offset, message)])?;
    let Some(first) = document.files.first() else {
        return Err(vec![at(
            0,
            "the document has no <file> element".to_string(),
        )]);
    };
    let code = first.target_language.clone();
    let lang = language(site, &code).map_err(|d| {
        vec![
            at(first.at, format!("target-language `{code}`: {}", d.message))
                .with_hint(d.hint.unwrap_or_default()),
        ]
    })?;
    let expected: BTreeMap<String, FileUnits> = collect(site, lang)
        .map_err(|d| vec![d])?
        .into_iter()
        .map(|f| (f.original.clone(), f))
        .collect();
    let mut problems = Vec::new();
    let mut refused = Vec::new();
    let mut accepted: Vec<(&FileUnits, Vec<Accepted>, usize)> = Vec::new();
    let mut units = 0;
    for file in &document.files {
        if file.target_language != code {
            problems.push(at(
                file.at,
                format!(
                    "target-language `{}` differs from the first file's `{code}`: import one language per document",
                    file.target_language
                ),
            ));
            continue;
        }
        let Some(wanted) = expected.get(&file.original) else {
            problems.push(at(
                file.at,
                format!("`{}` is not a file this site translates", file.original),
            ));
            continue;
        };
        let mut file = file.clone();
        if file.source_hash.as_deref() != Some(wanted.source_hash.as_str()) {
            if wanted.kind == Kind::Page {
                refused.push(warning(
                    at(file.at, format!("the source `{}` changed since this file was exported: its translation is refused", file.original))
                        .with_hint(format!("export `{}` again and translate what changed", file.original)),
                ));
                continue;
            }
            // The units of TOML and Fluent files stand alone: only those whose source changed
            // are refused.
            file.units.retain(|unit| {
                let key = unit.id.rsplit_once('#').map_or(unit.id.as_str(), |(_, k)| k);
                let same = wanted.units.iter().any(|u| u.key == key && u.source == unit.source);
                if !same && wanted.units.iter().any(|u| u.key == key) {
                    refused.push(warning(at(
                        unit.at,
                        format!("the source of unit `{}` changed since this file was exported: its translation is refused", unit.id),
                    )));
                }
                same || !wanted.units.iter().any(|u| u.key == key)
            });
        }
        let file = &file;
        units += file.units.len();
        match check_file(file, wanted, &at) {
            Ok(list) => accepted.push((wanted, list, file.at)),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let planned = plan::plan(site, &code, &accepted, unreviewed, &|offset, message| {
        at(offset, message)
    })?;
    let mut imported = Imported {
        units,
        warnings: refused.into_iter().chain(planned.warnings).collect(),
        ..Imported::default()
    };
    for (path, (new_text, changed)) in planned.files {
        let full = site.root.join(&path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                vec![Diagnostic::error(
                    &path,
                    format!("cannot create the folder: {e}"),
                )]
            })?;
        }
        std::fs::write(&full, new_text)
            .map_err(|e| vec![Diagnostic::error(&path, format!("cannot write: {e}"))])?;
        imported.written.push((path, changed));
    }
    Ok(imported)
}

/// The units of one `<file>` checked against the site's: every unit known and present once,
/// every target's inline elements as the source's.
fn check_file(
    file: &File,
    wanted: &FileUnits,
    at: &dyn Fn(usize, String) -> Diagnostic,
) -> Result<Vec<Accepted>, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let mut list = Vec::new();
    let prefix = format!("{}#", file.original);
    for unit in &file.units {
        let key = unit.id.strip_prefix(&prefix).unwrap_or(&unit.id);
        let Some(expected) = wanted.units.iter().find(|u| u.key == key) else {
            let keys: Vec<&str> = wanted.units.iter().map(|u| u.key.as_str()).collect();
            problems.push(
                at(unit.at, format!("unknown unit `{}`", unit.id)).with_hint(
                    crate::suggest::did_you_mean(key, keys.iter().copied()).unwrap_or_else(|| {
                        format!("the units of `{}` are {}", file.original, keys.join(", "))
                    }),
                ),
            );
            continue;
        };
        if !seen.insert(key.to_string()) {
            problems.push(at(unit.at, format!("unit `{}` appears twice", unit.id)));
            continue;
        }
        let Some((target, target_at)) = &unit.target else {
            continue;
        };
        if target
            .iter()
            .all(|p| matches!(p, Piece::Text(t) if t.trim().is_empty()))
        {
            continue;
        }
        match inline::check(&expected.source, expected.target.as_deref(), target) {
            Ok(pieces) => list.push(Accepted {
                key: key.to_string(),
                pieces,
                done: !unit
                    .state
                    .as_deref()
                    .is_some_and(|s| NOT_FINAL.contains(&s)),
            }),
            Err(message) => problems.push(at(*target_at, format!("unit `{}`: {message}", unit.id))),
        }
    }
    let missing: Vec<&str> = wanted
        .units
        .iter()
        .map(|u| u.key.as_str())
        .filter(|k| !seen.contains(*k))
        .collect();
    if !missing.is_empty() && !file.units.is_empty() && file_is_whole(wanted) {
        problems.push(at(
            file.at,
            format!(
                "units missing from `{}`: {}",
                file.original,
                missing.join(", ")
            ),
        ));
    }
    if problems.is_empty() {
        Ok(list)
    } else {
        Err(problems)
    }
}

/// Whether an export always holds every unit of the file (pages); TOML and Fluent files may
/// hold just their untranslated units.
fn file_is_whole(file: &FileUnits) -> bool {
    file.kind == crate::xliff::Kind::Page
}
