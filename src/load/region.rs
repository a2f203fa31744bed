//! The `[region]` table of config.toml: what the generator must not assume about the place a
//! site serves — its time zone (dates, "today", event times), country, postcode rule, and the
//! map of its partner directory (outline file, edges in degrees, town centres).

use crate::diagnostic::Diagnostic;
use indexmap::IndexMap;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRegion {
    name: Option<String>,
    time_zone: Option<Spanned<String>>,
    country: Option<Spanned<String>>,
    country_name: Option<String>,
    postcode: Option<Spanned<String>>,
    postcode_example: Option<String>,
    map: Option<Spanned<String>>,
    map_credit: Option<String>,
    map_bounds: Option<Spanned<RawBounds>>,
    #[serde(default)]
    places: IndexMap<String, Spanned<[f64; 2]>>,
    #[serde(default)]
    city_names: IndexMap<String, IndexMap<Spanned<String>, String>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
struct RawBounds {
    west: f64,
    east: f64,
    north: f64,
    south: f64,
}

/// The geographic edges of a map, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Longitude of the left edge.
    pub west: f64,
    /// Longitude of the right edge.
    pub east: f64,
    /// Latitude of the top edge.
    pub north: f64,
    /// Latitude of the bottom edge.
    pub south: f64,
}

/// The region a site serves: everything about a place that the generator must not assume.
#[derive(Debug, Clone)]
pub struct Region {
    /// The region's name in editors' hints, e.g. `Thuringia`.
    pub name: Option<String>,
    /// The time zone of "today" and of event times (default UTC).
    pub time_zone: jiff::tz::TimeZone,
    /// The IANA name of the time zone, e.g. `Europe/Berlin`.
    pub time_zone_name: String,
    /// ISO 3166-1 alpha-2 code of the country (JSON-LD `addressCountry`).
    pub country: Option<String>,
    /// The country's name in vCard addresses.
    pub country_name: Option<String>,
    /// The rule every postcode must follow, with the pattern as written.
    pub postcode: Option<(regex::Regex, String)>,
    /// A postcode shown in hints.
    pub postcode_example: Option<String>,
    /// The map's outline file (relative to the site folder) and its edges in degrees.
    pub map: Option<(String, Bounds)>,
    /// The credit line of the map's outline.
    pub map_credit: Option<String>,
    /// Town centres (latitude, longitude) for partners named with a city only.
    pub places: Vec<(String, (f64, f64))>,
    /// Names of cities per language code, where a language writes them otherwise
    /// (`Erfurt` → `ar`: `إرفورت`).
    pub city_names: BTreeMap<String, BTreeMap<String, String>>,
}

impl Region {
    /// How the language `lang` writes `city`: its own name from `city_names`, else the city
    /// as partners write it.
    pub fn city_name<'a>(&'a self, city: &'a str, lang: &str) -> &'a str {
        self.city_names
            .get(city)
            .and_then(|names| names.get(lang))
            .map_or(city, String::as_str)
    }

    /// Today's date in the region's time zone.
    pub fn today(&self) -> jiff::civil::Date {
        self.date_at(jiff::Timestamp::now())
    }

    /// The date in the region's time zone at `instant`.
    pub fn date_at(&self, instant: jiff::Timestamp) -> jiff::civil::Date {
        instant.to_zoned_datetime(self.time_zone.clone()).date()
    }

    /// How hints name the region's local time, e.g. `local time in Thuringia`.
    pub fn local_time(&self) -> String {
        match &self.name {
            Some(name) => format!("local time in {name}"),
            None => format!("local time, {}", self.time_zone_name),
        }
    }
}

