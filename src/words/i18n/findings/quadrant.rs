//! The quadrant finding: where an organisation, or the cooperation's partners, stand.

pub struct QuadrantTexts {
    pub heading: &'static str,
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
    /// (count, quadrant name): one part of the spread list
    pub in_quadrant_count: fn(usize, &str) -> String,
    /// (count): the part of the spread list on a border
    pub on_border_count: fn(usize) -> String,
    /// (quadrant names joined): "op de grens van ‘a’ en ‘b’"
    pub on_border_of: fn(&str) -> String,
    /// (quadrant name): "in ‘a’"
    pub in_quadrant: fn(&str) -> String,
    /// (organisation)
    pub no_quadrant: fn(&str) -> String,
    /// (benchmark quadrant name)
    pub benchmark_quadrant: fn(&str) -> String,
}

pub const NL: QuadrantTexts = QuadrantTexts {
    heading: "Kwadrant",
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
    cooperation_position: |place, x, y| {
        format!(
            "Het gemiddelde van de deelnemers (operationele efficiëntie {x}, klantervaring {y}) valt {place}; dat is een gemiddelde, geen plek waar de deelnemers zelf staan."
        )
    },
    in_quadrant_count: |count, quadrant| format!("{count} in ‘{quadrant}’"),
    on_border_count: |count| format!("{count} op de grens van kwadranten"),
    on_border_of: |quadrants| format!("op de grens van {quadrants}"),
    in_quadrant: |quadrant| format!("in ‘{quadrant}’"),
    no_quadrant: |org| {
        format!(
            "{org} kan niet in een kwadrant worden geplaatst: op klantervaring of operationele efficiëntie is de basis onvoldoende."
        )
    },
    benchmark_quadrant: |quadrant| format!("De benchmark staat in ‘{quadrant}’."),
};

pub const EN: QuadrantTexts = QuadrantTexts {
    heading: "Quadrant",
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
    cooperation_position: |place, x, y| {
        format!(
            "The partners’ mean (operational efficiency {x}, customer experience {y}) falls {place}; it is a mean, not a place where the partners themselves stand."
        )
    },
    in_quadrant_count: |count, quadrant| format!("{count} in ‘{quadrant}’"),
    on_border_count: |count| format!("{count} on the border of quadrants"),
    on_border_of: |quadrants| format!("on the border of {quadrants}"),
    in_quadrant: |quadrant| format!("in ‘{quadrant}’"),
    no_quadrant: |org| {
        format!(
            "{org} cannot be placed in a quadrant: the basis for customer experience or operational efficiency is insufficient."
        )
    },
    benchmark_quadrant: |quadrant| format!("The benchmark is in ‘{quadrant}’."),
};
