//! What can be wrong with a questionnaire file, as data: the words layer says it in Dutch or
//! English, so a questionnaire author reads every problem in their own language.

/// Which text of the questionnaire a problem is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Title,
    Description,
    Label(i64),
    DontKnow,
    NotApplicable,
    Quadrant(String),
    Theme(String),
    Pillar(String),
    Scale(String),
    Guidance(String),
    Item(String),
    ItemHelp(String),
}

/// Which kind of id a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Theme,
    Pillar,
    Scale,
    Item,
}

/// One thing wrong with a questionnaire file.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The file cannot be read (the system's reason).
    Unreadable(String),
    /// The file is not UTF-8; the 1-based byte that is not valid.
    NotUtf8 {
        byte: usize,
    },
    /// The YAML does not parse or does not fit the schema (the parser's own words).
    Yaml(String),
    MissingTranslation {
        lang: &'static str,
        subject: Subject,
    },
    EmptyId,
    VersionZero,
    BadScale {
        min: i64,
        max: i64,
        lowest: u8,
        highest: u8,
    },
    LabelOutside {
        value: i64,
        min: i64,
        max: i64,
    },
    MidpointOutside,
    UnknownCutoffRule(String),
    UnknownQuadrant(String),
    DuplicateQuadrant(String),
    MissingQuadrant(String),
    InvalidId {
        kind: IdKind,
        id: String,
    },
    DuplicateId {
        id: String,
        line: u64,
        column: u64,
    },
    UnknownTheme(String),
    UnknownSameAs {
        target: String,
        scale: String,
        questionnaire: String,
    },
    NoReverseItem(String),
    /// A reverse-worded item that allows "not applicable": an organisation without the
    /// practice would leave it unscored instead of low.
    ReverseNotApplicable(String),
    /// An item flagged `not_applicable` in a questionnaire whose answer scale has no
    /// "not applicable" code.
    NotApplicableWithoutCode(String),
    /// An item of the cooperation block that does not allow "not applicable".
    CooperationWithoutNotApplicable(String),
    /// A `same_as` target that the earlier version has, but in another scale.
    SameAsOtherScale {
        target: String,
        scale: String,
        found_in: String,
    },
    UnknownProtocolRole(String),
    DuplicateProtocolRole(String),
    BadProtocolCount {
        role: String,
        min: u32,
        max: u32,
    },
    TooFewItems {
        scale: String,
        items: usize,
        minimum: usize,
    },
    EmptyPillar(String),
    MissingPillar(String),
    MissingDimension(String),
}
