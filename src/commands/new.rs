//! `wegweiser new`: scaffolds a page with stubs for its translations, a partner file, or a
//! whole minimal site. Never overwrites a file.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::dates::Date;
use std::path::{Path, PathBuf};

/// What `new` made: the files written, relative to the root, and what to do next.
#[derive(Debug)]
pub struct Created {
    /// The files written.
    pub files: Vec<PathBuf>,
    /// The next step, naming the command to run; `wegweiser` stands for `invocation`.
    pub next: String,
}

/// Creates `content/<section>/<name>.md` in the default language and one file per other
/// language, all marked `draft = true` and titled with the bare name: nothing is published,
/// in no language, before an editor has written its title and text. `invocation` is how the
/// next step names the program (`wegweiser`, or with `--root DIR`).
pub fn page(
    root: &Path,
    config: &Config,
    path: &str,
    today: Date,
    invocation: &str,
) -> Result<Created, Diagnostic> {
    let path = path.trim_matches('/').trim_end_matches(".md");
    let (section, name) = path.rsplit_once('/').unwrap_or(("", path));
    let slug = crate::slug::slugify(name);
    if slug.is_empty() || slug != name {
        return Err(
            Diagnostic::error(path, format!("`{name}` cannot be a page name")).with_hint(
                if slug.is_empty() {
                    "use lower-case letters, digits and `-`, e.g. `blue-card`".to_string()
                } else {
                    format!("use lower-case letters, digits and `-`, e.g. `{slug}`")
                },
            ),
        );
    }
    let dir = Path::new(crate::load::content::CONTENT_DIR).join(section);
    if !root.join(&dir).join("_index.md").is_file() {
        return Err(Diagnostic::error(
            dir.join("_index.md"),
            format!("the section `{section}` does not exist"),
        )
        .with_hint("create the section first: a folder under `content/` with an `_index.md`"));
    }
    let mut files = Vec::new();
    for (i, language) in config.languages.iter_enumerated() {
        let file = if i.is_default() {
            dir.join(format!("{name}.md"))
        } else {
            dir.join(format!("{name}.{}.md", language.code))
        };
        let draft = if i.is_default() {
            "# A new page: write its title, description and text, then delete the next line.\n"
        } else {
            "# A stub: translate the page, then delete the next line.\n"
        };
        let text = format!(
            "+++\n# Title in {language}\ntitle = \"{name}\"\ndescription = \"\"\n{draft}draft = true\nlast_reviewed = {today}\n# Addresses of the authorities the facts come from.\nsources = []\n# Topic ids from config.toml's [topics].\ntopics = []\n+++\n\n",
            language = language.name,
        );
        files.push((file, text));
    }
    let original = dir.join(format!("{name}.md"));
    let next = format!(
        "write the title and text in {}, then delete its `draft = true` line; \
         `{invocation} serve --drafts` shows drafts while you write",
        original.display()
    );
    Ok(Created {
        files: write_all(root, files)?,
        next,
    })
}

