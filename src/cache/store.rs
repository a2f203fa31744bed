//! The cache's files: the last build's output kept in the cache folder (hard links where the
//! file system allows, so keeping them costs no space), the checks that they and the output
//! folder are as the last build left them, and the writing of a build into both.

use super::{Cache, Earlier, FILES, FORMAT, FileRecord, MANIFEST, Made, Manifest, Stored, TAG};
use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::output::{File, Sink, Staging};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::xxh3_128;

/// What tells whether a file changed since it was written: its size, modification time and
/// inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Stamp {
    /// Size in bytes.
    pub size: u64,
    modified: u64,
    inode: u64,
}

impl Stamp {
    /// The stamp of the file at `path`, if it is a file.
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::symlink_metadata(path).ok()?;
        let modified = meta
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_nanos();
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        meta.is_file().then_some(Stamp {
            size: meta.len(),
            modified: u64::try_from(modified).ok()?,
            inode,
        })
    }
}

/// The stamps of the files of `files` below `folder` if each is as it was written: its stamp
/// is the recorded one, or its bytes have the recorded hash (a copy, or a restored folder);
/// `None` if one changed or is missing.
fn current<'a>(
    folder: &Path,
    files: impl Iterator<Item = (&'a String, &'a Stamp, &'a u128)>,
) -> Option<Vec<Stamp>> {
    let files: Vec<_> = files.collect();
    files
        .par_iter()
        .map(|(path, stamp, hash)| {
            let file = folder.join(path);
            let now = Stamp::of(&file)?;
            let same = now == **stamp
                || (now.size == stamp.size
                    && std::fs::read(&file).is_ok_and(|bytes| xxh3_128(&bytes) == **hash));
            same.then_some(now)
        })
        .collect()
}

/// Where the files of `manifest`'s build can be read: the output folder `out` if it is as
/// the build left it (`true`: to be updated in place), else the copy in the cache folder `dir`
/// if that is; `None` if neither. Notes the files' stamps in `manifest` as they are now.
pub(super) fn locate(manifest: &mut Manifest, dir: &Path, out: &Path) -> Option<(PathBuf, bool)> {
    let files = &mut manifest.files;
    if manifest.out == out
        && let Some(stamps) = current(out, files.iter().map(|(p, r)| (p, &r.out, &r.hash)))
    {
        for (record, stamp) in files.values_mut().zip(stamps) {
            record.out = stamp;
        }
        return Some((out.to_path_buf(), true));
    }
    let kept = dir.join(FILES);
    let stamps = current(&kept, files.iter().map(|(p, r)| (p, &r.kept, &r.hash)))?;
    for (record, stamp) in files.values_mut().zip(stamps) {
        record.kept = stamp;
    }
    Some((kept, false))
}

/// The manifest in the cache folder `dir`, checked against its version and checksum.
pub(super) fn load(dir: &Path) -> Stored {
    let bytes = match std::fs::read(dir.join(MANIFEST)) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Stored::None,
        Err(e) => return Stored::Unreadable(format!("cannot read {MANIFEST}: {e}")),
    };
    let Some(rest) = bytes.strip_prefix(FORMAT) else {
        return Stored::Unreadable(format!(
            "{MANIFEST} was written by another version of wegweiser, or is damaged"
        ));
    };
    let (checksum, payload) = rest.split_at(rest.len().min(16));
    if checksum != xxh3_128(payload).to_le_bytes() {
        return Stored::Unreadable(format!(
            "{MANIFEST} is damaged: its checksum does not match"
        ));
    }
    match postcard::from_bytes(payload) {
        Ok(manifest) => Stored::Manifest(Box::new(manifest)),
        Err(e) => Stored::Unreadable(format!("{MANIFEST} cannot be read: {e}")),
    }
}

/// The bytes of file `path` below `folder`.
pub(super) fn read(folder: &Path, path: &str) -> Result<Vec<u8>, Diagnostic> {
    let file = folder.join(path);
    std::fs::read(&file).map_err(|e| Diagnostic::error(&file, format!("cannot read: {e}")))
}

