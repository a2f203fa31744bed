//! `wegweiser check` over the basic fixture with planted problems: every broken link and
//! anchor, missing and outdated translation and page due for review is found with its file
//! and line; JSON and text agree; `--strict` and `min_complete` fail the run.

mod common;

use common::fixture;

fn planted() -> common::Site {
    let site = fixture("basic");
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    let config = config
        .replace("[languages.ar]", "[languages.ar]\nmin_complete = 80")
        .replace(
            "default_language = \"de\"",
            "default_language = \"de\"\nreview_every = 60",
        );
    site.write(
        "config.toml",
        format!("{config}\n[languages.fr]\nname = \"Français\"\ntitle = \"Portail\"\n"),
    );
    site.write(
        "content/arbeit/nur-deutsch.md",
        "+++\ntitle = \"Nur auf Deutsch\"\nlast_reviewed = 2026-12-01\n+++\n## Ablauf\n\nSiehe [Kosten](@/arbeit/visum.md#kosten) und [falsch](@/arbeit/visum.md#gibtsnicht).\n\n[Seite](/de/arbeiten/visum/) [kaputt](/de/arbeiten/weg/) [Anker](/en/working/visa/#nirgends)\n\n[Weg](@/arbeit/gibtsnicht.md)\n",
    );
    site.write(
        "content/arbeit/visum.en.md",
        "+++\ntitle = \"Visa\"\nslug = \"visa\"\nlast_reviewed = 2026-12-01\nsource_hash = \"sha256:0000000000000000\"\n+++\nText.\n",
    );
    site
}

