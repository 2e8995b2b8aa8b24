//! Texts of the report, the data export and the analysis tables: headings, column names,
//! segment and size-class names.

use crate::analysis::benchmark::SizeClass;
use crate::analysis::protocol::NotApplicableFlag;
use crate::words::i18n::Lang;

pub struct ReportTexts {
    pub title: &'static str,
    pub round: &'static str,
    pub questionnaire: &'static str,
    /// (title, version)
    pub questionnaire_version: fn(&str, u32) -> String,
    pub contents: &'static str,
    pub summary: &'static str,
    pub quadrant: &'static str,
    pub quadrant_intro: &'static str,
    pub comparisons: &'static str,
    pub partners: &'static str,
    pub profile: &'static str,
    /// (organisation): the caption of its profile table
    pub profile_caption: fn(&str) -> String,
    pub indicator: &'static str,
    pub value: &'static str,
    pub segments_caption: &'static str,
    /// The heading over a partner's positions in the benchmark's distribution.
    pub position_heading: &'static str,
    /// (partner, characteristic in a sentence, rank, n, low, high)
    pub position_sentence: fn(&str, &str, u8, usize, u8, u8) -> String,
    pub position_note: &'static str,
    pub position_caption: &'static str,
    pub position_column: &'static str,
    pub interval_column: &'static str,
    pub findings: &'static str,
    pub change: &'static str,
    pub no_previous_round: &'static str,
    pub new_partner: &'static str,
    pub gaps: &'static str,
    pub no_targets: &'static str,
    pub programme: &'static str,
    pub programme_intro: &'static str,
    pub no_open_gaps: &'static str,
    pub programme_without_targets: &'static str,
    pub respondents_heading: &'static str,
    /// Instead of the role table when no role group reaches three respondents.
    pub roles_hidden: &'static str,
    /// (respondents) No breakdown for an organisation of fewer than three respondents.
    pub roles_hidden_few: fn(usize) -> String,
    /// (the one role group large enough, in words; how many respondents the others are)
    pub roles_hidden_rest: fn(&str, usize) -> String,
    /// Caption of the table of statements respondents disagree on.
    pub disagreement_caption: &'static str,
    pub statement: &'static str,
    pub mean_answer: &'static str,
    pub distribution: &'static str,
    /// Under the disagreement table: what the distribution column shows and when.
    /// (lowest and highest value of the answer scale)
    pub disagreement_note: fn(u8, u8) -> String,
    pub appendix: &'static str,
    pub appendix_basis: &'static str,
    pub appendix_benchmarks: &'static str,
    pub appendix_reliability: &'static str,
    pub reliability_intro: &'static str,
    pub change_rule: &'static str,
    /// (previous round): the caption of the cooperation's change table
    pub cooperation_change_caption: fn(&str, usize) -> String,
    /// Under the cooperation's change table: its margin is over the partners' means.
    pub cooperation_change_rule: &'static str,
    /// Under the cooperation's change table: what its n counts.
    pub cooperation_change_n: &'static str,
    pub change_across_versions: &'static str,
    pub basis_marker_note: &'static str,
    pub cooperation_rule: &'static str,
    /// Under the summary when the benchmark is the mean of the same partners.
    pub benchmark_is_the_partners: &'static str,
    pub figure: &'static str,
    // Column names.
    pub organisation: &'static str,
    pub characteristic: &'static str,
    pub score: &'static str,
    pub benchmark: &'static str,
    pub deviation: &'static str,
    pub respondents: &'static str,
    pub protocol: &'static str,
    pub protocol_met: &'static str,
    /// (each role outside the protocol: "0 bestuurders (protocol 1)", joined)
    pub protocol_departs: fn(&str) -> String,
    /// Under a table of raw answers that holds a reverse-worded statement.
    pub reverse_answers_note: &'static str,
    /// (count of the role in words, the protocol's range)
    pub protocol_role: fn(&str, &str) -> String,
    /// (lowest and highest share of board and MT respondents, as percentages)
    pub mixes_differ: fn(&str, &str) -> String,
    pub not_applicable_label: &'static str,
    /// (share as a percentage, chosen, possible, high)
    /// (share as a percentage, chosen, possible, why it is flagged)
    pub not_applicable_share: fn(&str, usize, usize, Option<NotApplicableFlag>) -> String,
    pub n: &'static str,
    pub sd: &'static str,
    pub min_max: &'static str,
    pub answered: &'static str,
    pub dont_know_share: &'static str,
    /// The base table's column of "not applicable" answers.
    pub not_applicable_column: &'static str,
    pub completeness: &'static str,
    pub agreement: &'static str,
    pub basis: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub delta: &'static str,
    pub clear: &'static str,
    pub minimum: &'static str,
    pub desired: &'static str,
    pub to_minimum: &'static str,
    pub to_desired: &'static str,
    pub theme: &'static str,
    pub alpha: &'static str,
    pub items: &'static str,
    pub role: &'static str,
    pub name: &'static str,
    pub year: &'static str,
    pub source: &'static str,
    pub origin: &'static str,
    pub cutoff: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub within_spread: &'static str,
    pub not_judged: &'static str,
    pub no_verdict_across_versions: &'static str,
    pub low: &'static str,
    pub sound: &'static str,
    pub agreement_high: &'static str,
    pub agreement_moderate: &'static str,
    pub agreement_low: &'static str,
    pub basis_few: &'static str,
    pub basis_dont_know: &'static str,
    pub basis_incomplete: &'static str,
    // Profile.
    pub inhabitants: &'static str,
    pub staff_fte: &'static str,
    pub workstations: &'static str,
    pub ict_budget: &'static str,
    pub ict_staff_fte: &'static str,
    pub business_applications: &'static str,
    pub digital_satisfaction: &'static str,
    pub size_class_label: &'static str,
    pub cooperations: &'static str,
    // Segments and the cooperation entry.
    pub segment_all: &'static str,
    pub segment_cooperation: &'static str,
    pub size_small: &'static str,
    pub size_medium: &'static str,
    pub size_large: &'static str,
    pub cooperation_marker: &'static str,
    pub cooperation_generic: &'static str,
    pub benchmark_file: &'static str,
    pub benchmark_peers: &'static str,
    /// (the partners under three respondents, joined) under the benchmarks' origins
    pub peers_weigh_alike: fn(&str, usize) -> String,
    pub illustrative_flag: &'static str,
    pub report_written: &'static str,
    pub export_written: &'static str,
}

