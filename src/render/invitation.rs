//! What `rijp invite` sends out: [`workbook`], one fillable workbook per respondent, and
//! [`limesurvey`], the questionnaire as a LimeSurvey survey structure. Both are read back by
//! the import with no mapping, through the layout and codes in [`crate::ingest::invite`].

pub mod limesurvey;
pub mod workbook;
