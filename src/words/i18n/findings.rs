//! Findings in words: the sentences of a consultant's report. Each function takes the parts
//! already formatted (names, numbers) and returns a full sentence; `count` is how many names a
//! list holds, so verbs agree with it.

use crate::model::assessment::Role;
use crate::words::i18n::Lang;

pub struct FindingTexts {
    pub heading_quadrant: &'static str,
    pub heading_change: &'static str,
    pub heading_targets: &'static str,
    pub heading_respondents: &'static str,
    /// (organisation, quadrant name, efficiency, experience)
    pub quadrant: fn(&str, &str, &str, &str) -> String,
    /// (organisation)
    pub no_quadrant: fn(&str) -> String,
    /// (benchmark quadrant name)
    pub benchmark_quadrant: fn(&str) -> String,
    /// (pillar name in lower case, organisation, verdict words, mean deviation)
    pub pillar_verdict: fn(&str, &str, &str, &str) -> String,
    /// (pillar name in lower case)
    pub pillar_no_benchmark: fn(&str) -> String,
    /// (names, count)
    pub furthest_above: fn(&str, usize) -> String,
    pub furthest_below: fn(&str, usize) -> String,
    pub none_above: &'static str,
    pub none_below: &'static str,
    /// (organisation, previous round)
    pub new_partner: fn(&str, &str) -> String,
    /// (organisation, previous round, quadrant before, quadrant after)
    pub moved: fn(&str, &str, &str, &str) -> String,
    /// (organisation, previous round, quadrant)
    pub stayed: fn(&str, &str, &str) -> String,
    /// (names, count)
    pub clear_progress: fn(&str, usize) -> String,
    pub clear_decline: fn(&str, usize) -> String,
    /// (previous round)
    pub nothing_clear: fn(&str) -> String,
    /// (names, count): changes that could not be judged against the spread
    pub unjudged_changes: fn(&str, usize) -> String,
    pub versions_differ: &'static str,
    /// (names, count)
    pub below_minimum: fn(&str, usize) -> String,
    pub furthest_from_desired: fn(&str, usize) -> String,
    pub all_targets_met: &'static str,
    /// (respondents)
    pub respondent_count: fn(usize) -> String,
    /// (names, count)
    pub disagreement: fn(&str, usize) -> String,
    pub broad_agreement: &'static str,
    /// (scale name, higher role group, points, lower role group)
    pub role_gap: fn(&str, &str, &str, &str) -> String,
    /// A role's respondents as a group, mid-sentence ("het bestuur", "the board").
    pub role_group: fn(Role) -> &'static str,
    /// (names, count)
    pub insufficient_basis: fn(&str, usize) -> String,
    pub many_dont_know: fn(&str, usize) -> String,
    /// (respondents): replaces the count when there are few
    pub few_respondents: fn(usize) -> String,
    /// "punten"/"points" after a number
    pub points: &'static str,
    pub sd: &'static str,
}

