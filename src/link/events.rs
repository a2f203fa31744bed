//! Events in the link stage: the pages of the events section with when they take place (local
//! times in the site's time zone), earliest first, and whether each is past on a given day.

use crate::diagnostic::Diagnostic;
use crate::link::items::ItemId;
use crate::link::items::Linked;
use crate::load::config::Config;
use crate::load::content::Sources;
use crate::load::dates::{Date, When};

/// An event page and when it takes place.
#[derive(Debug, Clone)]
pub struct Event {
    /// The item of the event's page.
    pub item: ItemId,
    /// When it starts.
    pub start: When,
    /// When it ends, if given.
    pub end: Option<When>,
}

/// The events of the site (pages in the events section), earliest first. A page there
/// without `start`, or with a time that carries a UTC offset, is an error.
pub fn collect(
    config: &Config,
    sources: &Sources,
    linked: &Linked,
) -> Result<Vec<Event>, Vec<Diagnostic>> {
    let Some(section) = linked.item_of(&format!("{}/_index.md", config.events_section)) else {
        return Ok(Vec::new());
    };
    let local_time = config.region.local_time();
    let mut events = Vec::new();
    let mut problems = Vec::new();
    for &item in &linked.items[section].pages {
        let original = &sources[linked.items[item].original];
        let meta = &original.doc.meta;
        let mut read = |key: &str, value: Option<(Option<When>, (usize, usize))>| match value {
            Some((Some(when), _)) => Some(when),
            Some((None, (line, col))) => {
                problems.push(
                    Diagnostic::error(
                        &original.path,
                        format!(
                            "`{key}` must be a {}, or a date",
                            local_time.replace("local time", "local date and time")
                        ),
                    )
                    .at(line, col)
                    .with_hint(format!(
                        "write e.g. `{key} = 2026-12-03T14:00:00` (no time zone) or `{key} = 2026-12-03`"
                    )),
                );
                None
            }
            None => None,
        };
        let (start, end) = (read("start", meta.start), read("end", meta.end));
        match (start, meta.start) {
            (Some(start), _) => events.push(Event { item, start, end }),
            (None, Some(_)) => {}
            (None, None) => problems.push(
                Diagnostic::error(&original.path, "an event needs `start`")
                    .at(1, 1)
                    .with_hint(format!(
                        "add e.g. `start = 2026-12-03T14:00:00` ({local_time})"
                    )),
            ),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    events.sort_by_key(|e| e.start.start());
    Ok(events)
}

/// Whether the event is over on `today` (it ended, or started, before that day).
pub fn is_past(event: &Event, today: Date) -> bool {
    event.end.unwrap_or(event.start).date() < today
}

/// The event whose page is `item`, if it is one.
pub fn event_of(events: &[Event], item: ItemId) -> Option<&Event> {
    events.iter().find(|e| e.item == item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_of_yesterday_is_past_at_half_past_midnight_in_the_sites_zone() {
        let config = crate::load::config::parse(
            "base_url = \"https://e.org\"\ndefault_language = \"de\"\n[languages.de]\nname = \"D\"\ntitle = \"T\"\n\
             [region]\ntime_zone = \"Europe/Berlin\"\n",
        )
        .unwrap();
        let event = Event {
            item: ItemId(0),
            start: When::At("2026-12-03T14:00".parse().unwrap()),
            end: Some(When::At("2026-12-03T16:00".parse().unwrap())),
        };
        // 00:30 on 4 December in Berlin; still 3 December in UTC.
        let instant: jiff::Timestamp = "2026-12-03T23:30:00Z".parse().unwrap();
        assert!(is_past(&event, config.region.date_at(instant)));
        assert!(!is_past(
            &event,
            instant.to_zoned_datetime(jiff::tz::TimeZone::UTC).date()
        ));
    }
}
