//! Dates and times as editors write them in TOML: calendar dates (`2026-11-25`, also as a
//! string), and the start and end of events, a whole day or a local date and time in the
//! site's time zone.

use crate::diagnostic::Diagnostic;
use std::path::Path;
use toml::Spanned;

/// A calendar date (`2026-11-25`), without time zone.
pub use jiff::civil::Date;

/// When an event starts or ends: a whole day, or a local date and time in the site's time
/// zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum When {
    /// A whole day.
    Day(Date),
    /// A date and time of day.
    At(jiff::civil::DateTime),
}

impl When {
    /// The day.
    pub fn date(self) -> Date {
        match self {
            When::Day(d) => d,
            When::At(dt) => dt.date(),
        }
    }

    /// The moment it starts (a whole day at midnight), for ordering.
    pub fn start(self) -> jiff::civil::DateTime {
        match self {
            When::Day(d) => d.to_datetime(jiff::civil::Time::midnight()),
            When::At(dt) => dt,
        }
    }
}

/// A TOML date or local date-time as a [`When`]; `None` for a value with a UTC offset or
/// without a date.
pub(crate) fn when(value: &toml::value::Datetime) -> Option<When> {
    if value.offset.is_some() {
        return None;
    }
    let d = value.date?;
    let date = Date::new(
        i16::try_from(d.year).ok()?,
        i8::try_from(d.month).ok()?,
        i8::try_from(d.day).ok()?,
    )
    .ok()?;
    Some(match value.time {
        None => When::Day(date),
        Some(t) => When::At(
            date.to_datetime(
                jiff::civil::Time::new(
                    i8::try_from(t.hour).ok()?,
                    i8::try_from(t.minute).ok()?,
                    i8::try_from(t.second.unwrap_or(0)).ok()?,
                    0,
                )
                .ok()?,
            ),
        ),
    })
}

/// Reads the date of `key`, written as a TOML date (`2026-11-25`) or as a string of that
/// form. An error points at the value in `text`, whose TOML starts at byte `offset`.
pub fn read_date(
    path: &Path,
    text: &str,
    offset: usize,
    key: &str,
    value: &Spanned<toml::Value>,
) -> Result<Date, Diagnostic> {
    let datetime = match value.get_ref() {
        toml::Value::Datetime(d) => Some(*d),
        toml::Value::String(s) => s.trim().parse::<toml::value::Datetime>().ok(),
        _ => None,
    };
    let date = datetime.and_then(|d| d.date).and_then(|d| {
        Date::new(
            i16::try_from(d.year).ok()?,
            i8::try_from(d.month).ok()?,
            i8::try_from(d.day).ok()?,
        )
        .ok()
    });
    let example = match value.get_ref() {
        toml::Value::String(s) => iso_date_of(s.trim()),
        _ => None,
    };
    match date {
        Some(date) => Ok(date),
        None => Err(Diagnostic::error(path, format!("`{key}` is not a date"))
            .at_offset(text, offset + value.span().start)
            .with_hint(format!(
                "write the date as `{key} = {}` (year-month-day)",
                example.map_or("2026-11-25".to_string(), |d| d.to_string())
            ))),
    }
}

/// The date an editor meant by `written` in a common form other than year-month-day:
/// German `25.11.2026`, or `2026/11/25` and `2026.11.25`; `None` for anything else,
/// including day/month orders that could be read either way (`5/11/2026`).
pub(crate) fn iso_date_of(written: &str) -> Option<Date> {
    let parts: Vec<&str> = written.split(['.', '/']).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let number = |s: &str| -> Option<i16> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (year, month, day) = match (a.len(), c.len(), written.contains('.')) {
        (4, _, _) => (number(a)?, number(b)?, number(c)?),
        (1 | 2, 4, true) => (number(c)?, number(b)?, number(a)?),
        _ => return None,
    };
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_date_forms_are_understood_and_ambiguous_ones_are_not() {
        let d = |s: &str| iso_date_of(s).map(|d| d.to_string());
        assert_eq!(d("25.11.2026").as_deref(), Some("2026-11-25"));
        assert_eq!(d("5.1.2026").as_deref(), Some("2026-01-05"));
        assert_eq!(d("2026/11/25").as_deref(), Some("2026-11-25"));
        assert_eq!(d("2026.11.25").as_deref(), Some("2026-11-25"));
        assert_eq!(d("5/11/2026"), None);
        assert_eq!(d("31.02.2026"), None);
        assert_eq!(d("1.5"), None);
    }
}
