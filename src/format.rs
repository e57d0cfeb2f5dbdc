//! How values are shown: local times and empty values.

use vpcep_model::time::parse_utc;

/// An API time (`2024-05-14T21:24:02Z`) in the browser's local time, as the OTC console shows
/// it: `2024-05-14 23:24:02 GMT+02:00` (German: `14.05.2024 …`). Unparseable input is shown as it came.
pub fn local_time(api_time: &str) -> String {
    let Some(ms) = parse_utc(api_time) else {
        return api_time.to_owned();
    };
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    crate::i18n::formats::date_time(
        (d.get_full_year(), d.get_month() + 1, d.get_date()),
        (d.get_hours(), d.get_minutes(), d.get_seconds()),
        -(d.get_timezone_offset() as i32), // minutes east of UTC
    )
}

/// The console's "--" for an empty value.
pub fn or_dashes(value: Option<&str>) -> String {
    match value.map(str::trim) {
        Some(v) if !v.is_empty() => v.to_owned(),
        _ => "--".to_owned(),
    }
}
