//! The partner directory over the `directory` fixture: pages per language, the finder with
//! and without JavaScript's data, exports parsed back, escaping, and malformed partner files.

mod common;

use common::{attrs, fixture, texts};

fn built() -> common::Site {
    let site = fixture("directory");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(", 3 partners in "), "{}", run.stdout);
    site
}

#[test]
fn index_groups_partners_by_kind_and_offers_ways_in_without_javascript() {
    let site = built();
    let index = site.html("de/partner/index.html");
    assert_eq!(
        texts(&index, ".partner-group h2"),
        ["Beratungsstellen", "Behörden", "Kammern"]
    );
    assert_eq!(
        texts(&index, ".partner-group .partner h3"),
        [
            "Beratung Erfurt",
            "Landesamt für Anerkennung",
            "<script>alert('Kammer')</script> & Co"
        ]
    );
    let count = texts(&index, "p.count")
        .join("")
        .replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(count, "3 Organisationen");
    assert_eq!(
        attrs(&index, ".ways-in a", "href"),
        [
            "/de/themen/anerkennung/",
            "/de/themen/arbeit/",
            "/de/orte/erfurt/",
            "/de/orte/jena/",
            "/de/orte/weimar/"
        ]
    );
}

#[test]
fn finder_has_labelled_controls_a_live_region_and_per_language_data() {
    let site = built();
    let index = site.html("en/partners/index.html");
    assert_eq!(
        attrs(&index, "form#finder", "hidden"),
        [""],
        "hidden until the script runs"
    );
    for id in ["finder-topic", "finder-city", "finder-language"] {
        assert_eq!(attrs(&index, &format!("label[for={id}]"), "for"), [id]);
        assert_eq!(attrs(&index, &format!("select#{id}"), "id"), [id]);
    }
    assert_eq!(attrs(&index, "#finder-status", "aria-live"), ["polite"]);
    assert_eq!(attrs(&index, "#finder-messages li", "class").len(), 0);
    assert_eq!(
        texts(&index, "#finder-messages li").len(),
        4,
        "one message per count 0..=3"
    );
    assert_eq!(attrs(&index, "script[src]", "src"), ["/assets/finder.js"]);
    assert!(site.out().join("assets/finder.js").is_file());
    assert_eq!(
        attrs(&index, "form#finder", "data-source"),
        ["/en/partners.json"]
    );
    assert_eq!(
        attrs(&index, "#finder-language option[lang]", "value"),
        ["de", "en", "ru"]
    );
    assert_eq!(
        texts(&index, "#finder-language option[lang=ru]"),
        ["Русский"]
    );

    let data: serde_json::Value = serde_json::from_str(&site.page("en/partners.json")).unwrap();
    let entries = data.as_array().unwrap();
    assert_eq!(entries.len(), 3);
    let beratung = entries
        .iter()
        .find(|e| e["id"] == "beratung-erfurt")
        .unwrap();
    assert_eq!(beratung["cities"], serde_json::json!(["Erfurt", "Jena"]));
    assert_eq!(
        beratung["summary_lang"], "de",
        "no English summary: the German one"
    );
    assert_eq!(beratung["url"], "/en/partners/beratung-erfurt/");
}

#[test]
fn partner_page_with_contact_address_and_json_ld() {
    let site = built();
    let page = site.html("en/partners/landesamt/index.html");
    assert_eq!(texts(&page, "h1"), ["Landesamt für Anerkennung"]);
    assert_eq!(
        attrs(&page, "a[href^=mailto]", "href"),
        ["mailto:anerkennung@landesamt.example.org"]
    );
    assert_eq!(attrs(&page, "a[href^=tel]", "href"), ["tel:+493643000000"]);
    assert_eq!(texts(&page, "address"), ["Beispielweg 199423 Weimar"]);
    assert_eq!(
        attrs(&page, ".contact li[lang]", "lang"),
        ["de", "en", "ru"]
    );
    let json_ld = texts(&page, "script[type='application/ld+json']").join("");
    let value: serde_json::Value = serde_json::from_str(&json_ld).unwrap();
    assert_eq!(value["@type"], "GovernmentOrganization");
    assert_eq!(value["name"], "Landesamt für Anerkennung");
    assert_eq!(
        value["description"],
        "Decides on the recognition of health professions."
    );
    assert_eq!(value["address"][0]["postalCode"], "99423");
    assert_eq!(value["address"][0]["addressLocality"], "Weimar");
    assert_eq!(
        value["contactPoint"]["availableLanguage"],
        serde_json::json!(["de", "en", "ru"])
    );
    assert_eq!(
        value["contactPoint"]["email"],
        "anerkennung@landesamt.example.org"
    );
    assert_eq!(
        attrs(&page, "link[rel=alternate][hreflang]", "href"),
        [
            "https://example.org/de/partner/landesamt/",
            "https://example.org/en/partners/landesamt/",
            "https://example.org/ar/partners/landesamt/"
        ]
    );
}

