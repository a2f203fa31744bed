//! Turns `toml` parse errors into diagnostics that point at the real line of the file,
//! also when the TOML is only a part of it (front matter), with a hint for the mistakes
//! editors make most: German dates, words without quotes, numbers in quotes, a misspelt key.

use crate::diagnostic::Diagnostic;
use crate::load::dates::iso_date_of;
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
    let message = error.message().trim_end();
    let span = error.span().filter(|s| *s != (0..0));
    let written = span
        .as_ref()
        .and_then(|s| written_pair(file_text, offset + s.start));
    let (message, hint) = explain(message, written);
    let diagnostic = Diagnostic::error(path, message);
    let diagnostic = match span {
        Some(span) => diagnostic.at_offset(file_text, offset + span.start),
        None => diagnostic,
    };
    match hint {
        Some(h) => diagnostic.with_hint(h),
        None => diagnostic,
    }
}

/// The key and the value as written on the `key = value` line around byte `at` of `text`;
/// a comment after an unquoted value is left out.
fn written_pair(text: &str, at: usize) -> Option<(&str, &str)> {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let (key, value) = text[start..end].split_once('=')?;
    let value = value.trim();
    let value = match value.starts_with(['"', '\'']) {
        true => value,
        false => value.split_once('#').map_or(value, |(v, _)| v.trim_end()),
    };
    Some((key.trim(), value))
}

/// The message to show for the parser's `message` and a hint, from the key and value written.
fn explain(message: &str, written: Option<(&str, &str)>) -> (String, Option<String>) {
    if message.starts_with("unknown field") {
        return unknown_key(message);
    }
    if message.contains("untagged enum Renderings")
        && let Some((key, value)) = written
    {
        let message = format!("`{key} = {value}` is neither a text nor a list of texts");
        let hint = format!(
            "write one rendering, `{key} = \"…\"`, or the base form and its forms, \
             `{key} = [\"…\", \"…\"]`; a key below a `[table]` line belongs to that table"
        );
        return (message, Some(hint));
    }
    let hint = match written {
        Some((key, value)) => value_hint(message, key, value),
        None => None,
    };
    let hint = hint.or_else(|| {
        if message.contains("invalid string") || message.contains("invalid basic string") {
            Some("text values need quotes: `title = \"My page\"`".to_string())
        } else if message.contains("duplicate key") {
            Some("each key may appear only once".to_string())
        } else {
            None
        }
    });
    (message.to_string(), hint)
}

/// "unknown field `titel`, expected one of `title`, …" becomes "unknown key `titel`" with
/// the nearest known key, or the list of keys when none is near.
fn unknown_key(message: &str) -> (String, Option<String>) {
    let mut names = message.split('`').skip(1).step_by(2);
    let Some(unknown) = names.next() else {
        return (message.to_string(), None);
    };
    let known: Vec<&str> = names.collect();
    let hint = match crate::suggest::did_you_mean(unknown, known.iter().copied()) {
        Some(hint) => hint,
        None if known.is_empty() => "check the spelling; keys are case-sensitive".to_string(),
        None => {
            let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            let extra = match known.contains(&"extra") {
                true => "; free data for themes goes under `[extra]`",
                false => "",
            };
            format!("known keys: {}{extra}", list.join(", "))
        }
    };
    (format!("unknown key `{unknown}`"), Some(hint))
}

/// How the parser names the number types it expected.
const NUMBER_TYPES: [&str; 11] = [
    "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "usize", "f32", "f64",
];

