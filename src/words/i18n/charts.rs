//! Texts of the exported charts: titles, axis titles, legends, footnotes, file names and the
//! errors that stop a chart from being drawn.

use crate::words::i18n::Lang;

pub struct ChartTexts {
    pub quadrant_title: &'static str,
    pub compared_title: fn(&str) -> String,
    pub items_title: fn(&str) -> String,
    pub profile_title: fn(&str, &str) -> String,
    pub pillar_compared_title: fn(&str) -> String,
    pub targets_title: fn(&str) -> String,
    pub distribution_title: &'static str,
    pub file_distribution: &'static str,
    /// The band's parts in the legend: outer, inner, median.
    pub distribution_outer: &'static str,
    pub distribution_inner: &'static str,
    pub distribution_median: &'static str,
    /// Under the chart: (organisations in the benchmark, benchmark name)
    pub distribution_note: fn(usize, &str) -> String,
    /// The chart in words: (partners, characteristics, above the median, points)
    pub distribution_finding: fn(usize, usize, usize, usize) -> String,
    pub round: &'static str,
    pub benchmark: &'static str,
    pub cutoff: &'static str,
    /// The quadrant chart's key to the ring around a point near a cut-off line (the margin).
    pub on_border_key: fn(&str) -> String,
    /// Said when markers of partners with (nearly) the same scores were set apart.
    pub coinciding_spread: &'static str,
    pub unit: &'static str,
    pub score_axis: &'static str,
    pub partners: &'static str,
    pub respondents: &'static str,
    /// Under a chart that plots a partner with fewer than three respondents.
    pub indicative_note: &'static str,
    /// (partners with their respondents): whose statements a per-statement chart leaves out
    pub statements_hidden: fn(&str) -> String,
    /// In a statement's empty row: nobody gave it a value (only "weet niet", n.v.t. or none).
    pub statement_unanswered: &'static str,
    /// In a statement's empty row: answered, but by no partner five times or more.
    pub statement_too_few: &'static str,
    pub total: &'static str,
    pub shift_since: fn(&str) -> String,
    /// (previous round): why the chart has no arrows
    pub no_shift_across_versions: fn(&str) -> String,
    pub new_in_round: &'static str,
    pub not_placed: &'static str,
    pub no_scores: &'static str,
    pub scores_base: &'static str,
    pub spread: &'static str,
    pub cooperation_spread: &'static str,
    pub item_note: &'static str,
    pub reverse_note: &'static str,
    pub benchmark_per_item: &'static str,
    pub deviation_header: &'static str,
    pub score_column: &'static str,
    pub difference_column: &'static str,
    pub overall: &'static str,
    pub furthest_above: &'static str,
    pub furthest_below: &'static str,
    /// (respondents, % answered, % don't know, % not applicable)
    pub base: fn(usize, u32, u32, u32) -> String,
    pub current: &'static str,
    pub minimum: &'static str,
    pub desired: &'static str,
    pub target_zone: &'static str,
    pub below_minimum: &'static str,
    pub between_targets: &'static str,
    pub desired_reached: &'static str,
    pub gap_header: &'static str,
    pub no_target: &'static str,
    pub characteristic: &'static str,
    pub full_names: &'static str,
    pub colour_key: fn(&str, &str) -> String,
    pub file_quadrant: &'static str,
    pub file_items: &'static str,
    pub file_culture_profile: &'static str,
    pub file_culture_compared: &'static str,
    pub file_leadership_profile: &'static str,
    pub file_leadership_compared: &'static str,
    pub file_cooperation_compared: &'static str,
    pub file_targets: &'static str,
    /// The questionnaire lacks a pillar or scale a chart is drawn for (its id).
    pub no_pillar: fn(&str) -> String,
    pub no_scale: fn(&str) -> String,
    /// A chart (by file name) could not be drawn; a file could not be made into an image.
    pub cannot_draw: fn(&str) -> String,
    pub cannot_render: fn(&str) -> String,
    /// The drawing library refused, with its own reason.
    pub drawing_failed: fn(&str) -> String,
}

