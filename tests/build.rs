//! Building the `basic` fixture site: CLI, content model, Markdown, Fluent strings, fallback
//! pages, theme and output shape, each checked by parsing the written files.

mod common;

use common::{attrs, fixture, texts};

#[test]
fn help_explains_every_option_and_version_prints() {
    let dir = tempfile::tempdir().unwrap();
    let help = common::run(dir.path(), &["build", "--help"]);
    assert_eq!(help.code, 0);
    for option in ["--root", "--out", "--base-url", "--drafts", "--quiet"] {
        assert!(
            help.stdout.contains(option),
            "{option} missing in\n{}",
            help.stdout
        );
    }
    assert!(
        help.stdout
            .contains("replaced only when the whole build succeeded")
    );
    let version = common::run(dir.path(), &["--version"]);
    assert_eq!(
        version.stdout.trim(),
        format!("wegweiser {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn summary_counts_pages_per_language() {
    let site = fixture("basic");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(
            "Built 21 pages in 3 languages (de 7, en 7 (3 untranslated), ar 7 (4 untranslated)) in "
        ),
        "{}",
        run.stdout
    );
    assert!(site.build(&["--quiet"]).stdout.is_empty());
}

#[test]
fn every_page_has_lang_dir_and_hreflang_of_its_real_translations() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("de/arbeiten/visum/index.html");
    assert_eq!(attrs(&page, "html", "lang"), ["de"]);
    assert_eq!(attrs(&page, "html", "dir"), ["ltr"]);
    assert_eq!(
        attrs(&page, "link[rel=alternate][hreflang]", "hreflang"),
        ["de", "en", "ar"]
    );
    assert_eq!(
        attrs(&page, "link[rel=alternate][hreflang]", "href"),
        [
            "https://example.org/de/arbeiten/visum/",
            "https://example.org/en/working/visa/",
            "https://example.org/ar/arbeit/visum/"
        ]
    );
    let arabic = site.html("ar/arbeit/visum/index.html");
    assert_eq!(attrs(&arabic, "html", "lang"), ["ar"]);
    assert_eq!(attrs(&arabic, "html", "dir"), ["rtl"]);
    assert_eq!(attrs(&arabic, "article", "dir"), ["rtl"]);
}

#[test]
fn language_switcher_links_each_page_to_its_own_translation() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("en/working/registration/index.html");
    assert_eq!(
        attrs(&page, ".language-switcher a", "href"),
        [
            "/de/arbeiten/anmeldung/",
            "/en/working/registration/",
            "/ar/arbeit/anmeldung/"
        ]
    );
    assert_eq!(
        texts(&page, ".language-switcher a"),
        ["Deutsch", "English", "العربية"]
    );
    assert_eq!(
        attrs(&page, ".language-switcher a", "lang"),
        ["de", "en", "ar"]
    );
    assert_eq!(
        attrs(&page, ".language-switcher a[aria-current]", "hreflang"),
        ["en"]
    );
}

#[test]
fn missing_translation_becomes_a_marked_fallback_page() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("ar/arbeit/nur-deutsch/index.html");
    assert_eq!(
        attrs(&page, "html", "lang"),
        ["ar"],
        "UI stays in the reader's language"
    );
    assert_eq!(attrs(&page, "main", "data-fallback"), ["de"]);
    assert_eq!(attrs(&page, "article", "lang"), ["de"]);
    assert_eq!(attrs(&page, "article", "dir"), ["ltr"]);
    assert_eq!(
        attrs(&page, "link[rel=canonical]", "href"),
        ["https://example.org/de/arbeiten/nur-deutsch/"]
    );
    assert!(attrs(&page, "link[rel=alternate][hreflang]", "hreflang").is_empty());
    let notice = texts(&page, ".notice")
        .join("")
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        notice.contains("بالعربية") && notice.contains("Deutsch"),
        "{notice}"
    );
    assert_eq!(texts(&page, ".skip-link"), ["انتقل إلى المحتوى الرئيسي"]);

    let sitemap = site.page("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/de/arbeiten/nur-deutsch/</loc>"));
    assert!(!sitemap.contains("ar/arbeit/nur-deutsch"));
    assert!(!sitemap.contains("en/working/nur-deutsch"));
}

