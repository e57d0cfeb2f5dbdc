//! The tools', settings' and sign-in's texts with numbers or names in them.

formats! {
    /// "10% of calls".
    percent_of_calls(p: u8) =>
        format!("{p}% of calls"),
        format!("{p} % der Aufrufe");

    /// A seconds field's hint.
    seconds_hint(max: u64) =>
        format!("0 to {max} seconds."),
        format!("0 bis {max} Sekunden.");

    /// The badge with a scenario.
    scenario_badge(summary: &str) =>
        format!("Scenario: {summary}"),
        format!("Szenario: {summary}");

    /// A bad scenario link.
    link_not_applied(why: &str) =>
        format!("The link was not applied: {why}."),
        format!("Der Link wurde nicht übernommen: {why}.");

    /// The server refused the scenario.
    server_refused_scenario(why: &str) =>
        format!("The server did not take the scenario: {why}"),
        format!("Der Server hat das Szenario nicht übernommen: {why}");

    /// Exported.
    exported_as(file: &str) =>
        format!("Exported as {file}."),
        format!("Exportiert als {file}.");

    /// A state too large for a link.
    state_too_large(len: usize, max: usize) =>
        format!("The state is too large for a link ({len} characters, at most {max}); export a file instead."),
        format!(
            "Der Zustand ist für einen Link zu groß ({len} Zeichen, höchstens {max}); exportieren Sie stattdessen eine Datei."
        );

    /// Imported.
    imported(file: &str) =>
        format!("Imported {file}."),
        format!("{file} importiert.");

    /// Not imported.
    not_imported(file: &str, why: &str) =>
        format!("{file} was not imported: {why}. Nothing was changed."),
        format!("{file} wurde nicht importiert: {why}. Es wurde nichts geändert.");

    /// Not a state file (`detail` is the JSON parser's words).
    not_a_state_file(detail: &str) =>
        format!("this is not a mock state file ({detail})"),
        format!("dies ist keine Zustandsdatei der Mock-API ({detail})");

    /// Another format.
    wrong_state_format(found: &str, expected: &str) =>
        format!("the format is \"{found}\", not \"{expected}\""),
        format!("das Format ist „{found}“, nicht „{expected}“");

    /// Another version.
    unsupported_state_version(found: u32, supported: u32) =>
        format!("version {found} is not supported (this console reads {supported})"),
        format!("Version {found} wird nicht unterstützt (diese Konsole liest {supported})");

    /// Not a region.
    not_a_region(id: &str) =>
        format!("\"{id}\" is not a region"),
        format!("„{id}“ ist keine Region");

    /// A journal under another region's key.
    journal_of_other_region(id: &str, other: &str) =>
        format!("the journal under \"{id}\" is of {other}"),
        format!("das Journal unter „{id}“ gehört zu {other}");

    /// A change refused on replay.
    change_no_longer_applies(id: &str, n: usize, of: usize) =>
        format!("in {id}, change {n} of {of} no longer applies (it was refused on replay)"),
        format!("in {id} gilt Änderung {n} von {of} nicht mehr (sie wurde beim Wiedergeben abgelehnt)");

    /// The HTTP badge.
    http_api(base: &str) =>
        format!("HTTP API: {base}"),
        format!("HTTP-API: {base}");

    /// A session in Settings.
    session_line(region: &str, user: &str, account: &str, project: &str, until: &str) =>
        format!("{region}: {user} of {account} (project {project}), until {until}"),
        format!("{region}: {user} von {account} (Projekt {project}), bis {until}");

    /// The session badge's title.
    signed_in_as(region: &str, user: &str, account: &str) =>
        format!("Signed in to {region} as {user} of {account}"),
        format!("Bei {region} angemeldet als {user} von {account}");

    /// Announced after a delete finished.
    deleted_names(names: &str) =>
        format!("Deleted: {names}."),
        format!("Gelöscht: {names}.");

    /// Shown after a delete started.
    deleting_names(names: &str) =>
        format!("Deleting {names}."),
        format!("{names} wird gelöscht.");

    /// The name chip.
    name_chip(name: &str) =>
        format!("Name: {name}"),
        format!("Name: {name}");

    /// The state of a link that did not load.
    state_not_loaded(why: &str) =>
        format!("the state in it was not loaded: {why}"),
        format!("der Zustand darin wurde nicht geladen: {why}");

    /// A token without the region's project.
    token_without_project(region: &str) =>
        format!("the token has no project (is there a project named {region}?)"),
        format!("das Token hat kein Projekt (gibt es ein Projekt namens {region}?)");
}
