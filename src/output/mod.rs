//! Write stage: the one place that writes the site's files. Every stage before it returns what
//! it produces as [`File`]s (an output path and its bytes, or a source file to copy); a
//! [`Sink`] takes them:
//!
//! - [`Staging`] (`build`): files go into a staging folder beside the output folder, which
//!   replaces the output only when the whole build succeeded, so a failed build leaves the old
//!   output as it was;
//! - [`Discard`] (`check`): paths are validated like the others', nothing is written;
//! - [`Served`] (`serve`): files go straight into the served folder, only those whose bytes
//!   changed, and files that no longer belong to the site are removed.
//!
//! Every sink refuses a path that would leave its folder.

mod failures;

use crate::diagnostic::Diagnostic;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// One output file: where it goes below the output folder, and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// Path below the output folder with `/` separators, e.g. `de/arbeiten/index.html`.
    pub path: String,
    /// The file's contents.
    pub contents: Contents,
}

/// What an output file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contents {
    /// Bytes made by the build.
    Bytes(Vec<u8>),
    /// A source file copied as it is (static files, files of page bundles), by absolute path.
    Copy(PathBuf),
    /// A file an earlier build made, kept in the cache (`build --cache`): linked where the
    /// file system allows, else copied.
    Link(PathBuf),
}

impl File {
    /// A file made of `bytes`.
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> File {
        File {
            path: path.into(),
            contents: Contents::Bytes(bytes.into()),
        }
    }

    /// A copy of the source file `from`.
    pub fn copy(path: impl Into<String>, from: PathBuf) -> File {
        File {
            path: path.into(),
            contents: Contents::Copy(from),
        }
    }

    /// A link to (or copy of) the file `from` of an earlier build.
    pub fn link(path: impl Into<String>, from: PathBuf) -> File {
        File {
            path: path.into(),
            contents: Contents::Link(from),
        }
    }

    /// The file's size in bytes (0 for a copy whose source cannot be read).
    fn len(&self) -> u64 {
        match &self.contents {
            Contents::Bytes(bytes) => bytes.len() as u64,
            Contents::Copy(from) | Contents::Link(from) => {
                std::fs::metadata(from).map_or(0, |m| m.len())
            }
        }
    }

    /// A 128-bit hash (XXH3) of the file's bytes: what tells a kept file from a changed one.
    pub fn hash(&self) -> Result<u128, Diagnostic> {
        Ok(xxhash_rust::xxh3::xxh3_128(&self.bytes()?))
    }

    /// The bytes of the file (read from the source for a copy).
    fn bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>, Diagnostic> {
        match &self.contents {
            Contents::Bytes(bytes) => Ok(bytes.into()),
            Contents::Copy(from) | Contents::Link(from) => std::fs::read(from)
                .map(Into::into)
                .map_err(|e| Diagnostic::error(from, format!("cannot read: {e}"))),
        }
    }
}

/// Takes the files a stage produces. Shared by the render threads.
pub trait Sink: Sync {
    /// Takes one file. Fails when its path would leave the output folder or it cannot be
    /// written.
    fn put(&self, file: File) -> Result<(), Diagnostic>;
}

/// What identifies a file's contents: the SHA-256 of its bytes and their number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fingerprint {
    /// SHA-256 of the bytes.
    pub hash: [u8; 32],
    /// Number of bytes.
    pub size: u64,
}

impl Fingerprint {
    /// The fingerprint of `file`'s bytes.
    fn of(file: &File) -> Result<Fingerprint, Diagnostic> {
        use sha2::Digest;
        let bytes = file.bytes()?;
        Ok(Fingerprint {
            hash: sha2::Sha256::digest(&bytes).into(),
            size: bytes.len() as u64,
        })
    }
}

/// Every file of a site by path, with its fingerprint.
pub type Manifest = BTreeMap<String, Fingerprint>;

/// A sink that fingerprints every file before passing it on, for the stages that need to know
/// the whole site (offline reading: its version and the size of each section).
pub struct Recording<'a> {
    inner: &'a dyn Sink,
    manifest: Mutex<Manifest>,
}

impl<'a> Recording<'a> {
    /// Records what goes to `inner`.
    pub fn new(inner: &'a dyn Sink) -> Self {
        Recording {
            inner,
            manifest: Mutex::new(Manifest::new()),
        }
    }

    /// Every file that went through, with its fingerprint.
    pub fn manifest(self) -> Manifest {
        self.manifest.into_inner().unwrap_or_default()
    }
}

impl Sink for Recording<'_> {
    fn put(&self, file: File) -> Result<(), Diagnostic> {
        let fingerprint = Fingerprint::of(&file)?;
        if let Ok(mut manifest) = self.manifest.lock() {
            manifest.insert(file.path.clone(), fingerprint);
        }
        self.inner.put(file)
    }
}

