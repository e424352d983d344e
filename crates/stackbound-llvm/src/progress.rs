//! Progress of long steps (downloads, unpacking, hashing): an `indicatif` bar on a terminal,
//! and one plain line every few seconds when stderr is not one (CI logs).

use std::{
    io::{self, IsTerminal, Write},
    time::{Duration, Instant},
};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    label: String,
    total: Option<u64>,
    started: Instant,
    view: View,
}

enum View {
    Bar(ProgressBar),
    /// Not a terminal: a line at most every [`PLAIN_EVERY`].
    Lines {
        last: Option<Instant>,
    },
}

const PLAIN_EVERY: Duration = Duration::from_secs(5);

impl Progress {
    /// `total` is in bytes when known, for a percentage and an estimate.
    pub fn new(label: impl Into<String>, total: Option<u64>) -> Progress {
        let label = label.into();
        let view = if io::stderr().is_terminal() {
            let bar = match total {
                Some(total) => ProgressBar::new(total).with_style(
                    ProgressStyle::with_template(
                        "{prefix}: [{bar:30}] {percent:>3}% {binary_bytes}/{binary_total_bytes} \
                         {msg} ({binary_bytes_per_sec}, {eta} left)",
                    )
                    .expect("a valid template")
                    .progress_chars("=> "),
                ),
                None => ProgressBar::new_spinner().with_style(
                    ProgressStyle::with_template(
                        "{prefix}: {spinner} {binary_bytes} {msg} ({binary_bytes_per_sec}, {elapsed})",
                    )
                    .expect("a valid template"),
                ),
            };
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.set_prefix(label.clone());
            View::Bar(bar)
        } else {
            View::Lines { last: None }
        };
        Progress {
            label,
            total,
            started: Instant::now(),
            view,
        }
    }

    /// Reports `done` bytes and an optional detail (such as a file count); rate-limited.
    pub fn update(&mut self, done: u64, detail: &str) {
        match &mut self.view {
            View::Bar(bar) => {
                bar.set_position(done);
                if bar.message() != detail {
                    bar.set_message(detail.to_string());
                }
            }
            View::Lines { last } => {
                if last.is_some_and(|l| l.elapsed() < PLAIN_EVERY) {
                    return;
                }
                *last = Some(Instant::now());
                self.line(done, detail);
            }
        }
    }

    pub fn finish(&mut self, done: u64, detail: &str) {
        match &self.view {
            View::Bar(bar) => {
                bar.set_position(done);
                bar.finish_and_clear();
            }
            View::Lines { .. } => {}
        }
        // Always one final line: the log keeps what the step did and how fast.
        self.line(done, detail);
    }

    fn line(&self, done: u64, detail: &str) {
        let secs = self.started.elapsed().as_secs_f64();
        let percent = match self.total {
            Some(total) if total > 0 => format!(" {:5.1}%", done as f64 * 100.0 / total as f64),
            _ => String::new(),
        };
        let rate = mib(done) / secs.max(0.001);
        let _ = writeln!(
            io::stderr().lock(),
            "{}:{percent} {:.1} MiB {detail} ({rate:.1} MiB/s, {secs:.0} s)",
            self.label,
            mib(done)
        );
    }
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}
