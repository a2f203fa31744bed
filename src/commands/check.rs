//! `wegweiser check`: everything `build` validates (links and their anchors included),
//! without writing anything, plus the translation report (missing, outdated, due for review),
//! UI strings missing per language, partners without a summary in a language, each
//! language's minimum completeness, and terminology against the glossary.

use crate::diagnostic::{Diagnostic, Severity};
use crate::link::Site;
use crate::link::translations::{self, LanguageStatus};
use crate::load::dates::Date;
use crate::load::strings::Strings;
use crate::output::Discard;
use crate::progress::Silent;
use crate::render::inputs::Inputs;
use crate::site;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What `check` was asked to do.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The site folder.
    pub root: PathBuf,
    /// Treat warnings as errors.
    pub strict: bool,
    /// Report every translation marked `unreviewed = true` as an error.
    pub require_reviewed: bool,
    /// The date review deadlines and events are measured against; today in the site's time
    /// zone when `None`.
    pub today: Option<Date>,
}

/// A diagnostic as `--format json` prints it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Finding {
    /// File relative to the site root.
    pub path: String,
    /// 1-based line; `null` for the whole file.
    pub line: Option<usize>,
    /// 1-based column; `null` when unknown.
    pub column: Option<usize>,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

/// Everything `check` found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Number of errors (with `--strict`, warnings count as errors).
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// All findings, sorted by file and position.
    pub findings: Vec<Finding>,
    /// Translation status per language (empty when the site could not be loaded).
    pub translations: Vec<LanguageStatus>,
    /// Decision paths with their state per language.
    pub paths: Vec<crate::link::paths::PathStatus>,
}

impl Report {
    fn new(
        mut problems: Vec<Diagnostic>,
        translations: Vec<LanguageStatus>,
        strict: bool,
    ) -> Report {
        crate::diagnostic::sort(&mut problems);
        problems.dedup();
        if strict {
            for p in &mut problems {
                p.severity = Severity::Error;
            }
        }
        let errors = problems.iter().filter(|p| p.is_error()).count();
        Report {
            errors,
            warnings: problems.len() - errors,
            findings: problems
                .iter()
                .map(|p| Finding {
                    path: p.path.to_string_lossy().replace('\\', "/"),
                    line: (p.line > 0).then_some(p.line),
                    column: (p.col > 0).then_some(p.col),
                    severity: if p.is_error() { "error" } else { "warning" },
                    message: p.message.clone(),
                    hint: p.hint.clone(),
                })
                .collect(),
            translations,
            paths: Vec::new(),
        }
    }
}

/// Checks the site in `options.root`.
pub fn check(options: &CheckOptions) -> Report {
    let site = match site::load(&options.root, None, false) {
        Ok(site) => site,
        Err(problems) => return Report::new(problems, Vec::new(), options.strict),
    };
    let today = site::today(&site, options.today);
    let mut problems = site.content.warnings.clone();
    let status = translations::status(&site.config, &site.content.sources, &site.linked, today)
        .unwrap_or_else(|problem| {
            problems.push(problem);
            Vec::new()
        });
    // Everything build renders, rendered into nothing: whatever fails the build fails here
    // with the same message.
    let mut inputs = Inputs::new(&site, today);
    inputs.index = false;
    let jobs = crate::link::outputs::all(&site);
    if let Err(render) = crate::render::render(&inputs, &jobs, &Discard, &Silent) {
        problems.extend(render);
    }
    let seen = inputs.seen.take();
    problems.extend(crate::render::links::check(&site, &|source| {
        seen.get(&source)
    }));
    problems.extend(translation_findings(&site, &status));
    problems.extend(site.paths.warnings(&site.config, today));
    if options.require_reviewed {
        problems.extend(unreviewed_findings(&status));
        problems.extend(site.paths.unreviewed());
    }
    problems.extend(
        site.strings
            .missing_warnings(&site.root, &site.config, true),
    );
    problems.extend(Strings::unused_files(&site.root, &site.config));
    problems.extend(partner_findings(&site));
    problems.extend(topic_findings(&site));
    // Against the real date: `--today` measures deadlines from a date of the user's choosing.
    problems.extend(future_reviews(&site, site::today(&site, None)));
    problems.extend(super::terminology::findings(&site));
    Report {
        paths: site.paths.status(&site.config, today),
        ..Report::new(problems, status, options.strict)
    }
}

