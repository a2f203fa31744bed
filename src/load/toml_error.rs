//! Turns `toml` parse errors into diagnostics that point at the real line of the file,
//! also when the TOML is only a part of it (front matter).

use crate::diagnostic::Diagnostic;
use std::path::Path;

/// A diagnostic for `error`, raised parsing the TOML that starts at byte `offset` of `file_text`.
/// An error about a field missing at the top level has no position and names the whole file;
/// one missing in a table points at the table's header.
pub fn diagnostic(
    path: &Path,
    file_text: &str,
    offset: usize,
    error: &toml::de::Error,
) -> Diagnostic {
    let message = error.message().trim_end().to_string();
    let diagnostic = Diagnostic::error(path, message.clone());
    let diagnostic = match error.span() {
        Some(span) if span != (0..0) => diagnostic.at_offset(file_text, offset + span.start),
        _ => diagnostic,
    };
    match hint(&message) {
        Some(h) => diagnostic.with_hint(h),
        None => diagnostic,
    }
}

fn hint(message: &str) -> Option<String> {
    if message.starts_with("unknown field") {
        Some("check the spelling; keys are case-sensitive".to_string())
    } else if message.contains("invalid string") || message.contains("invalid basic string") {
        Some("text values need quotes: `title = \"My page\"`".to_string())
    } else if message.contains("duplicate key") {
        Some("each key may appear only once".to_string())
    } else {
        None
    }
}
