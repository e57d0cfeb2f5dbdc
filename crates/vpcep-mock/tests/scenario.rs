//! The scenario rules: the URL query read and written back, bad values named, failures hitting
//! their operation at their rate, the random latency's range.

use vpcep_mock::scenario::*;
use vpcep_mock::Account;
use vpcep_model::Lang;

#[test]
fn a_query_without_scenario_keys_is_no_scenario() {
    assert_eq!(Scenario::from_query("status=available&page=2"), Ok(None));
}

#[test]
fn every_setting_reads_from_the_query_and_writes_back() {
    let q = "scenario=at-quota&latency=random&creating_s=10&deleting_s=0&fail=500&fail_on=create_service&fail_rate=50";
    let s = Scenario::from_query(q).unwrap().unwrap();
    assert_eq!(s.account, Account::AtQuota);
    assert_eq!(s.latency, Latency::Random);
    assert_eq!((s.creating_ms, s.deleting_ms), (10_000, 0));
    assert_eq!(
        s.fault,
        Some(Fault { kind: FaultKind::ServerError, on: Some("create_service".into()), rate: Some(50) })
    );
    assert_eq!(Scenario::from_query(&s.to_query()), Ok(Some(s.clone())));
    assert_eq!(
        s.summary(Lang::En).unwrap(),
        "account at-quota · random latency · creating 10 s, deleting 0 s · 500 on create_service (50%)"
    );
    assert_eq!(
        s.summary(Lang::De).unwrap(),
        "Konto at-quota · zufällige Latenz · Erstellen 10 s, Löschen 0 s · 500 bei create_service (50%)"
    );
    assert_eq!(Scenario::default().summary(Lang::En), None);
}

#[test]
fn bad_values_say_what_is_wrong() {
    assert!(Scenario::from_query("scenario=nope").unwrap_err().en.contains("nope"));
    assert!(Scenario::from_query("latency=5001").unwrap_err().en.contains("0 to 5000"));
    assert!(Scenario::from_query("latency=5000").is_ok());
    assert!(Scenario::from_query("creating_s=601").unwrap_err().en.contains("creating_s"));
    assert!(Scenario::from_query("fail=boom").unwrap_err().en.contains("boom"));
    let too_slow = Scenario { latency: Latency::Fixed(MAX_LATENCY_MS + 1), ..Scenario::default() };
    assert!(too_slow.check().unwrap_err().en.contains("0 to 5000"));
    assert!(Scenario { creating_ms: MAX_TRANSITION_S * 1000, ..Scenario::default() }.check().is_ok());
    assert!(Scenario { creating_ms: MAX_TRANSITION_S * 1000 + 1, ..Scenario::default() }.check().is_err());
    let typo = Scenario::from_query("fail=500&fail_on=crate_service").unwrap_err();
    assert!(typo.en.contains("\"crate_service\"") && typo.de.contains("„crate_service“"), "{typo:?}");
    assert!(Scenario::from_query("fail=500&fail_on=any").unwrap().unwrap().fault.unwrap().on.is_none());
    assert!(Scenario::from_query("fail=500&fail_rate=0").unwrap_err().en.contains("1 to 100"));
    assert!(Scenario::from_query("latency=1&latency=2").is_err());
    assert!(Scenario::from_query("latency=5001").unwrap_err().de.contains("0 bis 5000"));
}

#[test]
fn a_fault_hits_its_operation_at_its_rate() {
    let next = Fault { kind: FaultKind::Quota, on: Some("create_service".into()), rate: None };
    assert!(next.hits("create_service", 0.99));
    assert!(!next.hits("list_services", 0.0));
    let half = Fault { kind: FaultKind::Quota, on: None, rate: Some(50) };
    assert!(half.hits("list_services", 0.49));
    assert!(!half.hits("list_services", 0.5));
    assert_eq!(Latency::Random.draw(0.0), 100);
    assert_eq!(Latency::Random.draw(0.999_999), 1999);
}

#[test]
fn the_servers_baseline_has_no_latency_and_the_badge_names_what_differs_from_it() {
    let base = Scenario::server_default();
    assert_eq!(base.latency, Latency::Fixed(0));
    assert_eq!(base.summary_against(&base, Lang::En), None);
    assert_eq!(Scenario::default().summary_against(&base, Lang::En).as_deref(), Some("300 ms"));
}
