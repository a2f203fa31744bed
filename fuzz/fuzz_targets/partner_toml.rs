//! A partner file as an editor (or an attacker who controls it) might write it, validated
//! against the portal's configuration; whatever is accepted exports as valid JSON-LD with no
//! way out of its script element, and as a vCard with folded lines.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;
use wegweiser::load::config::{self, Config};
use wegweiser::load::partners;
use wegweiser::render::export;

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        config::parse(include_str!("../../config.toml")).expect("the portal's config is valid")
    })
}

fuzz_target!(|text: &str| {
    let config = config();
    let lines = text.lines().count() + 1;
    match partners::parse(Path::new("content/partners/partner.toml"), text, config) {
        Ok(partner) => {
            let default = &config.default_language().code;
            for language in &config.languages {
                let url = "https://portal.example/de/partner/";
                let json_ld = export::json_ld(&config.region, &partner, &language.code, default, url);
                serde_json::from_str::<serde_json::Value>(&json_ld).expect("JSON-LD is JSON");
                assert!(!json_ld.to_ascii_lowercase().contains("</script"), "{json_ld}");
                let vcard = export::vcard(&config.region, &partner, &language.code, default, url);
                for line in vcard.split("\r\n") {
                    assert!(line.len() <= 75, "vCard line longer than 75 octets: {line:?}");
                }
            }
        }
        Err(problems) => {
            for problem in problems {
                assert!(problem.line <= lines, "{problem} beyond line {lines}");
            }
        }
    }
});
