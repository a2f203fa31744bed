//! Translators' files over the `translators` fixture (German with a Ukrainian translation):
//! the exported XLIFF read by a real XML parser (roxmltree), outdated segments found through
//! git, the byte-identical round trip, import errors at their exact positions with nothing
//! written, a new translation written from the source's structure, translate-toolkit's
//! xliff2po/po2xliff round trip, and unreviewed translations.

mod common;

use common::{Site, fixture, texts, tree};
use std::process::Command;

const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:1.2";

fn export(site: &Site, args: &[&str]) -> String {
    let mut all = vec!["translations", "export", "--lang", "uk"];
    all.extend_from_slice(args);
    let run = site.run_in(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// (unit id, inner XML of source, target state, inner XML of target) per unit.
fn units(xliff: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    let doc = roxmltree::Document::parse(xliff).unwrap();
    let inner = |node: roxmltree::Node| {
        xliff[node.range()]
            .split_once('>')
            .unwrap()
            .1
            .rsplit_once("</")
            .unwrap()
            .0
            .to_string()
    };
    doc.descendants()
        .filter(|n| n.has_tag_name((XLIFF_NS, "trans-unit")))
        .map(|unit| {
            let child = |name: &str| unit.children().find(|c| c.has_tag_name((XLIFF_NS, name)));
            let target = child("target");
            (
                unit.attribute("id").unwrap().to_string(),
                inner(child("source").unwrap()),
                target
                    .and_then(|t| t.attribute("state"))
                    .map(str::to_string),
                target.map(|t| {
                    if t.has_children() {
                        inner(t)
                    } else {
                        String::new()
                    }
                }),
            )
        })
        .collect()
}

fn unit<'a>(
    all: &'a [(String, String, Option<String>, Option<String>)],
    id: &str,
) -> &'a (String, String, Option<String>, Option<String>) {
    all.iter()
        .find(|u| u.0 == id)
        .unwrap_or_else(|| panic!("no unit {id}"))
}

#[test]
fn export_has_one_file_per_source_stable_ids_and_markdown_as_inline_elements() {
    let site = fixture("translators");
    let xliff = export(&site, &["--only", "all"]);
    let doc = roxmltree::Document::parse(&xliff).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("version"), Some("1.2"));
    let files: Vec<(&str, &str)> = root
        .children()
        .filter(|n| n.has_tag_name((XLIFF_NS, "file")))
        .map(|f| {
            (
                f.attribute("original").unwrap(),
                f.attribute("target-language").unwrap(),
            )
        })
        .collect();
    for original in [
        "config.toml",
        "i18n/de.ftl",
        "content/arbeit/visum.md",
        "content/partners/beratung.toml",
        "content/glossary/visum.toml",
    ] {
        assert!(files.contains(&(original, "uk")), "{original} in {files:?}");
    }
    let all = units(&xliff);
    assert_eq!(
        unit(&all, "content/arbeit/visum.md#s1").1,
        "Sie brauchen ein <bpt id=\"1\">**</bpt>Visum<ept id=\"1\">**</ept>, wenn Sie länger bleiben. Lesen Sie auch <bpt id=\"2\">[</bpt>die Seite zu Steuern<ept id=\"2\">](@/arbeit/steuern.md)</ept>."
    );
    assert_eq!(
        unit(&all, "content/arbeit/visum.md#s4").1,
        "bei der Ausländerbehörde: <bpt id=\"1\">[</bpt>0361 123<ept id=\"1\">](tel:+49361123)</ept>"
    );
    assert_eq!(
        unit(&all, "content/arbeit/visum.md#s8").1,
        "75 €",
        "a table cell"
    );
    assert_eq!(
        unit(&all, "content/arbeit/visum.md#s9").1,
        "Das Formular heißt <ph id=\"1\">`VIDEX`</ph>."
    );
    assert_eq!(unit(&all, "content/arbeit/visum.md#title").1, "Das Visum");
    // Ukrainian has four plural forms where German has two.
    for form in ["one", "few", "many", "other"] {
        unit(&all, &format!("i18n/de.ftl#file-count[{form}]"));
    }
    assert_eq!(
        unit(&all, "i18n/de.ftl#fixture-note").3.as_deref(),
        Some("Тестовий портал для <ph id=\"1\">{ $audience }</ph>.")
    );
    assert_eq!(
        unit(&all, "content/partners/beratung.toml#services.2").1,
        "Hilfe bei Bewerbungen"
    );
    assert_eq!(
        unit(&all, "content/glossary/visum.toml#rendering")
            .3
            .as_deref(),
        Some("віза; візи")
    );
    assert_eq!(unit(&all, "config.toml#topics.residence").3, None);
    assert_eq!(
        unit(&all, "content/arbeit/steuern.md#s2").2.as_deref(),
        Some("translated")
    );
    // Ids are stable: a second export is the same document.
    assert_eq!(export(&site, &["--only", "all"]), xliff);
    // By default only what needs work: the page without a translation, untranslated strings.
    let needed = units(&export(&site, &[]));
    assert!(needed.iter().any(|u| u.0 == "content/arbeit/visum.md#s1"));
    assert!(
        needed
            .iter()
            .all(|u| !u.0.starts_with("content/arbeit/steuern.md"))
    );
    assert!(
        needed.iter().all(|u| u.3.is_none()),
        "missing units have no target"
    );
}

