//! Every mistake an editor can make in the basic fixture site: the exact message with file,
//! line and hint, exit code 1, and neither the sources nor the previous output changed.

mod common;

use common::{Site, fixture};

/// Builds the intact site, applies `break_it`, builds again and checks that the second build
/// fails with exactly `expected` (the diagnostic lines, without the closing line) and leaves
/// sources and output as they were. Returns the site for further checks.
fn fails_with(break_it: impl FnOnce(&Site), expected: &[&str]) -> Site {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let output_before = common::tree(&site.out());
    break_it(&site);
    let sources_before = site.snapshot();
    let run = site.build(&[]);
    assert_eq!(
        run.code, 1,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    let mut lines: Vec<&str> = run.stderr.lines().collect();
    let last = lines.pop().unwrap_or_default();
    assert!(last.starts_with("error: build failed with "), "{last}");
    assert!(last.ends_with("nothing was written"), "{last}");
    assert_eq!(lines, expected, "\nfull stderr:\n{}", run.stderr);
    assert_eq!(site.snapshot(), sources_before, "sources must not change");
    assert_eq!(
        common::tree(&site.out()),
        output_before,
        "previous output must stay"
    );
    assert!(run.stdout.is_empty(), "no summary on failure");
    site
}

#[test]
fn misspelt_front_matter_key() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/visum.md",
                "+++\ntitle = \"Visum\"\n\ntilte = \"x\"\n+++\nText\n",
            )
        },
        &[
            "content/arbeit/visum.md:4:1: error: unknown key `tilte`",
            "  hint: did you mean `title`?",
        ],
    );
}

#[test]
fn front_matter_without_quotes_on_a_crlf_file() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/visum.md",
                "+++\r\ntitle = \"Visum\"\r\ndescription = Ein Visum\r\n+++\r\n",
            )
        },
        &[
            "content/arbeit/visum.md:3:15: error: string values must be quoted, expected literal string",
        ],
    );
}

#[test]
fn invalid_config_values() {
    fails_with(
        |s| {
            let config = std::fs::read_to_string(s.root.join("config.toml")).unwrap();
            s.write(
                "config.toml",
                config
                    .replace("https://example.org/", "example.org")
                    .replace("[languages.en]", "[languages.English]"),
            );
        },
        &[
            "config.toml:1:12: error: `base_url` is not a URL: relative URL without a base",
            "  hint: write an absolute address such as `https://www.example.org/`",
            "config.toml:9:12: error: `English` is not a valid language code",
            "  hint: use a BCP 47 language tag such as `de`, `uk`, `ar` or `pt-BR`",
            "config.toml:19:1: error: topic `work` is named in `en`, which is not a configured language",
        ],
    );
}

#[test]
fn missing_config() {
    let site = fixture("basic");
    std::fs::remove_file(site.root.join("config.toml")).unwrap();
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    let root = site.root.canonicalize().unwrap();
    assert_eq!(
        run.stderr,
        format!(
            "config.toml: error: the site has no config.toml\n  hint: run wegweiser in the site's folder or pass `--root DIR`, or start a site here with `wegweiser new site`; looked in `{}`\nerror: build failed with 1 error; nothing was written\n",
            root.display()
        )
    );
    assert!(!site.out().exists());
}

#[test]
fn missing_content_folder_is_one_error() {
    let site = fixture("basic");
    std::fs::remove_dir_all(site.root.join("content")).unwrap();
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "content: error: the site has no `content/` folder\n  hint: create the folder `content/` next to config.toml and write the pages in it, e.g. `content/_index.md` for the home page\nerror: build failed with 1 error; nothing was written\n"
    );
}

#[test]
fn unresolvable_internal_link() {
    fails_with(
        |s| {
            s.write("content/arbeit/visum.en.md", "+++\ntitle = \"Visa\"\nslug = \"visa\"\n+++\nFirst line.\n\nSee [this](@/arbeit/gibtsnicht.md).\n")
        },
        &[
            "content/arbeit/visum.en.md:7:5: error: the internal link `@/arbeit/gibtsnicht.md` points to no page",
            "  hint: write the path of a file below `content/`, with its extension (`@/folder/page.md`), or a folder for its section (`@/folder/`)",
        ],
    );
}

