//! Property tests (proptest): front-matter splitting round-trips and never panics, slugs and
//! anchors keep their shape, a slug can never name a path outside its folder, link resolution
//! never panics or escapes, and the output writer refuses every path that would leave the
//! output folder.

use proptest::prelude::*;
use std::path::{Component, Path};
use wegweiser::load::front_matter;
use wegweiser::output::{File, Sink};
use wegweiser::slug;

/// A TOML basic string holding `text`.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn front_matter_round_trips_with_lf_and_crlf(
        title in "\\PC{1,40}",
        body in "\\PC{0,200}",
        crlf in any::<bool>(),
    ) {
        prop_assume!(!title.trim().is_empty());
        prop_assume!(!body.lines().any(|l| l.trim_end() == "+++"));
        let newline = if crlf { "\r\n" } else { "\n" };
        let text = format!("+++{newline}title = {}{newline}+++{newline}{body}", toml_string(&title));
        let document = front_matter::parse(Path::new("p.md"), &text).unwrap();
        prop_assert_eq!(document.meta.title, title.trim());
        prop_assert_eq!(document.body.text().unwrap(), body);
    }

    #[test]
    fn parsing_any_text_never_panics(text in "\\PC{0,300}") {
        let _ = front_matter::parse(Path::new("p.md"), &text);
        let _ = front_matter::parse(Path::new("p.md"), &format!("+++\n{text}\n+++\n"));
    }

    #[test]
    fn slugify_gives_a_clean_segment(text in "\\PC{0,60}") {
        let s = slug::slugify(&text);
        prop_assert!(s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'), "{}", s);
        prop_assert!(!s.starts_with('-') && !s.ends_with('-') && !s.contains("--"), "{}", s);
        if !s.is_empty() {
            prop_assert!(slug::check(&s).is_ok());
            prop_assert_eq!(slug::slugify(&s), s.clone(), "slugify is idempotent");
        }
    }

    #[test]
    fn an_accepted_slug_is_exactly_one_path_segment(text in "\\PC{0,30}") {
        if let Ok(s) = slug::check(&text) {
            let components: Vec<Component> = Path::new(&s).components().collect();
            prop_assert_eq!(components.len(), 1, "{}", s);
            prop_assert!(matches!(components[0], Component::Normal(_)), "{}", s);
        }
    }

    #[test]
    fn anchors_have_no_spaces_or_loose_dashes(text in "\\PC{0,60}") {
        let a = slug::anchor(&text);
        prop_assert!(!a.chars().any(char::is_whitespace));
        prop_assert!(!a.starts_with('-') && !a.ends_with('-'));
    }
}

#[test]
fn link_resolution_never_panics_or_leaves_the_site() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic");
    let site = wegweiser::site::load(&root, None, false).unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(500));
    let targets = prop_oneof![
        "\\PC{0,40}",
        "(\\.\\./|/|arbeit/|%2e%2e/){0,4}(visum\\.md|_index\\.md|x)?(#\\PC{0,10})?",
    ];
    runner
        .run(&targets, |target| {
            for lang in site.config.languages.keys() {
                if let Ok(url) = site.linked.resolve(&target, lang) {
                    let path = url.split('#').next().unwrap_or_default();
                    prop_assert!(
                        Path::new(path)
                            .components()
                            .all(|c| matches!(c, Component::Normal(_))),
                        "{}",
                        url
                    );
                    let prefix = format!("{}/", site.config.languages[lang].code);
                    prop_assert!(
                        path.starts_with(&prefix),
                        "{} does not start with {}",
                        url,
                        prefix
                    );
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_writer_refuses_every_path_that_leaves_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let output = wegweiser::output::Staging::create(&out).unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(500));
    runner
        .run(
            &("(\\.\\./|/|a/|\\./|b/){0,5}", "(\\.\\.|[a-z]{1,5}\\.html)"),
            |(folder, file)| {
                let result = output.put(File::new(format!("{folder}{file}"), "x"));
                let escapes = Path::new(&folder)
                    .join(&file)
                    .components()
                    .any(|c| !matches!(c, Component::Normal(_)));
                prop_assert_eq!(result.is_err(), escapes, "{}{}", folder, file);
                Ok(())
            },
        )
        .unwrap();
    let outside: Vec<_> = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            !e.path()
                .starts_with(dir.path().join(".public.wegweiser-tmp"))
        })
        .collect();
    assert!(outside.is_empty(), "{outside:?}");
}
