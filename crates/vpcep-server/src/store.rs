//! The mock's projects and their state file.
//!
//! - Every project id in a path is a project of its own, seeded on first use; at most
//!   [`MAX_PROJECTS`] are kept, the one idle the longest makes room for a new one.
//! - A write is answered only after the whole state is durably saved (a temporary file,
//!   synced, renamed over the old one, the folder synced). A failed save answers 500 and puts
//!   the project back as it was.
//! - Writes take turns (one save at a time, in order); reads only take the projects' lock for
//!   the moment they run, never during a save.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use vpcep_mock::{Account, Clock, CloudState, MockCloud, MockConfig, SystemClock};
use vpcep_model::Region;

use crate::limits::MAX_PROJECTS;

type Cloud = MockCloud<SystemClock>;

struct Project {
    cloud: Cloud,
    last_used: Instant,
}

/// The projects of the server.
pub struct Store {
    projects: Mutex<HashMap<String, Project>>,
    /// Held by a write from its change to the end of its save: saves take turns, in order.
    writing: tokio::sync::Mutex<()>,
    region: Region,
    /// The region of each project a sign-in or a gateway path named (new projects are seeded
    /// with that region's data).
    regions: Mutex<HashMap<String, Region>>,
    /// At most this many ECS servers per page, whatever `limit` asks (`--ecs-page-cap`).
    pub ecs_page_cap: Option<usize>,
    config: MockConfig,
    account: Account,
    file: Option<PathBuf>,
}

/// A save failed: the change was undone.
#[derive(Debug)]
pub struct SaveFailed(pub String);

impl Store {
    /// The projects in `file`, if given. The file's folder must exist and be writable (checked
    /// by writing a temporary file there); stale temporary files of killed servers are removed.
    pub fn open(
        region: Region,
        config: MockConfig,
        account: Account,
        file: Option<PathBuf>,
    ) -> Result<Store, String> {
        let mut projects = HashMap::new();
        if let Some(path) = &file {
            let dir = folder_of(path);
            if !dir.is_dir() {
                return Err(format!(
                    "--state {}: the folder {} does not exist",
                    path.display(),
                    dir.display()
                ));
            }
            remove_stale_temporaries(path);
            let probe = temporary_of(path);
            std::fs::write(&probe, b"")
                .and_then(|()| std::fs::remove_file(&probe))
                .map_err(|e| format!("--state {}: cannot write in {}: {e}", path.display(), dir.display()))?;
            if path.exists() {
                let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
                let states: HashMap<String, CloudState> = serde_json::from_str(&text)
                    .map_err(|e| format!("{}: not a state file of this server: {e}", path.display()))?;
                let now = Instant::now();
                for (id, state) in states {
                    let cloud = MockCloud::new(state, SystemClock, config.clone());
                    projects.insert(id, Project { cloud, last_used: now });
                }
            }
        }
        Ok(Store {
            projects: Mutex::new(projects),
            writing: tokio::sync::Mutex::new(()),
            region,
            regions: Mutex::new(HashMap::new()),
            ecs_page_cap: None,
            config,
            account,
            file,
        })
    }

    /// The region new projects are seeded for when none was named.
    pub fn region(&self) -> Region {
        self.region
    }

    /// Seeds project `id`, when it is first used, with the data of `region`.
    pub fn place(&self, id: &str, region: Region) {
        let mut regions = self.regions.lock().unwrap_or_else(|e| e.into_inner());
        if regions.len() < MAX_PROJECTS || regions.contains_key(id) {
            regions.insert(id.to_owned(), region);
        }
    }

    fn new_project(&self, id: &str) -> Cloud {
        self.seed_project(id, self.account, self.config.clone())
    }

    fn seed_project(&self, id: &str, account: Account, config: MockConfig) -> Cloud {
        let entropy = SystemClock.now_ms() ^ (u64::from(std::process::id()) << 32) ^ hash(id);
        let region = self.regions.lock().ok().and_then(|r| r.get(id).copied()).unwrap_or(self.region);
        let mut cloud = MockCloud::seeded_account(account, region, SystemClock, config, entropy);
        cloud.state_mut().set_project_id(id);
        cloud
    }

