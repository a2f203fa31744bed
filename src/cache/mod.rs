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
mod store;

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::link::outputs::{self, Job};
use crate::load::config::{Config, Lang};
use crate::load::content::SourceId;
use crate::output::{Fingerprint, Manifest as Fingerprints};
use crate::progress::Progress;
use crate::render::Output;
use crate::render::links::Seen;
use crate::search::{Document, LanguageIndex};
use key::Keys;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
pub use store::Stamp;

/// The version of the manifest's shape.
const FORMAT: &str = "wegweiser cache 1";
/// The file that marks a folder as a cache (<https://bford.info/cachedir/>).
const TAG: &str = "CACHEDIR.TAG";
/// The manifest, in the cache folder.
const MANIFEST: &str = "manifest.json";
/// The folder of the last build's files, in the cache folder.
const FILES: &str = "files";

/// What the cache knows of the last build.
#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    /// [`Keys::binary`], in hex.
    binary: String,
    /// [`Keys::site`], in hex.
    site: String,
    /// The output folder the build wrote.
    out: PathBuf,
    /// [`Keys::bodies`], in hex.
    bodies: Vec<String>,
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
    /// [`crate::output::File::hash`] of its bytes, in hex: what a file whose stamp changed
    /// (e.g. restored from a CI cache) is checked by.
    hash: String,
    /// SHA-256 of its bytes, in hex, when the site is read offline (which lists them).
    sha256: Option<String>,
}

