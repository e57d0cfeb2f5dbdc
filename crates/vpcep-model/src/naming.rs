//! The name the cloud gives a service.

/// `region.service_id`, or `region.name.service_id` when a name was given
/// (seed: "eu-de.test.e9c186ca-99e4-4a88-9011-8898f1d680c0").
pub fn generated_service_name(region: &str, name: Option<&str>, service_id: &str) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => format!("{region}.{name}.{service_id}"),
        None => format!("{region}.{service_id}"),
    }
}

/// The short name inside a generated one, if there is one
/// (`eu-de.web.<id>` gives `web`; `eu-de.<id>` gives `None`).
pub fn short_name<'a>(service_name: &'a str, service_id: &str) -> Option<&'a str> {
    let rest = service_name.strip_suffix(service_id)?.strip_suffix('.')?;
    let (_region, name) = rest.split_once('.')?;
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "e9c186ca-99e4-4a88-9011-8898f1d680c0";

    #[test]
    fn name_is_region_name_id_or_region_id() {
        assert_eq!(generated_service_name("eu-de", Some("test"), ID), format!("eu-de.test.{ID}"));
        assert_eq!(generated_service_name("eu-de", None, ID), format!("eu-de.{ID}"));
        assert_eq!(generated_service_name("eu-nl", Some(""), ID), format!("eu-nl.{ID}"));
    }

    #[test]
    fn short_name_round_trips() {
        assert_eq!(short_name(&format!("eu-de.test.{ID}"), ID), Some("test"));
        assert_eq!(short_name(&format!("eu-de.{ID}"), ID), None);
        assert_eq!(short_name("test123", ID), None);
    }
}
