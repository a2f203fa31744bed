//! Render stage: turns each output of the linked site (see `link::outputs`) into files —
//! Markdown bodies, Tera templates with typed contexts, Fluent strings — in parallel, and hands
//! them to a sink. Pages written in a language are also kept for the search index.

pub(crate) mod article;
pub(crate) mod blocks;
pub(crate) mod calendar;
pub(crate) mod content;
pub(crate) mod content_line;
pub(crate) mod directory;
pub(crate) mod escape;
pub mod export;
pub(crate) mod feeds;
pub(crate) mod frame;
pub(crate) mod glossary;
pub(crate) mod inputs;
pub mod links;
pub(crate) mod map;
pub mod markdown;
pub(crate) mod partner_pages;
pub(crate) mod path_print;
pub(crate) mod paths;
pub(crate) mod print;
pub(crate) mod site_pages;
pub(crate) mod terms;

use crate::diagnostic::Diagnostic;
use crate::link::outputs::Job;
use crate::load::assets::Origin;
use crate::load::config::Lang;
use crate::output::{File, Sink};
use crate::progress::Progress;
use crate::search::Document;
use inputs::Inputs;
use rayon::prelude::*;

/// What rendering one job put into the sink.
#[derive(Debug)]
pub struct Output {
    /// The paths of its files, below the output folder.
    pub paths: Vec<String>,
    /// The language its page is indexed in for search, when the site has search and the
    /// page is indexed.
    pub indexed: Option<Lang>,
    /// That page, to index; taken by the indexing.
    pub document: Option<Document>,
    /// What search read of that page ([`Document::digest`]), kept when it is taken.
    pub read: Option<u128>,
}

/// Renders `jobs` into `sink`. Returns what each job put there, in the order of `jobs`, or
/// every problem found.
pub fn render(
    inputs: &Inputs,
    jobs: &[Job],
    sink: &dyn Sink,
    progress: &dyn Progress,
) -> Result<Vec<Output>, Vec<Diagnostic>> {
    progress.begin("pages", jobs.len());
    let results: Vec<Result<Output, Vec<Diagnostic>>> = jobs
        .par_iter()
        .map(|job| {
            let result = render_job(inputs, *job).and_then(|(files, indexed)| {
                let document = match (indexed, files.first()) {
                    (Some(lang), Some(page)) => {
                        Document::of_page(page, lang, inputs.config).map_err(|d| vec![d])?
                    }
                    _ => None,
                };
                let paths = files.iter().map(|f| f.path.clone()).collect();
                let problems: Vec<Diagnostic> = files
                    .into_iter()
                    .filter_map(|f| sink.put(f).err())
                    .collect();
                if problems.is_empty() {
                    Ok(Output {
                        paths,
                        indexed,
                        read: document.as_ref().map(Document::digest),
                        document,
                    })
                } else {
                    Err(problems)
                }
            });
            progress.step();
            result
        })
        .collect();
    progress.end();
    let mut outputs = Vec::new();
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(output) => outputs.push(output),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if problems.is_empty() {
        Ok(outputs)
    } else {
        Err(problems)
    }
}

/// The files of one job, and the language its page (the first file) is indexed in for search,
/// if it is.
fn render_job(inputs: &Inputs, job: Job) -> Result<(Vec<File>, Option<Lang>), Vec<Diagnostic>> {
    let one = |d: Diagnostic| vec![d];
    let files = match job {
        Job::Assets => assets(inputs),
        Job::Item { item, lang } => {
            let files = content::render(inputs, item, lang)?;
            let indexed = !inputs.linked.items[item].is_fallback(lang);
            return Ok(with_index(inputs, files, lang, indexed));
        }
        Job::PathPage { path, node, lang } => {
            let files = vec![paths::page(inputs, path, node, lang).map_err(one)?];
            let linked = &inputs.site.paths.paths[path];
            let indexed = linked.translated(inputs.config, lang) && linked.indexed(node);
            return Ok(with_index(inputs, files, lang, indexed));
        }
        Job::PathPrint { path, result, lang } => {
            vec![path_print::render(inputs, path, result, lang).map_err(one)?]
        }
        Job::Partner { partner, lang } => {
            let files = partner_pages::partner(inputs, partner, lang).map_err(one)?;
            let code = &inputs.config.languages[lang].code;
            let indexed = inputs.directory.partners[partner]
                .summary
                .contains_key(code);
            return Ok(with_index(inputs, files, lang, indexed));
        }
        Job::Topic { topic, lang } => {
            vec![partner_pages::topic(inputs, topic, lang).map_err(one)?]
        }
        Job::Topics { lang } => vec![partner_pages::topics(inputs, lang).map_err(one)?],
        Job::City { city, lang } => vec![partner_pages::city(inputs, city, lang).map_err(one)?],
        Job::FinderData { lang } => vec![partner_pages::finder_data(inputs, lang)],
        Job::AllPartners => vec![partner_pages::all_partners(inputs)],
        Job::NotFound { lang } => vec![site_pages::not_found(inputs, lang).map_err(one)?],
        Job::RootNotFound => vec![site_pages::root_not_found(inputs).map_err(one)?],
        Job::SearchPage { lang } => vec![site_pages::search(inputs, lang).map_err(one)?],
        Job::OfflineNotice { lang } => vec![site_pages::offline_notice(inputs, lang).map_err(one)?],
        Job::Feeds { lang } => feeds::feeds(inputs, lang).map_err(one)?,
        Job::Status => vec![site_pages::status(inputs).map_err(one)?],
        Job::LanguageChoice => vec![site_pages::language_choice(inputs).map_err(one)?],
        Job::Sitemap => feeds::sitemap(inputs).map_err(one)?,
    };
    Ok((files, None))
}

/// `files` with the language their first one (the page) is indexed in, when the site has
/// search and the page is `indexed` there.
fn with_index(
    inputs: &Inputs,
    files: Vec<File>,
    lang: Lang,
    indexed: bool,
) -> (Vec<File>, Option<Lang>) {
    (files, (inputs.index && indexed).then_some(lang))
}

/// The stylesheet under its fingerprinted name and every other static file.
fn assets(inputs: &Inputs) -> Vec<File> {
    let assets = &inputs.site.assets;
    let mut files = vec![File::new(
        inputs.stylesheet.clone(),
        assets.stylesheet.clone(),
    )];
    files.extend(assets.files.iter().map(|(path, origin)| match origin {
        Origin::BuiltIn(bytes) => File::new(path.clone(), bytes.to_vec()),
        Origin::File(from) => File::copy(path.clone(), from.clone()),
    }));
    files
}
