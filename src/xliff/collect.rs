//! What there is to translate into one language, file by file, with what is already
//! translated: the site title and topic names (config.toml), UI strings (each Fluent layer of
//! the default language), pages and sections, partner summaries and services, glossary
//! explanations and renderings. Export writes it; import checks a translator's file against it.

use crate::diagnostic::Diagnostic;
use crate::link::Site;
use crate::load::body::source_hash;
use crate::load::config::{CONFIG_FILE, Lang};
use crate::load::content::Source;
use crate::xliff::fluent::{self, Value};
use crate::xliff::markdown::{same_structure, segments};
use crate::xliff::{FileUnits, Kind, Piece, State, Unit, history, inline};
use std::collections::BTreeMap;

/// Every file with units for `lang`, in the order config, UI strings, pages, partners,
/// glossary. Each unit carries the existing translation, if any. Fails when a page's body
/// cannot be read.
pub fn collect(site: &Site, lang: Lang) -> Result<Vec<FileUnits>, Diagnostic> {
    let mut files = vec![config_units(site, lang)];
    files.extend(string_units(site, lang));
    files.extend(page_units(site, lang)?);
    files.extend(partner_units(site, lang));
    files.extend(glossary_units(site, lang));
    files.retain(|file| !file.units.is_empty());
    Ok(files)
}

/// Plain words as pieces.
fn words(text: &str) -> Vec<Piece> {
    vec![Piece::Text(text.to_string())]
}

/// A unit from plain texts.
fn plain(key: impl Into<String>, source: &str, target: Option<&str>, note: Option<&str>) -> Unit {
    Unit {
        key: key.into(),
        source: words(source),
        target: target.map(words),
        state: if target.is_some() {
            State::Translated
        } else {
            State::New
        },
        note: note.map(str::to_string),
    }
}

/// The units' file, with the hash of every unit's source.
fn file(original: String, target: String, kind: Kind, units: Vec<Unit>) -> FileUnits {
    let all: String = units
        .iter()
        .map(|u| format!("{}\u{1f}{}\u{1e}", u.key, crate::xliff::text_of(&u.source)))
        .collect();
    FileUnits {
        original,
        target,
        kind,
        source_hash: source_hash(&all),
        units,
    }
}

fn config_units(site: &Site, lang: Lang) -> FileUnits {
    let config = &site.config;
    let source = config.default_language();
    let language = &config.languages[lang];
    let mut units = vec![plain(
        "title",
        &source.title,
        Some(language.title.as_str()).filter(|t| *t != source.title),
        Some("The site's name in the language, shown in every page's header."),
    )];
    if let Some(description) = &source.description {
        units.push(plain(
            "description",
            description,
            language.description.as_deref(),
            None,
        ));
    }
    for topic in &config.topics {
        if let Some(name) = topic.names.get(&source.code) {
            units.push(plain(
                format!("topics.{}", topic.id),
                name,
                topic.names.get(&language.code).map(String::as_str),
                Some("The name of a topic, used in menus and lists."),
            ));
        }
    }
    file(
        CONFIG_FILE.to_string(),
        CONFIG_FILE.to_string(),
        Kind::Config,
        units,
    )
}

/// One file per Fluent layer of the default language; a message is taken from the highest
/// layer that has it. The existing translation is the language's own effective message.
fn string_units(site: &Site, lang: Lang) -> Vec<FileUnits> {
    let config = &site.config;
    let default = &config.default_language().code;
    let language = &config.languages[lang];
    let layers: Vec<(std::path::PathBuf, String)> =
        crate::load::strings::layers_of(&site.root, config, default)
            .into_iter()
            .flatten()
            .collect();
    let mut translated: BTreeMap<String, Value> = BTreeMap::new();
    for (_, text) in crate::load::strings::layers_of(&site.root, config, &language.code)
        .into_iter()
        .flatten()
    {
        for message in fluent::messages(&text) {
            translated.insert(message.id, message.value);
        }
    }
    let categories = fluent::categories(&language.id);
    let mut files = Vec::new();
    for (index, (path, text)) in layers.iter().enumerate() {
        let higher: Vec<String> = layers[index + 1..]
            .iter()
            .flat_map(|(_, t)| fluent::messages(t).into_iter().map(|m| m.id))
            .collect();
        let mut units = Vec::new();
        for message in fluent::messages(text) {
            if higher.contains(&message.id) {
                continue;
            }
            let existing = translated.get(&message.id);
            units.extend(message_units(
                &message.id,
                &message.value,
                existing,
                &categories,
            ));
        }
        let original = path.to_string_lossy().replace('\\', "/");
        let target = strings_target(&original, &language.code);
        files.push(file(original, target, Kind::Strings, units));
    }
    files
}

