//! Today's date, the one reading of the clock rijp makes: for the register, closing rounds,
//! the date an assessment was last answered and the name suggested for a first round.
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
        .unwrap_or_else(|| date_at(Timestamp::now()))
}

/// The date in Amsterdam at a moment; UTC should the zone be missing.
fn date_at(moment: Timestamp) -> Date {
    let zone = TimeZone::get("Europe/Amsterdam").unwrap_or(TimeZone::UTC);
    zone.to_datetime(moment).date()
}

#[cfg(test)]
mod tests {
    use super::date_at;

    fn at(moment: &str) -> String {
        date_at(moment.parse().unwrap()).to_string()
    }

    #[test]
    fn just_after_midnight_in_amsterdam_is_already_the_next_day() {
        // 00:30 in winter (UTC+1) and 00:15 in summer (UTC+2).
        assert_eq!(at("2025-03-20T23:30:00Z"), "2025-03-21");
        assert_eq!(at("2025-06-30T22:15:00Z"), "2025-07-01");
        assert_eq!(at("2025-12-31T23:00:00Z"), "2026-01-01");
    }

    #[test]
    fn just_before_midnight_is_still_the_same_day() {
        assert_eq!(at("2025-03-21T22:59:59Z"), "2025-03-21");
        assert_eq!(at("2025-06-30T21:59:59Z"), "2025-06-30");
    }
}
