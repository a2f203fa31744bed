//! What a build's output is made from, as hashes: one key for everything but the Markdown
//! bodies (the binary, the build's options, every file of the site's source folders, and
//! what the loader made of each page's front matter) and one hash per body. Two builds with
//! the same site key differ only in the outputs that embed a changed body.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::load::fs::Stamp;
use rayon::prelude::*;
use std::collections::HashSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

/// The hashes an earlier build is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    /// The running binary's bytes.
    pub binary: u128,
    /// Everything the output depends on except the bodies, including `binary`.
    pub site: u128,
    /// Each source's body, in the order of the site's sources.
    pub bodies: Vec<u128>,
}

/// The keys of `site` as loaded with `options` (what else the output depends on: base URL,
/// drafts, today's date) by the binary whose hash is `binary`. Fails when a source file
/// cannot be read.
pub fn keys(site: &Site, options: &str, binary: u128) -> Result<Keys, Diagnostic> {
    let (files, sources) = rayon::join(
        || files_key(site),
        || {
            site.content
                .sources
                .as_slice()
                .raw
                .par_iter()
                .map(|s| {
                    let meta = postcard::to_stdvec(&(&s.path, &s.doc.meta))
                        .map_err(|e| Diagnostic::error(&s.path, format!("cannot hash: {e}")))?;
                    Ok((xxh3_128(&meta), s.doc.body.hash()?))
                })
                .collect::<Result<Vec<_>, Diagnostic>>()
        },
    );
    let (files, sources) = (files?, sources?);
    let mut hasher = Xxh3::new();
    hasher.update(&binary.to_le_bytes());
    hasher.update(options.as_bytes());
    hasher.update(&files.to_le_bytes());
    for (meta, _) in &sources {
        hasher.update(&meta.to_le_bytes());
    }
    let bodies = sources.into_iter().map(|(_, body)| body).collect();
    Ok(Keys {
        binary,
        site: hasher.digest128(),
        bodies,
    })
}

/// The hash of every file of the site's source folders: below
/// `content/` the files of page bundles and the partners' and glossary's data files (the
/// Markdown sources are keyed by what the loader made of them, and the loader has walked
/// `content/` already); elsewhere every file.
fn files_key(site: &Site) -> Result<u128, Diagnostic> {
    let sources: HashSet<&OsStr> = site
        .content
        .sources
        .iter()
        .map(|s| s.path.as_os_str())
        .collect();
    let content = crate::load::content::CONTENT_DIR;
    let data = [&site.config.partners_section, &site.config.glossary_section]
        .map(|section| format!("{content}/{section}"));
    let mut folders: Vec<&str> = crate::load::SOURCES
        .iter()
        .copied()
        .filter(|folder| *folder != content)
        .collect();
    folders.extend(data.iter().map(String::as_str));
    folders.extend(
        site.config
            .region
            .map
            .as_ref()
            .map(|(file, _)| file.as_str()),
    );
    let mut hasher = Xxh3::new();
    for folder in folders {
        hash_folder(&site.root, folder, &sources, &mut hasher)?;
    }
    for asset in &site.content.assets {
        hash_file(&site.root, &Path::new(content).join(asset), &mut hasher)?;
    }
    Ok(hasher.digest128())
}

/// What loading the sources depends on, hashed: the binary (its hash `binary`) and the site's
/// config.toml in `root` (languages, topics); 0 when config.toml cannot be read.
pub fn loader(binary: u128, root: &Path) -> u128 {
    let config = std::fs::read(root.join(crate::load::config::CONFIG_FILE));
    config.map_or(0, |config| {
        let mut hasher = Xxh3::new();
        hasher.update(&binary.to_le_bytes());
        hasher.update(&config);
        hasher.digest128()
    })
}

/// The running binary's path and stamp, or why it cannot be found.
pub fn binary_file() -> Result<(PathBuf, Option<Stamp>), Diagnostic> {
    let path = std::env::current_exe()
        .map_err(|e| Diagnostic::error("wegweiser", format!("cannot find the binary: {e}")))?;
    let stamp = Stamp::of(&path);
    Ok((path, stamp))
}

/// The hash of the binary at `path`, read in pieces (it is tens of megabytes).
pub fn binary(path: &Path) -> Result<u128, Diagnostic> {
    let cannot = |e: std::io::Error| Diagnostic::error(path, format!("cannot read: {e}"));
    let mut file = std::fs::File::open(path).map_err(cannot)?;
    let mut hasher = Xxh3::new();
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        match std::io::Read::read(&mut file, &mut buffer).map_err(cannot)? {
            0 => return Ok(hasher.digest128()),
            n => hasher.update(&buffer[..n]),
        }
    }
}

/// Hashes the path and bytes of every file below `folder` of `root` (or the file `folder`),
/// in a fixed order, skipping symbolic links as the loader does; of a Markdown source only its
/// path (its front matter and body are keyed from what the loader made of them).
fn hash_folder(
    root: &Path,
    folder: &str,
    sources: &HashSet<&OsStr>,
    hasher: &mut Xxh3,
) -> Result<(), Diagnostic> {
    let base = root.join(folder);
    if !base.exists() {
        return Ok(());
    }
    let walker = walkdir::WalkDir::new(&base)
        .follow_links(false)
        .sort_by_file_name();
    for entry in walker {
        let entry = entry.map_err(|e| Diagnostic::error(folder, format!("cannot read: {e}")))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
        if sources.contains(rel.as_os_str()) {
            hasher.update(rel.to_string_lossy().as_bytes());
            hasher.update(&[0]);
        } else {
            hash_file(root, rel, hasher)?;
        }
    }
    Ok(())
}

/// Hashes the path `rel` and the bytes of the file `root/rel`.
fn hash_file(root: &Path, rel: &Path, hasher: &mut Xxh3) -> Result<(), Diagnostic> {
    let bytes = std::fs::read(root.join(rel))
        .map_err(|e| Diagnostic::error(rel, format!("cannot read: {e}")))?;
    hasher.update(rel.to_string_lossy().as_bytes());
    hasher.update(&[0]);
    hasher.update(&(bytes.len() as u64).to_le_bytes());
    hasher.update(&bytes);
    Ok(())
}