#[test]
fn vcards_parse_back_per_language() {
    let site = built();
    let card = site.page("en/partners/landesamt/landesamt.vcf");
    assert!(card.contains("\r\n"));
    let mut parser = ical::VcardParser::new(card.as_bytes());
    let contact = parser.next().unwrap().unwrap();
    let value = |name: &str| {
        contact
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
    };
    assert_eq!(value("VERSION").as_deref(), Some("4.0"));
    assert_eq!(value("FN").as_deref(), Some("Landesamt für Anerkennung"));
    assert_eq!(
        value("EMAIL").as_deref(),
        Some("anerkennung@landesamt.example.org")
    );
    assert_eq!(value("TEL").as_deref(), Some("tel:+493643000000"));
    assert_eq!(
        value("ADR").as_deref(),
        Some(";;Beispielweg 1;Weimar;;99423;Deutschland")
    );
    assert_eq!(
        value("NOTE").as_deref(),
        Some("Decides on the recognition of health professions.")
    );
    assert!(parser.next().is_none());

    let escaped = site.page("en/partners/kammer/kammer.vcf");
    assert!(
        escaped.contains("NOTE:Chamber with \"quotes\"\\, commas\\; and semicolons"),
        "{escaped}"
    );
}

#[test]
fn partners_json_holds_all_data_under_a_schema_version() {
    let site = built();
    let data: serde_json::Value = serde_json::from_str(&site.page("partners.json")).unwrap();
    assert_eq!(data["schema_version"], 1);
    let partners = data["partners"].as_array().unwrap();
    let ids: Vec<&str> = partners.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["beratung-erfurt", "kammer", "landesamt"]);
    let landesamt = &partners[2];
    assert_eq!(landesamt["summary"]["ar"], "يقرر الاعتراف بالمهن الصحية.");
    assert_eq!(landesamt["locations"][0]["latitude"], 50.98);
    assert_eq!(
        landesamt["pages"]["de"],
        "https://example.org/de/partner/landesamt/"
    );
    assert_eq!(landesamt["last_reviewed"], "2026-11-01");
}

#[test]
fn partner_text_is_always_escaped() {
    let site = built();
    let html = site.page("de/partner/kammer/index.html");
    assert!(!html.contains("<script>alert"), "name must be escaped");
    assert!(!html.contains("<b>fett</b>"), "summary must be escaped");
    assert!(html.contains("&lt;script&gt;alert("), "{html}");
    let page = site.html("de/partner/kammer/index.html");
    let json_ld = texts(&page, "script[type='application/ld+json']");
    assert_eq!(
        json_ld.len(),
        1,
        "the summary cannot close the JSON-LD element"
    );
    let value: serde_json::Value = serde_json::from_str(&json_ld[0]).unwrap();
    assert_eq!(value["description"], "Kammer </script><b>fett</b>");
    let index = site.page("de/partner/index.html");
    assert!(!index.contains("<script>alert"));
}

#[test]
fn content_pages_show_who_helps_and_topic_pages_list_pages_and_partners() {
    let site = built();
    let page = site.html("de/arbeit/anerkennung/index.html");
    assert_eq!(texts(&page, ".helpers h2"), ["Wer hilft weiter?"]);
    assert_eq!(
        attrs(&page, ".helpers .partner h3 a", "href"),
        ["/de/partner/beratung-erfurt/", "/de/partner/landesamt/"]
    );
    let topic = site.html("de/themen/anerkennung/index.html");
    assert_eq!(texts(&topic, "h1"), ["Anerkennung"]);
    assert_eq!(
        attrs(&topic, ".cards a", "href"),
        ["/de/arbeit/anerkennung/"]
    );
    assert_eq!(texts(&topic, ".partner h3").len(), 2);
    let arabic = site.html("ar/topics/recognition/index.html");
    assert_eq!(attrs(&arabic, "html", "dir"), ["rtl"]);
    assert_eq!(texts(&arabic, "h1"), ["الاعتراف"]);
    let summaries = attrs(&arabic, ".partner p[lang]", "lang");
    assert_eq!(summaries, ["de", "ar"], "German text is marked as German");
    assert_eq!(attrs(&arabic, ".partner p[lang=de]", "dir"), ["ltr"]);
}

