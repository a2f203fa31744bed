//! The glossary over the `glossary` fixture: entries validated with exact positions, the
//! glossary page per language, and the links from the first occurrence of each term.

mod common;

use common::{attrs, fixture, texts};

#[test]
fn first_occurrences_link_to_their_entries_never_in_headings_links_or_code() {
    let site = fixture("glossary");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.html("de/arbeit/ankommen/index.html");
    assert_eq!(
        attrs(&page, "a.term", "href"),
        [
            "/de/glossar/#anmeldung",
            "/de/glossar/#auslaenderbehoerde",
            "/de/glossar/#aufenthaltstitel"
        ],
        "each term once"
    );
    assert!(texts(&page, "h2 a.term").is_empty(), "not in headings");
    assert!(texts(&page, "a:not(.term) a, code a").is_empty());
    let html = site.page("de/arbeit/ankommen/index.html");
    assert!(
        html.contains("<a href=\"https://example.org/\">Anmeldung</a>"),
        "a link stays a link"
    );
    assert!(html.contains("<code>Anmeldung</code>"), "code stays code");
    assert!(
        html.contains("<span data-glossary=\"off\">Aufenthaltstitel</span>"),
        "an occurrence can opt out"
    );

    let ukrainian = site.html("uk/arbeit/ankommen/index.html");
    assert_eq!(
        attrs(&ukrainian, "a.term", "href"),
        [
            "/uk/glossar/#anmeldung",
            "/uk/glossar/#auslaenderbehoerde",
            "/uk/glossar/#aufenthaltstitel"
        ]
    );
    assert_eq!(
        attrs(&ukrainian, "a.term[href$='#anmeldung']", "lang"),
        ["de"],
        "the German term in a Ukrainian text is marked German"
    );
    assert_eq!(
        texts(&ukrainian, "a.term[href$='#auslaenderbehoerde']"),
        ["Відомство у справах іноземців"],
        "the approved rendering, in one of its forms"
    );
    assert!(
        attrs(&ukrainian, "a.term[href$='#auslaenderbehoerde']", "lang").is_empty(),
        "a rendering is in the page's language"
    );
    let arabic = site.html("ar/arbeit/ankommen/index.html");
    assert!(
        attrs(&arabic, "a.term", "href").is_empty(),
        "`glossary = false` switches it off"
    );
}

#[test]
fn the_glossary_page_lists_every_entry_a_to_z_with_anchors_in_every_language() {
    let site = fixture("glossary");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("ar/glossar/index.html");
    assert_eq!(attrs(&page, "html", "dir"), ["rtl"]);
    assert_eq!(
        attrs(&page, "dl.glossary dt", "id"),
        ["anmeldung", "aufenthaltstitel", "auslaenderbehoerde"],
        "A–Z by the German term (umlauts as their vowels)"
    );
    assert_eq!(
        texts(&page, "dl.glossary dfn"),
        [
            "die Anmeldung",
            "der Aufenthaltstitel",
            "die Ausländerbehörde"
        ]
    );
    assert_eq!(attrs(&page, "dl.glossary dfn", "lang"), ["de", "de", "de"]);
    assert_eq!(
        attrs(&page, "dl.glossary dd > p:first-child", "lang"),
        ["de", "de", "ar"],
        "the explanation in Arabic where there is one, else German, marked"
    );
    assert!(texts(&page, "dt#auslaenderbehoerde")[0].contains("دائرة الأجانب"));
    let sitemap = site.page("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/uk/glossar/</loc>"));
    assert!(sitemap.contains("hreflang=\"ar\" href=\"https://example.org/ar/glossar/\""));
}

#[test]
fn entries_are_validated_with_positions() {
    let site = fixture("glossary");
    site.write(
        "content/glossar/bescheid.toml",
        "term = \"Bescheid\"\narticle = \"den\"\nforms = [\"Anmeldungen\"]\nrelated = [\"widerspruch\"]\n\
         sources = [\"https://www.example.org/bescheid\"]\nlast_reviewed = 2026-12-04\nlast = 1\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("content/glossar/bescheid.toml:7:1: error: unknown field `last`"),
        "{}",
        run.stderr
    );
    site.write(
        "content/glossar/bescheid.toml",
        "term = \"Bescheid\"\narticle = \"den\"\nforms = [\"Anmeldungen\"]\nrelated = [\"widerspruch\"]\n\
         sources = [\"https://www.example.org/bescheid\"]\nlast_reviewed = 2026-12-04\n\
         [explanation]\nde = \"Die schriftliche Entscheidung einer Behörde.\"\nfr = \"La décision.\"\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    for expected in [
        "content/glossar/bescheid.toml:2:11: error: `den` is not a German article\n  hint: write `der`, `die` or `das`, or leave `article` out",
        "content/glossar/bescheid.toml:9:1: error: `fr` in `explanation` is not a configured language",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
    site.write(
        "content/glossar/bescheid.toml",
        "term = \"Bescheid\"\narticle = \"der\"\nforms = [\"Anmeldungen\"]\nrelated = [\"widerspruch\"]\n\
         sources = [\"https://www.example.org/bescheid\"]\nlast_reviewed = 2026-12-04\n\
         [explanation]\nde = \"Die schriftliche Entscheidung einer Behörde.\"\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    for expected in [
        "content/glossar/bescheid.toml:3:11: error: `Anmeldungen` is also a form of `content/glossar/anmeldung.toml`",
        "content/glossar/bescheid.toml:4:13: error: no entry `widerspruch`",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
}
