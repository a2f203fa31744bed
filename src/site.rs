//! Sequences the stages: load → link → render → search → write. Nothing else.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::link::outputs::{self, Job};
use crate::load::config::Lang;
use crate::load::dates::Date;
use crate::output::{Recording, Sink, Staging};
use crate::progress::Progress;
use crate::render::inputs::Inputs;
use crate::search::LanguageIndex;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
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
    /// The date review deadlines and events are measured against; today in the site's time
    /// zone when `None`.
    pub today: Option<Date>,
}

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

impl Summary {
    /// The line printed after a successful build: pages per language, fallbacks, time, folder.
    pub fn line(&self) -> String {
        let per_language: Vec<String> = self
            .languages
            .iter()
            .map(|(code, pages, fallbacks)| {
                if *fallbacks > 0 {
                    format!("{code} {pages} ({fallbacks} untranslated)")
                } else {
                    format!("{code} {pages}")
                }
            })
            .collect();
        let partners = match self.partners {
            0 => String::new(),
            1 => ", 1 partner".to_string(),
            n => format!(", {n} partners"),
        };
        format!(
            "Built {} pages in {} languages ({}){partners} in {:.2} s into {}",
            self.languages.iter().map(|(_, p, _)| p).sum::<usize>(),
            self.languages.len(),
            per_language.join(", "),
            self.elapsed.as_secs_f64(),
            self.out.display()
        )
    }
}

/// Runs the load and link stages for the site in `root`, collecting every problem.
pub fn load(root: &Path, base_url: Option<&str>, drafts: bool) -> Result<Site, Vec<Diagnostic>> {
    let root = normalize(root);
    crate::link::link(crate::load::load(&root, base_url, drafts)?)
}

/// Today in the site's time zone, or `given`.
pub fn today(site: &Site, given: Option<Date>) -> Date {
    given.unwrap_or_else(|| site.config.region.today())
}

/// Renders every output of `site` into `sink` and, when the site has search, indexes the
/// pages and puts the index into `sink` too; then checks the links rendering cannot judge
/// alone (`#anchors`, `/<lang>/…` links), as `check` does, from what rendering saw. Returns
/// the search index of each language, which holds its pages for later updates with
/// `keep_search`.
pub fn render_all(
    site: &Site,
    today: Date,
    sink: &dyn Sink,
    keep_search: bool,
    progress: &dyn Progress,
) -> Result<BTreeMap<Lang, LanguageIndex>, Vec<Diagnostic>> {
    let inputs = Inputs::new(site, today);
    let recording = Recording::new(sink);
    // Offline reading needs every file's fingerprint; without it nothing is recorded.
    let to: &dyn Sink = if site.config.offline {
        &recording
    } else {
        sink
    };
    let jobs: Vec<Job> = outputs::all(site);
    let rendered = crate::render::render(&inputs, &jobs, to, progress);
    let links = crate::render::links::check(site, &inputs.seen.take());
    let documents = match rendered {
        Ok(documents) if links.is_empty() => documents,
        Ok(_) => return Err(links),
        Err(mut problems) => {
            problems.extend(links);
            return Err(problems);
        }
    };
    let mut indexes = BTreeMap::new();
    if site.config.search {
        indexes = crate::search::index_languages(&site.config, documents, keep_search, progress)?;
        put_all(to, crate::search::files(&indexes, None)?)?;
    }
    if site.config.offline {
        let files = crate::offline::files(&inputs, &recording.manifest()).map_err(|d| vec![d])?;
        put_all(sink, files)?;
    }
    Ok(indexes)
}

/// Puts every file into `sink`, collecting the problems.
pub fn put_all(sink: &dyn Sink, files: Vec<crate::output::File>) -> Result<(), Vec<Diagnostic>> {
    let problems: Vec<Diagnostic> = files
        .into_iter()
        .filter_map(|f| sink.put(f).err())
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Builds the site. On any error nothing is written and every problem found is returned,
/// sorted by file and position.
pub fn build(options: &BuildOptions, progress: &dyn Progress) -> Result<Summary, Vec<Diagnostic>> {
    run_build(options, progress).map_err(|mut problems| {
        crate::diagnostic::sort(&mut problems);
        problems.dedup();
        problems
    })
}

fn run_build(options: &BuildOptions, progress: &dyn Progress) -> Result<Summary, Vec<Diagnostic>> {
    let started = Instant::now();
    let site = load(&options.root, options.base_url.as_deref(), options.drafts)?;
    let out = normalize(
        &options
            .out
            .clone()
            .unwrap_or_else(|| site.root.join("public")),
    );
    crate::output::check_target(&site.root, &out).map_err(|d| vec![d])?;
    let staging = Staging::create(&out).map_err(|d| vec![d])?;
    render_all(
        &site,
        today(&site, options.today),
        &staging,
        false,
        progress,
    )
    .map_err(|problems| staging.explain(problems))?;
    staging.commit().map_err(|d| vec![d])?;
    Ok(Summary {
        partners: site.directory.partners.len(),
        languages: languages(&site),
        out,
        elapsed: started.elapsed(),
        warnings: [
            site.content.warnings.clone(),
            site.strings
                .missing_warnings(&site.root, &site.config, false),
        ]
        .concat(),
    })
}

/// Per language: the pages shown in it, and the fallback pages among them.
pub fn languages(site: &Site) -> Vec<(String, usize, usize)> {
    site.config
        .languages
        .iter_enumerated()
        .map(|(lang, l)| {
            let items = &site.linked.items;
            let fallbacks = items.iter().filter(|i| i.is_fallback(lang)).count();
            (l.code.clone(), items.len(), fallbacks)
        })
        .collect()
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
