//! Events as pages show them and as iCalendar files (RFC 5545): one file per event and one
//! per language. Times are local times in the site's time zone (`[region] time_zone`); each
//! file carries that zone as a VTIMEZONE with the zone's real transitions around its events.

use crate::diagnostic::Diagnostic;
use crate::link::events::Event;
use crate::load::config::Lang;
use crate::load::dates::When;
use crate::render::content_line;
use crate::render::inputs::Inputs;
use jiff::tz::TimeZone;
use serde::Serialize;

/// An event as pages show it.
#[derive(Debug, Serialize)]
pub struct EventView {
    /// Title.
    pub title: String,
    /// URL path of its page.
    pub url: String,
    /// Language of title and location.
    pub lang: String,
    /// Date and time in the UI language, e.g. `3. Dezember 2026, 14:00–16:00`.
    pub when: String,
    /// Start as `YYYY-MM-DDTHH:MM:SS` (or a date) for `<time datetime>`.
    pub start: String,
    /// Where.
    pub location: Option<String>,
    /// Online address.
    pub online_url: Option<String>,
    /// URL path of the event's `.ics` file.
    pub calendar_url: String,
}

/// `event` in language `lang`.
pub fn event_view(inputs: &Inputs, event: &Event, lang: Lang) -> Result<EventView, Diagnostic> {
    let config = inputs.config;
    let it = &inputs.linked.items[event.item];
    let source = &inputs.sources[it.shown[lang]];
    let code = &config.languages[lang].code;
    let date = |w: When| inputs.date(code, w.date());
    let time = |w: When| match w {
        When::Day(_) => None,
        When::At(dt) => Some(format!("{:02}:{:02}", dt.hour(), dt.minute())),
    };
    let start = event.start;
    let when = match (event.end, time(start)) {
        (Some(end), Some(from)) if end.date() == start.date() => match time(end) {
            Some(to) => format!("{}, {from}–{to}", date(start)?),
            None => format!("{}, {from}", date(start)?),
        },
        (Some(end), from) => {
            let at = |d: String, t: Option<String>| t.map_or(d.clone(), |t| format!("{d}, {t}"));
            format!("{} – {}", at(date(start)?, from), at(date(end)?, time(end)))
        }
        (None, Some(from)) => format!("{}, {from}", date(start)?),
        (None, None) => date(start)?,
    };
    Ok(EventView {
        title: source.doc.meta.title.clone(),
        url: config.url_path(&it.urls[lang]),
        lang: source.lang.clone(),
        when: when.replace(crate::load::strings::ISOLATION_MARKS, ""),
        start: match start {
            When::Day(d) => d.to_string(),
            When::At(dt) => dt.strftime("%Y-%m-%dT%H:%M:%S").to_string(),
        },
        location: source.doc.meta.location.clone(),
        online_url: source.doc.meta.online_url.clone(),
        calendar_url: config.url_path(&format!("{}event.ics", it.urls[lang])),
    })
}

/// `20261203T140000`, or `20261203` for a whole day.
fn ical_time(when: When) -> String {
    match when {
        When::Day(d) => d.strftime("%Y%m%d").to_string(),
        When::At(dt) => dt.strftime("%Y%m%dT%H%M%S").to_string(),
    }
}

fn ical_property(name: &str, when: When, zone: &str) -> String {
    match when {
        When::Day(_) => format!("{name};VALUE=DATE:{}", ical_time(when)),
        When::At(_) => format!("{name};TZID={zone}:{}", ical_time(when)),
    }
}

