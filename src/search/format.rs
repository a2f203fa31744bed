//! pagefind's index files for one language, written from its pages' postings: the word
//! index in chunks (`index/*.pf_index`), the meta index (`pagefind.*.pf_meta`), the
//! fragments (`fragment/*.pf_fragment`), each compressed and named by the hash of its
//! contents, as pagefind 1.6 writes them (its `index` and `output` modules), so that its
//! search library reads them.

use super::page::{Page, Postings};
use super::stored::{gzip, sha1_hex};
use crate::diagnostic::Diagnostic;
use minicbor::Encoder;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::collections::HashSet;

/// The version of pagefind whose format this is (its search library reads the index).
pub const VERSION: &str = "1.6.0";
/// About how many locations one chunk of the word index holds (pagefind's default).
const CHUNK_SIZE: usize = 20_000;
/// The index of one language: its files below the search folder, and the name of its meta
/// index (what the entry file points to).
pub struct Built {
    /// `(path below the search folder, contents)`.
    pub files: Vec<(String, Vec<u8>)>,
    /// `<language>_<hash>` of `pagefind.<hash>.pf_meta`.
    pub meta_hash: String,
    /// How many pages it indexes.
    pub page_count: usize,
}

/// One word's pages and its forms with diacritics, in page order.
#[derive(Default)]
struct Word {
    pages: Pages,
    variants: Vec<(String, Pages)>,
}

/// Pages of a word, packed into one list: for each page its number, how many text
/// locations follow, those, how many meta locations follow, those.
#[derive(Default)]
struct Pages {
    count: usize,
    packed: Vec<i32>,
}

impl Pages {
    fn push(&mut self, number: u32, locs: &[i32], meta: &[i32]) {
        self.count += 1;
        self.packed.reserve(3 + locs.len() + meta.len());
        self.packed.push(number as i32);
        self.packed.push(locs.len() as i32);
        self.packed.extend_from_slice(locs);
        self.packed.push(meta.len() as i32);
        self.packed.extend_from_slice(meta);
    }

    /// Each page: `(number, text locations, meta locations)`.
    fn iter(&self) -> impl Iterator<Item = (u32, &[i32], &[i32])> {
        let mut rest = self.packed.as_slice();
        std::iter::from_fn(move || {
            let (&number, after) = rest.split_first()?;
            let (&locs, after) = after.split_first()?;
            let (locs, after) = after.split_at(locs as usize);
            let (&meta, after) = after.split_first()?;
            let (meta, after) = after.split_at(meta as usize);
            rest = after;
            Some((number as u32, locs, meta))
        })
    }

    /// How much the pages weigh in a chunk: each page's locations and one.
    fn size(&self) -> usize {
        self.packed.len() - 2 * self.count
    }
}

