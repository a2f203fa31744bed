//! The languages of `config.toml`: each `[languages.<code>]` table validated into a
//! [`Language`] — its tag, direction, fallback, URL segments and, for a private-use tag such as
//! `de-x-ls`, the language it is a variant of — the default language first.

use crate::diagnostic::Diagnostic;
use crate::load::shapes::{parse_language_code, variant_base};
use indexmap::IndexMap;
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;
use unic_langid::{CharacterDirection, LanguageIdentifier};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLanguage {
    name: String,
    title: String,
    description: Option<String>,
    dir: Option<Spanned<String>>,
    fallback: Option<Spanned<String>>,
    topics_slug: Option<Spanned<String>>,
    cities_slug: Option<Spanned<String>>,
    min_complete: Option<Spanned<u32>>,
}

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, …).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

index_type!(
    /// A configured language: its position in [`Config::languages`].
    Lang
);

impl Lang {
    /// The default language, always first.
    pub const DEFAULT: Lang = Lang(0);

    /// Whether this is the default language.
    pub fn is_default(self) -> bool {
        self == Lang::DEFAULT
    }
}

/// One configured language.
#[derive(Debug, Clone)]
pub struct Language {
    /// The BCP 47 tag as used in file names and URLs, e.g. `de` or `pt-BR`.
    pub code: String,
    /// The language's name in itself, e.g. `Українська`.
    pub name: String,
    /// The site title in this language.
    pub title: String,
    /// The site description in this language, if any.
    pub description: Option<String>,
    /// Writing direction.
    pub dir: Direction,
    /// The language whose text is shown where a page is missing in this one.
    pub fallback: String,
    /// The language this one is a variant of (`de` for Easy German, `de-x-ls`): read as that
    /// language, never advertised as an alternate to it (hreflang, sitemap), and falling back to
    /// it for pages and UI strings it does not have.
    pub variant_of: Option<String>,
    /// The parsed tag, for plural rules.
    pub id: LanguageIdentifier,
    /// URL segment of the topic pages, e.g. `themen` (default `topics`).
    pub topics_slug: String,
    /// URL segment of the city pages of the directory, e.g. `orte` (default `cities`).
    pub cities_slug: String,
    /// The share of pages (percent) that must be translated for `check` to pass, with its line.
    pub min_complete: Option<(u32, usize)>,
}

impl Language {
    /// Whether pages in this language are advertised to search engines (hreflang alternates,
    /// sitemap): every language but a variant, which must not compete with its base.
    pub fn advertised(&self) -> bool {
        self.variant_of.is_none()
    }

    /// The language this one is a variant of, else itself: whose glossary renderings it uses.
    pub fn base(&self) -> &str {
        self.variant_of.as_deref().unwrap_or(&self.code)
    }
}

