//! Today's date, the one reading of the clock the register and closing rounds make.
//! `RIJP_TODAY=YYYY-MM-DD` sets it, so that what is overdue, and the day a round closed, can
//! be fixed for a demonstration or a test.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::model::action::parse_date;

/// Names the day to use as today.
pub const TODAY_ENV: &str = "RIJP_TODAY";

/// `RIJP_TODAY` when it holds a date, else today in the Netherlands (Europe/Amsterdam, from
/// the time zone database compiled into rijp; UTC should the zone be missing).
pub fn today() -> Date {
    std::env::var(TODAY_ENV)
        .ok()
        .and_then(|text| parse_date(&text))
        .unwrap_or_else(|| {
            let zone = TimeZone::get("Europe/Amsterdam").unwrap_or(TimeZone::UTC);
            zone.to_datetime(Timestamp::now()).date()
        })
}