/// Creates `content/<partners>/<id>.toml` with every field, commented.
pub fn partner(
    root: &Path,
    config: &Config,
    id: &str,
    today: Date,
    invocation: &str,
) -> Result<Created, Diagnostic> {
    let file = Path::new(crate::load::content::CONTENT_DIR)
        .join(&config.partners_section)
        .join(format!("{id}.toml"));
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(
            Diagnostic::error(&file, format!("`{id}` cannot be a partner id")).with_hint(format!(
                "use lower-case letters, digits and `-`, e.g. `{}`",
                crate::slug::slugify(id)
            )),
        );
    }
    let summaries: String = config
        .languages
        .iter()
        .map(|l| format!("{} = \"\"\n", l.code))
        .collect();
    let topics: Vec<String> = config.topics.iter().map(|t| t.id.clone()).collect();
    let text = format!(
        "# Partner file: every fact must come from the organisation's own page (see `sources`).\n\
         # Leave a field out rather than guess an address, phone number or opening hour.\n\
         name = \"\"                 # the proper name, not translated\n\
         # short_name = \"\"\n\
         kind = \"counselling\"      # {kinds}\n\
         topics = []               # from: {topics}\n\
         cities = []               # offices, e.g. [\"Erfurt\"]\n\
         # regions = [\"Thüringen\"]\n\
         # languages = [\"de\", \"en\"]   # languages in which advice is given\n\
         # website = \"https://\"\n\
         # email = \"\"\n\
         # phone = \"+49 …\"\n\
         last_reviewed = {today}\n\
         sources = []              # where the facts in this file come from\n\
         \n\
         [summary]                 # one to three plain sentences per language\n\
         {summaries}\
         \n\
         # [services]\n\
         # de = [\"…\"]\n\
         \n\
         # [[locations]]\n\
         # street = \"\"\n\
         # postcode = \"\"\n\
         # city = \"\"\n\
         # opening_hours = {{ de = \"\" }}\n",
        kinds = crate::load::partners::KINDS.join(", "),
        topics = topics.join(", "),
    );
    let next = format!(
        "fill in {} from the organisation's own pages; `{invocation} check` says what is \
         still missing",
        file.display()
    );
    Ok(Created {
        files: write_all(root, vec![(file, text)])?,
        next,
    })
}

/// Creates a minimal working site in `root`: config.toml, a home page and one section, in
/// German and English.
pub fn site(root: &Path, invocation: &str) -> Result<Created, Diagnostic> {
    let files = vec![
        (
            PathBuf::from(crate::load::config::CONFIG_FILE),
            "base_url = \"https://www.example.org/\"\ndefault_language = \"de\"\n\
             # A search page per language (pagefind index of the pages).\nsearch = true\n\n\
             [languages.de]\nname = \"Deutsch\"\ntitle = \"Mein Portal\"\n\n\
             [languages.en]\nname = \"English\"\ntitle = \"My portal\"\n\n\
             [topics.work]\nde = \"Arbeit\"\nen = \"Work\"\n"
                .to_string(),
        ),
        (
            PathBuf::from("content/_index.md"),
            "+++\ntitle = \"Willkommen\"\n+++\n\nDiese Seite wurde mit `wegweiser new site` angelegt.\n".to_string(),
        ),
        (
            PathBuf::from("content/_index.en.md"),
            "+++\ntitle = \"Welcome\"\n+++\n\nThis site was made with `wegweiser new site`.\n".to_string(),
        ),
        (
            PathBuf::from("content/arbeit/_index.md"),
            "+++\ntitle = \"Arbeit\"\ntopics = [\"work\"]\n+++\n\nEin Bereich für Seiten über Arbeit.\n"
                .to_string(),
        ),
        (
            PathBuf::from("content/arbeit/_index.en.md"),
            "+++\ntitle = \"Work\"\nslug = \"work\"\n+++\n\nA section for pages about work.\n"
                .to_string(),
        ),
    ];
    if root.join(crate::load::config::CONFIG_FILE).exists()
        || root.join(crate::load::content::CONTENT_DIR).exists()
    {
        return Err(Diagnostic::error(root, "there is a site here already")
            .with_hint("choose an empty or new folder"));
    }
    Ok(Created {
        files: write_all(root, files)?,
        next: format!(
            "`{invocation} serve` shows the site at http://127.0.0.1:1111/ while you edit; \
             `{invocation} new page arbeit/erste-seite` adds a page"
        ),
    })
}

/// Writes every file, refusing to overwrite: if any exists, nothing is written.
fn write_all(root: &Path, files: Vec<(PathBuf, String)>) -> Result<Vec<PathBuf>, Diagnostic> {
    if let Some((file, _)) = files.iter().find(|(f, _)| root.join(f).exists()) {
        return Err(
            Diagnostic::error(file, "the file exists already; nothing was written")
                .with_hint("choose another name, or edit the existing file"),
        );
    }
    for (file, text) in &files {
        let path = root.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Diagnostic::error(file, format!("cannot create the folder: {e}")))?;
        }
        std::fs::write(&path, text)
            .map_err(|e| Diagnostic::error(file, format!("cannot write: {e}")))?;
    }
    Ok(files.into_iter().map(|(f, _)| f).collect())
}