/// Where a language's version of a Fluent layer is: beside it, or in the site's `i18n/`
/// for the built-in strings.
pub fn strings_target(original: &str, code: &str) -> String {
    match original.rsplit_once('/') {
        Some(("(built-in)", _)) | None => format!("{}/{code}.ftl", crate::load::strings::I18N_DIR),
        Some((dir, _)) => format!("{dir}/{code}.ftl"),
    }
}

/// The units of one message: one, or one per plural category of the target language.
fn message_units(
    id: &str,
    value: &Value,
    existing: Option<&Value>,
    categories: &[&str],
) -> Vec<Unit> {
    let unit =
        |key: String, source: Vec<Piece>, target: Option<Vec<Piece>>, note: Option<String>| Unit {
            key,
            state: if target.is_some() {
                State::Translated
            } else {
                State::New
            },
            target: target.map(|t| inline::align(&source, &t)),
            source,
            note,
        };
    match value {
        Value::Simple(pieces) => {
            let target = match existing {
                Some(Value::Simple(t)) => Some(t.clone()),
                _ => None,
            };
            vec![unit(id.to_string(), pieces.clone(), target, None)]
        }
        Value::Plural { variants, .. } => {
            let numbers = variants
                .iter()
                .filter(|(key, _)| key.parse::<f64>().is_ok());
            let keys: Vec<String> = numbers
                .map(|(k, _)| k.clone())
                .chain(categories.iter().map(|c| c.to_string()))
                .collect();
            let source_of = |key: &str| {
                variants
                    .iter()
                    .find(|(k, _)| k == key)
                    .or_else(|| variants.iter().find(|(k, _)| k == "other"))
                    .or(variants.last())
                    .map(|(_, p)| p.clone())
                    .unwrap_or_default()
            };
            keys.into_iter()
                .map(|key| {
                    let target = match existing {
                        Some(Value::Plural { variants, .. }) => {
                            variants.iter().find(|(k, _)| *k == key).map(|(_, p)| p.clone())
                        }
                        _ => None,
                    };
                    let note = format!(
                        "Plural form `{key}` of this language (CLDR): the text for a number of this form."
                    );
                    unit(format!("{id}[{key}]"), source_of(&key), target, Some(note))
                })
                .collect()
        }
    }
}

/// Where the translation of `original` into `code` is written when it does not exist yet:
/// `name.md` → `name.<code>.md`.
pub fn page_target(original: &str, code: &str) -> String {
    let stem = original.strip_suffix(".md").unwrap_or(original);
    format!("{stem}.{code}.md")
}

fn page_units(site: &Site, lang: Lang) -> Result<Vec<FileUnits>, Diagnostic> {
    let sources = &site.content.sources;
    let default = site.config.default_language().code.as_str();
    let mut files = site
        .linked
        .items
        .iter()
        .filter(|item| {
            sources[item.original].lang == default && !sources[item.original].doc.meta.draft
        })
        .filter(|_| lang != Lang::DEFAULT)
        .map(|item| {
            let original = &sources[item.original];
            let translation = item.versions[lang]
                .map(|id| &sources[id])
                .filter(|t| t.lang != default);
            page_file(
                site,
                original,
                translation,
                &site.config.languages[lang].code,
            )
        })
        .collect::<Result<Vec<FileUnits>, Diagnostic>>()?;
    files.sort_by(|a, b| a.original.cmp(&b.original));
    Ok(files)
}

