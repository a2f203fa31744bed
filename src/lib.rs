//! wegweiser turns a folder of Markdown, TOML and Fluent files into a static, multilingual
//! information portal.
//!
//! Pipeline: [`config`] and [`content`] load the sources, [`link`] connects translations and
//! gives URLs, [`render`] produces HTML with [`i18n`] strings and [`view`] contexts, and
//! [`output`] stages the files and swaps them in. [`site`] sequences the stages.

pub mod cli;
pub mod commands;
pub mod diagnostic;
pub mod link;
pub mod load;
pub mod output;
pub mod render;
pub mod search;
pub mod site;
pub mod slug;

use diagnostic::Diagnostic;

/// The line printed after a successful build: pages per language, fallbacks, time, folder.
pub fn summary_line(summary: &site::Summary) -> String {
    let per_language: Vec<String> = summary
        .languages
        .iter()
        .map(|(code, pages, fallbacks)| {
            if *fallbacks > 0 {
                format!("{code} {pages} ({fallbacks} untranslated)")
            } else {
                format!("{code} {pages}")
            }
        })
        .collect();
    let partners = match summary.partners {
        0 => String::new(),
        1 => ", 1 partner".to_string(),
        n => format!(", {n} partners"),
    };
    format!(
        "Built {} pages in {} languages ({}){partners} in {:.2} s into {}",
        summary.languages.iter().map(|(_, p, _)| p).sum::<usize>(),
        summary.languages.len(),
        per_language.join(", "),
        summary.elapsed.as_secs_f64(),
        summary.out.display()
    )
}

/// Parses a `YYYY-MM-DD` date given on the command line.
pub fn parse_cli_date(text: &str) -> Result<crate::load::front_matter::Date, String> {
    let value = toml::Spanned::new(0..text.len(), toml::Value::String(text.to_string()));
    crate::load::front_matter::read_date(
        std::path::Path::new("--today"),
        text,
        0,
        "--today",
        &value,
    )
    .map_err(|_| format!("`{text}` is not a date; write it as 2026-11-25"))
}

/// Prints problems to standard error, then a closing line with their number.
pub fn print_problems(problems: &[Diagnostic]) {
    for problem in problems {
        eprintln!("{problem}");
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    eprintln!(
        "error: build failed with {errors} error{}; nothing was written",
        if errors == 1 { "" } else { "s" }
    );
}
