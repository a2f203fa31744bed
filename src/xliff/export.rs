//! `wegweiser translations export`: the units of one language that need work (or all of
//! them) as one XLIFF 1.2 document.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::load::config::{CONFIG_FILE, Lang};
use crate::xliff::collect::collect;
use crate::xliff::{FileUnits, Kind, Only, State, document, words_of};

/// An export: the XLIFF text and what it holds.
#[derive(Debug)]
pub struct Export {
    /// The XLIFF document.
    pub xliff: String,
    /// Files in it.
    pub files: usize,
    /// Units in it.
    pub units: usize,
    /// Words of the source text of those units.
    pub words: usize,
}

/// Exports the units of language `code` chosen by `only` (`None`: missing and outdated).
pub fn export(site: &Site, code: &str, only: Option<Only>) -> Result<Export, Diagnostic> {
    let lang = language(site, code)?;
    let files: Vec<FileUnits> = collect(site, lang)?
        .into_iter()
        .filter_map(|file| chosen(file, only))
        .collect();
    let units = files.iter().map(|f| f.units.len()).sum();
    let words = files
        .iter()
        .flat_map(|f| &f.units)
        .map(|u| words_of(&u.source).split_whitespace().count())
        .sum();
    Ok(Export {
        xliff: document::write(&files, &site.config.default_language().code, code),
        files: files.len(),
        units,
        words,
    })
}

/// The configured language `code` other than the default, or why not.
pub fn language(site: &Site, code: &str) -> Result<Lang, Diagnostic> {
    let config = &site.config;
    match config.language_index(code) {
        Some(Lang::DEFAULT) => Err(Diagnostic::error(
            CONFIG_FILE,
            format!("`{code}` is the default language, the one translated from"),
        )
        .with_hint("give the language to translate into, e.g. `--lang en`")),
        Some(lang) => Ok(lang),
        None => {
            let known: Vec<&str> = config
                .languages
                .iter()
                .skip(1)
                .map(|l| l.code.as_str())
                .collect();
            Err(
                Diagnostic::error(CONFIG_FILE, format!("the site has no language `{code}`"))
                    .with_hint(format!(
                        "add it with `wegweiser new language {code}`; the site's languages: {}",
                        known.join(", ")
                    )),
            )
        }
    }
}

/// The part of `file` that `only` asks for, if any.
fn chosen(mut file: FileUnits, only: Option<Only>) -> Option<FileUnits> {
    let untranslated = |f: &FileUnits| f.units.iter().any(|u| u.target.is_none());
    let keep = match (only, &file.kind) {
        (Some(Only::All), _) => true,
        (_, Kind::Page) => {
            let missing = file
                .units
                .first()
                .is_some_and(|title| title.target.is_none());
            let outdated = !missing
                && file
                    .units
                    .iter()
                    .any(|u| u.state == State::NeedsReview || u.target.is_none());
            match only {
                Some(Only::Missing) => missing,
                Some(Only::Outdated) => outdated,
                _ => missing || outdated,
            }
        }
        (Some(Only::Outdated), _) => false,
        _ => {
            file.units.retain(|u| u.target.is_none());
            untranslated(&file)
        }
    };
    keep.then_some(file)
}
