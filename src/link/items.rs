//! Link stage: groups the loaded files into items (a page or section with its translations),
//! hangs them into the section tree, picks what each language shows where a translation is
//! missing, and gives every item its URL in every language. Pure: no disk access.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::config::Lang;
use crate::load::content::INTERNAL_PREFIX;
use crate::load::content::SourceId;
use crate::load::content::Sources;
use crate::load::content::{Kind, Source};
use crate::load::front_matter::SortBy;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use typed_index_collections::{TiSlice, TiVec};

index_type!(
    /// A page or section with its translations: its position in [`Linked::items`].
    ItemId
);

/// A page or section with all its translations.
#[derive(Debug, Clone)]
pub struct Item {
    /// Section or page.
    pub kind: Kind,
    /// The section it belongs to; `None` only for the home section.
    pub parent: Option<ItemId>,
    /// Child sections (unordered; see [`Linked::children`]).
    pub sections: Vec<ItemId>,
    /// Child pages (unordered).
    pub pages: Vec<ItemId>,
    /// Per configured language: the source written in it, if any.
    pub versions: TiVec<Lang, Option<SourceId>>,
    /// Per language: the source shown there — its own translation or a fallback.
    pub shown: TiVec<Lang, SourceId>,
    /// The source translations inherit `weight` and `topics` from when they set none: the
    /// default-language file, else the first language that has one.
    pub original: SourceId,
    /// Per language: the URL path below the base URL, e.g. `de/arbeiten/`.
    pub urls: TiVec<Lang, String>,
}

impl Item {
    /// The weight shown in `lang`: the translation's own, else the original's.
    pub fn weight(&self, lang: Lang, sources: &Sources) -> Option<i64> {
        sources[self.shown[lang]]
            .doc
            .meta
            .weight
            .or(sources[self.original].doc.meta.weight)
    }

    /// The topic ids of the item in `lang`: the translation's own, else the original's.
    pub fn topics<'a>(&self, lang: Lang, sources: &'a Sources) -> impl Iterator<Item = &'a str> {
        let own = &sources[self.shown[lang]].doc.meta.topics;
        let topics = if own.is_empty() {
            &sources[self.original].doc.meta.topics
        } else {
            own
        };
        topics.iter().map(|(id, _)| id.as_str())
    }

    /// Whether the item is shown in language `lang` with another language's text.
    pub fn is_fallback(&self, lang: Lang) -> bool {
        self.versions[lang].is_none()
    }
}

/// The previous and next page of a page in its section.
type Neighbours = (Option<ItemId>, Option<ItemId>);

/// A section's child sections and pages, in order.
type Children = (Vec<ItemId>, Vec<ItemId>);

/// The linked site: every item with its place, versions and URLs.
#[derive(Debug, Clone)]
pub struct Linked {
    /// All items; sections come before their children.
    pub items: TiVec<ItemId, Item>,
    /// The home section.
    pub home: ItemId,
    by_content_path: HashMap<String, ItemId>,
    /// Per section and language: child sections and pages in order.
    order: TiVec<ItemId, TiVec<Lang, Children>>,
    /// Per page and language: the previous and next page of its section.
    neighbours: TiVec<ItemId, TiVec<Lang, Neighbours>>,
}