#[test]
fn sitemap_lists_alternates_robots_points_to_it() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let sitemap = site.page("sitemap.xml");
    let visa = sitemap
        .split("<url>")
        .find(|u| u.contains("<loc>https://example.org/en/working/visa/</loc>"))
        .unwrap();
    assert!(visa.contains("<lastmod>2026-11-05</lastmod>"));
    for (lang, url) in [
        ("de", "de/arbeiten/visum/"),
        ("en", "en/working/visa/"),
        ("ar", "ar/arbeit/visum/"),
    ] {
        assert!(
            visa.contains(&format!(
                "hreflang=\"{lang}\" href=\"https://example.org/{url}\""
            )),
            "{visa}"
        );
    }
    // 7 German, 4 English and 3 Arabic content pages; the topic page and the topic index in 3 languages.
    assert_eq!(sitemap.matches("<url>").count(), 7 + 4 + 3 + 2 * 3);
    assert_eq!(
        site.page("robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n"
    );
}

#[test]
fn root_page_offers_every_language_with_x_default() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let root = site.html("index.html");
    assert_eq!(
        attrs(&root, "link[rel=alternate][hreflang]", "hreflang"),
        ["de", "en", "ar", "x-default"]
    );
    assert_eq!(
        attrs(&root, "link[rel=alternate][hreflang=x-default]", "href"),
        ["https://example.org/"]
    );
    assert_eq!(attrs(&root, "main li", "lang"), ["de", "en", "ar"]);
    assert_eq!(attrs(&root, "main li", "dir"), ["ltr", "ltr", "rtl"]);
    assert_eq!(attrs(&root, "main a", "href"), ["/de/", "/en/", "/ar/"]);
}

#[test]
fn not_found_pages_per_language() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("en/404.html");
    assert_eq!(texts(&page, "h1"), ["Page not found"]);
    assert_eq!(attrs(&page, "html", "lang"), ["en"]);
    let arabic = site.html("ar/404.html");
    assert_eq!(attrs(&arabic, "html", "dir"), ["rtl"]);
    // Outside every language, the message in every language (issue 13; it was the German one).
    let root = site.html("404.html");
    assert_eq!(attrs(&root, "main section", "lang"), ["de", "en", "ar"]);
    assert_eq!(attrs(&root, "main section", "dir"), ["ltr", "ltr", "rtl"]);
    assert_eq!(texts(&root, "h1"), ["Seite nicht gefunden"]);
    assert!(texts(&root, "h2").contains(&"Page not found".to_string()));
    assert_eq!(attrs(&root, "main a", "href"), ["/de/", "/en/", "/ar/"]);
}

#[test]
fn translated_slugs_translation_keys_and_order() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let section = site.html("de/arbeiten/index.html");
    assert_eq!(
        texts(&section, ".contents li > a"),
        [
            "Nur auf Deutsch",
            "Visum",
            "Anmeldung der Wohnung",
            "Windows-Datei",
            "Formular"
        ],
        "by weight, then title"
    );
    let english = site.html("en/working/index.html");
    assert_eq!(
        attrs(&english, ".contents li > a", "href"),
        [
            "/en/working/nur-deutsch/",
            "/en/working/visa/",
            "/en/working/registration/",
            "/en/working/windows/",
            "/en/working/formular/"
        ]
    );
    assert_eq!(
        attrs(&english, ".contents li", "lang"),
        ["de", "en", "en", "de", "de"]
    );
}

#[test]
fn drafts_only_with_the_flag() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    assert!(!site.out().join("de/arbeiten/entwurf").exists());
    assert_eq!(site.build(&["--drafts"]).code, 0);
    assert!(site.out().join("de/arbeiten/entwurf/index.html").exists());
}

#[test]
fn bom_and_crlf_are_accepted() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("de/arbeiten/windows/index.html");
    assert_eq!(texts(&page, "h1"), ["Windows-Datei"]);
    assert!(
        site.page("de/arbeiten/windows/index.html")
            .contains("<p>Mit BOM und CRLF.</p>")
    );
}

