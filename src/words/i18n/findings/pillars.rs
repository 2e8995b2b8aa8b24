//! The pillar findings: below, at or above the benchmark, and the characteristics furthest from it.

pub struct PillarTexts {
    /// (names, count, lowest alpha)
    pub weak_scales: fn(&str, usize, &str) -> String,
    /// (characteristic name, the questionnaire's guidance for it)
    pub guidance: fn(&str, &str) -> String,
    /// (pillar name in lower case, organisation, verdict words, mean deviation)
    pub pillar_verdict: fn(&str, &str, &str, &str) -> String,
    /// (pillar name in lower case)
    pub pillar_no_benchmark: fn(&str) -> String,
    /// (names, count)
    pub furthest_above: fn(&str, usize) -> String,
    pub furthest_below: fn(&str, usize) -> String,
    pub none_above: &'static str,
    pub none_below: &'static str,
}

pub const NL: PillarTexts = PillarTexts {
    guidance: |name, text| format!("Hoger scoren op {name}? {text}"),
    weak_scales: |names, count, alpha| {
        if count == 1 {
            format!(
                "Let op: {names} is in deze ronde niet betrouwbaar gemeten (Cronbachs alfa {alpha}, onder 0,7); lees de uitkomst daarop als indicatie."
            )
        } else {
            format!(
                "Let op: {names} zijn in deze ronde niet betrouwbaar gemeten (Cronbachs alfa vanaf {alpha}, onder 0,7); lees de uitkomsten daarop als indicatie."
            )
        }
    },
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
};

pub const EN: PillarTexts = PillarTexts {
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
};
