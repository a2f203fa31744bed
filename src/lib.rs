//! wegweiser turns a folder of Markdown, TOML and Fluent files into a static, multilingual
//! information portal.
//!
//! Pipeline, a folder per stage: [`load`] reads and validates the sources, [`link`] connects
//! translations, gives URLs and lists every output with what it embeds, [`render`] makes the
//! files of those outputs, [`search`] indexes the rendered pages, and [`output`] — the one
//! writer — stages them and swaps them in (or discards them for `check`, or keeps `serve`'s
//! folder up to date). [`site`] sequences the stages; [`commands`] are what the binary runs.
//! The library never prints: it returns results and reports progress through [`progress`].

#[macro_use]
mod index;

pub(crate) mod cache;
pub mod commands;
pub mod diagnostic;
pub mod link;
pub mod load;
pub(crate) mod offline;
pub mod output;
pub(crate) mod privacy;
pub mod progress;
pub mod render;
pub(crate) mod search;
pub mod site;
pub mod slug;
pub(crate) mod suggest;
pub mod xliff;
