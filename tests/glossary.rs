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
        attrs(&page, ".glossary h2", "id"),
        ["anmeldung", "aufenthaltstitel", "auslaenderbehoerde"],
        "A–Z by the German term (umlauts as their vowels)"
    );
    assert_eq!(
        texts(&page, ".glossary dfn"),
        [
            "die Anmeldung",
            "der Aufenthaltstitel",
            "die Ausländerbehörde"
        ]
    );
    assert_eq!(attrs(&page, ".glossary dfn", "lang"), ["de", "de", "de"]);
    assert_eq!(
        attrs(&page, ".glossary h2 + p", "lang"),
        ["de", "de", "ar"],
        "the explanation in Arabic where there is one, else German, marked"
    );
    assert!(texts(&page, "h2#auslaenderbehoerde")[0].contains("دائرة الأجانب"));
    let sitemap = site.page("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/uk/glossar/</loc>"));
    assert!(sitemap.contains("hreflang=\"ar\" href=\"https://example.org/ar/glossar/\""));
}

#[test]
fn entries_are_validated_with_positions_and_nothing_is_written() {
    let site = fixture("glossary");
    assert_eq!(site.build(&[]).code, 0);
    let before = common::tree(&site.out());
    site.write(
        "content/glossar/bescheid.toml",
        "term = \"Bescheid\"\narticle = \"den\"\nforms = [\"Anmeldungen\"]\nrelated = [\"widerspruch\"]\n\
         sources = [\"https://www.example.org/bescheid\"]\nlast_reviewed = 2026-12-04\nlast = 1\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("content/glossar/bescheid.toml:7:1: error: unknown key `last`"),
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
    // A key written below `[rendering]` is taken as a rendering.
    let anmeldung = site.read("content/glossar/anmeldung.toml");
    site.write(
        "content/glossar/anmeldung.toml",
        format!("{anmeldung}seen = 1\n"),
    );
    let line = anmeldung.lines().count() + 1;
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    let expected = format!(
        "content/glossar/anmeldung.toml:{line}:8: error: `seen = 1` is neither a text nor a list of texts\n  \
         hint: write one rendering, `seen = \"…\"`, or the base form and its forms, `seen = [\"…\", \"…\"]`; \
         a key below a `[table]` line belongs to that table"
    );
    assert!(run.stderr.contains(&expected), "{expected}\n{}", run.stderr);
    assert!(
        run.stderr.ends_with("nothing was written\n"),
        "{}",
        run.stderr
    );
    assert_eq!(
        common::tree(&site.out()),
        before,
        "the earlier build is kept"
    );
}

/// The Ukrainian page with a term left in German, a rendering to avoid, and a term left out.
const UKRAINIAN: &str = "+++\ntitle = \"Прибуття\"\n+++\n## Перші кроки\n\n\
    Після переїзду зареєструйтеся (Anmeldung). Потім звертайтеся до управління у справах іноземців.\n\n\
    Посилання.\n\nВи отримаєте посвідку.\n";

#[test]
fn check_reports_terminology_per_translation_with_lines() {
    let site = fixture("glossary");
    site.write("content/arbeit/ankommen.uk.md", UKRAINIAN);
    let run = site.run_in(&["check"]);
    assert_eq!(run.code, 0, "warnings only: {}", run.stdout);
    let expected = "content/arbeit/ankommen.uk.md
  6:32: warning: the original uses `Anmeldung` (content/arbeit/ankommen.md:4), but the translation never says `реєстрація`
    hint: use the approved rendering (forms are listed in `content/glossar/anmeldung.toml`), or write `<span data-glossary=\"off\">…</span>` around the term in the original where it means something else
  6:65: warning: `управління у справах іноземців` is a rendering to avoid for `Ausländerbehörde`
    hint: write `відомство у справах іноземців`, the glossary's rendering
  10:1: warning: the original uses `Aufenthaltstitel` (content/arbeit/ankommen.md:10), but the translation never says `дозвіл на проживання`
    hint: use the approved rendering (forms are listed in `content/glossar/aufenthaltstitel.toml`), or write `<span data-glossary=\"off\">…</span>` around the term in the original where it means something else
";
    assert!(run.stdout.contains(expected), "{}", run.stdout);
    for expected in [
        "content/glossar/anmeldung.toml\n  warning: `Anmeldung` is not translated into العربية (`ar`): no explanation, no rendering\n    hint: add `ar = \"…\"` under `[explanation]` and `[rendering]`\n",
        "content/glossar/aufenthaltstitel.toml\n  warning: `Aufenthaltstitel` is not translated into Українська (`uk`): no explanation\n",
    ] {
        assert!(run.stdout.contains(expected), "{expected}\n{}", run.stdout);
    }
    assert!(
        !run.stdout.contains("ankommen.ar.md"),
        "`glossary = false` leaves the page out: {}",
        run.stdout
    );
    assert!(
        run.stdout.contains("0 errors, 6 warnings"),
        "{}",
        run.stdout
    );
    let strict = site.run_in(&["check", "--strict"]);
    assert_eq!(strict.code, 1);
    assert!(strict.stdout.contains("6 errors"), "{}", strict.stdout);
    assert!(
        strict
            .stdout
            .contains("6:65: error: `управління у справах іноземців`")
    );
}

#[test]
fn the_print_view_ends_with_the_terms_of_the_page_in_both_languages() {
    let site = fixture("glossary");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("uk/arbeit/ankommen/print/index.html");
    let box_ = "table.bilingual__glossary tbody tr";
    assert_eq!(
        texts(&page, &format!("{box_} td:last-child b")),
        [
            "die Anmeldung",
            "der Aufenthaltstitel",
            "die Ausländerbehörde"
        ],
        "the terms of the page, A–Z by the German term"
    );
    assert_eq!(
        texts(&page, &format!("{box_} td:first-child b")),
        [
            "реєстрація – Anmeldung",
            "дозвіл на проживання – Aufenthaltstitel",
            "відомство у справах іноземців – Ausländerbehörde"
        ]
    );
    assert_eq!(
        attrs(
            &page,
            &format!("{box_} td:first-child p:last-child"),
            "lang"
        ),
        ["uk", "de", "uk"],
        "the explanation in the reader's language where there is one, else German, marked"
    );
    assert_eq!(
        attrs(&page, &format!("{box_} td:first-child b span"), "lang"),
        ["de", "de", "de"]
    );
    assert_eq!(
        texts(&page, &format!("{box_} td:last-child p:last-child"))[0],
        "Wer in eine Wohnung zieht, meldet sich innerhalb von zwei Wochen beim Bürgeramt an."
    );
    let arabic = site.html("ar/arbeit/ankommen/print/index.html");
    assert!(
        texts(&arabic, "table.bilingual__glossary").len() == 1,
        "the original's terms count even where the translation opts out"
    );
}

#[test]
fn a_rendering_to_avoid_that_is_another_entrys_rendering_counts_where_only_one_is_meant() {
    let site = fixture("glossary");
    let entry = |term: &str, uk: &str, avoid: &str| {
        format!(
            "term = \"{term}\"\nsources = [\"https://www.bzst.de/\"]\nlast_reviewed = 2026-12-04\n\
             [explanation]\nde = \"Eine Nummer.\"\nuk = \"Номер.\"\nar = \"رقم.\"\n\
             [rendering]\nuk = \"{uk}\"\nar = \"رقم\"\n[avoid]\nuk = [{avoid}]\n"
        )
    };
    site.write(
        "content/glossar/steuer-id.toml",
        entry(
            "Steuer-ID",
            "податковий ідентифікаційний номер",
            "\"податковий номер\"",
        ),
    );
    site.write(
        "content/glossar/steuernummer.toml",
        entry("Steuernummer", "податковий номер", ""),
    );
    site.write(
        "content/arbeit/id.md",
        markdown_page("ID", "Ihre Steuer-ID kommt per Post."),
    );
    site.write(
        "content/arbeit/id.uk.md",
        markdown_page("ID", "Ваш податковий номер надійде поштою."),
    );
    site.write(
        "content/arbeit/nummer.md",
        markdown_page("Nummer", "Die Steuernummer gibt das Finanzamt."),
    );
    site.write(
        "content/arbeit/nummer.uk.md",
        markdown_page("Номер", "Податковий номер видає податкова."),
    );
    let run = site.run_in(&["check"]);
    assert!(
        run.stdout.contains(
            "content/arbeit/id.uk.md\n  4:5: warning: `податковий номер` is a rendering to avoid for `Steuer-ID`\n    hint: write `податковий ідентифікаційний номер`, the glossary's rendering\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("content/arbeit/nummer.uk.md"),
        "the Steuernummer's own rendering: {}",
        run.stdout
    );
}

#[test]
fn in_a_translation_a_german_form_that_is_also_a_rendering_is_the_rendering() {
    let site = fixture("glossary");
    site.write(
        "content/glossar/minijob.toml",
        "term = \"Minijob\"\nforms = [\"Minijobs\"]\nsources = [\"https://www.minijob-zentrale.de/\"]\n\
         last_reviewed = 2026-12-04\n[explanation]\nde = \"Ein kleiner Job.\"\nuk = \"Мала робота.\"\n\
         ar = \"عمل صغير.\"\n[rendering]\nuk = [\"мініджоб\", \"Minijob\"]\nar = \"عمل صغير\"\n",
    );
    site.write(
        "content/arbeit/job.md",
        markdown_page("Job", "Ein Minijob bringt Geld."),
    );
    site.write(
        "content/arbeit/job.uk.md",
        markdown_page("Робота", "Minijob приносить гроші."),
    );
    let run = site.run_in(&["check"]);
    assert!(
        !run.stdout.contains("content/arbeit/job.uk.md"),
        "`Minijob` is the Ukrainian rendering here: {}",
        run.stdout
    );
    assert_eq!(site.build(&[]).code, 0);
    let html = site.html("uk/arbeit/job/index.html");
    assert_eq!(texts(&html, "main a.term"), ["Minijob"]);
    assert!(
        attrs(&html, "main a.term", "lang").is_empty(),
        "a rendering is in the page's language"
    );
}

/// A content file with only a title and `body`.
fn markdown_page(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n+++\n{body}\n")
}
