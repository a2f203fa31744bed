//! Progress of long stages, reported to whoever runs the library (the binary draws a bar on a
//! terminal); the library itself never prints.

/// Receives the progress of a stage.
pub trait Progress: Sync {
    /// A stage of `total` steps begins, e.g. `("pages", 10_000)`.
    fn begin(&self, stage: &str, total: usize);
    /// One more step of the current stage is done.
    fn step(&self);
    /// The current stage is done.
    fn end(&self);
}

/// Progress nobody watches.
#[derive(Debug, Default)]
pub struct Silent;

impl Progress for Silent {
    fn begin(&self, _stage: &str, _total: usize) {}
    fn step(&self) {}
    fn end(&self) {}
}