/// An iCalendar file with `events` as shown in `lang`.
pub fn ics(inputs: &Inputs, events: &[&Event], lang: Lang) -> String {
    let config = inputs.config;
    let (sources, linked) = (inputs.sources, inputs.linked);
    let region = &config.region;
    let host = config
        .base_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or("wegweiser");
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//wegweiser//events//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    let moments: Vec<jiff::civil::DateTime> = events
        .iter()
        .flat_map(|e| [Some(e.start), e.end])
        .flatten()
        .map(When::start)
        .collect();
    lines.extend(vtimezone(
        &region.time_zone,
        &region.time_zone_name,
        &moments,
    ));
    for event in events {
        let item = &linked.items[event.item];
        let meta = &sources[item.shown[lang]].doc.meta;
        let uid = crate::load::body::source_hash(&sources[item.original].content_path);
        lines.push("BEGIN:VEVENT".to_string());
        lines.push(format!("UID:{}@{host}", uid.trim_start_matches("sha256:")));
        lines.push(format!(
            "DTSTAMP:{}T000000Z",
            inputs.today.strftime("%Y%m%d")
        ));
        lines.push(ical_property(
            "DTSTART",
            event.start,
            &region.time_zone_name,
        ));
        if let Some(end) = event.end {
            lines.push(ical_property("DTEND", end, &region.time_zone_name));
        }
        lines.push(format!("SUMMARY:{}", content_line::escape(&meta.title)));
        if let Some(description) = &meta.description {
            lines.push(format!("DESCRIPTION:{}", content_line::escape(description)));
        }
        if let Some(location) = &meta.location {
            lines.push(format!("LOCATION:{}", content_line::escape(location)));
        }
        lines.push(format!("URL:{}", config.absolute(&item.urls[lang])));
        lines.push("END:VEVENT".to_string());
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| content_line::line(l)).collect()
}

/// The VTIMEZONE of `zone` (named `name`) covering `moments` (local times): the observance in
/// force before the first and every transition up to the last, each as its own STANDARD or
/// DAYLIGHT component. A zone without transitions gets one STANDARD component.
fn vtimezone(zone: &TimeZone, name: &str, moments: &[jiff::civil::DateTime]) -> Vec<String> {
    let instant = |dt: &jiff::civil::DateTime| {
        zone.to_ambiguous_timestamp(*dt)
            .compatible()
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    };
    let first = moments
        .iter()
        .map(instant)
        .min()
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let last = moments.iter().map(instant).max().unwrap_or(first);
    let mut transitions: Vec<jiff::tz::TimeZoneTransition> =
        zone.preceding(first).take(1).collect();
    transitions.extend(zone.following(first).take_while(|t| t.timestamp() <= last));
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{name}")];
    if transitions.is_empty() {
        let info = zone.to_offset_info(first);
        let offset = utc_offset(info.offset());
        lines.extend([
            "BEGIN:STANDARD".to_string(),
            "DTSTART:19700101T000000".to_string(),
            format!("TZOFFSETFROM:{offset}"),
            format!("TZOFFSETTO:{offset}"),
            format!("TZNAME:{}", info.abbreviation()),
            "END:STANDARD".to_string(),
        ]);
    }
    for transition in transitions {
        let before = zone.to_offset(transition.timestamp() - jiff::SignedDuration::from_secs(1));
        let kind = if transition.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        lines.extend([
            format!("BEGIN:{kind}"),
            format!(
                "DTSTART:{}",
                before
                    .to_datetime(transition.timestamp())
                    .strftime("%Y%m%dT%H%M%S")
            ),
            format!("TZOFFSETFROM:{}", utc_offset(before)),
            format!("TZOFFSETTO:{}", utc_offset(transition.offset())),
            format!("TZNAME:{}", transition.abbreviation()),
            format!("END:{kind}"),
        ]);
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

/// An offset as iCalendar writes it: `+0100`.
fn utc_offset(offset: jiff::tz::Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> jiff::civil::DateTime {
        text.parse().unwrap()
    }

    #[test]
    fn berlin_winter_and_summer_events_get_their_transitions() {
        let zone = TimeZone::get("Europe/Berlin").unwrap();
        let lines = vtimezone(
            &zone,
            "Europe/Berlin",
            &[at("2027-01-20T10:00"), at("2027-07-15T14:00")],
        );
        let text = lines.join("\n");
        assert!(
            text.starts_with("BEGIN:VTIMEZONE\nTZID:Europe/Berlin\n"),
            "{text}"
        );
        assert!(
            text.contains("BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD"),
            "the observance in force at the first event: {text}"
        );
        assert!(
            text.contains("BEGIN:DAYLIGHT\nDTSTART:20270328T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT"),
            "the change to summer time before the second: {text}"
        );
        assert!(!text.contains("20271031"), "nothing after the last event");
    }

    #[test]
    fn a_zone_without_transitions_has_one_standard_observance() {
        let lines = vtimezone(&TimeZone::UTC, "UTC", &[at("2027-01-20T10:00")]);
        assert_eq!(
            lines,
            [
                "BEGIN:VTIMEZONE",
                "TZID:UTC",
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0000",
                "TZOFFSETTO:+0000",
                "TZNAME:UTC",
                "END:STANDARD",
                "END:VTIMEZONE"
            ]
        );
    }
}
