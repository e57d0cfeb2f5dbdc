// @ts-check
// HTTP mode against vpcep-server's mock API, for the specs that use it: a project of the
// test's own, a session, the test hooks (a fault for the next request of a route).
const { expect } = require('@playwright/test');
const { ServiceListPage } = require('./pages/service-list-page');

/** The test hooks' headers: the token, as every request to the server needs. */
const HOOKS = { headers: { 'X-Auth-Token': 'test-hooks' } };

/** A fresh project on the mock server (each project is seeded on first use). */
function newProject() {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

/** HTTP mode, signed in to eu-de's `project` with `token` (the mock without --users takes any
 * token, so each test gets a project of its own); no token: not signed in. */
async function useHttp(page, project, token = 'test-token') {
  await page.goto('/settings');
  await page.evaluate(([p, t]) => {
    localStorage.clear();
    sessionStorage.clear();
    localStorage.setItem('vpcep-console.api-settings.v1', JSON.stringify({ mode: 'http', base: '/api' }));
    const session = { token: t, project_id: p, expires_ms: Date.now() + 3_600_000, account: 'OTC-TEST', user: 'tester' };
    if (t) sessionStorage.setItem('vpcep-console.sessions.v1', JSON.stringify({ 'eu-de': session }));
  }, [project, token]);
}

/** Opens the list and waits until it stops refreshing itself (the seeded service being
 * created is done, and no read is in flight), so that an injected fault meets the next
 * explicit request, not a poll. */
async function openQuietList(page) {
  const list = new ServiceListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  await expect(list.status('search')).toHaveText('Available', { timeout: 10_000 });
  await expect(list.table).toHaveAttribute('aria-busy', 'false');
  return list;
}

/** Breaks the next request of `route` (a route of the request table: list_services, …). */
async function injectFault(request, fault, route) {
  const r = await request.post('/_mock/faults', { ...HOOKS, data: { fault, route } });
  expect(r.status()).toBe(204);
}

module.exports = { HOOKS, newProject, useHttp, openQuietList, injectFault };
