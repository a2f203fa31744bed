//! What every renderer reads: the linked site, the build date and the stylesheet's URL; and
//! the one way a page becomes a file (template, then the privacy guard).

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::link::directory::Directory;
use crate::link::events::Event;
use crate::link::items::Linked;
use crate::load::config::{Config, Lang};
use crate::load::content::Source;
use crate::load::content::{SourceId, Sources};
use crate::load::dates::Date;
use crate::load::strings::Strings;
use crate::load::templates::Templates;
use crate::output::File;
use crate::render::links;
use crate::render::markdown;
use crate::render::terms::TermLinks;
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use typed_index_collections::TiVec;

/// Everything the render stage reads.
pub struct Inputs<'a> {
    /// The linked site.
    pub site: &'a Site,
    /// The validated configuration.
    pub config: &'a Config,
    /// All loaded Markdown files.
    pub sources: &'a Sources,
    /// The linked items.
    pub linked: &'a Linked,
    /// UI strings.
    pub strings: &'a Strings,
    /// Parsed templates.
    pub templates: &'a Templates,
    /// The partner directory.
    pub directory: &'a Directory,
    /// Event pages with their times.
    pub events: &'a [Event],
    /// URL path of the fingerprinted stylesheet, below the base URL.
    pub stylesheet: String,
    /// The build date: review deadlines, upcoming and past events.
    pub today: Date,
    /// Whether pages are kept for the search index (the site has search, and it is built).
    pub index: bool,
    /// The headings and links of every source rendered in its own language, for the checks
    /// of links and anchors after rendering.
    pub seen: links::Collected,
    /// Each original's text block by block, made once for all the print versions that show
    /// it beside a translation.
    pub print_blocks: TiVec<SourceId, OnceLock<PrintBlocks>>,
}

/// A source's top-level blocks rendered in its own language, for print versions.
#[derive(Debug, Default, Clone)]
pub struct PrintBlocks {
    /// The HTML of each block.
    pub html: Vec<String>,
    /// The glossary entries the text uses.
    pub terms: BTreeSet<usize>,
}

