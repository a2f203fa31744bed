//! Decision paths in the link stage: the URL of every question and result in every language,
//! the section that lists each path, and the checks that need the rest of the site — partners,
//! glossary entries and `@/` links named by results exist, and no page of a path takes a URL
//! that another page has. Also what translations lack, as warnings. Pure.

use crate::diagnostic::Diagnostic;
use crate::link::directory::{Directory, Urls};
use crate::link::items::{ItemId, Linked};
use crate::load::config::{Config, Lang};
use crate::load::content::INTERNAL_PREFIX;
use crate::load::glossary::Entry;
use crate::load::paths::{DecisionPath, Named, Texts};
use std::collections::HashSet;

/// The linked decision paths.
#[derive(Debug, Default)]
pub struct Paths {
    /// The paths, sorted by id.
    pub paths: Vec<LinkedPath>,
}

/// A decision path with its place in the site.
#[derive(Debug)]
pub struct LinkedPath {
    /// The path as loaded.
    pub path: DecisionPath,
    /// The section whose page lists it.
    pub section: Option<ItemId>,
}

/// A page of a path: its first question (the path's own URL), another question, or a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    /// A question, by position in [`DecisionPath::questions`].
    Question(usize),
    /// A result, by position in [`DecisionPath::results`].
    Result(usize),
}

impl LinkedPath {
    /// The id of `node`.
    pub fn id(&self, node: Node) -> &str {
        match node {
            Node::Question(q) => &self.path.questions[q].id,
            Node::Result(r) => &self.path.results[r].id,
        }
    }

    /// The node with id `id`.
    pub fn node(&self, id: &str) -> Option<Node> {
        let path = &self.path;
        path.questions
            .iter()
            .position(|q| q.id == id)
            .map(Node::Question)
            .or_else(|| {
                path.results
                    .iter()
                    .position(|r| r.id == id)
                    .map(Node::Result)
            })
    }

    /// Every page of the path: its questions, then its results.
    pub fn nodes(&self) -> impl Iterator<Item = Node> + '_ {
        (0..self.path.questions.len())
            .map(Node::Question)
            .chain((0..self.path.results.len()).map(Node::Result))
    }

    /// The URL folder of `node` in `lang`, below the base URL: `<lang>/<slug>/` for the first
    /// question, `<lang>/<slug>/<id>/` for the others; the slug is the translation's `slug`
    /// (a variant without one reads its base's), else the file's id.
    pub fn url(&self, config: &Config, node: Node, lang: Lang) -> String {
        let code = &config.languages[lang].code;
        let id = self.id(node);
        let language = &config.languages[lang];
        // As for pages: a translation's own slug, a variant's shown text's slug, else the id.
        let slug = match self.path.texts.get(&language.code) {
            Some(own) => own.slug.as_deref(),
            None if language.variant_of.is_some() => self
                .texts(config, lang)
                .first()
                .and_then(|(_, t)| t.slug.as_deref()),
            None => None,
        };
        let segment = slug.unwrap_or(&self.path.id);
        if id == self.path.start {
            format!("{code}/{segment}/")
        } else {
            format!("{code}/{segment}/{id}/")
        }
    }

    /// The URL of `node` in every language.
    pub fn urls(&self, config: &Config, node: Node) -> Urls {
        config
            .languages
            .keys()
            .map(|lang| self.url(config, node, lang))
            .collect()
    }

    /// The texts to show in `lang`, best first: its own translation, then its fallback
    /// languages', then the original's. Each with its language code.
    pub fn texts<'a>(&'a self, config: &'a Config, lang: Lang) -> Vec<(&'a str, &'a Texts)> {
        let mut chain = Vec::new();
        let mut code = config.languages[lang].code.as_str();
        while !chain.iter().any(|(c, _)| *c == code) {
            if let Some(texts) = self.path.texts.get(code) {
                chain.push((code, texts));
            }
            match config.language(code) {
                Some(l) if l.code != l.fallback => code = &l.fallback,
                _ => break,
            }
        }
        let default = &config.default_language().code;
        if !chain.iter().any(|(c, _)| c == default)
            && let Some(texts) = self.path.texts.get(default)
        {
            chain.push((default, texts));
        }
        chain
    }

    /// Whether the results have a two-language print version in `lang`: a translation into a
    /// language that is not a variant of the default language.
    pub fn has_print(&self, config: &Config, lang: Lang) -> bool {
        !lang.is_default()
            && config.languages[lang].variant_of.is_none()
            && self.translated(config, lang)
    }

    /// Whether `node`'s page goes into the search index: only the first question, which says
    /// what the path answers. Results repeat what the site's pages say, and in the index they
    /// push those pages (which say it in full) down.
    pub fn indexed(&self, node: Node) -> bool {
        matches!(node, Node::Question(q) if self.path.questions[q].id == self.path.start)
    }

    /// Whether the path has its own translation in `lang`.
    pub fn translated(&self, config: &Config, lang: Lang) -> bool {
        self.path.texts.contains_key(&config.languages[lang].code)
    }
}

