//! UTC timestamps in the API's format, `YYYY-MM-DDTHH:MM:SSZ`, without a date crate.

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type EpochMillis = u64;

/// Formats a time as the API does: `2018-01-30T07:42:01Z` (seconds, UTC).
pub fn format_utc(ms: EpochMillis) -> String {
    let secs = ms / 1000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, (rem / 60) % 60, rem % 60)
}

/// Parses `YYYY-MM-DDTHH:MM:SS` with an optional fraction and an optional `Z`
/// (the SDK fixtures show `2018-01-30T07:42:01.174`), as UTC.
pub fn parse_utc(s: &str) -> Option<EpochMillis> {
    let b = s.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |r: core::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
        return None;
    }
    let mut millis = 0;
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let first3 = &frac[..digits.min(3)];
        millis = first3.parse::<u64>().ok()? * 10u64.pow(3 - first3.len() as u32);
        rest = &frac[digits..];
    }
    if !(rest.is_empty() || rest == "Z") {
        return None;
    }
    let days = days_from_civil(y, mo as u32, d as u32);
    let secs = days * 86_400 + h * 3600 + mi * 60 + se;
    u64::try_from(secs).ok().map(|s| s * 1000 + millis)
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(1_517_298_121_000), "2018-01-30T07:42:01Z");
        assert_eq!(format_utc(951_782_400_000), "2000-02-29T00:00:00Z");
        assert_eq!(format_utc(1_798_761_599_999), "2026-12-31T23:59:59Z");
    }

    #[test]
    fn parses_what_it_formats_and_the_sdk_variant() {
        for ms in [0, 951_782_400_000, 1_517_298_121_000, 1_798_761_599_000] {
            assert_eq!(parse_utc(&format_utc(ms)), Some(ms));
        }
        assert_eq!(parse_utc("2018-01-30T07:42:01.174"), Some(1_517_298_121_174));
        assert_eq!(parse_utc("2018-01-30T07:42:01.5Z"), Some(1_517_298_121_500));
    }

    #[test]
    fn rejects_malformed() {
        for s in [
            "",
            "2018-01-30",
            "2018-13-01T00:00:00Z",
            "2018-01-30T07:42:01+01:00",
            "2018-01-30T07:42:0xZ",
            "2018-01-30T07:42:01.",
        ] {
            assert_eq!(parse_utc(s), None, "{s}");
        }
    }
}
