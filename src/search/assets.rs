//! pagefind's search library, as its crate ships it: the script the theme imports
//! (`pagefind.js`), its worker, and the WebAssembly of each language (with the language's
//! stemmer, or the generic one). Taken from what the crate writes for an index of one
//! record per language, so the library and the index format stay those of one version.

use crate::diagnostic::Diagnostic;
use pagefind::api::PagefindIndex;
use std::collections::BTreeMap;

/// pagefind's user interfaces, which the theme's search page does not use.
const UNUSED: [&str; 4] = [
    "pagefind-ui",
    "pagefind-modular-ui",
    "pagefind-component-ui",
    "pagefind-highlight",
];

/// The library's files and, per language, what the entry file says of its WebAssembly.
pub struct Assets {
    /// `(path below the search folder, contents)`: scripts and WebAssembly.
    pub files: Vec<(String, Vec<u8>)>,
    /// The entry file's `include_characters`.
    pub include_characters: serde_json::Value,
    /// Per language code (lower case), the name of its WebAssembly (`null`: the generic).
    pub wasm: BTreeMap<String, serde_json::Value>,
}

/// The library for the languages `codes` (lower case).
pub fn assets(codes: &[String]) -> Result<Assets, Diagnostic> {
    let failed = |e: &dyn std::fmt::Display| {
        Diagnostic::error(
            super::FOLDER,
            format!("could not write pagefind's search library: {e}"),
        )
    };
    // pagefind's API is async; its own thread runs it, also when called from a runtime's.
    let made = std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .build()
                    .map_err(|e| failed(&e))?;
                runtime.block_on(async {
                    let mut index = PagefindIndex::new(None).map_err(|e| failed(&e))?;
                    for code in codes {
                        index
                            .add_custom_record(
                                format!("/{code}/"),
                                code.clone(),
                                code.clone(),
                                None,
                                None,
                                None,
                            )
                            .await
                            .map_err(|e| failed(&e))?;
                    }
                    index.get_files().await.map_err(|e| failed(&e))
                })
            })
            .join()
    });
    let files = made.map_err(|_| failed(&"pagefind stopped"))??;
    let mut assets = Assets {
        files: Vec::new(),
        include_characters: serde_json::Value::Array(Vec::new()),
        wasm: BTreeMap::new(),
    };
    for file in files {
        let name = file.filename.to_string_lossy().replace('\\', "/");
        if name == super::ENTRY {
            let entry: serde_json::Value =
                serde_json::from_slice(&file.contents).map_err(|e| failed(&e))?;
            assets.include_characters = entry["include_characters"].clone();
            if let Some(languages) = entry["languages"].as_object() {
                for (code, language) in languages {
                    assets.wasm.insert(code.clone(), language["wasm"].clone());
                }
            }
        } else if (name.ends_with(".js") || name.ends_with(".pagefind"))
            && !name.contains('/')
            && !UNUSED.iter().any(|prefix| name.starts_with(prefix))
        {
            assets.files.push((name, file.contents));
        }
    }
    Ok(assets)
}
