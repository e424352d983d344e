//! Progress lines for long steps: redrawn in place on a terminal, one line every few seconds in CI.

use std::{
    io::{self, IsTerminal, Write},
    time::{Duration, Instant},
};

pub(crate) struct Progress {
    label: String,
    total: Option<u64>,
    started: Instant,
    last: Option<Instant>,
    tty: bool,
}

impl Progress {
    /// `total` is in bytes when known, for a percentage.
    pub(crate) fn new(label: impl Into<String>, total: Option<u64>) -> Progress {
        let tty = io::stderr().is_terminal();
        Progress {
            label: label.into(),
            total,
            started: Instant::now(),
            last: None,
            tty,
        }
    }

    /// Reports `done` bytes and an optional detail (such as a file count); rate-limited.
    pub(crate) fn update(&mut self, done: u64, detail: &str) {
        let every = if self.tty {
            Duration::from_millis(200)
        } else {
            Duration::from_secs(5)
        };
        if self.last.is_some_and(|last| last.elapsed() < every) {
            return;
        }
        self.last = Some(Instant::now());
        self.draw(done, detail, false);
    }

    pub(crate) fn finish(&mut self, done: u64, detail: &str) {
        self.draw(done, detail, true);
    }

    fn draw(&self, done: u64, detail: &str, last: bool) {
        let secs = self.started.elapsed().as_secs_f64();
        let percent = match self.total {
            Some(total) if total > 0 => format!(" {:5.1}%", done as f64 * 100.0 / total as f64),
            _ => String::new(),
        };
        let rate = mib(done) / secs.max(0.001);
        let line = format!(
            "{}:{percent} {:.1} MiB {detail} ({rate:.1} MiB/s, {secs:.0} s)",
            self.label,
            mib(done)
        );
        let mut err = io::stderr().lock();
        let _ = match (self.tty, last) {
            (true, false) => write!(err, "\r\x1b[K{line}"),
            (true, true) => writeln!(err, "\r\x1b[K{line}"),
            (false, _) => writeln!(err, "{line}"),
        };
    }
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}
