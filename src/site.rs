//! Sequences the stages: load → link → render → search → write. Nothing else.

use crate::cache::{Cache, Earlier, Made};
use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::link::outputs::{self, Job};
use crate::load::config::Lang;
use crate::load::content::{Known, SourceId};
use crate::load::dates::Date;
use crate::load::strings::Strings;
use crate::output::{Listed, Manifest as Fingerprints, Memory, Recording, Sink, Staging};
use crate::progress::Progress;
use crate::render::Output;
use crate::render::inputs::Inputs;
use crate::render::links::Seen;
use crate::search::LanguageIndex;
use std::collections::{BTreeMap, HashMap};
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
    /// The cache folder of incremental builds; none when `None`.
    pub cache: Option<PathBuf>,
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
    /// With a cache: how many outputs were rendered again, or why all were.
    pub cache: Option<String>,
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
        let cache = self
            .cache
            .as_ref()
            .map_or_else(String::new, |note| format!(" ({note})"));
        format!(
            "Built {} pages in {} languages ({}){partners} in {:.2} s into {}{cache}",
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
    load_known(root, base_url, drafts, None)
}

/// [`load`], taking the sources whose files did not change from the `known` sources of an
/// earlier build.
fn load_known(
    root: &Path,
    base_url: Option<&str>,
    drafts: bool,
    known: Option<Known>,
) -> Result<Site, Vec<Diagnostic>> {
    let root = normalize(root);
    crate::link::link(crate::load::load(&root, base_url, drafts, known)?)
}

/// Today in the site's time zone, or `given`.
pub fn today(site: &Site, given: Option<Date>) -> Date {
    given.unwrap_or_else(|| site.config.region.today())
}

/// What [`render_all`] made besides the files.
pub struct Rendered {
    /// The search index of each language, which holds its pages for later updates when made
    /// with `keep_search`.
    pub indexes: BTreeMap<Lang, LanguageIndex>,
    /// What each job rendered put into the sink, in the order of `outputs::all` (of
    /// [`Earlier::todo`] after an earlier build).
    pub outputs: Vec<Output>,
    /// What rendering saw of the links and headings of the sources it rendered: of all, but
    /// for those whose outputs an `earlier` build gave.
    pub seen: HashMap<SourceId, Seen>,
    /// The fingerprint of every file, when the site is read offline.
    pub fingerprints: Fingerprints,
}