/// An error for each translation marked `unreviewed = true`.
fn unreviewed_findings(status: &[LanguageStatus]) -> Vec<Diagnostic> {
    status
        .iter()
        .flat_map(|lang| &lang.unreviewed)
        .map(|entry| {
            Diagnostic::error(
                &entry.path,
                "not reviewed: the translation is marked `unreviewed = true`",
            )
            .with_hint("have it reviewed against its source, then delete the `unreviewed` line")
        })
        .collect()
}

/// Warnings for missing, outdated and review-due translations, and errors for languages
/// below their `min_complete`. A variant (`de-x-ls`) covers a chosen part of its base language
/// by design, so its missing pages are counted in the summary but not warned about one by one.
fn translation_findings(site: &Site, status: &[LanguageStatus]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (language, lang) in site.config.languages.iter().zip(status) {
        for entry in lang
            .missing
            .iter()
            .filter(|_| language.variant_of.is_none())
        {
            problems.push(
                Diagnostic::warning(
                    &entry.path,
                    format!(
                        "not translated into {} (`{}`)",
                        language.name, language.code
                    ),
                )
                .with_hint(missing_hint(&site.root, &entry.path, &language.code)),
            );
        }
        for entry in &lang.outdated {
            problems.push(
                Diagnostic::warning(
                    &entry.path,
                    "outdated: its source changed since this translation was made",
                )
                .with_hint(format!(
                    "update the translation, then run `wegweiser translations --stamp {}`",
                    entry.path
                )),
            );
        }
        for entry in &lang.review_due {
            let days = site.config.review_every.unwrap_or_default();
            problems.push(
                Diagnostic::warning(
                    &entry.path,
                    format!(
                        "due for review: `last_reviewed` is missing or more than {days} days old"
                    ),
                )
                .with_hint(
                    "check the facts against the sources, then set `last_reviewed` to today",
                ),
            );
        }
        if let Some((minimum, line)) = language.min_complete
            && (lang.percent as u32) < minimum
        {
            problems.push(
                Diagnostic::error(
                    crate::load::config::CONFIG_FILE,
                    format!(
                        "{} is {} % translated, below its `min_complete` of {minimum} %",
                        language.name, lang.percent
                    ),
                )
                .at(line, 1)
                .with_hint("translate the missing pages listed above, or lower `min_complete`"),
            );
        }
    }
    problems
}

/// What to do about a missing translation: create the file it would be, or finish the draft
/// that is there (in the site folder `root`).
fn missing_hint(root: &Path, original: &str, lang: &str) -> String {
    let path = Path::new(original);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = stem
        .rsplit_once('.')
        .map_or(stem.as_str(), |(s, _)| s)
        .to_string();
    let translated = path.with_file_name(format!("{stem}.{lang}.md"));
    let shown = translated.to_string_lossy().replace('\\', "/");
    if root.join(&translated).is_file() {
        format!("translate the draft `{shown}`, then delete its `draft = true` line")
    } else {
        format!("create `{shown}`")
    }
}

/// One warning per topic of config.toml without a name in some languages (variants show
/// their base language's), at its table: those languages show the default language's name.
fn topic_findings(site: &Site) -> Vec<Diagnostic> {
    let config = &site.config;
    let file = crate::load::config::CONFIG_FILE;
    config
        .topics
        .iter()
        .filter_map(|topic| {
            let missing: Vec<&str> = config
                .languages
                .iter()
                .filter(|l| l.variant_of.is_none() && !topic.names.contains_key(&l.code))
                .map(|l| l.code.as_str())
                .collect();
            let code = missing.first()?;
            let header = format!("[topics.{}]", topic.id);
            let line = line_where(site, Path::new(file), |l| l.trim() == header);
            let default = config.default_language();
            Some(
                Diagnostic::warning(
                    file,
                    format!(
                        "topic `{}` has no name in {}: shown in {} there",
                        topic.id,
                        missing.join(", "),
                        default.name
                    ),
                )
                .at(line, 1)
                .with_hint(format!("add e.g. `{code} = \"…\"` under `{header}`")),
            )
        })
        .collect()
}

