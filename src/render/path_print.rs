//! The two-language print version of a decision path's result (`…/print/`, `print.html`): the
//! questions and answers that led to it and the result's text, the translation beside the
//! original, block by block, with the glossary entries it names.

use crate::diagnostic::Diagnostic;
use crate::link::paths::Node;
use crate::load::config::Lang;
use crate::load::paths::Texts;
use crate::output::File;
use crate::render::frame;
use crate::render::inputs::Inputs;
use crate::render::paths::{place, said};
use crate::render::print::{BilingualView, PrintContext, glossary_pairs, side_by_side};

/// The two-language print version of result `r` of path `path` in `lang`: the answers that
/// led to it and the result's text, the translation beside the original, block by block.
pub fn render(inputs: &Inputs, path: usize, r: usize, lang: Lang) -> Result<File, Diagnostic> {
    let config = inputs.config;
    let linked = &inputs.site.paths.paths[path];
    let node = Node::Result(r);
    let id = linked.id(node).to_string();
    let (translated, original) = (
        linked.texts(config, lang),
        linked.texts(config, Lang::DEFAULT),
    );
    let rows_of = |texts: &[(&str, &Texts)], lang: Lang| -> Vec<String> {
        let mut rows: Vec<String> = crate::load::path_tree::route(&linked.path, &id)
            .into_iter()
            .map(|(question, answer)| {
                let next = &question.answers[answer].id;
                let q = said(inputs, texts, |t| {
                    t.questions.get(&question.id)?.text.as_ref()
                });
                let a = said(inputs, texts, |t| {
                    t.questions.get(&question.id)?.answers.get(next)
                });
                format!(
                    "<p><b>{}</b><br>{}</p>",
                    escape(q.map(|s| s.text)),
                    escape(a.map(|s| s.text))
                )
            })
            .collect();
        let text = texts
            .iter()
            .find_map(|(_, t)| t.results.get(&id)?.text.as_ref())
            .map_or("", |t| t.text.as_str());
        rows.extend(inputs.markdown_blocks(text, lang));
        rows
    };
    let (left, right) = (
        rows_of(&translated, lang),
        rows_of(&original, Lang::DEFAULT),
    );
    let rows = side_by_side(&left, &right);
    let title = |texts: &[(&str, &Texts)]| {
        said(inputs, texts, |t| t.results.get(&id)?.title.as_ref())
            .map_or_else(String::new, |s| s.text)
    };
    let entries = &inputs.site.glossary.entries;
    let glossary = glossary_pairs(
        inputs,
        lang,
        linked.path.results[r]
            .glossary
            .iter()
            .filter_map(|n| entries.iter().find(|e| e.id == n.id)),
    );
    let default = config.default_language();
    let urls = linked.urls(config, node);
    let mut frame = frame::frame(inputs, lang, &place(inputs, linked, &urls));
    frame.canonical = Some(config.absolute(&urls[lang]));
    let context = PrintContext {
        frame,
        bilingual: BilingualView {
            title: title(&translated),
            original_title: title(&original),
            original_lang: default.code.clone(),
            original_name: default.name.clone(),
            original_dir: default.dir.as_str(),
            name: config.languages[lang].name.clone(),
            rows,
            page_url: config.url_path(&urls[lang]),
            glossary,
        },
    };
    inputs.page(
        "print.html",
        &context,
        &crate::link::outputs::print_url(&urls[lang]),
        None,
    )
}

/// `text` escaped for HTML; empty when there is none.
fn escape(text: Option<String>) -> String {
    crate::render::escape::xml(&text.unwrap_or_default())
}
