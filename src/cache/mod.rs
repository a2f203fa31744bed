//! Incremental builds (`build --cache DIR`). The cache folder keeps the last build's files and
//! a manifest of what they were made from ([`key`]): which job made which file, what rendering
//! saw of each page's links, and the search index of each language. A build whose inputs
//! differ from the last one's only in Markdown bodies renders again only the outputs that embed
//! a changed body (`link::outputs::embedding_body`), takes every other file from the last
//! build, and writes only the files whose bytes changed; its output equals a full build's.
//!
//! Anything else — another binary, other options, a changed front matter, template, string or
//! setting — means a full build, which writes the cache anew. The cache is trusted no further
//! than it can check: a folder that is not a wegweiser cache is neither used nor written, and a
//! manifest that cannot be read or files changed since they were kept are ignored with a
//! warning.

mod key;
mod search;
mod store;

pub use search::search_indexes;

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::link::outputs::{self, Job};
use crate::load::config::Lang;
use crate::load::content::{Known, SourceId};
use crate::load::fs::Stamp;
use crate::output::{Fingerprint, Manifest as Fingerprints};
use crate::render::Output;
use crate::render::links::Seen;
use crate::search::LanguageIndex;
use key::Keys;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The first line of the manifest and of the sources file: the version of their shape. The
/// value in postcard's encoding and its checksum (XXH3-128, little-endian) follow it.
const FORMAT: &[u8] = b"wegweiser cache 4\n";
/// The file that marks a folder as a cache (<https://bford.info/cachedir/>).
const TAG: &str = "CACHEDIR.TAG";
/// The manifest, in the cache folder.
const MANIFEST: &str = "manifest";
/// The sources as the last build loaded them, in the cache folder ([`store::sources`]).
const SOURCES: &str = "sources";
/// The running binary's stamp and hash, in the cache folder ([`store::binary`]).
const BINARY: &str = "binary";
/// The folder of the last build's files, in the cache folder.
const FILES: &str = "files";

/// What the cache knows of the last build.
#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    /// [`Keys::binary`].
    binary: u128,
    /// [`Keys::site`].
    site: u128,
    /// The output folder the build wrote.
    out: PathBuf,
    /// [`Keys::bodies`].
    bodies: Vec<u128>,
    /// Per job of `outputs::all`: what it made.
    jobs: Vec<JobRecord>,
    /// Per source: what rendering saw of its links and headings.
    seen: Vec<Option<Seen>>,
    /// Per language code: its search index.
    search: BTreeMap<String, SearchRecord>,
    /// Every file of the output.
    files: BTreeMap<String, FileRecord>,
}

/// What one job made.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct JobRecord {
    /// Its files.
    paths: Vec<String>,
    /// The language code its page was indexed in for search, if it was.
    indexed: Option<String>,
    /// What search read of that page ([`crate::search::Document::digest`]).
    read: Option<u128>,
}

/// The search index of a language: the names of its files below the search folder, and its
/// part of the entry file.
#[derive(Debug, Serialize, Deserialize)]
struct SearchRecord {
    names: Vec<String>,
    entry: String,
}

/// One output file as written to the output folder and as kept in the cache.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct FileRecord {
    out: Stamp,
    kept: Stamp,
    /// [`crate::output::File::hash`] of its bytes: what a file whose stamp changed
    /// (e.g. restored from a CI cache) is checked by.
    hash: u128,
    /// SHA-256 of its bytes, when the site is read offline (which lists them).
    sha256: Option<[u8; 32]>,
}

/// A cache folder in use, with the keys of the site being built.
pub struct Cache {
    dir: PathBuf,
    keys: Keys,
    running: Running,
    out: PathBuf,
}

/// What a build found in its cache folder.
pub struct Opened {
    /// The cache to write after the build; `None` when the folder cannot be used.
    pub cache: Option<Cache>,
    /// The last build, when this one can take outputs from it.
    pub earlier: Option<Earlier>,
    /// Why everything is rendered, when it is.
    pub reason: Option<String>,
    /// Problems with the cache; the build goes on without it.
    pub warnings: Vec<Diagnostic>,
}