pub const NL: ReportTexts = ReportTexts {
    title: "Digitale volwassenheid",
    round: "Ronde",
    questionnaire: "Vragenlijst",
    questionnaire_version: |title, version| format!("{title}, versie {version}"),
    contents: "Inhoud",
    summary: "Samenvatting van de samenwerking",
    quadrant: "Kwadrantmodel",
    quadrant_intro: "Klantervaring (y) tegen operationele efficiëntie (x); de lijnen tussen laag en hoog liggen op",
    comparisons: "Vergelijking van de deelnemers",
    partners: "Deelnemers",
    profile: "Profiel",
    profile_caption: |org| format!("{org}: kerngegevens en respondenten"),
    indicator: "Gegeven",
    value: "Waarde",
    segments_caption: "Afwijking van de benchmark per groep vergelijkbare organisaties",
    position_heading: "Positie in de benchmark",
    position_caption: "Positie per kenmerk: deel van de organisaties in de benchmark dat lager scoort",
    position_column: "Positie",
    interval_column: "Interval (95 %)",
    position_sentence: |name, scale, rank, n, low, high| {
        format!(
            "{name} scoort op {scale} hoger dan {rank} % van de {n} organisaties in de benchmark \
             (interval {low}–{high} %)."
        )
    },
    position_note: "Een positie is het deel van de organisaties in de benchmark dat lager \
                    scoort (een gelijke score telt half), geen rangorde. Het interval (95 %) \
                    houdt rekening met het aantal respondenten van de partner en het aantal \
                    organisaties in de benchmark.",
    findings: "Bevindingen",
    change: "Ontwikkeling sinds de vorige ronde",
    no_previous_round: "Dit is de eerste ronde: er is nog geen ontwikkeling te tonen.",
    new_partner: "Deed in de vorige ronde nog niet mee.",
    gaps: "Afstand tot de doelen",
    no_targets: "Er zijn geen doelen vastgelegd.",
    programme: "Programma: achterstanden per thema",
    programme_intro: "Achterstanden tot het minimale niveau gaan voor, daarna die tot het gewenste niveau; binnen elke groep de grootste eerst.",
    no_open_gaps: "Geen openstaande achterstanden.",
    programme_without_targets: "Geen van de deelnemers heeft doelniveaus vastgelegd, dus er zijn geen achterstanden per thema te berekenen. Leg per deelnemer een minimum- en een gewenst niveau vast om dit deel te vullen.",
    respondents_heading: "Respondenten en spreiding",
    roles_hidden: "Geen uitsplitsing naar rol: geen enkele rol telt drie of meer respondenten, en een kleinere groep zou laten zien wat één persoon antwoordde.",
    roles_hidden_few: |n| {
        let who = if n == 1 {
            "één respondent".to_string()
        } else {
            format!("{n} respondenten")
        };
        format!(
            "Geen uitsplitsing naar rol: de organisatie telt {who}, minder dan drie; haar scores zijn daarom indicatief."
        )
    },
    roles_hidden_rest: |group, rest| {
        if rest == 0 {
            return format!(
                "Geen uitsplitsing naar rol: alle respondenten ({group}) hebben dezelfde rol."
            );
        }
        let others = if rest == 1 {
            "wat de ene andere respondent antwoordde".to_string()
        } else {
            format!("wat de {rest} andere respondenten antwoordden, minder dan drie")
        };
        format!(
            "Geen uitsplitsing naar rol: de score van de {group} naast die van de hele organisatie zou laten zien {others}."
        )
    },
    disagreement_caption: "Stellingen waarover de respondenten het minst eens zijn",
    statement: "Stelling",
    mean_answer: "Gemiddeld antwoord",
    distribution: "Antwoorden per waarde",
    disagreement_note: |min, max| {
        format!(
            "Standaardafwijking en gemiddelde op de antwoordschaal ({min}–{max}); de antwoorden per waarde van helemaal oneens tot helemaal eens. Die cijfers staan er alleen bij vanaf vijf respondenten; bij minder staat er alleen hoe ver de antwoorden uiteenliggen (eensgezind: hooguit één punt, verdeeld: twee punten, sterk verdeeld: meer), zodat niemands antwoord is af te lezen."
        )
    },
    appendix: "Bijlage",
    appendix_basis: "Basis van de cijfers",
    appendix_benchmarks: "Herkomst van de benchmarks",
    appendix_reliability: "Betrouwbaarheid van de schalen",
    reliability_intro: "Cronbachs alfa per schaal over alle respondenten van de ronde die alle vragen van de schaal beantwoordden (geen ‘weet niet’). Onder 0,7 is gemarkeerd.",
    change_across_versions: "De rondes zijn met verschillende versies van de vragenlijst afgenomen. De verschillen zijn beschrijvend, berekend op de stellingen die in beide versies gelijk zijn gesteld; over verandering wordt geen oordeel gegeven.",
    cooperation_change_caption: |round, partners| {
        format!(
            "Ontwikkeling van de samenwerking als geheel sinds {round}: de {partners} deelnemers die aan beide rondes deelnamen"
        )
    },
    cooperation_change_rule: "Een verandering heet duidelijk als ze groter is dan de 95%-marge: 1,96 keer de standaardfout van het verschil, √(sd₁²/n₁ + sd₂²/n₂), met sd en n over de gemiddelden van deze deelnemers in elke ronde. De cijfers kunnen daarom afwijken van die van de samenwerking in de samenvatting, die alle deelnemers van deze ronde telt.",
    cooperation_change_n: "n: de deelnemers die aan beide rondes deelnamen (de samenwerking als geheel is het gemiddelde van hun gemiddelden).",
    change_rule: "Een verandering heet duidelijk als ze groter is dan de 95%-marge: 1,96 keer de standaardfout van het verschil, √(sd₁²/n₁ + sd₂²/n₂), over de respondenten van beide rondes. De eerdere ronde is geplaatst tegen de lijnen van deze ronde.",
    basis_marker_note: "° smalle basis: minder dan 3 respondenten, meer dan een kwart ‘weet niet’ of minder dan 80% van de vragen beantwoord (‘weet niet’ en n.v.t. tellen als beantwoord, maar niet mee in de score; zie de bijlage). – onvoldoende basis voor een score.",
    cooperation_rule: "De samenwerking als geheel is het gemiddelde van de gemiddelden van de deelnemers: elke deelnemer telt even zwaar.",
    benchmark_is_the_partners: "De benchmark is het gemiddelde van dezelfde deelnemers: dat de samenwerking als geheel op het niveau van de benchmark ligt, volgt daaruit vanzelf en zegt niets over haar niveau.",
    figure: "Figuur",
    organisation: "Organisatie",
    characteristic: "Kenmerk",
    score: "Score",
    benchmark: "Benchmark",
    deviation: "Verschil",
    respondents: "Respondenten",
    protocol: "Respondentenprotocol",
    protocol_met: "volgens het protocol",
    protocol_departs: |roles| format!("wijkt af van het protocol: {roles}"),
    reverse_answers_note: "* Omgekeerd geformuleerde stelling: de antwoorden staan hier zoals gegeven (hoog = meer eens); in de scores en grafieken is de stelling gespiegeld, zodat hoger daar altijd beter is.",
    protocol_role: |count, range| format!("{count} (protocol {range})"),
    mixes_differ: |low, high| {
        format!(
            "De deelnemers antwoordden met een verschillende mix van rollen: het aandeel bestuurders en MT-leden onder hun respondenten loopt uiteen van {low} tot {high}. Op leiderschap beoordelen zij zichzelf en beoordelen medewerkers hen, dus verschillen tussen deelnemers weerspiegelen deels wie er antwoordde. De scores zijn niet naar rol gewogen; het respondentenprotocol zegt waarom."
        )
    },
    not_applicable_label: "Niet van toepassing",
    not_applicable_share: |share, chosen, possible, flag| {
        let base = format!(
            "{share} ({chosen} van {possible} mogelijke antwoorden op de stellingen die het toelaten)"
        );
        match flag {
            Some(NotApplicableFlag::HighShare) => {
                format!("{base}; hoog: de scores op die stellingen rusten op minder antwoorden")
            }
            Some(NotApplicableFlag::PartnerOnCooperation) => format!(
                "{base}; let op: voor een partner van een samenwerking gelden de stellingen over de samenwerking wel, en een ontbrekende afspraak is ‘Helemaal oneens’"
            ),
            None => base,
        }
    },
    n: "n",
    sd: "sd",
    min_max: "min–max",
    answered: "Beantwoord",
    dont_know_share: "Weet niet",
    not_applicable_column: "N.v.t.",
    completeness: "Volledigheid",
    agreement: "Eensgezindheid",
    basis: "Basis",
    before: "Vorige",
    after: "Nu",
    delta: "Verandering",
    clear: "Duidelijk",
    minimum: "Minimum",
    desired: "Gewenst",
    to_minimum: "Tekort t.o.v. minimum",
    to_desired: "Tekort t.o.v. gewenst",
    theme: "Thema",
    alpha: "Alfa",
    items: "Vragen",
    role: "Rol",
    name: "Naam",
    year: "Jaar",
    source: "Bron",
    origin: "Herkomst",
    cutoff: "Grens laag/hoog",
    yes: "ja",
    no: "nee",
    within_spread: "binnen de 95%-marge",
    not_judged: "niet te beoordelen",
    no_verdict_across_versions: "geen oordeel (andere versie)",
    low: "laag",
    sound: "voldoende",
    agreement_high: "hoog",
    agreement_moderate: "redelijk",
    agreement_low: "laag",
    basis_few: "indicatief (minder dan 3 respondenten)",
    basis_dont_know: "veel ‘weet niet’",
    basis_incomplete: "onvolledig",
    inhabitants: "Inwoners",
    staff_fte: "Medewerkers (fte)",
    workstations: "Werkplekken",
    ict_budget: "ICT-exploitatiebudget (€)",
    ict_staff_fte: "ICT-personeel (fte)",
    business_applications: "Bedrijfsapplicaties",
    digital_satisfaction: "Tevredenheid digitale dienstverlening",
    size_class_label: "Grootteklasse",
    cooperations: "Samenwerkingen",
    segment_all: "Alle organisaties in de werkruimte",
    segment_cooperation: "Deelnemers van",
    size_small: "Gemeenten tot 60.000 inwoners",
    size_medium: "Gemeenten van 60.000 tot 100.000 inwoners",
    size_large: "Gemeenten boven 100.000 inwoners",
    cooperation_marker: "samenwerking als geheel",
    cooperation_generic: "Samenwerking als geheel",
    benchmark_file: "bestand",
    benchmark_peers: "berekend uit de deelnemers",
    peers_weigh_alike: |names, count| {
        let subject = if count == 1 {
            "de scores van die deelnemer"
        } else {
            "hun scores"
        };
        format!(
            "Een benchmark berekend uit de deelnemers telt elke deelnemer even zwaar mee, ook {names}, hoewel {subject} op minder dan drie respondenten rusten."
        )
    },
    illustrative_flag: "illustratief, geen echte meting",
    report_written: "Rapport geschreven",
    export_written: "Gegevens geschreven",
};

