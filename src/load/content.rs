//! Load stage for `content/`: walks the folder, names each Markdown file's language, kind and
//! translation key, and parses it. Collects every problem instead of stopping at the first.

use crate::diagnostic::Diagnostic;
use crate::load::body::Body;
use crate::load::config::Config;
use crate::load::front_matter::{self, Document, Meta};
use crate::load::fs::Stamp;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;
use typed_index_collections::{TiSlice, TiVec};

/// The prefix of an internal link in Markdown: a path relative to `content/`.
pub const INTERNAL_PREFIX: &str = "@/";

/// The folder of the content, relative to the site root.
pub const CONTENT_DIR: &str = "content";

/// Whether a file is a section (`_index.md`) or a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    /// A folder's `_index[.lang].md`.
    Section,
    /// Any other Markdown file, or a bundle's `index[.lang].md`.
    Page,
}

index_type!(
    /// A Markdown file: its position in [`Content::sources`].
    SourceId
);

/// The Markdown files, by [`SourceId`].
pub type Sources = TiSlice<SourceId, Source>;

/// One Markdown file of one language.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    /// Path relative to the site root, e.g. `content/working/visa.en.md`.
    pub path: PathBuf,
    /// Path relative to `content/` with `/` separators, as `@/` links name it.
    pub content_path: String,
    /// The file's language code.
    pub lang: String,
    /// Section or page.
    pub kind: Kind,
    /// The folder of the section this file belongs to (`""` for the home section). For a
    /// section that is its own folder; for a page, the folder it lies in (a bundle's parent).
    pub section_dir: String,
    /// The last URL segment unless `slug` says otherwise: file or bundle name, or folder name.
    pub name: String,
    /// Files with the same kind and key are translations of each other.
    pub key: String,
    /// For a page bundle, its folder relative to `content/`.
    pub bundle_dir: Option<String>,
    /// The parsed file (boxed: a source moves from stage to stage, its front matter stays).
    pub doc: Box<Document>,
    /// The line on which the body starts, to report body problems.
    pub body_line: usize,
    /// The stamp of its file before it was read, when it was loaded for a build with a cache
    /// and had not changed for a while (a change within the file system's clock tick of the
    /// reading might not move the stamp).
    pub stamp: Option<Stamp>,
}

/// Sources an earlier build loaded, by content path: a file whose stamp is still theirs is
/// taken from here instead of being read again, its body left in the file until asked for.
pub type Known = FxHashMap<String, Source>;

/// How long after a file changed its stamp is trusted to tell the next change.
pub const SETTLED: Duration = Duration::from_secs(2);

/// Everything under `content/`: the Markdown sources and the files that page bundles carry.
#[derive(Debug, Default)]
pub struct Content {
    /// All Markdown files, sorted by path.
    pub sources: TiVec<SourceId, Source>,
    /// Non-Markdown files inside page bundles, relative to `content/`.
    pub assets: Vec<String>,
    /// Problems that do not fail the build.
    pub warnings: Vec<Diagnostic>,
}

