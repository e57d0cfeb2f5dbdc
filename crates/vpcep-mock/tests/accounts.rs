//! The starting accounts: what each holds, that each is the same every time, and that a
//! journal of one replays to it.

use vpcep_mock::{Account, Journal, JournaledCloud, ManualClock, MockCloud, MockConfig, MANY_SERVICES};
use vpcep_model::{ConnectionStatus, ListServicesQuery, Region, ServiceStatus};

const T0: u64 = 1_790_000_000_000;

fn cloud(account: Account) -> MockCloud<ManualClock> {
    MockCloud::seeded_account(account, Region::EuDe, ManualClock::at(T0), MockConfig::default(), 9)
}

fn all() -> ListServicesQuery {
    ListServicesQuery { limit: Some("1000".into()), ..Default::default() }
}

#[test]
fn each_account_holds_what_its_name_says() {
    assert_eq!(cloud(Account::Demo).service_quota(), (12, 20));
    assert_eq!(cloud(Account::Empty).service_quota(), (0, 20));
    assert!(!cloud(Account::Empty).list_vpcs().is_empty(), "the resources stay");
    assert_eq!(cloud(Account::AtQuota).service_quota(), (20, 20));
    assert_eq!(cloud(Account::Many).service_quota(), (MANY_SERVICES, 1020));
    let mut failed = cloud(Account::Failed);
    let list = failed.list_services(&all()).unwrap();
    assert_eq!(list.total_count, 1);
    assert_eq!(list.endpoint_services[0].status, ServiceStatus::Failed);
    let mut pending = cloud(Account::Pending);
    let available: Vec<_> = pending
        .list_services(&all())
        .unwrap()
        .endpoint_services
        .into_iter()
        .filter(|s| s.status == ServiceStatus::Available)
        .collect();
    assert!(!available.is_empty());
    for s in available {
        assert!(s.approval_enabled);
        let waiting = pending.list_connections(&s.id).unwrap().connections;
        assert!(waiting.iter().filter(|c| c.status == ConnectionStatus::PendingAcceptance).count() >= 2);
    }
}

#[test]
fn an_account_is_the_same_every_time_and_its_journal_replays_to_it() {
    let names = |c: &mut MockCloud<ManualClock>| -> Vec<String> {
        c.list_services(&all()).unwrap().endpoint_services.into_iter().map(|s| s.id).collect()
    };
    assert_eq!(names(&mut cloud(Account::AtQuota)), names(&mut cloud(Account::AtQuota)));
    let mut live = JournaledCloud::seeded_account(Account::Empty, Region::EuDe, T0, 5, MockConfig::default());
    let json = serde_json::to_string(live.journal()).unwrap();
    assert!(json.contains("\"account\":\"empty\""), "{json}");
    let back: Journal = serde_json::from_str(&json).unwrap();
    let mut replayed = JournaledCloud::replay(back, MockConfig::default());
    assert_eq!(replayed.at(T0).service_quota(), live.at(T0).service_quota());
    // A journal from before accounts is the demo seed.
    let old = json.replace(",\"account\":\"empty\"", "").replace("\"account\":\"empty\",", "");
    let old: Journal = serde_json::from_str(&old).unwrap();
    assert_eq!(old.account, Account::Demo);
}

#[test]
fn accounts_have_url_names() {
    for a in Account::ALL {
        assert_eq!(Account::from_id(a.id()), Some(a));
    }
    assert_eq!(Account::from_id("at-quota"), Some(Account::AtQuota));
    assert_eq!(Account::from_id("nope"), None);
}
