//! The change finding: movement between quadrants and the clear changes since an earlier round.

pub struct ChangeTexts {
    pub heading: &'static str,
    /// (organisation, previous round, quadrant before, quadrants of the border now)
    pub moved_to_border: fn(&str, &str, &str, &str) -> String,
    /// (organisation, previous round, quadrants of the border then, quadrant now)
    pub moved_from_border: fn(&str, &str, &str, &str) -> String,
    /// (organisation, previous round, quadrants of the border then, of the border now)
    pub stayed_on_border: fn(&str, &str, &str, &str) -> String,
    /// (earlier version, later version, shared items, items of the later version, scales
    /// not compared joined (may be empty))
    pub version_bridge: fn(u32, u32, usize, usize, &str) -> String,
    /// (previous round, partners then, partners now, partners in both)
    pub membership_changed: fn(&str, usize, usize, usize) -> String,
    /// (organisation, previous round)
    pub new_partner: fn(&str, &str) -> String,
    /// (organisation, previous round, quadrant before, quadrant after)
    pub moved: fn(&str, &str, &str, &str) -> String,
    /// (organisation, previous round, quadrant)
    pub stayed: fn(&str, &str, &str) -> String,
    /// (whose change: a partner or the cooperation as a whole, names, count)
    pub clear_progress: fn(&str, &str, usize) -> String,
    pub clear_decline: fn(&str, &str, usize) -> String,
    /// (whose change, previous round)
    pub nothing_clear: fn(&str, &str) -> String,
    /// Whose change, for the cooperation: "de samenwerking als geheel".
    pub the_cooperation: &'static str,
    /// (names, count): changes that could not be judged against the spread
    pub unjudged_changes: fn(&str, usize) -> String,
    pub versions_differ: &'static str,
    /// (names with figures, count): the largest differences across questionnaire versions
    pub descriptive_differences: fn(&str, usize) -> String,
    /// (previous round): versions without any item asked the same way
    pub nothing_comparable: fn(&str) -> String,
}

pub const NL: ChangeTexts = ChangeTexts {
    heading: "Ontwikkeling",
    moved_to_border: |org, previous, before, border| {
        format!("{org} stond in {previous} in ‘{before}’ en staat nu op de grens van {border}.")
    },
    moved_from_border: |org, previous, border, after| {
        format!("{org} stond in {previous} op de grens van {border} en staat nu in ‘{after}’.")
    },
    stayed_on_border: |org, previous, then, now| {
        format!(
            "{org} stond in {previous} op de grens van {then} en staat nu op de grens van {now}."
        )
    },
    version_bridge: |earlier, later, shared, total, not_compared| {
        let mut text = format!(
            "De vragenlijst is tussen de rondes gewijzigd (versie {earlier} naar {later}). De vergelijking is beschrijvend en rust op de stellingen die in beide versies gelijk zijn gesteld: {shared} van de {total}; nieuwe en gewijzigde stellingen tellen niet mee."
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
    clear_progress: |who, names, _count| {
        format!("Bij {who} is duidelijke vooruitgang, groter dan de 95%-marge, geboekt op {names}.")
    },
    clear_decline: |who, names, _count| {
        format!("Bij {who} is er duidelijke achteruitgang, groter dan de 95%-marge, op {names}.")
    },
    nothing_clear: |who, previous| {
        format!(
            "Bij {who} is geen van de veranderingen sinds {previous} groter dan de 95%-marge; de verschillen kunnen toeval zijn."
        )
    },
    the_cooperation: "de samenwerking als geheel",
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
    descriptive_differences: |names, count| {
        let largest = if count == 1 {
            "Het grootste verschil is"
        } else {
            "De grootste verschillen zijn"
        };
        format!(
            "{largest} {names}. Omdat de rondes met verschillende versies van de vragenlijst zijn afgenomen, is dit een beschrijvende vergelijking op de stellingen die in beide versies gelijk zijn, zonder oordeel over vooruitgang of achteruitgang."
        )
    },
    nothing_comparable: |previous| {
        format!(
            "{previous} is met een andere versie van de vragenlijst afgenomen, en geen stelling is in beide versies op dezelfde manier gesteld: de rondes zijn niet met elkaar te vergelijken. Deze ronde is de nulmeting voor de huidige versie."
        )
    },
};

pub const EN: ChangeTexts = ChangeTexts {
    heading: "Development",
    moved_to_border: |org, previous, before, border| {
        format!("{org} was in ‘{before}’ in {previous} and is now on the border of {border}.")
    },
    moved_from_border: |org, previous, border, after| {
        format!("{org} was on the border of {border} in {previous} and is now in ‘{after}’.")
    },
    stayed_on_border: |org, previous, then, now| {
        format!(
            "{org} was on the border of {then} in {previous} and is now on the border of {now}."
        )
    },
    version_bridge: |earlier, later, shared, total, not_compared| {
        let mut text = format!(
            "The questionnaire changed between the rounds (version {earlier} to {later}). The comparison is descriptive and rests on the items asked the same way in both versions: {shared} of the {total}; new and changed items do not count."
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
    new_partner: |org, previous| {
        format!(
            "{org} did not take part in {previous}: this is its first measurement, so there is no development yet."
        )
    },
    moved: |org, previous, before, after| {
        format!("Since {previous}, {org} has moved from ‘{before}’ to ‘{after}’.")
    },
    stayed: |org, previous, quadrant| format!("{org} is in ‘{quadrant}’, as it was in {previous}."),
    clear_progress: |who, names, _count| {
        format!("For {who}, clear progress, larger than the 95% margin, was made on {names}.")
    },
    clear_decline: |who, names, _count| {
        format!("For {who}, a clear decline, larger than the 95% margin, shows on {names}.")
    },
    nothing_clear: |who, previous| {
        format!(
            "For {who}, none of the changes since {previous} is larger than the 95% margin; the differences may be chance."
        )
    },
    the_cooperation: "the cooperation as a whole",
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
    descriptive_differences: |names, count| {
        let largest = if count == 1 {
            "The largest difference is"
        } else {
            "The largest differences are"
        };
        format!(
            "{largest} {names}. Because the rounds used different versions of the questionnaire, this is a descriptive comparison on the items that are the same in both versions, with no verdict on progress or decline."
        )
    },
    nothing_comparable: |previous| {
        format!(
            "{previous} used another version of the questionnaire, and no item was asked the same way in both versions: the rounds cannot be compared. This round is the baseline for the current version."
        )
    },
};