#[test]
fn misspelt_names_get_the_nearest_existing_one() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/visum.en.md",
                "+++\ntitle = \"Visa\"\nslug = \"visa\"\n+++\nSee [this](@/arbeit/vism.md#top).\n",
            );
            s.write(
                "content/arbeit/anmeldung.md",
                "+++\ntitle = \"Anmeldung\"\ntemplate = \"pages.html\"\n+++\n",
            );
        },
        &[
            "content/arbeit/anmeldung.md:3:12: error: the template `pages.html` does not exist",
            "  hint: did you mean `page.html`?",
            "content/arbeit/visum.en.md:5:5: error: the internal link `@/arbeit/vism.md#top` points to no page",
            "  hint: did you mean `@/arbeit/visum.md`?",
        ],
    );
}

#[test]
fn a_file_named_with_a_longer_language_code_gets_the_configured_one() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/nur-deutsch.eng.md",
                "+++\ntitle = \"Only German\"\n+++\n",
            )
        },
        &[
            "content/arbeit/nur-deutsch.eng.md: error: the language `eng` of this file is not configured",
            "  hint: did you mean `nur-deutsch.en.md`?",
        ],
    );
}

#[test]
fn common_value_mistakes_get_the_value_as_it_should_be_written() {
    let cases = [
        (
            "last_reviewed = 25.11.2026",
            "content/arbeit/visum.md:3:22: error: invalid float, expected nothing",
            "  hint: write dates as year-month-day, without quotes: `last_reviewed = 2026-11-25`",
        ),
        (
            "last_reviewed = 2026/11/25",
            "content/arbeit/visum.md:3:17: error: string values must be quoted, expected literal string",
            "  hint: write dates as year-month-day, without quotes: `last_reviewed = 2026-11-25`",
        ),
        (
            "last_reviewed = \"25.11.2026\"",
            "content/arbeit/visum.md:3:17: error: `last_reviewed` is not a date",
            "  hint: write the date as `last_reviewed = 2026-11-25` (year-month-day)",
        ),
        (
            "weight = thirty",
            "content/arbeit/visum.md:3:10: error: invalid boolean, expected `true`",
            "  hint: text needs quotes: `weight = \"thirty\"`; numbers are written in digits and `true`/`false` without quotes",
        ),
        (
            "weight = \"30\"",
            "content/arbeit/visum.md:3:10: error: invalid type: string \"30\", expected i64",
            "  hint: write numbers without quotes: `weight = 30`",
        ),
        (
            "draft = 1",
            "content/arbeit/visum.md:3:9: error: invalid type: integer `1`, expected a boolean",
            "  hint: write `true` or `false`, without quotes: `draft = true`",
        ),
        (
            "draft = nein",
            "content/arbeit/visum.md:3:9: error: invalid float, expected `nan`",
            "  hint: write `true` or `false`, without quotes: `draft = false`",
        ),
    ];
    for (line, error, hint) in cases {
        fails_with(
            |s| {
                s.write(
                    "content/arbeit/visum.md",
                    format!("+++\ntitle = \"Visum\"\n{line}\n+++\nText\n"),
                )
            },
            &[error, hint],
        );
    }
}

#[test]
fn two_pages_claim_one_url() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/zweites-visum.md",
                "+++\ntitle = \"Noch ein Visum\"\nslug = \"visum\"\n+++\n",
            )
        },
        &[
            "content/arbeit/zweites-visum.md: error: this file and `content/arbeit/visum.md` both want the URL `/de/arbeiten/visum/`",
            "  hint: give one of them another `slug` or file name",
        ],
    );
}

#[test]
fn two_files_are_the_same_translation() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/visum.de.md",
                "+++\ntitle = \"Doppelt\"\n+++\n",
            )
        },
        &[
            "content/arbeit/visum.md: error: this file and `content/arbeit/visum.de.md` are both the `de` version of the same page",
            "  hint: give one of them another name or another `translation_key`",
        ],
    );
}

