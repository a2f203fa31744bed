//! UI strings from Fluent files. Per language, the strings are layered: the site's
//! `i18n/<lang>.ftl` over the theme's `i18n/<lang>.ftl` over the built-in strings; a variant
//! (`de-x-ls`) lays its own layers over all of its base language's; a key still missing in a
//! language falls back to the default language. Bundles are built once and
//! shared by all render threads.

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::dates::Date;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The folder of a site's (or theme's) UI strings.
pub const I18N_DIR: &str = "i18n";

/// The marks Fluent puts around each value it inserts (FIRST STRONG ISOLATE, POP DIRECTIONAL
/// ISOLATE), removed where a text is one unit or goes where isolation means nothing.
pub const ISOLATION_MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];

/// The UI strings of every configured language.
pub struct Strings {
    default_lang: String,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    keys: HashMap<String, BTreeSet<String>>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("default_lang", &self.default_lang)
            .finish_non_exhaustive()
    }
}

/// Loads the strings for every language of `config`: built-in, then `theme_dir`'s, then the
/// site's (a variant's base language first), each layer overriding single keys. Fluent syntax
/// errors carry file and line.
pub fn load(root: &Path, config: &Config) -> Result<Strings, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut bundles = HashMap::new();
    let mut keys = HashMap::new();
    for lang in &config.languages {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.id.clone()]);
        let mut layers = Vec::new();
        for code in lang.variant_of.iter().chain([&lang.code]) {
            for layer in layers_of(root, config, code) {
                match layer {
                    Ok(layer) => layers.push(layer),
                    Err(d) => problems.push(d),
                }
            }
        }
        let mut ids = BTreeSet::new();
        for (path, text) in layers {
            match parse(&path, text) {
                Ok(resource) => {
                    ids.extend(resource.entries().filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    }));
                    bundle.add_resource_overriding(resource);
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
        bundles.insert(lang.code.clone(), bundle);
        keys.insert(lang.code.clone(), ids);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Strings {
        default_lang: config.default_language().code.clone(),
        bundles,
        keys,
    })
}

/// The Fluent files of language `code`, lowest layer first: the built-in strings, the theme's
/// `i18n/<code>.ftl`, the site's; each with the path it is reported under, or the reason it
/// cannot be read.
pub(crate) fn layers_of(
    root: &Path,
    config: &Config,
    code: &str,
) -> Vec<Result<(PathBuf, String), Diagnostic>> {
    let file = format!("{code}.ftl");
    let builtin = crate::load::theme::STRINGS
        .iter()
        .find(|(builtin, _)| *builtin == code)
        .map(|(_, text)| Ok((PathBuf::from("(built-in)").join(&file), (*text).to_string())));
    let files = [
        theme_dir(config).join(&file),
        Path::new(I18N_DIR).join(&file),
    ]
    .into_iter()
    .filter(|rel| root.join(rel).is_file())
    .map(|rel| crate::load::fs::read_text(root, &rel).map(|text| (rel, text)));
    builtin.into_iter().chain(files).collect()
}

/// The theme's folder of Fluent files, below the site folder.
fn theme_dir(config: &Config) -> PathBuf {
    Path::new("themes").join(&config.theme).join(I18N_DIR)
}

/// Parses one Fluent file; every syntax error, and every message defined a second time (the
/// later would silently replace the earlier), becomes a diagnostic at its line.
fn parse(path: &Path, text: String) -> Result<FluentResource, Vec<Diagnostic>> {
    let resource = FluentResource::try_new(text.clone()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                Diagnostic::error(path, format!("Fluent syntax error: {e}"))
                    .at_offset(&text, e.pos.start)
                    .with_hint("a message is `key = text`; continuation lines are indented")
            })
            .collect::<Vec<_>>()
    })?;
    let twice = defined_twice(&text);
    if twice.is_empty() {
        return Ok(resource);
    }
    Err(twice
        .into_iter()
        .map(|(id, first, line)| {
            Diagnostic::error(path, format!("the message `{id}` is defined a second time"))
                .at(line, 1)
                .with_hint(format!(
                    "it is defined on line {first} already; keep one of the two"
                ))
        })
        .collect())
}

/// The messages and terms of the Fluent `text` defined more than once: each name with the
/// line of its first definition and of the later one. A definition starts a line with its
/// name (terms with `-`) and `=`; lines that continue a value are indented.
fn defined_twice(text: &str) -> Vec<(&str, usize, usize)> {
    let mut first = std::collections::HashMap::new();
    let mut twice = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let Some((name, _)) = line.split_once('=') else {
            continue;
        };
        let name = name.trim_end();
        let id = name.strip_prefix('-').unwrap_or(name);
        let is_name = id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !is_name {
            continue;
        }
        if let Some(&line_first) = first.get(name) {
            twice.push((name, line_first, index + 1));
        } else {
            first.insert(name, index + 1);
        }
    }
    twice
}

