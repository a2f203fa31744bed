//! The cache's files: the last build's output kept in the cache folder (hard links where the
//! file system allows, so keeping them costs no space), the checks that they and the output
//! folder are as the last build left them, and the writing of a build into both.

use super::{
    BINARY, Cache, Earlier, FILES, FORMAT, FileRecord, MANIFEST, Made, Manifest, SOURCES, Stored,
    TAG,
};
use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::load::content::{Known, SETTLED, Source};
use crate::load::fs::Stamp;
use crate::output::{File, Sink, Staging};
use rayon::prelude::*;
use rustc_hash::FxHashSet as HashSet;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

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

/// The manifest in the cache folder `dir`.
pub(super) fn load(dir: &Path) -> Stored {
    match read_checked(dir, MANIFEST) {
        Ok(Some(manifest)) => Stored::Manifest(Box::new(manifest)),
        Ok(None) => Stored::None,
        Err(why) => Stored::Unreadable(why),
    }
}

/// The sources the last build loaded, by content path, and what it loaded them with
/// ([`super::key::loader`]), if the cache folder `dir` holds them; why not if they cannot be
/// read. They are kept with the stamps of their files and without their bodies' text
/// (`load::body`): a build with the same loader key takes each source whose file still has its
/// stamp instead of reading it again (`load::content`).
pub(super) fn sources(dir: &Path) -> Result<Option<(u128, Known)>, String> {
    let kept: Option<(u128, Vec<Source>)> = read_checked(dir, SOURCES)?;
    Ok(kept.map(|(loader, sources)| {
        let known = sources
            .into_iter()
            .map(|source| (source.content_path.clone(), source))
            .collect();
        (loader, known)
    }))
}

/// The hash of the running binary: kept in the cache folder `dir` with the binary's stamp,
/// and taken from there while the binary keeps that stamp (a build reads tens of megabytes
/// less); else hashed, with the stamp to keep it with if the binary is older than
/// [`SETTLED`] (written by [`Cache::finish`]).
pub(super) fn binary(dir: &Path) -> Result<(u128, Option<Stamp>), Diagnostic> {
    let (path, stamp) = super::key::binary_file()?;
    let kept: Option<(Stamp, u128)> = read_checked(dir, BINARY).ok().flatten();
    if let (Some(stamp), Some((then, hash))) = (stamp, kept)
        && then == stamp
    {
        return Ok((hash, None));
    }
    let hash = super::key::binary(&path)?;
    Ok((hash, stamp.filter(|stamp| stamp.age() >= SETTLED)))
}

/// The value kept in the file `name` of the cache folder `dir` by [`write_checked`], checked
/// against its version and checksum; `None` when there is no such file, else why it cannot
/// be read.
fn read_checked<T: DeserializeOwned>(dir: &Path, name: &str) -> Result<Option<T>, String> {
    let bytes = match std::fs::read(dir.join(name)) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {name}: {e}")),
    };
    let Some(rest) = bytes.strip_prefix(FORMAT) else {
        return Err(format!(
            "{name} was written by another version of wegweiser, or is damaged"
        ));
    };
    let (payload, checksum) = rest.split_at(rest.len().saturating_sub(16));
    if checksum != xxh3_128(payload).to_le_bytes() {
        return Err(format!("{name} is damaged: its checksum does not match"));
    }
    postcard::from_bytes(payload)
        .map(Some)
        .map_err(|e| format!("{name} cannot be read: {e}"))
}

/// Writes `value` into the file `name` of the cache folder `dir`: [`FORMAT`], the value in
/// postcard's encoding, and the checksum of that (XXH3-128, little-endian). Written as it is
/// encoded, through a temporary file, so that no reader meets half of it.
fn write_checked<T: Serialize + ?Sized>(
    dir: &Path,
    name: &str,
    value: &T,
) -> Result<(), Diagnostic> {
    let path = dir.join(name);
    let temporary = dir.join(format!("{name}.tmp"));
    let mut file = std::fs::File::create(&temporary).map_err(|e| io(&temporary, &e))?;
    file.write_all(FORMAT).map_err(|e| io(&temporary, &e))?;
    // Buffered before it is hashed: postcard writes a few bytes at a time.
    let to = std::io::BufWriter::with_capacity(
        1 << 16,
        Checked {
            to: file,
            hasher: Xxh3::new(),
        },
    );
    let to = postcard::to_io(value, to)
        .map_err(|e| Diagnostic::error(&path, format!("cannot write: {e}")))?;
    let mut to = to.into_inner().map_err(|e| io(&temporary, e.error()))?;
    let checksum = to.hasher.digest128().to_le_bytes();
    to.to.write_all(&checksum).map_err(|e| io(&temporary, &e))?;
    std::fs::rename(&temporary, &path).map_err(|e| io(&path, &e))
}

/// A writer that hashes what it passes on.
struct Checked<W> {
    to: W,
    hasher: Xxh3,
}

impl<W: Write> Write for Checked<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let written = self.to.write(bytes)?;
        self.hasher.update(&bytes[..written]);
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.to.flush()
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
        self.finish(site, &manifest)
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
        self.finish(site, &manifest).map_err(one)
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

    /// Writes the sources of `site` as loaded and the manifest, side by side, and the
    /// binary's hash with its stamp if it was read.
    fn finish(&self, site: &Site, manifest: &Manifest) -> Result<(), Diagnostic> {
        let sources: (u128, &[Source]) = (self.running.loader, &site.content.sources.raw);
        let (sources, manifest) = rayon::join(
            || write_checked(&self.dir, SOURCES, &sources),
            || write_checked(&self.dir, MANIFEST, manifest),
        );
        if let Some(stamp) = self.running.stamp {
            write_checked(&self.dir, BINARY, &(stamp, self.running.hash))?;
        }
        sources.and(manifest)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_binary_is_hashed_unless_its_stamp_is_kept_with_a_hash() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        let (path, stamp) = super::super::key::binary_file().unwrap();
        let real = super::super::key::binary(&path).unwrap();
        assert_eq!(binary(dir).unwrap().0, real);
        // What is kept with the binary's stamp is taken without reading the binary …
        let stamp = stamp.unwrap();
        write_checked(dir, BINARY, &(stamp, 42u128)).unwrap();
        assert_eq!(binary(dir).unwrap(), (42, None));
        // … and not once the binary's stamp is another.
        let mut other = stamp;
        other.modified += 1;
        write_checked(dir, BINARY, &(other, 42u128)).unwrap();
        assert_eq!(binary(dir).unwrap().0, real);
        // A damaged file is a reason to hash again, not an error.
        std::fs::write(dir.join(BINARY), "garbage").unwrap();
        assert_eq!(binary(dir).unwrap().0, real);
    }
}