#[test]
fn finds_every_planted_problem_with_file_and_line() {
    let site = planted();
    let before = site.snapshot();
    let run = site.run_in(&["check", "--today", "2027-01-15", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(site.snapshot(), before, "check writes nothing");
    assert!(!site.out().exists());
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let findings: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{}:{} {} {}",
                f["path"].as_str().unwrap(),
                f["line"],
                f["column"],
                f["severity"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
        })
        .collect();
    let expect = [
        "config.toml:15:1 error العربية is 42 % translated, below its `min_complete` of 80 %",
        "content/arbeit/nur-deutsch.md:7:46 error the anchor `#gibtsnicht` of `@/arbeit/visum.md#gibtsnicht` is not a heading of that page",
        "content/arbeit/nur-deutsch.md:9:30 error the link `/de/arbeiten/weg/` points to no page of the site",
        "content/arbeit/nur-deutsch.md:9:58 error the anchor `#nirgends` of `/en/working/visa/#nirgends` is not a heading of that page",
        "content/arbeit/nur-deutsch.md:11:1 error the internal link `@/arbeit/gibtsnicht.md` points to no page",
        "content/arbeit/nur-deutsch.md:null:null warning not translated into English (`en`)",
        "content/arbeit/visum.en.md:null:null warning outdated: its source changed since this translation was made",
        "content/arbeit/visum.md:null:null warning due for review: `last_reviewed` is missing or more than 60 days old",
        "i18n/fr.ftl:null:null warning",
    ];
    for expected in expect {
        assert!(
            findings.iter().any(|f| f.starts_with(expected)),
            "missing: {expected}\nfound:\n{}",
            findings.join("\n")
        );
    }
    assert!(
        report["findings"].as_array().unwrap().iter().any(|f| f["hint"]
            == "update the translation, then run `wegweiser translations --stamp content/arbeit/visum.en.md`"),
        "the outdated hint names the command"
    );
    assert!(
        !findings.iter().any(|f| f.contains("#kosten")),
        "a good anchor is fine"
    );
    assert!(
        !findings.iter().any(|f| f.contains("/de/arbeiten/visum/ ")),
        "a good absolute link is fine"
    );
    assert!(
        !findings.iter().any(
            |f| f.starts_with("content/arbeit/nur-deutsch.md:null:null warning due for review")
        ),
        "reviewed within 60 days"
    );
    let ar = report["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == "ar")
        .unwrap();
    assert_eq!(ar["total"], 7);
    assert_eq!(ar["translated"], 3);
    assert_eq!(ar["percent"], 42);
    assert_eq!(ar["missing"].as_array().unwrap().len(), 4);
    let en = report["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == "en")
        .unwrap();
    assert_eq!(en["outdated"][0]["path"], "content/arbeit/visum.en.md");
    assert_eq!(
        en["outdated"][0]["url"], "/en/working/visa/",
        "URLs as served"
    );
}

#[test]
fn text_report_groups_by_file_and_counts() {
    let site = planted();
    let run = site.run_in(&["check", "--today", "2027-01-15"]);
    assert_eq!(run.code, 1);
    assert!(
        !run.stdout.contains('\u{1b}'),
        "no colour when not a terminal"
    );
    let group = run
        .stdout
        .split("\n\n")
        .find(|g| g.starts_with("content/arbeit/nur-deutsch.md\n"))
        .unwrap();
    assert!(group.contains(
        "\n  7:46: error: the anchor `#gibtsnicht` of `@/arbeit/visum.md#gibtsnicht` is not a heading of that page\n"
    ), "{group}");
    assert!(group.contains("\n  warning: not translated into English (`en`)\n    hint: create `content/arbeit/nur-deutsch.en.md`\n"), "{group}");
    assert!(
        run.stdout.contains(
            "العربية (ar): 42 % translated (3/7, 0 unreviewed), 4 missing, 0 outdated, 3 due for review\n"
        ),
        "{}",
        run.stdout
    );
    let json: serde_json::Value = serde_json::from_str(
        &site
            .run_in(&["check", "--today", "2027-01-15", "--format", "json"])
            .stdout,
    )
    .unwrap();
    let last = run.stdout.lines().last().unwrap();
    assert_eq!(
        last,
        format!("{} errors, {} warnings", json["errors"], json["warnings"])
    );
}

#[test]
fn clean_site_passes_and_strict_fails_on_warnings() {
    let site = fixture("basic");
    let run = site.run_in(&["check", "--today", "2026-11-25"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.ends_with("0 errors, 7 warnings\n"),
        "{}",
        run.stdout
    );
    let strict = site.run_in(&["check", "--strict", "--today", "2026-11-25"]);
    assert_eq!(strict.code, 1);
    assert!(
        strict.stdout.ends_with("7 errors, 0 warnings\n"),
        "{}",
        strict.stdout
    );
}

#[test]
fn build_errors_are_check_errors() {
    let site = fixture("basic");
    site.write("content/arbeit/visum.md", "+++\ntilte = \"x\"\n+++\n");
    let run = site.run_in(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["findings"][0]["path"], "content/arbeit/visum.md");
    assert_eq!(report["findings"][0]["line"], 2);
    assert!(report["translations"].as_array().unwrap().is_empty());
}

#[test]
fn the_portal_is_clean() {
    let run = common::run(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        &["check", "--strict", "--today", "2026-11-25"],
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn status_page_shows_the_same_figures_as_the_json_report() {
    let site = planted();
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        config.replace("min_complete = 80", "min_complete = 10"),
    );
    site.write(
        "content/arbeit/nur-deutsch.md",
        "+++\ntitle = \"Nur auf Deutsch\"\n+++\n## Ablauf\n",
    );
    let json = site.run_in(&["check", "--today", "2027-01-15", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let build = site.build(&["--today", "2027-01-15"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = site.html("status/index.html");
    assert_eq!(
        common::attrs(&page, "meta[name=robots]", "content"),
        ["noindex, nofollow"]
    );
    assert!(!site.page("sitemap.xml").contains("/status/"));
    assert!(
        !site.page("de/index.html").contains("/status/"),
        "not linked for readers"
    );
    for language in report["translations"].as_array().unwrap() {
        let lang = language["lang"].as_str().unwrap();
        let row = common::texts(&page, &format!("tr[data-lang={lang}] td"));
        let expected = [
            format!(
                "{} % ({}/{})",
                language["percent"], language["translated"], language["total"]
            ),
            language["missing"].as_array().unwrap().len().to_string(),
            language["unreviewed"].as_array().unwrap().len().to_string(),
            language["outdated"].as_array().unwrap().len().to_string(),
            language["review_due"].as_array().unwrap().len().to_string(),
        ];
        assert_eq!(row, expected, "{lang}");
        let listed = common::texts(&page, &format!("#status-{lang} .status-missing code"));
        let missing: Vec<&str> = language["missing"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["path"].as_str().unwrap())
            .collect();
        assert_eq!(listed, missing, "{lang}");
    }
}

#[test]
fn stamping_marks_a_translation_current_and_keeps_the_file_as_it_was() {
    let site = fixture("basic");
    let original = "+++\n# Übersetzt von Olena\ntitle = \"Visa\"\nslug = \"visa\"   # English slug\nweight = 2\nlast_reviewed = 2026-11-05\n+++\nSee [German only](@/arbeit/nur-deutsch.md#ablauf).\n";
    site.write("content/arbeit/visum.en.md", original);
    let run = site.run_in(&["translations", "--stamp", "content/arbeit/visum.en.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("stamped content/arbeit/visum.en.md (sha256:"),
        "{}",
        run.stdout
    );
    let stamped = std::fs::read_to_string(site.root.join("content/arbeit/visum.en.md")).unwrap();
    let added: Vec<&str> = stamped
        .lines()
        .filter(|l| !original.lines().any(|o| o == *l))
        .collect();
    assert_eq!(added.len(), 1, "{stamped}");
    assert!(added[0].starts_with("source_hash = \"sha256:"));
    assert!(
        stamped.contains("# Übersetzt von Olena\n")
            && stamped.contains("slug = \"visa\"   # English slug\n")
    );
    assert!(stamped.ends_with("+++\nSee [German only](@/arbeit/nur-deutsch.md#ablauf).\n"));

    let outdated = |site: &common::Site| {
        let json = site
            .run_in(&["check", "--format", "json", "--today", "2026-11-25"])
            .stdout;
        let report: serde_json::Value = serde_json::from_str(&json).unwrap();
        report["translations"][1]["outdated"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(outdated(&site), 0);
    let source = std::fs::read_to_string(site.root.join("content/arbeit/visum.md")).unwrap();
    site.write(
        "content/arbeit/visum.md",
        source.replace("~~alt~~ neu", "~~alt~~ ganz neu"),
    );
    assert_eq!(outdated(&site), 1, "the source changed");
    site.write("content/arbeit/visum.md", source.replace('\n', "\r\n"));
    assert_eq!(outdated(&site), 0, "line endings do not count");

    let run = site.run_in(&["translations", "--stamp", "content/arbeit/visum.md"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "content/arbeit/visum.md: error: this is the source text, not a translation\n  hint: stamp the translations made from it, e.g. the `.en.md` file\n"
    );
}

/// Runs `build` and `check --format json` on the same broken site: both fail, and every
/// error build prints is a finding of check, with the same file, line and message.
fn build_and_check_agree(break_it: impl FnOnce(&common::Site), expected: &str) {
    let site = fixture("basic");
    break_it(&site);
    let build = site.build(&[]);
    assert_eq!(build.code, 1, "{}", build.stderr);
    assert!(
        build.stderr.contains(expected),
        "build: {expected}\n{}",
        build.stderr
    );
    let check = site.run_in(&["check", "--format", "json"]);
    assert_eq!(check.code, 1, "{}", check.stdout);
    let report: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let findings: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let position = match (f["line"].as_u64(), f["column"].as_u64()) {
                (None, _) => String::new(),
                (Some(line), None) => format!(":{line}"),
                (Some(line), Some(col)) => format!(":{line}:{col}"),
            };
            format!(
                "{}{position}: {}: {}",
                f["path"].as_str().unwrap(),
                f["severity"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
        })
        .collect();
    for line in build.stderr.lines().filter(|l| l.contains(": error: ")) {
        assert!(
            findings.iter().any(|f| f == line),
            "check lacks the build error\n{line}\nfindings:\n{}",
            findings.join("\n")
        );
    }
}

#[test]
fn check_renders_like_build_template_runtime_error() {
    build_and_check_agree(
        |s| {
            let config = std::fs::read_to_string(s.root.join("config.toml")).unwrap();
            s.write("config.toml", format!("theme = \"broken\"\n{config}"));
            s.write(
                "themes/broken/templates/page.html",
                "{% extends \"base.html\" %}{% block content %}\n{{ throw(message=\"no page here\") }}{% endblock content %}",
            );
        },
        "themes/broken/templates/page.html:2:4: error: template error: no page here",
    );
}

#[test]
fn check_renders_like_build_unknown_template() {
    build_and_check_agree(
        |s| {
            s.write(
                "content/arbeit/nur-deutsch.md",
                "+++\ntitle = \"Nur Deutsch\"\ntemplate = \"nope.html\"\n+++\nText.\n",
            )
        },
        "content/arbeit/nur-deutsch.md:3:12: error: the template `nope.html` does not exist",
    );
}
#[test]
fn check_renders_like_build_foreign_resource() {
    build_and_check_agree(
        |s| {
            s.write(
                "content/arbeit/nur-deutsch.md",
                "+++\ntitle = \"Nur Deutsch\"\n+++\n<img alt=\"a>b\" src=\"https://tracker.example/p.gif\">\n",
            )
        },
        "content/arbeit/nur-deutsch.md:4:21: error: the page would make readers' browsers load `<img> https://tracker.example/p.gif` from another server",
    );
}

#[test]
fn a_last_reviewed_date_in_the_future_is_a_warning_at_its_line() {
    let site = fixture("basic");
    let page = site.read("content/arbeit/visum.en.md");
    site.write(
        "content/arbeit/visum.en.md",
        page.replace("last_reviewed = 2026-11-05", "last_reviewed = 2962-11-05"),
    );
    // `--today` moves review deadlines, not the calendar: the date is compared with the real one.
    let run = site.run_in(&["check", "--today", "2026-11-25", "--format", "json"]);
    let future = findings_where(&run.stdout, |message| {
        message.contains("lies in the future")
    });
    assert_eq!(future.len(), 1, "{}", run.stdout);
    assert_eq!(future[0]["path"], "content/arbeit/visum.en.md");
    assert_eq!(future[0]["line"], 5);
    assert_eq!(future[0]["severity"], "warning");
    assert!(
        future[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("`last_reviewed = 2962-11-05` lies in the future (today is "),
        "{}",
        future[0]["message"]
    );
}

#[test]
fn a_topic_without_a_name_in_a_language_is_a_warning_at_its_table() {
    let site = fixture("basic");
    let config = site.read("config.toml");
    site.write("config.toml", config.replace("ar = \"العمل\"\n", ""));
    let line = config.lines().position(|l| l == "[topics.work]").unwrap() + 1;
    let run = site.run_in(&["check", "--format", "json"]);
    let found = findings_where(&run.stdout, |message| message.starts_with("topic "));
    assert_eq!(found.len(), 1, "{}", run.stdout);
    let topic = &found[0];
    assert_eq!(topic["path"], "config.toml");
    assert_eq!(topic["line"], line);
    assert_eq!(topic["severity"], "warning");
    assert_eq!(
        topic["message"],
        "topic `work` has no name in ar: shown in Deutsch there"
    );
    assert_eq!(topic["hint"], "add e.g. `ar = \"…\"` under `[topics.work]`");
}

/// The findings of the JSON report `stdout` whose message `matches`.
fn findings_where(stdout: &str, matches: impl Fn(&str) -> bool) -> Vec<serde_json::Value> {
    let report: serde_json::Value = serde_json::from_str(stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    findings
        .iter()
        .filter(|f| matches(f["message"].as_str().unwrap()))
        .cloned()
        .collect()
}
