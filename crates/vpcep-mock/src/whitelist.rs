//! The whitelist of a service in the mock cloud (API reference §4.8, §4.9).

use vpcep_model::error::{self, ErrorCode};
use vpcep_model::limits::MAX_WHITELIST_RECORDS;
use vpcep_model::time::format_utc;
use vpcep_model::validation::validate_permission_action;
use vpcep_model::whitelist::normalized_permission;
use vpcep_model::{
    ListPermissionsResponse, PermissionActionRequest, PermissionActionResponse, PermissionRecord,
};

use crate::clock::Clock;
use crate::cloud::MockCloud;

impl<C: Clock> MockCloud<C> {
    /// `GET …/{id}/permissions`: the whitelist, newest first (the API's default order).
    pub fn list_permissions(&mut self, id: &str) -> Result<ListPermissionsResponse, ErrorCode> {
        self.advance();
        let s = self.state.services.iter().find(|s| s.service.id == id).ok_or(error::NOT_FOUND)?;
        let mut permissions = s.permissions.clone();
        permissions.sort_by(|a, b| b.created_at.cmp(&a.created_at));
        Ok(ListPermissionsResponse { total_count: permissions.len() as u32, permissions })
    }

    /// `POST …/{id}/permissions/action`: adds or removes records. Adding a record that is
    /// there, or removing one that is not, changes nothing and is no error. `iam:domain::*`
    /// is kept as `*`, as the list shows it (UNCONFIRMED). Answers every record after the
    /// change (the documented example suggests the whole list; UNCONFIRMED).
    pub fn permission_action(
        &mut self,
        id: &str,
        request: &PermissionActionRequest,
    ) -> Result<PermissionActionResponse, ErrorCode> {
        self.advance();
        if let Some(v) = validate_permission_action(request).into_iter().next() {
            self.list_permissions(id)?;
            return Err(v.code);
        }
        let i = self.changeable(id)?;
        let asked: Vec<String> = request.permissions.iter().map(|p| normalized_permission(p)).collect();
        let now = format_utc(self.clock.now_ms());
        let adding = request.action == "add";
        let s = &self.state.services[i];
        if adding {
            let mut fresh: Vec<String> = Vec::new();
            for p in asked {
                if !s.permissions.iter().any(|r| r.permission == p) && !fresh.contains(&p) {
                    fresh.push(p);
                }
            }
            if s.permissions.len() + fresh.len() > MAX_WHITELIST_RECORDS {
                return Err(error::WHITELIST_LIMIT);
            }
            for permission in fresh {
                let record = PermissionRecord {
                    id: self.state.ids.uuid(),
                    permission,
                    permission_type: "domainId".to_owned(),
                    description: String::new(),
                    created_at: now.clone(),
                };
                self.state.services[i].permissions.push(record);
            }
        } else {
            self.state.services[i].permissions.retain(|r| !asked.contains(&r.permission));
        }
        self.touch(i);
        let permissions = self.state.services[i].permissions.iter().map(|r| r.permission.clone()).collect();
        Ok(PermissionActionResponse { permissions })
    }
}