#[test]
fn markdown_extensions_heading_ids_and_internal_links() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("de/arbeiten/visum/index.html");
    assert_eq!(attrs(&page, "article h2", "id"), ["kosten", "kosten-1"]);
    assert_eq!(
        attrs(&page, "article a", "href")[..2],
        ["/de/arbeiten/nur-deutsch/#ablauf", "/de/"]
    );
    let html = site.page("de/arbeiten/visum/index.html");
    for fragment in [
        "<table>",
        "<del>alt</del>",
        "type=\"checkbox\"",
        "footnote-definition",
    ] {
        assert!(html.contains(fragment), "{fragment}");
    }
    let english = site.html("en/working/visa/index.html");
    assert_eq!(
        attrs(&english, "article a", "href"),
        ["/en/working/nur-deutsch/#ablauf"],
        "the same link leads to the reader's language"
    );
}

#[test]
fn fluent_strings_dates_and_site_overrides() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let clean = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let de = site.html("de/arbeiten/visum/index.html");
    assert_eq!(
        clean(texts(&de, ".reviewed").join("")),
        "Zuletzt geprüft: 5. November 2026"
    );
    let en = site.html("en/working/visa/index.html");
    assert_eq!(
        texts(&en, ".site-footer p"),
        ["Test footer in English."],
        "site i18n overrides"
    );
    assert_eq!(
        clean(texts(&en, ".reviewed").join("")),
        "Last reviewed: 5 November 2026"
    );
    let de_footer = texts(&de, ".site-footer p");
    assert_eq!(
        de_footer,
        ["Informationen für Menschen aus dem Ausland."],
        "built-in string"
    );
    let section = site.html("de/arbeiten/index.html");
    assert_eq!(
        clean(texts(&section, ".count").join("")),
        "Dieser Bereich hat 5 Seiten."
    );
}

#[test]
fn theme_has_landmarks_skip_link_and_fingerprinted_css() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("de/arbeiten/visum/index.html");
    assert_eq!(attrs(&page, "body > a:first-child", "href"), ["#main"]);
    assert_eq!(attrs(&page, "main", "id"), ["main"]);
    for landmark in [
        "header",
        "nav.main-nav",
        "nav.language-switcher",
        "main",
        "footer",
    ] {
        assert_eq!(texts(&page, landmark).len(), 1, "{landmark}");
    }
    assert!(attrs(&page, "script", "src").is_empty(), "no JavaScript");
    let css = attrs(&page, "link[rel=stylesheet]", "href");
    assert_eq!(css.len(), 1);
    assert!(
        css[0].starts_with("/assets/style.") && css[0].ends_with(".css"),
        "{css:?}"
    );
    let stylesheet = site.page(&css[0][1..]);
    assert!(stylesheet.contains("margin-inline") && stylesheet.contains("@media print"));
    assert!(!stylesheet.contains("margin-left"));
    assert!(
        !stylesheet.contains("url(") && !stylesheet.contains("@import"),
        "no external loads"
    );
}

#[test]
fn bundle_files_are_copied_next_to_the_page_in_every_language() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    for dir in ["de/arbeiten", "en/working", "ar/arbeit"] {
        assert_eq!(
            site.page(&format!("{dir}/formular/antrag.pdf")),
            "%PDF-1.4 test\n"
        );
    }
}

#[test]
fn output_is_byte_identical_for_identical_input() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let first = common::tree(&site.out());
    assert_eq!(site.build(&[]).code, 0);
    assert_eq!(first, common::tree(&site.out()));
}

#[test]
fn base_url_flag_overrides_config() {
    let site = fixture("basic");
    let run = site.build(&["--base-url", "https://preview.example.net/portal"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.html("de/arbeiten/visum/index.html");
    assert_eq!(
        attrs(&page, "link[rel=canonical]", "href"),
        ["https://preview.example.net/portal/de/arbeiten/visum/"]
    );
    assert_eq!(
        attrs(&page, ".language-switcher a", "href")[0],
        "/portal/de/arbeiten/visum/"
    );
}

#[test]
fn site_templates_override_built_in_ones_file_by_file() {
    let site = fixture("basic");
    site.write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}{% block content %}<p class=\"own\">{{ page.title }}</p>{% endblock content %}",
    );
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("de/arbeiten/visum/index.html");
    assert_eq!(texts(&page, "p.own"), ["Visum"]);
    assert_eq!(
        texts(&page, ".skip-link").len(),
        1,
        "base.html is still the built-in one"
    );
    let section = site.html("de/arbeiten/index.html");
    assert!(
        texts(&section, "p.own").is_empty(),
        "section.html is still the built-in one"
    );
}

