//! The two-language print version of a translated page (`…/print/`): the translation beside
//! the default language's text, top-level block by block, to show at an office counter.

use crate::diagnostic::Diagnostic;
use crate::link::glossary::Kind;
use crate::link::items::ItemId;
use crate::load::config::Lang;
use crate::load::content::SourceId;
use crate::load::glossary::Entry;
use crate::output::File;
use crate::render::frame::{self, Frame, Place};
use crate::render::glossary::{self, EntryView};
use crate::render::inputs::{Inputs, PrintBlocks, foreign_load, foreign_load_in};
use crate::render::markdown;
use serde::Serialize;
use std::collections::BTreeSet;

/// A translation beside the default-language text, block by block.
#[derive(Debug, Serialize)]
pub struct BilingualView {
    /// Title in the reader's language.
    pub title: String,
    /// Title in the default language.
    pub original_title: String,
    /// The default language's code.
    pub original_lang: String,
    /// The default language's own name.
    pub original_name: String,
    /// The default language's direction.
    pub original_dir: &'static str,
    /// The reader's language's own name.
    pub name: String,
    /// Pairs of HTML blocks: translation, original (either may be empty).
    pub rows: Vec<(String, String)>,
    /// URL path of the page.
    pub page_url: String,
    /// The glossary entries of the terms either text uses, A–Z by the German term: as shown
    /// in the reader's language, and in the default language.
    pub glossary: Vec<(EntryView, EntryView)>,
}

/// The print version's context (`print.html`).
#[derive(Debug, Serialize)]
pub struct PrintContext<'a> {
    /// The frame.
    #[serde(flatten)]
    pub frame: Frame<'a>,
    /// The texts block by block.
    pub bilingual: BilingualView,
}

/// The print version of `item` in `lang` (which has a translation and an original), with the
/// translation's blocks as its page rendered them (`markdown::render_with_blocks`).
pub fn render(
    inputs: &Inputs,
    item: ItemId,
    lang: Lang,
    translated: Vec<String>,
) -> Result<File, Diagnostic> {
    let config = inputs.config;
    let it = &inputs.linked.items[item];
    let (Some(translation), Some(original)) = (it.versions[lang], it.versions[Lang::DEFAULT])
    else {
        return Err(Diagnostic::error(
            &inputs.sources[it.original].path,
            "a print version needs the translation and its original",
        ));
    };
    let left = PrintBlocks {
        html: translated,
        terms: terms(inputs, translation, lang)?,
    };
    let right = original_blocks(inputs, original)?;
    let entries = &inputs.site.glossary.entries;
    let used: BTreeSet<usize> = left.terms.union(&right.terms).copied().collect();
    let glossary = glossary_pairs(
        inputs,
        lang,
        glossary::a_to_z(used.into_iter().map(|i| &entries[i])),
    );
    let rows = side_by_side(&left.html, &right.html);
    let default = config.default_language();
    let title = |version: SourceId| inputs.sources[version].doc.meta.title.clone();
    let mut frame = frame::frame(inputs, lang, &Place::of_item(inputs.linked, item));
    frame.canonical = Some(config.absolute(&it.urls[lang]));
    let context = PrintContext {
        frame,
        bilingual: BilingualView {
            title: title(translation),
            original_title: title(original),
            original_lang: default.code.clone(),
            original_name: default.name.clone(),
            original_dir: default.dir.as_str(),
            name: config.languages[lang].name.clone(),
            rows,
            page_url: config.url_path(&it.urls[lang]),
            glossary,
        },
    };
    // A foreign load is put down to the text it is in, as its own page reports it (equal
    // reports are merged); else to the translation.
    let blame = |on_page: Vec<String>| {
        [(translation, &left), (original, right)]
            .into_iter()
            .find_map(|(version, texts)| {
                let foreign: Vec<String> = texts
                    .html
                    .iter()
                    .flat_map(crate::privacy::foreign_resources)
                    .collect();
                let source = &inputs.sources[version];
                (!foreign.is_empty()).then(|| {
                    foreign_load_in(source, &foreign)
                        .unwrap_or_else(|| foreign_load(&source.path, &foreign))
                })
            })
            .unwrap_or_else(|| {
                inputs.foreign_load("print.html", Some(&inputs.sources[translation]), &on_page)
            })
    };
    inputs.page_blaming(
        "print.html",
        &context,
        &crate::link::outputs::print_url(&it.urls[lang]),
        Some(&inputs.sources[translation]),
        blame,
    )
}

/// Rows of a translation (`left`) beside its original (`right`), the shorter side padded
/// with empty cells.
pub fn side_by_side(left: &[String], right: &[String]) -> Vec<(String, String)> {
    (0..left.len().max(right.len()))
        .map(|i| {
            (
                left.get(i).cloned().unwrap_or_default(),
                right.get(i).cloned().unwrap_or_default(),
            )
        })
        .collect()
}

/// Each of `entries` as shown in `lang` and in the default language.
pub fn glossary_pairs<'e>(
    inputs: &Inputs,
    lang: Lang,
    entries: impl IntoIterator<Item = &'e Entry>,
) -> Vec<(EntryView, EntryView)> {
    entries
        .into_iter()
        .map(|e| {
            (
                glossary::view(inputs, lang, e),
                glossary::view(inputs, Lang::DEFAULT, e),
            )
        })
        .collect()
}

/// The blocks of the original `version`, rendered in the default language without heading
/// ids, with the glossary entries its text uses: made once for all its print versions. Fails
/// when the body cannot be read.
fn original_blocks<'i>(
    inputs: &'i Inputs,
    version: SourceId,
) -> Result<&'i PrintBlocks, Diagnostic> {
    let cell = &inputs.print_blocks[version];
    if let Some(blocks) = cell.get() {
        return Ok(blocks);
    }
    let made = PrintBlocks {
        html: inputs.markdown_blocks(inputs.sources[version].doc.body.text()?, Lang::DEFAULT),
        terms: terms(inputs, version, Lang::DEFAULT)?,
    };
    Ok(cell.get_or_init(|| made))
}

/// The glossary entries the text of source `version` in `lang` (its own) uses, unless the
/// page opts out. Fails when the body cannot be read.
fn terms(inputs: &Inputs, version: SourceId, lang: Lang) -> Result<BTreeSet<usize>, Diagnostic> {
    let source = &inputs.sources[version];
    let Some(matcher) = inputs.site.glossary.matcher(lang) else {
        return Ok(BTreeSet::new());
    };
    if !source.doc.meta.glossary {
        return Ok(BTreeSet::new());
    }
    let found = markdown::terms(source.doc.body.text()?, matcher);
    Ok(found
        .iter()
        .filter(|f| f.kind != Kind::Avoid)
        .map(|f| f.entry)
        .collect())
}
