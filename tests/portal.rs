//! The repository's own site, the Welcome Center Thuringia portal, builds in all eight
//! languages and Easy German, with `lang`, `dir` and hreflang alternates right on every page.

mod common;

use common::attrs;
use std::path::Path;

const LANGUAGES: [(&str, &str); 8] = [
    ("de", "ltr"),
    ("en", "ltr"),
    ("es", "ltr"),
    ("uk", "ltr"),
    ("ar", "rtl"),
    ("ru", "ltr"),
    ("fa", "rtl"),
    ("tr", "ltr"),
];

#[test]
fn portal_builds_in_eight_languages_with_lang_dir_and_alternates() {
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("public");
    let root = env!("CARGO_MANIFEST_DIR");
    let run = common::run(
        Path::new(root),
        &["build", "--out", out_dir.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("in 9 languages"), "{}", run.stdout);

    let mut pages = 0;
    for (lang, dir) in LANGUAGES {
        for entry in walkdir::WalkDir::new(out_dir.join(lang))
            .into_iter()
            .flatten()
        {
            let print_version = entry.path().parent().is_some_and(|p| p.ends_with("print"));
            if entry.file_name() != "index.html" || print_version {
                continue;
            }
            pages += 1;
            let rel = entry.path().strip_prefix(&out_dir).unwrap();
            let html =
                scraper::Html::parse_document(&std::fs::read_to_string(entry.path()).unwrap());
            assert_eq!(attrs(&html, "html", "lang"), [lang], "{}", rel.display());
            assert_eq!(attrs(&html, "html", "dir"), [dir], "{}", rel.display());
            let csp = attrs(&html, "meta[http-equiv=Content-Security-Policy]", "content");
            assert!(
                csp.len() == 1 && csp[0].starts_with("default-src 'self'"),
                "{}",
                rel.display()
            );
            let own_url =
                format!("https://portal.example/{}", rel.parent().unwrap().display()) + "/";
            let fallback = !attrs(&html, "main[data-fallback]", "data-fallback").is_empty();
            let alternates = attrs(&html, "link[rel=alternate][hreflang]", "href");
            if fallback {
                assert!(alternates.is_empty(), "{}", rel.display());
            } else {
                assert!(
                    alternates.contains(&own_url),
                    "{} lacks {own_url}",
                    rel.display()
                );
                let hreflangs = attrs(&html, "link[rel=alternate][hreflang]", "hreflang");
                assert!(hreflangs.contains(&lang.to_string()));
            }
        }
    }
    assert!(pages >= 45, "{pages} pages");

    // Easy German: read as German, its own pages never hreflang alternates.
    let (mut easy, mut own) = (0, 0);
    for entry in walkdir::WalkDir::new(out_dir.join("de-x-ls"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "index.html")
    {
        easy += 1;
        let html = scraper::Html::parse_document(&std::fs::read_to_string(entry.path()).unwrap());
        let rel = entry.path().strip_prefix(&out_dir).unwrap().display();
        assert_eq!(attrs(&html, "html", "lang"), ["de-x-ls"], "{rel}");
        assert!(
            attrs(&html, "link[rel=alternate][hreflang]", "href").is_empty(),
            "{rel}"
        );
        if attrs(&html, "article", "lang") == ["de-x-ls"] {
            own += 1;
        }
    }
    assert!(
        easy >= 45 && own >= 10,
        "{easy} Easy German pages, {own} written in it"
    );
    let sitemap = std::fs::read_to_string(out_dir.join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("/de-x-ls/"));
}