impl Strings {
    /// The keys of the default language that `lang` lacks, sorted.
    pub fn missing_keys(&self, lang: &str) -> Vec<&str> {
        let Some(default) = self.keys.get(&self.default_lang) else {
            return Vec::new();
        };
        let own = self.keys.get(lang);
        default
            .iter()
            .filter(|k| !own.is_some_and(|o| o.contains(*k)))
            .map(String::as_str)
            .collect()
    }

    /// One warning per language that lacks UI strings of the default language, with their
    /// number and, when `list` is set, their keys. The hint names the file to translate them
    /// in, and the command that writes it as a template when it does not exist.
    pub fn missing_warnings(&self, root: &Path, config: &Config, list: bool) -> Vec<Diagnostic> {
        let default = config.default_language();
        config
            .languages
            .iter()
            .skip(1)
            .filter_map(|language| {
                let missing = self.missing_keys(&language.code);
                if missing.is_empty() {
                    return None;
                }
                let code = &language.code;
                let file = Path::new(I18N_DIR).join(format!("{code}.ftl"));
                let keys = match list {
                    true => format!(": {}", missing.join(", ")),
                    false => "; `wegweiser check` lists them".to_string(),
                };
                let hint = match root.join(&file).is_file() {
                    true => format!("translate them in {}", file.display()),
                    false => format!(
                        "`wegweiser new language {code}` writes {} with each of them to translate",
                        file.display()
                    ),
                };
                let message = format!(
                    "{} UI strings are missing in `{code}` and shown in {}{keys}",
                    missing.len(),
                    default.name,
                );
                Some(Diagnostic::warning(file, message).with_hint(hint))
            })
            .collect()
    }

    /// One warning per Fluent file of the site or its theme named for no configured language
    /// (`i18n/fr.ftl` without `[languages.fr]`, `i18n/EN.ftl`): nothing reads it.
    pub fn unused_files(root: &Path, config: &Config) -> Vec<Diagnostic> {
        let used: BTreeSet<&str> = config
            .languages
            .iter()
            .flat_map(|l| l.variant_of.iter().chain([&l.code]))
            .map(String::as_str)
            .collect();
        let mut unused: Vec<PathBuf> = [Path::new(I18N_DIR).to_path_buf(), theme_dir(config)]
            .iter()
            .filter_map(|folder| Some((folder, std::fs::read_dir(root.join(folder)).ok()?)))
            .flat_map(|(folder, entries)| {
                entries.flatten().filter_map(|entry| {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    let code = name.strip_prefix('.').map_or(Some(&*name), |_| None)?;
                    let code = code.strip_suffix(".ftl")?;
                    (!used.contains(code)).then(|| folder.join(&name))
                })
            })
            .collect();
        unused.sort();
        let configured: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
        unused
            .into_iter()
            .map(|file| {
                let code = file.file_stem().unwrap_or_default().to_string_lossy();
                Diagnostic::warning(&file, format!("no language `{code}` is configured: the file is not used"))
                    .with_hint(format!(
                        "name it after a language of config.toml ({}), or add `[languages.{code}]` there",
                        configured.join(", ")
                    ))
            })
            .collect()
    }

