//! Decision paths over the `paths` fixture: the pages chain from the first question to every
//! result in every language, each shows the answers so far with a way back, results print in
//! two languages, paths are in the sitemap, search, section page and status page; and every
//! broken path is refused with the exact position, writing nothing.

mod common;

use common::{Site, attrs, fixture, texts};
use std::collections::BTreeSet;

const PATH: &str = "paths/anerkennung.toml";
const ENGLISH: &str = "paths/anerkennung.en.toml";

/// Every page reachable from `start` by following answers, and the results among them (pages
/// without answers), as output paths below `public/`.
fn walk(site: &Site, start: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut seen = BTreeSet::new();
    let mut results = BTreeSet::new();
    let mut todo = vec![start.to_string()];
    while let Some(url) = todo.pop() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let html = site.html(&format!("{}index.html", url.trim_start_matches('/')));
        let answers = attrs(&html, ".path__answers a", "href");
        if answers.is_empty() {
            results.insert(url);
        }
        todo.extend(answers);
    }
    (seen, results)
}

#[test]
fn answers_chain_from_the_first_question_to_every_result_in_every_language() {
    let site = fixture("paths");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (lang, slug) in [
        ("de", "anerkennung"),
        ("en", "anerkennung"),
        ("ar", "الاعتراف"),
    ] {
        let (pages, results) = walk(&site, &format!("/{lang}/{slug}/"));
        assert_eq!(pages.len(), 5, "{lang}: two questions and three results");
        let expected: BTreeSet<String> = ["kammer", "landesamt", "zeugnisbewertung"]
            .iter()
            .map(|r| format!("/{lang}/{slug}/{r}/"))
            .collect();
        assert_eq!(results, expected, "{lang}");
    }
    let first = site.html("en/anerkennung/index.html");
    assert_eq!(texts(&first, "h1"), ["Recognition: who is responsible?"]);
    assert_eq!(
        texts(&first, "h2#question-heading"),
        ["Which qualification do you have?"]
    );
    assert_eq!(
        texts(&first, ".path__answers a"),
        ["A university degree", "A vocational qualification"],
        "the answers in the original's order"
    );
    assert!(
        texts(&first, ".path__steps").is_empty(),
        "nothing answered yet"
    );
    let arabic = site.html("ar/الاعتراف/reglementiert/index.html");
    assert_eq!(attrs(&arabic, "html", "dir"), ["rtl"]);
    assert_eq!(attrs(&arabic, "h2#question-heading", "lang"), ["ar"]);
    assert_eq!(
        texts(&arabic, "title"),
        ["هل مهنتك منظمة في ألمانيا؟ – الاعتراف: من المسؤول؟ – الدليل"]
    );
}

#[test]
fn a_result_shows_the_answers_that_led_there_and_steps_back() {
    let site = fixture("paths");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("en/anerkennung/landesamt/index.html");
    assert_eq!(
        texts(&page, ".path__steps li a"),
        [
            "Which qualification do you have?",
            "Is your occupation regulated in Germany?"
        ]
    );
    assert_eq!(
        attrs(&page, ".path__steps li a", "href"),
        ["/en/anerkennung/", "/en/anerkennung/reglementiert/"],
        "each question links back to its page, to answer it again"
    );
    assert_eq!(
        texts(&page, ".path__chosen"),
        ["A university degree", "Yes, for example doctor or teacher"]
    );
    assert_eq!(
        attrs(&page, ".path__nav a", "href"),
        ["/en/anerkennung/reglementiert/", "/en/anerkennung/"],
        "back to the previous question, and start again"
    );
    assert_eq!(
        texts(&page, "#result-heading"),
        ["The state office checks your qualification"]
    );
    assert_eq!(
        attrs(&page, ".path__result a", "href"),
        ["/en/arbeit/anerkennung/"],
        "an @/ link resolves in the reader's language"
    );
    assert_eq!(
        attrs(&page, ".helpers [data-partner]", "data-partner"),
        ["landesamt"]
    );
    assert_eq!(
        attrs(&page, ".path__terms a", "href"),
        ["/en/glossar/#anerkennung"]
    );
    assert_eq!(
        texts(&page, ".sources a"),
        ["https://www.anerkennung-in-deutschland.de/html/de/pro/reglementierte-berufe.php"]
    );
    assert_eq!(attrs(&page, ".reviewed time", "datetime"), ["2026-12-04"]);
    assert_eq!(
        attrs(&page, "link[rel=alternate][hreflang]", "hreflang"),
        ["de", "en", "ar"]
    );
    assert_eq!(
        attrs(&page, ".print-link a", "href"),
        ["/en/anerkennung/landesamt/print/"]
    );
    let comparison = site.html("en/anerkennung/zeugnisbewertung/index.html");
    assert_eq!(
        attrs(&comparison, ".path__result a.term", "href"),
        ["/en/glossar/#anerkennung"],
        "glossary terms in a result link to their entries, as in pages"
    );
    assert_eq!(texts(&comparison, ".path__result a.term"), ["recognition"]);
    let german = site.html("de/anerkennung/landesamt/index.html");
    assert!(
        attrs(&german, ".print-link a", "href").is_empty(),
        "the original needs no two-language version"
    );
    let arabic = site.html("ar/الاعتراف/landesamt/index.html");
    assert_eq!(
        texts(&arabic, ".notice"),
        [
            "لم تتم مراجعة هذه الترجمة بعد وقد تحتوي على أخطاء. اقرأ النص الأصلي باللغة: \u{2068}Deutsch\u{2069}"
        ],
        "an unreviewed translation says so"
    );
}

