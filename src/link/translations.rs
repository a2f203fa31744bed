//! Translation status: per language and section, which items are translated, missing,
//! outdated (the source's body changed since the translation's `source_hash`) or due for
//! review (`last_reviewed` older than `review_every` days). Pure: `today` is an argument.

use crate::diagnostic::Diagnostic;
use crate::link::items::ItemId;
use crate::link::items::Linked;
use crate::load::config::Config;
use crate::load::config::Lang;
use crate::load::content::SourceId;
use crate::load::content::Sources;
use crate::load::dates::Date;
use serde::Serialize;

/// One item in a status list.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Entry {
    /// The file the entry is about: the translation, or the original where it is missing.
    pub path: String,
    /// Title (of the translation, or of the original where it is missing).
    pub title: String,
    /// URL path of the item in the language, as served (`/de/arbeiten/`, base path included).
    pub url: String,
}

/// Completeness of one section in one language.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SectionStatus {
    /// The section's title in the default language.
    pub title: String,
    /// Items of the section (itself and its pages).
    pub total: usize,
    /// Of those, really translated.
    pub translated: usize,
    /// `translated` in whole percent, rounded down.
    pub percent: usize,
}

/// The status of one language.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LanguageStatus {
    /// Language code.
    pub lang: String,
    /// The language's own name.
    pub name: String,
    /// All items of the site.
    pub total: usize,
    /// Items written in this language.
    pub translated: usize,
    /// `translated` in whole percent, rounded down.
    pub percent: usize,
    /// Per section.
    pub sections: Vec<SectionStatus>,
    /// Items without a file in this language.
    pub missing: Vec<Entry>,
    /// Translations whose source changed since their `source_hash`.
    pub outdated: Vec<Entry>,
    /// Translations marked `unreviewed = true`: counted in `translated`, listed apart.
    pub unreviewed: Vec<Entry>,
    /// Files whose `last_reviewed` is older than `review_every` days, or missing.
    pub review_due: Vec<Entry>,
}

/// The status of every configured language, the default language first. Fails when an
/// original's body, compared with its translations, cannot be read.
pub fn status(
    config: &Config,
    sources: &Sources,
    linked: &Linked,
    today: Date,
) -> Result<Vec<LanguageStatus>, Diagnostic> {
    let title = |source: SourceId| sources[source].doc.meta.title.clone();
    let entry = |source: SourceId, item: ItemId, lang: Lang| Entry {
        path: sources[source].path.to_string_lossy().replace('\\', "/"),
        title: title(source),
        url: config.url_path(&linked.items[item].urls[lang]),
    };
    let sections: Vec<ItemId> = linked
        .items
        .keys()
        .filter(|&i| linked.items[i].kind == crate::load::content::Kind::Section)
        .collect();
    config
        .languages
        .iter_enumerated()
        .map(|(lang, language)| {
            let mut missing = Vec::new();
            let mut outdated = Vec::new();
            let mut unreviewed = Vec::new();
            let mut review_due = Vec::new();
            for (index, item) in linked.items.iter_enumerated() {
                let Some(version) = item.versions[lang] else {
                    missing.push(entry(item.original, index, lang));
                    continue;
                };
                let meta = &sources[version].doc.meta;
                if version != item.original && meta.unreviewed {
                    unreviewed.push(entry(version, index, lang));
                }
                if version != item.original
                    && let Some(hash) = &meta.source_hash
                    && *hash != sources[item.original].doc.body.source_hash()?
                {
                    outdated.push(entry(version, index, lang));
                }
                if let Some(days) = config.review_every {
                    let due = meta
                        .last_reviewed
                        .is_none_or(|d| d.saturating_add(jiff::Span::new().days(days)) < today);
                    if due {
                        review_due.push(entry(version, index, lang));
                    }
                }
            }
            let translated = linked.items.len() - missing.len();
            Ok(LanguageStatus {
                lang: language.code.clone(),
                name: language.name.clone(),
                total: linked.items.len(),
                translated,
                percent: percent(translated, linked.items.len()),
                sections: sections
                    .iter()
                    .map(|&s| {
                        let members: Vec<ItemId> = std::iter::once(s)
                            .chain(linked.items[s].pages.iter().copied())
                            .collect();
                        let done = members
                            .iter()
                            .filter(|&&m| linked.items[m].versions[lang].is_some())
                            .count();
                        SectionStatus {
                            title: title(linked.items[s].original),
                            total: members.len(),
                            translated: done,
                            percent: percent(done, members.len()),
                        }
                    })
                    .collect(),
                missing,
                outdated,
                unreviewed,
                review_due,
            })
        })
        .collect()
}

fn percent(part: usize, whole: usize) -> usize {
    (part * 100).checked_div(whole).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_deadlines_count_days_in_the_calendar() {
        let reviewed = Date::constant(2024, 2, 28);
        let deadline = reviewed.saturating_add(jiff::Span::new().days(365));
        assert_eq!(deadline, Date::constant(2025, 2, 27), "2024 is a leap year");
    }
}
