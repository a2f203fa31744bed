//! The shapes of values a site's files use, checked wherever they appear: language tags,
//! identifiers (topics, themes), e-mail addresses and phone numbers.

use unic_langid::LanguageIdentifier;

/// Validates a language code: a BCP 47 tag in canonical form whose language subtag is an
/// ISO 639 code (two or three letters), because it names files and URL folders. A private-use
/// part (`de-x-ls`) is allowed: such a tag names a variant of the language before `-x-`, whose
/// identifier (plural rules, direction) is returned.
pub fn parse_language_code(code: &str) -> Result<LanguageIdentifier, (String, String)> {
    let hint = "use a BCP 47 language tag such as `de`, `uk`, `ar` or `pt-BR`".to_string();
    let invalid = || {
        (
            format!("`{code}` is not a valid language code"),
            hint.clone(),
        )
    };
    let base = match code.split_once("-x-") {
        None => code,
        Some((base, private)) => {
            let subtag = |s: &str| {
                (1..=8).contains(&s.len())
                    && s.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            };
            if !private.split('-').all(subtag) {
                return Err((
                    format!("the private-use part `{private}` of `{code}` is not valid"),
                    "write lower-case letters or digits, 1 to 8 per part, e.g. `de-x-ls`".into(),
                ));
            }
            base
        }
    };
    let id: LanguageIdentifier = base.parse().map_err(|_| invalid())?;
    let primary = id.language.as_str();
    if !(2..=3).contains(&primary.len()) {
        return Err(invalid());
    }
    if id != base {
        let standard = code.replacen(base, &id.to_string(), 1);
        return Err((
            format!("the language code `{code}` is not written in its standard form"),
            format!("write `{standard}`"),
        ));
    }
    Ok(id)
}

/// The language a private-use tag is a variant of: `de` for `de-x-ls`, `None` for `de`.
pub fn variant_base(code: &str) -> Option<&str> {
    code.split_once("-x-").map(|(base, _)| base)
}

/// Whether `s` is a simple identifier: lower-case ASCII letters, digits, `-` and `_`.
pub fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// A plausible e-mail address: one `@`, a local part, a domain with a dot, no spaces or angle
/// brackets.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !s
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"' | ',' | ';'))
}

/// A plausible phone number: starts with `+` or `0`, holds only digits, spaces and `-/()`,
/// and at least six digits.
pub fn is_phone(s: &str) -> bool {
    (s.starts_with('+') || s.starts_with('0'))
        && s[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '(' | ')'))
        && s.chars().filter(char::is_ascii_digit).count() >= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_use_tags_name_variants() {
        assert_eq!(parse_language_code("de-x-ls").unwrap().to_string(), "de");
        assert_eq!(variant_base("de-x-ls"), Some("de"));
        assert_eq!(variant_base("pt-BR"), None);
        assert_eq!(
            parse_language_code("de-x-Leicht").unwrap_err().0,
            "the private-use part `Leicht` of `de-x-Leicht` is not valid"
        );
        assert_eq!(
            parse_language_code("DE-x-ls").unwrap_err().1,
            "write `de-x-ls`"
        );
        assert!(parse_language_code("de-x-").is_err());
    }

    #[test]
    fn email_and_phone_shapes() {
        assert!(is_email("a.b@c.de"));
        for bad in ["a@b", "@b.de", "a b@c.de", "a@@c.de", "a@.de", "<a@b.de>"] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_phone("+49 (0)361 12345-6"));
        assert!(is_phone("0361 123456"));
        assert!(!is_phone("123"));
        assert!(!is_phone("+49 361 CALL"));
    }
}