impl Cache {
    /// Keeps the output of a full build: every file of `paths` in the output folder, and what
    /// they were made from.
    pub fn save_full(
        &self,
        site: &Site,
        hashes: &BTreeMap<String, u128>,
        made: &Made,
    ) -> Result<(), Diagnostic> {
        let mut manifest = self.manifest(site, made);
        self.begin()?;
        let kept = self.dir.join(FILES);
        if kept.exists() {
            std::fs::remove_dir_all(&kept).map_err(|e| io(&kept, &e))?;
        }
        let hashes: Vec<(&String, &u128)> = hashes.iter().collect();
        let records: Vec<(String, FileRecord)> = hashes
            .par_iter()
            .map(|(path, hash)| {
                let record = self.keep(path, **hash, made)?;
                Ok(((*path).clone(), record))
            })
            .collect::<Result<_, Diagnostic>>()?;
        manifest.files = records.into_iter().collect();
        self.finish(&manifest)
    }

    /// Writes the files of an incremental build after `earlier` — the `fresh` files of the
    /// jobs it rendered again and of the search index and offline reading — into the output
    /// folder (in place when it is as the last build left it, else made anew from the cache
    /// with them), then into the cache with the manifest.
    pub fn apply(
        &self,
        site: &Site,
        mut earlier: Earlier,
        fresh: Vec<File>,
        made: &Made,
    ) -> Result<(), Vec<Diagnostic>> {
        let one = |d: Diagnostic| vec![d];
        let fresh_paths: HashSet<&str> = fresh.iter().map(|f| f.path.as_str()).collect();
        let stale: Vec<String> = {
            let kept: HashSet<&str> = earlier.kept_paths().map(String::as_str).collect();
            let stale =
                |p: &&String| !kept.contains(p.as_str()) && !fresh_paths.contains(p.as_str());
            earlier
                .manifest
                .files
                .keys()
                .filter(stale)
                .cloned()
                .collect()
        };
        self.update(&mut earlier, site, made);
        let mut manifest = earlier.manifest;
        manifest
            .files
            .retain(|path, _| stale.binary_search(path).is_err());
        self.begin().map_err(one)?;
        let written: Vec<&File> = if earlier.in_place {
            let changed: Vec<&File> = fresh
                .par_iter()
                .filter(|file| differs(&self.out, file))
                .collect();
            changed
                .par_iter()
                .try_for_each(|file| replace(&self.out, file))
                .map_err(one)?;
            for path in &stale {
                remove(&self.out, path).map_err(one)?;
            }
            changed
        } else {
            let staging = Staging::create(&self.out).map_err(one)?;
            let from = self.dir.join(FILES);
            let kept: Vec<&String> = manifest
                .files
                .keys()
                .filter(|p| !fresh_paths.contains(p.as_str()))
                .collect();
            kept.par_iter()
                .try_for_each(|path| staging.put(File::link(*path, from.join(path))))
                .map_err(one)?;
            fresh
                .par_iter()
                .try_for_each(|file| staging.put(file.clone()))
                .map_err(one)?;
            staging.commit().map_err(one)?;
            for (path, record) in manifest.files.iter_mut() {
                let out = self.out.join(path);
                record.out =
                    Stamp::of(&out).ok_or_else(|| vec![Diagnostic::error(out, "not written")])?;
            }
            fresh.iter().collect()
        };
        for path in &stale {
            remove(&self.dir.join(FILES), path).map_err(one)?;
        }
        let records: Vec<(String, FileRecord)> = written
            .par_iter()
            .map(|file| {
                Ok((
                    file.path.clone(),
                    self.keep(&file.path, file.hash()?, made)?,
                ))
            })
            .collect::<Result<_, Diagnostic>>()
            .map_err(one)?;
        manifest.files.extend(records);
        self.finish(&manifest).map_err(one)
    }

