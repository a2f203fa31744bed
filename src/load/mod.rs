//! Load stage: reads the site's files (config, content, partners, UI strings, templates) and
//! validates them, collecting every problem with its file and line.

pub mod config;
pub mod content;
pub mod front_matter;
pub mod fs;
pub mod partners;
pub mod strings;
pub mod theme;
pub mod toml_error;
