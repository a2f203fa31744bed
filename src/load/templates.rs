//! Templates (Tera): the built-in theme's, replaced file by file by the site theme's, with
//! the `t` function for UI strings. Syntax errors name the template file and line.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::strings::Strings;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tera::{Context, Kwargs, State, Tera};

/// The parsed templates with the file each came from, for error messages.
pub struct Templates {
    tera: Tera,
    files: Vec<TemplateFile>,
}

/// A template as loaded: its name, the file it came from and its text.
struct TemplateFile {
    name: String,
    path: PathBuf,
    text: String,
}

/// Loads the built-in templates, then the theme's own (`themes/<theme>/templates/`), which
/// replace built-in ones of the same name, and registers the `t` function.
pub fn load(
    root: &Path,
    config: &Config,
    strings: Arc<Strings>,
) -> Result<Templates, Vec<Diagnostic>> {
    let mut files: Vec<TemplateFile> = crate::load::theme::TEMPLATES
        .iter()
        .map(|(name, text)| TemplateFile {
            name: (*name).to_string(),
            path: Path::new("(built-in theme)/templates").join(name),
            text: (*text).to_string(),
        })
        .collect();
    let dir = Path::new("themes").join(&config.theme).join("templates");
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(root.join(&dir))
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
    {
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_path_buf();
        let name = entry
            .path()
            .strip_prefix(root.join(&dir))
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        match crate::load::fs::read_text(root, &rel) {
            Ok(text) => {
                files.retain(|file| file.name != name);
                files.push(TemplateFile {
                    name,
                    path: rel,
                    text,
                });
            }
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&strings, &kwargs, state)
    });
    tera.add_raw_templates(files.iter().map(|f| (f.name.as_str(), f.text.as_str())))
        .map_err(|e| vec![template_error(&e, &files)])?;
    Ok(Templates { tera, files })
}

/// The `t(key=…, …)` template function: a UI string in the context's `lang`.
fn translate(strings: &Strings, kwargs: &Kwargs, state: &State) -> tera::TeraResult<String> {
    let key: String = kwargs.must_get::<&str>("key")?.to_string();
    let lang: String = match kwargs.get::<&str>("lang")? {
        Some(l) => l.to_string(),
        None => state.get::<String>("lang")?.unwrap_or_default(),
    };
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let name = name.to_string();
        if name == "key" || name == "lang" {
            continue;
        }
        if let Some(n) = value.as_i64() {
            args.set(name, n);
        } else if let Some(f) = value.as_f64() {
            args.set(name, f);
        } else {
            args.set(name, value.to_string());
        }
    }
    strings
        .format(&lang, &key, Some(&args))
        .map_err(tera::Error::message)
}

/// Turns a Tera error into a diagnostic naming the template file and line.
fn template_error(error: &tera::Error, files: &[TemplateFile]) -> Diagnostic {
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    let path_of = |name: &str| path(files, name);
    match report {
        Some(r) => Diagnostic::error(
            path_of(r.filename()),
            format!("template error: {}", r.message()),
        )
        .at(r.span().start_line, r.span().start_col + 1),
        None => match reported_position(&error.to_string()) {
            // Tera reports unknown filters, tests and functions as text: `error: …` and
            // `--> name:line:col`.
            Some((message, name, line, col)) => {
                Diagnostic::error(path_of(&name), format!("template error: {message}"))
                    .at(line, col)
            }
            None => Diagnostic::error("templates", format!("template error: {error}")),
        },
    }
}

/// The file the template `name` of `files` comes from.
fn path(files: &[TemplateFile], name: &str) -> PathBuf {
    files
        .iter()
        .find(|file| file.name == name)
        .map_or_else(|| PathBuf::from(name), |file| file.path.clone())
}

/// The first message and position of a report Tera wrote as text.
fn reported_position(text: &str) -> Option<(String, String, usize, usize)> {
    let message = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("error: "))?
        .trim_start_matches("error: ")
        .to_string();
    let place = text.lines().find_map(|l| l.trim().strip_prefix("--> "))?;
    let mut parts = place.rsplitn(3, ':');
    let col = parts.next()?.trim().parse().ok()?;
    let line = parts.next()?.trim().parse().ok()?;
    Some((message, parts.next()?.to_string(), line, col))
}

impl Templates {
    /// Whether a template of this name exists.
    pub fn contains(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// The names of all templates, built-in and the theme's.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.tera.get_template_names()
    }

    /// The file a template comes from.
    pub fn path(&self, name: &str) -> PathBuf {
        path(&self.files, name)
    }

    /// The file, line and column where a template has `text` written, if one has: the theme's
    /// own templates are searched before the built-in ones.
    pub fn written_at(&self, text: &str) -> Option<(PathBuf, usize, usize)> {
        if text.is_empty() {
            return None;
        }
        self.files.iter().rev().find_map(|file| {
            let at = file.text.find(text)?;
            let (line, col) = crate::diagnostic::line_col(&file.text, at);
            Some((file.path.clone(), line, col))
        })
    }

    /// Renders `name` with `context` into its (UTF-8) bytes, without validating them again as
    /// a `String` would; errors name the template's file and line.
    pub fn render(&self, name: &str, context: &impl Serialize) -> Result<Vec<u8>, Diagnostic> {
        let context = Context::from_serialize(context).map_err(|e| {
            Diagnostic::error(name, format!("cannot pass the page to the template: {e}"))
        })?;
        let mut output = Vec::with_capacity(32 * 1024);
        self.tera
            .render_to(name, &context, &mut output)
            .map_err(|e| template_error(&e, &self.files))?;
        Ok(output)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_filters_are_reported_at_their_file_and_line() {
        let text = "error: Unknown filter `nosuch`\n --> page.html:3:61\n  |\n";
        assert_eq!(
            reported_position(text),
            Some((
                "Unknown filter `nosuch`".to_string(),
                "page.html".to_string(),
                3,
                61
            ))
        );
        assert_eq!(reported_position("no position"), None);
    }
}