/// Validates the `[region]` table; problems go to `problems`.
pub(crate) fn parse(
    path: &Path,
    raw: &RawRegion,
    languages: &[&str],
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Region {
    let mut error = |span: std::ops::Range<usize>, message: String, hint: &str| {
        problems.push(
            Diagnostic::error(path, message)
                .at_offset(text, span.start)
                .with_hint(hint),
        );
    };
    let (time_zone, time_zone_name) = match &raw.time_zone {
        None => (jiff::tz::TimeZone::UTC, "UTC".to_string()),
        Some(name) => match jiff::tz::TimeZone::get(name.get_ref()) {
            Ok(zone) => (zone, name.get_ref().clone()),
            Err(_) => {
                error(
                    name.span(),
                    format!("`{}` is not a time zone", name.get_ref()),
                    "write an IANA time zone name such as `Europe/Berlin`",
                );
                (jiff::tz::TimeZone::UTC, "UTC".to_string())
            }
        },
    };
    if let Some(country) = &raw.country {
        let code = country.get_ref();
        if code.len() != 2 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            error(
                country.span(),
                format!("`{code}` is not a country code"),
                "write the two capital letters of ISO 3166-1, e.g. `DE`",
            );
        }
    }
    let postcode = raw.postcode.as_ref().and_then(|rule| {
        match regex::Regex::new(&format!("^(?:{})$", rule.get_ref())) {
            Ok(regex) => Some((regex, rule.get_ref().clone())),
            Err(e) => {
                let message = e.to_string();
                let first = message.lines().last().unwrap_or_default().trim();
                error(
                    rule.span(),
                    format!("`postcode` is not a regular expression: {first}"),
                    "e.g. `postcode = \"[0-9]{5}\"` for five digits",
                );
                None
            }
        }
    });
    let map = match (&raw.map, &raw.map_bounds) {
        (Some(file), Some(bounds)) => {
            let b = bounds.get_ref();
            if !(b.west < b.east && b.south < b.north) {
                error(
                    bounds.span(),
                    "`map_bounds` must have west < east and south < north".to_string(),
                    "give the degrees of the map's edges: longitudes west and east, latitudes north and south",
                );
            }
            Some((
                file.get_ref().clone(),
                Bounds {
                    west: b.west,
                    east: b.east,
                    north: b.north,
                    south: b.south,
                },
            ))
        }
        (Some(file), None) => {
            error(
                file.span(),
                "a `map` needs `map_bounds`".to_string(),
                "add `[region.map_bounds]` with `west`, `east`, `north`, `south` in degrees",
            );
            None
        }
        (None, Some(bounds)) => {
            error(
                bounds.span(),
                "`map_bounds` without a `map`".to_string(),
                "add `map = \"…svg\"`, the outline file, or remove `map_bounds`",
            );
            None
        }
        (None, None) => None,
    };
    let mut places = Vec::new();
    for (name, position) in &raw.places {
        let [lat, lon] = *position.get_ref();
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            error(
                position.span(),
                format!("the position of `{name}` is not latitude and longitude"),
                "write `[latitude, longitude]` in degrees, e.g. `[50.978, 11.029]`",
            );
        }
        places.push((name.clone(), (lat, lon)));
    }
    let mut city_names: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (city, names) in &raw.city_names {
        for (lang, name) in names {
            if !languages.contains(&lang.get_ref().as_str()) {
                error(
                    lang.span(),
                    format!(
                        "`{}` in the names of `{city}` is not a configured language",
                        lang.get_ref()
                    ),
                    "use the language codes of `[languages]`",
                );
            }
            city_names
                .entry(city.clone())
                .or_default()
                .insert(lang.get_ref().clone(), name.clone());
        }
    }
    Region {
        city_names,
        name: raw.name.clone(),
        time_zone,
        time_zone_name,
        country: raw.country.as_ref().map(|c| c.get_ref().clone()),
        country_name: raw.country_name.clone(),
        postcode,
        postcode_example: raw.postcode_example.clone(),
        map,
        map_credit: raw.map_credit.clone(),
        places,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(time_zone: &str) -> Region {
        let raw: RawRegion = toml::from_str(&format!("time_zone = \"{time_zone}\"")).unwrap();
        let mut problems = Vec::new();
        let region = parse(Path::new("config.toml"), &raw, &[], "", &mut problems);
        assert!(problems.is_empty());
        region
    }

    #[test]
    fn today_is_the_date_in_the_sites_time_zone_at_half_past_midnight() {
        // 00:30 in Berlin (winter time) is 23:30 UTC of the day before.
        let instant: jiff::Timestamp = "2026-12-03T23:30:00Z".parse().unwrap();
        assert_eq!(
            region("Europe/Berlin").date_at(instant),
            jiff::civil::date(2026, 12, 4)
        );
        assert_eq!(
            region("UTC").date_at(instant),
            jiff::civil::date(2026, 12, 3)
        );
        // 00:30 in Berlin in summer time is 22:30 UTC.
        let summer: jiff::Timestamp = "2026-07-14T22:30:00Z".parse().unwrap();
        assert_eq!(
            region("Europe/Berlin").date_at(summer),
            jiff::civil::date(2026, 7, 15)
        );
    }
}
