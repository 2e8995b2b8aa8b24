//! Today's date from the system clock, for the date an assessment was last answered and the
//! name suggested for a first round.

/// Today as (year, month, day) in the proleptic Gregorian calendar (UTC).
pub fn civil() -> (i64, u32, u32) {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    from_days((seconds / 86_400) as i64)
}

pub fn year() -> i64 {
    civil().0
}

/// `YYYY-MM-DD`, as dates are stored.
pub fn iso() -> String {
    let (year, month, day) = civil();
    format!("{year:04}-{month:02}-{day:02}")
}

/// Days since 1970-01-01 to a civil date.
fn from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::from_days;

    #[test]
    fn days_become_dates() {
        assert_eq!(from_days(0), (1970, 1, 1));
        assert_eq!(from_days(19_782), (2024, 2, 29));
        assert_eq!(from_days(20_454), (2026, 1, 1));
        assert_eq!(from_days(20_453), (2025, 12, 31));
    }
}
