//! The one error type of llc management. Each variant keeps what the user needs to act: the
//! path, the command and its stderr, or a message that already says what to do, with its cause.

use std::{fmt::Display, io, path::PathBuf};

/// What went wrong, as one paragraph that says what to do; `source()` gives the cause.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A failure this crate describes in full.
    #[error("{0}")]
    Message(String),
    /// `message` says what failed and what to do; `source` is why.
    #[error("{message}")]
    Context {
        message: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync + 'static>,
    },
    /// A file or directory could not be read, written or created.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// A program ran and failed; `stderr` is what it said (trimmed), when it was captured.
    #[error("`{command}` failed ({status}){}", stderr_suffix(stderr))]
    Command {
        command: String,
        status: String,
        stderr: String,
    },
    /// A download or a cached download could not be used.
    #[error(transparent)]
    Fetch(#[from] crate::download::FetchError),
    #[error(transparent)]
    Os(#[from] io::Error),
    #[error(transparent)]
    Shell(#[from] xshell::Error),
    #[error(transparent)]
    Toml(#[from] toml::de::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

fn stderr_suffix(stderr: &str) -> String {
    if stderr.is_empty() {
        String::new()
    } else {
        format!(": {stderr}")
    }
}

impl Error {
    pub fn msg(message: impl Display) -> Error {
        Error::Message(message.to_string())
    }

    /// This error as the cause of `message`.
    pub fn context(self, message: impl Display) -> Error {
        Error::Context {
            message: message.to_string(),
            source: Box::new(self),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Adds a message in front of an error, keeping the error as the cause (`source()`).
pub trait Context<T> {
    fn context<C: Display>(self, message: C) -> Result<T>;
    fn with_context<C: Display, F: FnOnce() -> C>(self, message: F) -> Result<T>;
}

impl<T, E> Context<T> for std::result::Result<T, E>
where
    E: std::error::Error + Send + Sync + 'static,
{
    fn context<C: Display>(self, message: C) -> Result<T> {
        self.map_err(|source| Error::Context {
            message: message.to_string(),
            source: Box::new(source),
        })
    }

    fn with_context<C: Display, F: FnOnce() -> C>(self, message: F) -> Result<T> {
        self.map_err(|source| Error::Context {
            message: message().to_string(),
            source: Box::new(source),
        })
    }
}

impl<T> Context<T> for Option<T> {
    fn context<C: Display>(self, message: C) -> Result<T> {
        self.ok_or_else(|| Error::msg(message))
    }

    fn with_context<C: Display, F: FnOnce() -> C>(self, message: F) -> Result<T> {
        self.ok_or_else(|| Error::msg(message()))
    }
}

/// `return Err(Error::Message(format!(...)))`.
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::Error::Message(format!($($arg)*)))
    };
}

pub(crate) use bail;

/// The error and its causes in one line, `message: cause: cause`.
pub fn chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut cause = err.source();
    while let Some(err) = cause {
        text.push_str(": ");
        text.push_str(&err.to_string());
        cause = err.source();
    }
    text
}

/// Runs `cmd` with its output on stderr (stdout is for what the caller prints, such as the
/// llc's path or a report), echoing the command first; a failure is [`Error::Command`].
pub fn run_to_stderr(cmd: xshell::Cmd<'_>) -> Result<()> {
    let shown = cmd.to_string();
    eprintln!("$ {shown}");
    let mut command = std::process::Command::from(cmd);
    command.stdout(std::io::stderr());
    let status = command.status().map_err(|err| Error::Command {
        command: shown.clone(),
        status: "could not start".into(),
        stderr: err.to_string(),
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(Error::Command {
            command: shown,
            status: status.to_string(),
            stderr: String::new(),
        })
    }
}