#[test]
fn city_pages_list_their_partners() {
    let site = built();
    let city = site.html("de/orte/erfurt/index.html");
    assert_eq!(
        texts(&city, "h1")[0].replace(['\u{2068}', '\u{2069}'], ""),
        "Organisationen in Erfurt"
    );
    assert_eq!(texts(&city, ".partner h3").len(), 2);
    let weimar = site.html("en/cities/weimar/index.html");
    assert_eq!(
        attrs(&weimar, ".partner h3 a", "href"),
        ["/en/partners/landesamt/"]
    );
}

#[test]
fn directory_pages_are_in_the_sitemap_with_alternates() {
    let site = built();
    let sitemap = site.page("sitemap.xml");
    for url in [
        "de/partner/landesamt/",
        "ar/partners/landesamt/",
        "de/themen/anerkennung/",
        "en/cities/jena/",
    ] {
        assert!(
            sitemap.contains(&format!("<loc>https://example.org/{url}</loc>")),
            "{url}"
        );
    }
}

fn fails_with(file: &str, contents: &str, expected: &[&str]) {
    let site = built();
    let output_before = common::tree(&site.out());
    site.write(file, contents);
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines[..lines.len() - 1], *expected, "{}", run.stderr);
    assert_eq!(common::tree(&site.out()), output_before);
}

#[test]
fn malformed_partner_files_name_file_line_and_fix() {
    fails_with(
        "content/partners/neu.toml",
        "name = \"Neu\"\nkind = \"beratung\"\ntopics = [\"work\", \"wohnen\"]\nemail = \"neu(at)example.org\"\n\
         website = \"www.neu.de\"\nlast_reviewed = 2026-11-25\nsources = [\"https://neu.example.org/\"]\n\
         [summary]\nen = \"New.\"\nfr = \"Nouveau.\"\n",
        &[
            "content/partners/neu.toml:2:8: error: unknown kind `beratung`",
            "  hint: use one of: counselling, authority, chamber, network, education, employment-service, association",
            "content/partners/neu.toml:3:19: error: unknown topic `wohnen`",
            "  hint: known topics: `recognition`, `work`",
            "content/partners/neu.toml:4:9: error: `neu(at)example.org` is not an e-mail address",
            "  hint: write it as `name@example.org`",
            "content/partners/neu.toml:5:11: error: `www.neu.de` in `website` is not a web address",
            "  hint: write the full address, starting with `https://`",
            "content/partners/neu.toml:8:1: error: the summary in the default language `de` is missing",
            "  hint: add `de = \"…\"` under `[summary]`",
            "content/partners/neu.toml:10:1: error: `fr` in `summary` is not a configured language",
            "  hint: use the language codes of config.toml",
        ],
    );
}

#[test]
fn partner_file_with_unknown_field_and_bad_name() {
    fails_with(
        "content/partners/Neue Stelle.toml",
        "name = \"Neu\"\nkind = \"chamber\"\ntopics = [\"work\"]\nadress = \"Weg 1\"\n",
        &[
            "content/partners/Neue Stelle.toml:4:1: error: unknown key `adress`",
            "  hint: known keys: `name`, `short_name`, `kind`, `topics`, `cities`, `regions`, `languages`, `website`, `email`, `phone`, `last_reviewed`, `sources`, `summary`, `services`, `locations`",
        ],
    );
    fails_with(
        "content/partners/Neue Stelle.toml",
        "name = \"Neu\"\nkind = \"chamber\"\ntopics = [\"work\"]\nlast_reviewed = 2026-11-25\nsources = [\"https://x.example.org/\"]\n[summary]\nde = \"Neu.\"\n",
        &[
            "content/partners/Neue Stelle.toml:1:1: error: the file name `Neue Stelle` cannot be a partner id",
            "  hint: rename the file to `neue-stelle.toml`: lower-case letters, digits and `-`",
        ],
    );
}

