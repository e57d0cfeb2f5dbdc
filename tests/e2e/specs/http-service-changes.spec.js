// @ts-check
// The changes to a service over HTTP against vpcep-server's mock: the bodies the API
// documents, field for field, and a failure in the middle of a bulk action reported for the
// one connection it hit.
const { test, expect } = require('../fixtures');
const { ServiceDetailsPage } = require('../pages/service-details-page');
const { HOOKS, newProject, useHttp, injectFault } = require('../http');

/** The POSTs the server received since the log was cleared. */
async function posts(request) {
  const recorded = await (await request.get('/_mock/requests', HOOKS)).json();
  return recorded.filter((r) => r.method === 'POST');
}

test('whitelist and tag changes send the documented bodies', async ({ page, request }) => {
  const project = newProject();
  await useHttp(page, project);
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  const id = (await page.url()).split('/').pop();
  await d.tab('Permission Management');
  await request.delete('/_mock/requests', HOOKS);
  await d.addToWhitelist.click();
  await d.accountIds.fill('abc123\n*');
  await d.ok(d.whitelistDialog).click();
  await expect(d.permissionRow('iam:domain::abc123')).toBeVisible();
  await d.tab('Tags');
  await d.addTag.click();
  await d.tagKey.fill('owner');
  await d.tagValue.fill('team-a');
  await d.ok(d.tagDialog).click();
  await expect(d.tagRow('owner')).toBeVisible();
  await d.tagRow('owner').getByRole('button', { name: 'Delete tag owner' }).click();
  await d.confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(d.tagRow('owner')).toHaveCount(0);
  const sent = await posts(request);
  expect(sent.map((r) => r.path)).toEqual([
    `/vpcep/eu-de/v1/${project}/vpc-endpoint-services/${id}/permissions/action`,
    `/vpcep/eu-de/v1/${project}/endpoint_service/${id}/tags/action`,
    `/vpcep/eu-de/v1/${project}/endpoint_service/${id}/tags/action`,
  ]);
  expect(sent[0].body).toEqual({ permissions: ['iam:domain::abc123', 'iam:domain::*'], action: 'add' });
  expect(sent[1].body).toEqual({ action: 'create', tags: [{ key: 'owner', value: 'team-a' }] });
  expect(sent[2].body).toEqual({ action: 'delete', tags: [{ key: 'owner' }] });
});

test('a bulk reject with one request failing reports that one and rejects the other', async ({ page, request }) => {
  await useHttp(page, newProject());
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  await d.tab('Connection Management');
  await expect(d.tableRows).toHaveCount(2);
  const first = await d.tableRows.first().getAttribute('data-endpoint-id');
  await injectFault(request, '500', 'connection_action');
  await d.panel.getByRole('checkbox', { name: 'Select all connections shown' }).check();
  await d.panel.getByRole('button', { name: 'Reject (2)' }).click();
  const report = d.panel.getByRole('alert');
  await expect(report).toContainText('1 of 2 connections rejected.');
  await expect(report).toContainText(`${first}: `);
  await expect(report).toContainText('EndPoint.0001');
  // The failed one stays selected, ready to try again.
  await expect(d.panel.getByRole('button', { name: 'Reject (1)' })).toBeEnabled();
  await d.panel.getByRole('button', { name: 'Reject (1)' }).click();
  await expect(d.success).toHaveText('1 connection rejected.×');
  await expect(d.panel.locator('tbody tr', { hasText: 'Rejected' })).toHaveCount(2);
});

test('the Scenario panel in HTTP mode plays a scenario in the signed-in project only', async ({ page, request }) => {
  const project = newProject();
  await useHttp(page, project);
  const d = new ServiceDetailsPage(page);
  await d.open();
  await expect(d.count).toHaveText('(12)');
  const button = page.locator('#scenario-button');
  await expect(button).toHaveText('Scenario');
  await button.click();
  const panel = page.getByRole('dialog', { name: 'Scenario' });
  await expect(panel).toContainText('for your project');
  await expect(panel.getByRole('button', { name: 'Export file' })).toHaveCount(0);
  // The server adds no latency of its own: the panel says so (not the embedded mock's 300 ms).
  await expect(panel.getByLabel('Latency')).toHaveValue('0');
  await panel.getByLabel('Starting account').selectOption('empty');
  await panel.getByLabel('Latency').selectOption('0');
  await panel.getByLabel('Failure').selectOption('500');
  await panel.getByLabel('Failing operation').selectOption('create_service');
  await panel.getByRole('button', { name: 'Apply' }).click();
  await expect(panel).toHaveCount(0);
  await expect(d.count).toHaveText('(0)');
  await expect(button).toContainText('account empty');
  // The server plays it for this project only.
  const ours = await (await request.get(`/api/_scenario/${project}`, HOOKS)).json();
  expect(ours.scenario.account).toBe('empty');
  expect(ours.scenario.fault).toEqual({ kind: 'ServerError', on: 'create_service', rate: null });
  const theirs = await (await request.get(`/api/_scenario/${newProject()}`, HOOKS)).json();
  expect(theirs.scenario).toBeNull();
});