/// The relative path of `file`, refused unless it stays inside the output folder.
pub fn checked(path: &str) -> Result<&Path, Diagnostic> {
    let rel = Path::new(path);
    let inside = !path.is_empty() && rel.components().all(|c| matches!(c, Component::Normal(_)));
    if inside {
        Ok(rel)
    } else {
        Err(Diagnostic::error(
            rel,
            "refusing to write outside the output folder",
        ))
    }
}

/// Writes `file` into `folder`.
pub fn write(folder: &Path, file: &File) -> Result<(), Diagnostic> {
    let path = folder.join(checked(&file.path)?);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| io_error(parent, &e))?;
    }
    match &file.contents {
        Contents::Bytes(bytes) => std::fs::write(&path, bytes).map_err(|e| io_error(&path, &e)),
        Contents::Copy(from) => std::fs::copy(from, &path)
            .map(drop)
            .map_err(|e| io_error(&path, &e)),
        Contents::Link(from) => std::fs::hard_link(from, &path)
            .or_else(|_| std::fs::copy(from, &path).map(drop))
            .map_err(|e| io_error(&path, &e)),
    }
}

/// Keeps every file in memory after checking its path: what an incremental build renders
/// into before it writes anything.
#[derive(Debug, Default)]
pub struct Memory(Mutex<Vec<File>>);

impl Memory {
    /// The files put, in no particular order.
    pub fn into_files(self) -> Vec<File> {
        self.0.into_inner().unwrap_or_default()
    }
}

impl Sink for Memory {
    fn put(&self, file: File) -> Result<(), Diagnostic> {
        checked(&file.path)?;
        self.0
            .lock()
            .map_err(|_| poisoned(Path::new("")))?
            .push(file);
        Ok(())
    }
}

/// A sink that notes the path and a hash of the bytes of every file before passing it on.
pub struct Listed<'a> {
    inner: &'a dyn Sink,
    hashes: Mutex<BTreeMap<String, u128>>,
}

impl<'a> Listed<'a> {
    /// Lists what goes to `inner`.
    pub fn new(inner: &'a dyn Sink) -> Self {
        Listed {
            inner,
            hashes: Mutex::new(BTreeMap::new()),
        }
    }

    /// The path of every file that went through, with [`File::hash`] of its bytes.
    pub fn hashes(self) -> BTreeMap<String, u128> {
        self.hashes.into_inner().unwrap_or_default()
    }
}

impl Sink for Listed<'_> {
    fn put(&self, file: File) -> Result<(), Diagnostic> {
        let hash = file.hash()?;
        if let Ok(mut hashes) = self.hashes.lock() {
            hashes.insert(file.path.clone(), hash);
        }
        self.inner.put(file)
    }
}

/// Discards every file after checking its path: what `check` renders into.
#[derive(Debug, Default)]
pub struct Discard;

impl Sink for Discard {
    fn put(&self, file: File) -> Result<(), Diagnostic> {
        checked(&file.path).map(drop)
    }
}

/// A staging folder being filled; removed again unless [`Staging::commit`] succeeds.
#[derive(Debug)]
pub struct Staging {
    stage: PathBuf,
    target: PathBuf,
    committed: bool,
    /// Bytes of all files put, written or not: what the site needs on disk.
    needed: AtomicU64,
}

impl Staging {
    /// Creates an empty staging folder beside `target`.
    pub fn create(target: &Path) -> Result<Staging, Diagnostic> {
        let stage = sibling(target, "tmp");
        if stage.exists() {
            std::fs::remove_dir_all(&stage).map_err(|e| io_error(&stage, &e))?;
        }
        std::fs::create_dir_all(&stage).map_err(|e| io_error(&stage, &e))?;
        Ok(Staging {
            stage,
            target: target.to_path_buf(),
            committed: false,
            needed: AtomicU64::new(0),
        })
    }

    /// `problems` with the failures to write files said once per cause (see [`failures`]).
    pub fn explain(&self, problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let needed = self.needed.load(Ordering::Relaxed);
        failures::explain(problems, &self.stage, &self.target, needed)
    }

    /// Replaces the target folder by the staging folder.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        let old = sibling(&self.target, "old");
        if self.target.exists() {
            if old.exists() {
                std::fs::remove_dir_all(&old).map_err(|e| io_error(&old, &e))?;
            }
            std::fs::rename(&self.target, &old).map_err(|e| io_error(&self.target, &e))?;
        }
        if let Err(e) = std::fs::rename(&self.stage, &self.target) {
            // Put the previous output back; the build failed, the old site stays.
            let _ = std::fs::rename(&old, &self.target);
            return Err(io_error(&self.target, &e));
        }
        self.committed = true;
        if old.exists() {
            std::fs::remove_dir_all(&old).map_err(|e| io_error(&old, &e))?;
        }
        Ok(())
    }
}

impl Sink for Staging {
    fn put(&self, file: File) -> Result<(), Diagnostic> {
        self.needed.fetch_add(file.len(), Ordering::Relaxed);
        write(&self.stage, &file)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.stage);
        }
    }
}