    /// Formats `key` in `lang` with `args`, falling back to the default language.
    pub fn format(
        &self,
        lang: &str,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        let bundle = [lang, self.default_lang.as_str()]
            .into_iter()
            .filter_map(|l| self.bundles.get(l))
            .find(|b| b.has_message(key))
            .ok_or_else(|| format!("the UI string `{key}` is not defined in any `.ftl` file"))?;
        let pattern = bundle
            .get_message(key)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("the UI string `{key}` has no value"))?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        match errors.first() {
            None => Ok(text),
            Some(e) => Err(format!("the UI string `{key}` in `{lang}`: {e}")),
        }
    }

    /// The plural message `key` for `count` in `lang`, without Fluent's isolation marks: for
    /// attributes and for sentences that scripts copy into the page.
    pub fn count(&self, lang: &str, key: &str, count: usize) -> Result<String, String> {
        let mut args = FluentArgs::new();
        args.set("count", count);
        self.format(lang, key, Some(&args))
            .map(|text| text.replace(ISOLATION_MARKS, ""))
    }

    /// A date as the language writes it in running text, from `date-format` and `month-N`.
    pub fn format_date(&self, lang: &str, date: Date) -> Result<String, String> {
        let month = self.format(lang, &format!("month-{}", date.month()), None)?;
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(date.day().to_string()));
        args.set("month", FluentValue::from(month));
        args.set("year", FluentValue::from(date.year().to_string()));
        // One unit in one language: no isolation marks inside; a message that embeds the date
        // isolates it as a whole.
        self.format(lang, "date-format", Some(&args))
            .map(|text| text.replace(ISOLATION_MARKS, ""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings() -> Strings {
        let config = crate::load::config::parse(
            "base_url = \"https://e.org\"\ndefault_language = \"de\"\n\
             [languages.de]\nname = \"D\"\ntitle = \"T\"\n[languages.uk]\nname = \"U\"\ntitle = \"T\"\n\
             [languages.ar]\nname = \"A\"\ntitle = \"T\"\n[languages.ru]\nname = \"R\"\ntitle = \"T\"\n\
             [languages.fa]\nname = \"P\"\ntitle = \"T\"\n[languages.tr]\nname = \"T\"\ntitle = \"T\"\n[languages.fr]\nname = \"F\"\ntitle = \"T\"\n",
        )
        .unwrap();
        load(Path::new("/nonexistent"), &config).unwrap()
    }

    fn count(s: &Strings, lang: &str, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", n);
        s.format(lang, "section-page-count", Some(&args))
            .unwrap()
            .replace(ISOLATION_MARKS, "")
    }

    #[test]
    fn ukrainian_plurals_one_few_many() {
        let s = strings();
        assert!(
            count(&s, "uk", 1).contains("1 сторінка"),
            "{}",
            count(&s, "uk", 1)
        );
        assert!(count(&s, "uk", 21).contains("21 сторінка"));
        assert!(count(&s, "uk", 3).contains("3 сторінки"));
        assert!(count(&s, "uk", 5).contains("5 сторінок"));
        assert!(count(&s, "uk", 11).contains("11 сторінок"));
    }

    #[test]
    fn russian_plurals_name_the_number_in_every_form() {
        let s = strings();
        for (n, form) in [
            (1, "1 страница"),
            (21, "21 страница"),
            (3, "3 страницы"),
            (5, "5 страниц"),
            (11, "11 страниц"),
        ] {
            assert!(count(&s, "ru", n).contains(form), "{}", count(&s, "ru", n));
        }
        // Persian's `one` covers 0 as well: the form must show the number.
        assert!(
            count(&s, "fa", 0).contains("0 صفحه"),
            "{}",
            count(&s, "fa", 0)
        );
        assert!(
            count(&s, "tr", 2).contains("2 sayfa"),
            "{}",
            count(&s, "tr", 2)
        );
    }

    #[test]
    fn arabic_plurals_all_six_categories() {
        let s = strings();
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
            .iter()
            .map(|n| count(&s, "ar", *n))
            .collect();
        let distinct: std::collections::HashSet<_> = forms.iter().collect();
        assert_eq!(distinct.len(), 6, "{forms:?}");
        assert!(forms[3].contains("3 صفحات"), "{}", forms[3]);
        assert!(forms[4].contains("11 صفحة"), "{}", forms[4]);
    }

    #[test]
    fn missing_language_falls_back_to_default() {
        let s = strings();
        assert_eq!(
            s.format("fr", "home", None).unwrap(),
            s.format("de", "home", None).unwrap()
        );
        assert!(s.missing_keys("fr").contains(&"home"));
        for lang in ["uk", "ar", "ru", "fa", "tr"] {
            assert!(s.missing_keys(lang).is_empty(), "{lang}");
        }
        assert!(s.format("de", "no-such-key", None).is_err());
    }

    #[test]
    fn dates_per_language() {
        let s = strings();
        let d = Date::constant(2026, 11, 5);
        let plain = |lang| s.format_date(lang, d).unwrap();
        assert_eq!(
            plain("de"),
            "5. November 2026",
            "no isolation marks inside a date"
        );
        assert!(plain("uk").contains("листопада"), "{}", plain("uk"));
        assert!(plain("ar").contains("نوفمبر"));
        assert_eq!(plain("ru"), "5 ноября 2026 г.");
        assert_eq!(plain("fa"), "5 نوامبر 2026");
        assert_eq!(plain("tr"), "5 Kasım 2026");
    }

    #[test]
    fn a_message_defined_twice_is_an_error_at_its_second_line() {
        let text = "# Footer\nfooter-text = Erste\n    Zeile\n-brand = Portal\nfooter-text = Zweite\n\
                    -brand = Noch eins\n";
        let problems = parse(Path::new("i18n/de.ftl"), text.to_string()).unwrap_err();
        let shown: Vec<String> = problems
            .iter()
            .map(|d| d.to_string().lines().next().unwrap().to_string())
            .collect();
        assert_eq!(
            shown,
            [
                "i18n/de.ftl:5:1: error: the message `footer-text` is defined a second time",
                "i18n/de.ftl:6:1: error: the message `-brand` is defined a second time",
            ]
        );
        assert_eq!(
            problems[0].hint.as_deref(),
            Some("it is defined on line 2 already; keep one of the two")
        );
        assert!(parse(Path::new("i18n/de.ftl"), "a = 1\nb = a = 2\n".to_string()).is_ok());
    }

    #[test]
    fn syntax_errors_carry_the_line() {
        let errs = parse(
            Path::new("i18n/de.ftl"),
            "ok = fine\n\nbroken\n".to_string(),
        )
        .unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line, 3);
        assert!(errs[0].message.starts_with("Fluent syntax error"));
    }
}