pub const EN: ReportTexts = ReportTexts {
    title: "Digital maturity",
    round: "Round",
    questionnaire: "Questionnaire",
    questionnaire_version: |title, version| format!("{title}, version {version}"),
    contents: "Contents",
    summary: "Summary of the cooperation",
    quadrant: "Quadrant model",
    quadrant_intro: "Customer experience (y) against operational efficiency (x); the lines between low and high lie at",
    comparisons: "Comparison of the partners",
    partners: "Partners",
    profile: "Profile",
    profile_caption: |org| format!("{org}: key figures and respondents"),
    indicator: "Item",
    value: "Value",
    segments_caption: "Deviation from the benchmark per group of comparable organisations",
    position_heading: "Position in the benchmark",
    position_caption: "Position per characteristic: share of the benchmark's organisations that score lower",
    position_column: "Position",
    interval_column: "Interval (95 %)",
    position_sentence: |name, scale, rank, n, low, high| {
        format!(
            "{name} scores higher on {scale} than {rank} % of the {n} organisations in the \
             benchmark (interval {low}–{high} %)."
        )
    },
    position_note: "A position is the share of the benchmark's organisations that score lower \
                    (an equal score counts half), not a ranking. The interval (95 %) allows for \
                    the partner's number of respondents and the number of organisations in the \
                    benchmark.",
    findings: "Findings",
    change: "Development since the previous round",
    no_previous_round: "This is the first round: there is no development to show yet.",
    new_partner: "Did not take part in the previous round.",
    gaps: "Distance to targets",
    no_targets: "No targets have been recorded.",
    programme: "Programme: gaps per theme",
    programme_intro: "Gaps to the minimum level come first, then gaps to the desired level; within each group the largest first.",
    no_open_gaps: "No open gaps.",
    programme_without_targets: "None of the partners has recorded target levels, so there are no gaps per theme to compute. Record a minimum and a desired level per partner to fill this part.",
    respondents_heading: "Respondents and spread",
    roles_hidden: "No breakdown by role: no role counts three or more respondents, and a smaller group would show what one person answered.",
    roles_hidden_few: |n| {
        let who = if n == 1 {
            "one respondent".to_string()
        } else {
            format!("{n} respondents")
        };
        format!(
            "No breakdown by role: the organisation has {who}, fewer than three, so its scores are indicative."
        )
    },
    roles_hidden_rest: |group, rest| {
        if rest == 0 {
            return format!("No breakdown by role: all respondents ({group}) have the same role.");
        }
        let others = if rest == 1 {
            "what the one other respondent answered".to_string()
        } else {
            format!("what the {rest} other respondents answered, fewer than three")
        };
        format!(
            "No breakdown by role: the score of the {group} beside that of the whole organisation would show {others}."
        )
    },
    disagreement_caption: "Statements the respondents agree on least",
    statement: "Statement",
    mean_answer: "Mean answer",
    distribution: "Answers per value",
    disagreement_note: |min, max| {
        format!(
            "Standard deviation and mean on the answer scale ({min}–{max}); the answers per value from strongly disagree to strongly agree. These figures are given only from five respondents; below that only how far the answers lie apart is given (unanimous: at most one point, divided: two points, strongly divided: more), so that no one's answer can be read off."
        )
    },
    appendix: "Appendix",
    appendix_basis: "Basis of the figures",
    appendix_benchmarks: "Provenance of the benchmarks",
    appendix_reliability: "Reliability of the scales",
    reliability_intro: "Cronbach's alpha per scale over all respondents of the round who answered every item of the scale (no ‘don't know’). Values below 0.7 are marked.",
    change_across_versions: "The rounds used different versions of the questionnaire. The differences are descriptive, computed on the items asked the same way in both versions; no verdict is given on change.",
    cooperation_change_caption: |round, partners| {
        format!(
            "Change of the cooperation as a whole since {round}: the {partners} partners that took part in both rounds"
        )
    },
    cooperation_change_rule: "A change is called clear when it exceeds the 95% margin: 1.96 times the standard error of the difference, √(sd₁²/n₁ + sd₂²/n₂), with sd and n over these partners' means in each round. Its figures may therefore differ from the cooperation's in the summary, which counts every partner of this round.",
    cooperation_change_n: "n: the partners that took part in both rounds (the cooperation as a whole is the mean of their means).",
    change_rule: "A change is called clear when it exceeds the 95% margin: 1.96 times the standard error of the difference, √(sd₁²/n₁ + sd₂²/n₂), over the respondents of both rounds. The earlier round is placed against this round's lines.",
    basis_marker_note: "° narrow basis: fewer than 3 respondents, more than a quarter ‘don't know’ or less than 80% of the items answered (‘don't know’ and n/a count as answered, but not in the score; see the appendix). – too little basis for a score.",
    cooperation_rule: "The cooperation as a whole is the mean of the partners' means: every partner weighs the same.",
    benchmark_is_the_partners: "The benchmark is the mean of the same partners: that the cooperation as a whole is at the benchmark follows from that and says nothing about its level.",
    figure: "Figure",
    organisation: "Organisation",
    characteristic: "Characteristic",
    score: "Score",
    benchmark: "Benchmark",
    deviation: "Difference",
    respondents: "Respondents",
    protocol: "Respondent protocol",
    protocol_met: "as the protocol asks",
    protocol_departs: |roles| format!("differs from the protocol: {roles}"),
    reverse_answers_note: "* Reverse-worded statement: the answers are shown here as given (high = agree more); in the scores and charts it is flipped, so that higher is always better there.",
    protocol_role: |count, range| format!("{count} (protocol {range})"),
    mixes_differ: |low, high| {
        format!(
            "The partners answered with different mixes of roles: the share of board and MT members among their respondents ranges from {low} to {high}. On leadership they rate themselves while staff rate them, so differences between partners partly reflect who answered. Scores are not weighted by role; the respondent protocol says why."
        )
    },
    not_applicable_label: "Not applicable",
    not_applicable_share: |share, chosen, possible, flag| {
        let base = format!(
            "{share} ({chosen} of {possible} possible answers on the statements that allow it)"
        );
        match flag {
            Some(NotApplicableFlag::HighShare) => {
                format!("{base}; high: the scores on those statements rest on fewer answers")
            }
            Some(NotApplicableFlag::PartnerOnCooperation) => format!(
                "{base}; note: for a partner of a cooperation the statements on the cooperation do apply, and a missing arrangement is 'Strongly disagree'"
            ),
            None => base,
        }
    },
    n: "n",
    sd: "sd",
    min_max: "min–max",
    answered: "Answered",
    dont_know_share: "Don't know",
    not_applicable_column: "N/a",
    completeness: "Completeness",
    agreement: "Agreement",
    basis: "Basis",
    before: "Previous",
    after: "Now",
    delta: "Change",
    clear: "Clear",
    minimum: "Minimum",
    desired: "Desired",
    to_minimum: "Short of minimum",
    to_desired: "Short of desired",
    theme: "Theme",
    alpha: "Alpha",
    items: "Items",
    role: "Role",
    name: "Name",
    year: "Year",
    source: "Source",
    origin: "Origin",
    cutoff: "Low/high cut-off",
    yes: "yes",
    no: "no",
    within_spread: "within the 95% margin",
    not_judged: "cannot be judged",
    no_verdict_across_versions: "no verdict (other version)",
    low: "low",
    sound: "sound",
    agreement_high: "high",
    agreement_moderate: "moderate",
    agreement_low: "low",
    basis_few: "indicative (fewer than 3 respondents)",
    basis_dont_know: "many ‘don't know’",
    basis_incomplete: "incomplete",
    inhabitants: "Inhabitants",
    staff_fte: "Staff (fte)",
    workstations: "Workstations",
    ict_budget: "ICT operating budget (€)",
    ict_staff_fte: "ICT staff (fte)",
    business_applications: "Business applications",
    digital_satisfaction: "Satisfaction with digital services",
    size_class_label: "Size class",
    cooperations: "Cooperations",
    segment_all: "All organisations in the workspace",
    segment_cooperation: "Partners of",
    size_small: "Municipalities below 60,000 inhabitants",
    size_medium: "Municipalities of 60,000 to 100,000 inhabitants",
    size_large: "Municipalities above 100,000 inhabitants",
    cooperation_marker: "cooperation as a whole",
    cooperation_generic: "Cooperation as a whole",
    benchmark_file: "file",
    benchmark_peers: "computed from the partners",
    peers_weigh_alike: |names, count| {
        let whose = if count == 1 {
            "its scores rest"
        } else {
            "their scores rest"
        };
        format!(
            "A benchmark computed from the partners counts every partner alike, {names} included, although {whose} on fewer than three respondents."
        )
    },
    illustrative_flag: "illustrative, not a real measurement",
    report_written: "Report written",
    export_written: "Data written",
};

