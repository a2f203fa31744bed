//! UI strings as units: each Fluent message's value, its placeables (`{ $date }`) as codes.
//! A message that chooses by a number (`{ $count -> [one] … *[other] … }`) becomes one unit
//! per CLDR plural category of the *target* language — Russian gets `one`, `few`, `many`
//! and `other` where German has `one` and `other` — and import writes the choice back.
//! Pure: Fluent text in, units and Fluent text out.

use crate::xliff::Piece;
use fluent_syntax::ast::{self, Expression, PatternElement, VariantKey};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::ops::Range;

/// The value of one message, as units see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text and placeables.
    Simple(Vec<Piece>),
    /// A choice by a number: the selector (`$count`) and each variant's key and text; the
    /// default variant is `other`.
    Plural {
        /// The selector's code.
        selector: String,
        /// (key, text) per variant, in the file's order.
        variants: Vec<(String, Vec<Piece>)>,
    },
}

/// One message of a Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The message id.
    pub id: String,
    /// Its value.
    pub value: Value,
    /// Where the message (from its id to its last line) is in the file.
    pub range: Range<usize>,
}

/// The messages of `text` that have a value, in order. Terms, comments and messages the
/// parser rejects are left out.
pub fn messages(text: &str) -> Vec<Message> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let value = value_of(message.value.as_ref()?)?;
                let range = range_of(text, message.id.name)?;
                Some(Message {
                    id: message.id.name.to_string(),
                    value,
                    range,
                })
            }
            _ => None,
        })
        .collect()
}

/// The comment lines right above `start` of `text` (a message's explanation for translators),
/// with their line ends; empty if there are none.
pub fn comment_before(text: &str, start: usize) -> &str {
    let mut from = start;
    for line in text[..start].split_inclusive('\n').rev() {
        if !line.starts_with('#') {
            break;
        }
        from -= line.len();
    }
    &text[from..start]
}

/// The value of a pattern, or `None` if it chooses by something other than plural forms.
fn value_of(pattern: &ast::Pattern<&str>) -> Option<Value> {
    if let [
        PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        },
    ] = pattern.elements.as_slice()
    {
        let plural = variants.iter().all(|v| match &v.key {
            VariantKey::Identifier { name } => category(name).is_some(),
            VariantKey::NumberLiteral { .. } => true,
        });
        if !plural {
            return None;
        }
        let selector = serialized(&Expression::Inline(selector.clone()));
        let selector = selector
            .trim_start_matches('{')
            .trim_end_matches('}')
            .trim()
            .to_string();
        return Some(Value::Plural {
            selector,
            variants: variants
                .iter()
                .map(|v| {
                    let key = match &v.key {
                        VariantKey::Identifier { name }
                        | VariantKey::NumberLiteral { value: name } => name.to_string(),
                    };
                    (key, pieces_of(&v.value))
                })
                .collect(),
        });
    }
    Some(Value::Simple(pieces_of(pattern)))
}

/// Text and placeables of a pattern as pieces, placeables numbered from 1.
fn pieces_of(pattern: &ast::Pattern<&str>) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut id = 0;
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => match pieces.last_mut() {
                Some(Piece::Text(last)) => last.push_str(value),
                _ => pieces.push(Piece::Text((*value).to_string())),
            },
            PatternElement::Placeable { expression } => {
                id += 1;
                pieces.push(Piece::Placeholder {
                    id,
                    code: serialized(expression),
                });
            }
        }
    }
    pieces
}

/// A placeable as Fluent writes it: `{ $date }`.
fn serialized(expression: &Expression<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(ast::Pattern {
                elements: vec![PatternElement::Placeable {
                    expression: expression.clone(),
                }],
            }),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    text.trim_start_matches("x =").trim().to_string()
}

/// The range of message `id` in `text`: from its line to its last indented line.
fn range_of(text: &str, id: &str) -> Option<Range<usize>> {
    let mut offset = 0;
    let mut start = None;
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if let Some(begin) = start {
            let continues =
                content.starts_with([' ', '\t', '}', '[', '*', '.']) || content.trim().is_empty();
            if !continues {
                return Some(begin..end);
            }
            if !content.trim().is_empty() {
                end = offset + content.len();
            }
        } else if content
            .strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            start = Some(offset);
            end = offset + content.len();
        }
        offset += line.len();
    }
    start.map(|begin| begin..end)
}

