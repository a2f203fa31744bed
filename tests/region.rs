//! A second region with no Rust change: the Saxony fixture (its own outline, places, postcode
//! rule and time zone in `config.toml` and `region/saxony.svg`) builds with the right map,
//! calendar times and JSON-LD; another time zone changes the calendars.

mod common;

use common::{attrs, fixture};

#[test]
fn saxony_builds_with_its_own_map_calendar_and_addresses() {
    let site = fixture("saxony");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let index = site.html("de/partner/index.html");
    assert_eq!(
        attrs(&index, "svg.map a", "href"),
        [
            "/de/orte/chemnitz/",
            "/de/orte/dresden/",
            "/de/orte/goerlitz/",
            "/de/orte/leipzig/"
        ],
        "every city on the map, Görlitz from the region's places"
    );
    let svg = site.page("de/partner/index.html");
    assert!(
        svg.contains("viewBox=\"377.0 354.0 214.2 164.6\""),
        "Saxony's frame"
    );
    let dresden = attrs(&index, "svg.map a[href$='/dresden/'] circle", "cx");
    assert_eq!(dresden, ["502.0"], "Dresden where the calibration puts it");
    assert!(svg.contains("Outline: @svg-maps/germany 2.0.0"), "credit");

    let partner = site.page("de/partner/beratung-dresden/index.html");
    let json_ld = partner
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(json_ld).unwrap();
    assert_eq!(value["address"][0]["addressCountry"], "DE");
    assert_eq!(value["address"][0]["postalCode"], "01067");
    let card = site.page("de/partner/beratung-dresden/beratung-dresden.vcf");
    assert!(card.contains(";Dresden;;01067;Deutschland\r\n"), "{card}");

    let calendar = site.page("de/events.ics");
    let parsed = ical::IcalParser::new(calendar.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let starts: Vec<(String, String)> = parsed
        .events
        .iter()
        .map(|e| {
            let start = e.properties.iter().find(|p| p.name == "DTSTART").unwrap();
            (
                start.params.clone().unwrap()[0].1[0].clone(),
                start.value.clone().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        starts,
        [
            ("Europe/Berlin".to_string(), "20270120T100000".to_string()),
            ("Europe/Berlin".to_string(), "20270715T140000".to_string())
        ]
    );
    assert!(
        calendar.contains("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST"),
        "summer time begins between the two events: {calendar}"
    );
}

#[test]
fn another_time_zone_changes_the_calendar_not_the_local_times() {
    let site = fixture("saxony");
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        config.replace(
            "time_zone = \"Europe/Berlin\"",
            "time_zone = \"America/Toronto\"",
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let calendar = site.page("en/events.ics");
    assert!(calendar.contains("TZID:America/Toronto\r\n"), "{calendar}");
    assert!(calendar.contains("DTSTART;TZID=America/Toronto:20270120T100000\r\n"));
    assert!(calendar.contains("TZNAME:EDT") && calendar.contains("TZOFFSETTO:-0400"));
}

#[test]
fn a_wrong_region_is_reported_at_its_line() {
    let site = fixture("saxony");
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        config
            .replace(
                "time_zone = \"Europe/Berlin\"",
                "time_zone = \"Europe/Dresden\"",
            )
            .replace("country = \"DE\"", "country = \"Germany\""),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    let line = |key: &str| {
        config
            .lines()
            .position(|l| l.starts_with(key))
            .map(|n| n + 1)
            .unwrap()
    };
    assert!(
        run.stderr.contains(&format!(
            "config.toml:{}:13: error: `Europe/Dresden` is not a time zone\n  hint: write an IANA time zone name such as `Europe/Berlin`",
            line("time_zone")
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!(
            "config.toml:{}:11: error: `Germany` is not a country code",
            line("country =")
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn a_postcode_against_the_rule_and_a_broken_outline_are_errors() {
    let site = fixture("saxony");
    let partner =
        std::fs::read_to_string(site.root.join("content/partners/beratung-dresden.toml")).unwrap();
    site.write(
        "content/partners/beratung-dresden.toml",
        partner.replace("postcode = \"01067\"", "postcode = \"D-01067\""),
    );
    site.write("region/saxony.svg", "<svg><g/></svg>");
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("error: `D-01067` is not a valid postcode\n  hint: write it in the form `[0-9]{5}`, e.g. `postcode = \"01067\"`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("region/saxony.svg:1:1: error: the map's `<svg>` needs a `viewBox` of four numbers that frames the region"),
        "{}",
        run.stderr
    );
}
