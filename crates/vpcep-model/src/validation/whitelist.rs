//! Whitelist rules (API reference §4.9): a record is `iam:domain::` followed by a domain
//! (account) ID of 1 to 64 letters and digits, or `*` for everyone.

use super::charset::refused_char;
use super::Violation;
use crate::error;
use crate::lang::Bilingual;
use crate::limits::{MAX_DOMAIN_ID_CHARS, MAX_WHITELIST_PER_OPERATION, WHITELIST_PREFIX};
use crate::messages as say;
use crate::whitelist::PermissionActionRequest;

fn path(index: usize) -> String {
    format!("permissions[{index}]")
}

/// A domain ID as a person enters it after the fixed `iam:domain::` (`index` names it).
pub fn validate_domain_id(id: &str, index: usize) -> Option<Violation> {
    let count = id.chars().count();
    let message = if id == "*" {
        return None;
    } else if id.is_empty() {
        say::enter_account_id()
    } else if count > MAX_DOMAIN_ID_CHARS {
        say::account_id_too_long(MAX_DOMAIN_ID_CHARS, count)
    } else if let Some(bad) = id.chars().find(|c| !c.is_ascii_alphanumeric()) {
        say::account_id_characters(&refused_char(bad))
    } else {
        return None;
    };
    Some(Violation::new(path(index), error::INVALID_PERMISSION, message))
}

/// A whitelist record as sent: `iam:domain::<domain id>`, or `*`.
pub fn validate_permission(permission: &str, index: usize) -> Option<Violation> {
    if permission == "*" {
        return None;
    }
    match permission.strip_prefix(WHITELIST_PREFIX) {
        Some(id) => validate_domain_id(id, index),
        None => {
            Some(Violation::new(path(index), error::INVALID_PERMISSION, say::record_prefix(WHITELIST_PREFIX)))
        }
    }
}

/// Every violation of a whitelist action: the action, an empty list, and each record.
pub fn validate_permission_action(request: &PermissionActionRequest) -> Vec<Violation> {
    let mut out = Vec::new();
    if request.action != "add" && request.action != "remove" {
        out.push(Violation::new("action", error::INVALID_ACTION, say::permission_action_values()));
    }
    if request.permissions.is_empty() {
        out.push(Violation::new("permissions", error::PERMISSIONS_EMPTY, say::name_an_account()));
    }
    out.extend(request.permissions.iter().enumerate().filter_map(|(i, p)| validate_permission(p, i)));
    out
}

/// The account IDs of the Add to Whitelist dialog: one per line, blanks around them and
/// empty lines ignored. Every problem is reported with its line (from 1): a bad ID, an ID
/// given twice, more than [`MAX_WHITELIST_PER_OPERATION`], or none at all.
pub fn parse_domain_id_lines(text: &str) -> Result<Vec<String>, Vec<Bilingual>> {
    let lines: Vec<(usize, &str)> =
        text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty()).collect();
    let mut problems = Vec::new();
    if lines.is_empty() {
        problems.push(say::enter_account_ids());
    }
    if lines.len() > MAX_WHITELIST_PER_OPERATION {
        problems.push(say::too_many_accounts(MAX_WHITELIST_PER_OPERATION, lines.len()));
    }
    for (k, (line, id)) in lines.iter().enumerate() {
        if let Some(v) = validate_domain_id(id, k) {
            problems.push(say::on_line(*line, &v.text()));
        } else if let Some((first, _)) = lines[..k].iter().find(|(_, other)| other == id) {
            problems.push(say::same_account_as_line(*line, *first));
        }
    }
    if problems.is_empty() {
        Ok(lines.into_iter().map(|(_, id)| id.to_owned()).collect())
    } else {
        Err(problems)
    }
}
