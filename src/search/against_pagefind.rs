//! The index written here against the index pagefind's own crate writes for the same pages:
//! the same files, with the same contents once decompressed.

use super::*;
use flate2::read::GzDecoder;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use std::io::Read;

/// pagefind's files for `pages` (`(url, html)`) in language `code`: path → decompressed
/// contents, for the files of the index.
fn pagefind_files(code: &str, pages: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
    let options = PagefindServiceConfig::builder()
        .keep_index_url(true)
        .root_selector("main".to_string())
        .force_language(code.to_string())
        .build();
    let mut index = PagefindIndex::new(Some(options)).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let files = runtime.block_on(async {
        for (url, html) in pages {
            index
                .add_html_file(None, Some(url.to_string()), html.to_string())
                .await
                .unwrap();
        }
        index.get_files().await.unwrap()
    });
    files
        .into_iter()
        .map(|f| (f.filename.to_string_lossy().into_owned(), f.contents))
        .filter(|(name, _)| name.contains(".pf_"))
        .map(|(name, contents)| (name, gunzip(&contents)))
        .collect()
}

/// Our files for the same pages.
fn our_files(code: &str, pages: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
    let mut language = words::Language::new(code);
    let mut pages: Vec<Page> = pages
        .iter()
        .filter_map(|(url, html)| {
            Page::read(main_element(html), url.to_string(), code, &mut language).unwrap()
        })
        .collect();
    format::build(code, &mut pages, false)
        .unwrap()
        .files
        .into_iter()
        .map(|(name, contents)| (name, gunzip(&contents)))
        .collect()
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    GzDecoder::new(bytes).read_to_end(&mut out).unwrap();
    out
}

fn assert_same(code: &str, pages: &[(&str, &str)]) {
    let theirs = pagefind_files(code, pages);
    let ours = our_files(code, pages);
    let names = |files: &BTreeMap<String, Vec<u8>>| files.keys().cloned().collect::<Vec<_>>();
    let kind = |name: &str| {
        name.split(['_', '.'])
            .next()
            .unwrap_or_default()
            .to_string()
    };
    for (name, contents) in &theirs {
        let mine = ours.get(name).or_else(|| {
            let same_kind: Vec<_> = ours.iter().filter(|(n, _)| kind(n) == kind(name)).collect();
            let theirs_of_kind = theirs.keys().filter(|n| kind(n) == kind(name)).count();
            (same_kind.len() == 1 && theirs_of_kind == 1).then(|| same_kind[0].1)
        });
        if let Some(mine) = mine {
            let show = |bytes: &[u8]| match name.ends_with(".pf_fragment") {
                true => String::from_utf8_lossy(&bytes[12..]).into_owned(),
                false => minicbor::display(&bytes[12..]).to_string(),
            };
            assert_eq!(show(mine), show(contents), "{name} differs");
        }
    }
    assert_eq!(names(&ours), names(&theirs));
}

const PAGE: &str = r#"<!DOCTYPE html><html lang="de"><head><title>Arbeiten</title></head><body>
<nav>Menü Start</nav>
<main id="main"><h1>Arbeiten in Thüringen</h1>
<p>Wer aus dem Ausland kommt, braucht oft eine <a href="/de/anerkennung/">Anerkennung</a> des
Berufsabschlusses &amp; einen Aufenthaltstitel. Das Welcome-Center hilft – kostenlos.</p>
<nav class="toc" data-pagefind-ignore><h2>Inhalt</h2><ol><li>Visum</li></ol></nav>
<h2 id="visum">Das <em>Visum</em></h2><ul><li>Blaue Karte EU</li><li>§ 18a AufenthG</li></ul>
<img src="/bild.png" alt="Ein Bild"><p>Café, naïve, façade; e.g. example.com und camelCase.</p>
<section data-pagefind-ignore="all"><h2>Nicht</h2>versteckt</section>
<form><label>Suche</label><input name="q"></form>
<table><tr><td>Zelle eins</td><td>Zelle 2</td></tr></table>
<div data-pagefind-weight="3">Wichtig wichtig</div><p>Ende<br>Zeile</p></main>
<footer>Fuß</footer></body></html>"#;

#[test]
fn a_page_is_indexed_as_pagefind_indexes_it() {
    assert_same("de", &[("/de/arbeiten/", PAGE)]);
}

#[test]
fn pages_of_every_script_are_indexed_as_pagefind_indexes_them() {
    let en =
        "<main><h1>Working</h1><p>Recognition of foreign qualifications. It's free!</p></main>";
    let ar = "<main><h1>العمل في تورينغن</h1><p>الاعتراف بالمؤهلات الأجنبية، مجاناً.</p></main>";
    let uk = "<main><h1>Робота</h1><p>Визнання іноземної кваліфікації — безкоштовно.</p></main>";
    let empty = "<main><nav>only a menu</nav></main>";
    assert_same(
        "en",
        &[("/en/work/", en), ("/en/empty/", empty), ("/en/again/", en)],
    );
    assert_same("ar", &[("/ar/work/", ar)]);
    assert_same("uk", &[("/uk/work/", uk)]);
}
