//! News and events over the `events` fixture: upcoming and past lists relative to the build
//! date, event details on the page, iCalendar files parsed back with the `ical` crate, and the
//! Atom feed parsed back with `atom_syndication`.

mod common;

use common::{attrs, fixture, texts};

fn built() -> common::Site {
    let site = fixture("events");
    let run = site.build(&["--today", "2026-11-25"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn events_section_lists_upcoming_and_past_relative_to_the_build_date() {
    let site = built();
    let page = site.html("de/events/index.html");
    assert_eq!(
        texts(&page, "#upcoming-heading"),
        ["Kommende Veranstaltungen"]
    );
    let upcoming: Vec<String> = texts(&page, "section[aria-labelledby=upcoming-heading] li > a");
    assert_eq!(upcoming, ["Netzwerktreffen; Partner, Kammern"]);
    assert_eq!(
        texts(&page, "section[aria-labelledby=past-heading] li > a"),
        ["Infotag"]
    );
    assert_eq!(
        texts(&page, "section[aria-labelledby=upcoming-heading] time"),
        ["3. Dezember 2026, 14:00–16:30"]
    );
    assert_eq!(attrs(&page, "a[download]", "href"), ["/de/events.ics"]);
    let later = fixture("events");
    assert_eq!(later.build(&["--today", "2026-12-04"]).code, 0);
    let page = later.html("de/events/index.html");
    assert!(texts(&page, "section[aria-labelledby=upcoming-heading] li").is_empty());
    assert_eq!(
        texts(&page, "section[aria-labelledby=upcoming-heading] p"),
        ["Zurzeit sind keine Veranstaltungen geplant."]
    );
}

#[test]
fn event_page_shows_when_where_and_online() {
    let site = built();
    let page = site.html("en/events/netzwerktreffen/index.html");
    assert_eq!(
        texts(&page, ".event time"),
        ["3 December 2026, 14:00–16:30"]
    );
    assert_eq!(
        attrs(&page, ".event time", "datetime"),
        ["2026-12-03T14:00:00"]
    );
    assert_eq!(texts(&page, ".event dd")[1], "Erfurt, room 1");
    assert_eq!(
        attrs(&page, ".event a[download]", "href"),
        ["/en/events/netzwerktreffen/event.ics"]
    );
}

#[test]
fn calendars_parse_back_with_time_zone_and_escaped_text() {
    let site = built();
    let text = site.page("de/events.ics");
    assert!(
        text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "CRLF only"
    );
    let calendar = ical::IcalParser::new(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(calendar.timezones.len(), 1);
    assert_eq!(calendar.events.len(), 2);
    let property = |event: &ical::parser::ical::component::IcalEvent, name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .cloned()
            .unwrap()
    };
    let meeting = calendar
        .events
        .iter()
        .find(|e| {
            property(e, "SUMMARY").value.as_deref() == Some("Netzwerktreffen\\; Partner\\, Kammern")
        })
        .expect("the meeting, its text escaped");
    let start = property(meeting, "DTSTART");
    assert_eq!(start.value.as_deref(), Some("20261203T140000"));
    assert_eq!(
        start.params.unwrap()[0],
        ("TZID".to_string(), vec!["Europe/Berlin".to_string()])
    );
    assert_eq!(
        property(meeting, "DTEND").value.as_deref(),
        Some("20261203T163000")
    );
    assert_eq!(
        property(meeting, "LOCATION").value.as_deref(),
        Some("Erfurt\\, Raum 1")
    );
    assert_eq!(
        property(meeting, "DTSTAMP").value.as_deref(),
        Some("20261125T000000Z")
    );
    assert_eq!(
        property(meeting, "URL").value.as_deref(),
        Some("https://example.org/de/events/netzwerktreffen/")
    );
    let uid = property(meeting, "UID").value.unwrap();
    assert!(uid.ends_with("@example.org"), "{uid}");
    let day = calendar
        .events
        .iter()
        .find(|e| property(e, "SUMMARY").value.as_deref() == Some("Infotag"))
        .unwrap();
    assert_eq!(property(day, "DTSTART").value.as_deref(), Some("20261001"));

    let single = site.page("en/events/netzwerktreffen/event.ics");
    let calendar = ical::IcalParser::new(single.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(calendar.events.len(), 1);
    assert_eq!(
        property(&calendar.events[0], "UID").value,
        Some(uid),
        "one UID per event in every file"
    );
}

#[test]
fn atom_feed_per_language_with_absolute_urls() {
    let site = built();
    let feed: atom_syndication::Feed = site.page("de/atom.xml").parse().unwrap();
    assert_eq!(feed.title().as_str(), "Termine");
    let entries: Vec<(&str, &str)> = feed
        .entries()
        .iter()
        .map(|e| (e.title().as_str(), e.links()[0].href()))
        .collect();
    assert_eq!(
        entries,
        [
            (
                "Netzwerktreffen; Partner, Kammern",
                "https://example.org/de/events/netzwerktreffen/"
            ),
            (
                "Bericht vom Treffen",
                "https://example.org/de/news/bericht/"
            ),
            ("Infotag", "https://example.org/de/events/infotag/"),
        ]
    );
    let english: atom_syndication::Feed = site.page("en/atom.xml").parse().unwrap();
    assert_eq!(english.entries().len(), 1, "only pages written in English");
    let page = site.html("en/index.html");
    assert_eq!(
        attrs(&page, "link[type='application/atom+xml']", "href"),
        ["/en/atom.xml"]
    );
}

#[test]
fn news_page_shows_its_date_in_the_readers_language() {
    let site = built();
    let page = site.html("de/news/bericht/index.html");
    assert_eq!(attrs(&page, "p.published time", "datetime"), ["2026-11-20"]);
    let shown: String = texts(&page, "p.published")
        .concat()
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    assert_eq!(shown, "Veröffentlicht am 20. November 2026");
}

#[test]
fn event_without_start_or_ending_before_it_starts_is_an_error() {
    let site = fixture("events");
    site.write(
        "content/events/ohne.md",
        "+++\ntitle = \"Ohne Zeit\"\n+++\n",
    );
    site.write(
        "content/events/falsch.md",
        "+++\ntitle = \"Falsch\"\nstart = 2026-12-03T14:00:00\nend = 2026-12-03T12:00:00\n+++\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with(
        "content/events/falsch.md:4:7: error: the event ends before it starts\n  hint: check `start` and `end`\n"
    ), "{}", run.stderr);
    site.write(
        "content/events/falsch.md",
        "+++\ntitle = \"Falsch\"\nstart = 2026-12-03T14:00:00+01:00\n+++\n",
    );
    let run = site.build(&[]);
    assert!(run.stderr.contains("content/events/falsch.md:3:9: error: `start` must be a local date and time in Thuringia, or a date"), "{}", run.stderr);
    std::fs::remove_file(site.root.join("content/events/falsch.md")).unwrap();
    let run = site.build(&[]);
    assert_eq!(
        run.stderr,
        "content/events/ohne.md:1:1: error: an event needs `start`\n  hint: add e.g. `start = 2026-12-03T14:00:00` (local time in Thuringia)\nerror: build failed with 1 error; nothing was written\n"
    );
}