fn page_file(
    site: &Site,
    original: &Source,
    translation: Option<&Source>,
    code: &str,
) -> Result<FileUnits, Diagnostic> {
    let path = |s: &Source| s.path.to_string_lossy().replace('\\', "/");
    let meta = &original.doc.meta;
    let tmeta = translation.map(|t| &t.doc.meta);
    let mut units = vec![plain(
        "title",
        &meta.title,
        tmeta.map(|m| m.title.as_str()),
        None,
    )];
    if let Some(description) = &meta.description {
        units.push(plain(
            "description",
            description,
            tmeta.and_then(|m| m.description.as_deref()),
            Some("One sentence: shown in lists and search results."),
        ));
    }
    if let Some(location) = &meta.location {
        units.push(plain(
            "location",
            location,
            tmeta.and_then(|m| m.location.as_deref()),
            None,
        ));
    }
    let new = segments(original.doc.body.text()?);
    let hash = original.doc.body.source_hash()?;
    let outdated = translation.and_then(|t| {
        let recorded = t.doc.meta.source_hash.as_ref()?;
        (recorded != hash).then_some(recorded.clone())
    });
    let targets: Vec<history::Carried> = match translation {
        None => vec![None; new.len()],
        Some(t) => {
            let had = segments(t.doc.body.text()?);
            match outdated {
                None if same_structure(&new, &had) => new
                    .iter()
                    .zip(&had)
                    .map(|(s, t)| {
                        Some((inline::align(&s.pieces, &t.pieces), State::Translated, None))
                    })
                    .collect(),
                None => vec![None; new.len()],
                Some(recorded) => {
                    let old = history::body_with_hash(&site.root, &original.path, &recorded);
                    history::carry_over(&new, old.as_deref().map(segments).as_deref(), &had)
                }
            }
        }
    };
    for (index, (segment, target)) in new.iter().zip(targets).enumerate() {
        let (target, state, note) = match target {
            Some((pieces, state, note)) => (Some(pieces), state, note),
            None => (None, State::New, None),
        };
        units.push(Unit {
            key: format!("s{}", index + 1),
            source: segment.pieces.clone(),
            target,
            state,
            note: note.map(str::to_string),
        });
    }
    let target = translation.map_or_else(|| page_target(&path(original), code), path);
    Ok(file(path(original), target, Kind::Page, units))
}

fn partner_units(site: &Site, lang: Lang) -> Vec<FileUnits> {
    let default = &site.config.default_language().code;
    let code = &site.config.languages[lang].code;
    site.directory
        .partners
        .iter()
        .map(|partner| {
            let mut units = Vec::new();
            if let Some(summary) = partner.summary.get(default) {
                units.push(plain(
                    "summary",
                    summary,
                    partner.summary.get(code).map(String::as_str),
                    Some("What the organisation does, for the directory. Its name stays as it is."),
                ));
            }
            let had = partner.services.get(code);
            for (index, service) in partner
                .services
                .get(default)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let target = had.and_then(|h| h.get(index)).map(String::as_str);
                units.push(plain(
                    format!("services.{}", index + 1),
                    service,
                    target,
                    None,
                ));
            }
            let path = partner.path.to_string_lossy().replace('\\', "/");
            file(path.clone(), path, Kind::Partner, units)
        })
        .collect()
}

/// The separator of a rendering's forms in one unit.
pub const FORMS_SEPARATOR: &str = "; ";

fn glossary_units(site: &Site, lang: Lang) -> Vec<FileUnits> {
    let default = &site.config.default_language().code;
    let code = &site.config.languages[lang].code;
    site.glossary
        .entries
        .iter()
        .map(|entry| {
            let mut units = Vec::new();
            if let Some(explanation) = entry.explanation.get(default) {
                units.push(plain(
                    "explanation",
                    explanation,
                    entry.explanation.get(code).map(String::as_str),
                    None,
                ));
            }
            let forms = entry.rendering.get(code).map(|f| f.join(FORMS_SEPARATOR));
            units.push(plain(
                "rendering",
                &entry.term,
                forms.as_deref(),
                Some("The approved translation of this term, then its other forms (plural, cases), separated by `; `."),
            ));
            let path = entry.path.to_string_lossy().replace('\\', "/");
            file(path.clone(), path, Kind::Glossary, units)
        })
        .collect()
}
