//! Link stage: connects translations, gives every page its URL in every language, and links
//! partners, events and translation status to the pages. Pure: no disk access.

pub mod items;
pub mod translations;