/// The paths whose bytes differ between two trees.
fn changed(
    a: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
    b: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
) -> Vec<std::path::PathBuf> {
    a.keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

fn git(site: &Site, args: &[&str]) {
    let status = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .current_dir(&site.root)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn an_outdated_translation_offers_its_old_text_and_marks_only_what_changed() {
    let site = fixture("translators");
    git(&site, &["init", "-q"]);
    assert_eq!(
        site.run_in(&["translations", "--stamp", "content/arbeit/steuern.uk.md"])
            .code,
        0
    );
    git(&site, &["add", "."]);
    git(&site, &["commit", "-qm", "translated"]);
    let source = std::fs::read_to_string(site.root.join("content/arbeit/steuern.md")).unwrap();
    let changed = source.replace(
        "per Post.",
        "per Post, etwa sechs Wochen nach der Anmeldung.",
    ) + "\nEin neuer Absatz.\n";
    site.write("content/arbeit/steuern.md", changed);
    let all = units(&export(&site, &["--only", "outdated"]));
    let state = |id: &str| {
        let u = unit(&all, id);
        (u.2.clone(), u.3.clone())
    };
    assert_eq!(
        state("content/arbeit/steuern.md#s1"),
        (
            Some("translated".into()),
            Some("Ви сплачуєте податок на заробітну плату.".into())
        )
    );
    assert_eq!(
        state("content/arbeit/steuern.md#s2"),
        (
            Some("needs-review-translation".into()),
            Some("Податковий номер ви отримаєте поштою.".into())
        )
    );
    assert_eq!(
        state("content/arbeit/steuern.md#s3").0.as_deref(),
        Some("translated")
    );
    assert_eq!(
        state("content/arbeit/steuern.md#s4"),
        (None, None),
        "a new paragraph has no target"
    );
}

#[test]
fn export_then_import_without_changes_leaves_every_file_as_it_was() {
    let site = fixture("translators");
    let before = tree(&site.root);
    let xliff = export(&site, &["--only", "all"]);
    site.write("uk.xlf", &xliff);
    let run = site.run_in(&["translations", "import", "uk.xlf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut after = tree(&site.root);
    after.remove(std::path::Path::new("uk.xlf"));
    assert!(before == after, "changed: {:?}", changed(&before, &after));
}

/// `xliff` with every empty unit given a target: the source with `UK:` in front.
fn translated(xliff: &str) -> String {
    let mut out = String::new();
    for line in xliff.lines() {
        out.push_str(line);
        out.push('\n');
        if let Some(source) = line
            .trim()
            .strip_prefix("<source>")
            .and_then(|s| s.strip_suffix("</source>"))
        {
            out.push_str(&format!(
                "    <target state=\"translated\">UK: {source}</target>\n"
            ));
        }
    }
    out
}

#[test]
fn import_writes_a_new_translation_with_the_sources_structure_and_stamps_it() {
    let site = fixture("translators");
    let xliff = translated(&export(&site, &[]));
    site.write("uk.xlf", &xliff);
    let run = site.run_in(&["translations", "import", "uk.xlf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("wrote content/arbeit/visum.uk.md"),
        "{}",
        run.stdout
    );
    let page = std::fs::read_to_string(site.root.join("content/arbeit/visum.uk.md")).unwrap();
    assert!(page.contains("title = \"UK: Das Visum\""), "{page}");
    assert!(page.contains("source_hash = \"sha256:"), "{page}");
    assert!(
        page.contains("\n- UK: bei der Ausländerbehörde: [0361 123](tel:+49361123)\n"),
        "{page}"
    );
    assert!(page.contains("| UK: Visum | UK: 75 € |"), "{page}");
    assert!(page.contains("UK: Das Formular heißt `VIDEX`."), "{page}");
    let strings = std::fs::read_to_string(site.root.join("i18n/uk.ftl")).unwrap();
    assert!(
        strings.contains(
            "file-count = { $count ->\n    [one] UK: Eine Datei\n    [few] UK: { $count } Dateien\n"
        ),
        "{strings}"
    );
    let partner =
        std::fs::read_to_string(site.root.join("content/partners/beratung.toml")).unwrap();
    assert!(
        partner.contains("uk = \"UK: Die Beratungsstelle berät zu Arbeit und Anerkennung.\""),
        "{partner}"
    );
    let config = std::fs::read_to_string(site.root.join("config.toml")).unwrap();
    assert!(config.contains("uk = \"UK: Aufenthalt\""), "{config}");
    // The site checks with nothing missing in uk, and a second import changes nothing.
    let check = site.run_in(&["check"]);
    assert!(
        check.stdout.contains(
            "Українська (uk): 100 % translated (6/6, 0 unreviewed), 0 missing, 0 outdated"
        ),
        "{}",
        check.stdout
    );
    let before = tree(&site.root);
    let again = site.run_in(&["translations", "import", "uk.xlf"]);
    assert!(again.stdout.contains("0 files written"), "{}", again.stdout);
    assert!(
        before == tree(&site.root),
        "a second import changes nothing"
    );
}

/// Runs an import of `xliff` and returns stderr, asserting it failed and wrote nothing.
fn refused(site: &Site, xliff: &str) -> String {
    site.write("uk.xlf", xliff);
    let before = tree(&site.root);
    let run = site.run_in(&["translations", "import", "uk.xlf"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(before == tree(&site.root), "nothing is written");
    run.stderr
}

/// The 1-based line and column of the first occurrence of `needle` in `text`.
fn position(text: &str, needle: &str) -> String {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not found"));
    let line = text[..at].lines().count().max(1) + usize::from(text[..at].ends_with('\n'))
        - usize::from(at == 0);
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    format!("uk.xlf:{line}:{col}")
}

#[test]
fn import_errors_name_the_place_and_nothing_is_written_and_a_changed_source_is_refused() {
    let site = fixture("translators");
    let xliff = translated(&export(&site, &[]));
    // A link target changed by the translator.
    let broken = xliff.replacen("UK: Sie brauchen ein <bpt id=\"1\">**</bpt>Visum<ept id=\"1\">**</ept>, wenn Sie länger bleiben. Lesen Sie auch <bpt id=\"2\">[</bpt>die Seite zu Steuern<ept id=\"2\">](@/arbeit/steuern.md)</ept>.", "UK: <bpt id=\"1\">**</bpt>Visum<ept id=\"1\">**</ept> <bpt id=\"2\">[</bpt>Steuern<ept id=\"2\">](https://example.com)</ept>", 1);
    let stderr = refused(&site, &broken);
    let at = position(
        &broken,
        "<target state=\"translated\">UK: <bpt id=\"1\">**</bpt>Visum<ept id=\"1\">**</ept> <bpt",
    );
    assert!(
        stderr.contains(&format!("{at}: error: unit `content/arbeit/visum.md#s1`: inline element <ept id=\"2\"> was changed to `](https://example.com)`; it must stay `](@/arbeit/steuern.md)`")),
        "{stderr}"
    );
    // Elements in the wrong order.
    let reordered = xliff.replacen(
        "UK: Das Formular heißt <ph id=\"1\">`VIDEX`</ph>.",
        "UK: <ph id=\"1\">`VIDEX`</ph><ph id=\"1\">`VIDEX`</ph>",
        1,
    );
    assert!(
        refused(&site, &reordered).contains(
            "unit `content/arbeit/visum.md#s9`: inline element <ph id=\"1\"> appears twice"
        )
    );
    let crossed = xliff.replacen("UK: Sie brauchen ein <bpt id=\"1\">**</bpt>Visum<ept id=\"1\">**</ept>, wenn Sie länger bleiben. Lesen Sie auch <bpt id=\"2\">[</bpt>die Seite zu Steuern<ept id=\"2\">](@/arbeit/steuern.md)</ept>.", "UK: <bpt id=\"1\">**</bpt><bpt id=\"2\">[</bpt>Visum<ept id=\"1\">**</ept>x<ept id=\"2\">](@/arbeit/steuern.md)</ept>", 1);
    assert!(refused(&site, &crossed).contains("inline elements 2 and 1 cross"));
    // An unknown unit, with the nearest one.
    let unknown = xliff.replacen(
        "content/arbeit/visum.md#s9\"",
        "content/arbeit/visum.md#s99\"",
        1,
    );
    let stderr = refused(&site, &unknown);
    let at = position(&unknown, "<trans-unit id=\"content/arbeit/visum.md#s99\"");
    assert!(
        stderr.contains(&format!(
            "{at}: error: unknown unit `content/arbeit/visum.md#s99`"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("units missing from `content/arbeit/visum.md`: s9"),
        "{stderr}"
    );
    // The source changed since the export: that page is refused, the rest is imported; in
    // a Fluent file only the message whose source changed is refused.
    let source = std::fs::read_to_string(site.root.join("content/arbeit/visum.md")).unwrap();
    site.write("content/arbeit/visum.md", source.replace("75 €", "100 €"));
    site.write(
        "i18n/de.ftl",
        std::fs::read_to_string(site.root.join("i18n/de.ftl"))
            .unwrap()
            .replace("Eine Datei", "Genau eine Datei"),
    );
    site.write("uk.xlf", &xliff);
    let run = site.run_in(&["translations", "import", "uk.xlf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let at = position(&xliff, "<file original=\"content/arbeit/visum.md\"");
    assert!(
        run.stderr.contains(&format!("{at}: warning: the source `content/arbeit/visum.md` changed since this file was exported: its translation is refused")),
        "{}",
        run.stderr
    );
    let at = position(&xliff, "<trans-unit id=\"i18n/de.ftl#file-count[one]\"");
    assert!(
        run.stderr.contains(&format!(
            "{at}: warning: the source of unit `i18n/de.ftl#file-count[one]` changed"
        )),
        "{}",
        run.stderr
    );
    assert!(!site.root.join("content/arbeit/visum.uk.md").exists());
    let strings = std::fs::read_to_string(site.root.join("i18n/uk.ftl")).unwrap();
    assert!(
        !strings.contains("file-count"),
        "a plural message with a refused form is not written: {strings}"
    );
    assert!(
        std::fs::read_to_string(site.root.join("config.toml"))
            .unwrap()
            .contains("uk = \"UK: Aufenthalt\"")
    );
    // Not XML at all.
    let stderr = refused(
        &site,
        "<xliff version=\"1.2\">\n<file original=\"x\"><body>\n</bdy>",
    );
    assert!(
        stderr.contains("uk.xlf:3:1: error: not valid XML"),
        "{stderr}"
    );
}

/// (id, source, target) per unit with inline elements flattened to their text, the id
/// taken from the unit's location (as PO tools keep it) or else its `id`.
fn flat_units(xliff: &str) -> Vec<(String, String, String)> {
    let doc = roxmltree::Document::parse(xliff).unwrap();
    let flat = |node: Option<roxmltree::Node>| {
        node.map(|n| {
            n.descendants()
                .filter_map(|d| d.text().filter(|_| d.is_text()))
                .collect::<String>()
        })
        .unwrap_or_default()
    };
    doc.descendants()
        .filter(|n| n.tag_name().name() == "trans-unit")
        .filter_map(|unit| {
            let child = |name: &str| unit.children().find(|c| c.tag_name().name() == name);
            let location = unit
                .descendants()
                .find(|c| {
                    c.tag_name().name() == "context"
                        && c.attribute("context-type") == Some("sourcefile")
                })
                .and_then(|c| c.text())
                .map(str::to_string);
            let id = location.unwrap_or_else(|| unit.attribute("id").unwrap().to_string());
            let source = flat(child("source"));
            (!source.is_empty()).then(|| (id, source, flat(child("target"))))
        })
        .collect()
}

#[test]
fn translate_toolkit_converts_the_export_to_po_and_back_without_loss() {
    let site = fixture("translators");
    let xliff = export(&site, &["--only", "all"]);
    site.write("uk.xlf", &xliff);
    let tool = |args: &[&str]| {
        let out = Command::new(args[0])
            .args(&args[1..])
            .current_dir(&site.root)
            .output()
            .unwrap_or_else(|e| panic!("{} (pip install translate-toolkit): {e}", args[0]));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    tool(&["xliff2po", "uk.xlf", "uk.po"]);
    let po = std::fs::read_to_string(site.root.join("uk.po")).unwrap();
    assert!(
        po.contains("#: i18n/de.ftl%23fixture-note\nmsgid \"Ein Testportal für { $audience }.\"\nmsgstr \"Тестовий портал для { $audience }.\""),
        "{po}"
    );
    assert_eq!(
        po.matches("#, fuzzy").count(),
        1,
        "only the PO header: current translations are approved"
    );
    tool(&["po2xliff", "uk.po", "back.xlf"]);
    let back = std::fs::read_to_string(site.root.join("back.xlf")).unwrap();
    let ours = flat_units(&xliff);
    assert_eq!(ours.len(), 168);
    let returned: Vec<_> = flat_units(&back)
        .into_iter()
        .filter(|(id, ..)| id.contains('#'))
        .collect();
    assert_eq!(ours, returned, "every unit keeps its id, source and target");
}

#[test]
fn an_unreviewed_translation_shows_a_notice_and_is_counted_apart() {
    let site = fixture("translators");
    let page = std::fs::read_to_string(site.root.join("content/arbeit/steuern.uk.md")).unwrap();
    site.write(
        "content/arbeit/steuern.uk.md",
        page.replacen("+++\n", "+++\nunreviewed = true\n", 1),
    );
    assert_eq!(site.build(&[]).code, 0);
    let html = site.html("uk/arbeit/steuern/index.html");
    assert_eq!(
        texts(&html, "article .notice")
            .iter()
            .map(|t| t.replace(['\u{2068}', '\u{2069}'], ""))
            .collect::<Vec<_>>(),
        ["Цей переклад ще не перевірено, він може містити помилки. Читати оригінал мовою: Deutsch"]
    );
    assert_eq!(
        common::attrs(&html, "article .notice a", "href"),
        ["/de/arbeit/steuern/"]
    );
    assert_eq!(
        common::attrs(&html, "article .notice a", "hreflang"),
        ["de"]
    );
    let check = site.run_in(&["check"]);
    assert!(
        check
            .stdout
            .contains("Українська (uk): 66 % translated (4/6, 1 unreviewed)"),
        "{}",
        check.stdout
    );
    let required = site.run_in(&["check", "--require-reviewed"]);
    assert_eq!(required.code, 1);
    assert!(
        required.stdout.contains("content/arbeit/steuern.uk.md\n  error: not reviewed: the translation is marked `unreviewed = true`"),
        "{}",
        required.stdout
    );
    let status = site.html("status/index.html");
    assert!(texts(&status, "tr[data-lang=uk] td").contains(&"1".to_string()));
}
