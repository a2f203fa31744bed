//! Machine-readable forms of the directory: `/partners.json` (all data, versioned), the
//! per-language finder data, schema.org JSON-LD and vCards (RFC 6350).

use crate::load::partners::Partner;
use crate::load::region::Region;
use serde::Serialize;
use std::collections::BTreeMap;

/// Version of the `/partners.json` schema; raise it when a field changes meaning or goes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct AllPartners<'a> {
    schema_version: u32,
    partners: Vec<PartnerRecord<'a>>,
}

#[derive(Serialize)]
struct PartnerRecord<'a> {
    id: &'a str,
    name: &'a str,
    short_name: Option<&'a str>,
    kind: &'a str,
    topics: &'a [String],
    cities: &'a [String],
    regions: &'a [String],
    languages: &'a [String],
    website: Option<&'a str>,
    email: Option<&'a str>,
    phone: Option<&'a str>,
    last_reviewed: String,
    sources: &'a [String],
    summary: &'a BTreeMap<String, String>,
    services: &'a BTreeMap<String, Vec<String>>,
    locations: Vec<LocationRecord<'a>>,
    pages: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct LocationRecord<'a> {
    street: Option<&'a str>,
    postcode: Option<&'a str>,
    city: &'a str,
    latitude: Option<f64>,
    longitude: Option<f64>,
    opening_hours: &'a BTreeMap<String, String>,
    accessibility: &'a BTreeMap<String, String>,
}

/// `/partners.json`: every partner with all its data and the absolute URL of its page per
/// language (`pages`), under a `schema_version`.
pub fn all_json(partners: &[Partner], pages: &dyn Fn(usize) -> BTreeMap<String, String>) -> String {
    let all = AllPartners {
        schema_version: SCHEMA_VERSION,
        partners: partners
            .iter()
            .enumerate()
            .map(|(index, p)| PartnerRecord {
                id: &p.id,
                name: &p.name,
                short_name: p.short_name.as_deref(),
                kind: &p.kind,
                topics: &p.topics,
                cities: &p.cities,
                regions: &p.regions,
                languages: &p.languages,
                website: p.website.as_deref(),
                email: p.email.as_deref(),
                phone: p.phone.as_deref(),
                last_reviewed: p.last_reviewed.to_string(),
                sources: &p.sources,
                summary: &p.summary,
                services: &p.services,
                locations: p
                    .locations
                    .iter()
                    .map(|l| LocationRecord {
                        street: l.street.as_deref(),
                        postcode: l.postcode.as_deref(),
                        city: &l.city,
                        latitude: l.coordinates.map(|c| c.0),
                        longitude: l.coordinates.map(|c| c.1),
                        opening_hours: &l.opening_hours,
                        accessibility: &l.accessibility,
                    })
                    .collect(),
                pages: pages(index),
            })
            .collect(),
    };
    to_json(&all)
}

/// One entry of the per-language finder data (`/<lang>/partners.json`).
#[derive(Debug, Serialize)]
pub struct FinderEntry<'a> {
    /// Partner id.
    pub id: &'a str,
    /// Proper name.
    pub name: &'a str,
    /// Kind id.
    pub kind: &'a str,
    /// Summary in the language (or the default language).
    pub summary: &'a str,
    /// The language of `summary`.
    pub summary_lang: &'a str,
    /// URL path of the partner's page.
    pub url: String,
    /// Topic ids.
    pub topics: &'a [String],
    /// Cities.
    pub cities: &'a [String],
    /// Languages of advice.
    pub languages: &'a [String],
}

/// Serialises to pretty JSON with a final newline; the types here cannot fail to serialise.
pub fn to_json<T: Serialize>(value: &T) -> String {
    let mut json = serde_json::to_string_pretty(value).unwrap_or_default();
    json.push('\n');
    json
}

