//! Static files: the theme's (built-in files replaced by the site theme's of the same name, the
//! stylesheet read to be fingerprinted and checked) and the site's own `static/` folder.
//! Files of page bundles are found with the content (see `content`).

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The theme's stylesheet, relative to its `static/` folder.
const STYLESHEET: &str = "style.css";

/// Where the theme's static files go in the output.
const THEME_FOLDER: &str = "assets/";

/// What a static file is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file compiled into the binary.
    BuiltIn(&'static [u8]),
    /// A file of the site, by absolute path.
    File(PathBuf),
}

/// The site's static files.
#[derive(Debug, Clone)]
pub struct Assets {
    /// The theme's stylesheet.
    pub stylesheet: Vec<u8>,
    /// Every other static file by its path in the output.
    pub files: BTreeMap<String, Origin>,
}

impl Assets {
    /// The stylesheet's path in the output, with a fingerprint of its contents.
    pub fn stylesheet_path(&self) -> String {
        let hash = Sha256::digest(&self.stylesheet);
        let hex: String = hash.iter().take(5).map(|b| format!("{b:02x}")).collect();
        format!("{THEME_FOLDER}style.{hex}.css")
    }
}

/// Finds the static files of the theme and of `static/`, and reads and checks the stylesheet:
/// it must not load anything from another server.
pub fn load(root: &Path, config: &Config) -> Result<Assets, Vec<Diagnostic>> {
    let theme_static = Path::new("themes").join(&config.theme).join("static");
    let stylesheet = match std::fs::read(root.join(&theme_static).join(STYLESHEET)) {
        Ok(bytes) => bytes,
        Err(_) => crate::load::theme::STATIC
            .iter()
            .find(|(name, _)| *name == STYLESHEET)
            .map(|(_, bytes)| bytes.to_vec())
            .unwrap_or_default(),
    };
    let mut problems = Vec::new();
    if let Some(url) = crate::privacy::foreign_in_css(&String::from_utf8_lossy(&stylesheet)).first()
    {
        problems.push(
            Diagnostic::error(
                theme_static.join(STYLESHEET),
                format!("the stylesheet would load `{url}` from another server"),
            )
            .with_hint(
                "put fonts and images into the theme's `static/` folder and refer to them by path",
            ),
        );
    }
    let mut files: BTreeMap<String, Origin> = crate::load::theme::STATIC
        .iter()
        .filter(|(name, _)| *name != STYLESHEET)
        .map(|(name, bytes)| (format!("{THEME_FOLDER}{name}"), Origin::BuiltIn(bytes)))
        .collect();
    for (rel, path) in tree(root, &theme_static, &mut problems) {
        if rel != STYLESHEET {
            files.insert(format!("{THEME_FOLDER}{rel}"), Origin::File(path));
        }
    }
    for (rel, path) in tree(root, Path::new("static"), &mut problems) {
        files.insert(rel, Origin::File(path));
    }
    if problems.is_empty() {
        Ok(Assets { stylesheet, files })
    } else {
        Err(problems)
    }
}

/// The files below `root/dir` (hidden ones skipped) as `(path below dir, absolute path)`.
fn tree(root: &Path, dir: &Path, problems: &mut Vec<Diagnostic>) -> Vec<(String, PathBuf)> {
    let base = root.join(dir);
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(&base)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e)
                if e.io_error().map(std::io::Error::kind) == Some(std::io::ErrorKind::NotFound) =>
            {
                continue;
            }
            Err(e) => {
                problems.push(Diagnostic::error(dir, format!("cannot read: {e}")));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(&base) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel.split('/').any(|p| p.starts_with('.')) {
            continue;
        }
        files.push((rel, entry.path().to_path_buf()));
    }
    files
}
