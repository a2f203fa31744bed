//! Easy German as a variant of German (`de-x-ls`) over the `variant` fixture: read as German,
//! reachable from the switcher, falling back to standard German, never an hreflang alternate
//! or a sitemap entry, and no missing-translation warnings for the pages it leaves out.

mod common;

use common::{attrs, fixture, texts};

fn built() -> common::Site {
    let site = fixture("variant");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn variant_pages_are_german_and_not_alternates() {
    let site = built();
    let easy = site.html("de-x-ls/leben/wohnung-anmelden/index.html");
    assert_eq!(attrs(&easy, "html", "lang"), ["de-x-ls"]);
    assert_eq!(texts(&easy, "h1"), ["Die Wohnung anmelden"]);
    assert!(attrs(&easy, "link[rel=alternate][hreflang]", "hreflang").is_empty());
    assert_eq!(
        attrs(&easy, "link[rel=canonical]", "href"),
        ["https://example.org/de-x-ls/leben/wohnung-anmelden/"]
    );
    assert!(attrs(&easy, ".print-link a", "href").is_empty());
    let german = site.html("de/leben/wohnung-anmelden/index.html");
    assert_eq!(
        attrs(&german, "link[rel=alternate][hreflang]", "hreflang"),
        ["de", "en"]
    );
    assert_eq!(
        attrs(&german, ".language-switcher a", "href"),
        [
            "/de/leben/wohnung-anmelden/",
            "/de-x-ls/leben/wohnung-anmelden/",
            "/en/living/registering-your-home/"
        ]
    );
    assert_eq!(
        attrs(&german, ".language-switcher a", "lang"),
        ["de", "de-x-ls", "en"]
    );
    let root = site.html("index.html");
    assert_eq!(
        attrs(&root, "link[rel=alternate][hreflang]", "hreflang"),
        ["de", "en", "x-default"]
    );
    let sitemap = site.page("sitemap.xml");
    assert!(sitemap.contains("https://example.org/de/leben/wohnung-anmelden/"));
    assert!(!sitemap.contains("de-x-ls"), "{sitemap}");
}

#[test]
fn missing_variant_pages_fall_back_to_german_with_its_slugs() {
    let site = built();
    let page = site.html("de-x-ls/leben/notfall/index.html");
    assert_eq!(attrs(&page, "main", "data-fallback"), ["de"]);
    assert_eq!(attrs(&page, "article", "lang"), ["de"]);
    assert_eq!(
        texts(&page, ".notice"),
        [
            "Diese Seite gibt es nicht in Leichter Sprache. Hier lesen Sie die Seite in Alltags-Sprache."
        ]
    );
    assert_eq!(attrs(&page, "article > h1 + .notice", "lang"), ["de-x-ls"]);
    assert_eq!(
        attrs(&page, "link[rel=canonical]", "href"),
        ["https://example.org/de/leben/notfall/"]
    );
    assert_eq!(texts(&page, "nav.breadcrumbs a"), ["Willkommen", "Leben"]);
    // UI strings the variant does not override are its base's, not reported missing.
    assert_eq!(texts(&page, ".skip-link"), ["Zum Hauptinhalt springen"]);
}

#[test]
fn check_counts_the_variant_without_warning_about_its_missing_pages() {
    let site = fixture("variant");
    let run = site.run_in(&["check", "--strict"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report = format!("{}{}", run.stdout, run.stderr);
    assert!(
        report.contains(
            "Leichte Sprache (de-x-ls): 50 % translated (2/4, 0 unreviewed), 2 missing, 0 outdated, 0 due for review"
        ),
        "{report}"
    );
    assert!(report.contains("0 errors, 0 warnings"), "{report}");
}

#[test]
fn outdated_variant_pages_are_reported_like_translations() {
    let site = fixture("variant");
    site.write(
        "content/leben/anmeldung.md",
        "+++\ntitle = \"Wohnung anmelden\"\nslug = \"wohnung-anmelden\"\n+++\n\nNeu: zwei Wochen.\n",
    );
    let run = site.run_in(&["check"]);
    let report = format!("{}{}", run.stdout, run.stderr);
    assert!(
        report.contains(
            "content/leben/anmeldung.de-x-ls.md\n  warning: outdated: its source changed since this translation was made"
        ),
        "{report}"
    );
}