/// The last build, as far as this one takes from it.
pub struct Earlier {
    manifest: Manifest,
    /// Where its files are read: the output folder when it is as the last build left it, else
    /// the cache's copy.
    from: PathBuf,
    /// Whether the output folder is as the last build left it, to be updated in place.
    in_place: bool,
    /// Per source: whether its body changed.
    changed: Vec<bool>,
    /// Positions in `outputs::all` of the jobs to render again, in order.
    pub todo: Vec<usize>,
}

/// A cache folder as read while the site is loaded: its manifest, and where the files it
/// lists are as the last build left them.
pub struct Found {
    dir: PathBuf,
    out: PathBuf,
    /// Why the folder is not used at all.
    refused: Option<Diagnostic>,
    stored: Stored,
    /// Where the last build's files can be read — the output folder (updated in place) or
    /// the cache's copy — with their stamps now in the manifest; `None` if neither holds them.
    files: Option<(PathBuf, bool)>,
}

/// Reads the manifest of the cache folder `dir` of a build of the site in `root` into `out`,
/// and looks where the files of the last build are as it left them. Reads only, so it can
/// run while the site loads.
pub fn find(dir: &Path, root: &Path, out: &Path) -> Found {
    let mut found = Found {
        dir: dir.to_path_buf(),
        out: out.to_path_buf(),
        refused: refusal(dir, root, out),
        stored: Stored::None,
        files: None,
    };
    if found.refused.is_none() {
        found.stored = store::load(dir);
        if let Stored::Manifest(manifest) = &mut found.stored {
            found.files = store::locate(manifest, dir, out);
        }
    }
    found
}

/// What the build knows from its cache folder before it loads the site.
pub struct Prior {
    /// The sources the last build loaded: `None` when the folder is not used as a cache (the
    /// site is then loaded without noting its files' stamps); none when they were loaded by
    /// another binary or with another config.toml, or cannot be read.
    pub sources: Option<Known>,
    /// Why the kept sources cannot be read, if they cannot.
    pub warning: Option<Diagnostic>,
    /// The running binary as the cache knows it; why not if it cannot be read or the folder
    /// cannot be the cache.
    running: Result<Running, Diagnostic>,
}

/// The running binary as the cache knows it.
struct Running {
    /// Its hash.
    hash: u128,
    /// Its stamp, when this build hashed it, to keep the hash with ([`store::binary`]).
    stamp: Option<Stamp>,
    /// [`key::loader`] of it and the site's config.toml.
    loader: u128,
}

/// What the cache folder `dir` of a build of the site in `root` into `out` knows before the
/// site is loaded: the sources the last build loaded, and the running binary's hash. Reads only.
pub fn prior(dir: &Path, root: &Path, out: &Path) -> Prior {
    if let Some(refused) = refusal(dir, root, out) {
        return Prior {
            sources: None,
            warning: None,
            running: Err(refused),
        };
    }
    let (sources, binary) = rayon::join(|| store::sources(dir), || store::binary(dir));
    let running = binary.map(|(hash, stamp)| Running {
        hash,
        stamp,
        loader: key::loader(hash, root),
    });
    let (sources, warning) = match sources {
        Ok(Some((then, sources))) if running.as_ref().is_ok_and(|r| r.loader == then) => {
            (sources, None)
        }
        Err(why) => {
            let warning = Diagnostic::warning(dir, why)
                .with_hint("every source is read again and the cache written anew");
            (Known::default(), Some(warning))
        }
        _ => (Known::default(), None),
    };
    Prior {
        sources: Some(sources),
        warning,
        running,
    }
}

/// Why the folder `dir` cannot be the cache of a build of the site in `root` into `out`, if
/// it cannot.
fn refusal(dir: &Path, root: &Path, out: &Path) -> Option<Diagnostic> {
    let (message, hint) = if dir.exists() && !dir.is_dir() {
        (
            "not a folder: the cache is not used",
            "name a folder for `--cache`, e.g. `.wegweiser-cache`",
        )
    } else if dir.starts_with(out)
        || out.starts_with(dir)
        || crate::load::SOURCES
            .iter()
            .any(|source| dir.starts_with(root.join(source)))
    {
        (
            "the cache folder overlaps the output or the sources: not used",
            "name a folder of its own, e.g. `.wegweiser-cache` in the site folder",
        )
    } else if dir.is_dir()
        && !dir.join(TAG).is_file()
        && std::fs::read_dir(dir).map_or(true, |mut d| d.next().is_some())
    {
        (
            "not a wegweiser cache (no CACHEDIR.TAG): not used, not written",
            "name an empty or new folder for `--cache`",
        )
    } else {
        return None;
    };
    Some(Diagnostic::warning(dir, message).with_hint(hint))
}