pub fn texts(lang: Lang) -> &'static ReportTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

impl ReportTexts {
    pub fn size_class(&self, class: SizeClass) -> &'static str {
        match class {
            SizeClass::Small => self.size_small,
            SizeClass::Medium => self.size_medium,
            SizeClass::Large => self.size_large,
        }
    }
}

/// Texts of the printed and Word report: title page, page footer, dates.
pub struct PrintTexts {
    pub reference_date: &'static str,
    /// "Page" before the page number in the printed footer.
    pub page: &'static str,
    /// "of" between page number and page count.
    pub of: &'static str,
    /// On screen only, under the HTML report's title: where the printed version comes from.
    pub print_route: &'static str,
    /// The Word file's contents field before Word fills it.
    pub contents_hint: &'static str,
    pub months: [&'static str; 12],
}

pub const NL_PRINT: PrintTexts = PrintTexts {
    reference_date: "Peildatum",
    page: "Pagina",
    of: "van",
    contents_hint: "Word vult de inhoudsopgave bij het openen van het bestand; elders: klik \
                    erop en kies ‘Veld bijwerken’ (F9).",
    print_route: "Om af te drukken of rond te sturen: dit rapport als PDF (A4, met \
                  bladwijzers en paginanummers) schrijft u met `rijp report --out rapport.pdf`.",
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
};

pub const EN_PRINT: PrintTexts = PrintTexts {
    reference_date: "Reference date",
    page: "Page",
    of: "of",
    contents_hint: "Word fills in the contents when the file opens; elsewhere, click here and \
                    choose ‘Update field’ (F9).",
    print_route: "To print or send on: write this report as a PDF (A4, with bookmarks and page \
                  numbers) with `rijp report --out report.pdf`.",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
};

pub fn print_texts(lang: Lang) -> &'static PrintTexts {
    match lang {
        Lang::Nl => &NL_PRINT,
        Lang::En => &EN_PRINT,
    }
}

