//! The Markdown body of a source file. It is read with the front matter; or — when a build
//! with a cache finds the file as the last build read it — left in the file until first asked
//! for, so an incremental build reads only the bodies of the outputs it renders again.

use crate::diagnostic::Diagnostic;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::sync::OnceLock;

/// The body of a source: its text once read, and where to read it from when it is not yet.
#[derive(Debug, Clone, Default)]
pub struct Body {
    text: OnceLock<String>,
    /// Where an unread body is: the site folder, the file (relative to it) and the byte
    /// offset of the body in its text (after a byte-order mark).
    file: Option<(PathBuf, PathBuf, usize)>,
    /// [`source_hash`] of the text, once made.
    source_hash: OnceLock<String>,
    /// [`Body::hash`], once made.
    hash: OnceLock<u128>,
}

impl Body {
    /// A body read with its front matter.
    pub fn read(text: String) -> Body {
        Body {
            text: OnceLock::from(text),
            ..Body::default()
        }
    }

    /// This body, unread, as left in the file `rel` of the site in `root` at byte `offset`
    /// of its text.
    pub fn in_file(self, root: PathBuf, rel: PathBuf, offset: usize) -> Body {
        Body {
            text: OnceLock::new(),
            file: Some((root, rel, offset)),
            source_hash: self.source_hash,
            hash: self.hash,
        }
    }

    /// The text; an unread body is read from its file now. Fails when the file cannot be
    /// read or no longer has a body where it had one.
    pub fn text(&self) -> Result<&str, Diagnostic> {
        if let Some(text) = self.text.get() {
            return Ok(text);
        }
        let Some((root, rel, offset)) = &self.file else {
            return Err(Diagnostic::error(
                "",
                "a body was neither read nor found in its file",
            ));
        };
        let bytes = crate::load::fs::read(root, rel)?;
        let whole = crate::load::fs::text(rel, &bytes)?;
        let body = whole.get(*offset..).ok_or_else(|| {
            Diagnostic::error(rel, "the file changed while the site was built")
                .with_hint("build again")
        })?;
        Ok(self.text.get_or_init(|| body.to_string()))
    }

    /// The hash a translation records of its original's body (`source_hash` in its front
    /// matter), made once.
    pub fn source_hash(&self) -> Result<&str, Diagnostic> {
        if let Some(hash) = self.source_hash.get() {
            return Ok(hash);
        }
        let hash = source_hash(self.text()?);
        Ok(self.source_hash.get_or_init(|| hash))
    }

    /// The XXH3-128 hash of the text, by which a build's cache tells a changed body; made
    /// once.
    pub fn hash(&self) -> Result<u128, Diagnostic> {
        if let Some(hash) = self.hash.get() {
            return Ok(*hash);
        }
        let hash = xxhash_rust::xxh3::xxh3_128(self.text()?.as_bytes());
        Ok(*self.hash.get_or_init(|| hash))
    }

    /// The hash of [`Body::source_hash`] if it has been made.
    pub fn known_source_hash(&self) -> Option<&str> {
        self.source_hash.get().map(String::as_str)
    }
}

/// The hash a translation records of the source text it was made from: `sha256:` and the first
/// 16 hex digits of the body, with line endings and trailing blanks normalised so that
/// re-saving a file on Windows does not make its translations outdated.
pub fn source_hash(body: &str) -> String {
    let normalised: String = body
        .replace("\r\n", "\n")
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    let digest = Sha256::digest(normalised.trim().as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// A body is kept (in a build's cache) as its hashes only, those made: the text stays in the
/// file.
impl Serialize for Body {
    fn serialize<S: Serializer>(&self, to: S) -> Result<S::Ok, S::Error> {
        (self.known_source_hash(), self.hash.get()).serialize(to)
    }
}

impl<'de> Deserialize<'de> for Body {
    fn deserialize<D: Deserializer<'de>>(from: D) -> Result<Body, D::Error> {
        let (source_hash, hash) = <(Option<String>, Option<u128>)>::deserialize(from)?;
        Ok(Body {
            source_hash: source_hash.map(OnceLock::from).unwrap_or_default(),
            hash: hash.map(OnceLock::from).unwrap_or_default(),
            ..Body::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn an_unread_body_is_read_from_its_offset_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let file = root.join("a.md");
        std::fs::write(&file, "\u{feff}+++\ntitle = \"A\"\n+++\nText\n").unwrap();
        let offset = "+++\ntitle = \"A\"\n+++\n".len();
        let body = Body::default().in_file(root, "a.md".into(), offset);
        assert!(body.text.get().is_none());
        assert_eq!(body.text().unwrap(), "Text\n");
        assert!(body.text.get().is_some());
        std::fs::remove_file(&file).unwrap();
        assert_eq!(body.text().unwrap(), "Text\n");
        assert_eq!(body.source_hash().unwrap(), source_hash("Text\n"));
    }

    #[test]
    fn a_vanished_or_shortened_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let gone = Body::default().in_file(root.clone(), "b.md".into(), 3);
        let problem = gone.text().unwrap_err();
        assert_eq!(problem.path, Path::new("b.md"));
        assert!(problem.message.starts_with("cannot read the file"));
        std::fs::write(root.join("b.md"), "ab").unwrap();
        let short = Body::default().in_file(root, "b.md".into(), 3);
        let problem = short.text().unwrap_err();
        assert_eq!(problem.message, "the file changed while the site was built");
    }

    #[test]
    fn a_kept_body_keeps_its_source_hash_and_not_its_text() {
        let body = Body::read("Text\n".into());
        let (source_hash, hash) = (
            body.source_hash().unwrap().to_string(),
            body.hash().unwrap(),
        );
        let kept: Body = postcard::from_bytes(&postcard::to_allocvec(&body).unwrap()).unwrap();
        assert!(kept.text.get().is_none());
        assert!(kept.text().is_err());
        let kept = kept.in_file("/".into(), "nowhere.md".into(), 0);
        assert_eq!(kept.source_hash().unwrap(), source_hash);
        assert_eq!(kept.hash().unwrap(), hash);
        assert!(kept.text.get().is_none());
    }

    #[test]
    fn hash_ignores_line_endings_and_trailing_blanks() {
        assert_eq!(source_hash("a\r\nb  \n"), source_hash("a\nb\n"));
        assert_ne!(source_hash("a\nb\n"), source_hash("a\nc\n"));
        assert!(source_hash("x").starts_with("sha256:"));
        assert_eq!(source_hash("x").len(), "sha256:".len() + 16);
    }
}
