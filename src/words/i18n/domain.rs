//! Words for domain concepts shared by every output: roles, verdicts, benchmark notes.

use crate::analysis::privacy::StatementAgreement;
use crate::analysis::scoring::Verdict;
use crate::model::assessment::Role;
use crate::words::i18n::Lang;

pub struct DomainTexts {
    pub role_board: &'static str,
    pub role_management: &'static str,
    pub role_i_adviser: &'static str,
    pub role_staff: &'static str,
    pub role_other: &'static str,
    pub verdict_below: &'static str,
    pub verdict_at: &'static str,
    pub verdict_above: &'static str,
    pub insufficient: &'static str,
    pub no_benchmark: &'static str,
    /// Said wherever an illustrative benchmark is shown.
    pub illustrative: &'static str,
    /// (respondents): the mark of an organisation on fewer than three respondents, the one
    /// form every output gives it (`words::format::indicative_name`).
    pub indicative_mark: fn(usize) -> String,
    pub peers_benchmark: &'static str,
    /// (cooperation): a benchmark computed from the partners of a named cooperation
    pub peers_benchmark_of: fn(&str) -> String,
    pub cutoff_midpoint: &'static str,
    pub cutoff_benchmark_mean: &'static str,
    pub cutoff_benchmark_median: &'static str,
    pub cutoff_fallback: &'static str,
    pub dont_know: &'static str,
    pub not_applicable: &'static str,
    /// After a quadrant name when the point is within the margin of a cut-off line.
    pub on_border_mark: &'static str,
    /// A point within the margin of both cut-off lines: no quadrant is named.
    pub on_all_borders: &'static str,
    /// (organisations with scores, organisations needed)
    pub too_few_peers: fn(usize, usize) -> String,
    /// A number of respondents of a role, in words: "2 MT-leden".
    pub role_count: fn(Role, usize) -> String,
    /// In place of a quadrant for the cooperation as a whole whose partners do not all stand
    /// firmly in one.
    pub partners_spread: &'static str,
    pub unanimous: &'static str,
    pub divided: &'static str,
    pub strongly_divided: &'static str,
}

pub const NL: DomainTexts = DomainTexts {
    role_board: "Bestuur",
    role_management: "Management",
    role_i_adviser: "i-adviseur",
    role_staff: "Medewerker",
    role_other: "Overig",
    verdict_below: "onder de benchmark",
    verdict_at: "op het niveau van de benchmark",
    verdict_above: "boven de benchmark",
    insufficient: "onvoldoende basis",
    no_benchmark: "geen benchmark",
    illustrative: "illustratief, geen echte meting",
    indicative_mark: |n| format!("indicatief, n = {n}"),
    peers_benchmark: "gemiddelde van de deelnemers",
    peers_benchmark_of: |name| format!("gemiddelde van de deelnemers van {name}"),
    cutoff_midpoint: "schaalmidden",
    cutoff_benchmark_mean: "gemiddelde van de benchmark",
    cutoff_benchmark_median: "mediaan van de benchmark",
    cutoff_fallback: "geen benchmark beschikbaar: het schaalmidden is gebruikt",
    dont_know: "weet niet",
    not_applicable: "n.v.t.",
    on_border_mark: "(op de grens)",
    on_all_borders: "Op de grens van alle vier kwadranten",
    too_few_peers: |available, required| {
        format!(
            "een benchmark uit de werkmap vraagt om ten minste {required} organisaties met scores, ter bescherming van hun anonimiteit; er zijn er {available}"
        )
    },
    partners_spread: "– (deelnemers verspreid)",
    unanimous: "eensgezind",
    divided: "verdeeld",
    strongly_divided: "sterk verdeeld",
    role_count: |role, count| {
        let (one, more) = match role {
            Role::Board => ("bestuurder", "bestuurders"),
            Role::Management => ("MT-lid", "MT-leden"),
            Role::IAdviser => ("i-adviseur", "i-adviseurs"),
            Role::Staff => ("medewerker", "medewerkers"),
            Role::Other => ("overige respondent", "overige respondenten"),
        };
        format!("{count} {}", if count == 1 { one } else { more })
    },
};

pub const EN: DomainTexts = DomainTexts {
    role_board: "Board",
    role_management: "Management",
    role_i_adviser: "i-adviser",
    role_staff: "Staff",
    role_other: "Other",
    verdict_below: "below the benchmark",
    verdict_at: "at the benchmark",
    verdict_above: "above the benchmark",
    insufficient: "insufficient basis",
    no_benchmark: "no benchmark",
    illustrative: "illustrative, not a real measurement",
    indicative_mark: |n| format!("indicative, n = {n}"),
    peers_benchmark: "average of the partners",
    peers_benchmark_of: |name| format!("average of the partners of {name}"),
    cutoff_midpoint: "scale midpoint",
    cutoff_benchmark_mean: "benchmark mean",
    cutoff_benchmark_median: "benchmark median",
    cutoff_fallback: "no benchmark available: the scale midpoint was used",
    dont_know: "don't know",
    not_applicable: "n/a",
    on_border_mark: "(on the border)",
    on_all_borders: "On the border of all four quadrants",
    too_few_peers: |available, required| {
        format!(
            "a benchmark from the workspace needs at least {required} organisations with scores, to protect their anonymity; there are {available}"
        )
    },
    partners_spread: "– (partners spread out)",
    unanimous: "unanimous",
    divided: "divided",
    strongly_divided: "strongly divided",
    role_count: |role, count| {
        let (one, more) = match role {
            Role::Board => ("board member", "board members"),
            Role::Management => ("MT member", "MT members"),
            Role::IAdviser => ("i-adviser", "i-advisers"),
            Role::Staff => ("staff member", "staff members"),
            Role::Other => ("other respondent", "other respondents"),
        };
        format!("{count} {}", if count == 1 { one } else { more })
    },
};

pub fn texts(lang: Lang) -> &'static DomainTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

impl DomainTexts {
    pub fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Board => self.role_board,
            Role::Management => self.role_management,
            Role::IAdviser => self.role_i_adviser,
            Role::Staff => self.role_staff,
            Role::Other => self.role_other,
        }
    }

    /// How far a statement's answers lie apart, in a word (below five respondents).
    pub fn statement_agreement(&self, agreement: StatementAgreement) -> &'static str {
        match agreement {
            StatementAgreement::Unanimous => self.unanimous,
            StatementAgreement::Divided => self.divided,
            StatementAgreement::StronglyDivided => self.strongly_divided,
        }
    }

    pub fn verdict(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Below => self.verdict_below,
            Verdict::At => self.verdict_at,
            Verdict::Above => self.verdict_above,
        }
    }

    pub fn cutoff_rule(&self, rule: crate::model::questionnaire::CutoffRule) -> &'static str {
        use crate::model::questionnaire::CutoffRule;
        match rule {
            CutoffRule::Midpoint => self.cutoff_midpoint,
            CutoffRule::BenchmarkMean => self.cutoff_benchmark_mean,
            CutoffRule::BenchmarkMedian => self.cutoff_benchmark_median,
        }
    }
}