/// The folder `serve` serves, updated in place: a file is written only when its bytes
/// changed, and [`Served::keep_only`] removes the files that no longer belong to the site.
#[derive(Debug)]
pub struct Served {
    folder: PathBuf,
    /// Every file in the folder with its fingerprint.
    files: Mutex<Manifest>,
}

impl Served {
    /// An empty served folder at `folder` (emptied if it exists).
    pub fn create(folder: &Path) -> Result<Served, Diagnostic> {
        if folder.exists() {
            std::fs::remove_dir_all(folder).map_err(|e| io_error(folder, &e))?;
        }
        std::fs::create_dir_all(folder).map_err(|e| io_error(folder, &e))?;
        Ok(Served {
            folder: folder.to_path_buf(),
            files: Mutex::new(BTreeMap::new()),
        })
    }

    /// The folder.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Removes every file whose path is not in `paths`, and folders left empty.
    pub fn keep_only(&self, paths: &BTreeSet<String>) -> Result<(), Diagnostic> {
        let mut files = self.files.lock().map_err(|_| poisoned(&self.folder))?;
        let stale: Vec<String> = files
            .keys()
            .filter(|p| !paths.contains(*p))
            .cloned()
            .collect();
        for path in stale {
            let file = self.folder.join(&path);
            std::fs::remove_file(&file).map_err(|e| io_error(&file, &e))?;
            files.remove(&path);
            let mut dir = file.parent();
            while let Some(d) = dir.filter(|d| *d != self.folder) {
                if std::fs::remove_dir(d).is_err() {
                    break;
                }
                dir = d.parent();
            }
        }
        Ok(())
    }

    /// Every file in the folder with its fingerprint.
    pub fn manifest(&self) -> Manifest {
        self.files
            .lock()
            .map_or_else(|_| Manifest::new(), |files| files.clone())
    }
}

impl Sink for Served {
    fn put(&self, file: File) -> Result<(), Diagnostic> {
        checked(&file.path)?;
        let fingerprint = Fingerprint::of(&file)?;
        let unchanged = self
            .files
            .lock()
            .map_err(|_| poisoned(&self.folder))?
            .get(&file.path)
            == Some(&fingerprint);
        if unchanged {
            return Ok(());
        }
        write(&self.folder, &file)?;
        self.files
            .lock()
            .map_err(|_| poisoned(&self.folder))?
            .insert(file.path, fingerprint);
        Ok(())
    }
}

fn poisoned(folder: &Path) -> Diagnostic {
    Diagnostic::error(folder, "a thread writing the site failed")
}

/// `.<name>.wegweiser-<what>` beside `target`.
fn sibling(target: &Path, what: &str) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    target.with_file_name(format!(".{name}.wegweiser-{what}"))
}

fn io_error(path: &Path, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(path, format!("{}{error}", failures::WRITE_FAILED))
}

/// Checks that `out` is a safe place for the output of the site at `root`: not the root
/// itself, not above it, not inside a source folder, and not a foreign non-empty folder.
pub fn check_target(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    let refuse = |message: String| {
        Err(Diagnostic::error(out, message)
            .with_hint("choose another `--out`, e.g. `public` in the site folder"))
    };
    if root.starts_with(out) {
        return refuse("the output folder would contain the site's sources".to_string());
    }
    for source in crate::load::SOURCES {
        if out.starts_with(root.join(source)) {
            return refuse(format!(
                "the output folder lies inside the sources (`{source}`)"
            ));
        }
    }
    let foreign = out.is_dir()
        && !out.join("sitemap.xml").is_file()
        && std::fs::read_dir(out).map_or(true, |mut d| d.next().is_some());
    if foreign {
        return refuse(
            "the output folder exists, is not empty and holds no earlier build, so it is not replaced"
                .to_string(),
        );
    }
    if out.is_file() {
        return refuse("the output path is a file".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn served_folder_writes_changes_only_and_removes_stale_files() {
        let dir = tempfile::tempdir().unwrap();
        let served = Served::create(&dir.path().join("site")).unwrap();
        served.put(File::new("de/a/index.html", "a")).unwrap();
        served.put(File::new("de/b/index.html", "b")).unwrap();
        let a = served.folder().join("de/a/index.html");
        let written = std::fs::metadata(&a).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        served.put(File::new("de/a/index.html", "a")).unwrap();
        assert_eq!(
            std::fs::metadata(&a).unwrap().modified().unwrap(),
            written,
            "same bytes: not written again"
        );
        served
            .keep_only(&["de/a/index.html".to_string()].into())
            .unwrap();
        assert!(
            !served.folder().join("de/b").exists(),
            "stale file and folder gone"
        );
        assert_eq!(
            served.manifest().keys().collect::<Vec<_>>(),
            ["de/a/index.html"]
        );
    }

    #[test]
    fn discard_checks_paths_and_writes_nothing() {
        assert!(Discard.put(File::new("de/index.html", "x")).is_ok());
        assert!(Discard.put(File::new("../x.html", "x")).is_err());
        assert!(Discard.put(File::new("/etc/x", "x")).is_err());
    }
}