#[test]
fn a_named_theme_brings_its_own_templates_stylesheet_and_strings() {
    let site = fixture("basic");
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write("config.toml", format!("theme = \"portal\"\n{config}"));
    site.write("themes/portal/templates/404.html", "{{ t(key=\"gone\") }}");
    site.write("themes/portal/static/style.css", "body { color: black; }\n");
    site.write(
        "themes/portal/static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("themes/portal/i18n/de.ftl", "gone = Weg.\n");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.page("de/404.html"), "Weg.");
    assert_eq!(
        site.page("en/404.html"),
        "Weg.",
        "missing key falls back to the default language"
    );
    let page = site.html("de/index.html");
    let css = attrs(&page, "link[rel=stylesheet]", "href");
    assert_eq!(site.page(&css[0][1..]), "body { color: black; }\n");
    assert!(site.out().join("assets/logo.svg").is_file());
}

#[test]
fn site_static_files_are_copied_as_they_are() {
    let site = fixture("basic");
    site.write("static/favicon.ico", [0u8, 1, 2, 3].as_slice());
    site.write("static/docs/info.txt", "Info");
    assert_eq!(site.build(&[]).code, 0);
    assert_eq!(
        std::fs::read(site.out().join("favicon.ico")).unwrap(),
        [0, 1, 2, 3]
    );
    assert_eq!(site.page("docs/info.txt"), "Info");
}

#[test]
fn topics_are_named_in_the_reader_language() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    assert_eq!(
        texts(&site.html("de/arbeiten/visum/index.html"), ".topics li"),
        ["Arbeit"]
    );
    assert_eq!(
        texts(&site.html("ar/arbeit/visum/index.html"), ".topics li"),
        ["العمل"]
    );
}

#[test]
fn footer_links_from_config_in_the_reader_language() {
    let site = fixture("basic");
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        format!("footer = [\"arbeit/visum.md\"]\n{config}"),
    );
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("en/index.html");
    assert_eq!(
        attrs(&page, ".footer-links a", "href"),
        ["/en/working/visa/"]
    );
    assert_eq!(texts(&page, ".footer-links a"), ["Visa"]);
}

#[test]
fn long_pages_get_a_table_of_contents_and_pages_link_their_neighbours() {
    let site = fixture("basic");
    site.write(
        "content/arbeit/windows.md",
        "+++\ntitle = \"Lang\"\nweight = 4\n+++\n## Erstens\n\n## Zweitens\n\n### Unterpunkt\n\n## Drittens\n",
    );
    assert_eq!(site.build(&[]).code, 0);
    let long = site.html("de/arbeiten/windows/index.html");
    assert_eq!(
        attrs(&long, ".toc a", "href"),
        ["#erstens", "#zweitens", "#drittens"]
    );
    let short = site.html("de/arbeiten/visum/index.html");
    assert!(
        texts(&short, ".toc").is_empty(),
        "two headings need no table of contents"
    );
    assert_eq!(
        attrs(&short, ".pager a[rel=prev]", "href"),
        ["/de/arbeiten/nur-deutsch/"]
    );
    assert_eq!(
        attrs(&short, ".pager a[rel=next]", "href"),
        ["/de/arbeiten/anmeldung/"]
    );
    let clean = |v: Vec<String>| v.join("").replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(
        clean(texts(&short, ".pager a[rel=next]")),
        "Weiter: Anmeldung der Wohnung"
    );
    let first = site.html("ar/arbeit/nur-deutsch/index.html");
    assert!(
        attrs(&first, ".pager a[rel=prev]", "href").is_empty(),
        "the first page has no previous"
    );
}