    /// Plays a scenario's timing in project `id`; with `fresh`, the project starts again from
    /// `account` (its changes are dropped; saved with the next change).
    pub fn play(&self, id: &str, account: Account, create_delay_ms: u64, delete_delay_ms: u64, fresh: bool) {
        let config = MockConfig { create_delay_ms, delete_delay_ms, ..self.config.clone() };
        let seeded = fresh.then(|| self.seed_project(id, account, config));
        self.with_project(id, move |cloud| match seeded {
            Some(new) => *cloud = new,
            None => cloud.set_timing(create_delay_ms, delete_delay_ms),
        });
    }

    /// Runs `f` on project `id` (seeded if new) under the projects' lock.
    fn with_project<T>(&self, id: &str, f: impl FnOnce(&mut Cloud) -> T) -> T {
        let mut projects = self.projects.lock().unwrap_or_else(|e| e.into_inner());
        if !projects.contains_key(id) && projects.len() >= MAX_PROJECTS {
            let oldest = projects.iter().min_by_key(|(_, p)| p.last_used).map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                projects.remove(&k);
            }
        }
        let project = projects
            .entry(id.to_owned())
            .or_insert_with(|| Project { cloud: self.new_project(id), last_used: Instant::now() });
        project.last_used = Instant::now();
        f(&mut project.cloud)
    }

    /// A read (nothing is saved).
    pub fn read<T>(&self, id: &str, f: impl FnOnce(&mut Cloud) -> T) -> T {
        self.with_project(id, f)
    }

    /// A change, answered once saved. `changed` tells from `f`'s result whether anything
    /// changed (a refused change saves nothing). A failed save undoes the change.
    pub async fn write<T>(
        &self,
        id: &str,
        f: impl FnOnce(&mut Cloud) -> T,
        changed: impl FnOnce(&T) -> bool,
    ) -> Result<T, SaveFailed> {
        let _turn = self.writing.lock().await;
        let (result, before) = self.with_project(id, |cloud| {
            let before = cloud.state().clone();
            (f(cloud), before)
        });
        let Some(path) = self.file.clone().filter(|_| changed(&result)) else { return Ok(result) };
        let bytes = self.snapshot();
        let saved = tokio::task::spawn_blocking(move || write_atomically(&path, &bytes))
            .await
            .map_err(|e| e.to_string())
            .and_then(|r| r.map_err(|e| e.to_string()));
        match saved {
            Ok(()) => Ok(result),
            Err(e) => {
                let config = self.config.clone();
                self.with_project(id, move |cloud| *cloud = MockCloud::new(before, SystemClock, config));
                Err(SaveFailed(e))
            }
        }
    }

    /// Every project's state, as the state file holds it.
    fn snapshot(&self) -> Vec<u8> {
        let mut projects = self.projects.lock().unwrap_or_else(|e| e.into_inner());
        let states: HashMap<&String, &CloudState> =
            projects.iter_mut().map(|(k, p)| (k, p.cloud.state())).collect();
        serde_json::to_vec(&states).unwrap_or_default()
    }

    /// How many projects are kept.
    pub fn len(&self) -> usize {
        self.projects.lock().map(|p| p.len()).unwrap_or(0)
    }

    /// Whether no project is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `state.json` -> `state.json.tmp-{pid}`.
fn temporary_of(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".tmp-{}", std::process::id()));
    path.with_file_name(name)
}

/// Removes `{file}.tmp-*` left by a server that was killed while saving.
fn remove_stale_temporaries(path: &Path) {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return };
    let prefix = format!("{name}.tmp-");
    let Ok(entries) = std::fs::read_dir(folder_of(path)) else { return };
    for entry in entries.flatten() {
        if entry.file_name().to_str().is_some_and(|n| n.starts_with(&prefix)) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` so that a kill at any moment leaves the old file or the new one, complete.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = temporary_of(path);
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        std::fs::File::open(folder_of(path))?.sync_all()
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}