/// A hint for a value of the wrong shape: a date not written year-month-day, a word without
/// quotes, a number or `true`/`false` in quotes, a number where `true`/`false` belongs.
fn value_hint(message: &str, key: &str, value: &str) -> Option<String> {
    let unquoted = value.trim_matches(['"', '\'']);
    let quoted = unquoted.len() != value.len();
    if let Some(iso) = iso_date_of(unquoted) {
        return Some(format!(
            "write dates as year-month-day, without quotes: `{key} = {iso}`"
        ));
    }
    let is_word = unquoted.chars().next().is_some_and(char::is_alphabetic)
        && unquoted
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    let wants_bool = message.contains("expected a boolean");
    let wants_number = NUMBER_TYPES
        .iter()
        .any(|t| message.ends_with(&format!("expected {t}")));
    let boolean_word = match unquoted.to_lowercase().as_str() {
        "true" | "yes" | "ja" | "on" | "1" | "wahr" => Some(true),
        "false" | "no" | "nein" | "off" | "0" | "falsch" => Some(false),
        _ => None,
    };
    if let Some(b) = boolean_word
        && (wants_bool || (!quoted && is_word))
    {
        return Some(format!(
            "write `true` or `false`, without quotes: `{key} = {b}`"
        ));
    }
    if wants_number && quoted && unquoted.parse::<f64>().is_ok() {
        return Some(format!(
            "write numbers without quotes: `{key} = {unquoted}`"
        ));
    }
    if wants_number {
        return Some(format!(
            "`{key}` takes a number in digits, e.g. `{key} = 10`"
        ));
    }
    if !quoted && is_word {
        return Some(format!(
            "text needs quotes: `{key} = \"{unquoted}\"`; numbers are written in digits and \
             `true`/`false` without quotes"
        ));
    }
    if !quoted && message.contains("expected a string") {
        return Some(format!("text needs quotes: `{key} = \"{value}\"`"));
    }
    if quoted && message.contains("expected a map") {
        return Some(format!(
            "`{key}` takes a text per language: `{key} = {{ de = {value}, en = \"…\" }}`"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint_for(message: &str, key: &str, value: &str) -> Option<String> {
        explain(message, Some((key, value))).1
    }

    #[test]
    fn german_and_slashed_dates_are_rewritten() {
        assert_eq!(
            hint_for(
                "invalid float, expected nothing",
                "last_reviewed",
                "25.11.2026"
            )
            .unwrap(),
            "write dates as year-month-day, without quotes: `last_reviewed = 2026-11-25`"
        );
        assert_eq!(
            hint_for("string values must be quoted", "date", "2026/11/5").unwrap(),
            "write dates as year-month-day, without quotes: `date = 2026-11-05`"
        );
    }

    #[test]
    fn quoted_numbers_and_booleans_lose_their_quotes() {
        assert_eq!(
            hint_for(
                "invalid type: string \"30\", expected i64",
                "weight",
                "\"30\""
            )
            .unwrap(),
            "write numbers without quotes: `weight = 30`"
        );
        assert_eq!(
            hint_for(
                "invalid type: integer `1`, expected a boolean",
                "draft",
                "1"
            )
            .unwrap(),
            "write `true` or `false`, without quotes: `draft = true`"
        );
        assert_eq!(
            hint_for("string values must be quoted", "draft", "yes").unwrap(),
            "write `true` or `false`, without quotes: `draft = true`"
        );
    }

    #[test]
    fn a_number_where_text_belongs_needs_quotes() {
        assert_eq!(
            hint_for(
                "invalid type: integer `4936430000`, expected a string",
                "phone",
                "4936430000"
            )
            .unwrap(),
            "text needs quotes: `phone = \"4936430000\"`"
        );
    }

    #[test]
    fn one_text_where_one_per_language_belongs() {
        assert_eq!(
            hint_for(
                "invalid type: string \"Mo-Fr 9-12\", expected a map",
                "opening_hours",
                "\"Mo-Fr 9-12\""
            )
            .unwrap(),
            "`opening_hours` takes a text per language: `opening_hours = { de = \"Mo-Fr 9-12\", en = \"…\" }`"
        );
    }

    #[test]
    fn a_rendering_of_the_wrong_shape() {
        let (message, hint) = explain(
            "data did not match any variant of untagged enum Renderings",
            Some(("foo", "1")),
        );
        assert_eq!(message, "`foo = 1` is neither a text nor a list of texts");
        assert!(
            hint.unwrap()
                .starts_with("write one rendering, `foo = \"…\"`")
        );
    }

    #[test]
    fn a_bare_word_needs_quotes() {
        assert_eq!(
            hint_for("invalid boolean, expected `true`", "weight", "thirty").unwrap(),
            "text needs quotes: `weight = \"thirty\"`; numbers are written in digits and `true`/`false` without quotes"
        );
    }

    #[test]
    fn a_misspelt_key_gets_the_nearest_and_a_short_message() {
        let (message, hint) = explain(
            "unknown field `titel`, expected one of `title`, `weight`, `extra`",
            None,
        );
        assert_eq!(message, "unknown key `titel`");
        assert_eq!(hint.unwrap(), "did you mean `title`?");
        let (_, hint) = explain("unknown field `colour`, expected `title` or `extra`", None);
        assert_eq!(
            hint.unwrap(),
            "known keys: `title`, `extra`; free data for themes goes under `[extra]`"
        );
    }

    #[test]
    fn the_written_pair_skips_comments_after_bare_values() {
        let text = "title = \"a\"\nweight = thirty # comment\n";
        assert_eq!(written_pair(text, 20), Some(("weight", "thirty")));
    }
}
