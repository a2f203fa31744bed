//! Partner files validated against a configuration: every malformed field reported with its
//! line and column, in one run.

use std::path::Path;
use wegweiser::load::config::Config;
use wegweiser::load::partners::parse;

fn config() -> Config {
    wegweiser::load::config::parse(
        "base_url = \"https://e.org\"\ndefault_language = \"de\"\n\
         [languages.de]\nname = \"D\"\ntitle = \"T\"\n[languages.en]\nname = \"E\"\ntitle = \"T\"\n\
         [topics.recognition]\nde = \"Anerkennung\"\n\
         [region]\nname = \"Thuringia\"\npostcode = \"[0-9]{5}\"\npostcode_example = \"99084\"\nmap = \"t.svg\"\n\
         [region.map_bounds]\nwest = 9.877\neast = 12.654\nnorth = 51.649\nsouth = 50.204\n",
    )
    .unwrap()
}

const GOOD: &str = "name = \"IQ Netzwerk Thüringen\"\nkind = \"network\"\ntopics = [\"recognition\"]\n\
    cities = [\"Erfurt\"]\nlanguages = [\"de\", \"en\"]\nwebsite = \"https://www.example.org/\"\n\
    email = \"info@example.org\"\nphone = \"+49 361 123456\"\nlast_reviewed = 2026-11-25\n\
    sources = [\"https://www.example.org/\"]\n[summary]\nde = \"Beratung.\"\nen = \"Advice.\"\n\
    [[locations]]\nstreet = \"Weg 1\"\npostcode = \"99084\"\ncity = \"Erfurt\"\nlatitude = 50.97\nlongitude = 11.03\n";

fn errors(text: &str) -> Vec<String> {
    parse(Path::new("content/partners/iq.toml"), text, &config())
        .unwrap_err()
        .iter()
        .map(|d| d.to_string())
        .collect()
}

#[test]
fn good_partner_parses() {
    let p = parse(Path::new("content/partners/iq.toml"), GOOD, &config()).unwrap();
    assert_eq!(p.id, "iq");
    assert_eq!(p.locations[0].coordinates, Some((50.97, 11.03)));
    assert_eq!(p.summary("en", "de"), ("Advice.", "en"));
    assert_eq!(p.summary("ar", "de"), ("Beratung.", "de"));
}

#[test]
fn malformed_fields_are_all_reported_with_positions() {
    let bad = GOOD
        .replace("\"network\"", "\"netwerk\"")
        .replace("[\"recognition\"]", "[\"recogniton\"]")
        .replace("info@example.org", "info at example")
        .replace("+49 361 123456", "call us")
        .replace("\"99084\"", "\"D-99084\"")
        .replace("latitude = 50.97", "latitude = 150.97")
        .replace("[\"de\", \"en\"]", "[\"de\", \"Deutsch\"]");
    let errs = errors(&bad);
    assert_eq!(
        errs,
        [
            "content/partners/iq.toml:2:8: error: unknown kind `netwerk`\n  hint: did you mean `network`?",
            "content/partners/iq.toml:3:11: error: unknown topic `recogniton`\n  hint: did you mean `recognition`?",
            "content/partners/iq.toml:5:20: error: `Deutsch` is not a valid language code\n  hint: use a BCP 47 language tag such as `de`, `uk`, `ar` or `pt-BR`",
            "content/partners/iq.toml:7:9: error: `info at example` is not an e-mail address\n  hint: write it as `name@example.org`",
            "content/partners/iq.toml:8:9: error: `call us` is not a phone number\n  hint: write it in international form, e.g. `+49 361 1234567`",
            "content/partners/iq.toml:16:12: error: `D-99084` is not a valid postcode\n  hint: write it in the form `[0-9]{5}`, e.g. `postcode = \"99084\"`",
            "content/partners/iq.toml:18:12: error: latitude 150.97 is out of range\n  hint: a latitude lies between -90 and 90; Thuringia is near 51",
        ]
    );
}

#[test]
fn missing_default_summary_and_unknown_field() {
    let errs = errors(&GOOD.replace("de = \"Beratung.\"\n", ""));
    assert_eq!(
        errs,
        [
            "content/partners/iq.toml:11:1: error: the summary in the default language `de` is missing\n  hint: add `de = \"…\"` under `[summary]`"
        ]
    );
    let errs = errors(&GOOD.replace("website =", "homepage ="));
    assert!(
        errs[0].starts_with("content/partners/iq.toml:6:1: error: unknown key `homepage`\n  hint: known keys: `name`,"),
        "{errs:?}"
    );
}
