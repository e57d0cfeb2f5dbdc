//! Every text of the scenarios for people (failure labels, what is wrong with a scenario
//! link, the badge's summary), in English and German side by side. The German wording is
//! ours (unconfirmed).

use vpcep_model::lang::{both, Bilingual, Lang};

use crate::scenario::FaultKind;

/// A failure's label (the codes stay as the API spells them).
pub fn fault_label(kind: FaultKind, lang: Lang) -> &'static str {
    match kind {
        FaultKind::ServerError => "500 server error (EndPoint.0001)",
        FaultKind::Timeout => lang.pick("Timeout (no answer)", "Zeitüberschreitung (keine Antwort)"),
        FaultKind::Quota => {
            lang.pick("Quota exceeded (Endpoint.1018)", "Kontingent überschritten (Endpoint.1018)")
        }
        FaultKind::PortsInUse => lang.pick("Ports in use (EndPoint.3044)", "Ports belegt (EndPoint.3044)"),
        FaultKind::InUse => {
            lang.pick("Service in use (EndPoint.3006)", "Dienst wird verwendet (EndPoint.3006)")
        }
        FaultKind::NoPermission => {
            lang.pick("No permission (EndPoint.0004)", "Keine Berechtigung (EndPoint.0004)")
        }
    }
}

/// The query could not be read (the parser's words).
pub fn unreadable(why: &str) -> Bilingual {
    both(why, why)
}

/// A key given twice.
pub fn key_twice(why: &str) -> Bilingual {
    both(
        format!("a scenario key is given twice or is malformed: {why}"),
        format!("ein Szenario-Schlüssel ist doppelt angegeben oder fehlerhaft: {why}"),
    )
}

/// An unknown account.
pub fn unknown_account(a: &str) -> Bilingual {
    both(format!("unknown starting account \"{a}\""), format!("unbekanntes Startkonto „{a}“"))
}

/// A bad latency.
pub fn bad_latency(max: u32, ms: &str) -> Bilingual {
    both(
        format!("latency is 0 to {max} (ms) or random, not \"{ms}\""),
        format!("latency ist 0 bis {max} (ms) oder random, nicht „{ms}“"),
    )
}

/// A bad Creating or Deleting time.
pub fn bad_seconds(what: &str, max: u64, v: &str) -> Bilingual {
    both(
        format!("{what} is 0 to {max} (seconds), not \"{v}\""),
        format!("{what} ist 0 bis {max} (Sekunden), nicht „{v}“"),
    )
}

/// An unknown failure.
pub fn unknown_failure(f: &str) -> Bilingual {
    both(format!("unknown failure \"{f}\""), format!("unbekannter Fehler „{f}“"))
}

/// An operation the request table does not have.
pub fn unknown_operation(op: &str) -> Bilingual {
    both(
        format!("unknown operation \"{op}\" for fail_on (an operation such as create_service, or any)"),
        format!("unbekannter Vorgang „{op}“ für fail_on (ein Vorgang wie create_service, oder any)"),
    )
}

/// A bad rate.
pub fn bad_rate(r: &str) -> Bilingual {
    both(
        format!("fail_rate is 1 to 100 (percent), not \"{r}\""),
        format!("fail_rate ist 1 bis 100 (Prozent), nicht „{r}“"),
    )
}

/// The badge's part for the account.
pub fn summary_account(id: &str, lang: Lang) -> String {
    format!("{} {id}", lang.pick("account", "Konto"))
}

/// The badge's part for a random latency.
pub fn summary_random_latency(lang: Lang) -> &'static str {
    lang.pick("random latency", "zufällige Latenz")
}

/// The badge's part for the Creating and Deleting times (seconds).
pub fn summary_times(creating: u64, deleting: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("creating {creating} s, deleting {deleting} s"),
        Lang::De => format!("Erstellen {creating} s, Löschen {deleting} s"),
    }
}

/// The badge's part for a failure: "500 on create_service (next call)".
pub fn summary_fault(kind: &str, on: Option<&str>, rate: Option<u8>, lang: Lang) -> String {
    let on = on.unwrap_or(lang.pick("any call", "jedem Aufruf"));
    let how = rate.map_or(lang.pick("next call", "nächster Aufruf").to_owned(), |r| format!("{r}%"));
    format!("{kind} {} {on} ({how})", lang.pick("on", "bei"))
}
