//! "Did you mean …?": the nearest existing name to a misspelt one, for hints about keys,
//! topics, languages, templates and link targets.

/// The candidate nearest to `written`, if one is close enough to be a likely typo: the same
/// but for case, or at most a third of its characters apart (one edit in short names).
pub fn nearest<'a>(
    written: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = (written.chars().count() / 3).max(1);
    let lower = written.to_lowercase();
    candidates
        .into_iter()
        .filter(|c| *c != written)
        .map(|c| {
            let distance = strsim::damerau_levenshtein(&lower, &c.to_lowercase());
            (distance, c)
        })
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// A hint sentence, "did you mean `x`?", for the candidate nearest to `written`.
pub fn did_you_mean<'a>(
    written: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    nearest(written, candidates).map(|c| format!("did you mean `{c}`?"))
}

/// The configured language code that `written` is a longer or regional form of (`eng` or
/// `en_GB` for `en`). Two-letter codes are too close to each other for spelling distance:
/// `fr` is one letter from `ar` without being a typo of it.
pub fn language<'a>(written: &str, codes: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let written = written.to_lowercase().replace('_', "-");
    codes
        .into_iter()
        .filter(|c| *c != written && written.starts_with(&c.to_lowercase()))
        .max_by_key(|c| c.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_typo_and_ignores_unrelated_names() {
        let keys = ["title", "description", "weight", "last_reviewed"];
        assert_eq!(nearest("titel", keys), Some("title"));
        assert_eq!(nearest("Title", keys), Some("title"));
        assert_eq!(nearest("lastreviewed", keys), Some("last_reviewed"));
        assert_eq!(nearest("colour", keys), None);
        assert_eq!(nearest("x", keys), None);
    }

    #[test]
    fn a_language_is_suggested_for_its_longer_forms_only() {
        let codes = ["de", "en", "ar", "de-x-ls"];
        assert_eq!(language("eng", codes), Some("en"));
        assert_eq!(language("de_DE", codes), Some("de"));
        assert_eq!(language("fr", codes), None);
    }

    #[test]
    fn prefers_the_closest() {
        assert_eq!(
            nearest("visas.md", ["visa.md", "vision.md"]),
            Some("visa.md")
        );
    }
}
