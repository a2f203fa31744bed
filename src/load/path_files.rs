//! Reads the `paths/` folder: every decision path's original and translations, each parsed,
//! checked and matched, every problem of every file collected.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::paths::{DecisionPath, PATHS_DIR, parse_original};
use std::path::Path;

/// Loads every path in `paths/` with its translations, sorted by id. Returns every problem of
/// every file: parse errors, a broken structure (see [`crate::load::path_tree`]) and
/// translations that do not match their original.
pub fn load(root: &Path, config: &Config) -> Result<Vec<DecisionPath>, Vec<Diagnostic>> {
    let Ok(listing) = std::fs::read_dir(root.join(PATHS_DIR)) else {
        return Ok(Vec::new());
    };
    let mut names: Vec<String> = listing
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let mut problems = Vec::new();
    let mut originals = Vec::new();
    let mut translations = Vec::new();
    let mut failed = Vec::new();
    for name in names {
        let rel = Path::new(PATHS_DIR).join(&name);
        let stem = name.trim_end_matches(".toml");
        let (id, lang) = match crate::load::content::split_language(stem, config, "toml") {
            Ok(split) => split,
            Err((message, hint)) => {
                problems.push(Diagnostic::error(&rel, message).with_hint(hint));
                continue;
            }
        };
        let text = match crate::load::fs::read_text(root, &rel) {
            Ok(text) => text,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        let parsed = if lang == config.default_language().code {
            parse_original(&rel, id, &text, config)
                .and_then(|p| {
                    let tree = crate::load::path_tree::check(&p);
                    if tree.is_empty() { Ok(p) } else { Err(tree) }
                })
                .map(|p| originals.push(p))
                .inspect_err(|_| failed.push(id.to_string()))
        } else {
            crate::load::path_translation::parse(&rel, &text)
                .map(|t| translations.push((id.to_string(), lang.to_string(), t)))
        };
        if let Err(mut p) = parsed {
            problems.append(&mut p);
        }
    }
    for (id, lang, texts) in translations {
        if failed.contains(&id) {
            continue;
        }
        match originals
            .iter_mut()
            .find(|p: &&mut DecisionPath| p.id == id)
        {
            Some(path) => {
                problems.extend(crate::load::path_translation::unmatched(path, &texts));
                path.texts.insert(lang, texts);
            }
            None => problems.push(
                Diagnostic::error(&texts.path, format!("no original `paths/{id}.toml`"))
                    .with_hint("a translation needs the path's original in the default language"),
            ),
        }
    }
    if problems.is_empty() {
        Ok(originals)
    } else {
        Err(problems)
    }
}
