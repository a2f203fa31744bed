//! Sequences the stages of a build: load → link → render → write. Nothing else.

use crate::diagnostic::Diagnostic;
use crate::load::config::{self, Config};
use crate::output::{self, Output};
use crate::render::{self, Inputs};

use crate::link::items as link;
use crate::load::{content, partners as directory, strings as i18n};
use crate::render::assets as static_files;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a build was asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The output folder; `public/` in the root when `None`.
    pub out: Option<PathBuf>,
    /// Overrides `base_url` of config.toml.
    pub base_url: Option<String>,
    /// Include pages marked `draft = true`.
    pub drafts: bool,
    /// The date review deadlines are measured against; today when `None`.
    pub today: Option<crate::load::front_matter::Date>,
    /// Show a progress bar on standard error for large sites.
    pub progress: bool,
}

/// Sites with more pages than this get a progress bar: they take about a second or more.
const PROGRESS_FROM: usize = 5_000;

/// What a successful build produced.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Per language code: pages written in that language, and fallback pages among them.
    pub languages: Vec<(String, usize, usize)>,
    /// Number of partners in the directory.
    pub partners: usize,
    /// Where the site was written.
    pub out: PathBuf,
    /// How long the build took.
    pub elapsed: Duration,
    /// Problems that did not fail the build.
    pub warnings: Vec<Diagnostic>,
}

/// Builds the site. On any error nothing is written and every problem found is returned,
/// sorted by file and position.
pub fn build(options: &BuildOptions) -> Result<Summary, Vec<Diagnostic>> {
    build_keeping(options).map(|built| built.summary)
}

/// A finished build with what it was made from, for `serve` to re-render single pages.
pub struct Built {
    /// What the build produced.
    pub summary: Summary,
    /// The loaded and linked site.
    pub site: Site,
    /// URL path of the fingerprinted stylesheet.
    pub stylesheet: String,
    /// The review date used.
    pub today: crate::load::front_matter::Date,
}

/// Builds the site like [`build`] and keeps the loaded site.
pub fn build_keeping(options: &BuildOptions) -> Result<Built, Vec<Diagnostic>> {
    run_build(options).map_err(|mut problems| {
        crate::diagnostic::sort(&mut problems);
        problems.dedup();
        problems
    })
}

/// Everything loaded, validated and linked: what `build` renders and `check` inspects.
pub struct Site {
    /// The site folder, absolute.
    pub root: PathBuf,
    /// The validated configuration.
    pub config: Config,
    /// The Markdown sources and bundle files.
    pub content: content::Content,
    /// UI strings.
    pub strings: Arc<i18n::Strings>,
    /// Parsed templates.
    pub templates: render::Templates,
    /// Items with translations and URLs.
    pub linked: link::Linked,
    /// The partner directory.
    pub directory: crate::render::directory::Directory,
    /// Event pages with their times, earliest first.
    pub events: Vec<crate::render::calendar::Event>,
}

/// Runs the load and link stages for the site in `root`, collecting every problem.
pub fn load(root: &Path, base_url: Option<&str>, drafts: bool) -> Result<Site, Vec<Diagnostic>> {
    let root = normalize(root);
    let config = load_config(&root, base_url)?;
    let content = content::load(&root, &config, drafts);
    let strings = i18n::load(&root, &config).map(Arc::new);
    let partners = directory::load(&root, &config);
    let (content, strings, partners) = match (content, strings, partners) {
        (Ok(c), Ok(s), Ok(p)) => (c, s, p),
        (c, s, p) => {
            let mut problems = c.err().unwrap_or_default();
            problems.extend(s.err().unwrap_or_default());
            problems.extend(p.err().unwrap_or_default());
            return Err(problems);
        }
    };
    let templates = render::templates(&root, &config, strings.clone())?;
    let linked = link::link(&config, &content.sources)?;
    let directory = crate::render::directory::link(&config, &linked, partners)?;
    let events = crate::render::calendar::collect(&config, &content.sources, &linked)?;
    Ok(Site {
        root,
        config,
        content,
        strings,
        templates,
        linked,
        directory,
        events,
    })
}

impl Site {
    /// The render stage's view of the site, with the stylesheet at `stylesheet`.
    pub fn inputs(&self, stylesheet: String, today: crate::load::front_matter::Date) -> Inputs<'_> {
        Inputs {
            config: &self.config,
            sources: &self.content.sources,
            linked: &self.linked,
            strings: self.strings.clone(),
            templates: &self.templates,
            stylesheet,
            directory: &self.directory,
            events: &self.events,
            today,
        }
    }
}

fn run_build(options: &BuildOptions) -> Result<Built, Vec<Diagnostic>> {
    let started = Instant::now();
    let site = load(&options.root, options.base_url.as_deref(), options.drafts)?;
    let out = normalize(
        &options
            .out
            .clone()
            .unwrap_or_else(|| site.root.join("public")),
    );
    output::check_target(&site.root, &out).map_err(|d| vec![d])?;
    let output = Output::create(&out).map_err(|d| vec![d])?;
    let stylesheet = static_files::write(
        &site.root,
        &site.config,
        &site.content,
        &site.linked,
        &output,
    )?;
    let today = options
        .today
        .unwrap_or_else(crate::link::translations::today);
    let pages = site.linked.items.len() * site.config.languages.len();
    let show = options.progress && pages > PROGRESS_FROM;
    let progress = progress_bar(show, pages, "{bar:40} {pos}/{len} pages, {eta} left");
    let problems = render::render(&site.inputs(stylesheet.clone(), today), &output, &progress);
    progress.finish_and_clear();
    if !problems.is_empty() {
        return Err(problems);
    }
    if site.config.search {
        let progress = progress_bar(
            show,
            0,
            "{bar:40} {pos}/{len} pages indexed for search {msg}",
        );
        crate::search::write(
            &site.config,
            &site.linked,
            &site.directory,
            &output,
            &progress,
        )?;
        progress.finish_and_clear();
    }
    output.commit().map_err(|d| vec![d])?;
    let languages = site
        .config
        .languages
        .iter()
        .enumerate()
        .map(|(lang, l)| {
            let fallbacks = site
                .linked
                .items
                .iter()
                .filter(|i| i.is_fallback(lang))
                .count();
            (l.code.clone(), site.linked.items.len(), fallbacks)
        })
        .collect();
    let summary = Summary {
        partners: site.directory.partners.len(),
        languages,
        out,
        elapsed: started.elapsed(),
        warnings: site.content.warnings.clone(),
    };
    Ok(Built {
        summary,
        site,
        stylesheet,
        today,
    })
}

/// A progress bar on standard error with `template`, or a hidden one unless `show`.
fn progress_bar(show: bool, length: usize, template: &str) -> indicatif::ProgressBar {
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(length as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// Loads config.toml and applies a `--base-url` override.
fn load_config(root: &Path, base_url: Option<&str>) -> Result<Config, Vec<Diagnostic>> {
    let config = config::load(root)?;
    match base_url {
        Some(url) => config.with_base_url(url).map_err(|d| vec![d]),
        None => Ok(config),
    }
}

/// An absolute path with `.` and `..` folded away and symbolic links in its existing part
/// resolved, so two spellings of one folder compare equal.
pub fn normalize(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut folded = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                folded.pop();
            }
            Component::CurDir => {}
            other => folded.push(other),
        }
    }
    let mut existing = folded.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return folded,
        }
    }
    let mut result = existing.canonicalize().unwrap_or(existing);
    result.extend(rest.iter().rev());
    result
}
