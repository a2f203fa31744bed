//! Copies static files: the theme's (with a fingerprinted stylesheet), the site's `static/`
//! folder as it is, and the files of page bundles next to their pages in every language.

use crate::diagnostic::Diagnostic;
use crate::link::items::Linked;
use crate::load::config::Config;
use crate::load::content::Content;
use crate::output::Output;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The theme's stylesheet, relative to its `static/` folder.
const STYLESHEET: &str = "style.css";

/// Writes all static files into `output`; returns the stylesheet's fingerprinted URL path.
pub fn write(
    root: &Path,
    config: &Config,
    content: &Content,
    linked: &Linked,
    output: &Output,
) -> Result<String, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let theme_static = Path::new("themes").join(&config.theme).join("static");
    let stylesheet = match std::fs::read(root.join(&theme_static).join(STYLESHEET)) {
        Ok(bytes) => bytes,
        Err(_) => crate::load::theme::STATIC
            .iter()
            .find(|(name, _)| *name == STYLESHEET)
            .map(|(_, bytes)| bytes.to_vec())
            .unwrap_or_default(),
    };
    if let Some(url) =
        crate::render::privacy::foreign_in_css(&String::from_utf8_lossy(&stylesheet)).first()
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
    let hash = Sha256::digest(&stylesheet);
    let hex: String = hash.iter().take(5).map(|b| format!("{b:02x}")).collect();
    let css_name = format!("style.{hex}.css");
    problems.extend(output.write("assets/", &css_name, &stylesheet).err());

    for (name, bytes) in crate::load::theme::STATIC
        .iter()
        .filter(|(n, _)| *n != STYLESHEET)
    {
        problems.extend(output.write("assets/", name, bytes).err());
    }
    copy_tree(
        root,
        &theme_static,
        "assets/",
        output,
        &mut problems,
        &[STYLESHEET],
    );
    copy_tree(root, Path::new("static"), "", output, &mut problems, &[]);

    for asset in &content.assets {
        let Some((folder, file)) = asset.rsplit_once('/') else {
            continue;
        };
        let rel = Path::new(crate::load::content::CONTENT_DIR).join(asset);
        let bytes = match std::fs::read(root.join(&rel)) {
            Ok(b) => b,
            Err(e) => {
                problems.push(Diagnostic::error(&rel, format!("cannot read: {e}")));
                continue;
            }
        };
        let bundle = content
            .sources
            .iter()
            .find(|s| s.bundle_dir.as_deref() == Some(folder))
            .and_then(|s| linked.item_of(&s.content_path));
        for url in bundle.map(|i| &linked.items[i].urls).into_iter().flatten() {
            problems.extend(output.write(url, file, &bytes).err());
        }
    }
    if problems.is_empty() {
        Ok(format!("assets/{css_name}"))
    } else {
        Err(problems)
    }
}

/// Copies the files below `root/dir` to `prefix` in the output, skipping `except`.
fn copy_tree(
    root: &Path,
    dir: &Path,
    prefix: &str,
    output: &Output,
    problems: &mut Vec<Diagnostic>,
    except: &[&str],
) {
    let base = root.join(dir);
    for entry in walkdir::WalkDir::new(&base)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
    {
        let Ok(rel) = entry.path().strip_prefix(&base) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        if except.contains(&rel.as_str()) || rel.split('/').any(|p| p.starts_with('.')) {
            continue;
        }
        let (folder, file) = rel
            .rsplit_once('/')
            .map_or(("", rel.as_str()), |(d, f)| (d, f));
        let folder = if folder.is_empty() {
            prefix.to_string()
        } else {
            format!("{prefix}{folder}/")
        };
        match std::fs::read(entry.path()) {
            Ok(bytes) => problems.extend(output.write(&folder, file, &bytes).err()),
            Err(e) => problems.push(Diagnostic::error(
                dir.join(&rel),
                format!("cannot read: {e}"),
            )),
        }
    }
}