pub const NL: ChartTexts = ChartTexts {
    quadrant_title: "Positie in het kwadrantenmodel",
    compared_title: |scale| format!("{scale}: de deelnemers vergeleken"),
    items_title: |scale| format!("{scale} per stelling"),
    profile_title: |pillar, organisation| format!("{pillar}: {organisation}"),
    pillar_compared_title: |pillar| format!("{pillar} per deelnemer"),
    targets_title: |organisation| format!("{organisation}: afstand tot de doelniveaus"),
    distribution_title: "Positie in de verdeling van de benchmark",
    file_distribution: "verdeling",
    distribution_outer: "middelste 80 % (p10–p90)",
    distribution_inner: "middelste 50 % (p25–p75)",
    distribution_median: "mediaan",
    distribution_note: |n, name| {
        format!(
            "Verdeling van de scores van {n} organisaties in de benchmark {name}; de punten zijn \
             de partners. Een positie is geen rangorde."
        )
    },
    distribution_finding: |partners, scales, above, points| {
        let partners = if partners == 1 {
            "1 partner".to_string()
        } else {
            format!("{partners} partners")
        };
        let scales = if scales == 1 {
            "1 kenmerk".to_string()
        } else {
            format!("{scales} kenmerken")
        };
        format!(
            "De scores van {partners} op {scales} in de verdeling van de benchmark: {above} van \
             de {points} punten liggen boven de mediaan."
        )
    },
    round: "Ronde",
    benchmark: "Benchmark",
    cutoff: "Grens laag/hoog",
    on_border_key: |margin| {
        format!(
            "Ring: op de grens (binnen {margin} punten van een grenslijn, dus niet duidelijk in één kwadrant)"
        )
    },
    coinciding_spread: "Punten met (bijna) dezelfde scores staan iets uit elkaar; hun scores staan bij hun naam in deze legenda.",
    unit: "score 0–100",
    score_axis: "Score (0–100)",
    partners: "Deelnemers",
    respondents: "Respondenten",
    indicative_note: "Indicatief (n = 1 of 2): de scores rusten op minder dan drie respondenten.",
    statements_hidden: |partners| {
        format!(
            "Per stelling staat een gemiddelde alleen bij vijf of meer antwoorden, zodat niemands antwoord is af te lezen; daarom niet per stelling: {partners}."
        )
    },
    statement_unanswered: "geen gemiddelde: niemand gaf hier een waarde (alleen ‘weet niet’, n.v.t. of geen antwoord)",
    statement_too_few: "geen gemiddelde: geen deelnemer heeft hier vijf of meer antwoorden",
    total: "totaal",
    shift_since: |round| format!("Pijl: verschuiving sinds {round}"),
    no_shift_across_versions: |round| {
        format!("Geen pijlen: {round} is met een andere versie van de vragenlijst afgenomen")
    },
    new_in_round: "nieuw in deze ronde",
    not_placed: "Niet geplaatst (onvoldoende basis)",
    no_scores: "Geen scores om te tonen",
    scores_base: "Scores 0–100: gemiddelde van de respondenten per organisatie.",
    spread: "spreiding tussen de respondenten (laagste tot hoogste score)",
    cooperation_spread: "samenwerking als geheel: gemiddelde van de deelnemers",
    item_note: "Per stelling het gemiddelde van de respondenten die haar beantwoordden (0 = helemaal oneens, 100 = helemaal eens; ‘weet niet’ telt niet mee).",
    reverse_note: "* Omgekeerd geformuleerde stelling: de score is gespiegeld, zodat hoger altijd beter is.",
    benchmark_per_item: "De benchmark heeft geen cijfers per stelling; zie de grafiek van de hele dimensie.",
    deviation_header: "Verschil met benchmark",
    score_column: "Score",
    difference_column: "Verschil",
    overall: "Gemiddeld",
    furthest_above: "Verst erboven",
    furthest_below: "Verst eronder",
    base: |respondents, answered, dont_know, not_applicable| {
        let people = if respondents == 1 {
            "1 respondent".to_string()
        } else {
            format!("{respondents} respondenten")
        };
        format!(
            "Basis: {people}; {answered}% van de stellingen beantwoord; {dont_know}% ‘weet niet’, {not_applicable}% n.v.t."
        )
    },
    current: "Huidige score",
    minimum: "Minimumniveau",
    desired: "Gewenst niveau",
    target_zone: "doelzone (minimum tot gewenst)",
    below_minimum: "onder het minimum",
    between_targets: "tussen minimum en gewenst",
    desired_reached: "gewenst niveau bereikt",
    gap_header: "Verschil met minimum / gewenst",
    no_target: "geen doel",
    characteristic: "Kenmerk",
    full_names: "Volledige namen",
    colour_key: |low, high| format!("licht: {low} of lager, donker: {high} of hoger (score 0–100)"),
    file_quadrant: "kwadrant",
    file_items: "per-stelling",
    file_culture_profile: "cultuurprofiel",
    file_culture_compared: "cultuur-per-deelnemer",
    file_leadership_profile: "leiderschapsprofiel",
    file_leadership_compared: "leiderschap-per-deelnemer",
    file_cooperation_compared: "samenwerking-per-deelnemer",
    file_targets: "doelniveaus",
    no_pillar: |id| format!("de vragenlijst heeft geen pijler ‘{id}’"),
    no_scale: |id| format!("de vragenlijst heeft geen kenmerk ‘{id}’"),
    cannot_draw: |chart| format!("kan grafiek {chart} niet tekenen"),
    cannot_render: |file| format!("kan de afbeelding {file} niet maken"),
    drawing_failed: |reason| format!("kan de grafiek niet tekenen: {reason}"),
};

