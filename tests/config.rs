//! config.toml validated: defaults, order of languages, and every problem reported with its
//! line and column.

use wegweiser::load::config::{Direction, parse};
use wegweiser::load::shapes::parse_language_code;

const MINIMAL: &str = "base_url = \"https://example.org\"\ndefault_language = \"de\"\n\
    [languages.de]\nname = \"Deutsch\"\ntitle = \"T\"\n[languages.ar]\nname = \"العربية\"\ntitle = \"T\"\n";

fn errors(text: &str) -> Vec<String> {
    parse(text)
        .unwrap_err()
        .into_iter()
        .map(|d| d.to_string())
        .collect()
}

#[test]
fn minimal_config_is_valid_and_derives_direction() {
    let c = parse(MINIMAL).unwrap();
    assert_eq!(c.base_url, "https://example.org/");
    assert_eq!(c.default_language().code, "de");
    assert_eq!(c.language("ar").unwrap().dir, Direction::Rtl);
    assert_eq!(c.language("de").unwrap().dir, Direction::Ltr);
    assert_eq!(c.language("ar").unwrap().fallback, "de");
    assert_eq!(c.theme, "default");
}

#[test]
fn default_language_comes_first_whatever_the_file_order() {
    let text = MINIMAL.replace("default_language = \"de\"", "default_language = \"ar\"");
    let c = parse(&text).unwrap();
    let codes: Vec<_> = c.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["ar", "de"]);
}

#[test]
fn unknown_key_names_the_line() {
    let text = MINIMAL.replace(
        "title = \"T\"\n[languages.ar]",
        "titel = \"T\"\n[languages.ar]",
    );
    let errs = errors(&text);
    assert_eq!(errs.len(), 1);
    assert_eq!(
        errs[0],
        "config.toml:5:1: error: unknown key `titel`\n  hint: did you mean `title`?"
    );
}

#[test]
fn bad_values_are_all_reported_with_lines() {
    let text = "base_url = \"example.org\"\ndefault_language = \"fr\"\n\
        [languages.English]\nname = \"E\"\ntitle = \"T\"\n[languages.de]\nname = \"D\"\ntitle = \"T\"\ndir = \"up\"\n";
    let errs = errors(text);
    assert_eq!(
        errs,
        [
            "config.toml:1:12: error: `base_url` is not a URL: relative URL without a base\n  hint: write an absolute address such as `https://www.example.org/`",
            "config.toml:3:12: error: `English` is not a valid language code\n  hint: use a BCP 47 language tag such as `de`, `uk`, `ar` or `pt-BR`",
            "config.toml:9:7: error: `dir` must be \"ltr\" or \"rtl\", not \"up\"\n  hint: leave `dir` out to derive it from the language",
        ]
    );
}

#[test]
fn missing_default_language_is_an_error() {
    let text = MINIMAL.replace("default_language = \"de\"", "default_language = \"en\"");
    assert_eq!(
        errors(&text),
        [
            "config.toml:2:20: error: the default language `en` is not configured\n  hint: add a table `[languages.en]` with `name` and `title`"
        ]
    );
}

#[test]
fn language_code_must_be_canonical() {
    assert!(parse_language_code("pt-BR").is_ok());
    assert_eq!(parse_language_code("pt-br").unwrap_err().1, "write `pt-BR`");
    assert!(parse_language_code("x").is_err());
    assert!(parse_language_code("de/../x").is_err());
}

#[test]
fn topics_must_use_configured_languages() {
    let text = format!("{MINIMAL}[topics.work]\nde = \"Arbeit\"\nfr = \"Travail\"\n");
    assert_eq!(
        errors(&text),
        [
            "config.toml:11:1: error: topic `work` is named in `fr`, which is not a configured language"
        ]
    );
}

#[test]
fn private_use_tags_are_variants_of_the_default_language() {
    let c = parse(&format!(
        "{MINIMAL}[languages.de-x-ls]\nname = \"Leichte Sprache\"\ntitle = \"T\"\n"
    ))
    .unwrap();
    let easy = c.language("de-x-ls").unwrap();
    assert_eq!(easy.variant_of.as_deref(), Some("de"));
    assert_eq!(easy.fallback, "de");
    assert!(!easy.advertised() && c.language("ar").unwrap().advertised());
    let own_segments = MINIMAL.replace(
        "title = \"T\"\n[languages.ar]",
        "title = \"T\"\ntopics_slug = \"themen\"\n[languages.ar]",
    );
    let c = parse(&format!(
        "{own_segments}[languages.de-x-ls]\nname = \"L\"\ntitle = \"T\"\n"
    ))
    .unwrap();
    assert_eq!(
        c.language("de-x-ls").unwrap().topics_slug,
        "themen",
        "a variant reads its base's URL segments"
    );
    assert_eq!(c.language("ar").unwrap().topics_slug, "topics");
    assert_eq!(
        errors(&format!(
            "{MINIMAL}[languages.ar-x-easy]\nname = \"E\"\ntitle = \"T\"\n"
        )),
        [
            "config.toml:9:12: error: `ar-x-easy` is a variant of `ar`, but only the default language `de` can have variants\n  hint: name the variant `de-x-…`, or configure it as a language of its own without `-x-`"
        ]
    );
    assert_eq!(
        errors(&format!(
            "{MINIMAL}[languages.de-x-LS]\nname = \"E\"\ntitle = \"T\"\n"
        )),
        [
            "config.toml:9:12: error: the private-use part `LS` of `de-x-LS` is not valid\n  hint: write lower-case letters or digits, 1 to 8 per part, e.g. `de-x-ls`"
        ]
    );
}
