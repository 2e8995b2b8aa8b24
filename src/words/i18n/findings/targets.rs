//! The targets finding: the gaps to the minimum and desired levels.

pub struct TargetTexts {
    pub heading: &'static str,
    /// (names, count)
    /// (names with figures, how many are named, how many miss the minimum in all): a count
    /// is of every row of the table, the names are the largest
    pub below_minimum: fn(&str, usize, usize) -> String,
    pub furthest_from_desired: fn(&str, usize) -> String,
    pub all_targets_met: &'static str,
}

pub const NL: TargetTexts = TargetTexts {
    heading: "Doelen",
    below_minimum: |names, named, total| {
        if named == total {
            format!("Het minimaal vereiste niveau wordt niet gehaald op {names}.")
        } else {
            format!(
                "Het minimaal vereiste niveau wordt op {total} dimensies en kenmerken niet gehaald, het verst op {names}."
            )
        }
    },
    furthest_from_desired: |names, count| {
        if count == 1 {
            format!("Het verst van het gewenste niveau af ligt {names}.")
        } else {
            format!("Het verst van het gewenste niveau af liggen {names}.")
        }
    },
    all_targets_met: "Alle vastgelegde doelen zijn gehaald.",
};

pub const EN: TargetTexts = TargetTexts {
    heading: "Targets",
    below_minimum: |names, named, total| {
        if named == total {
            format!("The minimum required level is not reached on {names}.")
        } else {
            format!(
                "The minimum required level is not reached on {total} dimensions and characteristics, furthest on {names}."
            )
        }
    },
    furthest_from_desired: |names, count| {
        if count == 1 {
            format!("Furthest from the desired level is {names}.")
        } else {
            format!("Furthest from the desired level are {names}.")
        }
    },
    all_targets_met: "All recorded targets are met.",
};