/// Validates every `[languages.<code>]` table of `raw` (the text of the configuration file
/// `path` is `text`): the default language first, then in the order of the file; problems go
/// to `problems`.
pub(crate) fn parse(
    path: &Path,
    raw: &IndexMap<Spanned<String>, RawLanguage>,
    default_language: &Spanned<String>,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Language> {
    let error_at = |span: std::ops::Range<usize>, message: String| {
        Diagnostic::error(path, message).at_offset(text, span.start)
    };
    let mut languages = Vec::new();
    for (code, lang) in raw {
        let id = match parse_language_code(code.get_ref()) {
            Ok(id) => id,
            Err((message, hint)) => {
                problems.push(error_at(code.span(), message).with_hint(hint));
                continue;
            }
        };
        let variant_of = variant_base(code.get_ref());
        let default = default_language.get_ref();
        if let Some(base) = variant_of
            && base != default
        {
            problems.push(
                error_at(
                    code.span(),
                    format!(
                        "`{}` is a variant of `{base}`, but only the default language `{default}` can have variants",
                        code.get_ref()
                    ),
                )
                .with_hint(format!(
                    "name the variant `{default}-x-…`, or configure it as a language of its own without `-x-`"
                )),
            );
        }
        let dir = match lang.dir.as_ref().map(|d| (d.get_ref().as_str(), d.span())) {
            None if id.character_direction() == CharacterDirection::RTL => Direction::Rtl,
            None | Some(("ltr", _)) => Direction::Ltr,
            Some(("rtl", _)) => Direction::Rtl,
            Some((other, span)) => {
                problems.push(
                    error_at(
                        span,
                        format!("`dir` must be \"ltr\" or \"rtl\", not \"{other}\""),
                    )
                    .with_hint("leave `dir` out to derive it from the language"),
                );
                Direction::Ltr
            }
        };
        // A variant reads its base's URL segments unless it sets its own.
        let base = variant_of
            .and_then(|b| raw.iter().find(|(k, _)| k.get_ref() == b))
            .map(|(_, b)| b);
        let mut segment = |value: Option<&Spanned<String>>, default: &str| match value {
            None => default.to_string(),
            Some(v) => crate::slug::check(v.get_ref()).unwrap_or_else(|(message, hint)| {
                problems.push(error_at(v.span(), message).with_hint(hint));
                default.to_string()
            }),
        };
        let topics_slug = segment(
            lang.topics_slug
                .as_ref()
                .or(base.and_then(|b| b.topics_slug.as_ref())),
            "topics",
        );
        let cities_slug = segment(
            lang.cities_slug
                .as_ref()
                .or(base.and_then(|b| b.cities_slug.as_ref())),
            "cities",
        );
        let min_complete = match &lang.min_complete {
            Some(m) if *m.get_ref() > 100 => {
                problems.push(
                    error_at(
                        m.span(),
                        format!("`min_complete` is {}, more than 100 percent", m.get_ref()),
                    )
                    .with_hint("write a percentage from 0 to 100"),
                );
                None
            }
            Some(m) => Some((
                *m.get_ref(),
                crate::diagnostic::line_col(text, m.span().start).0,
            )),
            None => None,
        };
        languages.push(Language {
            min_complete,
            topics_slug,
            cities_slug,
            code: code.get_ref().clone(),
            name: lang.name.clone(),
            title: lang.title.clone(),
            description: lang.description.clone(),
            dir,
            fallback: match (&lang.fallback, variant_of) {
                (Some(f), _) => f.get_ref().clone(),
                (None, Some(base)) => base.to_string(),
                (None, None) => default_language.get_ref().clone(),
            },
            variant_of: variant_of.map(str::to_string),
            id,
        });
    }

    let default = default_language.get_ref();
    match languages.iter().position(|l| &l.code == default) {
        Some(i) => {
            let lang = languages.remove(i);
            languages.insert(0, lang);
        }
        None if problems.is_empty() => problems.push(
            error_at(
                default_language.span(),
                format!("the default language `{default}` is not configured"),
            )
            .with_hint(
                crate::suggest::language(default, languages.iter().map(|l| l.code.as_str()))
                    .map(|code| format!("did you mean `{code}`?"))
                    .unwrap_or_else(|| {
                        format!("add a table `[languages.{default}]` with `name` and `title`")
                    }),
            ),
        ),
        None => {}
    }
    for (code, lang) in raw {
        if let Some(fallback) = &lang.fallback
            && !raw.keys().any(|k| k.get_ref() == fallback.get_ref())
        {
            let configured = raw.keys().map(|k| k.get_ref().as_str());
            let error = error_at(
                fallback.span(),
                format!(
                    "the fallback language `{}` of `{}` is not configured",
                    fallback.get_ref(),
                    code.get_ref()
                ),
            );
            problems.push(
                match crate::suggest::language(fallback.get_ref(), configured) {
                    Some(code) => error.with_hint(format!("did you mean `{code}`?")),
                    None => error,
                },
            );
        }
    }
    languages
}
