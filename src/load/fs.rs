//! Reading source files. Every failure becomes a [`Diagnostic`] that names the file, so an
//! editor never sees a bare "No such file or directory".

use crate::diagnostic::Diagnostic;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Reads `root/rel` as UTF-8 text, without a leading byte-order mark.
/// Errors name `rel`; invalid UTF-8 is reported at the line where it starts.
pub fn read_text(root: &Path, rel: &Path) -> Result<String, Diagnostic> {
    read(root, rel).and_then(|bytes| text(rel, &bytes).map(str::to_string))
}

/// Reads the bytes of `root/rel`, to be looked at as [`text`]. Errors name `rel`.
pub fn read(root: &Path, rel: &Path) -> Result<Vec<u8>, Diagnostic> {
    std::fs::read(root.join(rel))
        .map_err(|e| Diagnostic::error(rel, format!("cannot read the file: {e}")))
}

/// File contents (of the file `rel`) as UTF-8 text without a byte-order mark, borrowed: a
/// caller that keeps only a part copies only that. The text is checked with SIMD
/// instructions (`simdutf8`), several times faster than the standard library on text that is
/// not ASCII (Arabic, Ukrainian), which matters for sites of many pages.
pub fn text<'a>(rel: &Path, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(e) => {
            let valid = e.valid_up_to();
            let line = bytes[..valid].iter().filter(|b| **b == b'\n').count() + 1;
            Err(Diagnostic::error(rel, "the file is not valid UTF-8 text")
                .at(line, 0)
                .with_hint("save the file with the encoding \"UTF-8\" in your editor"))
        }
    }
}

/// What tells whether a file changed since it was written or read: its size, modification
/// time and inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// Size in bytes.
    pub size: u64,
    /// Modified, in nanoseconds since 1970.
    pub modified: u64,
    /// The inode number (0 where there is none).
    inode: u64,
}

impl Stamp {
    /// The stamp of the file at `path`, if it is a file.
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::symlink_metadata(path).ok()?;
        let modified = meta
            .modified()
            .ok()?
            .duration_since(UNIX_EPOCH)
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

    /// How long ago the file was modified; zero for a time ahead of the clock.
    pub fn age(&self) -> Duration {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        now.saturating_sub(Duration::from_nanos(self.modified))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_reports_bad_bytes_with_line() {
        let p = Path::new("a.md");
        assert_eq!(text(p, b"\xef\xbb\xbfhi").unwrap(), "hi");
        let err = text(p, b"ok\nstill ok\nbad \xff here").unwrap_err();
        assert_eq!(err.line, 3);
        assert_eq!(err.message, "the file is not valid UTF-8 text");
    }
}
