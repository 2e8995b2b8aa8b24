//! Today's date in the Netherlands (Europe/Amsterdam, from the time zone database compiled
//! into rijp), for the date an assessment was last answered and the name suggested for a
//! first round.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// The date in Amsterdam at a moment; UTC should the zone be missing.
fn date_at(moment: Timestamp) -> Date {
    let zone = TimeZone::get("Europe/Amsterdam").unwrap_or(TimeZone::UTC);
    zone.to_datetime(moment).date()
}

/// Today in Amsterdam.
pub fn today() -> Date {
    date_at(Timestamp::now())
}

pub fn year() -> i64 {
    i64::from(today().year())
}

/// `YYYY-MM-DD`, as dates are stored.
pub fn iso() -> String {
    today().to_string()
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
