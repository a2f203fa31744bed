//! Test harness: copies a fixture site from `tests/fixtures/<name>/` into a temporary
//! folder, runs the real `wegweiser` binary on it, and reads what it wrote.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fixture site in a temporary folder.
pub struct Site {
    _dir: tempfile::TempDir,
    /// The site's root folder.
    pub root: PathBuf,
}

/// What a run of the binary printed and returned.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Copies `tests/fixtures/<name>` into a new temporary folder.
pub fn fixture(name: &str) -> Site {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
        &root,
    );
    Site { _dir: dir, root }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs `wegweiser` with `args` in `dir`.
pub fn run(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

impl Site {
    /// Runs `wegweiser build` with extra `args` in the site folder.
    pub fn build(&self, args: &[&str]) -> Run {
        let mut all = vec!["build"];
        all.extend_from_slice(args);
        run(&self.root, &all)
    }

    /// Runs `wegweiser` with `args` in the site folder.
    pub fn run_in(&self, args: &[&str]) -> Run {
        run(&self.root, args)
    }

    /// The default output folder.
    pub fn out(&self) -> PathBuf {
        self.root.join("public")
    }

    /// Reads a file of the output.
    pub fn page(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out().join(rel))
            .unwrap_or_else(|e| panic!("cannot read output {rel}: {e}"))
    }

    /// Parses an output page as HTML.
    pub fn html(&self, rel: &str) -> scraper::Html {
        scraper::Html::parse_document(&self.page(rel))
    }

    /// Reads a file of the site's sources.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root.join(rel))
            .unwrap_or_else(|e| panic!("cannot read source {rel}: {e}"))
    }

    /// Writes a file of the site's sources.
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }

    /// Every file below the root with its bytes, to prove that nothing changed.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        tree(&self.root)
    }
}

/// Every file below `dir` with its bytes.
pub fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// The values of `attr` on the elements matching `selector`.
pub fn attrs(html: &scraper::Html, selector: &str, attr: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).unwrap();
    html.select(&selector)
        .filter_map(|e| e.value().attr(attr).map(str::to_string))
        .collect()
}

/// The text of the elements matching `selector`.
pub fn texts(html: &scraper::Html, selector: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).unwrap();
    html.select(&selector)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

/// The pages in the pagefind index of language `lang`: URL and indexed text, read back from
/// the gzipped fragment files the way pagefind's script reads them.
pub fn indexed(site: &Site, lang: &str) -> Vec<(String, String)> {
    let folder = site.out().join("pagefind/fragment");
    let mut pages: Vec<(String, String)> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            name.starts_with(&format!("{lang}_")) && name.ends_with(".pf_fragment")
        })
        .map(|path| {
            let mut text = String::new();
            let bytes = std::fs::read(&path).unwrap();
            std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text)
                .unwrap();
            let fragment: serde_json::Value =
                serde_json::from_str(text.strip_prefix("pagefind_dcd").unwrap()).unwrap();
            (
                fragment["url"].as_str().unwrap().to_string(),
                fragment["content"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    pages.sort();
    pages
}
