//! Calendar dates: parsing `YYYY-MM-DD`, weekdays and day arithmetic.
//!
//! Input: strings or day counts. Output: [`Date`] values (proleptic
//! Gregorian). Used for the reference date and by date resolution.
//!
//! Known limits: years 1..=9999 only; no time of day, no time zones.

use std::fmt;
use std::str::FromStr;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year (proleptic Gregorian).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, 1 to 31.
    pub day: u32,
}

/// Days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or None.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }
}

impl Date {
    /// Parse `YYYY-MM-DD`, also when an ISO time follows
    /// (`1998-03-22T14:57:00`, `2025-12-02 09:00`): the day is what counts.
    pub fn parse_lenient(s: &str) -> Result<Date, String> {
        let s = s.trim();
        match s.get(10..11) {
            Some("T") | Some(" ") => s[..10].parse(),
            _ => s.parse(),
        }
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        let bad = || format!("invalid date {s:?} (want YYYY-MM-DD)");
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, String> {
            if s[r.clone()].bytes().all(|c| c.is_ascii_digit()) {
                s[r].parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = num(0..4)? as i32;
        Date::new(year, num(5..7)?, num(8..10)?).ok_or_else(bad)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print() {
        let cases = [
            ("2025-12-02", Some((2025, 12, 2))),
            ("2024-02-29", Some((2024, 2, 29))),
            ("2025-02-29", None),
            ("2025-13-01", None),
            ("2025-1-01", None),
            ("+025-01-01", None),
        ];
        for (s, want) in cases {
            let got = s.parse::<Date>().ok().map(|d| (d.year, d.month, d.day));
            assert_eq!(got, want, "{s}");
            if let Ok(d) = s.parse::<Date>() {
                assert_eq!(d.to_string(), s);
            }
        }
    }

    #[test]
    fn lenient_parse() {
        let cases = [
            ("1998-03-22T14:57:00", Some("1998-03-22")),
            ("2025-12-02 09:00", Some("2025-12-02")),
            (" 2025-12-02 ", Some("2025-12-02")),
            ("2025-12-02x", None),
            ("yesterday", None),
        ];
        for (s, want) in cases {
            assert_eq!(
                Date::parse_lenient(s)
                    .ok()
                    .map(|d| d.to_string())
                    .as_deref(),
                want,
                "{s}"
            );
        }
    }

    #[test]
    fn days_and_weekdays() {
        let d: Date = "2025-12-02".parse().unwrap();
        assert_eq!(d.weekday(), 2); // Tuesday
        assert_eq!(d.add_days(-2).to_string(), "2025-11-30");
        assert_eq!(d.add_days(30).to_string(), "2026-01-01");
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        for n in [-800_000i64, -1, 0, 59, 365, 20_000, 2_000_000] {
            assert_eq!(Date::from_days(n).to_days(), n);
        }
    }
}
