//! Write stage: files go into a staging folder beside the output folder, which replaces the
//! output only when the whole build succeeded. A failed build leaves the old output as it was.

use crate::diagnostic::Diagnostic;
use std::path::{Component, Path, PathBuf};

/// A staging folder being filled; removed again unless [`Output::commit`] succeeds.
#[derive(Debug)]
pub struct Output {
    stage: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Output {
    /// Creates an empty staging folder beside `target`.
    pub fn create(target: &Path) -> Result<Output, Diagnostic> {
        let stage = sibling(target, "tmp");
        if stage.exists() {
            std::fs::remove_dir_all(&stage).map_err(|e| io_error(&stage, &e))?;
        }
        std::fs::create_dir_all(&stage).map_err(|e| io_error(&stage, &e))?;
        Ok(Output {
            stage,
            target: target.to_path_buf(),
            committed: false,
        })
    }

    /// Writes `file` into the folder `dir` (a URL path such as `de/arbeiten/`). Refuses any
    /// path that would leave the output folder.
    pub fn write(&self, dir: &str, file: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let rel = Path::new(dir).join(file);
        if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
            return Err(Diagnostic::error(
                &rel,
                "refusing to write outside the output folder",
            ));
        }
        let path = self.stage.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io_error(parent, &e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| io_error(&path, &e))
    }

    /// Reads back the staged text file `file` in the folder `dir`.
    pub fn read(&self, dir: &str, file: &str) -> Result<String, Diagnostic> {
        let path = self.stage.join(dir).join(file);
        std::fs::read_to_string(&path).map_err(|e| io_error(&path, &e))
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

impl Drop for Output {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.stage);
        }
    }
}

/// `.<name>.wegweiser-<what>` beside `target`.
fn sibling(target: &Path, what: &str) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    target.with_file_name(format!(".{name}.wegweiser-{what}"))
}

fn io_error(path: &Path, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(path, format!("cannot write: {error}"))
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
    for source in ["content", "themes", "i18n", "static", "config.toml"] {
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