/// Links the paths to the site: finds their sections, checks what their results name and that
/// their URLs are free.
pub fn link(
    config: &Config,
    linked: &Linked,
    directory: &Directory,
    glossary: &[Entry],
    paths: Vec<DecisionPath>,
) -> Result<Paths, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut linked_paths = Vec::new();
    for path in paths {
        let section = match &path.section {
            Some(named) => {
                let item = linked.item_of(&format!("{}/_index.md", named.id));
                if item.is_none() {
                    problems.push(at(&path, named, format!("no section `content/{}/`", named.id)).with_hint(
                        "name a folder below `content/` that has an `_index.md`, or leave `section` out",
                    ));
                }
                item
            }
            None => None,
        };
        for result in &path.results {
            for partner in &result.partners {
                if !directory.partners.iter().any(|p| p.id == partner.id) {
                    let ids = directory.partners.iter().map(|p| p.id.as_str());
                    problems.push(
                        at(&path, partner, format!("no partner `{}`", partner.id)).with_hint(near(
                            &partner.id,
                            ids,
                            "partners are named by their file names in the directory",
                        )),
                    );
                }
            }
            for entry in &result.glossary {
                if !glossary.iter().any(|e| e.id == entry.id) {
                    let ids = glossary.iter().map(|e| e.id.as_str());
                    problems.push(
                        at(&path, entry, format!("no glossary entry `{}`", entry.id)).with_hint(
                            near(
                                &entry.id,
                                ids,
                                "glossary entries are named by their file names",
                            ),
                        ),
                    );
                }
            }
        }
        for texts in path.texts.values() {
            problems.extend(link_problems(linked, texts));
        }
        linked_paths.push(LinkedPath { path, section });
    }
    problems.extend(clashes(config, linked, directory, &linked_paths));
    if problems.is_empty() {
        Ok(Paths {
            paths: linked_paths,
        })
    } else {
        Err(problems)
    }
}

/// An error in `path`'s original at `named`.
fn at(path: &DecisionPath, named: &Named, message: String) -> Diagnostic {
    Diagnostic::error(&path.path, message).at(named.at.0, named.at.1)
}

/// "did you mean" the id nearest to `wrong`, else `otherwise`.
fn near<'a>(wrong: &str, ids: impl IntoIterator<Item = &'a str>, otherwise: &str) -> String {
    match crate::suggest::nearest(wrong, ids) {
        Some(id) => format!("did you mean `{id}`?"),
        None => otherwise.to_string(),
    }
}

/// An error for each `@/` link of a result text in `texts` that names no page.
fn link_problems(linked: &Linked, texts: &Texts) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for result in texts.results.values() {
        let Some(text) = &result.text else { continue };
        let parser = pulldown_cmark::Parser::new(&text.text);
        for (event, range) in parser.into_offset_iter() {
            if let pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) = event
                && let Some(target) = dest_url.strip_prefix(INTERNAL_PREFIX)
                && let Err((message, hint)) = linked.resolve(target, Lang::DEFAULT)
            {
                let (line, col) = crate::diagnostic::line_col(&text.text, range.start);
                problems.push(
                    Diagnostic::error(&texts.path, message)
                        .at(text.line + line - 1, col)
                        .with_hint(hint),
                );
            }
        }
    }
    problems
}

/// An error for each page of a path whose URL a content page, a directory page or another
/// path's page has.
fn clashes(
    config: &Config,
    linked: &Linked,
    directory: &Directory,
    paths: &[LinkedPath],
) -> Vec<Diagnostic> {
    let mut taken: HashSet<String> = linked
        .items
        .iter()
        .flat_map(|i| i.urls.iter().cloned())
        .collect();
    taken.extend(
        directory
            .pages(config, linked)
            .into_iter()
            .flat_map(|(_, urls)| urls.into_iter()),
    );
    let mut problems = Vec::new();
    for path in paths {
        for (node, lang) in path
            .nodes()
            .flat_map(|n| config.languages.keys().map(move |l| (n, l)))
        {
            let url = path.url(config, node, lang);
            if !taken.insert(url.clone()) {
                let file = path
                    .path
                    .texts
                    .get(&config.languages[lang].code)
                    .filter(|t| t.slug.is_some())
                    .map_or(&path.path.path, |t| &t.path);
                problems.push(
                    Diagnostic::error(
                        file,
                        format!(
                            "the URL `/{url}` of `{}` is taken by another page",
                            path.id(node)
                        ),
                    )
                    .with_hint("give the path another `slug` (or file name), or the other page another slug"),
                );
                break;
            }
        }
    }
    problems
}

/// The state of a path in one language, for the status page.
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq)]
pub struct PathLanguage {
    /// Language code.
    pub lang: String,
    /// `original`, `translated`, `unreviewed`, `incomplete` (texts missing) or `missing`.
    pub state: &'static str,
    /// Texts missing in an existing translation.
    pub missing_texts: usize,
}