#[test]
fn translated_pages_have_a_two_language_print_version() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("en/working/visa/index.html");
    assert_eq!(
        attrs(&page, ".print-link a", "href"),
        ["/en/working/visa/print/"]
    );
    let print = site.html("en/working/visa/print/index.html");
    assert_eq!(attrs(&print, "html", "lang"), ["en"]);
    assert_eq!(attrs(&print, "meta[name=robots]", "content"), ["noindex"]);
    assert_eq!(
        texts(&print, "main > table > thead th"),
        ["English", "Deutsch"]
    );
    let rows = texts(&print, "main > table > tbody > tr");
    assert!(
        rows[0].starts_with("See German only.") && rows[0].ends_with("Kosten"),
        "{rows:?}"
    );
    assert_eq!(
        attrs(
            &print,
            "main > table > tbody > tr > td:nth-child(2)",
            "lang"
        )
        .len(),
        rows.len()
    );
    assert!(
        !site.out().join("en/working/nur-deutsch/print").exists(),
        "no print version without a translation"
    );
    assert!(
        !site.out().join("de/arbeiten/visum/print").exists(),
        "none for the default language"
    );
    let arabic = site.html("ar/arbeit/visum/print/index.html");
    assert_eq!(attrs(&arabic, "html", "dir"), ["rtl"]);
    assert_eq!(
        attrs(&arabic, "main > table > thead th[lang=de]", "dir"),
        ["ltr"]
    );
}

#[test]
fn search_index_per_language_without_fallback_pages() {
    let site = fixture("basic");
    assert_eq!(site.build(&[]).code, 0);
    let entry: serde_json::Value =
        serde_json::from_str(&site.page("pagefind/pagefind-entry.json")).unwrap();
    let counts: Vec<(&str, u64)> = entry["languages"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(lang, l)| (lang.as_str(), l["page_count"].as_u64().unwrap()))
        .collect();
    assert_eq!(counts, [("ar", 3), ("de", 7), ("en", 4)]);
    let english: Vec<String> = common::indexed(&site, "en")
        .into_iter()
        .map(|(url, _)| url)
        .collect();
    assert_eq!(
        english,
        [
            "/en/",
            "/en/working/",
            "/en/working/registration/",
            "/en/working/visa/"
        ],
        "real translations only"
    );
    let german = common::indexed(&site, "de");
    let (_, visum) = german
        .iter()
        .find(|(url, _)| url == "/de/arbeiten/visum/")
        .unwrap();
    assert!(visum.contains("Kosten"), "the text of <main>: {visum}");
    assert!(!visum.contains("Testportal"), "not the header: {visum}");
    assert!(site.out().join("pagefind/pagefind.js").is_file());
    assert!(!site.out().join("pagefind/pagefind-ui.js").exists());
    let page = site.html("ar/search/index.html");
    assert_eq!(
        attrs(&page, "form#search", "data-pagefind"),
        ["/pagefind/pagefind.js"]
    );
    assert_eq!(attrs(&page, "#search-nojs a", "href"), ["/ar/topics/work/"]);
    assert_eq!(
        attrs(&site.html("de/index.html"), ".search-link", "href"),
        ["/de/search/"]
    );
}

#[test]
fn search_index_of_a_region_tagged_language_is_found_by_its_lower_case_tag() {
    let site = fixture("basic");
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        format!("{config}\n[languages.pt-BR]\nname = \"Português\"\ntitle = \"Portal\"\n"),
    );
    site.write(
        "content/_index.pt-BR.md",
        "+++\ntitle = \"Bem-vindo\"\n+++\n\nInformações.\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        attrs(&site.html("pt-BR/index.html"), "html", "lang"),
        ["pt-BR"]
    );
    let entry: serde_json::Value =
        serde_json::from_str(&site.page("pagefind/pagefind-entry.json")).unwrap();
    // pagefind's script looks the index up by the page's `lang`, lower-cased.
    assert_eq!(entry["languages"]["pt-br"]["page_count"], 1, "{entry}");
    assert_eq!(common::indexed(&site, "pt-br").len(), 1);
}

#[test]
fn without_search_there_is_no_search_page_and_no_index() {
    let site = fixture("basic");
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write("config.toml", config.replace("search = true\n", ""));
    assert_eq!(site.build(&[]).code, 0);
    assert!(!site.out().join("pagefind").exists());
    assert!(!site.out().join("de/search").exists());
    assert!(attrs(&site.html("de/index.html"), ".search-link", "href").is_empty());
}