#[test]
fn unknown_topic_and_bad_slug_in_one_run() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/visum.md",
                "+++\ntitle = \"Visum\"\ntopics = [\"work\", \"wrok\"]\n+++\n",
            );
            s.write(
                "content/arbeit/nur-deutsch.md",
                "+++\ntitle = \"X\"\nslug = \"../../etc\"\n+++\n",
            );
        },
        &[
            "content/arbeit/nur-deutsch.md:3:8: error: the slug `../../etc` is not a single URL segment",
            "  hint: use letters, digits and `-`, e.g. `slug = \"etc\"`",
            "content/arbeit/visum.md:3:19: error: unknown topic `wrok`",
            "  hint: did you mean `work`?",
        ],
    );
}

#[test]
fn file_in_unconfigured_language() {
    fails_with(
        |s| s.write("content/arbeit/visum.fr.md", "+++\ntitle = \"Visa\"\n+++\n"),
        &[
            "content/arbeit/visum.fr.md: error: the language `fr` of this file is not configured",
            "  hint: add `[languages.fr]` to config.toml, or rename the file; configured: de, en, ar",
        ],
    );
}

#[test]
fn invalid_utf8_names_the_line() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/visum.md",
                b"+++\ntitle = \"Visum\"\n+++\nGr\xfc\xdfe\n".as_slice(),
            )
        },
        &[
            "content/arbeit/visum.md:4: error: the file is not valid UTF-8 text",
            "  hint: save the file with the encoding \"UTF-8\" in your editor",
        ],
    );
}

#[test]
fn page_in_a_folder_without_section() {
    fails_with(
        |s| s.write("content/leben/wohnen.md", "+++\ntitle = \"Wohnen\"\n+++\n"),
        &[
            "content/leben/wohnen.md: error: this file lies in a folder without a section file `content/leben/_index.md`",
            "  hint: create `content/leben/_index.md` with `+++`, `title = \"…\"` and `+++`",
        ],
    );
}

#[test]
fn empty_file_and_yaml_front_matter() {
    fails_with(
        |s| {
            s.write("content/arbeit/leer.md", "");
            s.write("content/arbeit/hugo.md", "---\ntitle: Hugo\n---\n");
        },
        &[
            "content/arbeit/hugo.md:1:1: error: the file does not start with front matter",
            "  hint: YAML front matter (`---`) is not supported: write TOML between two `+++` lines",
            "content/arbeit/leer.md:1:1: error: the file is empty",
            "  hint: a page starts with a line `+++`, then TOML such as `title = \"…\"`, then a line `+++`",
        ],
    );
}

#[test]
fn markdown_file_with_upper_case_extension() {
    fails_with(
        |s| s.write("content/arbeit/Neu.MD", "+++\ntitle = \"Neu\"\n+++\n"),
        &[
            "content/arbeit/Neu.MD: error: Markdown files must end in `.md` (lower case)",
            "  hint: rename the file to `Neu.md`",
        ],
    );
}

#[cfg(unix)]
#[test]
fn file_name_that_is_not_unicode() {
    use std::os::unix::ffi::OsStrExt;
    fails_with(
        |s| {
            let name = std::ffi::OsStr::from_bytes(b"caf\xe9.md");
            std::fs::write(s.root.join("content/arbeit").join(name), "+++\n+++\n").unwrap();
        },
        &[
            "content/arbeit/caf\u{FFFD}.md: error: the file name is not valid Unicode",
            "  hint: rename the file using letters, digits and `-`",
        ],
    );
}

#[test]
fn language_table_without_title() {
    fails_with(
        |s| {
            let config = std::fs::read_to_string(s.root.join("config.toml")).unwrap();
            s.write(
                "config.toml",
                config.replace("title = \"Test portal\"\n", ""),
            );
        },
        &["config.toml:9:1: error: missing field `title`"],
    );
}