/// schema.org JSON-LD of a partner for a `<script type="application/ld+json">` element, with
/// `<` escaped so no text can close the element.
pub fn json_ld(
    region: &Region,
    partner: &Partner,
    lang: &str,
    default_lang: &str,
    page_url: &str,
) -> String {
    let kind = if partner.kind == "authority" {
        "GovernmentOrganization"
    } else {
        "Organization"
    };
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": kind,
        "@id": page_url,
        "name": partner.name,
        "description": partner.summary(lang, default_lang).0,
    });
    let object = value.as_object_mut().into_iter().next();
    if let Some(object) = object {
        if let Some(short) = &partner.short_name {
            object.insert("alternateName".into(), short.as_str().into());
        }
        if let Some(website) = &partner.website {
            object.insert("url".into(), website.as_str().into());
        }
        if !partner.regions.is_empty() {
            object.insert("areaServed".into(), partner.regions.clone().into());
        }
        let addresses: Vec<serde_json::Value> = partner
            .locations
            .iter()
            .map(|l| {
                let mut address = serde_json::json!({
                    "@type": "PostalAddress",
                    "addressLocality": l.city,
                });
                if let Some(map) = address.as_object_mut() {
                    if let Some(country) = &region.country {
                        map.insert("addressCountry".into(), country.as_str().into());
                    }
                    if let Some(street) = &l.street {
                        map.insert("streetAddress".into(), street.as_str().into());
                    }
                    if let Some(postcode) = &l.postcode {
                        map.insert("postalCode".into(), postcode.as_str().into());
                    }
                }
                address
            })
            .collect();
        if !addresses.is_empty() {
            object.insert("address".into(), addresses.into());
        }
        let mut contact = serde_json::json!({
            "@type": "ContactPoint",
            "contactType": "advice",
        });
        if let Some(map) = contact.as_object_mut() {
            if !partner.languages.is_empty() {
                map.insert("availableLanguage".into(), partner.languages.clone().into());
            }
            if let Some(email) = &partner.email {
                map.insert("email".into(), email.as_str().into());
            }
            if let Some(phone) = &partner.phone {
                map.insert("telephone".into(), phone.as_str().into());
            }
        }
        object.insert("contactPoint".into(), contact);
    }
    serde_json::to_string(&value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// A vCard 4.0 (RFC 6350) of a partner, with the note in `lang`: CRLF line ends, text escaped,
/// lines folded at 75 octets.
pub fn vcard(
    region: &Region,
    partner: &Partner,
    lang: &str,
    default_lang: &str,
    page_url: &str,
) -> String {
    let mut lines = vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:4.0".to_string(),
        "KIND:org".to_string(),
        format!("FN:{}", crate::render::content_line::escape(&partner.name)),
        format!("ORG:{}", crate::render::content_line::escape(&partner.name)),
    ];
    if let Some(short) = &partner.short_name {
        lines.push(format!(
            "NICKNAME:{}",
            crate::render::content_line::escape(short)
        ));
    }
    if let Some(website) = &partner.website {
        lines.push(format!("URL:{website}"));
    }
    lines.push(format!("SOURCE:{page_url}"));
    if let Some(email) = &partner.email {
        lines.push(format!(
            "EMAIL;TYPE=work:{}",
            crate::render::content_line::escape(email)
        ));
    }
    if let Some(phone) = &partner.phone {
        lines.push(format!("TEL;VALUE=uri;TYPE=work:{}", tel_uri(phone)));
    }
    for location in &partner.locations {
        let country = region
            .country_name
            .as_deref()
            .or(region.country.as_deref())
            .unwrap_or("");
        lines.push(format!(
            "ADR;TYPE=work:;;{};{};;{};{}",
            crate::render::content_line::escape(location.street.as_deref().unwrap_or("")),
            crate::render::content_line::escape(&location.city),
            crate::render::content_line::escape(location.postcode.as_deref().unwrap_or("")),
            crate::render::content_line::escape(country)
        ));
        if let Some((lat, lon)) = location.coordinates {
            lines.push(format!("GEO:geo:{lat},{lon}"));
        }
    }
    for language in &partner.languages {
        lines.push(format!("LANG:{language}"));
    }
    let (summary, _) = partner.summary(lang, default_lang);
    if !summary.is_empty() {
        lines.push(format!(
            "NOTE:{}",
            crate::render::content_line::escape(summary)
        ));
    }
    lines.push(format!(
        "REV:{}T000000Z",
        partner.last_reviewed.strftime("%Y%m%d")
    ));
    lines.push("END:VCARD".to_string());
    lines
        .iter()
        .map(|l| crate::render::content_line::line(l))
        .collect()
}

/// A phone number as shown on a page: never broken between lines (no-break spaces and
/// non-breaking hyphens), so it reads and dials as one unit.
pub fn unbreakable_phone(phone: &str) -> String {
    phone.replace(' ', "\u{a0}").replace('-', "\u{2011}")
}

/// A phone number as a `tel:` URI: `+` and digits only.
pub fn tel_uri(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}
