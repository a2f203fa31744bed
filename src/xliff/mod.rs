//! Translators' files: everything to translate into one language as one XLIFF 1.2 document
//! (`wegweiser translations export`), and the translated document written back into the
//! site's files (`wegweiser translations import`). Sits beside the pipeline: it reads a
//! loaded [`crate::link::Site`] and, on import, edits only the text it was given.
//!
//! A unit's text is a list of [`Piece`]s: words to translate and inline codes (Markdown
//! link syntax, emphasis marks, code spans, Fluent placeables) that become XLIFF `<bpt>`,
//! `<ept>` and `<ph>` elements, so a CAT tool protects them.

pub mod collect;
pub mod document;
pub mod export;
pub mod fluent;
mod history;
pub mod import;
mod inline;
pub mod markdown;
mod plan;
mod tables;

/// One piece of a unit's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Words to translate.
    Text(String),
    /// The start of a paired code (`[` of a link, `**`), with its id in the unit.
    Open { id: u32, code: String },
    /// The end of a paired code (`](@/working/visa.md)`, `**`).
    Close { id: u32, code: String },
    /// A code standing alone (a code span, a Fluent placeable, a line break).
    Placeholder { id: u32, code: String },
}

/// The text of `pieces` as written in the file: words and codes in order.
pub fn text_of(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.as_str(),
            Piece::Open { code, .. }
            | Piece::Close { code, .. }
            | Piece::Placeholder { code, .. } => code.as_str(),
        })
        .collect()
}

/// The words of `pieces` with codes left out, for comparisons that ignore markup.
pub fn words_of(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .filter_map(|piece| match piece {
            Piece::Text(text) => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// How far a unit's target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Not translated yet.
    New,
    /// Translated and current.
    Translated,
    /// The source changed since the target was written: the target is the old translation.
    NeedsReview,
}

impl State {
    /// The XLIFF 1.2 `state` attribute value.
    pub fn xliff(self) -> &'static str {
        match self {
            State::New => "new",
            State::Translated => "translated",
            State::NeedsReview => "needs-review-translation",
        }
    }
}

/// One unit to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The segment key within its file: `title`, `s3`, `summary`, `section-page-count[few]`.
    pub key: String,
    /// The source text.
    pub source: Vec<Piece>,
    /// The existing translation, if any.
    pub target: Option<Vec<Piece>>,
    /// How far the target is.
    pub state: State,
    /// A note for the translator.
    pub note: Option<String>,
}

/// What kind of site file a group of units comes from; decides how import writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A Markdown page or section; the target is the translation file.
    Page,
    /// A partner of the directory (TOML, per-language keys).
    Partner,
    /// A glossary entry (TOML, per-language keys).
    Glossary,
    /// config.toml: topic names and the site title.
    Config,
    /// A Fluent file of UI strings; the target is the same layer's file of the language.
    Strings,
}

impl Kind {
    /// The XLIFF `datatype` of the kind.
    pub fn datatype(&self) -> &'static str {
        match self {
            Kind::Page => "x-markdown",
            Kind::Partner | Kind::Glossary | Kind::Config => "x-toml",
            Kind::Strings => "x-fluent",
        }
    }
}

/// The units of one source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileUnits {
    /// The source file, relative to the site root (`content/working/visa.md`).
    pub original: String,
    /// The file import writes, relative to the site root.
    pub target: String,
    /// What kind of file it is.
    pub kind: Kind,
    /// A hash of the source text the units were taken from; import refuses a file whose
    /// source has changed since.
    pub source_hash: String,
    /// The units in the order of the source.
    pub units: Vec<Unit>,
}

/// Which units an export contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Only {
    /// Files not translated into the language yet, and units missing from translated ones.
    Missing,
    /// Translations whose source changed since they were made.
    Outdated,
    /// Everything, translated or not (for a translation memory or a full review).
    All,
}

/// A target the import accepted.
#[derive(Debug, Clone)]
pub struct Accepted {
    /// The unit's key in its file.
    pub key: String,
    /// The target, codes filled in.
    pub pieces: Vec<Piece>,
    /// Whether its state is final (not `new` or `needs-…`).
    pub done: bool,
}

/// What planning one file came to.
pub enum Edit {
    /// The file's new text and the number of units that changed.
    Changed(String, usize),
    /// Nothing to change.
    Same,
    /// Left as it is, with the reason.
    Skipped(String),
}