/// A path on the status page.
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq)]
pub struct PathStatus {
    /// The original's title.
    pub title: String,
    /// The original's file.
    pub path: String,
    /// URL path of its first question in the default language.
    pub url: String,
    /// Questions.
    pub questions: usize,
    /// Results.
    pub results: usize,
    /// The oldest `last_reviewed` of its results.
    pub last_reviewed: String,
    /// Ids of results due for review (older than `review_every` days).
    pub review_due: Vec<String>,
    /// Its state per language.
    pub languages: Vec<PathLanguage>,
}

impl Paths {
    /// Every path's status on `today`.
    pub fn status(&self, config: &Config, today: crate::load::dates::Date) -> Vec<PathStatus> {
        let default = &config.default_language().code;
        self.paths
            .iter()
            .map(|linked| {
                let path = &linked.path;
                let oldest = path.results.iter().map(|r| r.last_reviewed).min();
                PathStatus {
                    title: path
                        .texts
                        .get(default)
                        .and_then(|t| t.title.clone())
                        .unwrap_or_default(),
                    path: path.path.to_string_lossy().replace('\\', "/"),
                    url: config.url_path(
                        &linked
                            .node(&path.start)
                            .map_or_else(String::new, |n| linked.url(config, n, Lang::DEFAULT)),
                    ),
                    questions: path.questions.len(),
                    results: path.results.len(),
                    last_reviewed: oldest.map(|d| d.to_string()).unwrap_or_default(),
                    review_due: path
                        .results
                        .iter()
                        .filter(|r| {
                            config.review_every.is_some_and(|days| {
                                r.last_reviewed.saturating_add(jiff::Span::new().days(days)) < today
                            })
                        })
                        .map(|r| r.id.clone())
                        .collect(),
                    languages: config
                        .languages
                        .iter()
                        .map(|l| {
                            let missing = crate::load::path_translation::missing_texts(
                                path, default, &l.code,
                            );
                            let state = match path.texts.get(&l.code) {
                                _ if &l.code == default => "original",
                                None => "missing",
                                Some(_) if !missing.is_empty() => "incomplete",
                                Some(t) if t.unreviewed => "unreviewed",
                                Some(_) => "translated",
                            };
                            PathLanguage {
                                lang: l.code.clone(),
                                state,
                                missing_texts: missing.len(),
                            }
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// An error for each translation of a path marked `unreviewed = true` (for
    /// `check --require-reviewed`).
    pub fn unreviewed(&self) -> Vec<Diagnostic> {
        self.paths
            .iter()
            .flat_map(|linked| linked.path.texts.values())
            .filter(|texts| texts.unreviewed)
            .map(|texts| {
                Diagnostic::error(
                    &texts.path,
                    "not reviewed: the translation is marked `unreviewed = true`",
                )
                .with_hint(
                    "have it reviewed against its original, then delete the `unreviewed` line",
                )
            })
            .collect()
    }

    /// Warnings for results due for review, and for what translations lack: a whole language
    /// (variants, which show their base language by design, left out), or single texts of a
    /// translation, which then show the original's.
    pub fn warnings(&self, config: &Config, today: crate::load::dates::Date) -> Vec<Diagnostic> {
        let default = &config.default_language().code;
        let mut warnings = Vec::new();
        for (linked, status) in self.paths.iter().zip(self.status(config, today)) {
            let path = &linked.path;
            for result in path
                .results
                .iter()
                .filter(|r| status.review_due.contains(&r.id))
            {
                warnings.push(
                    Diagnostic::warning(
                        &path.path,
                        format!(
                            "result `{}` is due for review: `last_reviewed` is more than {} days old",
                            result.id,
                            config.review_every.unwrap_or_default()
                        ),
                    )
                    .at(result.at.0, result.at.1)
                    .with_hint("check the facts against the sources, then set `last_reviewed` to today"),
                );
            }
            for language in config.languages.iter().skip(1) {
                let Some(texts) = path.texts.get(&language.code) else {
                    if language.advertised() {
                        warnings.push(
                            Diagnostic::warning(
                                &path.path,
                                format!(
                                    "not translated into {} (`{}`)",
                                    language.name, language.code
                                ),
                            )
                            .with_hint(format!(
                                "create `paths/{}.{}.toml`",
                                path.id, language.code
                            )),
                        );
                    }
                    continue;
                };
                for (key, table) in
                    crate::load::path_translation::missing_texts(path, default, &language.code)
                {
                    let (line, col) = texts.tables.get(&table).copied().unwrap_or((0, 0));
                    warnings.push(
                        Diagnostic::warning(
                            &texts.path,
                            format!("`{key}` is not translated; the original's text is shown"),
                        )
                        .at(line, col)
                        .with_hint(format!("translate it from `{}`", path.path.display())),
                    );
                }
            }
        }
        warnings
    }
}
