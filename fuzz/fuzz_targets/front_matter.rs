//! A content file as an editor might write it: front matter split and validated, every
//! problem at a line of the file, the body exactly the rest of the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use wegweiser::load::front_matter;

fuzz_target!(|text: &str| {
    let lines = text.lines().count() + 1;
    match front_matter::parse(Path::new("content/page.md"), text) {
        Ok(document) => assert_eq!(
            document.body.text().ok(),
            Some(&text[document.body_offset..])
        ),
        Err(problems) => {
            assert!(!problems.is_empty());
            for problem in problems {
                assert!(problem.line <= lines, "{problem} beyond line {lines}");
            }
        }
    }
});
