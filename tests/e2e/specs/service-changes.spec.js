// @ts-check
// Changing a service after it exists: the whitelist (add by lines, filter, delete one or
// several), the tags (add, edit the value, delete; the list's tag filter sees them at once),
// the connections (filter by status, accept or reject several, each result reported), and
// the read-only port mappings with their search. By mouse and keyboard; bad input sends
// nothing; a refusal shows where the user acted and keeps the input.
const { test, expect } = require('../fixtures');
const { ServiceDetailsPage } = require('../pages/service-details-page');

test.beforeEach(async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

const SEEDED = 'iam:domain::5fc973eea581490997e82ea11a1df31f';

test('whitelist: add accounts by lines, each bad line named; filter; delete one and several', async ({ page }) => {
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  await d.tab('Permission Management');
  await expect(d.permissionRow(SEEDED)).toBeVisible();
  // By keyboard: the dialog opens on Enter, its text area has focus.
  await d.addToWhitelist.focus();
  await page.keyboard.press('Enter');
  await expect(d.whitelistDialog).toBeVisible();
  await expect(d.whitelistDialog).toContainText('iam:domain::');
  await expect(d.whitelistDialog).toContainText('eu-de.web-frontend.');
  await expect(d.accountIds).toBeFocused();
  await page.keyboard.type('abc123\nbad-id\nabc123');
  await expect(d.whitelistDialog).toContainText('You can add 47 more accounts in this operation.');
  await d.ok(d.whitelistDialog).click();
  await expect(d.accountIds).toHaveAttribute('aria-invalid', 'true');
  const errors = d.whitelistDialog.locator('#whitelist-ids-error');
  await expect(errors).toContainText('Line 2: An account ID contains only letters and digits, or is * alone; "-" is not allowed.');
  await expect(errors).toContainText('Line 3: the same account ID as line 1.');
  expect(await d.calls('permission_action')).toBe(0);
  await d.accountIds.fill('abc123\n\n  def456  \n');
  await d.ok(d.whitelistDialog).click();
  await expect(d.whitelistDialog).toHaveCount(0);
  await expect(d.success).toHaveText('2 accounts added to the whitelist.×');
  await expect(d.permissionRow('iam:domain::abc123')).toBeVisible();
  await expect(d.permissionRow('iam:domain::def456')).toBeVisible();
  expect(await d.calls('permission_action')).toBe(1);
  // Filter by account ID.
  await d.accountFilter.fill('ABC');
  await expect(d.tableRows).toHaveCount(1);
  await d.accountFilter.fill('');
  await expect(d.tableRows).toHaveCount(3);
  // Delete one from its row (keyboard), then two selected.
  await d.permissionRow('iam:domain::def456').getByRole('button', { name: 'Delete iam:domain::def456' }).focus();
  await page.keyboard.press('Enter');
  await expect(d.confirm).toContainText('Remove iam:domain::def456 from the whitelist?');
  await d.confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(d.success).toContainText('1 account removed from the whitelist.');
  await expect(d.permissionRow('iam:domain::def456')).toHaveCount(0);
  await d.permissionRow('iam:domain::abc123').getByRole('checkbox').check();
  await d.permissionRow(SEEDED).getByRole('checkbox').check();
  await d.panel.getByRole('button', { name: 'Delete (2)' }).click();
  await expect(d.confirm).toContainText('Remove 2 accounts from the whitelist?');
  await d.confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(d.success).toContainText('2 accounts removed from the whitelist.');
  await expect(d.panel).toContainText('No other account is whitelisted');
  // Everyone, and it stays after a reload.
  await d.addToWhitelist.click();
  await d.accountIds.fill('*');
  await d.ok(d.whitelistDialog).click();
  await expect(d.permissionRow('*')).toContainText('* (every account)');
  await page.reload();
  await d.tab('Permission Management');
  await expect(d.permissionRow('*')).toBeVisible();
  await expect(d.tableRows).toHaveCount(1);
  await d.screenshot('service-whitelist');
});

test('whitelist and tags: a refusal while the service is creating shows in the dialog, the input kept', async ({ page }) => {
  const d = new ServiceDetailsPage(page);
  // Creating for the whole test: 3 s (the default) ran out on a busy machine before the dialog.
  await d.openWhileCreating('search');
  await d.openService('search');
  await d.tab('Permission Management');
  await d.addToWhitelist.click();
  await d.accountIds.fill('abc123');
  await d.ok(d.whitelistDialog).click();
  await expect(d.whitelistDialog.getByRole('alert')).toContainText('EndPoint.3045');
  await expect(d.whitelistDialog.getByRole('alert')).toContainText('being created or deleted');
  await expect(d.accountIds).toHaveValue('abc123');
  await page.keyboard.press('Escape');
  await expect(d.addToWhitelist).toBeFocused();
  await d.tab('Tags');
  await d.addTag.click();
  await d.tagKey.fill('owner');
  await d.ok(d.tagDialog).click();
  await expect(d.tagDialog.getByRole('alert')).toContainText('EndPoint.3045');
  await expect(d.tagKey).toHaveValue('owner');
});

test('tags: add, edit the value, delete; the rules of the create form; the list filter finds them at once', async ({ page }) => {
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  await d.tab('Tags');
  await expect(d.tableRows).toHaveCount(2);
  await expect(d.panel).toContainText('2 of 10 tags.');
  await d.addTag.click();
  await expect(d.tagKey).toBeFocused();
  await d.tagKey.fill('a b');
  await d.tagValue.fill('x'.repeat(44));
  await page.keyboard.press('Enter');
  await expect(d.tagKey).toHaveAttribute('aria-invalid', 'true');
  await expect(d.tagDialog).toContainText('spaces are not allowed');
  await expect(d.tagValue).toHaveAttribute('aria-invalid', 'true');
  await expect(d.tagDialog).toContainText('at most 43 characters (it has 44)');
  await d.tagKey.fill('env');
  await d.tagValue.fill('test');
  await page.keyboard.press('Enter');
  await expect(d.tagDialog).toContainText('already has the tag key "env"; edit its value instead.');
  expect(await d.calls('tag_action')).toBe(0);
  await d.tagKey.fill('owner');
  await d.tagValue.fill('team-a');
  await page.keyboard.press('Enter');
  await expect(d.tagDialog).toHaveCount(0);
  await expect(d.success).toHaveText('Tag "owner" added.×');
  await expect(d.tagRow('owner')).toContainText('team-a');
  await expect(d.panel).toContainText('3 of 10 tags.');
  // Edit: the key is read-only, the value changes.
  await d.tagRow('owner').getByRole('button', { name: 'Edit tag owner' }).click();
  await expect(d.tagKey).toHaveAttribute('readonly', '');
  await expect(d.tagValue).toBeFocused();
  await d.tagValue.fill('team-b');
  await d.ok(d.tagDialog).click();
  await expect(d.success).toHaveText('The value of tag "owner" changed.×');
  await expect(d.tagRow('owner')).toContainText('team-b');
  // The list's tag filter sees the change at once.
  await d.open();
  // The list first (a filter typed while the page still starts can be lost).
  await expect(d.rows).toHaveCount(10);
  await d.addFilter('tag', 'owner=team-b');
  await expect(d.chips).toContainText('owner=team-b');
  await expect(d.rows).toHaveCount(1);
  await expect(d.row('web-frontend')).toBeVisible();
  await d.row('web-frontend').locator('.service-name').click();
  await d.tab('Tags');
  await d.tagRow('owner').getByRole('button', { name: 'Delete tag owner' }).click();
  await expect(d.confirm).toContainText('Delete tag "owner" from this service?');
  await d.confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(d.success).toHaveText('Tag "owner" deleted.×');
  await expect(d.tagRow('owner')).toHaveCount(0);
  await d.screenshot('service-tags');
});

test('tags: at 10 tags Add Tag is disabled and says why', async ({ page }) => {
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  await d.tab('Tags');
  for (let i = 0; i < 8; i++) {
    await d.addTag.click();
    await d.tagKey.fill(`k${i}`);
    await d.ok(d.tagDialog).click();
    await expect(d.tagDialog).toHaveCount(0);
  }
  await expect(d.tableRows).toHaveCount(10);
  await expect(d.addTag).toBeDisabled();
  await expect(d.panel).toContainText('10 of 10 tags: delete one to add another.');
  await expect(d.addTag).toHaveAttribute('aria-describedby', 'tag-room');
});

test('connections: filter by status, accept several together, each reported', async ({ page }) => {
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  await d.tab('Connection Management');
  await expect(d.tableRows).toHaveCount(2);
  await d.connectionStatus.selectOption('pendingAcceptance');
  await expect(d.tableRows).toHaveCount(1);
  await expect(d.tableRows).toContainText('Pending acceptance');
  await d.connectionStatus.selectOption('rejected');
  await expect(d.panel).toContainText('No connection has this status.');
  await d.connectionStatus.selectOption('');
  await d.panel.getByRole('checkbox', { name: 'Select all connections shown' }).check();
  await d.panel.getByRole('button', { name: 'Reject (2)' }).click();
  await expect(d.success).toHaveText('2 connections rejected.×');
  await expect(d.panel.locator('tbody tr', { hasText: 'Rejected' })).toHaveCount(2);
  await expect(d.panel.locator('.tab-toolbar').getByRole('button', { name: 'Reject', exact: true })).toBeDisabled();
  await d.connectionStatus.selectOption('rejected');
  await expect(d.tableRows).toHaveCount(2);
  await d.tableRows.first().getByRole('checkbox').check();
  await d.panel.getByRole('button', { name: 'Accept (1)' }).click();
  await expect(d.success).toHaveText('1 connection accepted.×');
  await expect(d.tableRows).toHaveCount(1);
});

test('port mappings: read-only, with a search', async ({ page }) => {
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  await d.tab('Port Mapping');
  await expect(d.panel).toContainText('Port mappings cannot be modified or deleted after the service is created.');
  await expect(d.tableRows).toHaveText(['TCP443443', 'TCP8080']);
  await d.panel.getByRole('searchbox').fill('44');
  await expect(d.tableRows).toHaveText(['TCP443443']);
  await expect(d.panel).toContainText('1 of 2 port mappings');
  await d.panel.getByRole('searchbox').fill('udp');
  await expect(d.panel).toContainText('No port mapping matches the search.');
  await expect(d.panel.getByRole('button')).toHaveCount(0);
});