#[test]
fn a_result_prints_beside_the_original_with_the_answers() {
    let site = fixture("paths");
    assert_eq!(site.build(&[]).code, 0);
    let print = site.html("en/anerkennung/landesamt/print/index.html");
    assert_eq!(
        texts(&print, "h1"),
        ["The state office checks your qualification / Das Landesamt prüft Ihren Abschluss"]
    );
    let rows: Vec<String> = texts(&print, "table:first-of-type tbody tr");
    assert_eq!(rows.len(), 4, "two answers, two paragraphs: {rows:?}");
    assert!(rows[0].contains("Which qualification do you have?"));
    assert!(rows[0].contains("A university degree"));
    assert!(rows[0].contains("Welchen Abschluss haben Sie?"));
    assert!(rows[0].contains("Einen Hochschulabschluss"));
    assert!(
        rows[2].contains("Apply to the state office") && rows[2].contains("Stellen Sie den Antrag")
    );
    assert_eq!(
        attrs(&print, "tbody td[lang]", "lang")
            .first()
            .map(String::as_str),
        Some("de")
    );
    assert_eq!(
        texts(&print, ".bilingual__glossary b"),
        ["recognition – Anerkennung", "die Anerkennung"]
    );
    assert_eq!(attrs(&print, "meta[name=robots]", "content"), ["noindex"]);
}

#[test]
fn paths_are_listed_in_their_section_sitemap_search_and_status() {
    let site = fixture("paths");
    assert_eq!(site.build(&[]).code, 0);
    let section = site.html("ar/arbeit/index.html");
    assert_eq!(
        attrs(&section, ".path-list a", "href"),
        ["/ar/الاعتراف/"],
        "a translation's own slug"
    );
    assert_eq!(texts(&section, ".path-list a"), ["الاعتراف: من المسؤول؟"]);
    let sitemap = site.page("sitemap.xml");
    for url in ["de/anerkennung", "en/anerkennung", "ar/الاعتراف"] {
        assert!(sitemap.contains(&format!("<loc>https://example.org/{url}/kammer/</loc>")));
    }
    assert!(sitemap.contains("<lastmod>2026-12-04</lastmod>"));
    let status = site.html("status/index.html");
    assert_eq!(
        attrs(&status, "tr[data-path] td[data-state]", "data-state"),
        ["original", "translated", "unreviewed"]
    );
    let check = site.run_in(&["check"]);
    assert!(
        check.stdout.contains(
            "path paths/anerkennung.toml (2 questions, 3 results): de original, en translated, ar unreviewed"
        ),
        "{}",
        check.stdout
    );
    let required = site.run_in(&["check", "--require-reviewed"]);
    assert_eq!(required.code, 1);
    assert!(
        required
            .stdout
            .contains("paths/anerkennung.ar.toml\n  error: not reviewed"),
        "{}",
        required.stdout
    );
}

