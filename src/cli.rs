//! The command line (clap derive): subcommands and their options.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// wegweiser builds a static, multilingual information portal from Markdown, TOML and
/// Fluent files.
#[derive(Debug, Parser)]
#[command(name = "wegweiser", version, about, long_about = None)]
pub struct Cli {
    /// The site's folder (with config.toml), before or after the subcommand.
    #[arg(long, global = true, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// Print nothing but errors and warnings (serve still prints its address).
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into a folder of static files, in every configured language.
    #[command(
        after_help = "Example:\n  wegweiser build --out /srv/www/portal --base-url https://portal.example.org/"
    )]
    Build(BuildArgs),
    /// Check the site without writing anything: everything build checks, plus links and
    /// anchors, missing and outdated translations, pages due for review, missing UI strings.
    #[command(after_help = "Example:\n  wegweiser check --strict --format json > report.json")]
    Check(CheckArgs),
    /// Create a new site, a page (a draft in every language), a language, or a partner file.
    #[command(
        after_help = "Examples:\n  wegweiser new site --root my-portal\n  wegweiser new page working/blue-card\n  wegweiser new language ru"
    )]
    New(NewArgs),
    /// Work with translations: export and import XLIFF files for translators, or mark
    /// translations as current with `--stamp FILE…`.
    #[command(
        after_help = "Examples:\n  wegweiser translations export --lang uk --out uk.xlf\n  wegweiser translations import uk.xlf\n  wegweiser translations --stamp content/working/visa.uk.md"
    )]
    Translations(TranslationsArgs),
    /// Preview the site: build it, serve it on this computer, rebuild when a file changes, and
    /// reload open pages. Errors are shown in the browser until they are fixed.
    #[command(after_help = "Example:\n  wegweiser serve --open --drafts")]
    Serve(ServeArgs),
}

/// Options of `wegweiser translations`.
#[derive(Debug, Args)]
pub struct TranslationsArgs {
    /// Translators' files: export what to translate, import what was translated.
    #[command(subcommand)]
    pub action: Option<TranslationsAction>,
    /// Translation files whose text now matches their source: sets `source_hash` in their
    /// front matter to the source's current hash, leaving everything else in the file as it is.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub stamp: Vec<PathBuf>,
}

/// What `wegweiser translations` does with translators' files.
#[derive(Debug, Subcommand)]
pub enum TranslationsAction {
    /// Write one XLIFF 1.2 file with everything to translate into a language: page titles,
    /// descriptions and text, partner summaries and services, topic names, glossary entries,
    /// UI strings. Links and other Markdown become protected inline codes.
    #[command(
        after_help = "Examples:\n  wegweiser translations export --lang uk --out uk.xlf\n  wegweiser translations export --lang ru --only all --out ru-all.xlf"
    )]
    Export {
        /// The language to translate into.
        #[arg(long, value_name = "CODE")]
        lang: String,
        /// Which units: `missing` (not translated yet), `outdated` (the source changed since),
        /// `all`. Default: missing and outdated.
        #[arg(long, value_enum)]
        only: Option<wegweiser::xliff::Only>,
        /// Where to write the XLIFF file; default: standard output.
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write the translations of an XLIFF file into the site: pages (keeping the source's
    /// structure), partner and glossary TOML, topic names, Fluent files. Nothing is written
    /// unless the whole file is valid; a file whose source changed since export is refused.
    #[command(
        after_help = "Example:\n  wegweiser translations import uk.xlf\n  wegweiser translations import --unreviewed ru-machine.xlf"
    )]
    Import {
        /// The translated XLIFF files, imported one after the other.
        #[arg(value_name = "FILE.xlf", num_args = 1.., required = true)]
        files: Vec<PathBuf>,
        /// Mark the pages written as `unreviewed = true` (e.g. a machine translation): readers
        /// see a notice and a link to the original until someone reviews them.
        #[arg(long)]
        unreviewed: bool,
    },
}

/// Options of `wegweiser serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// The address to listen on. The default serves this computer only; 0.0.0.0 would expose
    /// the preview to the network.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the site in the web browser.
    #[arg(long)]
    pub open: bool,
    /// Also show pages marked `draft = true`.
    #[arg(long)]
    pub drafts: bool,
}

/// Options of `wegweiser new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// What to create.
    #[command(subcommand)]
    pub what: NewWhat,
}

/// What `wegweiser new` creates.
#[derive(Debug, Subcommand)]
pub enum NewWhat {
    /// A page in an existing section, e.g. `working/blue-card`: a draft in every language,
    /// to write and then publish by deleting its `draft = true` line.
    #[command(after_help = "Example:\n  wegweiser new page working/blue-card")]
    Page {
        /// `<section>/<name>` below content/.
        path: String,
    },
    /// A partner file `content/partners/<id>.toml` with every field, commented.
    #[command(after_help = "Example:\n  wegweiser new partner iq-thueringen")]
    Partner {
        /// The partner's id: lower-case letters, digits and `-`.
        id: String,
    },
    /// A minimal working site (config.toml, a home page and a section) in --root.
    #[command(after_help = "Example:\n  wegweiser new site --root my-portal")]
    Site,
    /// A language, e.g. `ru`: its table in config.toml (name in its own script, direction
    /// from the language) and i18n/<code>.ftl with every UI string to translate.
    #[command(after_help = "Example:\n  wegweiser new language ru")]
    Language {
        /// A BCP 47 language tag: `ru`, `fa`, `pt-BR`.
        code: String,
    },
}

/// How `check` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Grouped by file, for people.
    Text,
    /// One JSON document, for machines.
    Json,
}

/// Options of `wegweiser check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Treat warnings (missing translations, pages due for review …) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Fail on every translation marked `unreviewed = true` (e.g. machine translations
    /// not yet checked by a person); without it they are only counted.
    #[arg(long)]
    pub require_reviewed: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Measure review deadlines against this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}

/// Options of `wegweiser build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Where to write the site; default: public/ in the site folder. The folder is replaced
    /// only when the whole build succeeded.
    #[arg(long, short, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Use this address instead of config.toml's base_url (e.g. for a preview deployment).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Also build pages marked `draft = true`.
    #[arg(long)]
    pub drafts: bool,
    /// Measure review deadlines on the status page (/status/) against this date (YYYY-MM-DD)
    /// instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// Keep this build in DIR and take from it next time: a build that finds the same
    /// binary, settings, templates, strings, files and front matter renders again only the
    /// pages whose Markdown text changed, and writes only files whose bytes changed. Anything
    /// else builds everything and refreshes DIR. Keep DIR between CI runs (and --out too,
    /// to update it in place); outside the site's source folders.
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
}