pub const EN: ChartTexts = ChartTexts {
    quadrant_title: "Position in the quadrant model",
    compared_title: |scale| format!("{scale}: partners compared"),
    items_title: |scale| format!("{scale} per statement"),
    profile_title: |pillar, organisation| format!("{pillar}: {organisation}"),
    pillar_compared_title: |pillar| format!("{pillar} per partner"),
    targets_title: |organisation| format!("{organisation}: gap to the target levels"),
    distribution_title: "Position in the benchmark's distribution",
    file_distribution: "distribution",
    distribution_outer: "middle 80 % (p10–p90)",
    distribution_inner: "middle 50 % (p25–p75)",
    distribution_median: "median",
    distribution_note: |n, name| {
        format!(
            "Distribution of the scores of {n} organisations in the benchmark {name}; the points \
             are the partners. A position is not a ranking."
        )
    },
    distribution_finding: |partners, scales, above, points| {
        let partners = if partners == 1 {
            "1 partner".to_string()
        } else {
            format!("{partners} partners")
        };
        let scales = if scales == 1 {
            "1 characteristic".to_string()
        } else {
            format!("{scales} characteristics")
        };
        format!(
            "The scores of {partners} on {scales} in the benchmark's distribution: {above} of \
             the {points} points lie above the median."
        )
    },
    round: "Round",
    benchmark: "Benchmark",
    cutoff: "Low/high cut-off",
    on_border_key: |margin| {
        format!(
            "Ring: on the border (within {margin} points of a cut-off line, so not clearly in one quadrant)"
        )
    },
    coinciding_spread: "Points with (nearly) the same scores are set slightly apart; their scores are given with their names in this legend.",
    unit: "score 0–100",
    score_axis: "Score (0–100)",
    partners: "Partners",
    respondents: "Respondents",
    indicative_note: "Indicative (n = 1 or 2): the scores rest on fewer than three respondents.",
    statements_hidden: |partners| {
        format!(
            "A statement's mean is shown only from five answers, so that no one's answer can be read off; hence not per statement: {partners}."
        )
    },
    statement_unanswered: "no mean: nobody gave a value here (only ‘don't know’, n/a or no answer)",
    statement_too_few: "no mean: no partner has five or more answers here",
    total: "total",
    shift_since: |round| format!("Arrow: shift since {round}"),
    no_shift_across_versions: |round| {
        format!("No arrows: {round} used another version of the questionnaire")
    },
    new_in_round: "new in this round",
    not_placed: "Not placed (insufficient basis)",
    no_scores: "No scores to show",
    scores_base: "Scores 0–100: mean of the respondents per organisation.",
    spread: "spread between the respondents (lowest to highest score)",
    cooperation_spread: "cooperation as a whole: mean of the partners",
    item_note: "Per statement the mean of the respondents who answered it (0 = strongly disagree, 100 = strongly agree; ‘don't know’ is not counted).",
    reverse_note: "* Reverse-worded statement: the score is flipped, so higher is always better.",
    benchmark_per_item: "The benchmark has no figures per statement; see the chart of the whole dimension.",
    deviation_header: "Difference from benchmark",
    score_column: "Score",
    difference_column: "Difference",
    overall: "Overall",
    furthest_above: "Furthest above",
    furthest_below: "Furthest below",
    base: |respondents, answered, dont_know, not_applicable| {
        let people = if respondents == 1 {
            "1 respondent".to_string()
        } else {
            format!("{respondents} respondents")
        };
        format!(
            "Base: {people}; {answered}% of statements answered; {dont_know}% ‘don't know’, {not_applicable}% n/a."
        )
    },
    current: "Current score",
    minimum: "Minimum level",
    desired: "Desired level",
    target_zone: "target zone (minimum to desired)",
    below_minimum: "below the minimum",
    between_targets: "between minimum and desired",
    desired_reached: "desired level reached",
    gap_header: "Difference from minimum / desired",
    no_target: "no target",
    characteristic: "Characteristic",
    full_names: "Full names",
    colour_key: |low, high| format!("light: {low} or lower, dark: {high} or higher (score 0–100)"),
    file_quadrant: "quadrant",
    file_items: "per-statement",
    file_culture_profile: "culture-profile",
    file_culture_compared: "culture-per-partner",
    file_leadership_profile: "leadership-profile",
    file_leadership_compared: "leadership-per-partner",
    file_cooperation_compared: "cooperation-per-partner",
    file_targets: "targets",
    no_pillar: |id| format!("the questionnaire has no pillar '{id}'"),
    no_scale: |id| format!("the questionnaire has no scale '{id}'"),
    cannot_draw: |chart| format!("cannot draw chart {chart}"),
    cannot_render: |file| format!("cannot render {file}"),
    drawing_failed: |reason| format!("cannot draw the chart: {reason}"),
};

