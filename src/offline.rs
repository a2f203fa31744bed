//! Offline reading (with `offline = true`): after everything else is rendered, the service
//! worker `sw.js` at the site's root, versioned by a hash of every other file so that a new
//! build replaces what readers keep, and for each section of the main menu in each language
//! the list of what to keep to read it offline (its pages, their files, the stylesheet and
//! scripts) with its size, which the page shows before the reader saves it.

use crate::diagnostic::Diagnostic;
use crate::link::items::ItemId;
use crate::link::outputs::{offline_list_url, offline_notice_url};
use crate::load::config::Lang;
use crate::output::{File, Manifest};
use crate::render::frame::{FAVICON, OFFLINE_SCRIPT, menu_items};
use crate::render::inputs::Inputs;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// The service worker's file, at the root so that its scope is the whole site.
const WORKER: &str = "sw.js";

/// What the service worker's template (`sw.js`) sees.
#[derive(Debug, Serialize)]
pub struct WorkerContext {
    /// The cache's name: `wegweiser-` and the build's version.
    pub cache: String,
    /// URL path of the site's root.
    pub base: String,
    /// Per language code: URL path of the offline notice, as a JSON object.
    pub notices: String,
    /// The default language's code.
    pub default_lang: String,
}

/// What `offline.json` of a section holds.
#[derive(Debug, Serialize)]
struct SectionList {
    /// The cache to keep it in.
    cache: String,
    /// Bytes in all.
    size: u64,
    /// URL paths to keep.
    urls: Vec<String>,
}

/// The service worker and each menu section's `offline.json`, made from `manifest`: every
/// other file of the site with its fingerprint.
pub fn files(inputs: &Inputs, manifest: &Manifest) -> Result<Vec<File>, Diagnostic> {
    let config = inputs.config;
    let own = paths(inputs);
    let manifest: Manifest = manifest
        .iter()
        .filter(|(path, _)| !own.contains(path))
        .map(|(path, fingerprint)| (path.clone(), *fingerprint))
        .collect();
    let manifest = &manifest;
    let cache = format!("wegweiser-{}", version(manifest));
    let notices: BTreeMap<&str, String> = config
        .languages
        .iter()
        .map(|l| {
            (
                l.code.as_str(),
                config.url_path(&offline_notice_url(&l.code)),
            )
        })
        .collect();
    let notices = serde_json::to_string(&notices).unwrap_or_default();
    let worker = WorkerContext {
        cache: cache.clone(),
        base: config.url_path(""),
        notices,
        default_lang: config.default_language().code.clone(),
    };
    let mut files = vec![inputs.text_file(WORKER, &worker, WORKER.to_string())?];
    for lang in config.languages.keys() {
        for section in menu_items(inputs, lang) {
            let list = section_list(inputs, manifest, section, lang, &cache);
            let path = offline_list_url(&inputs.linked.items[section].urls[lang]);
            files.push(File::new(path, crate::render::export::to_json(&list)));
        }
    }
    Ok(files)
}

/// The paths of the files [`files`] makes.
pub fn paths(inputs: &Inputs) -> Vec<String> {
    let mut paths = vec![WORKER.to_string()];
    for lang in inputs.config.languages.keys() {
        for section in menu_items(inputs, lang) {
            paths.push(offline_list_url(&inputs.linked.items[section].urls[lang]));
        }
    }
    paths
}

/// The build's version: the first 12 hex digits of a hash over every file's path and hash.
fn version(manifest: &Manifest) -> String {
    let mut hash = Sha256::new();
    for (path, fingerprint) in manifest {
        hash.update(path.as_bytes());
        hash.update(fingerprint.hash);
    }
    hash.finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What to keep to read `section` in `lang` offline: the section and every page below it
/// (their folders' files, not the print versions), the stylesheet, the icon and the script.
fn section_list(
    inputs: &Inputs,
    manifest: &Manifest,
    section: ItemId,
    lang: Lang,
    cache: &str,
) -> SectionList {
    let config = inputs.config;
    let linked = inputs.linked;
    let mut folders = Vec::new();
    let mut todo = vec![section];
    while let Some(item) = todo.pop() {
        folders.push(linked.items[item].urls[lang].clone());
        let (sections, pages) = linked.children(item, lang);
        todo.extend(sections.iter().chain(pages).rev());
    }
    let mut urls = Vec::new();
    let mut size = 0;
    for folder in &folders {
        for (path, fingerprint) in manifest.range(folder.clone()..) {
            let Some(file) = path.strip_prefix(folder.as_str()) else {
                break;
            };
            if file.contains('/') {
                continue;
            }
            size += fingerprint.size;
            urls.push(if file == "index.html" {
                config.url_path(folder)
            } else {
                config.url_path(path)
            });
        }
    }
    for asset in [inputs.stylesheet.as_str(), FAVICON, OFFLINE_SCRIPT] {
        if let Some(fingerprint) = manifest.get(asset) {
            size += fingerprint.size;
            urls.push(config.url_path(asset));
        }
    }
    SectionList {
        cache: cache.to_string(),
        size,
        urls,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Fingerprint;

    #[test]
    fn the_version_changes_with_any_file() {
        let file = |byte: u8| Fingerprint {
            hash: [byte; 32],
            size: 10,
        };
        let one: Manifest = [("de/index.html".to_string(), file(1))].into();
        let other: Manifest = [("de/index.html".to_string(), file(2))].into();
        assert_eq!(version(&one).len(), 12);
        assert_eq!(version(&one), version(&one.clone()));
        assert_ne!(version(&one), version(&other));
    }
}
