//! The cache's files, in a compact binary form (postcard).
//!
//! ```text
//! snapshot  MAGIC  FORMAT(u32 LE)  body length(u64 LE)  body hash(xxh3-128)  body
//! journal   one record per saved file, each: MAGIC  FORMAT  payload length(u32 LE)
//!           payload hash(xxh3-128)  payload
//! ```
//!
//! Every part carries the format version and a hash of its bytes, so a damaged, foreign or
//! older file (or a record cut short by a crash) is recognised and ignored, never trusted.

use std::borrow::Cow;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_128;

use super::stamp::{FileStamp, Nanos};
use crate::model::assessment::{
    ANSWER_VALUES, Answer, Answers, Assessment, ItemId, ItemIds, QuestionnaireRef, Role,
};

const MAGIC: &[u8; 8] = b"rijp\x00asm";
/// Bumped whenever the layout or the meaning of an entry changes.
const FORMAT: u32 = 3;
const HEADER: usize = 8 + 4 + 8 + 16;
const RECORD_HEADER: usize = 8 + 4 + 4 + 16;
/// The version of rijp that wrote the cache: another version may read files differently.
const RIJP: &str = env!("CARGO_PKG_VERSION");

/// A 128-bit hash of a file's exact bytes.
pub type ContentHash = [u8; 16];

pub fn content_hash(bytes: &[u8]) -> ContentHash {
    xxh3_128(bytes).to_le_bytes()
}

/// One assessment file as last seen: where, its metadata, when it was seen, the hash of its
/// bytes and what they parse to (encoded; decoded only when used). Entries read from the
/// cache borrow from its bytes: copying ten thousand of them cost more than using them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry<'a> {
    /// Relative to the workspace, with `/` between parts.
    #[serde(borrow)]
    pub path: Cow<'a, str>,
    pub stamp: FileStamp,
    /// When the content was seen (taken before the file was read or written).
    pub observed: Nanos,
    pub hash: ContentHash,
    #[serde(borrow)]
    pub assessment: Cow<'a, [u8]>,
}

#[derive(Serialize, Deserialize)]
struct Body<'a> {
    #[serde(borrow)]
    rijp: Cow<'a, str>,
    #[serde(borrow)]
    entries: Vec<Entry<'a>>,
}

#[derive(Serialize, Deserialize)]
struct JournalRecord<'a> {
    #[serde(borrow)]
    rijp: Cow<'a, str>,
    #[serde(borrow)]
    entry: Entry<'a>,
}

/// An assessment in the cache's own form: the YAML form leaves fields out and reads answers
/// as numbers or text, which a compact format cannot express.
#[derive(Serialize, Deserialize)]
struct Cached<'a> {
    #[serde(borrow)]
    organisation: &'a str,
    #[serde(borrow)]
    respondent: &'a str,
    role: Role,
    #[serde(borrow)]
    round: &'a str,
    #[serde(borrow)]
    date: Option<&'a str>,
    questionnaire: QuestionnaireRef,
    complete: bool,
    /// The ids of the answered items, sorted, encoded on their own: nearly every respondent
    /// answered the same items, and comparing these bytes with the previous assessment's
    /// spares reading a hundred ids per assessment.
    #[serde(borrow, with = "serde_bytes")]
    answered: &'a [u8],
    /// One code per answered item, in the same order: 0 is don't know, 255 not applicable,
    /// anything else the answer itself.
    #[serde(borrow, with = "serde_bytes")]
    codes: &'a [u8],
    #[serde(borrow)]
    comments: Vec<(&'a str, &'a str)>,
}

const DONT_KNOW: u8 = 0;
const NOT_APPLICABLE: u8 = u8::MAX;

pub fn encode_assessment(assessment: &Assessment) -> Vec<u8> {
    let answered: Vec<&str> = assessment.answers.keys().collect();
    let Ok(answered) = postcard::to_allocvec(&answered) else {
        return Vec::new();
    };
    let codes: Vec<u8> = assessment
        .answers
        .values()
        .map(|answer| match answer {
            Answer::Value(value) => *value,
            Answer::DontKnow => DONT_KNOW,
            Answer::NotApplicable => NOT_APPLICABLE,
        })
        .collect();
    let cached = Cached {
        organisation: &assessment.organisation,
        respondent: &assessment.respondent,
        role: assessment.role,
        round: &assessment.round,
        date: assessment.date.as_deref(),
        questionnaire: assessment.questionnaire.clone(),
        complete: assessment.complete,
        answered: &answered,
        codes: &codes,
        comments: assessment
            .comments
            .iter()
            .map(|(item, text)| (item.as_str(), text.as_str()))
            .collect(),
    };
    postcard::to_allocvec(&cached).unwrap_or_default()
}