/// Builds the index of language `code` (lower case) from `pages`, in page order. Each page's
/// fragment file is taken out of it, or copied when the pages are to `keep` it.
pub fn build(code: &str, pages: &mut [Page], keep: bool) -> Result<Built, Diagnostic> {
    let failed = |e: &dyn std::fmt::Display| {
        Diagnostic::error(
            super::FOLDER,
            format!("could not write the search index of `{code}`: {e}"),
        )
    };
    let mut meta_fields: Vec<String> = pages
        .iter()
        .flat_map(|p| p.meta_fields.iter().cloned())
        .collect();
    meta_fields.sort_unstable();
    meta_fields.dedup();

    let mut words: HashMap<String, Word> = HashMap::default();
    for (number, page) in pages.iter().enumerate() {
        let number = u32::try_from(number).map_err(|e| failed(&e))?;
        let fields: Vec<u16> = page
            .meta_fields
            .iter()
            .map(|f| meta_fields.binary_search(f).unwrap_or(0) as u16)
            .collect();
        for Postings {
            word,
            locs,
            meta,
            variants,
        } in page.postings()?
        {
            let entry = words.entry(word).or_default();
            let meta = pack_meta(&meta, &fields);
            if !locs.is_empty() || !meta.is_empty() {
                entry.pages.push(number, &locs, &meta);
            }
            for (form, locs, meta) in variants {
                let meta = pack_meta(&meta, &fields);
                match entry.variants.iter_mut().find(|v| v.0 == form) {
                    Some(variant) => variant.1.push(number, &locs, &meta),
                    None => {
                        let mut pages = Pages::default();
                        pages.push(number, &locs, &meta);
                        entry.variants.push((form, pages));
                    }
                }
            }
        }
    }

    let mut files = Vec::with_capacity(pages.len() + 64);
    let mut fragments: HashSet<String> = HashSet::with_capacity(pages.len());
    let mut listed = Vec::with_capacity(pages.len());
    for page in pages.iter_mut() {
        let name = unique(&page.fragment_hash, code.len() + 8, &fragments);
        let fragment = match keep {
            true => page.fragment.clone(),
            false => std::mem::take(&mut page.fragment),
        };
        files.push((format!("fragment/{name}.pf_fragment"), fragment));
        listed.push((name.clone(), page.word_count));
        fragments.insert(name);
    }

    let mut sorted: Vec<(String, Word)> = words.into_iter().collect();
    sorted.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let chunks = chunks(&sorted);
    let encoded: Vec<Result<(Vec<u8>, String), Diagnostic>> = chunks
        .par_iter()
        .map(|chunk| {
            let bytes = encode_chunk(chunk).map_err(|e| failed(&e))?;
            let hash = format!("{code}_{}", sha1_hex(&bytes));
            Ok((gzip(&bytes).map_err(|e| failed(&e))?, hash))
        })
        .collect();
    let mut names: HashSet<String> = HashSet::new();
    let mut ranges = Vec::with_capacity(chunks.len());
    for (encoded, (from, to)) in encoded.into_iter().zip(bounds(&chunks)) {
        let (gzipped, hash) = encoded?;
        let name = unique(&hash, code.len() + 8, &names);
        files.push((format!("index/{name}.pf_index"), gzipped));
        ranges.push((from, to, name.clone()));
        names.insert(name);
    }
    let meta = encode_meta(&listed, &ranges, &meta_fields).map_err(|e| failed(&e))?;
    let hash = sha1_hex(&meta);
    let meta_hash = format!("{code}_{}", hash.get(..code.len() + 8).unwrap_or(&hash));
    files.push((
        format!("pagefind.{meta_hash}.pf_meta"),
        gzip(&meta).map_err(|e| failed(&e))?,
    ));
    Ok(Built {
        files,
        meta_hash,
        page_count: pages.len(),
    })
}

/// The CBOR of an encoding error (writing into memory cannot fail otherwise).
type Encoded = Result<Vec<u8>, minicbor::encode::Error<std::convert::Infallible>>;

/// A chunk of the word index: each word with its pages and its forms with diacritics.
fn encode_chunk(chunk: &[(String, Word)]) -> Encoded {
    let mut e = Encoder::new(Vec::new());
    e.array(1)?.array(chunk.len() as u64)?;
    for (word, entry) in chunk {
        e.array(3)?.str(word)?;
        encode_pages(&mut e, &entry.pages)?;
        e.array(entry.variants.len() as u64)?;
        for (form, pages) in &entry.variants {
            e.array(2)?.str(form)?;
            encode_pages(&mut e, pages)?;
        }
    }
    Ok(e.into_writer())
}

/// The meta index: the version, every page (fragment, word count), every chunk (range of
/// words, name), no filters, no sorts, the meta fields.
fn encode_meta(
    pages: &[(String, u32)],
    chunks: &[(String, String, String)],
    fields: &[String],
) -> Encoded {
    let mut e = Encoder::new(Vec::new());
    e.array(6)?.str(VERSION)?.array(pages.len() as u64)?;
    for (name, word_count) in pages {
        e.array(3)?.str(name)?.u32(*word_count)?.str("")?;
    }
    e.array(chunks.len() as u64)?;
    for (from, to, name) in chunks {
        e.array(3)?.str(from)?.str(to)?.str(name)?;
    }
    e.array(0)?.array(0)?.array(fields.len() as u64)?;
    for field in fields {
        e.str(field)?;
    }
    Ok(e.into_writer())
}

