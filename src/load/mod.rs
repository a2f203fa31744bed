//! Load stage: reads the site's files (config, content, partners, UI strings, templates) and
//! validates them, collecting every problem with its file and line.

pub(crate) mod assets;
pub mod body;
pub mod config;
pub(crate) mod content;
pub mod dates;
pub mod front_matter;
pub(crate) mod fs;
pub(crate) mod glossary;
pub mod languages;
pub(crate) mod map;
pub mod partners;
pub mod path_files;
pub mod path_translation;
pub mod path_tree;
pub mod paths;
pub(crate) mod region;
pub mod shapes;
pub(crate) mod strings;
pub(crate) mod templates;
pub(crate) mod theme;
pub(crate) mod toml_error;
use crate::diagnostic::Diagnostic;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The files and folders of a site's root that hold its sources: what `serve` watches and
/// `build --cache` keys (with the map file config.toml names).
pub const SOURCES: [&str; 7] = [
    config::CONFIG_FILE,
    content::CONTENT_DIR,
    "themes",
    "i18n",
    "static",
    "region",
    paths::PATHS_DIR,
];

/// Everything read from the site's folder, validated.
pub struct Loaded {
    /// The site folder, absolute.
    pub root: PathBuf,
    /// The validated configuration.
    pub config: config::Config,
    /// The Markdown sources and bundle files.
    pub content: content::Content,
    /// UI strings.
    pub strings: Arc<strings::Strings>,
    /// Parsed templates.
    pub templates: templates::Templates,
    /// Static files.
    pub assets: assets::Assets,
    /// The partner directory's entries, sorted by id.
    pub partners: Vec<partners::Partner>,
    /// The region's map, if the site has one.
    pub map: Option<map::Map>,
    /// The glossary's entries, sorted by id.
    pub glossary: Vec<glossary::Entry>,
    /// The decision paths, sorted by id.
    pub paths: Vec<paths::DecisionPath>,
}

/// Reads and validates the site in `root` (an absolute, normalised path), collecting every
/// problem of every file. `base_url` overrides config.toml's; drafts are left out unless
/// `drafts` is set. `known` holds the sources an earlier build of the same binary and
/// config.toml loaded, for a build with a cache ([`content::load`]).
pub fn load(
    root: &Path,
    base_url: Option<&str>,
    drafts: bool,
    known: Option<content::Known>,
) -> Result<Loaded, Vec<Diagnostic>> {
    let config = config::load(root)?;
    let config = match base_url {
        Some(url) => config.with_base_url(url).map_err(|d| vec![d])?,
        None => config,
    };
    let content = content::load(root, &config, drafts, known);
    let strings = strings::load(root, &config).map(Arc::new);
    let partners = partners::load(root, &config);
    let assets = assets::load(root, &config);
    let map = map::load(root, &config);
    let glossary = glossary::load(root, &config);
    let paths = path_files::load(root, &config);
    let problems: Vec<Diagnostic> = [
        content.as_ref().err(),
        strings.as_ref().err(),
        partners.as_ref().err(),
        assets.as_ref().err(),
        map.as_ref().err(),
        glossary.as_ref().err(),
        paths.as_ref().err(),
    ]
    .into_iter()
    .flatten()
    .flatten()
    .cloned()
    .collect();
    let (Ok(content), Ok(strings), Ok(partners), Ok(assets), Ok(map), Ok(glossary), Ok(paths)) =
        (content, strings, partners, assets, map, glossary, paths)
    else {
        return Err(problems);
    };
    let templates = templates::load(root, &config, strings.clone())?;
    Ok(Loaded {
        root: root.to_path_buf(),
        config,
        content,
        strings,
        templates,
        assets,
        partners,
        map,
        glossary,
        paths,
    })
}
