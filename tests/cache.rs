//! `build --cache DIR`: an incremental build writes exactly what a full build writes, takes
//! from the cache only what it can check, and says why it rendered everything.

mod common;

use common::{Run, Site, fixture, tree};
use std::path::{Path, PathBuf};

/// The sites the tests edit: every fixture that builds.
const FIXTURES: [&str; 9] = [
    "basic",
    "directory",
    "events",
    "glossary",
    "paths",
    "saxony",
    "translators",
    "variant",
    "zola",
];

/// Text appended to a page: a heading (anchors, tables of contents) and a paragraph.
const EDIT: &str = "\n\n## Ein neuer Abschnitt\n\nEin neuer Absatz mit **Text**.\n";

fn cache(site: &Site) -> PathBuf {
    site.root.parent().unwrap().join("cache")
}

fn cached_build(site: &Site) -> Run {
    let cache = cache(site);
    site.build(&["--today", "2026-12-04", "--cache", cache.to_str().unwrap()])
}

/// The files of a full build without cache, in a folder of its own.
fn full_build(site: &Site) -> (Run, std::collections::BTreeMap<PathBuf, Vec<u8>>) {
    let out = site.root.parent().unwrap().join("full");
    let run = site.build(&["--today", "2026-12-04", "--out", out.to_str().unwrap()]);
    let files = if out.exists() {
        tree(&out)
    } else {
        Default::default()
    };
    (run, files)
}

fn assert_same_as_full(site: &Site, what: &str) {
    let (full, files) = full_build(site);
    assert_eq!(full.code, 0, "{what}: full build failed: {}", full.stderr);
    let incremental = tree(&site.out());
    let differ: Vec<&PathBuf> = files
        .keys()
        .chain(incremental.keys())
        .filter(|p| files.get(*p) != incremental.get(*p))
        .collect();
    assert!(differ.is_empty(), "{what}: files differ: {differ:?}");
}

/// Dates every file below `content/` an hour back, as the files are that nobody just saved:
/// their stamps are trusted, and a cached build takes them from the cache without reading.
fn settle(site: &Site) {
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in walkdir::WalkDir::new(site.root.join("content")).into_iter() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            set_modified(entry.path(), hour_ago);
        }
    }
}

fn set_modified(path: &Path, time: std::time::SystemTime) {
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(time).unwrap();
}

/// The Markdown files of a site, relative to its root.
fn pages(root: &Path) -> Vec<String> {
    walkdir::WalkDir::new(root.join("content"))
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap();
            rel.to_string_lossy().into_owned()
        })
        .collect()
}

/// Edits the text of pages of fixture `name` one after another — every page of the sites with
/// translations and print versions, every third of the others — and checks each incremental
/// build against a full build. Returns how many edits were built incrementally.
fn edit_pages(name: &str) -> usize {
    let site = fixture(name);
    settle(&site);
    let first = cached_build(&site);
    assert_eq!(first.code, 0, "{name}: {}", first.stderr);
    assert!(
        first
            .stdout
            .contains("rendered: the cache holds no earlier build"),
        "{name}: {}",
        first.stdout
    );
    let every = if matches!(name, "basic" | "translators") {
        1
    } else {
        3
    };
    let mut incremental = 0;
    for page in pages(&site.root).into_iter().step_by(every) {
        let text = site.read(&page);
        site.write(&page, format!("{text}{EDIT}"));
        let run = cached_build(&site);
        let what = format!("{name}: {page}");
        assert_eq!(run.code, 0, "{what}: {}", run.stderr);
        if run.stdout.contains("rendered again") {
            incremental += 1;
        }
        assert_same_as_full(&site, &what);
    }
    incremental
}

#[test]
fn after_an_edit_of_a_page_text_the_output_equals_a_full_build() {
    let incremental: usize = std::thread::scope(|scope| {
        let runs: Vec<_> = FIXTURES
            .iter()
            .map(|name| scope.spawn(move || edit_pages(name)))
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).sum()
    });
    assert!(
        incremental > 30,
        "most edits render only their outputs: {incremental}"
    );
}

#[test]
fn with_offline_reading_the_output_equals_a_full_build() {
    let site = fixture("basic");
    let config = site.read("config.toml");
    site.write(
        "config.toml",
        config.replacen("search = true", "search = true\noffline = true", 1),
    );
    assert_eq!(cached_build(&site).code, 0);
    assert!(site.out().join("de/arbeiten/offline.json").is_file());
    for page in [
        "content/arbeit/visum.md",
        "content/arbeit/visum.en.md",
        "content/_index.md",
    ] {
        let text = site.read(page);
        site.write(page, format!("{text}{EDIT}"));
        let run = cached_build(&site);
        assert!(
            run.stdout.contains("rendered again"),
            "{page}: {}",
            run.stdout
        );
        assert_same_as_full(&site, page);
    }
}