#[test]
fn map_links_each_city_and_credits_the_outline() {
    let site = built();
    let index = site.html("de/partner/index.html");
    assert_eq!(
        attrs(&index, "svg.map", "aria-label"),
        ["Wo unsere Partner sind"]
    );
    assert_eq!(
        attrs(&index, "svg.map a", "href"),
        ["/de/orte/erfurt/", "/de/orte/jena/", "/de/orte/weimar/"]
    );
    let labels: Vec<String> = attrs(&index, "svg.map a", "aria-label");
    assert_eq!(labels[0], "Erfurt: 2 Organisationen");
    assert_eq!(labels[2], "Weimar: Eine Organisation");
    assert!(texts(&index, "figcaption").join("").contains("CC BY 4.0"));
}

#[test]
fn search_finds_partners_in_the_languages_they_are_described_in() {
    let site = fixture("directory");
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    site.write("config.toml", format!("search = true\n{config}"));
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The partner pages: two levels below the language, in the partners section.
    let partners = |lang: &str| -> Vec<String> {
        common::indexed(&site, lang)
            .into_iter()
            .map(|(url, _)| url)
            .filter(|url| url.contains("/partner") && url.matches('/').count() == 4)
            .collect()
    };
    assert_eq!(
        partners("de"),
        [
            "/de/partner/beratung-erfurt/",
            "/de/partner/kammer/",
            "/de/partner/landesamt/"
        ]
    );
    assert_eq!(
        partners("en"),
        ["/en/partners/kammer/", "/en/partners/landesamt/"]
    );
    assert_eq!(partners("ar"), ["/ar/partners/landesamt/"]);
    let (_, text) = common::indexed(&site, "ar")
        .into_iter()
        .find(|(url, _)| url == "/ar/partners/landesamt/")
        .unwrap();
    assert!(text.contains("يقرر الاعتراف بالمهن الصحية"), "{text}");
}

#[test]
fn who_can_help_shows_the_best_five_and_links_the_topic() {
    let site = fixture("directory");
    for (id, kind, cities) in [
        ("verein-a", "association", "[\"Erfurt\"]"),
        ("verein-b", "association", "[\"Jena\"]"),
        (
            "netz-c",
            "network",
            "[\"Erfurt\", \"Jena\", \"Gera\", \"Weimar\"]",
        ),
        ("schule-d", "education", "[\"Weimar\"]"),
    ] {
        site.write(
            &format!("content/partners/{id}.toml"),
            format!(
                "name = \"Partner {id}\"\nkind = \"{kind}\"\ntopics = [\"recognition\"]\ncities = {cities}\n\
                 last_reviewed = 2026-10-15\nsources = [\"https://{id}.example.org/\"]\n[summary]\nde = \"Hilft.\"\n"
            ),
        );
    }
    assert_eq!(site.build(&[]).code, 0);
    let page = site.html("ar/arbeit/anerkennung/index.html");
    let names = attrs(&page, ".helpers .partner", "data-partner");
    assert_eq!(names.len(), 5, "{names:?}");
    assert_eq!(names[0], "netz-c", "the partner in the most cities first");
    assert_eq!(
        attrs(&page, ".helpers__all a", "href"),
        ["/ar/topics/recognition/"],
        "a link to all partners of the topic"
    );
    assert_eq!(
        attrs(&page, ".helpers h3 a", "lang"),
        ["de"; 5],
        "partner names are German, also on Arabic pages"
    );
    assert_eq!(attrs(&page, ".helpers h3 a", "dir"), ["ltr"; 5]);
    let topic = site.html("ar/topics/recognition/index.html");
    assert_eq!(
        attrs(&topic, "[data-partner]", "data-partner").len(),
        6,
        "the topic page lists every partner on the topic, more than five"
    );
}

#[test]
fn cities_are_named_in_the_readers_language() {
    let site = built();
    let index = site.html("ar/partners/index.html");
    let labels = attrs(&index, "svg.map a", "aria-label");
    assert!(labels[0].starts_with("إرفورت: "), "{labels:?}");
    assert!(texts(&index, "svg.map text").contains(&"إرفورت".to_string()));
    assert!(
        texts(&index, "#finder-city option").contains(&"إرفورت".to_string()),
        "the finder's option in Arabic"
    );
    assert_eq!(
        attrs(&index, "#finder-city option[value='Erfurt']", "value"),
        ["Erfurt"],
        "the finder filters by the city as partners write it"
    );
    let city = site.html("ar/cities/erfurt/index.html");
    assert!(
        texts(&city, "h1")[0].contains("إرفورت"),
        "{:?}",
        texts(&city, "h1")
    );
    let german = site.html("de/partner/index.html");
    assert!(texts(&german, "svg.map text").contains(&"Erfurt".to_string()));
}