#[test]
fn a_path_is_searchable_by_its_first_page() {
    let site = fixture("paths");
    site.write(
        "config.toml",
        site.read("config.toml").replacen(
            "default_language = \"de\"",
            "default_language = \"de\"\nsearch = true",
            1,
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let urls: BTreeSet<String> = common::indexed(&site, "en")
        .into_iter()
        .map(|(url, _)| url)
        .filter(|url| url.contains("/anerkennung/") && !url.contains("/arbeit/"))
        .collect();
    assert_eq!(
        urls,
        ["/en/anerkennung/"].map(String::from).into(),
        "the first question, which says what the path answers; results would push the pages that say it in full down"
    );
}

#[test]
fn a_missing_translation_shows_the_original_marked_and_is_reported() {
    let site = fixture("paths");
    std::fs::remove_file(site.root.join("paths/anerkennung.ar.toml")).unwrap();
    site.write(
        ENGLISH,
        site.read(ENGLISH)
            .replace("help = \"University studies end with a degree, vocational training with a vocational qualification.\"\n", ""),
    );
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("ar/anerkennung/index.html");
    assert_eq!(attrs(&page, "main", "data-fallback"), ["de"]);
    assert_eq!(attrs(&page, "h1", "lang"), ["de"]);
    assert_eq!(
        attrs(&page, "html", "dir"),
        ["rtl"],
        "the frame stays Arabic"
    );
    assert_eq!(attrs(&page, "h1", "dir"), ["ltr"]);
    assert_eq!(
        attrs(&page, "link[rel=canonical]", "href"),
        ["https://example.org/de/anerkennung/"]
    );
    assert!(attrs(&page, "link[rel=alternate][hreflang]", "href").is_empty());
    assert!(!site.page("sitemap.xml").contains("/ar/anerkennung/"));
    let english = site.html("en/anerkennung/index.html");
    assert_eq!(
        attrs(&english, ".path__help", "lang"),
        ["de"],
        "a missing text in German, marked"
    );
    let check = site.run_in(&["check"]);
    assert!(
        check.stdout.contains(
            "paths/anerkennung.en.toml\n  5:12: warning: `questions.abschluss.help` is not translated; the original's text is shown\n    hint: translate it from `paths/anerkennung.toml`"
        ),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains(
            "paths/anerkennung.toml\n  warning: not translated into العربية (`ar`)\n    hint: create `paths/anerkennung.ar.toml`"
        ),
        "{}",
        check.stdout
    );
}

/// Builds the intact site, applies `break_it` to the file `file`, builds again and checks that
/// the build fails with exactly `expected` and writes nothing.
fn fails_with(file: &str, break_it: impl FnOnce(String) -> String, expected: &[&str]) {
    let site = fixture("paths");
    assert_eq!(site.build(&[]).code, 0);
    let before = common::tree(&site.out());
    site.write(file, break_it(site.read(file)));
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut lines: Vec<&str> = run.stderr.lines().collect();
    let last = lines.pop().unwrap_or_default();
    assert!(last.ends_with("nothing was written"), "{last}");
    assert_eq!(lines, expected, "\nfull stderr:\n{}", run.stderr);
    assert_eq!(
        common::tree(&site.out()),
        before,
        "the output stays as it was"
    );
    let check = site.run_in(&["check"]);
    assert_eq!(check.code, 1, "check refuses it too");
}

#[test]
fn an_answer_that_leads_nowhere_is_a_dead_end() {
    fails_with(
        PATH,
        |t| t.replace("next = \"zeugnisbewertung\"", "next = \"zeugnisbewertun\""),
        &[
            "paths/anerkennung.toml:19:27: error: no question or result `zeugnisbewertun`: a dead end",
            "  hint: did you mean `zeugnisbewertung`?",
            "paths/anerkennung.toml:34:10: error: result `zeugnisbewertung` is never reached from the first question",
            "  hint: lead an answer to `zeugnisbewertung`, or remove it",
        ],
    );
}

#[test]
fn an_answer_that_leads_back_is_a_cycle() {
    fails_with(
        PATH,
        |t| t.replace("next = \"zeugnisbewertung\"", "next = \"abschluss\""),
        &[
            "paths/anerkennung.toml:19:27: error: a cycle: abschluss → reglementiert → abschluss",
            "  hint: an answer must lead on to a later question or a result, never back",
            "paths/anerkennung.toml:34:10: error: result `zeugnisbewertung` is never reached from the first question",
            "  hint: lead an answer to `zeugnisbewertung`, or remove it",
        ],
    );
}

#[test]
fn two_ways_into_one_result_and_a_question_without_choice() {
    fails_with(
        PATH,
        |t| {
            t.replace("next = \"zeugnisbewertung\"", "next = \"landesamt\"")
                .replace(
                    "  { text = \"Einen Berufsabschluss\", next = \"kammer\" },\n",
                    "",
                )
        },
        &[
            "paths/anerkennung.toml:7:12: error: question `abschluss` has one answer: readers have no choice",
            "  hint: give at least two answers, or lead the answer before it straight on",
            "paths/anerkennung.toml:18:27: error: `landesamt` is also where an answer of question `reglementiert` leads (line 17)",
            "  hint: every question and result has one way in, so its page can show the answers that led there; write a second result under a new id",
        ]
        .iter()
        .copied()
        .chain([
            "paths/anerkennung.toml:33:10: error: result `zeugnisbewertung` is never reached from the first question",
            "  hint: lead an answer to `zeugnisbewertung`, or remove it",
            "paths/anerkennung.toml:41:10: error: result `kammer` is never reached from the first question",
            "  hint: lead an answer to `kammer`, or remove it",
        ])
        .collect::<Vec<_>>(),
    );
}

#[test]
fn unknown_partner_glossary_entry_page_and_section() {
    fails_with(
        PATH,
        |t| {
            t.replace("partners = [\"landesamt\"]", "partners = [\"landesamtt\"]")
                .replace(
                    "glossary = [\"anerkennung\"]",
                    "glossary = [\"anerkenung\"]",
                )
                .replace("(@/arbeit/anerkennung.md)", "(@/arbeit/anerkenung.md)")
                .replace("section = \"arbeit\"", "section = \"arbiet\"")
        },
        &[
            "paths/anerkennung.toml:5:11: error: no section `content/arbiet/`",
            "  hint: name a folder below `content/` that has an `_index.md`, or leave `section` out",
            "paths/anerkennung.toml:27:22: error: the internal link `@/arbeit/anerkenung.md` points to no page",
            "  hint: did you mean `@/arbeit/anerkennung.md`?",
            "paths/anerkennung.toml:29:13: error: no partner `landesamtt`",
            "  hint: did you mean `landesamt`?",
            "paths/anerkennung.toml:30:13: error: no glossary entry `anerkenung`",
            "  hint: did you mean `anerkennung`?",
        ],
    );
}

#[test]
fn a_result_without_sources_and_a_start_that_is_no_question() {
    fails_with(
        PATH,
        |t| {
            t.replace("start = \"abschluss\"", "start = \"abschlus\"")
                .replacen(
                    "sources = [\"https://www.kmk.org/zab/zentralstelle-fuer-auslaendisches-bildungswesen/zeugnisbewertungen.html\"]",
                    "sources = []",
                    1,
                )
        },
        &[
            "paths/anerkennung.toml:39:11: error: the result `zeugnisbewertung` has no sources",
            "  hint: add the authority's page that states its facts: `sources = [\"https://…\"]`",
        ],
    );
    fails_with(
        PATH,
        |t| t.replace("start = \"abschluss\"", "start = \"abschlus\""),
        &[
            "paths/anerkennung.toml:4:9: error: `start` names no question: `abschlus`",
            "  hint: did you mean `abschluss`?",
        ],
    );
}

#[test]
fn a_translation_may_not_change_the_structure() {
    fails_with(
        ENGLISH,
        |t| {
            t.replace("{ next = \"kammer\", text", "{ next = \"chamber\", text")
                .replace("[results.kammer]", "[results.chamber]")
        },
        &[
            "paths/anerkennung.en.toml:10:12: error: question `abschluss` of the original has no answer leading to `chamber`",
            "  hint: each answer names the `next` of the original's answer it translates",
            "paths/anerkennung.en.toml:34:10: error: the original has no result `chamber`",
            "  hint: translate the results of `paths/anerkennung.toml`; remove this one",
        ],
    );
    fails_with(
        ENGLISH,
        |t| {
            t.replace(
                "last_reviewed = 2026-12-04",
                "last_reviewed = 2026-12-04\nsources = []",
            )
        },
        &[
            "paths/anerkennung.en.toml:4:1: error: unknown key `sources`",
            "  hint: known keys: `slug`, `title`, `description`, `last_reviewed`, `unreviewed`, `questions`, `results`",
        ],
    );
}

#[test]
fn a_slug_is_one_free_url_segment() {
    fails_with(
        "paths/anerkennung.ar.toml",
        |t| t.replace("slug = \"الاعتراف\"", "slug = \"a/b\""),
        &[
            "paths/anerkennung.ar.toml:2:8: error: the slug `a/b` is not a single URL segment",
            "  hint: use letters, digits and `-`, e.g. `slug = \"a-b\"`",
        ],
    );
    fails_with(
        "paths/anerkennung.ar.toml",
        |t| t.replace("slug = \"الاعتراف\"", "slug = \"arbeit\""),
        &[
            "paths/anerkennung.ar.toml: error: the URL `/ar/arbeit/` of `abschluss` is taken by another page",
            "  hint: give the path another `slug` (or file name), or the other page another slug",
        ],
    );
}