#[test]
fn aliases_lead_to_their_page_and_may_not_take_a_url() {
    let site = fixture("basic");
    let visum = std::fs::read_to_string(site.root.join("content/arbeit/visum.md")).unwrap();
    site.write(
        "content/arbeit/visum.md",
        visum.replace(
            "weight = 2",
            "weight = 2\naliases = [\"/alt/visum\", \"einreise.html\"]",
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let alias = site.html("alt/visum/index.html");
    assert_eq!(
        common::attrs(&alias, "meta[http-equiv=refresh]", "content"),
        ["0; url=https://example.org/de/arbeiten/visum/"]
    );
    assert_eq!(
        common::attrs(&alias, "link[rel=canonical]", "href"),
        ["https://example.org/de/arbeiten/visum/"]
    );
    assert!(site.out().join("einreise.html").is_file());
    assert!(
        !site.page("sitemap.xml").contains("alt/visum"),
        "not in the sitemap"
    );

    site.write(
        "content/arbeit/visum.md",
        visum.replace(
            "weight = 2",
            "weight = 2\naliases = [\"/de/arbeiten/\", \"../x\"]",
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("content/arbeit/visum.md:5:29: error: `../x` cannot be an alias\n  hint: write an old address of the page as a path of the site, e.g. `/alt/visum/`"),
        "{}",
        run.stderr
    );
    site.write(
        "content/arbeit/visum.md",
        visum.replace("weight = 2", "weight = 2\naliases = [\"/de/arbeiten/\"]"),
    );
    let run = site.build(&[]);
    assert!(
        run.stderr.contains(
            "content/arbeit/visum.md:5:12: error: the alias `/de/arbeiten/` is the URL of a page"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn language_choice_says_what_the_site_is_and_pages_have_a_local_icon() {
    let site = fixture("basic");
    site.write(
        "content/_index.en.md",
        "+++\ntitle = \"Start\"\ndescription = \"Help for people from abroad.\"\n+++\nHello.\n",
    );
    assert_eq!(site.build(&[]).code, 0);
    let root = site.html("index.html");
    assert!(
        texts(&root, "li[lang=en] .about")[0].ends_with("Help for people from abroad."),
        "{:?}",
        texts(&root, "li .about")
    );
    for page in ["index.html", "de/index.html", "404.html", "en/404.html"] {
        let html = site.html(page);
        assert_eq!(
            attrs(&html, "link[rel=icon]", "href"),
            ["/assets/favicon.svg"],
            "{page}"
        );
    }
    assert!(site.page("assets/favicon.svg").starts_with("<svg"));
}

#[test]
fn feedback_email_ends_every_content_page_with_a_mail_naming_the_page() {
    let site = fixture("basic");
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write(
        "config.toml",
        format!("feedback_email = \"hinweis@example.org\"\n{config}"),
    );
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("en/working/visa/index.html");
    let href = attrs(&page, ".feedback a", "href").remove(0);
    let (address, query) = href
        .strip_prefix("mailto:")
        .unwrap()
        .split_once('?')
        .unwrap();
    assert_eq!(address, "hinweis@example.org");
    let decode = |part: &str| {
        let value = query.split('&').find_map(|p| p.strip_prefix(part)).unwrap();
        percent_decode(value)
    };
    let subject = decode("subject=");
    let body = decode("body=");
    assert!(subject.contains("Visa"), "{subject}");
    assert!(
        body.contains("https://example.org/en/working/visa/"),
        "{body}"
    );
    assert!(body.contains("Language: English"), "{body}");
    assert!(body.contains("\r\n"), "CRLF line breaks: {body}");
    assert!(
        site.page("ar/arbeit/visum/index.html")
            .contains("class=\"feedback\"")
    );

    site.write(
        "config.toml",
        format!("feedback_email = \"hinweis at example\"\n{config}"),
    );
    let run = site.build(&[]);
    assert!(
        run.stderr
            .contains("config.toml:1:18: error: `hinweis at example` is not an e-mail address"),
        "{}",
        run.stderr
    );
}

/// `%XX` sequences decoded as UTF-8.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}