impl<'a> Inputs<'a> {
    /// The render stage's view of `site` on the day `today`.
    pub fn new(site: &'a Site, today: Date) -> Inputs<'a> {
        Inputs {
            site,
            config: &site.config,
            sources: &site.content.sources,
            linked: &site.linked,
            strings: &site.strings,
            templates: &site.templates,
            directory: &site.directory,
            events: &site.events,
            stylesheet: site.assets.stylesheet_path(),
            today,
            index: site.config.search,
            seen: Default::default(),
            print_blocks: site
                .content
                .sources
                .iter()
                .map(|_| OnceLock::new())
                .collect(),
        }
    }

    /// `text` (Markdown) as HTML in `lang`: `@/` links resolved (they were checked when the
    /// site was linked), the glossary's terms linked by `terms`.
    pub fn markdown_html(&self, text: &str, lang: Lang, terms: Option<&mut TermLinks>) -> String {
        let mut resolve = links::resolver(self.site, lang);
        markdown::render(text, markdown::Style::of(self.config), &mut resolve, terms)
            .0
            .html
    }

    /// `text` (Markdown) in `lang` as HTML block by block ([`markdown::render_blocks`]), `@/`
    /// links resolved.
    pub fn markdown_blocks(&self, text: &str, lang: Lang) -> Vec<String> {
        let mut resolve = links::resolver(self.site, lang);
        markdown::render_blocks(text, markdown::Style::of(self.config), &mut resolve)
    }

    /// A UI string of `lang`; a key missing in every language is an error naming the default
    /// language's strings file.
    pub fn text(&self, lang: &str, key: &str) -> Result<String, Diagnostic> {
        self.strings
            .format(lang, key, None)
            .map_err(|message| self.missing_string(message))
    }

    /// A UI string of `lang` with `args` as its variables, without Fluent's isolation marks
    /// (for text that leaves the page, such as an e-mail's subject).
    pub fn text_with(
        &self,
        lang: &str,
        key: &str,
        args: &[(&'static str, String)],
    ) -> Result<String, Diagnostic> {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.strings
            .format(lang, key, Some(&fluent))
            .map(|text| text.replace(crate::load::strings::ISOLATION_MARKS, ""))
            .map_err(|message| self.missing_string(message))
    }

    /// The plural message `key` for `count` in `lang` (see [`Strings::count`]).
    pub fn count(&self, lang: &str, key: &str, count: usize) -> Result<String, Diagnostic> {
        self.strings
            .count(lang, key, count)
            .map_err(|message| self.missing_string(message))
    }

    /// A date in the language's date format.
    pub fn date(&self, lang: &str, date: Date) -> Result<String, Diagnostic> {
        self.strings
            .format_date(lang, date)
            .map_err(|message| self.missing_string(message))
    }

    fn missing_string(&self, message: String) -> Diagnostic {
        let code = &self.config.default_language().code;
        Diagnostic::error(
            Path::new(crate::load::strings::I18N_DIR).join(format!("{code}.ftl")),
            message,
        )
        .with_hint("define the message in the site's or the theme's `.ftl` file")
    }

    /// The page at the URL folder `url` made from `template` with `context`, checked by the
    /// privacy guard. Errors name the template's file and line, and `source` (the Markdown
    /// file the page shows, if any).
    pub fn page(
        &self,
        template: &str,
        context: &impl Serialize,
        url: &str,
        source: Option<&Source>,
    ) -> Result<File, Diagnostic> {
        let blame = |foreign: Vec<String>| self.foreign_load(template, source, &foreign);
        self.page_blaming(template, context, url, source, blame)
    }

    /// The error for a page made from `template` (showing the text of `source`, if any) that
    /// would load `foreign` from elsewhere, placed where the first of them is written: in the
    /// text, else in a template (one written into a base template fails every page, and
    /// each page names that template), else at the text's or the template's file.
    pub fn foreign_load(
        &self,
        template: &str,
        source: Option<&Source>,
        foreign: &[String],
    ) -> Diagnostic {
        if let Some(problem) = source.and_then(|source| foreign_load_in(source, foreign)) {
            return problem;
        }
        let written = first_url(foreign).and_then(|url| self.templates.written_at(url));
        if let Some((path, line, col)) = written {
            return foreign_load(&path, foreign).at(line, col);
        }
        let path = match source {
            Some(source) => source.path.clone(),
            None => self.templates.path(template),
        };
        foreign_load(&path, foreign)
    }

    /// [`Inputs::page`], with the error for a page that would load the resources it is given
    /// from elsewhere made by `blame`.
    pub fn page_blaming(
        &self,
        template: &str,
        context: &impl Serialize,
        url: &str,
        source: Option<&Source>,
        blame: impl FnOnce(Vec<String>) -> Diagnostic,
    ) -> Result<File, Diagnostic> {
        let html = self
            .templates
            .render(template, context)
            .map_err(|d| match source {
                Some(s) => d.with_hint(format!("while rendering `{}`", s.path.display())),
                None => d,
            })?;
        let foreign = crate::privacy::foreign_resources(&html);
        if !foreign.is_empty() {
            return Err(blame(foreign));
        }
        Ok(File::new(format!("{url}index.html"), html))
    }

    /// A text file (feed, sitemap, robots.txt) made from `template` at `path`.
    pub fn text_file(
        &self,
        template: &str,
        context: &impl Serialize,
        path: String,
    ) -> Result<File, Diagnostic> {
        Ok(File::new(path, self.templates.render(template, context)?))
    }
}

/// [`foreign_load`] for the page of `source`, at the line and column of its text where the
/// first of the loads is written; `None` when it is not written there as the page has it.
pub fn foreign_load_in(source: &Source, foreign: &[String]) -> Option<Diagnostic> {
    let url = first_url(foreign)?;
    let body = source.doc.body.text().ok()?;
    let (line, col) = crate::diagnostic::line_col(body, body.find(url)?);
    Some(foreign_load(&source.path, foreign).at(source.body_line + line - 1, col))
}

/// The address of the first of `foreign` (each `<element> url`).
fn first_url(foreign: &[String]) -> Option<&str> {
    let (_, url) = foreign.first()?.split_once(' ')?;
    (!url.is_empty()).then_some(url)
}

/// The error for the page of `path` that would load `foreign` (not empty) from elsewhere.
pub fn foreign_load(path: &Path, foreign: &[String]) -> Diagnostic {
    let first = foreign.first().map_or("", String::as_str);
    Diagnostic::error(
        PathBuf::from(path),
        format!("the page would make readers' browsers load `{first}` from another server"),
    )
    .with_hint(format!(
        "copy the file into `static/` or beside the page and link it by its path; {} foreign load(s) in all",
        foreign.len()
    ))
}