pub fn texts(lang: Lang) -> &'static ChartTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Charts told in words: the `<desc>` of every SVG (read aloud by screen readers) and the
/// keys added for crowded charts.
pub struct ChartWords {
    /// "12 partners placed in the quadrant model."
    pub quadrant_placed: fn(usize) -> String,
    /// "Future-ready: Aldersum and Brakeveen."
    pub in_quadrant: fn(&str, &str) -> String,
    /// (names): the partners within the margin of a cut-off line
    pub on_border: fn(&str) -> String,
    pub benchmark_in: fn(&str) -> String,
    /// Scale, highest name and score, lowest name and score.
    pub compared: fn(&str, &str, &str, &str, &str) -> String,
    /// Partners below the benchmark, partners, the benchmark's score.
    pub below_benchmark: fn(usize, usize, &str) -> String,
    /// Scale, statements, partners.
    pub items: fn(&str, usize, usize) -> String,
    /// Organisation and pillar.
    pub profile: fn(&str, &str) -> String,
    /// Characteristic and deviation, furthest above / below the benchmark.
    pub furthest_above: fn(&str) -> String,
    pub furthest_below: fn(&str) -> String,
    /// Pillar, scores below the benchmark, scores.
    pub pillar: fn(&str, usize, usize) -> String,
    /// Organisation, characteristics below the minimum, characteristics with a target.
    pub targets: fn(&str, usize, usize) -> String,
    pub no_scores: &'static str,
    /// The heat table's colour key: the at margin, then the deviation of the darkest colour.
    pub deviation_key: fn(&str, &str) -> String,
    /// The statements' heat table's colour key.
    pub item_deviation_key: fn(&str) -> String,
    /// Heading of the key that names numbered markers.
    pub marker_key: &'static str,
}

fn partners_nl(n: usize) -> String {
    if n == 1 {
        "1 deelnemer".to_string()
    } else {
        format!("{n} deelnemers")
    }
}

fn partners_en(n: usize) -> String {
    if n == 1 {
        "1 partner".to_string()
    } else {
        format!("{n} partners")
    }
}

