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
    /// (organisation, quadrant names joined, efficiency, experience)
    pub quadrant_border: fn(&str, &str, &str, &str) -> String,
    /// (per-quadrant counts joined, e.g. "2 in ‘traditioneel’ en 3 in …"; partners)
    pub cooperation_spread: fn(&str, usize) -> String,
    /// (quadrant name, partners): every partner in the same quadrant
    pub cooperation_together: fn(&str, usize) -> String,
    /// (quadrant or border phrase, efficiency, experience)
    pub cooperation_position: fn(&str, &str, &str) -> String,
    /// (organisation, previous round, quadrant before, quadrants of the border now)
    pub moved_to_border: fn(&str, &str, &str, &str) -> String,
    /// (count, quadrant name): one part of the spread list
    pub in_quadrant_count: fn(usize, &str) -> String,
    /// (quadrant names joined): "op de grens van ‘a’ en ‘b’"
    pub on_border_of: fn(&str) -> String,
    /// (quadrant name): "in ‘a’"
    pub in_quadrant: fn(&str) -> String,
    /// The placement is a self-score against a cut-off, not a verdict.
    pub self_score_caveat: &'static str,
    /// (names, count, quadrant): the first group of the grouping sentence
    pub group_first: fn(&str, usize, &str) -> String,
    /// (names, quadrant): every further group
    pub group_next: fn(&str, &str) -> String,
    /// The benchmark in a list of names.
    pub the_benchmark: &'static str,
    /// (names, count): partners on the border of two quadrants
    pub groups_on_border: fn(&str, usize) -> String,
    /// (respondents): scores on fewer than three respondents are indicative
    pub indicative: fn(usize) -> String,
    /// (names, count, lowest alpha)
    pub weak_scales: fn(&str, usize, &str) -> String,
    /// (characteristic name, the questionnaire's guidance for it)
    pub guidance: fn(&str, &str) -> String,
    /// (earlier version, later version, shared items, items of the later version, scales
    /// not compared joined (may be empty))
    pub version_bridge: fn(u32, u32, usize, usize, &str) -> String,
    /// (previous round, partners then, partners now, partners in both)
    pub membership_changed: fn(&str, usize, usize, usize) -> String,
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
    /// (pillar name, names above, names below, names at) for the summary; any may be empty
    pub summary_pillar: fn(&str, &str, &str) -> String,
    /// (previous round, organisations with clear progress, with clear decline)
    pub summary_change: fn(&str, &str, &str) -> String,
    /// (organisations with clear progress on some characteristics and decline on others)
    pub summary_mixed: fn(&str, usize) -> String,
    /// (names with figures, count)
    pub summary_gaps: fn(&str, usize) -> String,
    /// "op {scale}" / "on {scale}"
    pub on_scale: fn(&str, &str) -> String,
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
    quadrant_border: |org, quadrants, x, y| {
        format!(
            "{org} staat op de grens van {quadrants} (operationele efficiëntie {x}, klantervaring {y}): binnen de marge van een grenslijn, dus niet duidelijk in één kwadrant."
        )
    },
    cooperation_spread: |counts, partners| {
        if partners == 1 {
            format!("De ene deelnemer staat {counts}.")
        } else {
            format!("De {partners} deelnemers staan verspreid: {counts}.")
        }
    },
    cooperation_together: |quadrant, partners| {
        if partners == 1 {
            format!("De ene deelnemer staat in ‘{quadrant}’.")
        } else if partners == 2 {
            format!("Beide deelnemers staan in ‘{quadrant}’.")
        } else {
            format!("Alle {partners} deelnemers staan in ‘{quadrant}’.")
        }
    },
    moved_to_border: |org, previous, before, border| {
        format!("{org} stond in {previous} in ‘{before}’ en staat nu op de grens van {border}.")
    },
    cooperation_position: |place, x, y| {
        format!(
            "Het gemiddelde van de deelnemers (operationele efficiëntie {x}, klantervaring {y}) valt {place}; dat is een gemiddelde, geen plek waar de deelnemers zelf staan."
        )
    },
    in_quadrant_count: |count, quadrant| format!("{count} in ‘{quadrant}’"),
    on_border_of: |quadrants| format!("op de grens van {quadrants}"),
    in_quadrant: |quadrant| format!("in ‘{quadrant}’"),
    self_score_caveat: "Een plaats in een kwadrant is een zelfbeoordeling ten opzichte van een grenswaarde, geen eindoordeel: ‘toekomstvoorbereid’ betekent niet dat een organisatie ‘klaar’ is.",
    group_first: |names, count, quadrant| {
        if count == 1 {
            format!("{names} staat in het kwadrant ‘{quadrant}’")
        } else {
            format!("{names} staan in het kwadrant ‘{quadrant}’")
        }
    },
    group_next: |names, quadrant| format!("{names} in ‘{quadrant}’"),
    the_benchmark: "de benchmark",
    groups_on_border: |names, count| {
        if count == 1 {
            format!("{names} staat op de grens van twee kwadranten.")
        } else {
            format!("{names} staan op de grens van twee kwadranten.")
        }
    },
    indicative: |n| {
        if n == 1 {
            "Deze scores zijn indicatief: ze rusten op één respondent.".to_string()
        } else {
            format!("Deze scores zijn indicatief: ze rusten op {n} respondenten, minder dan drie.")
        }
    },
    guidance: |name, text| format!("Hoger scoren op {name}? {text}"),
    weak_scales: |names, count, alpha| {
        if count == 1 {
            format!(
                "Let op: {names} is in deze ronde niet betrouwbaar gemeten (Cronbach’s alfa {alpha}, onder 0,7); lees de uitkomst daarop als indicatie."
            )
        } else {
            format!(
                "Let op: {names} zijn in deze ronde niet betrouwbaar gemeten (Cronbach’s alfa vanaf {alpha}, onder 0,7); lees de uitkomsten daarop als indicatie."
            )
        }
    },
    version_bridge: |earlier, later, shared, total, not_compared| {
        let mut text = format!(
            "De vragenlijst is tussen de rondes gewijzigd (versie {earlier} naar {later}). De ontwikkeling is berekend op wat beide versies meten: {shared} van de {total} stellingen; nieuwe stellingen tellen hierin niet mee."
        );
        if !not_compared.is_empty() {
            text.push_str(&format!(
                " Niet te vergelijken, omdat te weinig stellingen gelijk bleven: {not_compared}."
            ));
        }
        text
    },
    membership_changed: |previous, before, now, both| {
        let then = if before == 1 {
            format!("In {previous} deed 1 deelnemer mee")
        } else {
            format!("In {previous} deden {before} deelnemers mee")
        };
        let over = if both == 1 {
            "de ene deelnemer die aan beide rondes deelnam".to_string()
        } else {
            format!("de {both} deelnemers die aan beide rondes deelnamen")
        };
        format!(
            "{then}, nu {now}; de ontwikkeling van de samenwerking als geheel is berekend over {over}."
        )
    },
    no_quadrant: |org| {
        format!(
            "{org} kan niet in een kwadrant worden geplaatst: op klantervaring of operationele efficiëntie is de basis onvoldoende."
        )
    },
    benchmark_quadrant: |quadrant| format!("De benchmark staat in ‘{quadrant}’."),
    pillar_verdict: |pillar, org, verdict, deviation| {
        format!("Op {pillar} scoort {org} gemiddeld {verdict} ({deviation} punten).")
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
    none_above: "Geen kenmerk steekt er duidelijk bovenuit.",
    none_below: "Geen kenmerk blijft duidelijk achter bij de benchmark.",
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
        format!("Duidelijke vooruitgang, groter dan de 95%-marge, is geboekt op {names}.")
    },
    clear_decline: |names, _count| {
        format!("Duidelijke achteruitgang, groter dan de 95%-marge, is er op {names}.")
    },
    nothing_clear: |previous| {
        format!(
            "Geen van de veranderingen sinds {previous} is groter dan de 95%-marge; de verschillen kunnen toeval zijn."
        )
    },
    unjudged_changes: |names, count| {
        if count == 1 {
            format!(
                "De grootste verandering is {names}; met te weinig respondenten is niet te zeggen of die groter is dan de 95%-marge."
            )
        } else {
            format!(
                "De grootste veranderingen zijn {names}; met te weinig respondenten is niet te zeggen of die groter zijn dan de 95%-marge."
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
    summary_pillar: |pillar, above, below| match (above.is_empty(), below.is_empty()) {
        (true, true) => {
            format!("Op {pillar} scoort geen deelnemer duidelijk anders dan de benchmark.")
        }
        (false, true) => format!(
            "Op {pillar} scoren {above} boven de benchmark; geen deelnemer scoort er duidelijk onder."
        ),
        (true, false) => format!(
            "Op {pillar} scoren {below} onder de benchmark; geen deelnemer scoort er duidelijk boven."
        ),
        (false, false) => {
            format!("Op {pillar} scoren {above} boven de benchmark en {below} eronder.")
        }
    },
    summary_change: |previous, progress, decline| match (progress.is_empty(), decline.is_empty()) {
        (true, true) => format!(
            "Sinds {previous} is bij geen deelnemer een verandering groter dan de 95%-marge."
        ),
        (false, true) => {
            format!("Sinds {previous} is duidelijke vooruitgang geboekt door {progress}.")
        }
        (true, false) => format!("Sinds {previous} is er duidelijke achteruitgang bij {decline}."),
        (false, false) => format!(
            "Sinds {previous} is duidelijke vooruitgang geboekt door {progress}; achteruitgang is er bij {decline}."
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
    quadrant_border: |org, quadrants, x, y| {
        format!(
            "{org} is on the border of {quadrants} (operational efficiency {x}, customer experience {y}): within the margin of a cut-off line, so not clearly in one quadrant."
        )
    },
    cooperation_spread: |counts, partners| {
        if partners == 1 {
            format!("The one partner is {counts}.")
        } else {
            format!("The {partners} partners are spread out: {counts}.")
        }
    },
    cooperation_together: |quadrant, partners| {
        if partners == 1 {
            format!("The one partner is in ‘{quadrant}’.")
        } else if partners == 2 {
            format!("Both partners are in ‘{quadrant}’.")
        } else {
            format!("All {partners} partners are in ‘{quadrant}’.")
        }
    },
    moved_to_border: |org, previous, before, border| {
        format!("{org} was in ‘{before}’ in {previous} and is now on the border of {border}.")
    },
    cooperation_position: |place, x, y| {
        format!(
            "The partners’ mean (operational efficiency {x}, customer experience {y}) falls {place}; it is a mean, not a place where the partners themselves stand."
        )
    },
    in_quadrant_count: |count, quadrant| format!("{count} in ‘{quadrant}’"),
    on_border_of: |quadrants| format!("on the border of {quadrants}"),
    in_quadrant: |quadrant| format!("in ‘{quadrant}’"),
    self_score_caveat: "A place in a quadrant is a self-assessment relative to a cut-off, not a verdict: ‘future ready’ does not mean an organisation is ‘done’.",
    group_first: |names, count, quadrant| {
        if count == 1 {
            format!("{names} is in the ‘{quadrant}’ quadrant")
        } else {
            format!("{names} are in the ‘{quadrant}’ quadrant")
        }
    },
    group_next: |names, quadrant| format!("{names} in ‘{quadrant}’"),
    the_benchmark: "the benchmark",
    groups_on_border: |names, count| {
        if count == 1 {
            format!("{names} is on the border of two quadrants.")
        } else {
            format!("{names} are on the border of two quadrants.")
        }
    },
    indicative: |n| {
        if n == 1 {
            "These scores are indicative: they rest on one respondent.".to_string()
        } else {
            format!("These scores are indicative: they rest on {n} respondents, fewer than three.")
        }
    },
    guidance: |name, text| format!("Scoring higher on {name}? {text}"),
    weak_scales: |names, count, alpha| {
        if count == 1 {
            format!(
                "Note: {names} was not measured reliably in this round (Cronbach’s alpha {alpha}, below 0.7); read the outcome on it as an indication."
            )
        } else {
            format!(
                "Note: {names} were not measured reliably in this round (Cronbach’s alpha from {alpha}, below 0.7); read the outcomes on them as an indication."
            )
        }
    },
    version_bridge: |earlier, later, shared, total, not_compared| {
        let mut text = format!(
            "The questionnaire changed between the rounds (version {earlier} to {later}). The development is computed on what both versions measure: {shared} of the {total} statements; new statements do not count in it."
        );
        if !not_compared.is_empty() {
            text.push_str(&format!(
                " Not comparable, because too few statements stayed the same: {not_compared}."
            ));
        }
        text
    },
    membership_changed: |previous, before, now, both| {
        let then = if before == 1 {
            format!("1 partner took part in {previous}")
        } else {
            format!("{before} partners took part in {previous}")
        };
        let over = if both == 1 {
            "the one partner that took part in both rounds".to_string()
        } else {
            format!("the {both} partners that took part in both rounds")
        };
        format!(
            "{then}, {now} now; the development of the cooperation as a whole is computed over {over}."
        )
    },
    no_quadrant: |org| {
        format!(
            "{org} cannot be placed in a quadrant: the basis for customer experience or operational efficiency is insufficient."
        )
    },
    benchmark_quadrant: |quadrant| format!("The benchmark is in ‘{quadrant}’."),
    pillar_verdict: |pillar, org, verdict, deviation| {
        format!("On {pillar}, {org} scores {verdict} on average ({deviation} points).")
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
    none_above: "No characteristic clearly stands out above it.",
    none_below: "No characteristic clearly lags behind the benchmark.",
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
        format!("Clear progress, larger than the 95% margin, was made on {names}.")
    },
    clear_decline: |names, _count| {
        format!("A clear decline, larger than the 95% margin, shows on {names}.")
    },
    nothing_clear: |previous| {
        format!(
            "None of the changes since {previous} is larger than the 95% margin; the differences may be chance."
        )
    },
    unjudged_changes: |names, count| {
        if count == 1 {
            format!(
                "The largest change is {names}; with too few respondents it cannot be said whether it exceeds the 95% margin."
            )
        } else {
            format!(
                "The largest changes are {names}; with too few respondents it cannot be said whether they exceed the 95% margin."
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
    summary_pillar: |pillar, above, below| match (above.is_empty(), below.is_empty()) {
        (true, true) => {
            format!("On {pillar}, no partner scores clearly differently from the benchmark.")
        }
        (false, true) => format!(
            "On {pillar}, {above} score above the benchmark; no partner scores clearly below it."
        ),
        (true, false) => format!(
            "On {pillar}, {below} score below the benchmark; no partner scores clearly above it."
        ),
        (false, false) => {
            format!("On {pillar}, {above} score above the benchmark and {below} below it.")
        }
    },
    summary_change: |previous, progress, decline| match (progress.is_empty(), decline.is_empty()) {
        (true, true) => {
            format!("Since {previous}, no partner shows a change larger than the 95% margin.")
        }
        (false, true) => format!("Since {previous}, {progress} made clear progress."),
        (true, false) => format!("Since {previous}, {decline} declined clearly."),
        (false, false) => {
            format!("Since {previous}, {progress} made clear progress; {decline} declined.")
        }
    },
    summary_mixed: |names, _count| {
        format!("{names} moved clearly forward on some characteristics and back on others.")
    },
    summary_gaps: |names, _count| format!("The largest gaps to the desired level: {names}."),
    on_scale: |organisation, scale| format!("{organisation} on {scale}"),
    points: "points",
    sd: "sd",
};

pub fn texts(lang: Lang) -> &'static FindingTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}