/// Opens the `found` cache for building `site` (with `options`, what else the output depends
/// on) with the running binary as [`prior`] hashed it: what can be taken from the last build,
/// and why not when nothing can.
pub fn open(found: Found, prior: Prior, site: &Site, options: &str) -> Opened {
    let mut opened = Opened {
        cache: None,
        earlier: None,
        reason: None,
        warnings: Vec::new(),
    };
    if let Some(refused) = found.refused {
        opened.warnings.push(refused);
        return opened;
    }
    let keys = match prior
        .running
        .and_then(|running| Ok((key::keys(site, options, running.hash)?, running)))
    {
        Ok(keys) => keys,
        Err(problem) => {
            opened
                .warnings
                .push(problem.with_hint("the cache is not used"));
            return opened;
        }
    };
    let (keys, running) = keys;
    let cache = Cache {
        dir: found.dir,
        running,
        keys,
        out: found.out,
    };
    match cache.earlier(site, found.stored, found.files) {
        Ok(earlier) => opened.earlier = Some(earlier),
        Err(Why::Changed(reason)) => opened.reason = Some(reason),
        Err(Why::Broken(problem)) => {
            opened.reason = Some("the cache could not be used".to_string());
            opened.warnings.push(problem);
        }
    }
    opened.cache = Some(cache);
    opened
}

/// The manifest in the cache folder, as read.
enum Stored {
    /// There is none.
    None,
    /// It could not be read, with why.
    Unreadable(String),
    /// It was read.
    Manifest(Box<Manifest>),
}

/// Why nothing is taken from the last build.
enum Why {
    /// Its inputs differ too much.
    Changed(String),
    /// The cache is damaged.
    Broken(Diagnostic),
}

impl Cache {
    /// The last build, if this build can take outputs from it: `stored` and `files` are
    /// what [`find`] found.
    fn earlier(
        &self,
        site: &Site,
        stored: Stored,
        files: Option<(PathBuf, bool)>,
    ) -> Result<Earlier, Why> {
        let broken = |message: String| {
            Why::Broken(
                Diagnostic::warning(&self.dir, message)
                    .with_hint("everything is rendered and the cache written anew"),
            )
        };
        let manifest = match stored {
            Stored::Manifest(manifest) => *manifest,
            Stored::None => {
                return Err(Why::Changed("the cache holds no earlier build".to_string()));
            }
            Stored::Unreadable(why) => return Err(broken(why)),
        };
        if manifest.binary != self.keys.binary {
            return Err(Why::Changed(
                "another wegweiser binary made the cache".to_string(),
            ));
        }
        if manifest.site != self.keys.site {
            return Err(Why::Changed(
                "settings, templates, strings, files or front matter changed".to_string(),
            ));
        }
        let jobs = outputs::all(site);
        let sources = self.keys.bodies.len();
        if manifest.jobs.len() != jobs.len()
            || manifest.bodies.len() != sources
            || manifest.seen.len() != sources
        {
            return Err(broken(format!("{MANIFEST} does not match its key")));
        }
        let changed: Vec<bool> = self
            .keys
            .bodies
            .iter()
            .zip(&manifest.bodies)
            .map(|(now, then)| now != then)
            .collect();
        let position: rustc_hash::FxHashMap<Job, usize> =
            jobs.iter().enumerate().map(|(i, j)| (*j, i)).collect();
        let todo: BTreeSet<usize> = changed
            .iter()
            .enumerate()
            .filter(|(_, changed)| **changed)
            .flat_map(|(source, _)| outputs::embedding_body(site, SourceId::from(source)))
            .filter_map(|job| position.get(&job).copied())
            .collect();
        if todo.len() * 2 > jobs.len() {
            return Err(Why::Changed(
                "the text of more than half the pages changed".to_string(),
            ));
        }
        let Some((from, in_place)) = files else {
            return Err(broken(format!(
                "files in `{FILES}` changed since the cache was written"
            )));
        };
        Ok(Earlier {
            manifest,
            from,
            in_place,
            changed,
            todo: todo.into_iter().collect(),
        })
    }
}