pub const NL_WORDS: ChartWords = ChartWords {
    quadrant_placed: |n| format!("{} geplaatst in het kwadrantenmodel.", partners_nl(n)),
    in_quadrant: |quadrant, names| format!("In {quadrant}: {names}."),
    on_border: |names| format!("Op de grens van kwadranten: {names}."),
    benchmark_in: |quadrant| format!("De benchmark valt in {quadrant}."),
    compared: |scale, high, high_score, low, low_score| {
        format!("{scale}: hoogst {high} ({high_score}), laagst {low} ({low_score}).")
    },
    below_benchmark: |below, total, benchmark| {
        format!(
            "{below} van de {} onder de benchmark ({benchmark}).",
            partners_nl(total)
        )
    },
    items: |scale, statements, partners| {
        let statements = if statements == 1 {
            "1 stelling".to_string()
        } else {
            format!("{statements} stellingen")
        };
        format!(
            "{scale}: de gemiddelde score op {statements} voor {}.",
            partners_nl(partners)
        )
    },
    profile: |organisation, pillar| format!("{pillar} van {organisation} naast de benchmark."),
    furthest_above: |names| format!("Verst erboven: {names}."),
    furthest_below: |names| format!("Verst eronder: {names}."),
    pillar: |pillar, below, cells| {
        format!("{pillar}: {below} van {cells} scores liggen onder de benchmark.")
    },
    targets: |organisation, below, total| {
        // Dimensions and characteristics both have targets: counted together, named so.
        let things = if total == 1 {
            "dimensie of kenmerk"
        } else {
            "dimensies en kenmerken"
        };
        format!("{organisation}: {below} van {total} {things} onder het minimumniveau.")
    },
    no_scores: "Geen scores om te tonen.",
    deviation_key: |at, far| {
        format!(
            "lichtgrijs: op het niveau van de benchmark (binnen {at} punten); blauw: erboven, oranje: eronder; hoe donkerder, hoe verder ({far})"
        )
    },
    item_deviation_key: |unit| {
        format!(
            "blauw: boven het gemiddelde van de deelnemers op de stelling, oranje: eronder; hoe donkerder, hoe verder ({unit})"
        )
    },
    marker_key: "Nummers in de grafiek",
};

pub const EN_WORDS: ChartWords = ChartWords {
    quadrant_placed: |n| format!("{} placed in the quadrant model.", partners_en(n)),
    in_quadrant: |quadrant, names| format!("In {quadrant}: {names}."),
    on_border: |names| format!("On the border of quadrants: {names}."),
    benchmark_in: |quadrant| format!("The benchmark falls in {quadrant}."),
    compared: |scale, high, high_score, low, low_score| {
        format!("{scale}: highest {high} ({high_score}), lowest {low} ({low_score}).")
    },
    below_benchmark: |below, total, benchmark| {
        format!(
            "{below} of the {} below the benchmark ({benchmark}).",
            partners_en(total)
        )
    },
    items: |scale, statements, partners| {
        let statements = if statements == 1 {
            "1 statement".to_string()
        } else {
            format!("{statements} statements")
        };
        format!(
            "{scale}: the mean score on {statements} for {}.",
            partners_en(partners)
        )
    },
    profile: |organisation, pillar| format!("{pillar} of {organisation} beside the benchmark."),
    furthest_above: |names| format!("Furthest above: {names}."),
    furthest_below: |names| format!("Furthest below: {names}."),
    pillar: |pillar, below, cells| {
        format!("{pillar}: {below} of {cells} scores are below the benchmark.")
    },
    targets: |organisation, below, total| {
        let noun = if total == 1 {
            "dimension or characteristic"
        } else {
            "dimensions and characteristics"
        };
        format!("{organisation}: {below} of {total} {noun} below the minimum level.")
    },
    no_scores: "No scores to show.",
    deviation_key: |at, far| {
        format!(
            "light grey: at the benchmark (within {at} points); blue: above it, orange: below; the darker, the further ({far})"
        )
    },
    item_deviation_key: |unit| {
        format!(
            "blue: above the partners' mean on the statement, orange: below; the darker, the further ({unit})"
        )
    },
    marker_key: "Numbers in the chart",
};

pub fn words(lang: Lang) -> &'static ChartWords {
    match lang {
        Lang::Nl => &NL_WORDS,
        Lang::En => &EN_WORDS,
    }
}
