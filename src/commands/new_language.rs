//! `wegweiser new language <code>`: adds a language to a site — its table in `config.toml`
//! (the name in its own script, the direction derived from the language) and `i18n/<code>.ftl`
//! with every UI string of the default language as a commented template to translate.

use crate::commands::new::Created;
use crate::diagnostic::Diagnostic;
use crate::load::config::{CONFIG_FILE, Config};
use crate::load::strings::I18N_DIR;
use fluent_syntax::ast::{Entry, Message, Resource};
use std::path::{Path, PathBuf};
use unic_langid::CharacterDirection;

/// Adds `code` to the site in `root`: the `[languages.<code>]` table when it is not configured
/// yet, and the template `i18n/<code>.ftl` for its UI strings. Nothing is written if the
/// template exists already.
pub fn language(
    root: &Path,
    config: &Config,
    code: &str,
    invocation: &str,
) -> Result<Created, Diagnostic> {
    let id = crate::load::shapes::parse_language_code(code)
        .map_err(|(message, hint)| Diagnostic::error(CONFIG_FILE, message).with_hint(hint))?;
    let ftl = Path::new(I18N_DIR).join(format!("{code}.ftl"));
    if root.join(&ftl).exists() {
        return Err(
            Diagnostic::error(&ftl, "the file exists already; nothing was written")
                .with_hint("translate the UI strings in it; `check` lists those still missing"),
        );
    }
    let default = config.default_language();
    let name = match config.language(code) {
        Some(configured) => configured.name.clone(),
        None => autonym(&id).unwrap_or_else(|| code.to_string()),
    };
    let mut files = Vec::new();
    if config.language(code).is_none() {
        let rtl = id.character_direction() == CharacterDirection::RTL;
        let text = crate::load::fs::read_text(root, Path::new(CONFIG_FILE))?;
        let table = language_table(code, &name, &default.title, &default.name, rtl);
        std::fs::write(root.join(CONFIG_FILE), add_table(&text, &table))
            .map_err(|e| Diagnostic::error(CONFIG_FILE, format!("cannot write: {e}")))?;
        files.push(PathBuf::from(CONFIG_FILE));
    }
    let template = template(root, config, code, &name);
    if let Some(parent) = root.join(&ftl).parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| Diagnostic::error(&ftl, format!("cannot create the folder: {e}")))?;
    }
    std::fs::write(root.join(&ftl), template)
        .map_err(|e| Diagnostic::error(&ftl, format!("cannot write: {e}")))?;
    files.push(ftl.clone());
    Ok(Created {
        files,
        next: format!(
            "translate the site's title in {CONFIG_FILE} and the UI strings in {}, then the \
             pages (`visa.{code}.md` beside `visa.md`); `{invocation} check` says what is \
             still missing",
            ftl.display()
        ),
    })
}