/// Renders every output of `site` into `sink` — after an `earlier` build only the outputs it
/// cannot give — and, when the site has search, indexes the pages and puts the index into
/// `sink` too; then checks the links rendering cannot judge alone (`#anchors`, `/<lang>/…`
/// links), as `check` does, from what rendering saw.
pub fn render_all(
    site: &Site,
    today: Date,
    sink: &dyn Sink,
    keep_search: bool,
    earlier: Option<&Earlier>,
    progress: &dyn Progress,
) -> Result<Rendered, Vec<Diagnostic>> {
    let inputs = Inputs::new(site, today);
    let recording = Recording::new(sink);
    // Offline reading needs every file's fingerprint; without it nothing is recorded.
    let to: &dyn Sink = if site.config.offline {
        &recording
    } else {
        sink
    };
    let mut jobs: Vec<Job> = outputs::all(site);
    if let Some(earlier) = earlier {
        jobs = earlier.todo.iter().map(|&i| jobs[i]).collect();
    }
    let rendered = crate::render::render(&inputs, &jobs, to, progress);
    let seen = inputs.seen.take();
    let links = crate::render::links::check(site, &|source| {
        seen.get(&source)
            .or_else(|| earlier.and_then(|earlier| earlier.seen(source)))
    });
    let mut outputs = match rendered {
        Ok(outputs) if links.is_empty() => outputs,
        Ok(_) => return Err(links),
        Err(mut problems) => {
            problems.extend(links);
            return Err(problems);
        }
    };
    let mut indexes = BTreeMap::new();
    if site.config.search {
        indexes = match earlier {
            Some(earlier) => {
                crate::cache::search_indexes(earlier, &site.config, &outputs, progress)?
            }
            None => {
                let documents = outputs
                    .iter_mut()
                    .filter_map(|o| o.document.take())
                    .collect();
                crate::search::index_languages(&site.config, documents, keep_search, progress)?
            }
        };
        put_all(to, crate::search::files(&mut indexes, None)?)?;
    }
    let mut fingerprints = recording.manifest();
    if site.config.offline {
        if let Some(earlier) = earlier {
            for (path, fingerprint) in earlier.fingerprints() {
                fingerprints.entry(path).or_insert(fingerprint);
            }
        }
        let files = crate::offline::files(&inputs, &fingerprints).map_err(|d| vec![d])?;
        put_all(sink, files)?;
    }
    Ok(Rendered {
        indexes,
        outputs,
        seen,
        fingerprints,
    })
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
    let root = normalize(&options.root);
    let out = normalize(&options.out.clone().unwrap_or_else(|| root.join("public")));
    let dir = options.cache.as_deref().map(normalize);
    let ((site, prior), found) = rayon::join(
        || {
            let mut prior = dir
                .as_ref()
                .map(|dir| crate::cache::prior(dir, &root, &out));
            let known = prior.as_mut().and_then(|prior| prior.sources.take());
            let (url, drafts) = (options.base_url.as_deref(), options.drafts);
            (load_known(&root, url, drafts, known), prior)
        },
        || dir.as_ref().map(|dir| crate::cache::find(dir, &root, &out)),
    );
    let site = site?;
    crate::output::check_target(&site.root, &out).map_err(|d| vec![d])?;
    let today = today(&site, options.today);
    let mut warnings = [
        site.content.warnings.clone(),
        site.strings
            .missing_warnings(&site.root, &site.config, false),
        Strings::unused_files(&site.root, &site.config),
    ]
    .concat();
    let cache = match found.zip(prior) {
        Some((found, mut prior)) => {
            warnings.extend(prior.warning.take());
            let used = format!("{:?} {} {today}", options.base_url, options.drafts);
            let opened = crate::cache::open(found, prior, &site, &used);
            warnings.extend(opened.warnings);
            let (note, problem) =
                build_cached(&site, today, &out, opened.cache, opened.earlier, progress)?;
            warnings.extend(problem);
            Some(match opened.reason {
                Some(why) => format!("{note}: {why}"),
                None => note,
            })
        }
        None => {
            let staging = Staging::create(&out).map_err(|d| vec![d])?;
            render_all(&site, today, &staging, false, None, progress)
                .map_err(|problems| staging.explain(problems))?;
            staging.commit().map_err(|d| vec![d])?;
            None
        }
    };
    Ok(Summary {
        partners: site.directory.partners.len(),
        languages: languages(&site),
        out,
        elapsed: started.elapsed(),
        warnings,
        cache,
    })
}

/// Builds `site` into `out` with a cache: renders only what the `earlier` build cannot give,
/// or everything, then keeps the output in the cache. Returns what was rendered, to tell, and
/// why the cache was not written after a full build, if it was not.
fn build_cached(
    site: &Site,
    today: Date,
    out: &Path,
    cache: Option<Cache>,
    earlier: Option<Earlier>,
    progress: &dyn Progress,
) -> Result<(String, Option<Diagnostic>), Vec<Diagnostic>> {
    let all = outputs::all(site).len();
    if let (Some(cache), Some(earlier)) = (&cache, earlier) {
        let memory = Memory::default();
        let rendered = render_all(site, today, &memory, false, Some(&earlier), progress)?;
        let note = format!("{} of {all} outputs rendered again", rendered.outputs.len());
        cache.apply(site, earlier, memory.into_files(), &made(&rendered))?;
        return Ok((note, None));
    }
    let staging = Staging::create(out).map_err(|d| vec![d])?;
    let listed = Listed::new(&staging);
    let rendered = render_all(site, today, &listed, false, None, progress)
        .map_err(|problems| staging.explain(problems))?;
    let hashes = listed.hashes();
    staging.commit().map_err(|d| vec![d])?;
    let problem = cache.and_then(|cache| {
        let saved = cache.save_full(site, &hashes, &made(&rendered));
        saved.err().map(|problem| {
            Diagnostic::warning(
                problem.path,
                format!("the cache was not written: {}", problem.message),
            )
        })
    });
    Ok((format!("all {all} outputs rendered"), problem))
}

/// What the cache keeps of `rendered`.
fn made(rendered: &Rendered) -> Made<'_> {
    Made {
        outputs: &rendered.outputs,
        seen: &rendered.seen,
        indexes: &rendered.indexes,
        fingerprints: &rendered.fingerprints,
    }
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