impl Earlier {
    /// What rendering saw of `source` in the last build, if its body did not change.
    pub fn seen(&self, source: SourceId) -> Option<&Seen> {
        let index = usize::from(source);
        let changed = self.changed.get(index).copied().unwrap_or(true);
        self.manifest.seen.get(index)?.as_ref().filter(|_| !changed)
    }

    /// The fingerprints of the files of the jobs not rendered again.
    pub fn fingerprints(&self) -> Fingerprints {
        self.kept_paths()
            .filter_map(|path| {
                let record = self.manifest.files.get(path)?;
                let hash = record.sha256?;
                let size = record.kept.size;
                Some((path.clone(), Fingerprint { hash, size }))
            })
            .collect()
    }

    /// The paths of the files of the jobs not rendered again.
    fn kept_paths(&self) -> impl Iterator<Item = &String> {
        self.manifest
            .jobs
            .iter()
            .enumerate()
            .filter(|(i, _)| self.todo.binary_search(i).is_err())
            .flat_map(|(_, job)| &job.paths)
    }
}

/// What a build made, for the manifest.
pub struct Made<'a> {
    /// Per job rendered, what it made: every job of the site after a full build, the jobs
    /// of [`Earlier::todo`] after an incremental one.
    pub outputs: &'a [Output],
    /// What rendering saw, of every source after a full build, of every source whose body
    /// changed after an incremental one.
    pub seen: &'a HashMap<SourceId, Seen>,
    /// The search index of each language.
    pub indexes: &'a BTreeMap<Lang, LanguageIndex>,
    /// The fingerprint of every file, when the site is read offline.
    pub fingerprints: &'a Fingerprints,
}

impl Cache {
    /// The manifest of a full build that made `made`, its files not yet listed.
    fn manifest(&self, site: &Site, made: &Made) -> Manifest {
        Manifest {
            binary: self.keys.binary,
            site: self.keys.site,
            out: self.out.clone(),
            bodies: self.keys.bodies.clone(),
            jobs: made.outputs.iter().map(|o| job_record(o, site)).collect(),
            seen: (0..self.keys.bodies.len())
                .map(|source| made.seen.get(&SourceId::from(source)).cloned())
                .collect(),
            search: search_records(made),
            files: BTreeMap::new(),
        }
    }

    /// Updates the manifest of `earlier` to the incremental build after it that made `made`,
    /// but for its files.
    fn update(&self, earlier: &mut Earlier, site: &Site, made: &Made) {
        let manifest = &mut earlier.manifest;
        for (&position, output) in earlier.todo.iter().zip(made.outputs) {
            manifest.jobs[position] = job_record(output, site);
        }
        for (source, changed) in earlier.changed.iter().enumerate() {
            if *changed {
                manifest.seen[source] = made.seen.get(&SourceId::from(source)).cloned();
            }
        }
        manifest.bodies.clone_from(&self.keys.bodies);
        manifest.search = search_records(made);
    }
}

/// What the job that made `output` made.
fn job_record(output: &Output, site: &Site) -> JobRecord {
    JobRecord {
        paths: output.paths.clone(),
        indexed: output
            .indexed
            .map(|l| site.config.languages[l].code.clone()),
        read: output.read,
    }
}

/// The search index of each language of `made`.
fn search_records(made: &Made) -> BTreeMap<String, SearchRecord> {
    made.indexes
        .values()
        .map(|index| {
            let (names, entry) = index.written();
            let record = SearchRecord {
                names: names.into_iter().map(String::from).collect(),
                entry: String::from_utf8_lossy(entry).into_owned(),
            };
            (index.code().to_string(), record)
        })
        .collect()
}