/// Walks `root/content`, parses every Markdown file and returns them, or every problem found.
/// Drafts are left out unless `drafts` is set. With the sources an earlier build loaded
/// (`known`, of the same binary and config.toml), a file not changed since is taken from
/// them, and every source notes its file's stamp.
pub fn load(
    root: &Path,
    config: &Config,
    drafts: bool,
    known: Option<Known>,
) -> Result<Content, Vec<Diagnostic>> {
    let dir = root.join(CONTENT_DIR);
    if !dir.is_dir() {
        return Err(vec![
            Diagnostic::error(CONTENT_DIR, "the site has no `content/` folder").with_hint(
                "create the folder `content/` next to config.toml and write the pages in it, \
                 e.g. `content/_index.md` for the home page",
            ),
        ]);
    }
    let mut problems = Vec::new();
    let mut markdown = Vec::new();
    let mut others = Vec::new();
    let data_sections =
        [&config.partners_section, &config.glossary_section].map(|s| s.clone() + "/");
    // Entries' paths are `dir`, a separator and their path below it.
    let below = dir.as_os_str().len() + 1;
    // Walked in the order of the folders, sorted after: sorting each folder's entries by
    // name as they are walked parses a path for every comparison.
    let walker = walkdir::WalkDir::new(&dir)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(e.file_name()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| PathBuf::from(CONTENT_DIR), |p| relative(root, p));
                problems.push(Diagnostic::error(path, format!("cannot read: {e}")));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            if entry.file_type().is_symlink() {
                problems.push(
                    Diagnostic::warning(relative(root, entry.path()), "symbolic link ignored")
                        .with_hint("copy the file into `content/` instead of linking it"),
                );
            }
            continue;
        }
        let below = entry.path().as_os_str().as_encoded_bytes().get(below..);
        let Some(content_path) = below.and_then(|p| std::str::from_utf8(p).ok()) else {
            problems.push(
                Diagnostic::error(
                    relative(root, entry.path()),
                    "the file name is not valid Unicode",
                )
                .with_hint("rename the file using letters, digits and `-`"),
            );
            continue;
        };
        let content_path = match content_path.contains('\\') {
            true => content_path.replace('\\', "/"),
            false => content_path.to_string(),
        };
        let data_file = data_sections.iter().any(|section| {
            content_path
                .strip_prefix(section.as_str())
                .is_some_and(|name| !name.contains('/') && name.ends_with(".toml"))
        });
        if data_file {
            continue;
        }
        if content_path.ends_with(".md") {
            markdown.push(content_path);
            continue;
        }
        let extension = Path::new(&content_path)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase());
        let rel = relative(root, entry.path());
        if matches!(extension.as_deref(), Some("md" | "markdown")) {
            let stem = content_path.rsplit('/').next().unwrap_or_default();
            let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
            problems.push(
                Diagnostic::error(&rel, "Markdown files must end in `.md` (lower case)")
                    .with_hint(format!("rename the file to `{stem}.md`")),
            );
        } else {
            others.push(content_path);
        }
    }

    markdown.sort_by_cached_key(|content_path| in_order(content_path));
    others.sort_by_cached_key(|content_path| in_order(content_path));
    crate::diagnostic::sort(&mut problems);
    let mut known = known;
    let markdown: Vec<_> = markdown
        .into_iter()
        .map(|content_path| {
            let earlier = known.as_mut().map(|k| k.remove(&content_path));
            (content_path, earlier)
        })
        .collect();
    let parsed: Vec<Result<Source, Vec<Diagnostic>>> = markdown
        .into_par_iter()
        .map(|(content_path, earlier)| {
            let rel = Path::new(CONTENT_DIR).join(&content_path);
            match earlier {
                Some(earlier) => load_stamped(root, rel, content_path, config, earlier),
                None => load_file(root, rel, content_path, config),
            }
        })
        .collect();
    let mut sources = Vec::with_capacity(parsed.len());
    for result in parsed {
        match result {
            Ok(source) if drafts || !source.doc.meta.draft => sources.push(source),
            Ok(_) => {}
            Err(mut p) => problems.append(&mut p),
        }
    }
    if !sources
        .iter()
        .any(|s| s.kind == Kind::Section && s.section_dir.is_empty())
    {
        sources.extend(made_home(config));
        problems.push(
            Diagnostic::warning("content/_index.md", "the site has no home page file").with_hint(
                "the home page shows the site's title from config.toml and lists its \
                     sections; create `content/_index.md` to write its text",
            ),
        );
    }
    let bundles: Vec<&str> = sources
        .iter()
        .filter_map(|s| s.bundle_dir.as_deref())
        .collect();
    let mut assets = Vec::new();
    for path in others {
        let folder = path.rsplit_once('/').map_or("", |(d, _)| d);
        if bundles.contains(&folder) {
            assets.push(path);
        } else {
            problems.push(
                Diagnostic::warning(Path::new(CONTENT_DIR).join(&path), "file not used")
                    .with_hint("put images and PDFs beside a page's `index.md` (a page bundle), or in `static/`"),
            );
        }
    }
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    Ok(Content {
        sources: sources.into(),
        assets,
        warnings: problems,
    })
}

/// A home page for every language of a site without `content/_index.md`, as Zola and Hugo
/// make one: the language's site title and no text (variants fall back to their base).
fn made_home(config: &Config) -> impl Iterator<Item = Source> + '_ {
    let default = &config.default_language().code;
    config
        .languages
        .iter()
        .filter(|l| l.variant_of.is_none())
        .map(move |l| {
            let content_path = match &l.code == default {
                true => "_index.md".to_string(),
                false => format!("_index.{}.md", l.code),
            };
            Source {
                path: Path::new(CONTENT_DIR).join(&content_path),
                content_path,
                lang: l.code.clone(),
                kind: Kind::Section,
                section_dir: String::new(),
                name: String::new(),
                key: String::new(),
                bundle_dir: None,
                doc: Box::new(Document {
                    meta: Meta {
                        title: l.title.clone(),
                        glossary: true,
                        ..Meta::default()
                    },
                    body: Body::read(String::new()),
                    body_offset: 0,
                }),
                body_line: 1,
                stamp: None,
            }
        })
}

/// The key that sorts paths below `content/` as a walk that sorts each folder by name meets
/// them: `/` sorts before every other character, so `a/b.md` comes before `a-c.md`.
fn in_order(content_path: &str) -> Vec<u8> {
    content_path
        .bytes()
        .map(|b| if b == b'/' { 0 } else { b })
        .collect()
}

