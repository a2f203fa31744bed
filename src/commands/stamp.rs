//! `wegweiser translations --stamp`: records in a translation's front matter the hash of the
//! source text it now matches (`source_hash`), so that `check` can tell when the source
//! changes again. Edits only that one key; comments, order and layout of the file stay.

use crate::diagnostic::Diagnostic;
use crate::load::front_matter;
use crate::site;
use std::path::{Path, PathBuf};

/// Stamps each translation file in `paths` (relative to `root` or absolute) with the hash of
/// its source's body. Returns the files changed; nothing is written if any path is wrong.
pub fn stamp(root: &Path, paths: &[PathBuf]) -> Result<Vec<(PathBuf, String)>, Vec<Diagnostic>> {
    let site = site::load(root, None, true)?;
    let mut planned = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let absolute = site::normalize(&if path.is_absolute() {
            path.clone()
        } else {
            std::env::current_dir().unwrap_or_default().join(path)
        });
        let rel = absolute
            .strip_prefix(&site.root)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| path.clone());
        let Some(index) = site.content.sources.position(|s| s.path == rel) else {
            problems.push(
                Diagnostic::error(&rel, "not a Markdown file of this site")
                    .with_hint("give the path of a translation, e.g. `content/working/visa.en.md`"),
            );
            continue;
        };
        let Some(item) = site
            .linked
            .item_of(&site.content.sources[index].content_path)
        else {
            continue;
        };
        let original = site.linked.items[item].original;
        if original == index {
            problems.push(
                Diagnostic::error(&rel, "this is the source text, not a translation")
                    .with_hint("stamp the translations made from it, e.g. the `.en.md` file"),
            );
            continue;
        }
        let hash = site.content.sources[original].doc.body.source_hash();
        match hash.and_then(|hash| Ok((with_source_hash(&site.root, &rel, hash)?, hash))) {
            Ok((text, hash)) => planned.push((rel, text, hash.to_string())),
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut done = Vec::new();
    for (rel, text, hash) in planned {
        std::fs::write(site.root.join(&rel), text)
            .map_err(|e| vec![Diagnostic::error(&rel, format!("cannot write: {e}"))])?;
        done.push((rel, hash));
    }
    Ok(done)
}

/// The file's text with `source_hash = "<hash>"` set in its front matter, all else unchanged.
fn with_source_hash(root: &Path, rel: &Path, hash: &str) -> Result<String, Diagnostic> {
    let text = std::fs::read_to_string(root.join(rel))
        .map_err(|e| Diagnostic::error(rel, format!("cannot read: {e}")))?;
    let bom = if text.starts_with('\u{feff}') {
        "\u{feff}"
    } else {
        ""
    };
    let text = &text[bom.len()..];
    let (range, _) = front_matter::split(rel, text)?;
    let mut document: toml_edit::DocumentMut = text[range.clone()]
        .parse()
        .map_err(|e| Diagnostic::error(rel, format!("the front matter is not valid TOML: {e}")))?;
    document["source_hash"] = toml_edit::value(hash);
    Ok(format!(
        "{bom}{}{}{}",
        &text[..range.start],
        document,
        &text[range.end..]
    ))
}
