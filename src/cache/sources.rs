//! The sources the last build loaded, kept in the file `sources` of the cache folder with
//! the stamps of their files and without their bodies' text (`load::body`): a build with the
//! same binary and config.toml ([`super::key::loader`]) takes each source whose file still has
//! its stamp instead of reading it again (`load::content`).

use crate::load::content::{Known, Source};

/// The `kept` sources by content path.
pub(super) fn known(kept: Vec<Source>) -> Known {
    kept.into_iter()
        .map(|source| (source.content_path.clone(), source))
        .collect()
}