#[test]
fn an_edit_renders_again_only_the_outputs_that_show_the_text() {
    let site = fixture("basic");
    assert_eq!(cached_build(&site).code, 0);
    let untouched = std::fs::metadata(site.out().join("de/index.html"))
        .unwrap()
        .modified()
        .unwrap();
    let text = site.read("content/arbeit/visum.md");
    site.write("content/arbeit/visum.md", format!("{text}{EDIT}"));
    let run = cached_build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The German page, the print versions of its English and Arabic translations, the status page.
    assert!(run.stdout.contains("(4 of "), "{}", run.stdout);
    assert!(
        site.page("de/arbeiten/visum/index.html")
            .contains("Ein neuer Abschnitt")
    );
    assert_eq!(
        std::fs::metadata(site.out().join("de/index.html"))
            .unwrap()
            .modified()
            .unwrap(),
        untouched,
        "a file whose bytes did not change is not written"
    );
}

#[test]
fn a_file_unchanged_since_the_last_build_is_not_read_again() {
    let site = fixture("basic");
    settle(&site);
    assert_eq!(cached_build(&site).code, 0);
    // Bytes that are not UTF-8, at the same size and time: read, they would fail the build.
    let path = site.root.join("content/arbeit/windows.md");
    let then = std::fs::metadata(&path).unwrap().modified().unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    let end = bytes.len() - 2;
    bytes[end] = 0xff;
    std::fs::write(&path, &bytes).unwrap();
    set_modified(&path, then);
    let text = site.read("content/arbeit/visum.md");
    site.write("content/arbeit/visum.md", format!("{text}{EDIT}"));
    let run = cached_build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("(4 of "), "{}", run.stdout);
    // Saved again, it is read.
    set_modified(&path, std::time::SystemTime::now());
    let run = cached_build(&site);
    let said = format!("{}{}", run.stdout, run.stderr);
    assert_eq!(run.code, 1, "{said}");
    assert!(
        said.contains("content/arbeit/windows.md:5: error: the file is not valid UTF-8 text"),
        "{said}"
    );
}

#[test]
fn a_changed_front_matter_renders_everything_and_says_why() {
    let site = fixture("basic");
    assert_eq!(cached_build(&site).code, 0);
    let text = site.read("content/arbeit/visum.md");
    site.write(
        "content/arbeit/visum.md",
        text.replacen("title = \"", "title = \"Neu: ", 1),
    );
    let run = cached_build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("rendered: settings, templates, strings, files or front matter changed"),
        "{}",
        run.stdout
    );
    assert_same_as_full(&site, "front matter");
}

#[test]
fn a_broken_anchor_after_an_edit_fails_as_a_full_build_does_and_writes_nothing() {
    let site = fixture("basic");
    let text = site.read("content/arbeit/visum.md");
    site.write(
        "content/arbeit/visum.md",
        format!("{text}\n\n## Termin\n\nText.\n"),
    );
    let anmeldung = site.read("content/arbeit/anmeldung.md");
    site.write(
        "content/arbeit/anmeldung.md",
        format!("{anmeldung}\n\nSiehe [Termin](@/arbeit/visum.md#termin).\n"),
    );
    assert_eq!(cached_build(&site).code, 0);
    let before = tree(&site.out());
    let cache_before = tree(&cache(&site));
    site.write(
        "content/arbeit/visum.md",
        format!("{text}\n\n## Frist\n\nText.\n"),
    );
    let run = cached_build(&site);
    let (full, _) = full_build(&site);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: the anchor `#termin` of `@/arbeit/visum.md#termin` is not a heading"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr, full.stderr);
    assert!(tree(&site.out()) == before, "the output is as it was");
    assert!(
        tree(&cache(&site)) == cache_before,
        "the cache is as it was"
    );
}

#[test]
fn a_folder_that_is_not_a_cache_is_neither_used_nor_written() {
    let site = fixture("basic");
    let cache = cache(&site);
    std::fs::create_dir_all(&cache).unwrap();
    std::fs::write(cache.join("notes.txt"), "mine").unwrap();
    let run = cached_build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "{}: warning: not a wegweiser cache (no CACHEDIR.TAG): not used, not written",
            cache.display()
        )),
        "{}",
        run.stderr
    );
    assert_eq!(
        tree(&cache).into_keys().collect::<Vec<_>>(),
        [PathBuf::from("notes.txt")]
    );
    assert_same_as_full(&site, "foreign cache");
}

#[test]
fn a_file_given_as_the_cache_is_neither_used_nor_written() {
    let site = fixture("basic");
    let cache = cache(&site);
    std::fs::write(&cache, "mine").unwrap();
    let run = cached_build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        format!(
            "{}: warning: not a folder: the cache is not used\n  hint: name a folder for `--cache`, e.g. `.wegweiser-cache`\n",
            cache.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&cache).unwrap(), "mine");
    assert_same_as_full(&site, "a file as the cache");
}