    /// Marks the folder as a cache and removes the manifest, so that a build stopped before
    /// [`Cache::finish`] leaves no manifest to trust.
    fn begin(&self) -> Result<(), Diagnostic> {
        std::fs::create_dir_all(self.dir.join(FILES)).map_err(|e| io(&self.dir, &e))?;
        let tag = self.dir.join(TAG);
        if !tag.is_file() {
            let text = "Signature: 8a477f597d28d172789f06886806bc55\n\
                        # A cache of wegweiser builds (`build --cache`); it may be removed.\n";
            std::fs::write(&tag, text).map_err(|e| io(&tag, &e))?;
        }
        let manifest = self.dir.join(MANIFEST);
        match std::fs::remove_file(&manifest) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(&manifest, &e)),
            _ => Ok(()),
        }
    }

    /// Writes the manifest.
    fn finish(&self, manifest: &Manifest) -> Result<(), Diagnostic> {
        let path = self.dir.join(MANIFEST);
        let temporary = self.dir.join(format!("{MANIFEST}.tmp"));
        let payload = postcard::to_stdvec(manifest)
            .map_err(|e| Diagnostic::error(&path, format!("cannot write: {e}")))?;
        let bytes = [FORMAT, &xxh3_128(&payload).to_le_bytes(), &payload].concat();
        std::fs::write(&temporary, bytes).map_err(|e| io(&temporary, &e))?;
        std::fs::rename(&temporary, &path).map_err(|e| io(&path, &e))
    }

    /// Keeps the output file `path`, whose bytes have `hash`, in the cache (replacing what was
    /// kept), and returns its record.
    fn keep(&self, path: &str, hash: u128, made: &Made) -> Result<FileRecord, Diagnostic> {
        let out = self.out.join(path);
        let files = self.dir.join(FILES);
        replace(&files, &File::link(path, out.clone()))?;
        let kept = files.join(path);
        let stamp = |p: &Path| Stamp::of(p).ok_or_else(|| Diagnostic::error(p, "not written"));
        Ok(FileRecord {
            out: stamp(&out)?,
            kept: stamp(&kept)?,
            hash,
            sha256: made.fingerprints.get(path).map(|f| f.hash),
        })
    }
}

/// Whether `file` differs from what the output folder `out` holds at its path.
fn differs(out: &Path, file: &File) -> bool {
    let Ok(written) = std::fs::read(out.join(&file.path)) else {
        return true;
    };
    match &file.contents {
        crate::output::Contents::Bytes(bytes) => *bytes != written,
        _ => true,
    }
}

/// Replaces the file at `file`'s path in `folder` by `file`, through a temporary file so
/// that it never holds half of it, and without changing a file linked to the old one.
fn replace(folder: &Path, file: &File) -> Result<(), Diagnostic> {
    let target = folder.join(crate::output::checked(&file.path)?);
    let temporary = temporary(&target);
    let name = temporary.strip_prefix(folder).unwrap_or(&temporary);
    let _ = std::fs::remove_file(&temporary);
    crate::output::write(
        folder,
        &File {
            path: name.to_string_lossy().into_owned(),
            contents: file.contents.clone(),
        },
    )?;
    std::fs::rename(&temporary, &target).map_err(|e| io(&target, &e))
}

/// The temporary name beside `path`.
fn temporary(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.wegweiser-tmp"))
}

/// Removes the file `path` of `folder` (gone already is fine) and the folders below `folder`
/// it leaves empty.
fn remove(folder: &Path, path: &str) -> Result<(), Diagnostic> {
    let file = folder.join(path);
    match std::fs::remove_file(&file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&file, &e)),
        _ => {}
    }
    let mut dir = file.parent();
    while let Some(d) = dir.filter(|d| *d != folder) {
        if std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
    Ok(())
}

fn io(path: &Path, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(path, format!("cannot write: {error}"))
}
