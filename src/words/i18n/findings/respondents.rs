//! The respondents finding: how many, where they disagree, and how role groups differ.

use crate::model::assessment::Role;

pub struct RespondentTexts {
    pub heading: &'static str,
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
    /// Before a standard deviation.
    pub sd: &'static str,
}

pub const NL: RespondentTexts = RespondentTexts {
    heading: "Respondenten",
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
    broad_agreement: "Op de scores per kenmerk zijn de respondenten het in grote lijnen met elkaar eens.",
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
        Role::Other => "de overige respondenten samen",
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
    sd: "sd",
};

pub const EN: RespondentTexts = RespondentTexts {
    heading: "Respondents",
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
    broad_agreement: "On the scores per characteristic the respondents broadly agree with each other.",
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
        Role::Other => "the other respondents together",
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
    sd: "sd",
};