/// A cache folder in use, with the keys of the site being built.
pub struct Cache {
    dir: PathBuf,
    keys: Keys,
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

/// Opens the cache in `dir` for building `site` (with `options`, what else the output depends
/// on) into `out`: what can be taken from the last build, and why not when nothing can.
pub fn open(dir: &Path, site: &Site, options: &str, out: &Path) -> Opened {
    let mut opened = Opened {
        cache: None,
        earlier: None,
        reason: None,
        warnings: Vec::new(),
    };
    let overlaps = dir.starts_with(out)
        || out.starts_with(dir)
        || crate::load::SOURCES
            .iter()
            .any(|source| dir.starts_with(site.root.join(source)));
    if overlaps {
        opened.warnings.push(
            Diagnostic::warning(
                dir,
                "the cache folder overlaps the output or the sources: not used",
            )
            .with_hint("name a folder of its own, e.g. `.wegweiser-cache` in the site folder"),
        );
        return opened;
    }
    let foreign = dir.is_dir()
        && !dir.join(TAG).is_file()
        && std::fs::read_dir(dir).map_or(true, |mut d| d.next().is_some());
    if foreign {
        opened.warnings.push(
            Diagnostic::warning(
                dir,
                "not a wegweiser cache (no CACHEDIR.TAG): not used, not written",
            )
            .with_hint("name an empty or new folder for `--cache`"),
        );
        return opened;
    }
    let keys = match key::keys(site, options) {
        Ok(keys) => keys,
        Err(problem) => {
            opened
                .warnings
                .push(problem.with_hint("the cache is not used"));
            return opened;
        }
    };
    let cache = Cache {
        dir: dir.to_path_buf(),
        keys,
        out: out.to_path_buf(),
    };
    match cache.earlier(site) {
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

/// Why nothing is taken from the last build.
enum Why {
    /// Its inputs differ too much.
    Changed(String),
    /// The cache is damaged.
    Broken(Diagnostic),
}

impl Cache {
    /// The last build, if this build can take outputs from it.
    fn earlier(&self, site: &Site) -> Result<Earlier, Why> {
        let broken = |message: String| {
            Why::Broken(
                Diagnostic::warning(&self.dir, message)
                    .with_hint("everything is rendered and the cache written anew"),
            )
        };
        let path = self.dir.join(MANIFEST);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Why::Changed("the cache holds no earlier build".to_string()));
            }
            Err(e) => return Err(broken(format!("cannot read {MANIFEST}: {e}"))),
        };
        let manifest: Manifest = serde_json::from_slice(&bytes)
            .map_err(|e| broken(format!("{MANIFEST} cannot be read: {e}")))?;
        if manifest.format != FORMAT {
            return Err(broken(format!(
                "{MANIFEST} is not of this version (`{}`)",
                manifest.format
            )));
        }
        if manifest.binary != hex(self.keys.binary) {
            return Err(Why::Changed(
                "another wegweiser binary made the cache".to_string(),
            ));
        }
        if manifest.site != hex(self.keys.site) {
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
            .map(|(now, then)| hex(*now) != *then)
            .collect();
        let position: HashMap<Job, usize> = jobs.iter().enumerate().map(|(i, j)| (*j, i)).collect();
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
        let mut manifest = manifest;
        let out = (manifest.out == self.out)
            .then(|| {
                store::current(
                    &self.out,
                    manifest.files.iter().map(|(p, r)| (p, &r.out, &r.hash)),
                )
            })
            .flatten();
        let in_place = out.is_some();
        let from = if let Some(stamps) = out {
            for (record, stamp) in manifest.files.values_mut().zip(stamps) {
                record.out = stamp;
            }
            self.out.clone()
        } else if let Some(stamps) = store::current(
            &self.dir.join(FILES),
            manifest.files.iter().map(|(p, r)| (p, &r.kept, &r.hash)),
        ) {
            for (record, stamp) in manifest.files.values_mut().zip(stamps) {
                record.kept = stamp;
            }
            self.dir.join(FILES)
        } else {
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
    /// What rendering saw of each source whose body did not change.
    pub fn seen(&self) -> HashMap<SourceId, Seen> {
        self.manifest
            .seen
            .iter()
            .zip(&self.changed)
            .enumerate()
            .filter_map(|(source, (seen, changed))| {
                let seen = seen.as_ref().filter(|_| !changed)?;
                Some((SourceId::from(source), seen.clone()))
            })
            .collect()
    }

    /// The fingerprints of the files of the jobs not rendered again.
    pub fn fingerprints(&self) -> Fingerprints {
        self.kept_paths()
            .filter_map(|path| {
                let record = self.manifest.files.get(path)?;
                let hash = unhex(record.sha256.as_deref()?)?;
                let size = record.kept.size;
                Some((path.clone(), Fingerprint { hash, size }))
            })
            .collect()
    }

    /// The paths of the files of the jobs not rendered again.
    fn kept_paths(&self) -> impl Iterator<Item = &String> {
        let todo: BTreeSet<usize> = self.todo.iter().copied().collect();
        self.manifest
            .jobs
            .iter()
            .enumerate()
            .filter(move |(i, _)| !todo.contains(i))
            .flat_map(|(_, job)| &job.paths)
    }

    /// The search document the job at `position` made, read from its page.
    fn document(&self, position: usize, config: &Config) -> Result<Option<Document>, Diagnostic> {
        let job = &self.manifest.jobs[position];
        let (Some(code), Some(page)) = (&job.indexed, job.paths.first()) else {
            return Ok(None);
        };
        let Some(lang) = config.language_index(code) else {
            return Ok(None);
        };
        let bytes = store::read(&self.from, page)?;
        Ok(Document::of_page(
            &crate::output::File::new(page.clone(), bytes),
            lang,
        ))
    }
}

/// The search index of every language: made again for the languages where a page rendered
/// again reads differently to search (from every page of that language, the others' read back
/// from their files), taken from the last build for the others.
pub fn search_indexes(
    earlier: &Earlier,
    config: &Config,
    fresh: &[Output],
    progress: &dyn Progress,
) -> Result<BTreeMap<Lang, LanguageIndex>, Vec<Diagnostic>> {
    let mut redo: BTreeSet<Lang> = BTreeSet::new();
    let mut documents: BTreeMap<usize, Document> = BTreeMap::new();
    for (&position, output) in earlier.todo.iter().zip(fresh) {
        let before = earlier.document(position, config).map_err(|d| vec![d])?;
        if output.document != before {
            redo.extend(before.iter().map(|d| d.lang));
            redo.extend(output.document.iter().map(|d| d.lang));
        }
        documents.extend(output.document.clone().map(|d| (position, d)));
    }
    let mut pages = Vec::new();
    for (position, job) in earlier.manifest.jobs.iter().enumerate() {
        let lang = job
            .indexed
            .as_deref()
            .and_then(|c| config.language_index(c));
        if let Some(document) = documents.remove(&position) {
            pages.extend(redo.contains(&document.lang).then_some(document));
        } else if lang.is_some_and(|l| redo.contains(&l)) && !earlier.todo.contains(&position) {
            pages.extend(earlier.document(position, config).map_err(|d| vec![d])?);
        }
    }
    let mut indexes = crate::search::index_languages(config, pages, false, progress)?;
    for (code, record) in &earlier.manifest.search {
        let Some(lang) = config.language_index(code).filter(|l| !redo.contains(l)) else {
            continue;
        };
        let files = record
            .names
            .iter()
            .map(|name| {
                let path = format!("{}{name}", crate::search::FOLDER);
                store::read(&earlier.from, &path).map(|bytes| (name.clone(), bytes))
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(|d| vec![d])?;
        let entry = record.entry.clone().into_bytes();
        indexes.insert(lang, LanguageIndex::earlier(code.clone(), files, entry));
    }
    Ok(indexes)
}

/// What a build made, for the manifest.
pub struct Made<'a> {
    /// Per job rendered, what it made: every job of the site after a full build, the jobs
    /// of [`Earlier::todo`] after an incremental one.
    pub outputs: &'a [Output],
    /// What rendering saw, of every source.
    pub seen: &'a HashMap<SourceId, Seen>,
    /// The search index of each language.
    pub indexes: &'a BTreeMap<Lang, LanguageIndex>,
    /// The fingerprint of every file, when the site is read offline.
    pub fingerprints: &'a Fingerprints,
}

impl Cache {
    /// The manifest of a build that made `made` (after `earlier`, if it was incremental), its
    /// files not yet stamped.
    fn manifest(&self, site: &Site, made: &Made, earlier: Option<&Earlier>) -> Manifest {
        let config = &site.config;
        let fresh: Vec<JobRecord> = made
            .outputs
            .iter()
            .map(|output| JobRecord {
                paths: output.paths.clone(),
                indexed: output.indexed.map(|l| config.languages[l].code.clone()),
            })
            .collect();
        let jobs = match earlier {
            None => fresh,
            Some(earlier) => {
                let mut jobs = earlier.manifest.jobs.clone();
                for (&position, record) in earlier.todo.iter().zip(fresh) {
                    jobs[position] = record;
                }
                jobs
            }
        };
        let search = made
            .indexes
            .values()
            .map(|index| {
                let (names, entry) = index.written();
                let record = SearchRecord {
                    names: names.into_iter().map(String::from).collect(),
                    entry: String::from_utf8_lossy(entry).into_owned(),
                };
                (index.code().to_string(), record)
            })
            .collect();
        Manifest {
            format: FORMAT.to_string(),
            binary: hex(self.keys.binary),
            site: hex(self.keys.site),
            out: self.out.clone(),
            bodies: self.keys.bodies.iter().map(|b| hex(*b)).collect(),
            jobs,
            seen: (0..self.keys.bodies.len())
                .map(|source| made.seen.get(&SourceId::from(source)).cloned())
                .collect(),
            search,
            files: BTreeMap::new(),
        }
    }
}

fn hex(value: u128) -> String {
    format!("{value:032x}")
}

fn hex_bytes(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<[u8; 32]> {
    let mut hash = [0u8; 32];
    if text.len() != 64 {
        return None;
    }
    for (i, byte) in hash.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(hash)
}
