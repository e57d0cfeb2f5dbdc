//! The projects of the server, and their file (`--state FILE`), written atomically.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use vpcep_mock::{CloudState, MockCloud, MockConfig, SystemClock};
use vpcep_model::Region;

/// Every project the server has seen, by id.
pub struct Projects {
    clouds: BTreeMap<String, MockCloud<SystemClock>>,
    region: Region,
    config: MockConfig,
    file: Option<PathBuf>,
    seeds: u64,
}

impl Projects {
    /// The projects stored in `file` (none when it does not exist yet).
    pub fn open(region: Region, config: MockConfig, file: Option<PathBuf>) -> Result<Projects, String> {
        let mut clouds = BTreeMap::new();
        if let Some(path) = &file {
            if path.exists() {
                let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
                let states: BTreeMap<String, CloudState> = serde_json::from_str(&text)
                    .map_err(|e| format!("{}: not a state file: {e}", path.display()))?;
                for (id, state) in states {
                    clouds.insert(id, MockCloud::new(state, SystemClock, config.clone()));
                }
            }
        }
        Ok(Projects { clouds, region, config, file, seeds: 0 })
    }

    /// The project `id`, seeded with the demo data on first use.
    pub fn project(&mut self, id: &str) -> &mut MockCloud<SystemClock> {
        if !self.clouds.contains_key(id) {
            self.seeds += 1;
            let entropy = SystemClock.now_entropy() ^ self.seeds.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let mut cloud = MockCloud::seeded(self.region, SystemClock, self.config.clone(), entropy);
            cloud.state_mut().set_project_id(id);
            self.clouds.insert(id.to_owned(), cloud);
        }
        self.clouds.get_mut(id).expect("inserted above")
    }

    /// Writes every project to the state file, if there is one: to a temporary file first,
    /// synced, then renamed over the old one, so a kill at any moment leaves either the old
    /// file or the new one, never a torn one.
    pub fn save(&mut self) -> Result<(), String> {
        let Some(path) = self.file.clone() else { return Ok(()) };
        let states: BTreeMap<&String, &CloudState> =
            self.clouds.iter_mut().map(|(k, c)| (k, c.state())).collect::<Vec<_>>().into_iter().collect();
        let json = serde_json::to_vec_pretty(&states).map_err(|e| e.to_string())?;
        write_atomically(&path, &json).map_err(|e| format!("{}: {e}", path.display()))
    }
}

trait Entropy {
    fn now_entropy(&self) -> u64;
}

impl Entropy for SystemClock {
    fn now_entropy(&self) -> u64 {
        use vpcep_mock::Clock;
        self.now_ms() ^ (u64::from(std::process::id()) << 32)
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}