/// Files and folders the loader skips: hidden ones and editors' backup files.
fn is_ignored(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.ends_with('~') || (name.starts_with('#') && name.ends_with('#'))
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// The source of the file `rel` as an `earlier` build loaded it if its stamp is still the
/// same, else read and parsed; with its stamp.
fn load_stamped(
    root: &Path,
    rel: PathBuf,
    content_path: String,
    config: &Config,
    earlier: Option<Source>,
) -> Result<Source, Vec<Diagnostic>> {
    let stamp = Stamp::of(&root.join(&rel));
    if let Some(stamp) = stamp
        && let Some(mut source) = earlier
        && source.stamp == Some(stamp)
    {
        let body = std::mem::take(&mut source.doc.body);
        source.doc.body = body.in_file(root.to_path_buf(), rel, source.doc.body_offset);
        return Ok(source);
    }
    let mut source = load_file(root, rel, content_path, config)?;
    source.stamp = stamp.filter(|stamp| stamp.age() >= SETTLED);
    Ok(source)
}

/// Reads and parses one Markdown file.
fn load_file(
    root: &Path,
    rel: PathBuf,
    content_path: String,
    config: &Config,
) -> Result<Source, Vec<Diagnostic>> {
    let (folder, file) = content_path.rsplit_once('/').unwrap_or(("", &content_path));
    let (folder, file) = (folder.to_string(), file.to_string());
    let folder = folder.as_str();
    let stem = &file[..file.len() - ".md".len()];
    let (base, lang) = split_language(stem, config, "md")
        .map_err(|(message, hint)| vec![Diagnostic::error(&rel, message).with_hint(hint)])?;
    let bytes = crate::load::fs::read(root, &rel).map_err(|d| vec![d])?;
    let text = crate::load::fs::text(&rel, &bytes).map_err(|d| vec![d])?;
    let doc = front_matter::parse(&rel, text)?;
    let mut problems = Vec::new();
    for (topic, (line, col)) in &doc.meta.topics {
        if config.topic(topic).is_none() {
            problems.push(
                Diagnostic::error(&rel, format!("unknown topic `{topic}`"))
                    .at(*line, *col)
                    .with_hint(topic_hint(config, topic)),
            );
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let parent_name = |dir: &str| dir.rsplit('/').next().unwrap_or("").to_string();
    let (kind, section_dir, name, bundle_dir) = match base {
        "_index" => (Kind::Section, folder.to_string(), parent_name(folder), None),
        "index" if !folder.is_empty() => {
            let parent = folder.rsplit_once('/').map_or("", |(p, _)| p);
            (
                Kind::Page,
                parent.to_string(),
                parent_name(folder),
                Some(folder.to_string()),
            )
        }
        _ => (Kind::Page, folder.to_string(), base.to_string(), None),
    };
    let key = match &doc.meta.translation_key {
        Some(k) => format!("key:{k}"),
        None if kind == Kind::Section => section_dir.clone(),
        None => format!("{section_dir}/{name}"),
    };
    let body_line = crate::diagnostic::line_col(text, doc.body_offset).0;
    Ok(Source {
        path: rel,
        content_path,
        lang: lang.to_string(),
        kind,
        section_dir,
        name,
        key,
        bundle_dir,
        doc: Box::new(doc),
        body_line,
        stamp: None,
    })
}

/// The list of topic ids for a hint.
pub fn topic_hint(config: &Config, written: &str) -> String {
    let ids = config.topics.iter().map(|t| t.id.as_str());
    if let Some(hint) = crate::suggest::did_you_mean(written, ids) {
        hint
    } else if config.topics.is_empty() {
        "add the topic under `[topics]` in config.toml".to_string()
    } else {
        let ids: Vec<_> = config
            .topics
            .iter()
            .map(|t| format!("`{}`", t.id))
            .collect();
        format!("known topics: {}", ids.join(", "))
    }
}

/// Splits `name.lang` into the name and the language; a name without a configured language
/// suffix is in the default language. A suffix that looks like a language code but is not
/// configured is an error, so `page.fr.md` is not silently published as a German page.
pub(crate) fn split_language<'a>(
    stem: &'a str,
    config: &'a Config,
    extension: &str,
) -> Result<(&'a str, &'a str), (String, String)> {
    let default = config.default_language().code.as_str();
    if let Some((base, suffix)) = stem.rsplit_once('.')
        && !base.is_empty()
    {
        if let Some(lang) = config.language(suffix) {
            return Ok((base, lang.code.as_str()));
        }
        if crate::load::shapes::parse_language_code(suffix).is_ok() {
            let codes: Vec<_> = config.languages.iter().map(|l| l.code.as_str()).collect();
            let hint = match crate::suggest::language(suffix, codes.iter().copied()) {
                Some(code) => format!("did you mean `{base}.{code}.{extension}`?"),
                None => format!(
                    "add `[languages.{suffix}]` to config.toml, or rename the file; configured: {}",
                    codes.join(", ")
                ),
            };
            return Err((
                format!("the language `{suffix}` of this file is not configured"),
                hint,
            ));
        }
    }
    Ok((stem, default))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_sort_as_a_walk_by_name_meets_them() {
        let mut paths = ["b.md", "a.md", "a-c.md", "a/b.md", "a/_index.md"];
        paths.sort_by_key(|p| in_order(p));
        assert_eq!(paths, ["a/_index.md", "a/b.md", "a-c.md", "a.md", "b.md"]);
    }
}
