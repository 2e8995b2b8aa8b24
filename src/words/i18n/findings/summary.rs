//! The summary of the whole cooperation: groups per quadrant, the pillars, change and the largest gaps.

pub struct SummaryTexts {
    /// (names, count, quadrant): the first group of the grouping sentence
    pub group_first: fn(&str, usize, &str) -> String,
    /// (names, quadrant): every further group
    pub group_next: fn(&str, &str) -> String,
    /// The benchmark in a list of names.
    pub the_benchmark: &'static str,
    /// (names, count, the quadrants of the border joined: "‘a’ en ‘b’")
    pub groups_on_border: fn(&str, usize, &str) -> String,
    /// (pillar name, (names above, how many), (names below, how many)); either may be empty
    pub summary_pillar: fn(&str, Named, Named) -> String,
    /// (previous round, organisations with clear progress, with clear decline)
    pub summary_change: fn(&str, &str, &str) -> String,
    /// (previous round): rounds on different questionnaire versions get no change verdict
    pub summary_across_versions: fn(&str) -> String,
    /// (organisations with clear progress on some characteristics and decline on others)
    pub summary_mixed: fn(&str, usize) -> String,
    /// (names with figures, count)
    pub summary_gaps: fn(&str, usize) -> String,
    /// "op {scale}" / "on {scale}"
    pub on_scale: fn(&str, &str) -> String,
}

/// Names joined for a sentence, and how many they are (the verb agrees with it).
pub type Named<'a> = (&'a str, usize);

pub const NL: SummaryTexts = SummaryTexts {
    group_first: |names, count, quadrant| {
        if count == 1 {
            format!("{names} staat in het kwadrant ‘{quadrant}’")
        } else {
            format!("{names} staan in het kwadrant ‘{quadrant}’")
        }
    },
    group_next: |names, quadrant| format!("{names} in ‘{quadrant}’"),
    the_benchmark: "de benchmark",
    groups_on_border: |names, count, quadrants| {
        if count == 1 {
            format!("{names} staat op de grens van {quadrants}.")
        } else {
            format!("{names} staan op de grens van {quadrants}.")
        }
    },
    summary_pillar: |pillar, (above, n_above), (below, n_below)| {
        // The verb agrees with the first group named: "scoort Solo", "scoren Duo en Trio".
        let verb = |n: usize| if n == 1 { "scoort" } else { "scoren" };
        match (n_above, n_below) {
            (0, 0) => {
                format!("Op {pillar} scoort geen deelnemer duidelijk anders dan de benchmark.")
            }
            (_, 0) => format!(
                "Op {pillar} {} {above} boven de benchmark; geen deelnemer scoort er duidelijk onder.",
                verb(n_above)
            ),
            (0, _) => format!(
                "Op {pillar} {} {below} onder de benchmark; geen deelnemer scoort er duidelijk boven.",
                verb(n_below)
            ),
            _ => format!(
                "Op {pillar} {} {above} boven de benchmark en {below} eronder.",
                verb(n_above)
            ),
        }
    },
    summary_across_versions: |previous| {
        format!(
            "{previous} is met een andere versie van de vragenlijst afgenomen: over verandering sindsdien wordt geen oordeel gegeven, alleen een beschrijvende vergelijking per deelnemer."
        )
    },
    summary_change: |previous, progress, decline| match (progress.is_empty(), decline.is_empty()) {
        (true, true) => format!(
            "Sinds {previous} is bij geen enkele deelnemer een verandering op een kenmerk groter dan de 95%-marge."
        ),
        (false, true) => format!(
            "Per deelnemer bekeken: sinds {previous} is op ten minste één kenmerk duidelijke vooruitgang geboekt door {progress}."
        ),
        (true, false) => format!(
            "Per deelnemer bekeken: sinds {previous} is er op ten minste één kenmerk duidelijke achteruitgang bij {decline}."
        ),
        (false, false) => format!(
            "Per deelnemer bekeken: sinds {previous} is op ten minste één kenmerk duidelijke vooruitgang geboekt door {progress}; achteruitgang is er bij {decline}."
        ),
    },
    summary_mixed: |names, count| {
        if count == 1 {
            format!("{names} ging op sommige kenmerken duidelijk vooruit en op andere achteruit.")
        } else {
            format!("{names} gingen op sommige kenmerken duidelijk vooruit en op andere achteruit.")
        }
    },
    summary_gaps: |names, _count| {
        format!("De grootste afstanden tot het gewenste niveau: {names}.")
    },
    on_scale: |organisation, scale| format!("{organisation} op {scale}"),
};

pub const EN: SummaryTexts = SummaryTexts {
    group_first: |names, count, quadrant| {
        if count == 1 {
            format!("{names} is in the ‘{quadrant}’ quadrant")
        } else {
            format!("{names} are in the ‘{quadrant}’ quadrant")
        }
    },
    group_next: |names, quadrant| format!("{names} in ‘{quadrant}’"),
    the_benchmark: "the benchmark",
    groups_on_border: |names, count, quadrants| {
        if count == 1 {
            format!("{names} is on the border of {quadrants}.")
        } else {
            format!("{names} are on the border of {quadrants}.")
        }
    },
    summary_pillar: |pillar, (above, n_above), (below, n_below)| {
        let verb = |n: usize| if n == 1 { "scores" } else { "score" };
        match (n_above, n_below) {
            (0, 0) => {
                format!("On {pillar}, no partner scores clearly differently from the benchmark.")
            }
            (_, 0) => format!(
                "On {pillar}, {above} {} above the benchmark; no partner scores clearly below it.",
                verb(n_above)
            ),
            (0, _) => format!(
                "On {pillar}, {below} {} below the benchmark; no partner scores clearly above it.",
                verb(n_below)
            ),
            _ => format!(
                "On {pillar}, {above} {} above the benchmark and {below} {} below it.",
                verb(n_above),
                verb(n_below)
            ),
        }
    },
    summary_across_versions: |previous| {
        format!(
            "{previous} used another version of the questionnaire: no verdict is given on change since then, only a descriptive comparison per partner."
        )
    },
    summary_change: |previous, progress, decline| match (progress.is_empty(), decline.is_empty()) {
        (true, true) => format!(
            "Since {previous}, no partner shows a change on any characteristic larger than the 95% margin."
        ),
        (false, true) => format!(
            "Partner by partner: since {previous}, {progress} made clear progress on at least one characteristic."
        ),
        (true, false) => format!(
            "Partner by partner: since {previous}, {decline} declined clearly on at least one characteristic."
        ),
        (false, false) => format!(
            "Partner by partner: since {previous}, {progress} made clear progress on at least one characteristic; {decline} declined."
        ),
    },
    summary_mixed: |names, _count| {
        format!("{names} moved clearly forward on some characteristics and back on others.")
    },
    summary_gaps: |names, _count| format!("The largest gaps to the desired level: {names}."),
    on_scale: |organisation, scale| format!("{organisation} on {scale}"),
};
