//! `wegweiser new`: a new site builds at once; a new page has draft stubs for its translations
//! and never overwrites; a new partner file tells the editor what to fill in.

mod common;

use std::path::Path;

#[test]
fn new_site_builds_and_new_page_adds_draft_stubs() {
    let dir = tempfile::tempdir().unwrap();
    let run = common::run(dir.path(), &["new", "--root", "portal", "site"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "created config.toml\ncreated content/_index.md\ncreated content/_index.en.md\n\
         created content/arbeit/_index.md\ncreated content/arbeit/_index.en.md\n\
         next: `wegweiser --root portal serve` shows the site at http://127.0.0.1:1111/ while you edit; \
         `wegweiser --root portal new page arbeit/erste-seite` adds a page\n"
    );
    let root = dir.path().join("portal");
    let build = common::run(&root, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(
        build
            .stdout
            .starts_with("Built 4 pages in 2 languages (de 2, en 2)")
    );
    let check = common::run(&root, &["check", "--strict"]);
    assert_eq!(check.code, 0, "{}", check.stdout);

    let run = common::run(&root, &["new", "page", "arbeit/blaue-karte"]);
    assert_eq!(
        run.stdout,
        "created content/arbeit/blaue-karte.md\ncreated content/arbeit/blaue-karte.en.md\n\
         next: write the title and text in content/arbeit/blaue-karte.md, then delete its \
         `draft = true` line; `wegweiser serve --drafts` shows drafts while you write\n"
    );
    for file in ["blaue-karte.md", "blaue-karte.en.md"] {
        let text = std::fs::read_to_string(root.join("content/arbeit").join(file)).unwrap();
        assert!(text.contains("\ntitle = \"blaue-karte\"\n"), "{text}");
        assert!(text.contains("\ndraft = true\n"), "{text}");
    }
    assert_eq!(
        common::run(&root, &["build"]).stdout.split(" in 0").next(),
        Some("Built 4 pages in 2 languages (de 2, en 2)"),
        "nothing of the new page is published before an editor writes it"
    );
    let original = root.join("content/arbeit/blaue-karte.md");
    let text = std::fs::read_to_string(&original).unwrap();
    std::fs::write(&original, text.replace("\ndraft = true\n", "\n")).unwrap();
    let build = common::run(&root, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(
        build.stdout.contains("en 3 (1 untranslated)"),
        "the stub is a draft: {}",
        build.stdout
    );
    let check = common::run(&root, &["check"]);
    assert!(
        check.stdout.contains(
            "content/arbeit/blaue-karte.md\n  warning: not translated into English (`en`)\n    hint: translate the draft `content/arbeit/blaue-karte.en.md`, then delete its `draft = true` line\n"
        ),
        "{}",
        check.stdout
    );

    let before = common::tree(&root);
    let again = common::run(&root, &["new", "page", "arbeit/blaue-karte"]);
    assert_eq!(again.code, 1);
    assert_eq!(
        again.stderr,
        "content/arbeit/blaue-karte.md: error: the file exists already; nothing was written\n  hint: choose another name, or edit the existing file\n"
    );
    assert_eq!(common::tree(&root), before);
}

#[test]
fn new_page_needs_an_existing_section_and_a_plain_name() {
    let site = common::fixture("basic");
    let run = site.run_in(&["new", "page", "leben/wohnen"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "content/leben/_index.md: error: the section `leben` does not exist\n  hint: create the section first: a folder under `content/` with an `_index.md`\n"
    );
    let run = site.run_in(&["new", "page", "arbeit/Neue Seite"]);
    assert_eq!(
        run.stderr,
        "arbeit/Neue Seite: error: `Neue Seite` cannot be a page name\n  hint: use lower-case letters, digits and `-`, e.g. `neue-seite`\n"
    );
}

#[test]
fn new_partner_file_lists_every_field_and_asks_for_the_facts() {
    let site = common::fixture("directory");
    let run = site.run_in(&["new", "partner", "neue-stelle"]);
    assert_eq!(
        run.stdout,
        "created content/partners/neue-stelle.toml\nnext: fill in content/partners/neue-stelle.toml \
         from the organisation's own pages; `wegweiser check` says what is still missing\n"
    );
    let text =
        std::fs::read_to_string(site.root.join("content/partners/neue-stelle.toml")).unwrap();
    for field in [
        "name",
        "kind",
        "topics",
        "cities",
        "languages",
        "website",
        "email",
        "phone",
        "last_reviewed",
        "sources",
        "[summary]",
        "[services]",
        "[[locations]]",
        "opening_hours",
    ] {
        assert!(text.contains(field), "{field}");
    }
    let build = site.build(&[]);
    assert_eq!(build.code, 1);
    let lines: Vec<&str> = build
        .stderr
        .lines()
        .filter(|l| !l.starts_with("  hint"))
        .collect();
    assert_eq!(
        lines,
        [
            "content/partners/neue-stelle.toml:3:8: error: the `name` is empty",
            "content/partners/neue-stelle.toml:6:10: error: a partner needs at least one topic",
            "content/partners/neue-stelle.toml:13:17: error: a partner needs at least one source",
            "content/partners/neue-stelle.toml:16:1: error: the summary in the default language `de` is missing",
            "error: build failed with 4 errors; nothing was written",
        ]
    );
    assert!(!Path::new(&site.root.join("public/de/partner/neue-stelle")).exists());
}

#[test]
fn root_goes_before_or_after_any_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let run = common::run(dir.path(), &["new", "site", "--root", "after"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.path().join("after/config.toml").is_file());
    assert_eq!(
        common::run(dir.path(), &["--root", "before", "new", "site"]).code,
        0
    );
    assert!(dir.path().join("before/config.toml").is_file());
    for args in [
        &["--root", "after", "build", "--quiet"][..],
        &["-q", "build", "--root", "before"],
        &["--quiet", "--root", "after", "check"],
        &["check", "-q", "--root", "before"],
    ] {
        let run = common::run(dir.path(), args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{args:?} is quiet");
    }
    assert!(dir.path().join("after/public/index.html").is_file());
    assert!(dir.path().join("before/public/index.html").is_file());
    let quiet = common::run(
        dir.path(),
        &["new", "page", "arbeit/seite", "--root", "after", "-q"],
    );
    assert_eq!((quiet.code, quiet.stdout.as_str()), (0, ""));
}

#[test]
fn every_subcommand_help_shows_root_quiet_and_an_example() {
    for command in [
        &["build"][..],
        &["check"],
        &["serve"],
        &["translations"],
        &["new"],
        &["new", "site"],
        &["new", "page"],
        &["new", "language"],
        &["new", "partner"],
    ] {
        let mut args = command.to_vec();
        args.push("--help");
        let help = common::run(Path::new("."), &args);
        assert_eq!(help.code, 0, "{command:?}");
        for wanted in ["--root <DIR>", "--quiet", "Example", "\n  wegweiser "] {
            assert!(
                help.stdout.contains(wanted),
                "{command:?} lacks {wanted}: {}",
                help.stdout
            );
        }
    }
}

#[test]
fn new_language_adds_its_table_and_a_template_of_every_ui_string() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    assert_eq!(
        common::run(dir.path(), &["new", "site", "--root", "site"]).code,
        0
    );
    let run = common::run(&root, &["new", "language", "pl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "created config.toml\ncreated i18n/pl.ftl\nnext: translate the site's title in config.toml \
         and the UI strings in i18n/pl.ftl, then the pages (`visa.pl.md` beside `visa.md`); \
         `wegweiser check` says what is still missing\n"
    );
    let config = std::fs::read_to_string(root.join("config.toml")).unwrap();
    assert!(
        config.contains(
            "title = \"My portal\"\n\n[languages.pl]\nname = \"Polski\"\n# The site's title in Polski: translate it from Deutsch.\ntitle = \"Mein Portal\"\n\n[topics.work]"
        ),
        "{config}"
    );
    let template = std::fs::read_to_string(root.join("i18n/pl.ftl")).unwrap();
    assert!(template.contains("\n# home = Startseite\n"), "{template}");
    let templated = template
        .lines()
        .filter_map(|l| l.strip_prefix("# ")?.split_once(" ="))
        .filter(|(key, _)| {
            key.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .count();

    let build = common::run(&root, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert_eq!(
        build.stderr,
        format!(
            "i18n/pl.ftl: warning: {templated} UI strings are missing in `pl` and shown in Deutsch; `wegweiser check` lists them\n  hint: translate them in i18n/pl.ftl\n"
        ),
        "one warning, and the template holds every missing string"
    );
    let page = std::fs::read_to_string(root.join("public/pl/index.html")).unwrap();
    assert!(page.contains("<html lang=\"pl\" dir=\"ltr\""), "{page}");

    let translated = template.replacen("# home = Startseite", "home = Strona główna", 1);
    std::fs::write(root.join("i18n/pl.ftl"), translated).unwrap();
    let check = common::run(&root, &["check"]);
    assert!(
        check.stdout.contains(&format!(
            "i18n/pl.ftl\n  warning: {} UI strings are missing in `pl` and shown in Deutsch: browse-by-city,",
            templated - 1
        )),
        "{}",
        check.stdout
    );
    assert!(!check.stdout.contains(", home,"));

    let again = common::run(&root, &["new", "language", "pl"]);
    assert_eq!(
        again.stderr,
        "i18n/pl.ftl: error: the file exists already; nothing was written\n  hint: translate the UI strings in it; `check` lists those still missing\n"
    );
}

#[test]
fn new_language_derives_the_direction_and_refuses_a_bad_code() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    assert_eq!(
        common::run(dir.path(), &["new", "site", "--root", "site"]).code,
        0
    );
    assert_eq!(common::run(&root, &["new", "language", "fa"]).code, 0);
    let config = std::fs::read_to_string(root.join("config.toml")).unwrap();
    assert!(
        config.contains("[languages.fa]\nname = \"فارسی\"\n"),
        "{config}"
    );
    assert_eq!(common::run(&root, &["build"]).code, 0);
    let page = std::fs::read_to_string(root.join("public/fa/index.html")).unwrap();
    assert!(page.contains("<html lang=\"fa\" dir=\"rtl\""), "{page}");
    let before = common::tree(&root);
    let bad = common::run(&root, &["new", "language", "Russian"]);
    assert_eq!(bad.code, 1);
    assert_eq!(
        bad.stderr,
        "config.toml: error: `Russian` is not a valid language code\n  hint: use a BCP 47 language tag such as `de`, `uk`, `ar` or `pt-BR`\n"
    );
    assert_eq!(common::tree(&root), before);
}