pub const NL: FindingTexts = FindingTexts {
    heading_quadrant: "Kwadrant",
    heading_change: "Ontwikkeling",
    heading_targets: "Doelen",
    heading_respondents: "Respondenten",
    quadrant: |org, quadrant, x, y| {
        format!(
            "{org} staat in het kwadrant ‘{quadrant}’ (operationele efficiëntie {x}, klantervaring {y})."
        )
    },
    no_quadrant: |org| {
        format!(
            "{org} kan niet in een kwadrant worden geplaatst: op klantervaring of operationele efficiëntie is de basis onvoldoende."
        )
    },
    benchmark_quadrant: |quadrant| format!("De benchmark staat in ‘{quadrant}’."),
    pillar_verdict: |pillar, org, verdict, deviation| {
        format!("Op {pillar} scoort {org} als geheel {verdict} (gemiddeld {deviation} punten).")
    },
    pillar_no_benchmark: |pillar| {
        format!("Zonder benchmark is over {pillar} geen oordeel boven of onder te geven.")
    },
    furthest_above: |names, count| {
        if count == 1 {
            format!("Het verst boven de benchmark ligt {names}.")
        } else {
            format!("Het verst boven de benchmark liggen {names}.")
        }
    },
    furthest_below: |names, count| {
        if count == 1 {
            format!("Het verst onder de benchmark ligt {names}.")
        } else {
            format!("Het verst onder de benchmark liggen {names}.")
        }
    },
    none_above: "Geen enkel kenmerk ligt boven de benchmark.",
    none_below: "Geen enkel kenmerk ligt onder de benchmark.",
    new_partner: |org, previous| {
        format!(
            "{org} deed in {previous} nog niet mee: dit is de eerste meting, een ontwikkeling is er nog niet."
        )
    },
    moved: |org, previous, before, after| {
        format!("{org} is sinds {previous} verschoven van ‘{before}’ naar ‘{after}’.")
    },
    stayed: |org, previous, quadrant| {
        format!("{org} staat, net als in {previous}, in ‘{quadrant}’.")
    },
    clear_progress: |names, _count| {
        format!(
            "De duidelijkste vooruitgang, groter dan de spreiding tussen respondenten, is geboekt op {names}."
        )
    },
    clear_decline: |names, _count| format!("Een duidelijke achteruitgang is er op {names}."),
    nothing_clear: |previous| {
        format!(
            "Geen van de veranderingen sinds {previous} is groter dan de spreiding tussen respondenten; de verschillen kunnen toeval zijn."
        )
    },
    unjudged_changes: |names, count| {
        if count == 1 {
            format!(
                "De grootste verandering is {names}; met te weinig respondenten is niet te zeggen of die groter is dan de spreiding."
            )
        } else {
            format!(
                "De grootste veranderingen zijn {names}; met te weinig respondenten is niet te zeggen of die groter zijn dan de spreiding."
            )
        }
    },
    versions_differ: "De rondes zijn met verschillende versies van de vragenlijst afgenomen: alleen kenmerken met een score in beide rondes zijn vergeleken, en vragen die de huidige versie niet meer heeft tellen in geen van beide mee.",
    below_minimum: |names, _count| {
        format!("Het minimaal vereiste niveau wordt niet gehaald op {names}.")
    },
    furthest_from_desired: |names, count| {
        if count == 1 {
            format!("Het verst van het gewenste niveau af ligt {names}.")
        } else {
            format!("Het verst van het gewenste niveau af liggen {names}.")
        }
    },
    all_targets_met: "Alle vastgelegde doelen zijn gehaald.",
    respondent_count: |n| {
        if n == 1 {
            "De scores rusten op één respondent.".to_string()
        } else {
            format!("De scores rusten op {n} respondenten.")
        }
    },
    disagreement: |names, count| {
        if count == 1 {
            format!(
                "De respondenten lopen sterk uiteen over {names}; dat verschil verdient een gesprek."
            )
        } else {
            format!(
                "De respondenten lopen sterk uiteen over {names}; die verschillen verdienen een gesprek."
            )
        }
    },
    broad_agreement: "De respondenten zijn het in grote lijnen met elkaar eens.",
    role_gap: |scale, higher, points, lower| {
        format!(
            "Op {scale} is het oordeel van {higher} {points} punten positiever dan dat van {lower}."
        )
    },
    role_group: |role| match role {
        Role::Board => "het bestuur",
        Role::Management => "het management",
        Role::IAdviser => "de i-adviseurs",
        Role::Staff => "de medewerkers",
        Role::Other => "de overige respondenten",
    },
    insufficient_basis: |names, _count| {
        format!("Voor {names} is de basis onvoldoende voor een score.")
    },
    many_dont_know: |names, _count| {
        format!("Op {names} is vaak ‘weet niet’ geantwoord (meer dan een kwart).")
    },
    few_respondents: |n| {
        if n == 1 {
            "De scores rusten op slechts één respondent; lees verschillen daarom voorzichtig."
                .to_string()
        } else {
            format!(
                "De scores rusten op slechts {n} respondenten; lees verschillen daarom voorzichtig."
            )
        }
    },
    points: "punten",
    sd: "sd",
};

