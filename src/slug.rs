//! URL segments. A slug is one path segment: it can never contain `/` or be `..`, so no page
//! can be written outside its language folder, whatever its front matter says.

/// Turns text into a URL segment: German letters first (ä → ae, ß → ss), then any other
/// script transliterated to ASCII, lower case, words joined by `-`.
pub fn slugify(text: &str) -> String {
    let mut german = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ä' => german.push_str("ae"),
            'ö' => german.push_str("oe"),
            'ü' => german.push_str("ue"),
            'Ä' => german.push_str("Ae"),
            'Ö' => german.push_str("Oe"),
            'Ü' => german.push_str("Ue"),
            'ß' => german.push_str("ss"),
            _ => german.push(c),
        }
    }
    ascii_words(&german, |c| c == '_')
}

/// `text` transliterated to ASCII and lower-cased, letters and digits (and what `keep` says)
/// kept, every run of anything else one `-`, none at the ends.
fn ascii_words(text: &str, keep: impl Fn(char) -> bool) -> String {
    let ascii = deunicode::deunicode(text);
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() || keep(c) {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Checks a slug written by an editor: one segment of letters (any script), digits, `-`, `_`
/// or `.`, not starting with `.`. Returns the message and a hint when it is not.
pub fn check(slug: &str) -> Result<String, (String, String)> {
    let ok = !slug.is_empty()
        && !slug.starts_with('.')
        && slug
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        return Ok(slug.to_string());
    }
    let suggestion = slugify(slug);
    let hint = if suggestion.is_empty() {
        "use letters, digits and `-`, e.g. `slug = \"my-page\"`".to_string()
    } else {
        format!("use letters, digits and `-`, e.g. `slug = \"{suggestion}\"`")
    };
    Err((
        format!("the slug `{slug}` is not a single URL segment"),
        hint,
    ))
}

/// How heading ids are made from heading text (`heading_ids` in config.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HeadingIds {
    /// Every script kept, `_` kept, as GitHub and [`anchor`] do: `get_image_metadata`.
    #[default]
    Github,
    /// Transliterated to ASCII, everything but letters and digits a `-`, as Zola does with
    /// `slugify_anchors = "on"`:
    /// `get-image-metadata`, `uber-uns` — so a Zola site's `#anchor` links keep working.
    Zola,
}

impl HeadingIds {
    /// The id for a heading with this text, before making it unique in its page.
    pub fn id(self, text: &str) -> String {
        match self {
            HeadingIds::Github => anchor(text),
            HeadingIds::Zola => ascii_words(text, |_| false),
        }
    }
}

/// A slug for a heading id: letters and digits of every script kept (lower-cased), spaces
/// and dashes become one `-`, everything else is dropped, combining marks (Arabic vowel
/// signs, accents of decomposed letters) included, so ids stay valid and typeable.
pub fn anchor(text: &str) -> String {
    let mut id = String::with_capacity(text.len());
    for c in text.chars() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() || c == '_' {
            id.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-') && !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    id
}

/// Combining marks of the scripts the portal is written in: Latin and Cyrillic combining
/// diacritics, Arabic harakat and Quranic marks.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_first() {
        assert_eq!(slugify("Über uns – Größe & Maß"), "ueber-uns-groesse-mass");
        assert_eq!(
            slugify("Anerkennung ausländischer Abschlüsse"),
            "anerkennung-auslaendischer-abschluesse"
        );
        assert_eq!(slugify("Робота"), "robota");
        assert_eq!(slugify("../.."), "");
    }

    #[test]
    fn check_rejects_paths() {
        assert!(check("arbeiten").is_ok());
        assert!(check("робота").is_ok());
        for bad in [
            "", "a/b", "..", ".hidden", "a b", "a\\b", "a?b", "a#b", "a%2e",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn anchors_keep_every_script() {
        assert_eq!(anchor("Was kostet das?"), "was-kostet-das");
        assert_eq!(anchor("Визнання дипломів"), "визнання-дипломів");
        assert_eq!(anchor("الاعتراف بالمؤهلات"), "الاعتراف-بالمؤهلات");
        assert_eq!(anchor("كم تكلّف الدورة؟"), "كم-تكلف-الدورة");
        assert_eq!(anchor("هل يُسمح لك"), "هل-يسمح-لك");
        assert_eq!(anchor("  --  "), "");
    }

    #[test]
    fn zola_ids_turn_underscores_and_accents_into_ascii() {
        assert_eq!(
            HeadingIds::Zola.id("get_image_metadata"),
            "get-image-metadata"
        );
        assert_eq!(HeadingIds::Zola.id("Über uns: Größe"), "uber-uns-grosse");
        assert_eq!(
            HeadingIds::Github.id("get_image_metadata"),
            "get_image_metadata"
        );
    }
}