/// The language's name in itself, capitalised as a language switcher shows it (`Русский`).
fn autonym(id: &unic_langid::LanguageIdentifier) -> Option<String> {
    let primary = id.language.as_str();
    let language = isolang::Language::from_639_1(primary)
        .or_else(|| isolang::Language::from_639_3(primary))?;
    let name = language.to_autonym()?.split([',', ';']).next()?.trim();
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// The `[languages.<code>]` table to add, with comments saying what to translate.
fn language_table(code: &str, name: &str, title: &str, default: &str, rtl: bool) -> String {
    let direction = match rtl {
        true => "# Written right to left (derived from the language; `dir` is not needed).\n",
        false => "",
    };
    format!(
        "[languages.{code}]\nname = {name}\n# The site's title in {plain}: translate it from {default}.\ntitle = {title}\n{direction}",
        name = toml_edit::value(name).to_string().trim(),
        plain = name,
        title = toml_edit::value(title).to_string().trim(),
    )
}

/// `text` with `table` added after the last `[languages.…]` table (before the comments that
/// open the next table), so the languages stay together and everything else in the file stays
/// as it is.
fn add_table(text: &str, table: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let last_language = lines
        .iter()
        .rposition(|l| l.trim_start().starts_with("[languages."));
    let end = match last_language {
        Some(start) => lines[start + 1..]
            .iter()
            .position(|l| l.trim_start().starts_with('['))
            .map_or(lines.len(), |i| start + 1 + i),
        None => lines.len(),
    };
    // The comment lines right above the next table belong to it.
    let mut end = end;
    while end < lines.len() && end > 0 && lines[end - 1].trim_start().starts_with('#') {
        end -= 1;
    }
    let mut before: String = lines[..end].concat();
    let after: String = lines[end..].concat();
    while before.ends_with("\n\n") {
        before.pop();
    }
    if !before.is_empty() && !before.ends_with('\n') {
        before.push('\n');
    }
    let gap = if after.is_empty() { "" } else { "\n" };
    format!("{before}\n{table}{gap}{after}")
}

/// The template of `i18n/<code>.ftl`: every message of the default language that `code` does
/// not have yet (built in or from the theme), each commented out with the default text.
fn template(root: &Path, config: &Config, code: &str, name: &str) -> String {
    let default = config.default_language();
    let wanted = messages(root, config, &default.code);
    let own = messages(root, config, code);
    let mut text = format!(
        "# UI strings in {name} ({code}), made by `wegweiser new language {code}`.\n\
         # Each message below is commented out and shows the {default_name} text. Translate it and\n\
         # remove the `# ` in front of its lines; a message left as a comment shows in {default_name}.\n\
         # Keep `{{ $name }}` placeholders and keys as they are. Guide: https://projectfluent.org/fluent/guide/\n",
        default_name = default.name
    );
    for (id, message) in &wanted {
        if own.iter().any(|(other, _)| other == id) {
            continue;
        }
        text.push('\n');
        for line in message.lines() {
            text.push_str("# ");
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

/// The messages of `code` as the built-in strings, the theme and the site lay them, each as
/// Fluent source; later layers replace earlier ones. Unreadable layers are left out: the
/// build reports them.
fn messages(root: &Path, config: &Config, code: &str) -> Vec<(String, String)> {
    let mut messages: Vec<(String, String)> = Vec::new();
    for (_, layer) in crate::load::strings::layers_of(root, config, code)
        .into_iter()
        .flatten()
    {
        let resource = match fluent_syntax::parser::parse(layer.as_str()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let id = message.id.name.to_string();
                let source = source_of(message);
                match messages.iter_mut().find(|(other, _)| *other == id) {
                    Some(slot) => slot.1 = source,
                    None => messages.push((id, source)),
                }
            }
        }
    }
    messages
}

/// One message as Fluent source, without its comment.
fn source_of(mut message: Message<&str>) -> String {
    message.comment = None;
    let resource = Resource {
        body: vec![Entry::Message(message)],
    };
    fluent_syntax::serializer::serialize(&resource)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_goes_after_the_last_language() {
        let config = "base_url = \"x\"\n\n[languages.de]\nname = \"Deutsch\"\n\n[languages.en]\nname = \"English\"\n\n[topics.work]\nde = \"Arbeit\"\n";
        assert_eq!(
            add_table(config, "[languages.ru]\nname = \"Русский\"\n"),
            "base_url = \"x\"\n\n[languages.de]\nname = \"Deutsch\"\n\n[languages.en]\nname = \"English\"\n\n[languages.ru]\nname = \"Русский\"\n\n[topics.work]\nde = \"Arbeit\"\n"
        );
        assert_eq!(
            add_table("[languages.de]\nname = \"Deutsch\"\n", "[languages.ru]\n"),
            "[languages.de]\nname = \"Deutsch\"\n\n[languages.ru]\n"
        );
        let commented = "[languages.fa]\ntitle = \"x\"\n# Written right to left.\n\n# The topics.\n[topics.work]\n";
        assert_eq!(
            add_table(commented, "[languages.tr]\n"),
            "[languages.fa]\ntitle = \"x\"\n# Written right to left.\n\n[languages.tr]\n\n# The topics.\n[topics.work]\n"
        );
    }

    #[test]
    fn names_are_in_their_own_script() {
        let name = |code: &str| autonym(&code.parse().unwrap());
        assert_eq!(name("ru").as_deref(), Some("Русский"));
        assert_eq!(name("fa").as_deref(), Some("فارسی"));
    }
}