pub const EN: FindingTexts = FindingTexts {
    heading_quadrant: "Quadrant",
    heading_change: "Development",
    heading_targets: "Targets",
    heading_respondents: "Respondents",
    quadrant: |org, quadrant, x, y| {
        format!(
            "{org} is in the ‘{quadrant}’ quadrant (operational efficiency {x}, customer experience {y})."
        )
    },
    no_quadrant: |org| {
        format!(
            "{org} cannot be placed in a quadrant: the basis for customer experience or operational efficiency is insufficient."
        )
    },
    benchmark_quadrant: |quadrant| format!("The benchmark is in ‘{quadrant}’."),
    pillar_verdict: |pillar, org, verdict, deviation| {
        format!("On {pillar}, {org} scores {verdict} overall (on average {deviation} points).")
    },
    pillar_no_benchmark: |pillar| {
        format!("Without a benchmark, no judgement above or below can be given on {pillar}.")
    },
    furthest_above: |names, count| {
        if count == 1 {
            format!("Furthest above the benchmark is {names}.")
        } else {
            format!("Furthest above the benchmark are {names}.")
        }
    },
    furthest_below: |names, count| {
        if count == 1 {
            format!("Furthest below the benchmark is {names}.")
        } else {
            format!("Furthest below the benchmark are {names}.")
        }
    },
    none_above: "No characteristic is above the benchmark.",
    none_below: "No characteristic is below the benchmark.",
    new_partner: |org, previous| {
        format!(
            "{org} did not take part in {previous}: this is its first measurement, so there is no development yet."
        )
    },
    moved: |org, previous, before, after| {
        format!("Since {previous}, {org} has moved from ‘{before}’ to ‘{after}’.")
    },
    stayed: |org, previous, quadrant| format!("{org} is in ‘{quadrant}’, as it was in {previous}."),
    clear_progress: |names, _count| {
        format!(
            "The clearest progress, larger than the spread between respondents, was made on {names}."
        )
    },
    clear_decline: |names, _count| format!("A clear decline shows on {names}."),
    nothing_clear: |previous| {
        format!(
            "None of the changes since {previous} is larger than the spread between respondents; the differences may be chance."
        )
    },
    unjudged_changes: |names, count| {
        if count == 1 {
            format!(
                "The largest change is {names}; with too few respondents it cannot be said whether it exceeds the spread."
            )
        } else {
            format!(
                "The largest changes are {names}; with too few respondents it cannot be said whether they exceed the spread."
            )
        }
    },
    versions_differ: "The rounds used different versions of the questionnaire: only characteristics with a score in both rounds have been compared, and items the current version no longer has count in neither.",
    below_minimum: |names, _count| format!("The minimum required level is not reached on {names}."),
    furthest_from_desired: |names, count| {
        if count == 1 {
            format!("Furthest from the desired level is {names}.")
        } else {
            format!("Furthest from the desired level are {names}.")
        }
    },
    all_targets_met: "All recorded targets are met.",
    respondent_count: |n| {
        if n == 1 {
            "The scores rest on one respondent.".to_string()
        } else {
            format!("The scores rest on {n} respondents.")
        }
    },
    disagreement: |names, count| {
        if count == 1 {
            format!("Respondents differ widely on {names}; that difference is worth discussing.")
        } else {
            format!("Respondents differ widely on {names}; those differences are worth discussing.")
        }
    },
    broad_agreement: "The respondents broadly agree with each other.",
    role_gap: |scale, higher, points, lower| {
        format!(
            "On {scale}, the view of {higher} is {points} points more positive than that of {lower}."
        )
    },
    role_group: |role| match role {
        Role::Board => "the board",
        Role::Management => "management",
        Role::IAdviser => "the i-advisers",
        Role::Staff => "staff",
        Role::Other => "the other respondents",
    },
    insufficient_basis: |names, _count| {
        format!("There is too little basis for a score on {names}.")
    },
    many_dont_know: |names, _count| {
        format!("‘Don't know’ was answered often (more than a quarter) on {names}.")
    },
    few_respondents: |n| {
        if n == 1 {
            "The scores rest on only one respondent; read differences with care.".to_string()
        } else {
            format!("The scores rest on only {n} respondents; read differences with care.")
        }
    },
    points: "points",
    sd: "sd",
};

pub fn texts(lang: Lang) -> &'static FindingTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}