#[test]
fn search_switch_written_as_text() {
    fails_with(
        |s| {
            let config = std::fs::read_to_string(s.root.join("config.toml")).unwrap();
            s.write(
                "config.toml",
                config.replace("search = true", "search = \"ja\""),
            );
        },
        &[
            "config.toml:3:10: error: invalid type: string \"ja\", expected a boolean",
            "  hint: write `true` or `false`, without quotes: `search = true`",
        ],
    );
}

#[test]
fn theme_that_does_not_exist() {
    fails_with(
        |s| {
            let config = std::fs::read_to_string(s.root.join("config.toml")).unwrap();
            s.write("config.toml", format!("theme = \"portal\"\n{config}"));
        },
        &[
            "config.toml:1:1: error: the theme `portal` does not exist",
            "  hint: create `themes/portal/` or remove `theme` to use the built-in theme",
        ],
    );
}

#[test]
fn footer_names_a_missing_page() {
    fails_with(
        |s| {
            let config = std::fs::read_to_string(s.root.join("config.toml")).unwrap();
            s.write(
                "config.toml",
                format!("footer = [\"legal/impressum.md\"]\n{config}"),
            );
        },
        &[
            "config.toml:1:1: error: `footer` names `legal/impressum.md`, which is not a file under `content/`",
            "  hint: write the path below `content/`, e.g. `legal/imprint.md`",
        ],
    );
}

#[test]
fn a_fluent_message_defined_twice() {
    fails_with(
        |s| {
            s.write(
                "i18n/en.ftl",
                "footer-text = Fine\n\nnav-home = Home\nfooter-text = Finer\n",
            )
        },
        &[
            "i18n/en.ftl:4:1: error: the message `footer-text` is defined a second time",
            "  hint: it is defined on line 1 already; keep one of the two",
        ],
    );
}

#[test]
fn a_fluent_file_of_no_configured_language_is_a_warning() {
    let site = fixture("basic");
    site.write("i18n/fr.ftl", "footer-text = Bien\n");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "i18n/fr.ftl: warning: no language `fr` is configured: the file is not used\n  \
         hint: name it after a language of config.toml (de, en, ar), or add `[languages.fr]` there\n"
    );
}

#[test]
fn fluent_syntax_error() {
    fails_with(
        |s| s.write("i18n/en.ftl", "footer-text = Fine\n\nthis line is broken\n"),
        &[
            "i18n/en.ftl:3:6: error: Fluent syntax error: Expected a token starting with \"=\"",
            "  hint: a message is `key = text`; continuation lines are indented",
        ],
    );
}

#[test]
fn template_syntax_error_names_the_theme_file() {
    fails_with(
        |s| {
            s.write("themes/default/templates/page.html", "{% extends \"base.html\" %}\n{% block content %}\n{{ page.title \n{% endblock content %}\n")
        },
        &[
            "themes/default/templates/page.html:4:1: error: template error: Found `{` but expected }}.",
        ],
    );
}

#[test]
fn missing_template() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/visum.md",
                "+++\ntitle = \"Visum\"\ntemplate = \"gibtsnicht.html\"\n+++\n",
            )
        },
        &[
            "content/arbeit/visum.md:3:12: error: the template `gibtsnicht.html` does not exist",
            "  hint: create `themes/default/templates/gibtsnicht.html` or remove `template`",
        ],
    );
}

