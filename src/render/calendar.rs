//! News and events. Event pages (in the `events` section) carry `start`, `end`, `location` and
//! `online_url`; they are listed as upcoming or past relative to the build date and written
//! as iCalendar (RFC 5545: one file per event and one per language). News and events of a
//! language together form its Atom feed (RFC 4287). All times are local times in Thuringia.

use crate::diagnostic::Diagnostic;
use crate::link::items::Linked;
use crate::load::config::Config;
use crate::load::content::Source;
use crate::load::front_matter::{Date, moment};
use crate::render::sitemap::escape;
use std::fmt::Write;
use toml::value::Datetime;

/// The time zone all event times are in.
pub const TIME_ZONE: &str = "Europe/Berlin";

/// Europe/Berlin as an iCalendar VTIMEZONE (CET/CEST with the EU rules in force since 1996).
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// An event page and when it takes place.
#[derive(Debug, Clone)]
pub struct Event {
    /// The item of the event's page.
    pub item: usize,
    /// When it starts.
    pub start: Datetime,
    /// When it ends, if given.
    pub end: Option<Datetime>,
}

/// The events of the site (pages in the events section), earliest first. A page there
/// without `start` is an error.
pub fn collect(
    config: &Config,
    sources: &[Source],
    linked: &Linked,
) -> Result<Vec<Event>, Vec<Diagnostic>> {
    let Some(section) = linked.item_of(&format!("{}/_index.md", config.events_section)) else {
        return Ok(Vec::new());
    };
    let mut events = Vec::new();
    let mut problems = Vec::new();
    for &item in &linked.items[section].pages {
        let original = &sources[linked.items[item].original];
        match original.doc.meta.start {
            Some(start) => events.push(Event {
                item,
                start,
                end: original.doc.meta.end,
            }),
            None => problems.push(
                Diagnostic::error(&original.path, "an event needs `start`")
                    .at(1, 1)
                    .with_hint("add e.g. `start = 2026-12-03T14:00:00` (local time in Thuringia)"),
            ),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    events.sort_by_key(|e| moment(&e.start));
    Ok(events)
}

/// Whether the event is over on `today` (it ended, or started, before that day).
pub fn is_past(event: &Event, today: Date) -> bool {
    let last = event.end.unwrap_or(event.start);
    moment(&last).0 < Some((today.year, today.month, today.day))
}

/// `20261203T140000` (or `20261203` for a date alone).
fn ical_time(dt: &Datetime) -> String {
    let mut out = String::new();
    if let Some(d) = dt.date {
        let _ = write!(out, "{:04}{:02}{:02}", d.year, d.month, d.day);
    }
    if let Some(t) = dt.time {
        let _ = write!(
            out,
            "T{:02}{:02}{:02}",
            t.hour,
            t.minute,
            t.second.unwrap_or(0)
        );
    }
    out
}

fn ical_property(name: &str, dt: &Datetime) -> String {
    if dt.time.is_some() {
        format!("{name};TZID={TIME_ZONE}:{}", ical_time(dt))
    } else {
        format!("{name};VALUE=DATE:{}", ical_time(dt))
    }
}

/// An iCalendar file with `events` as shown in `lang`.
pub fn calendar(
    config: &Config,
    sources: &[Source],
    linked: &Linked,
    events: &[&Event],
    lang: usize,
    today: Date,
) -> String {
    let host = config
        .base_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or("wegweiser");
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//wegweiser//events//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    let mut out: String = lines
        .iter()
        .map(|l| crate::render::content_line::line(l))
        .collect();
    out.push_str(VTIMEZONE);
    for event in events {
        let item = &linked.items[event.item];
        let meta = &sources[item.shown[lang]].doc.meta;
        let uid = crate::link::translations::source_hash(&sources[item.original].content_path);
        let mut lines = vec![
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}@{host}", uid.trim_start_matches("sha256:")),
            format!(
                "DTSTAMP:{:04}{:02}{:02}T000000Z",
                today.year, today.month, today.day
            ),
            ical_property("DTSTART", &event.start),
        ];
        if let Some(end) = &event.end {
            lines.push(ical_property("DTEND", end));
        }
        lines.push(format!(
            "SUMMARY:{}",
            crate::render::content_line::escape(&meta.title)
        ));
        if let Some(description) = &meta.description {
            lines.push(format!(
                "DESCRIPTION:{}",
                crate::render::content_line::escape(description)
            ));
        }
        if let Some(location) = &meta.location {
            lines.push(format!(
                "LOCATION:{}",
                crate::render::content_line::escape(location)
            ));
        }
        lines.push(format!("URL:{}", config.absolute(&item.urls[lang])));
        lines.push("END:VEVENT".to_string());
        out.extend(lines.iter().map(|l| crate::render::content_line::line(l)));
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// The Atom feed of language `lang`: its news (by `date`) and events (by `start`), newest
/// first, only pages really written in that language.
pub fn feed(
    config: &Config,
    sources: &[Source],
    linked: &Linked,
    events: &[Event],
    lang: usize,
    today: Date,
) -> String {
    let language = &config.languages[lang];
    let mut entries: Vec<(String, usize)> = Vec::new();
    if let Some(news) = linked.item_of(&format!("{}/_index.md", config.news_section)) {
        for &item in &linked.items[news].pages {
            if let Some(version) = linked.items[item].versions[lang]
                && let Some(date) = sources[version].doc.meta.date
            {
                entries.push((format!("{date}T00:00:00Z"), item));
            }
        }
    }
    for event in events {
        if linked.items[event.item].versions[lang].is_some()
            && let Some(d) = event.start.date
        {
            entries.push((
                format!("{:04}-{:02}-{:02}T00:00:00Z", d.year, d.month, d.day),
                event.item,
            ));
        }
    }
    entries.sort_by(|a, b| b.cmp(a));
    let updated = entries
        .first()
        .map_or_else(|| format!("{today}T00:00:00Z"), |(u, _)| u.clone());
    let home = config.absolute(&linked.items[linked.home].urls[lang]);
    let mut xml = String::new();
    let _ = write!(
        xml,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n\
         <title>{}</title>\n<id>{home}</id>\n<updated>{updated}</updated>\n\
         <link rel=\"alternate\" href=\"{home}\"/>\n<link rel=\"self\" href=\"{}\"/>\n",
        language.code,
        escape(&language.title),
        config.absolute(&format!("{}/atom.xml", language.code)),
    );
    for (updated, item) in entries {
        let it = &linked.items[item];
        let meta = &sources[it.shown[lang]].doc.meta;
        let url = config.absolute(&it.urls[lang]);
        let _ = write!(
            xml,
            "<entry>\n<title>{}</title>\n<id>{url}</id>\n<link rel=\"alternate\" href=\"{url}\"/>\n<updated>{updated}</updated>\n<author><name>{}</name></author>\n",
            escape(&meta.title),
            escape(&language.title)
        );
        if let Some(description) = &meta.description {
            let _ = writeln!(xml, "<summary>{}</summary>", escape(description));
        }
        xml.push_str("</entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}

/// The event whose page is `item`, if it is one.
pub fn event_of(events: &[Event], item: usize) -> Option<&Event> {
    events.iter().find(|e| e.item == item)
}
