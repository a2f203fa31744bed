//! Content written for Zola builds as it is (the `zola` fixture): no `content/_index.md`, so
//! the home page is made from the config's titles, and `heading_ids = "zola"` gives the ids
//! Zola's `@/…#anchor` links expect.

mod common;

use common::{attrs, fixture, texts};

#[test]
fn a_zola_site_builds_and_checks_clean_with_zola_heading_ids() {
    let site = fixture("zola");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.html("en/docs/functions/index.html");
    assert_eq!(
        attrs(&page, "main h2[id], main h3[id]", "id"),
        [
            "global-functions",
            "get-image-metadata",
            "load-data",
            "uber-the-filters"
        ]
    );
    let post = site.html("en/blog/image-sizes/index.html");
    assert!(
        attrs(&post, "main a", "href").contains(&"/en/docs/functions/#get-image-metadata".into())
    );
    let check = site.run_in(&["check"]);
    assert_eq!(
        check.stdout.lines().next(),
        Some("content/_index.md"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.ends_with("0 errors, 1 warning\n"),
        "{}",
        check.stdout
    );
}

#[test]
fn without_content_index_the_home_page_is_made_in_every_language() {
    let site = fixture("zola");
    assert_eq!(site.build(&[]).code, 0);
    let en = site.html("en/index.html");
    assert_eq!(texts(&en, "h1"), ["Template notes"]);
    assert!(texts(&en, "main a").contains(&"Documentation".to_string()));
    let de = site.html("de/index.html");
    assert_eq!(attrs(&de, "html", "lang"), ["de"]);
    assert_eq!(texts(&de, "h1"), ["Notizen zu Vorlagen"]);
    assert!(texts(&de, ".fallback-notice").is_empty());
}

#[test]
fn an_underscore_anchor_is_broken_with_zola_ids_and_found_with_github_ids() {
    let site = fixture("zola");
    let link = "\n\nSee [data](@/docs/functions.md#load_data).\n";
    let post = std::fs::read_to_string(site.root.join("content/blog/image-sizes.md")).unwrap();
    site.write("content/blog/image-sizes.md", format!("{post}{link}"));
    let check = site.run_in(&["check"]);
    assert_eq!(check.code, 1);
    assert!(
        check.stdout.contains(
            "16:5: error: the anchor `#load_data` of `@/docs/functions.md#load_data` is not a heading of that page\n    hint: did you mean `#load-data`?"
        ),
        "{}",
        check.stdout
    );
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        config.replace("heading_ids = \"zola\"", "heading_ids = \"github\""),
    );
    let check = site.run_in(&["check"]);
    assert!(
        check.stdout.contains("`#get-image-metadata` of"),
        "{}",
        check.stdout
    );
    assert!(
        !check.stdout.contains("`#load_data` of"),
        "{}",
        check.stdout
    );
}
