//! The commands: `build`, `check`, `serve`, `new` and `translations`, each sequencing the
//! stages for its job.

pub mod check;
pub mod new;
pub mod new_language;
pub mod serve;
pub mod stamp;
pub(crate) mod terminology;
