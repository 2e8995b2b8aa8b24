//! Texts of the terminal interface for meetings and for the safeguards around answering:
//! a name already taken, a questionnaire open elsewhere, reading-only, paging, the spread of
//! answers. Dutch and English side by side.

use crate::words::i18n::Lang;

pub struct MeetingTexts {
    pub key_not_applicable: &'static str,
    /// The option on the questionnaire screen.
    pub not_applicable_option: &'static str,
    pub key_page: &'static str,
    pub key_ends: &'static str,
    pub key_continue_existing: &'static str,
    pub key_separate: &'static str,
    pub key_read_only: &'static str,
    /// Enter on an item that has no answer yet.
    pub choose_first: &'static str,
    /// After a first digit that may start a two-digit answer.
    pub pending_digit: &'static str,
    pub duplicate_title: &'static str,
    /// Before the list of names already in use.
    pub duplicate_intro: &'static str,
    pub duplicate_question: &'static str,
    pub completed: &'static str,
    pub answered_of: &'static str,
    pub open_elsewhere_title: &'static str,
    pub open_elsewhere_text: &'static str,
    pub read_only: &'static str,
    pub read_only_refused: &'static str,
    pub group_open_elsewhere: &'static str,
    pub indicative: &'static str,
    pub indicative_note: &'static str,
    pub more_below: &'static str,
    /// Tab names where the pillar names do not fit.
    pub tab_culture: &'static str,
    pub tab_leadership: &'static str,
    pub tab_disagreement: &'static str,
    pub tab_disagreement_short: &'static str,
    pub disagreement_intro: &'static str,
    pub disagreement_none: &'static str,
    pub mean: &'static str,
    pub sd: &'static str,
    pub given: &'static str,
    pub given_one: &'static str,
}

pub const NL: MeetingTexts = MeetingTexts {
    key_not_applicable: "niet van toepassing",
    not_applicable_option: "Niet van toepassing",
    key_page: "pagina verder/terug",
    key_ends: "begin/einde",
    key_continue_existing: "die vragenlijst voortzetten",
    key_separate: "aparte respondent",
    key_read_only: "alleen bekijken",
    choose_first: "Nog geen antwoord: typ een cijfer of kies met ←/→.",
    pending_digit: "Typ het tweede cijfer, of Enter voor",
    duplicate_title: "Deze naam is al in gebruik",
    duplicate_intro: "In deze organisatie en ronde heeft al een vragenlijst:",
    duplicate_question: "Is dit dezelfde persoon (voortzetten), of een andere persoon met dezelfde naam (aparte respondent)?",
    completed: "afgerond",
    answered_of: "beantwoord van",
    open_elsewhere_title: "Elders geopend",
    open_elsewhere_text: "Deze vragenlijst is al geopend in een ander venster of op een andere computer. Twee keer tegelijk invullen kan antwoorden door elkaar halen; hier kunt u hem alleen bekijken.",
    read_only: "alleen bekijken",
    read_only_refused: "Alleen bekijken: deze vragenlijst is elders geopend, hier wordt niets bewaard.",
    group_open_elsewhere: "Al elders geopend, sluit die eerst:",
    indicative: "indicatief",
    indicative_note: "indicatief: minder dan 3 respondenten",
    more_below: "meer",
    tab_culture: "Cultuur",
    tab_leadership: "Leiderschap",
    tab_disagreement: "Waar de antwoorden uiteenlopen",
    tab_disagreement_short: "Verschillen",
    disagreement_intro: "De stellingen waarover de respondenten van deze organisatie het meest verschillen, de grootste spreiding eerst: bespreek de antwoorden, niet alleen het gemiddelde. Weet niet en n.v.t. tellen apart.",
    disagreement_none: "Nog te weinig antwoorden: een spreiding vraagt ten minste 2 antwoorden op een stelling.",
    mean: "gemiddeld",
    sd: "sd",
    given: "antwoorden",
    given_one: "antwoord",
};

pub const EN: MeetingTexts = MeetingTexts {
    key_not_applicable: "not applicable",
    not_applicable_option: "Not applicable",
    key_page: "page down/up",
    key_ends: "top/bottom",
    key_continue_existing: "continue that questionnaire",
    key_separate: "separate respondent",
    key_read_only: "view only",
    choose_first: "No answer yet: type a number or choose with ←/→.",
    pending_digit: "Type the second digit, or Enter for",
    duplicate_title: "This name is already in use",
    duplicate_intro: "Already has a questionnaire in this organisation and round:",
    duplicate_question: "Is this the same person (continue), or another person with the same name (separate respondent)?",
    completed: "completed",
    answered_of: "answered of",
    open_elsewhere_title: "Open elsewhere",
    open_elsewhere_text: "This questionnaire is already open in another window or on another computer. Filling it in twice at once can mix up answers; here you can only view it.",
    read_only: "view only",
    read_only_refused: "View only: this questionnaire is open elsewhere, nothing is saved here.",
    group_open_elsewhere: "Already open elsewhere, close it there first:",
    indicative: "indicative",
    indicative_note: "indicative: fewer than 3 respondents",
    more_below: "more",
    tab_culture: "Culture",
    tab_leadership: "Leadership",
    tab_disagreement: "Where answers differ",
    tab_disagreement_short: "Differences",
    disagreement_intro: "The statements on which this organisation's respondents differ most, the largest spread first: discuss the answers, not only the average. Don't know and not applicable are counted apart.",
    disagreement_none: "Too few answers yet: a spread needs at least 2 answers on a statement.",
    mean: "mean",
    sd: "sd",
    given: "answers",
    given_one: "answer",
};

pub fn texts(lang: Lang) -> &'static MeetingTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}
