//! Numbers and times as each language writes them.

use crate::i18n::{lang, Lang};

/// A whole number with thousands grouped: `1,000` in English, `1.000` in German.
pub fn number(n: usize) -> String {
    let digits = n.to_string();
    let separator = match lang() {
        Lang::En => ',',
        Lang::De => '.',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// "1-10 of 37", or "0 of 0" with no rows.
pub fn range_of(rows: Option<(usize, usize)>, total: usize) -> String {
    let total = number(total);
    let of = match lang() {
        Lang::En => "of",
        Lang::De => "von",
    };
    match rows {
        Some((first, last)) => format!("{}-{} {of} {total}", number(first), number(last)),
        None => format!("0 {of} {total}"),
    }
}

/// A local date and time with its offset from UTC (minutes east): `2024-05-14 23:24:02
/// GMT+02:00` in English (as the OTC console shows it), `14.05.2024 23:24:02 GMT+02:00` in
/// German (unconfirmed: no German OTC console page was at hand).
pub fn date_time(date: (u32, u32, u32), time: (u32, u32, u32), offset_minutes: i32) -> String {
    let (y, mo, d) = date;
    let (h, mi, s) = time;
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let zone = format!("GMT{sign}{:02}:{:02}", offset_minutes.abs() / 60, offset_minutes.abs() % 60);
    match lang() {
        Lang::En => format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02} {zone}"),
        Lang::De => format!("{d:02}.{mo:02}.{y:04} {h:02}:{mi:02}:{s:02} {zone}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{formats, set_lang};

    #[test]
    fn numbers_dates_and_plurals_follow_the_language() {
        set_lang(Lang::En);
        assert_eq!(
            (number(999), number(1000), number(1_234_567)),
            ("999".into(), "1,000".into(), "1,234,567".into())
        );
        assert_eq!(date_time((2024, 5, 14), (23, 4, 2), 120), "2024-05-14 23:04:02 GMT+02:00");
        assert_eq!((formats::accounts(1), formats::accounts(2)), ("1 account".into(), "2 accounts".into()));
        assert_eq!(formats::fix_problems(1), "Fix 1 problem before creating the service:");
        set_lang(Lang::De);
        assert_eq!((number(999), number(1000)), ("999".into(), "1.000".into()));
        assert_eq!(date_time((2024, 5, 14), (23, 4, 2), -90), "14.05.2024 23:04:02 GMT-01:30");
        assert_eq!((formats::accounts(1), formats::accounts(2)), ("1 Konto".into(), "2 Konten".into()));
        assert_eq!(formats::matches(1000), "1.000 Treffer");
        assert_eq!(range_of(Some((991, 1000)), 1000), "991-1.000 von 1.000");
        assert_eq!(
            formats::pasted(1, 2),
            "1 Port-Zuordnung aus den eingefügten Zeilen hinzugefügt; 2 Zeilen wurden nicht übernommen."
        );
        set_lang(Lang::En);
    }
}
