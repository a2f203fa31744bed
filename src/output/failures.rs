//! Failures to write the site's files, said once per cause: a full disk fails every file
//! after the first, and 700 identical lines would hide what happened and what to do.

use crate::diagnostic::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How the message of a failed write starts; the cause follows.
pub(super) const WRITE_FAILED: &str = "cannot write: ";

/// `problems` (of a build that staged into `stage` for `target`, with `needed` bytes of
/// files) with the failures to write files said once per cause (disk full, permission
/// denied, read-only file system …): how many files, the first of them as it would be in
/// the output folder, how much the site needs, and that the previous output is intact.
pub fn explain(
    problems: Vec<Diagnostic>,
    stage: &Path,
    target: &Path,
    needed: u64,
) -> Vec<Diagnostic> {
    let mut causes: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    let mut others = Vec::new();
    for problem in problems {
        match problem.message.strip_prefix(WRITE_FAILED) {
            Some(cause) if problem.path.starts_with(stage) => causes
                .entry(cause.to_string())
                .or_default()
                .push(target.join(problem.path.strip_prefix(stage).unwrap_or(&problem.path))),
            _ => others.push(problem),
        }
    }
    let place = target.parent().unwrap_or(target);
    let previous = match target.exists() {
        true => format!("; the previous output in {} is unchanged", target.display()),
        false => String::new(),
    };
    for (cause, mut paths) in causes {
        paths.sort();
        let files = match paths.len() {
            1 => "1 file".to_string(),
            n => format!("{n} files"),
        };
        let remedy = match cause.as_str() {
            c if c.contains("os error 28") => format!(
                "the site needs at least {:.1} MB: free space in {} or build elsewhere with `--out`",
                needed as f64 / 1_000_000.0,
                place.display()
            ),
            c if c.contains("os error 30") => format!(
                "{} is on a read-only file system: build elsewhere with `--out`",
                place.display()
            ),
            c if c.contains("os error 13") => format!(
                "make {} writable, or build elsewhere with `--out`",
                place.display()
            ),
            _ => "build elsewhere with `--out`".to_string(),
        };
        others.push(
            Diagnostic::error(&paths[0], format!("{files} could not be written: {cause}"))
                .with_hint(format!("{remedy}{previous}")),
        );
    }
    others
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{File, Sink, Staging};

    #[test]
    fn write_failures_are_said_once_per_cause() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let staging = Staging::create(&target).unwrap();
        staging
            .put(File::new("de/index.html", vec![0; 1_500_000]))
            .unwrap();
        let failed = |path: &str, cause: &str| {
            Diagnostic::error(staging.stage.join(path), format!("{WRITE_FAILED}{cause}"))
        };
        let read_only = "Read-only file system (os error 30)";
        let problems = vec![
            failed("en/b.html", read_only),
            failed("en/a.html", read_only),
            Diagnostic::error("content/x.md", "something else"),
        ];
        let explained: Vec<String> = staging
            .explain(problems)
            .iter()
            .map(ToString::to_string)
            .collect();
        let place = dir.path().display();
        assert_eq!(
            explained,
            [
                "content/x.md: error: something else".to_string(),
                format!(
                    "{place}/public/en/a.html: error: 2 files could not be written: {read_only}\n  hint: {place} is on a read-only file system: build elsewhere with `--out`"
                ),
            ]
        );
        let full = staging.explain(vec![failed("a", "No space left on device (os error 28)")]);
        assert_eq!(
            full[0].hint.as_deref(),
            Some(
                format!("the site needs at least 1.5 MB: free space in {place} or build elsewhere with `--out`")
                    .as_str()
            )
        );
    }
}
