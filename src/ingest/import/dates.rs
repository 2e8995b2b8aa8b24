//! The one date reader of both import formats: ISO dates and date-times (LimeSurvey's
//! `2025-03-21 16:10:11`), and the Dutch day-month-year forms (`3-3-2025 9:01:00`,
//! `03-03-2025`). A date-time keeps its date; a day that does not exist (31 February) is
//! refused.

use jiff::civil::{Date, Time};

/// The date in `text`, or `None` when it is not a date rijp reads or not a real day.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    // ISO 8601 / RFC 3339 in all its forms, with or without time and offset.
    if let Ok(pieces) = jiff::fmt::temporal::Pieces::parse(text) {
        return Some(pieces.date());
    }
    let (date, time) = match text.split_once([' ', 'T']) {
        Some((date, time)) => (date, Some(time.trim())),
        None => (text, None),
    };
    let date = dutch_date(date)?;
    match time {
        Some(time) if !is_clock_time(time) => None,
        _ => Some(date),
    }
}

/// `d-m-yyyy` or `dd-mm-yyyy`.
fn dutch_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !digits(day, 1, 2) || !digits(month, 1, 2) || !digits(year, 4, 4) {
        return None;
    }
    Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
}

/// `H:MM` or `H:MM:SS`, with a real hour, minute and second.
fn is_clock_time(text: &str) -> bool {
    let parts: Vec<&str> = text.split(':').collect();
    let (hour, minute, second) = match parts.as_slice() {
        [hour, minute] => (*hour, *minute, "0"),
        [hour, minute, second] => (*hour, *minute, *second),
        _ => return false,
    };
    if !digits(hour, 1, 2) || !digits(minute, 2, 2) || !digits(second, 1, 2) {
        return false;
    }
    let number = |text: &str| text.parse::<i8>().unwrap_or(-1);
    Time::new(number(hour), number(minute), number(second), 0).is_ok()
}

fn digits(text: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    fn iso(text: &str) -> Option<String> {
        parse_date(text).map(|d| d.to_string())
    }

    #[test]
    fn iso_dates_and_date_times_keep_their_date() {
        assert_eq!(iso("2025-03-21").as_deref(), Some("2025-03-21"));
        assert_eq!(iso("2025-03-21 16:10:11").as_deref(), Some("2025-03-21"));
        assert_eq!(iso("2025-03-21T16:10:11").as_deref(), Some("2025-03-21"));
        assert_eq!(
            iso("2025-03-21T16:10:11+01:00").as_deref(),
            Some("2025-03-21")
        );
    }

    #[test]
    fn dutch_day_month_year_forms_are_read() {
        assert_eq!(iso("3-3-2025 9:01:00").as_deref(), Some("2025-03-03"));
        assert_eq!(iso("03-03-2025").as_deref(), Some("2025-03-03"));
        assert_eq!(iso("21-3-2025 16:10").as_deref(), Some("2025-03-21"));
        assert_eq!(iso("29-02-2024").as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn impossible_or_foreign_dates_are_refused() {
        for text in [
            "2025-02-31",
            "31-02-2025",
            "29-02-2025",
            "2025-13-01",
            "3/3/2025",
            "21-3-25",
            "3-3-2025 25:00",
            "3-3-2025 9:61",
            "gisteren",
            "",
        ] {
            assert_eq!(iso(text), None, "{text}");
        }
    }
}