#[test]
fn output_folder_must_not_hold_or_sit_in_the_sources() {
    let site = fixture("basic");
    let before = site.snapshot();
    for out in [".", "..", "content/public", "i18n"] {
        let run = site.build(&["--out", out]);
        assert_eq!(run.code, 1, "--out {out}");
        assert!(
            run.stderr.contains("error: the output folder"),
            "--out {out}: {}",
            run.stderr
        );
    }
    std::fs::create_dir_all(site.root.join("notes")).unwrap();
    site.write("notes/todo.txt", "important");
    let run = site.build(&["--out", "notes"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("is not empty and holds no earlier build"),
        "{}",
        run.stderr
    );
    let mut after = site.snapshot();
    assert_eq!(
        after
            .remove(std::path::Path::new("notes/todo.txt"))
            .unwrap(),
        b"important"
    );
    assert_eq!(after, before);
}

#[test]
fn no_panic_on_hostile_input() {
    let site = fixture("basic");
    let deep_quote = ">".repeat(20_000);
    let deep_list: String = (0..2_000)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect();
    let huge = "Wort ".repeat(2_000_000);
    site.write(
        "content/arbeit/tief.md",
        format!("+++\ntitle = \"Tief\"\n+++\n{deep_quote} x\n\n{deep_list}\n"),
    );
    site.write(
        "content/arbeit/gross.md",
        format!("+++\ntitle = \"Groß\"\n+++\n{huge}\n"),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    site.write(
        "content/arbeit/toml.md",
        format!(
            "+++\ntitle = \"T\"\n[extra]\na = {}{}\n+++\n",
            "[".repeat(5_000),
            "]".repeat(5_000)
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("content/arbeit/toml.md:4:"),
        "{}",
        run.stderr
    );
    std::fs::remove_file(site.root.join("content/arbeit/toml.md")).unwrap();

    site.write(
        "content/arbeit/binär.md",
        [0u8, 159, 146, 150, 0, 255].as_slice(),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("content/arbeit/binär.md:1: error: the file is not valid UTF-8 text")
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_not_followed() {
    let site = fixture("basic");
    std::os::unix::fs::symlink(
        site.root.join("content"),
        site.root.join("content/arbeit/loop"),
    )
    .unwrap();
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/arbeit/loop: warning: symbolic link ignored"),
        "{}",
        run.stderr
    );
}

#[test]
fn hot_linked_image_in_markdown_fails_the_build() {
    fails_with(
        |s| {
            s.write(
                "content/arbeit/visum.md",
                "+++\ntitle = \"Visum\"\n+++\n![Logo](https://cdn.example.org/logo.png)\n",
            )
        },
        &[
            "content/arbeit/visum.md:4:9: error: the page would make readers' browsers load `<img> https://cdn.example.org/logo.png` from another server",
            "  hint: copy the file into `static/` or beside the page and link it by its path; 1 foreign load(s) in all",
        ],
    );
}

#[test]
fn hot_linked_image_in_a_translation_is_put_down_to_it_alone() {
    // Its page and its print version (beside the original) report the same error once.
    fails_with(
        |s| {
            s.write(
                "content/arbeit/visum.en.md",
                "+++\ntitle = \"Visa\"\nslug = \"visa\"\n+++\n![Logo](https://cdn.example.org/logo.png)\n\n![Map](https://maps.example.org/tile.png)\n",
            )
        },
        &[
            "content/arbeit/visum.en.md:5:9: error: the page would make readers' browsers load `<img> https://cdn.example.org/logo.png` from another server",
            "  hint: copy the file into `static/` or beside the page and link it by its path; 2 foreign load(s) in all",
        ],
    );
}

#[test]
fn template_with_a_cdn_script_or_web_font_fails_the_build() {
    fails_with(
        |s| {
            s.write(
                "themes/default/templates/404.html",
                "<html><head><script src=\"https://cdn.example.org/x.js\"></script></head><body></body></html>",
            );
            s.write(
                "themes/default/static/style.css",
                "@import url(\"https://fonts.example.org/css?family=Roboto\");\n",
            );
        },
        &[
            "themes/default/static/style.css: error: the stylesheet would load `https://fonts.example.org/css?family=Roboto` from another server",
            "  hint: put fonts and images into the theme's `static/` folder and refer to them by path",
        ],
    );
    fails_with(
        |s| {
            s.write(
                "themes/default/templates/404.html",
                "<html><head><script src=\"https://cdn.example.org/x.js\"></script></head><body></body></html>",
            )
        },
        &[
            "themes/default/templates/404.html:1:26: error: the page would make readers' browsers load `<script> https://cdn.example.org/x.js` from another server",
            "  hint: copy the file into `static/` or beside the page and link it by its path; 1 foreign load(s) in all",
        ],
    );
}

#[test]
fn a_cdn_script_in_the_base_template_is_one_error_at_its_line() {
    // Every page extends base.html, and each would load the script: the error names the
    // template where it is written, once, not every page's Markdown file.
    let base = include_str!("../themes/default/templates/base.html");
    let line = base.lines().position(|l| l.contains("</head>")).unwrap() + 1;
    let broken = base.replacen(
        "</head>",
        "<script src=\"https://cdn.example.org/x.js\"></script></head>",
        1,
    );
    let col = broken
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("https://")
        .unwrap()
        + 1;
    let expected = format!(
        "themes/default/templates/base.html:{line}:{col}: error: the page would make readers' browsers load `<script> https://cdn.example.org/x.js` from another server"
    );
    fails_with(
        |s| s.write("themes/default/templates/base.html", &broken),
        &[
            expected.as_str(),
            "  hint: copy the file into `static/` or beside the page and link it by its path; 1 foreign load(s) in all",
        ],
    );
}

/// A full disk: the build is run in a private mount namespace (`unshare`) on a tmpfs of 2 MB,
/// which the first build fits and a filler file then fills.
#[test]
fn a_full_disk_is_one_error_and_the_previous_output_stays() {
    let site = fixture("basic");
    let disk = tempfile::tempdir().unwrap();
    let disk = disk.path().display();
    let bin = env!("CARGO_BIN_EXE_wegweiser");
    let script = format!(
        "set -u
         mount -t tmpfs -o size=2m tmpfs {disk} || exit 90
         {bin} build --quiet --out {disk}/public || exit 91
         before=$(cat {disk}/public/de/index.html | sha256sum)
         dd if=/dev/zero of={disk}/filler bs=64k 2>/dev/null
         printf 'Changed.\\n' >> content/_index.md
         {bin} build --out {disk}/public 2>&1
         echo \"exit $?\"
         after=$(cat {disk}/public/de/index.html | sha256sum)
         [ \"$before\" = \"$after\" ] && echo 'previous output intact'
         ls -A {disk}"
    );
    let run = std::process::Command::new("unshare")
        .args(["--map-root-user", "--mount", "sh", "-c", &script])
        .current_dir(&site.root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 7, "{stdout}");
    let (count, rest) = lines[0]
        .strip_prefix(&format!("{disk}/public/"))
        .and_then(|l| l.split_once(": error: "))
        .and_then(|(_, message)| message.split_once(" files could not be written: "))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(count.parse::<usize>().unwrap() > 1, "{stdout}");
    assert_eq!(rest, "No space left on device (os error 28)");
    let hint = lines[1]
        .strip_prefix("  hint: the site needs at least ")
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        hint.ends_with(&format!(
            " MB: free space in {disk} or build elsewhere with `--out`; the previous output in {disk}/public is unchanged"
        )),
        "{hint}"
    );
    assert_eq!(
        lines[2..],
        [
            "error: build failed with 1 error; nothing was written",
            "exit 1",
            "previous output intact",
            "filler",
            "public"
        ]
    );
}

#[test]
fn build_fails_on_a_broken_anchor_and_a_link_to_no_page_as_check_does() {
    let site = fails_with(
        |s| {
            s.write(
                "content/arbeit/anmeldung.md",
                "+++\ntitle = \"Anmeldung\"\n+++\nSiehe [Visum](@/arbeit/visum.md#kostn) und [alt](/de/gibtsnicht/).\n",
            )
        },
        &[
            "content/arbeit/anmeldung.md:4:7: error: the anchor `#kostn` of `@/arbeit/visum.md#kostn` is not a heading of that page",
            "  hint: did you mean `#kosten`?",
            "content/arbeit/anmeldung.md:4:44: error: the link `/de/gibtsnicht/` points to no page of the site",
            "  hint: prefer internal links to files: `@/section/page.md`, which follow slugs and languages",
        ],
    );
    let check = site.run_in(&["check"]);
    for line in [
        "4:7: error: the anchor `#kostn` of `@/arbeit/visum.md#kostn` is not a heading of that page",
        "4:44: error: the link `/de/gibtsnicht/` points to no page of the site",
    ] {
        assert!(check.stdout.contains(line), "{}", check.stdout);
    }
}