impl PrintTexts {
    /// `2025-03-01` as "1 maart 2025" / "1 March 2025"; any other text as it is.
    pub fn date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.trim().split('-').collect();
        let parsed = match parts.as_slice() {
            [year, month, day] => year
                .parse::<u32>()
                .ok()
                .zip(month.parse::<usize>().ok())
                .zip(day.parse::<u32>().ok())
                .map(|((y, m), d)| (y, m, d)),
            _ => None,
        };
        match parsed {
            Some((year, month, day)) if (1..=12).contains(&month) && (1..=31).contains(&day) => {
                format!("{day} {} {year}", self.months[month - 1])
            }
            _ => iso.to_string(),
        }
    }
}

/// Why a report cannot be written.
pub struct ReportErrorTexts {
    /// (file): its extension names none of the report's formats
    pub unknown_format: fn(&str) -> String,
    /// (round asked for, the rounds the workspace has, joined)
    pub unknown_since_round: fn(&str, &str) -> String,
    /// (chart file)
    pub cannot_render_chart: fn(&str) -> String,
    pub cannot_write_docx: &'static str,
    /// (what the typesetter said)
    pub cannot_typeset_pdf: fn(&str) -> String,
}

pub const NL_ERRORS: ReportErrorTexts = ReportErrorTexts {
    unknown_format: |file| {
        format!(
            "{file}: het rapport wordt geschreven als .pdf, .docx, .html of .md; gebruik een van die extensies"
        )
    },
    unknown_since_round: |round, known| {
        format!("onbekende ronde ‘{round}’ voor --since; de werkmap heeft: {known}")
    },
    cannot_render_chart: |chart| format!("kan grafiek {chart} niet tekenen"),
    cannot_write_docx: "kan het Word-bestand niet schrijven",
    cannot_typeset_pdf: |reason| format!("kan de PDF niet opmaken: {reason}"),
};

pub const EN_ERRORS: ReportErrorTexts = ReportErrorTexts {
    unknown_format: |file| {
        format!(
            "{file}: the report is written as .pdf, .docx, .html or .md; use one of those extensions"
        )
    },
    unknown_since_round: |round, known| {
        format!("unknown round '{round}' for --since; the workspace has: {known}")
    },
    cannot_render_chart: |chart| format!("cannot render chart {chart}"),
    cannot_write_docx: "cannot write the Word file",
    cannot_typeset_pdf: |reason| format!("cannot typeset the PDF: {reason}"),
};

pub fn error_texts(lang: Lang) -> &'static ReportErrorTexts {
    match lang {
        Lang::Nl => &NL_ERRORS,
        Lang::En => &EN_ERRORS,
    }
}