/// Decodes entries' assessments; assessments that answered the same items share one list of
/// item ids.
#[derive(Default)]
pub struct Decoder {
    ids: ItemIds,
    last_answered: Vec<u8>,
    last_list: Option<Arc<[ItemId]>>,
}

impl Decoder {
    /// The assessment an entry holds, or `None` when its bytes do not decode.
    pub fn assessment(&mut self, bytes: &[u8]) -> Option<Assessment> {
        let cached: Cached = postcard::from_bytes(bytes).ok()?;
        let items = self.answered(cached.answered)?;
        if items.len() != cached.codes.len() {
            return None;
        }
        let values = cached
            .codes
            .iter()
            .map(|code| match *code {
                DONT_KNOW => Some(Answer::DontKnow),
                NOT_APPLICABLE => Some(Answer::NotApplicable),
                value => ANSWER_VALUES
                    .contains(&value)
                    .then_some(Answer::Value(value)),
            })
            .collect::<Option<Vec<Answer>>>()?;
        Some(Assessment {
            organisation: cached.organisation.to_string(),
            respondent: cached.respondent.to_string(),
            role: cached.role,
            round: cached.round.to_string(),
            date: cached.date.map(str::to_string),
            questionnaire: cached.questionnaire,
            complete: cached.complete,
            answers: Answers::from_shared(items, values),
            comments: cached
                .comments
                .into_iter()
                .map(|(item, text)| (item.to_string(), text.to_string()))
                .collect(),
        })
    }

    /// The shared, sorted list of ids that `encoded` holds.
    fn answered(&mut self, encoded: &[u8]) -> Option<Arc<[ItemId]>> {
        if let Some(list) = &self.last_list
            && self.last_answered == encoded
        {
            return Some(list.clone());
        }
        let texts: Vec<&str> = postcard::from_bytes(encoded).ok()?;
        let items: Vec<ItemId> = texts
            .iter()
            .enumerate()
            .map(|(position, text)| self.ids.id(position, text))
            .collect();
        // Written sorted without repeats; anything else is not what was written.
        if !items.windows(2).all(|pair| pair[0] < pair[1]) {
            return None;
        }
        let list = self.ids.list(&items);
        self.last_answered.clear();
        self.last_answered.extend_from_slice(encoded);
        self.last_list = Some(list.clone());
        Some(list)
    }
}

/// The snapshot's bytes for these entries.
pub fn encode_snapshot(entries: Vec<Entry>) -> Option<Vec<u8>> {
    let body = postcard::to_allocvec(&Body {
        rijp: Cow::Borrowed(RIJP),
        entries,
    })
    .ok()?;
    let mut bytes = Vec::with_capacity(HEADER + body.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&FORMAT.to_le_bytes());
    bytes.extend_from_slice(&(body.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&content_hash(&body));
    bytes.extend_from_slice(&body);
    Some(bytes)
}

/// The entries of a snapshot, or `None` when it is damaged, foreign or of another version.
pub fn decode_snapshot(bytes: &[u8]) -> Option<Vec<Entry<'_>>> {
    let (header, body) = bytes.split_at_checked(HEADER)?;
    let (magic, rest) = header.split_at(8);
    let (format, rest) = rest.split_at(4);
    let (length, hash) = rest.split_at(8);
    if magic != MAGIC
        || format != FORMAT.to_le_bytes()
        || length != (body.len() as u64).to_le_bytes()
        || hash != content_hash(body)
    {
        return None;
    }
    let body: Body = postcard::from_bytes(body).ok()?;
    (body.rijp == RIJP).then_some(body.entries)
}

/// One journal record for an entry.
pub fn encode_record(entry: &Entry, out: &mut Vec<u8>) {
    let Ok(payload) = postcard::to_allocvec(&JournalRecord {
        rijp: Cow::Borrowed(RIJP),
        entry: entry.clone(),
    }) else {
        return;
    };
    let Ok(length) = u32::try_from(payload.len()) else {
        return;
    };
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&length.to_le_bytes());
    out.extend_from_slice(&content_hash(&payload));
    out.extend_from_slice(&payload);
}