/// Links `sources` (sorted by path) into items. Reports every duplicate translation, missing
/// section, unusable file name and URL claimed twice.
pub fn link(config: &Config, sources: &Sources) -> Result<Linked, Vec<Diagnostic>> {
    let langs = config.languages.len();
    let mut problems = Vec::new();

    // Sections first, shallow before deep, so parents exist before their children.
    let mut order: Vec<(Kind, usize, &str, SourceId)> = sources
        .iter_enumerated()
        .map(|(i, s)| (s.kind, depth(&s.section_dir), s.content_path.as_str(), i))
        .collect();
    order.sort_unstable();
    let order = order.into_iter().map(|(.., i)| i);

    let mut items: TiVec<ItemId, Item> = TiVec::new();
    let mut by_key: HashMap<(Kind, &str), ItemId> = HashMap::default();
    let mut section_by_dir: HashMap<&str, ItemId> = HashMap::default();
    let mut by_content_path = HashMap::default();
    for i in order {
        let source = &sources[i];
        let lang = config.language_index(&source.lang).unwrap_or_default();
        let item = *by_key.entry((source.kind, &source.key)).or_insert_with(|| {
            items.push_and_get_key(Item {
                kind: source.kind,
                parent: None,
                sections: Vec::new(),
                pages: Vec::new(),
                versions: vec![None; langs].into(),
                shown: TiVec::new(),
                original: i,
                urls: TiVec::new(),
            })
        });
        if let Some(other) = items[item].versions[lang] {
            problems.push(
                Diagnostic::error(
                    &source.path,
                    format!(
                        "this file and `{}` are both the `{}` version of the same {}",
                        sources[other].path.display(),
                        source.lang,
                        kind_name(source.kind)
                    ),
                )
                .with_hint("give one of them another name or another `translation_key`"),
            );
            continue;
        }
        items[item].versions[lang] = Some(i);
        by_content_path.insert(source.content_path.clone(), item);
        if source.kind == Kind::Section {
            section_by_dir.entry(&source.section_dir).or_insert(item);
        }
    }

    for item in &mut items {
        item.original = item
            .versions
            .iter()
            .flatten()
            .copied()
            .next()
            .unwrap_or_default();
    }
    for item in items.keys() {
        let source = &sources[items[item].original];
        if items[item].kind == Kind::Section && source.section_dir.is_empty() {
            continue;
        }
        let parent_dir = match source.kind {
            Kind::Section => source.section_dir.rsplit_once('/').map_or("", |(p, _)| p),
            Kind::Page => source.section_dir.as_str(),
        };
        match section_by_dir.get(parent_dir) {
            Some(&parent) => {
                items[item].parent = Some(parent);
                match source.kind {
                    Kind::Section => items[parent].sections.push(item),
                    Kind::Page => items[parent].pages.push(item),
                }
            }
            None => problems.push(missing_section(parent_dir, source)),
        }
    }
    let Some(&home) = section_by_dir.get("") else {
        problems.push(
            Diagnostic::error("content/_index.md", "the site has no home page")
                .with_hint("create `content/_index.md` with `+++`, `title = \"…\"` and `+++`"),
        );
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }

    for item in &mut items {
        let original = item.original;
        item.shown = config
            .languages
            .keys()
            .map(|lang| {
                item.versions[lang].unwrap_or_else(|| {
                    config
                        .language_index(&config.languages[lang].fallback)
                        .and_then(|f| item.versions[f])
                        .unwrap_or(original)
                })
            })
            .collect();
    }

    // URLs: items are ordered sections-first by depth, so a parent's URL is always known.
    for index in items.keys() {
        let mut urls = TiVec::with_capacity(langs);
        for (lang, language) in config.languages.iter_enumerated() {
            let item = &items[index];
            let url = match item.parent {
                None => format!("{}/", language.code),
                Some(parent) => {
                    let source = &sources[item.versions[lang].unwrap_or(item.shown[lang])];
                    // A variant reads its base's slugs where it shows the base's text.
                    let own = item.versions[lang].is_some() || language.variant_of.is_some();
                    let segment = match &source.doc.meta.slug {
                        Some(slug) if own => slug.clone(),
                        _ => crate::slug::slugify(&source.name),
                    };
                    if segment.is_empty() {
                        problems.push(
                            Diagnostic::error(
                                &source.path,
                                "no URL can be made from this file name",
                            )
                            .with_hint(
                                "add a `slug` to the front matter, e.g. `slug = \"my-page\"`",
                            ),
                        );
                    }
                    format!("{}{segment}/", items[parent].urls[lang])
                }
            };
            urls.push(url);
        }
        items[index].urls = urls;
    }
    let mut claimed: HashMap<&str, ItemId> =
        HashMap::with_capacity_and_hasher(items.len() * langs, Default::default());
    for (index, item) in items.iter_enumerated() {
        for (lang, url) in item.urls.iter_enumerated() {
            let Some(&other) = claimed.get(url.as_str()) else {
                claimed.insert(url, index);
                continue;
            };
            let path = |i: ItemId| sources[items[i].shown[lang]].path.display().to_string();
            problems.push(
                Diagnostic::error(
                    path(index),
                    format!("this file and `{}` both want the URL `/{url}`", path(other)),
                )
                .with_hint("give one of them another `slug` or file name"),
            );
        }
    }

    problems.extend(alias_problems(&items, sources, &claimed));
    for (name, line) in &config.menu {
        let ok = section_by_dir
            .get(name.as_str())
            .is_some_and(|&i| items[i].parent == Some(home));
        if !ok {
            problems.push(
                Diagnostic::error(
                    crate::load::config::CONFIG_FILE,
                    format!(
                        "`menu` names `{name}`, which is not a section folder under `content/`"
                    ),
                )
                .at(*line, 1)
                .with_hint("name top-level folders of `content/` that have an `_index.md`"),
            );
        }
    }
    for (path, line) in &config.footer {
        if !by_content_path.contains_key(path.as_str()) {
            problems.push(
                Diagnostic::error(
                    crate::load::config::CONFIG_FILE,
                    format!("`footer` names `{path}`, which is not a file under `content/`"),
                )
                .at(*line, 1)
                .with_hint("write the path below `content/`, e.g. `legal/imprint.md`"),
            );
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut linked = Linked {
        items,
        home,
        by_content_path,
        order: TiVec::new(),
        neighbours: TiVec::new(),
    };
    linked.order_children(config, sources);
    Ok(linked)
}

impl Linked {
    /// The item of the file at `content_path` (relative to `content/`).
    pub fn item_of(&self, content_path: &str) -> Option<ItemId> {
        self.by_content_path.get(content_path).copied()
    }

    /// The item an internal link target (after `@/`, anchor allowed) names: a file below
    /// `content/`, a section folder, or the empty path for home.
    pub fn target_item(&self, target: &str) -> Option<ItemId> {
        let path = target.split_once('#').map_or(target, |(p, _)| p);
        let path = path.trim_start_matches('/');
        self.item_of(path)
            .or_else(|| self.item_of(&format!("{}/_index.md", path.trim_end_matches('/'))))
            .or_else(|| path.is_empty().then_some(self.home))
    }

    /// Resolves an internal link target (after `@/`, anchor included) to the URL path of that
    /// item in language `lang`, below the base URL.
    pub fn resolve(&self, target: &str, lang: Lang) -> Result<String, (String, String)> {
        let anchor = target.split_once('#').map_or("", |(_, a)| a);
        let item = self.target_item(target).ok_or_else(|| {
            let path = target.split_once('#').map_or(target, |(p, _)| p);
            let paths = self.by_content_path.keys().map(String::as_str);
            let hint = match crate::suggest::nearest(path.trim_start_matches('/'), paths) {
                Some(near) => format!("did you mean `{INTERNAL_PREFIX}{near}`?"),
                None => "write the path of a file below `content/`, with its extension \
                         (`@/folder/page.md`), or a folder for its section (`@/folder/`)"
                    .to_string(),
            };
            (
                format!("the internal link `{INTERNAL_PREFIX}{target}` points to no page"),
                hint,
            )
        })?;
        let url = &self.items[item].urls[lang];
        Ok(if anchor.is_empty() {
            url.clone()
        } else {
            format!("{url}#{anchor}")
        })
    }

    /// The child sections and pages of `section` as shown in `lang`, in the section's order.
    pub fn children(&self, section: ItemId, lang: Lang) -> (&[ItemId], &[ItemId]) {
        let (sections, pages) = &self.order[section][lang];
        (sections, pages)
    }

    /// The pages before and after `page` in its section's order in `lang`.
    pub fn neighbours(&self, page: ItemId, lang: Lang) -> (Option<ItemId>, Option<ItemId>) {
        self.neighbours[page][lang]
    }

    /// Orders the children of every section in every language once, so that listing pages
    /// and previous/next links cost no sorting per page (sorting per page made a 50,000-page
    /// build quadratic: 34 s instead of 9 s).
    fn order_children(&mut self, config: &Config, sources: &Sources) {
        let languages = config.languages.len();
        let order: Vec<_> = (0..self.items.len())
            .into_par_iter()
            .map(|i| {
                let i = ItemId::from(i);
                config
                    .languages
                    .keys()
                    .map(|lang| match self.items[i].kind {
                        Kind::Section => self.sort_children(i, lang, sources),
                        Kind::Page => (Vec::new(), Vec::new()),
                    })
                    .collect()
            })
            .collect();
        self.order = order.into();
        self.neighbours = vec![vec![(None, None); languages].into(); self.items.len()].into();
        for section in self.items.keys() {
            for lang in config.languages.keys() {
                let pages = &self.order[section][lang].1;
                for (at, &page) in pages.iter().enumerate() {
                    let previous = at.checked_sub(1).map(|p| pages[p]);
                    self.neighbours[page][lang] = (previous, pages.get(at + 1).copied());
                }
            }
        }
    }

    /// The children of `section` in `lang`, ordered by the section's `sort_by`: weight then
    /// title (default), title, or newest date first.
    fn sort_children(&self, section: ItemId, lang: Lang, sources: &Sources) -> Children {
        let sort_by = sources[self.items[section].shown[lang]].doc.meta.sort_by;
        let key = |&i: &ItemId| {
            let meta = &sources[self.items[i].shown[lang]].doc.meta;
            let weight = match sort_by {
                SortBy::Weight => self.items[i].weight(lang, sources).unwrap_or(i64::MAX),
                _ => 0,
            };
            let date = match sort_by {
                SortBy::Date => std::cmp::Reverse(meta.date),
                _ => std::cmp::Reverse(None),
            };
            (
                weight,
                date,
                meta.title.to_lowercase(),
                self.items[i].urls[lang].as_str(),
            )
        };
        let sorted = |list: &[ItemId]| {
            let mut list = list.to_vec();
            list.sort_by_cached_key(key);
            list
        };
        let item = &self.items[section];
        (sorted(&item.sections), sorted(&item.pages))
    }
}

/// Aliases that take a page's URL or another alias's, each reported at the file and line that
/// names it.
fn alias_problems(
    items: &TiSlice<ItemId, Item>,
    sources: &Sources,
    claimed: &HashMap<&str, ItemId>,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut taken: HashMap<&str, &Source> = HashMap::default();
    for source in items.iter().flat_map(|i| i.versions.iter().flatten()) {
        let source = &sources[*source];
        for (alias, (line, col)) in &source.doc.meta.aliases {
            let clash = if claimed.contains_key(alias.as_str()) {
                Some(format!("the alias `/{alias}` is the URL of a page"))
            } else {
                taken.get(alias.as_str()).map(|other| {
                    format!(
                        "the alias `/{alias}` is also an alias of `{}`",
                        other.path.display()
                    )
                })
            };
            match clash {
                Some(message) => problems.push(
                    Diagnostic::error(&source.path, message)
                        .at(*line, *col)
                        .with_hint("an alias is an old address that no page has any more"),
                ),
                None => {
                    taken.insert(alias, source);
                }
            }
        }
    }
    problems
}

fn depth(dir: &str) -> usize {
    if dir.is_empty() {
        0
    } else {
        dir.matches('/').count() + 1
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Section => "section",
        Kind::Page => "page",
    }
}

fn missing_section(dir: &str, source: &Source) -> Diagnostic {
    let index = if dir.is_empty() {
        "content/_index.md".to_string()
    } else {
        format!("content/{dir}/_index.md")
    };
    Diagnostic::error(
        &source.path,
        format!("this file lies in a folder without a section file `{index}`"),
    )
    .with_hint(format!(
        "create `{index}` with `+++`, `title = \"…\"` and `+++`"
    ))
}
