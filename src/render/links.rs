//! The links of the site's Markdown that rendering a page cannot judge alone: `#anchors` of
//! internal links (the target page's headings) and links written as `/<lang>/…`. `build`
//! and `check` both run it, so they agree on what is an error.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::link::items::ItemId;
use crate::load::config::Lang;
use crate::load::content::{Source, SourceId};
use crate::render::markdown;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use typed_index_collections::TiVec;

/// What the render stage saw of one source, rendered in its own language: the ids of its
/// headings and the links only the whole site can judge.
#[derive(Debug, Default, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Seen {
    /// Heading ids, in order.
    pub headings: Vec<String>,
    /// Internal link targets (after `@/`) with their byte offset in the body.
    pub internal: Vec<(usize, String)>,
    /// Site-absolute link targets with their byte offset in the body.
    pub absolute: Vec<(usize, String)>,
}

/// What the render threads saw, by source, for [`check`] once rendering is done: so that
/// `build` checks links and anchors without rendering any Markdown twice.
#[derive(Debug, Default)]
pub struct Collected(Mutex<HashMap<SourceId, Seen>>);

impl Collected {
    /// Keeps what `rendered`, the body of `source` in its own language, shows.
    pub fn record(&self, source: SourceId, rendered: &markdown::Rendered) {
        let seen = Seen {
            headings: rendered.headings.iter().map(|h| h.id.clone()).collect(),
            internal: rendered.internal_links.clone(),
            absolute: rendered.absolute_links.clone(),
        };
        if let Ok(mut all) = self.0.lock() {
            all.insert(source, seen);
        }
    }

    /// Everything recorded.
    pub fn take(&self) -> HashMap<SourceId, Seen> {
        self.0
            .lock()
            .map(|mut all| std::mem::take(&mut *all))
            .unwrap_or_default()
    }
}

/// Checks the internal links of every source the render stage `seen`, their anchors, and
/// site-absolute links to `/<lang>/…`. A page an anchor points to that was not seen (its
/// render failed) is rendered here for its headings.
pub fn check<'s>(site: &Site, seen: &dyn Fn(SourceId) -> Option<&'s Seen>) -> Vec<Diagnostic> {
    let config = &site.config;
    let linked = &site.linked;
    let sources = &site.content.sources;
    let ids: TiVec<SourceId, OnceCell<Result<HashSet<String>, Diagnostic>>> =
        sources.iter().map(|_| OnceCell::new()).collect();
    let ids_of = |index: SourceId| {
        ids[index].get_or_init(|| match seen(index) {
            Some(seen) => Ok(seen.headings.iter().cloned().collect()),
            None => headings(site, &sources[index]),
        })
    };
    let mut pages: FxHashMap<Cow<str>, Option<(ItemId, Lang)>> = FxHashMap::default();
    for (index, item) in linked.items.iter_enumerated() {
        for (lang, url) in item.urls.iter_enumerated() {
            pages.insert(Cow::Borrowed(url), Some((index, lang)));
        }
    }
    for (_, urls) in site.directory.pages(config, linked) {
        pages.extend(urls.into_iter().map(|u| (Cow::Owned(u), None)));
    }
    let base_path = config.url_path("");
    // `None` when `anchor` is a heading id of the page, or its headings cannot be known (why
    // is reported below); else the hint for the broken anchor.
    let anchor_hint = |item: ItemId, lang: Lang, anchor: &str| {
        let anchors = ids_of(linked.items[item].shown[lang]).as_ref().ok()?;
        (!anchors.contains(anchor)).then(|| {
            match crate::suggest::nearest(anchor, anchors.iter().map(String::as_str)) {
                Some(id) => format!("did you mean `#{id}`?"),
                None => "link to a heading id of the target page (its title in lower case, \
                         words joined by `-`)"
                    .to_string(),
            }
        })
    };

    let mut problems = Vec::new();
    for (index, source) in sources.iter_enumerated() {
        let lang = config.language_index(&source.lang).unwrap_or_default();
        let Some(body) = seen(index) else {
            continue;
        };
        // A body that cannot be read now (it was read to be rendered) is reported instead.
        let at = |offset: usize, message: String, hint: &str| match source.doc.body.text() {
            Ok(text) => {
                let (line, col) = crate::diagnostic::line_col(text, offset);
                Diagnostic::error(&source.path, message)
                    .at(source.body_line + line - 1, col)
                    .with_hint(hint)
            }
            Err(unread) => unread,
        };
        for (offset, target) in &body.internal {
            if let (Some(item), Some((_, anchor))) =
                (linked.target_item(target), target.split_once('#'))
                && !anchor.is_empty()
                && let Some(hint) = anchor_hint(item, lang, anchor)
            {
                problems.push(at(
                    *offset,
                    format!("the anchor `#{anchor}` of `@/{target}` is not a heading of that page"),
                    &hint,
                ));
            }
        }
        for (offset, target) in &body.absolute {
            let Some(path) = target.strip_prefix(&base_path) else {
                continue;
            };
            let (path, anchor) = path.split_once('#').unwrap_or((path, ""));
            let path = path.split('?').next().unwrap_or(path);
            let first = path.split('/').next().unwrap_or("");
            if config.language(first).is_none()
                || path.rsplit('/').next().is_some_and(|l| l.contains('.'))
            {
                continue;
            }
            let key = if path.ends_with('/') {
                path.to_string()
            } else {
                format!("{path}/")
            };
            match pages.get(key.as_str()) {
                None => problems.push(at(
                    *offset,
                    format!("the link `{target}` points to no page of the site"),
                    "prefer internal links to files: `@/section/page.md`, which follow slugs and languages",
                )),
                Some(Some((item, target_lang))) if !anchor.is_empty() => {
                    if let Some(hint) = anchor_hint(*item, *target_lang, anchor) {
                        problems.push(at(
                            *offset,
                            format!("the anchor `#{anchor}` of `{target}` is not a heading of that page"),
                            &hint,
                        ));
                    }
                }
                Some(_) => {}
            }
        }
    }
    problems.extend(ids.into_iter().filter_map(|ids| ids.into_inner()?.err()));
    problems
}

/// What an internal link target (after `@/`) of a text in `lang` resolves to: the URL path
/// of the page it names, or why it names none.
pub fn resolver(site: &Site, lang: Lang) -> impl FnMut(&str) -> markdown::Resolution + '_ {
    move |target| {
        site.linked
            .resolve(target, lang)
            .map(|url| site.config.url_path(&url))
    }
}

/// The heading ids of `source`, rendered in its own language, or why its body cannot be read
/// (its render failed already).
fn headings(site: &Site, source: &Source) -> Result<HashSet<String>, Diagnostic> {
    let config = &site.config;
    let lang = config.language_index(&source.lang).unwrap_or_default();
    let style = markdown::Style::of(config);
    let text = source.doc.body.text()?;
    let (rendered, _) = markdown::render(text, style, &mut resolver(site, lang), None);
    Ok(rendered.headings.into_iter().map(|h| h.id).collect())
}