/// The entries of a journal, oldest first, up to the first record that is not whole and
/// sound (one cut short by a crash ends the journal).
pub fn decode_journal(mut bytes: &[u8]) -> Vec<Entry<'_>> {
    let mut entries = Vec::new();
    while let Some((header, rest)) = bytes.split_at_checked(RECORD_HEADER) {
        let (magic, header) = header.split_at(8);
        let (format, header) = header.split_at(4);
        let (length, hash) = header.split_at(4);
        let Ok(length) = <[u8; 4]>::try_from(length) else {
            break;
        };
        let Some((payload, rest)) = rest.split_at_checked(u32::from_le_bytes(length) as usize)
        else {
            break;
        };
        if magic != MAGIC || format != FORMAT.to_le_bytes() || hash != content_hash(payload) {
            break;
        }
        match postcard::from_bytes::<JournalRecord>(payload) {
            Ok(record) if record.rijp == RIJP => entries.push(record.entry),
            Ok(_) => {}
            Err(_) => break,
        }
        bytes = rest;
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Assessment {
        let mut assessment = Assessment::new(
            "gemeente-a",
            "Respondent 1",
            Role::Staff,
            "2026",
            QuestionnaireRef {
                id: "digitale-volwassenheid".to_string(),
                version: 2,
            },
        );
        assessment.date = Some("2026-03-01".to_string());
        assessment.answers.insert("cx01", Answer::Value(4));
        assessment.answers.insert("cx02", Answer::DontKnow);
        assessment.answers.insert("cx03", Answer::NotApplicable);
        assessment.answers.insert("cx04", Answer::Value(10));
        assessment
            .comments
            .insert("cx01".into(), "zie notitie".into());
        assessment
    }

    fn entry(path: &str) -> Entry<'static> {
        Entry {
            path: Cow::Owned(path.to_string()),
            stamp: FileStamp {
                size: 120,
                modified: 1_700_000_000_123_456_789,
                changed: 1_700_000_000_123_456_789,
                inode: 42,
                device: 7,
            },
            observed: 1_700_000_001_000_000_000,
            hash: content_hash(path.as_bytes()),
            assessment: Cow::Owned(encode_assessment(&sample())),
        }
    }

    #[test]
    fn assessments_survive_the_round_trip_exactly() {
        assert_eq!(
            Decoder::default().assessment(&encode_assessment(&sample())),
            Some(sample())
        );
    }

    #[test]
    fn assessments_that_answered_other_items_decode_as_they_were() {
        let first = sample();
        let mut other = sample();
        other.answers.remove("cx02");
        other.answers.insert("oe01", Answer::Value(7));
        let mut decoder = Decoder::default();
        for assessment in [&first, &first, &other, &first, &other] {
            let decoded = decoder.assessment(&encode_assessment(assessment));
            assert_eq!(decoded.as_ref(), Some(assessment));
        }
        let mut bytes = encode_assessment(&first);
        bytes.truncate(bytes.len() - 3);
        assert_eq!(decoder.assessment(&bytes), None);
    }

    #[test]
    fn snapshots_read_back_and_refuse_any_changed_byte() {
        let entries = vec![entry("a.yaml"), entry("b.yaml")];
        let bytes = encode_snapshot(entries.clone()).unwrap();
        assert_eq!(decode_snapshot(&bytes), Some(entries));
        for at in [0, 9, 13, 25, bytes.len() - 1] {
            let mut damaged = bytes.clone();
            damaged[at] ^= 1;
            assert_eq!(decode_snapshot(&damaged), None, "byte {at}");
        }
        assert_eq!(decode_snapshot(&bytes[..bytes.len() - 1]), None);
        assert_eq!(decode_snapshot(b""), None);
    }

    #[test]
    fn a_journal_ends_at_its_first_incomplete_record() {
        let mut bytes = Vec::new();
        encode_record(&entry("a.yaml"), &mut bytes);
        encode_record(&entry("b.yaml"), &mut bytes);
        let whole = bytes.len();
        encode_record(&entry("c.yaml"), &mut bytes);
        let paths = |entries: Vec<Entry>| {
            entries
                .into_iter()
                .map(|e| e.path.into_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            paths(decode_journal(&bytes)),
            ["a.yaml", "b.yaml", "c.yaml"]
        );
        assert_eq!(
            paths(decode_journal(&bytes[..bytes.len() - 3])),
            ["a.yaml", "b.yaml"]
        );
        bytes[whole + 40] ^= 0xff;
        assert_eq!(paths(decode_journal(&bytes)), ["a.yaml", "b.yaml"]);
    }
}