#[test]
fn a_corrupt_manifest_is_ignored_with_a_warning_and_written_anew() {
    let site = fixture("basic");
    assert_eq!(cached_build(&site).code, 0);
    let cache = cache(&site);
    let manifest = cache.join("manifest");
    let text = site.read("content/arbeit/visum.md");
    let mut bytes = std::fs::read(&manifest).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    let damaged = [
        (bytes, "manifest is damaged: its checksum does not match"),
        (
            b"{\"format\": 7".to_vec(),
            "manifest was written by another version of wegweiser, or is damaged",
        ),
    ];
    for (round, (bytes, message)) in damaged.into_iter().enumerate() {
        std::fs::write(&manifest, bytes).unwrap();
        site.write(
            "content/arbeit/visum.md",
            format!("{text}{}", EDIT.repeat(round + 1)),
        );
        let run = cached_build(&site);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "{}: warning: {message}\n  hint: everything is rendered and the cache written anew",
                cache.display()
            )),
            "{}",
            run.stderr
        );
        assert!(run.stdout.contains("rendered: the cache could not be used"));
        assert_same_as_full(&site, "corrupt manifest");
    }
    site.write("content/arbeit/visum.md", format!("{text}{EDIT}"));
    let again = cached_build(&site);
    assert!(again.stdout.contains("rendered again"), "{}", again.stdout);
    assert!(again.stderr.is_empty(), "{}", again.stderr);
}

#[test]
fn a_damaged_sources_file_is_ignored_with_a_warning_and_written_anew() {
    let site = fixture("basic");
    settle(&site);
    assert_eq!(cached_build(&site).code, 0);
    let sources = cache(&site).join("sources");
    let mut bytes = std::fs::read(&sources).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&sources, bytes).unwrap();
    let text = site.read("content/arbeit/visum.md");
    site.write("content/arbeit/visum.md", format!("{text}{EDIT}"));
    let run = cached_build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "{}: warning: sources is damaged: its checksum does not match\n  \
             hint: every source is read again and the cache written anew",
            cache(&site).display()
        )),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("rendered again"), "{}", run.stdout);
    assert_same_as_full(&site, "damaged sources");
    site.write("content/arbeit/visum.md", format!("{text}{EDIT}{EDIT}"));
    let again = cached_build(&site);
    assert!(again.stderr.is_empty(), "{}", again.stderr);
    assert!(again.stdout.contains("rendered again"), "{}", again.stdout);
}

#[test]
fn a_lost_or_changed_output_folder_is_made_again_from_the_cache() {
    let site = fixture("basic");
    assert_eq!(cached_build(&site).code, 0);
    std::fs::remove_dir_all(site.out()).unwrap();
    let text = site.read("content/arbeit/visum.md");
    site.write("content/arbeit/visum.md", format!("{text}{EDIT}"));
    let run = cached_build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("rendered again"), "{}", run.stdout);
    assert_same_as_full(&site, "lost output");
    // The output shares its files with the cache: a file changed in place is changed in both,
    // which the stamps show.
    std::fs::write(site.out().join("de/index.html"), "changed by hand").unwrap();
    let run = cached_build(&site);
    assert!(
        run.stderr.contains("changed since the cache was written"),
        "{}",
        run.stderr
    );
    assert_same_as_full(&site, "output changed by hand");
    std::fs::remove_file(site.out().join("de/index.html")).unwrap();
    std::fs::write(site.out().join("de/index.html"), "replaced by hand").unwrap();
    let run = cached_build(&site);
    assert!(run.stdout.contains("(0 of "), "{}", run.stdout);
    assert_same_as_full(&site, "output replaced by hand");
}

#[test]
fn a_file_changed_in_the_cache_is_not_trusted() {
    let site = fixture("basic");
    assert_eq!(cached_build(&site).code, 0);
    std::fs::remove_dir_all(site.out()).unwrap();
    let cache = cache(&site);
    let kept = cache.join("files/de/index.html");
    std::fs::remove_file(&kept).unwrap();
    std::fs::write(&kept, "changed in the cache").unwrap();
    let run = cached_build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "{}: warning: files in `files` changed since the cache was written",
            cache.display()
        )),
        "{}",
        run.stderr
    );
    assert_same_as_full(&site, "changed cache file");
}

/// Moves `folder` away and copies it back, file by file: new inodes and times, as a CI cache
/// restores it.
fn restore_as_copy(folder: &Path) {
    let moved = folder.with_extension("moved");
    std::fs::rename(folder, &moved).unwrap();
    for entry in walkdir::WalkDir::new(&moved) {
        let entry = entry.unwrap();
        let target = folder.join(entry.path().strip_prefix(&moved).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
    std::fs::remove_dir_all(&moved).unwrap();
}

#[test]
fn a_cache_and_output_restored_as_copies_are_used_after_checking_their_bytes() {
    let site = fixture("basic");
    assert_eq!(cached_build(&site).code, 0);
    restore_as_copy(&cache(&site));
    restore_as_copy(&site.out());
    let text = site.read("content/arbeit/visum.md");
    site.write("content/arbeit/visum.md", format!("{text}{EDIT}"));
    let run = cached_build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert!(run.stdout.contains("(4 of "), "{}", run.stdout);
    assert_same_as_full(&site, "restored cache");
    // The build after it finds the output as this one left it.
    let run = cached_build(&site);
    assert!(run.stdout.contains("(0 of "), "{}", run.stdout);
}
