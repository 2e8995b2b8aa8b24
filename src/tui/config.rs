//! The interface's own small config file (the chosen language), kept in the platform's
//! config folder or in `RIJP_CONFIG_DIR`, written atomically.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::store::atomic_file::write_atomic;
use crate::words::i18n::Lang;

/// Overrides the config folder (tests use it to stay isolated).
pub const CONFIG_ENV: &str = "RIJP_CONFIG_DIR";
pub const CONFIG_FILE: &str = "config.yaml";

/// What the interface remembers between sessions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The language last chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
}

/// Where the config lives; `None` when the platform has no config folder (nothing is kept).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigStore {
    file: Option<PathBuf>,
}

impl ConfigStore {
    /// `RIJP_CONFIG_DIR`, or the platform's config folder for rijp.
    pub fn default_location() -> ConfigStore {
        let folder = std::env::var_os(CONFIG_ENV)
            .filter(|value| !value.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                directories::ProjectDirs::from("nl", "rijp", "rijp")
                    .map(|dirs| dirs.config_dir().to_path_buf())
            });
        ConfigStore {
            file: folder.map(|folder| folder.join(CONFIG_FILE)),
        }
    }

    /// A config file in a given folder.
    pub fn in_folder(folder: &Path) -> ConfigStore {
        ConfigStore {
            file: Some(folder.join(CONFIG_FILE)),
        }
    }

    /// A store that remembers nothing.
    pub fn none() -> ConfigStore {
        ConfigStore { file: None }
    }

    /// The config; a missing or damaged file gives the defaults (it is only a preference).
    pub fn load(&self) -> Config {
        self.file
            .as_deref()
            .filter(|file| file.exists())
            .and_then(|file| crate::model::yaml::read::<Config>(file).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, config: &Config) -> Result<()> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        let text = crate::model::yaml::to_string(config)?;
        write_atomic(file, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_choice_survives_a_restart() {
        let folder = tempfile::tempdir().unwrap();
        let store = ConfigStore::in_folder(folder.path());
        assert_eq!(store.load().language, None);
        store
            .save(&Config {
                language: Some(Lang::En),
            })
            .unwrap();
        assert_eq!(store.load().language, Some(Lang::En));
    }

    #[test]
    fn a_damaged_config_falls_back_to_defaults() {
        let folder = tempfile::tempdir().unwrap();
        std::fs::write(folder.path().join(CONFIG_FILE), "language: [").unwrap();
        assert_eq!(
            ConfigStore::in_folder(folder.path()).load(),
            Config::default()
        );
    }
}
