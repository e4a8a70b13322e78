//! What an account can be told by e-mail, and how it wants to be told.

/// A kind of news; each account chooses a [`Mode`] per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Another organization asks for a meeting.
    Requests,
    /// A request of the organization was accepted or declined.
    Answers,
    /// Another organization marked interest back: mutual interest.
    Mutual,
    /// The schedule of an event was published, or a meeting moved, removed
    /// or added after it was.
    Schedule,
    /// The day before an event: the agenda.
    Reminder,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Requests,
        Kind::Answers,
        Kind::Mutual,
        Kind::Schedule,
        Kind::Reminder,
    ];

    /// As stored, and in the addresses of unsubscribe links.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Requests => "requests",
            Kind::Answers => "answers",
            Kind::Mutual => "mutual",
            Kind::Schedule => "schedule",
            Kind::Reminder => "reminder",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The message id of its name in the settings.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Requests => "notify-kind-requests",
            Kind::Answers => "notify-kind-answers",
            Kind::Mutual => "notify-kind-mutual",
            Kind::Schedule => "notify-kind-schedule",
            Kind::Reminder => "notify-kind-reminder",
        }
    }
}

/// How an account wants news of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// One message each time (the default).
    #[default]
    Immediate,
    /// Gathered in one message a day.
    Digest,
    Off,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Immediate, Mode::Digest, Mode::Off];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Immediate => "immediate",
            Mode::Digest => "digest",
            Mode::Off => "off",
        }
    }

    /// A stored or submitted mode; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Mode::Immediate => "notify-mode-immediate",
            Mode::Digest => "notify-mode-digest",
            Mode::Off => "notify-mode-off",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_modes_read_back_what_they_write_and_nothing_else() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        for m in Mode::ALL {
            assert_eq!(Mode::parse(m.as_str()), Some(m));
        }
        assert_eq!(Kind::parse("REQUESTS"), None);
        assert_eq!(Kind::parse(""), None);
        assert_eq!(Mode::parse("weekly"), None);
        assert_eq!(Mode::default(), Mode::Immediate);
    }
}
