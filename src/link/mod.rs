//! Link stage: connects translations, gives every page its URL in every language, links
//! partners and events to the pages, and lists every output with the sources it embeds.
//! Pure: no disk access.

pub(crate) mod directory;
pub(crate) mod events;
pub(crate) mod glossary;
pub mod items;
pub(crate) mod outputs;
pub mod paths;
pub(crate) mod translations;

use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use crate::load::assets::Assets;
use crate::load::config::Config;
use crate::load::content::Content;
use crate::load::strings::Strings;
use crate::load::templates::Templates;
use std::path::PathBuf;
use std::sync::Arc;

/// Everything loaded, validated and linked: what the render stage renders and `check`
/// inspects.
pub struct Site {
    /// The site folder, absolute.
    pub root: PathBuf,
    /// The validated configuration.
    pub config: Config,
    /// The Markdown sources and bundle files.
    pub content: Content,
    /// UI strings.
    pub strings: Arc<Strings>,
    /// Parsed templates.
    pub templates: Templates,
    /// Static files.
    pub assets: Assets,
    /// Items with translations and URLs.
    pub linked: items::Linked,
    /// The partner directory.
    pub directory: directory::Directory,
    /// Event pages with their times, earliest first.
    pub events: Vec<events::Event>,
    /// The region's map, if the site has one.
    pub map: Option<crate::load::map::Map>,
    /// The glossary.
    pub glossary: glossary::Glossary,
    /// The decision paths.
    pub paths: paths::Paths,
}

/// Links what was loaded, collecting every problem.
pub fn link(loaded: Loaded) -> Result<Site, Vec<Diagnostic>> {
    let linked = items::link(&loaded.config, &loaded.content.sources)?;
    let directory = directory::link(&loaded.config, &linked, loaded.partners)?;
    let events = events::collect(&loaded.config, &loaded.content.sources, &linked)?;
    let glossary = glossary::link(&loaded.config, &linked, loaded.glossary)?;
    let paths = paths::link(
        &loaded.config,
        &linked,
        &directory,
        &glossary.entries,
        loaded.paths,
    )?;
    Ok(Site {
        root: loaded.root,
        config: loaded.config,
        content: loaded.content,
        strings: loaded.strings,
        templates: loaded.templates,
        assets: loaded.assets,
        linked,
        directory,
        events,
        map: loaded.map,
        glossary,
        paths,
    })
}