/// One warning per page, partner and glossary entry whose `last_reviewed` lies after `today`
/// (a mistyped year would keep it from ever being due for review), at its line.
fn future_reviews(site: &Site, today: Date) -> Vec<Diagnostic> {
    let pages = site
        .content
        .sources
        .iter()
        .filter_map(|s| Some((s.path.as_path(), s.doc.meta.last_reviewed?)));
    let partners = site
        .directory
        .partners
        .iter()
        .map(|p| (p.path.as_path(), p.last_reviewed));
    let entries = site
        .glossary
        .entries
        .iter()
        .map(|e| (e.path.as_path(), e.last_reviewed));
    pages
        .chain(partners)
        .chain(entries)
        .filter(|(_, date)| *date > today)
        .map(|(path, date)| {
            let line = line_where(site, path, |l| l.trim_start().starts_with("last_reviewed"));
            Diagnostic::warning(
                path,
                format!("`last_reviewed = {date}` lies in the future (today is {today})"),
            )
            .at(line, 1)
            .with_hint("set it to the day the facts were last checked against the sources")
        })
        .collect()
}

/// The first line of the site's file `path` that `matches`, counted from 1; 0 (a finding about
/// the whole file) when none does or the file cannot be read.
fn line_where(site: &Site, path: &Path, matches: impl Fn(&str) -> bool) -> usize {
    let text = std::fs::read_to_string(site.root.join(path)).unwrap_or_default();
    text.lines().position(matches).map_or(0, |i| i + 1)
}

/// One warning per partner without a summary in some languages (variants show the default
/// language's by design).
fn partner_findings(site: &Site) -> Vec<Diagnostic> {
    site.directory
        .partners
        .iter()
        .filter_map(|partner| {
            let missing: Vec<&str> = site
                .config
                .languages
                .iter()
                .filter(|l| l.advertised() && !partner.summary.contains_key(&l.code))
                .map(|l| l.code.as_str())
                .collect();
            (!missing.is_empty()).then(|| {
                Diagnostic::warning(
                    &partner.path,
                    format!(
                        "no summary in {}; the {} one is shown",
                        missing.join(", "),
                        site.config.default_language().name
                    ),
                )
                .with_hint("add the languages under `[summary]`")
            })
        })
        .collect()
}

/// The report as text: findings grouped by file, then, with `summary`, each language's
/// completeness and the totals. With `color`, severities are coloured (ANSI).
pub fn text(report: &Report, color: bool, summary: bool) -> String {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    let mut current: Option<&str> = None;
    for finding in &report.findings {
        if current != Some(finding.path.as_str()) {
            if current.is_some() {
                out.push('\n');
            }
            out.push_str(&paint("1", &finding.path));
            out.push('\n');
            current = Some(&finding.path);
        }
        let position = match (finding.line, finding.column) {
            (None, _) => String::new(),
            (Some(line), None) => format!("{line}: "),
            (Some(line), Some(col)) => format!("{line}:{col}: "),
        };
        let severity = match finding.severity {
            "error" => paint("31;1", "error"),
            _ => paint("33;1", "warning"),
        };
        out.push_str(&format!("  {position}{severity}: {}\n", finding.message));
        if let Some(hint) = &finding.hint {
            out.push_str(&format!("    hint: {hint}\n"));
        }
    }
    if !summary {
        return out;
    }
    if !report.findings.is_empty() {
        out.push('\n');
    }
    for lang in &report.translations {
        out.push_str(&format!(
            "{} ({}): {} % translated ({}/{}, {} unreviewed), {} missing, {} outdated, {} due for review\n",
            lang.name,
            lang.lang,
            lang.percent,
            lang.translated,
            lang.total,
            lang.unreviewed.len(),
            lang.missing.len(),
            lang.outdated.len(),
            lang.review_due.len()
        ));
    }
    for path in &report.paths {
        let languages: Vec<String> = path
            .languages
            .iter()
            .map(|l| format!("{} {}", l.lang, l.state))
            .collect();
        out.push_str(&format!(
            "path {} ({} questions, {} results): {}\n",
            path.path,
            path.questions,
            path.results,
            languages.join(", ")
        ));
    }
    out.push_str(&format!(
        "{} error{}, {} warning{}\n",
        report.errors,
        if report.errors == 1 { "" } else { "s" },
        report.warnings,
        if report.warnings == 1 { "" } else { "s" }
    ));
    out
}
