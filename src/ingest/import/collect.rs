//! Checked rows grouped per respondent as they are read: each assessment keeps its names once
//! and its answers as small numbers, so a national file of a million rows fits in a few tens
//! of megabytes. Nothing is written here; see [`super::write`].

use std::collections::HashMap;

use crate::ingest::import::error::Place;
use jiff::civil::Date;

use crate::model::assessment::{Answer, ItemId, Role};
use crate::model::questionnaire::Questionnaire;
use crate::store::slug::slugify;

/// One respondent's answers for one organisation in one round, as read from the file.
pub struct Pending {
    pub organisation: String,
    pub respondent: String,
    pub round: String,
    /// Where the respondent first appears.
    pub first: Place,
    /// The last role and date the file gives for the respondent.
    pub role: Option<Role>,
    pub date: Option<Date>,
    /// Set when the file says whether the response was completed.
    pub complete: Option<bool>,
    /// The questionnaire version the file says the answers were given against (an export
    /// of earlier rounds); the current version when it says nothing.
    pub version: Option<u32>,
    /// (item index in questionnaire order, answer, line or row).
    pub answers: Vec<(u16, Answer, u32)>,
    pub comments: Vec<(u16, String)>,
}

/// How many answers of each kind were read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Data rows read (blank rows not counted).
    pub rows: usize,
    /// Answers stored, of every kind.
    pub answers: usize,
    pub dont_know: usize,
    pub not_applicable: usize,
    /// Questions left empty or mapped to "skipped" (wide files).
    pub skipped: usize,
}

/// Respondents as they are found.
pub struct Collector {
    item_ids: Vec<ItemId>,
    /// Looked up for each of a million rows.
    item_index: HashMap<ItemId, u16, foldhash::fast::RandomState>,
    keys: HashMap<(String, String, String), u32>,
    /// The raw names of the last row and its respondent, so rows in a run of one respondent
    /// skip the key lookup.
    last: Option<(String, String, String, u32)>,
    pub pending: Vec<Pending>,
    pub counts: Counts,
}

impl Collector {
    /// The answers of a file read to its end: refused with every problem found, or, when it
    /// held no answer at all, at the first row under its header (`header_at`).
    pub fn finish(
        self,
        file: &std::path::Path,
        problems: super::error::Problems,
        header_at: &Place,
    ) -> Result<Collector, super::error::ImportError> {
        if !problems.is_empty() {
            return Err(problems.into_error(file));
        }
        if self.counts.answers == 0 {
            let at = header_at.other_row(header_at.number() as u32 + 1);
            let kind = super::error::ProblemKind::NoAnswers;
            return Err(super::error::ImportError::single(file, at, kind));
        }
        Ok(self)
    }

    pub fn new(questionnaire: &Questionnaire) -> Collector {
        Collector::with_earlier(questionnaire, &[])
    }

    /// A collector that also knows the items of earlier versions, for files that say which
    /// version each answer was given against.
    pub fn with_earlier(questionnaire: &Questionnaire, earlier: &[Questionnaire]) -> Collector {
        let mut item_ids: Vec<ItemId> = questionnaire
            .items()
            .map(|i| i.id.as_str().into())
            .collect();
        for old in earlier {
            for item in old.items() {
                if !item_ids.iter().any(|id| **id == *item.id) {
                    item_ids.push(item.id.as_str().into());
                }
            }
        }
        let item_index = item_ids
            .iter()
            .enumerate()
            .map(|(index, id)| (id.clone(), index as u16))
            .collect();
        Collector {
            item_ids,
            item_index,
            keys: HashMap::new(),
            last: None,
            pending: Vec::new(),
            counts: Counts::default(),
        }
    }

    /// The item's index, if the questionnaire has it.
    pub fn item(&self, id: &str) -> Option<u16> {
        self.item_index.get(id).copied()
    }

    /// The item id of an index.
    pub fn item_id(&self, index: u16) -> &str {
        self.item_ids.get(usize::from(index)).map_or("", |id| id)
    }

    /// The item id of an index, shared by every answer to the item.
    pub fn shared_item_id(&self, index: u16) -> ItemId {
        self.item_ids
            .get(usize::from(index))
            .cloned()
            .unwrap_or_else(|| "".into())
    }

    /// The respondent's assessment: found again by its names, or started at `at`. The flag
    /// says whether it is new.
    pub fn respondent(
        &mut self,
        organisation: &str,
        respondent: &str,
        round: &str,
        at: &Place,
    ) -> (u32, bool) {
        if let Some((o, p, r, index)) = &self.last
            && o == organisation
            && p == respondent
            && r == round
        {
            return (*index, false);
        }
        let key = (slugify(organisation), slugify(respondent), slugify(round));
        let next = self.pending.len() as u32;
        let index = *self.keys.entry(key).or_insert(next);
        let new = index == next;
        if new {
            self.pending.push(Pending {
                organisation: organisation.to_string(),
                respondent: respondent.to_string(),
                round: round.to_string(),
                first: at.clone(),
                role: None,
                date: None,
                complete: None,
                version: None,
                answers: Vec::new(),
                comments: Vec::new(),
            });
        }
        self.last = Some((
            organisation.to_string(),
            respondent.to_string(),
            round.to_string(),
            index,
        ));
        (index, new)
    }

    pub fn get(&mut self, index: u32) -> Option<&mut Pending> {
        self.pending.get_mut(index as usize)
    }

    /// Adds an answer; returns the line or row of an earlier answer to the same item.
    pub fn answer(&mut self, index: u32, item: u16, answer: Answer, at: u64) -> Option<u32> {
        let pending = self.pending.get_mut(index as usize)?;
        if let Some((_, _, first)) = pending.answers.iter().find(|(i, _, _)| *i == item) {
            return Some(*first);
        }
        pending
            .answers
            .push((item, answer, u32::try_from(at).unwrap_or(u32::MAX)));
        self.counts.answers += 1;
        match answer {
            Answer::DontKnow => self.counts.dont_know += 1,
            Answer::NotApplicable => self.counts.not_applicable += 1,
            Answer::Value(_) => {}
        }
        None
    }
}
