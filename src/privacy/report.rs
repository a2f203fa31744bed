//! Where the loads a scan finds go: resolved against the document's base URL and reported
//! as `<element> url` when they lead to another server.

use super::css::*;
use super::rules::*;
use url::Url;

/// Where the reports of one document go, with the base URL they resolve against.
pub(super) struct Sink {
    pub(super) base: Option<Url>,
    /// Whether a `<base href>` was seen (only the first one counts).
    pub(super) base_seen: bool,
    pub(super) loads: Vec<Load>,
}

impl Sink {
    pub(super) fn new(base: Option<Url>) -> Self {
        Sink {
            base,
            base_seen: false,
            loads: Vec::new(),
        }
    }

    /// Reports `value`, written on `element`, if it leads to another server.
    pub(super) fn check(&mut self, element: &[u8], value: &str) {
        let Some(url) = resolve(value, self.base.as_ref()) else {
            return;
        };
        if !elsewhere(&url) {
            return;
        }
        let shown = if self.base.as_ref().is_some_and(elsewhere)
            && !resolve(value, OWN.as_ref()).is_some_and(|u| elsewhere(&u))
        {
            url.as_str()
        } else {
            trimmed(value)
        };
        let element = String::from_utf8_lossy(element);
        self.loads.push(Load::Found(format!("<{element}> {shown}")));
    }

    /// Reports the foreign URLs in CSS written on (or in) `element`.
    pub(super) fn check_css(&mut self, element: &[u8], css: &str) {
        for url in css_urls(css) {
            self.check(element, &url);
        }
    }

    /// Reports what attribute value `value` of `element` loads, read as `how`.
    pub(super) fn apply(&mut self, element: &[u8], how: Use, value: &str) {
        match how {
            Use::Url => self.check(element, value),
            Use::Srcset => {
                for url in srcset_urls(value) {
                    self.check(element, url);
                }
            }
            Use::Urls => {
                for url in value.split_ascii_whitespace() {
                    self.check(element, url);
                }
            }
            Use::Refresh => {
                if let Some(url) = refresh_target(value) {
                    self.check(element, url);
                }
            }
            Use::Css => {
                if value.contains('(') {
                    self.check_css(element, value);
                }
            }
            Use::Frame => {
                let frame = Load::Frame(value.to_string(), self.base.clone());
                self.loads.push(frame);
            }
            Use::Base => {
                // Only the first `<base href>` counts; it resolves against the one before.
                if !self.base_seen {
                    self.base_seen = true;
                    self.check(element, value);
                    if let Some(url) = resolve(value, self.base.as_ref()) {
                        self.base = Some(url);
                    }
                }
            }
        }
    }
}