/// The shortest prefix of `hash`, at least `length` characters long, not among `taken`.
fn unique(hash: &str, length: usize, taken: &HashSet<String>) -> String {
    let mut length = length.min(hash.len());
    while taken.contains(&hash[..length]) && length < hash.len() {
        length += 1;
    }
    hash[..length].to_string()
}

/// Meta positions `(field, position)` as pagefind packs them, with fields numbered as in
/// `fields` (the page's field → the language's): sorted, a change of field as
/// `-(field + 1)`, positions as differences within a field.
fn pack_meta(positions: &[(u16, u32)], fields: &[u16]) -> Vec<i32> {
    let mut positions: Vec<(u16, u32)> = positions
        .iter()
        .map(|&(field, position)| {
            (
                fields.get(usize::from(field)).copied().unwrap_or(0),
                position,
            )
        })
        .collect();
    positions.sort_unstable();
    let mut packed = Vec::with_capacity(positions.len() + 2);
    let mut current = None;
    let mut last = 0;
    for (field, position) in positions {
        if current != Some(field) {
            packed.push(-i32::from(field) - 1);
            current = Some(field);
            last = 0;
        }
        packed.push((i64::from(position) - i64::from(last)) as i32);
        last = position;
    }
    packed
}

/// Writes a word's pages: page numbers as differences, then their locations.
fn encode_pages(
    e: &mut Encoder<Vec<u8>>,
    pages: &Pages,
) -> Result<(), minicbor::encode::Error<std::convert::Infallible>> {
    e.array(pages.count as u64)?;
    let mut last = 0;
    for (number, locs, meta) in pages.iter() {
        e.array(3)?.u32(number - last)?;
        last = number;
        e.array(locs.len() as u64)?;
        for loc in locs {
            e.i32(*loc)?;
        }
        e.array(meta.len() as u64)?;
        for loc in meta {
            e.i32(*loc)?;
        }
    }
    Ok(())
}

/// The words in chunks of about [`CHUNK_SIZE`] locations each.
fn chunks(words: &[(String, Word)]) -> Vec<&[(String, Word)]> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (at, (_, word)) in words.iter().enumerate() {
        size += word.pages.size()
            + word.variants.iter().map(|v| v.1.size()).sum::<usize>()
            + word.variants.len();
        if size >= CHUNK_SIZE {
            chunks.push(&words[start..=at]);
            start = at + 1;
            size = 0;
        }
    }
    if start < words.len() {
        chunks.push(&words[start..]);
    }
    chunks
}

/// The range of words of each chunk, `(from, to)`, shortened to the prefixes that tell
/// neighbouring chunks apart.
fn bounds(chunks: &[&[(String, Word)]]) -> Vec<(String, String)> {
    let mut bounds: Vec<(String, String)> = chunks
        .iter()
        .map(|chunk| {
            let word = |w: Option<&(String, Word)>| w.map_or(String::new(), |w| w.0.clone());
            (word(chunk.first()), word(chunk.last()))
        })
        .collect();
    for i in 1..bounds.len() {
        let (to, from) = prefixes(&bounds[i - 1].1, &bounds[i].0);
        if to >= bounds[i - 1].0 {
            bounds[i - 1].1 = to;
        }
        bounds[i].0 = from;
    }
    bounds
}

/// The shortest prefixes of `a` and `b` (one character past what they share).
fn prefixes(a: &str, b: &str) -> (String, String) {
    let common = b.chars().zip(a.chars()).take_while(|(a, b)| a == b).count();
    (
        a.chars().take(common + 1).collect(),
        b.chars().take(common + 1).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_bounds_are_shortened() {
        assert_eq!(prefixes("apple", "apricot"), ("app".into(), "apr".into()));
        assert_eq!(
            prefixes("cath", "cathartic"),
            ("cath".into(), "catha".into())
        );
    }

    #[test]
    fn meta_positions_are_packed_by_field() {
        assert_eq!(
            pack_meta(&[(1, 2), (0, 5), (0, 0)], &[0, 3]),
            [-1, 0, 5, -4, 2]
        );
    }
}