/// The CLDR plural categories by name.
fn category(name: &str) -> Option<PluralCategory> {
    Some(match name {
        "zero" => PluralCategory::ZERO,
        "one" => PluralCategory::ONE,
        "two" => PluralCategory::TWO,
        "few" => PluralCategory::FEW,
        "many" => PluralCategory::MANY,
        "other" => PluralCategory::OTHER,
        _ => return None,
    })
}

/// The cardinal plural categories `lang` uses, in CLDR order (`other` always last);
/// just `other` for a language CLDR does not know.
pub fn categories(lang: &unic_langid::LanguageIdentifier) -> Vec<&'static str> {
    let Ok(rules) = PluralRules::create(lang.clone(), PluralRuleType::CARDINAL) else {
        return vec!["other"];
    };
    let mut used = Vec::new();
    let decimals = ["0.5", "1.5", "2.5", "1.0", "0.0", "21.5"];
    for n in 0..1_000u32 {
        if let Ok(c) = rules.select(n)
            && !used.contains(&c)
        {
            used.push(c);
        }
    }
    for n in decimals {
        if let Ok(c) = rules.select(n)
            && !used.contains(&c)
        {
            used.push(c);
        }
    }
    ["zero", "one", "two", "few", "many", "other"]
        .into_iter()
        .filter(|name| category(name).is_some_and(|c| used.contains(&c)) || *name == "other")
        .collect()
}

/// The Fluent text of message `id` with `value`: `id = text`, multi-line text indented,
/// a plural choice with `*[other]` as the default. Braces in the words are escaped.
pub fn message_text(id: &str, value: &Value) -> String {
    match value {
        Value::Simple(pieces) => {
            let text = pattern_text(pieces);
            if text.contains('\n') {
                format!("{id} =\n{}", indented(&text, "    "))
            } else {
                format!("{id} = {text}")
            }
        }
        Value::Plural { selector, variants } => {
            let mut out = format!("{id} = {{ {selector} ->\n");
            for (key, pieces) in variants {
                let mark = if key == "other" { "   *" } else { "    " };
                let text = pattern_text(pieces);
                if text.contains('\n') {
                    out.push_str(&format!("{mark}[{key}]\n{}\n", indented(&text, "        ")));
                } else {
                    out.push_str(&format!("{mark}[{key}] {text}\n"));
                }
            }
            out.push('}');
            out
        }
    }
}

/// A pattern's text: words with braces escaped, codes as they are.
fn pattern_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.replace('{', "{\"{\"}").replace('}', "{\"}\"}"),
            Piece::Open { code, .. }
            | Piece::Close { code, .. }
            | Piece::Placeholder { code, .. } => code.clone(),
        })
        .collect()
}

fn indented(text: &str, indent: &str) -> String {
    text.lines()
        .map(|line| format!("{indent}{line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_has_four_plural_categories_and_german_two() {
        assert_eq!(
            categories(&"ru".parse().unwrap()),
            ["one", "few", "many", "other"]
        );
        assert_eq!(categories(&"de".parse().unwrap()), ["one", "other"]);
        assert_eq!(categories(&"fa".parse().unwrap()), ["one", "other"]);
        assert_eq!(
            categories(&"ar".parse().unwrap()),
            ["zero", "one", "two", "few", "many", "other"]
        );
    }

    #[test]
    fn messages_with_placeables_and_plurals_read_and_write_back() {
        let text = "# comment\nlast = Geprüft: { $date }\ncount = { $count ->\n    [one] Eine Seite.\n   *[other] { $count } Seiten.\n}\nbody =\n    Zeile eins\n    Zeile { $x }\n\nnext = x\n";
        let found = messages(text);
        assert_eq!(found.len(), 4);
        for message in &found {
            assert_eq!(
                &text[message.range.clone()],
                message_text(&message.id, &message.value)
            );
        }
        assert_eq!(
            found[0].value,
            Value::Simple(vec![
                Piece::Text("Geprüft: ".into()),
                Piece::Placeholder {
                    id: 1,
                    code: "{ $date }".into()
                }
            ])
        );
    }

    #[test]
    fn the_comment_above_a_message() {
        let text = "# Header\n\n# Menu button\n# (short)\nmenu = Menü\nhome = Start\n";
        let start = |id: &str| {
            messages(text)
                .into_iter()
                .find(|m| m.id == id)
                .unwrap()
                .range
                .start
        };
        assert_eq!(
            comment_before(text, start("menu")),
            "# Menu button\n# (short)\n"
        );
        assert_eq!(comment_before(text, start("home")), "");
    }
}
