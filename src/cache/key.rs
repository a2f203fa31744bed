//! What a build's output is made from, as hashes: one key for everything but the Markdown
//! bodies (the binary, the build's options, every file of the site's source folders, and
//! what the loader made of each page's front matter) and one hash per body. Two builds with
//! the same site key differ only in the outputs that embed a changed body.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use rayon::prelude::*;
use std::collections::HashSet;
use std::ffi::OsStr;
use std::path::Path;
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
/// drafts, today's date). Fails when the binary or a source file cannot be read.
pub fn keys(site: &Site, options: &str) -> Result<Keys, Diagnostic> {
    let binary = binary()?;
    let mut hasher = Xxh3::new();
    hasher.update(&binary.to_le_bytes());
    hasher.update(options.as_bytes());
    let sources: HashSet<&OsStr> = site
        .content
        .sources
        .iter()
        .map(|s| s.path.as_os_str())
        .collect();
    let mut folders: Vec<&str> = crate::load::SOURCES.to_vec();
    let map = site
        .config
        .region
        .map
        .as_ref()
        .map(|(file, _)| file.as_str());
    folders.extend(map);
    for folder in folders {
        hash_folder(&site.root, folder, &sources, &mut hasher)?;
    }
    for source in &site.content.sources {
        hasher.update(source.path.to_string_lossy().as_bytes());
        hasher.update(format!("{:?}", source.doc.meta).as_bytes());
    }
    let bodies = site
        .content
        .sources
        .as_slice()
        .raw
        .par_iter()
        .map(|s| xxh3_128(s.doc.body.as_bytes()))
        .collect();
    Ok(Keys {
        binary,
        site: hasher.digest128(),
        bodies,
    })
}

/// The hash of the running binary.
fn binary() -> Result<u128, Diagnostic> {
    let path = std::env::current_exe()
        .map_err(|e| Diagnostic::error("wegweiser", format!("cannot find the binary: {e}")))?;
    let bytes =
        std::fs::read(&path).map_err(|e| Diagnostic::error(&path, format!("cannot read: {e}")))?;
    Ok(xxh3_128(&bytes))
}

/// Hashes the path and bytes of every file below `folder` of `root` (or the file `folder`),
/// in a fixed order, skipping symbolic links as the loader does; of a Markdown source only its
/// path (its front matter and body are keyed
/// from what the loader made of them).
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
        hasher.update(rel.to_string_lossy().as_bytes());
        hasher.update(&[0]);
        if sources.contains(rel.as_os_str()) {
            continue;
        }
        let bytes = std::fs::read(entry.path())
            .map_err(|e| Diagnostic::error(rel, format!("cannot read: {e}")))?;
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    Ok(())
}
