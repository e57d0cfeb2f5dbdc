// @ts-check
// axe-core checks every page and state a person meets (WCAG 2.1 A and AA rules).
const { test, expect } = require('../fixtures');
const AxeBuilder = require('@axe-core/playwright').default;
const { ServiceListPage } = require('../pages/service-list-page');
const { CreateServicePage } = require('../pages/create-service-page');

async function expectNoViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(found, `accessibility violations on ${what}`).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

test('the list, filtered, and its delete dialog', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  await expectNoViolations(page, 'the service list');
  await list.addFilter('status', 'available');
  await expect(list.chips).toBeVisible();
  await expectNoViolations(page, 'the filtered list');
  await list.row('metrics').getByRole('button', { name: /^Delete / }).click();
  await expect(list.dialog).toBeVisible();
  await expectNoViolations(page, 'the delete dialog');
});

test('the create form, empty, with every error, and its result', async ({ page }) => {
  const form = new CreateServicePage(page);
  await form.open();
  await expectNoViolations(page, 'the empty create form');
  await form.addTag.click();
  await form.createNow.click();
  await expect(form.summary).toBeVisible();
  await expectNoViolations(page, 'the create form with errors');
  await form.ecsBackend.check();
  await expectNoViolations(page, 'the ECS list');
});

test('details tabs and settings', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await list.row('web-frontend').locator('.service-name').click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await expectNoViolations(page, 'the details summary');
  await page.getByRole('tab', { name: 'Connection Management' }).click();
  await expectNoViolations(page, 'the connections tab');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expectNoViolations(page, 'the settings page');
});

test('the sign-in dialog (HTTP mode), empty, refused and signed in; and Settings signed in', async ({ page }) => {
  await page.evaluate(() => {
    sessionStorage.clear();
    localStorage.setItem('vpcep-console.api-settings.v1', JSON.stringify({ mode: 'http', base: '/api' }));
  });
  await page.goto('/services');
  const dialog = page.getByRole('dialog', { name: 'Sign in to Open Telekom Cloud' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Account name')).toBeFocused();
  await expectNoViolations(page, 'the sign-in dialog');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the sign-in dialog with missing fields');
  await dialog.getByLabel('Account name').fill('OTC-DEMO');
  await dialog.getByLabel('IAM user name').fill('demo');
  await dialog.getByLabel('Password').fill('wrong');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('Sign-in refused');
  await expectNoViolations(page, 'the sign-in dialog, refused');
  await dialog.getByLabel('Password').fill('demo-password');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  await expectNoViolations(page, 'Settings, signed in');
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
});

test('the details tabs: whitelist, tags and connections, their dialogs, errors and reports', async ({ page }) => {
  const { ServiceDetailsPage } = require('../pages/service-details-page');
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  await d.tab('Permission Management');
  await expect(d.tableRows).toHaveCount(1);
  await expectNoViolations(page, 'the whitelist');
  await d.addToWhitelist.click();
  await expectNoViolations(page, 'the Add to Whitelist dialog');
  await d.accountIds.fill('bad-id');
  await d.ok(d.whitelistDialog).click();
  await expect(d.accountIds).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the Add to Whitelist dialog with errors');
  await d.accountIds.fill('abc123');
  await d.ok(d.whitelistDialog).click();
  await expect(d.success).toBeVisible();
  await expectNoViolations(page, 'the whitelist after an add');
  await d.permissionRow('iam:domain::abc123').getByRole('button', { name: /^Delete / }).click();
  await expect(d.confirm).toBeVisible();
  await expectNoViolations(page, 'the whitelist delete confirmation');
  await page.keyboard.press('Escape');
  await d.tab('Port Mapping');
  await expectNoViolations(page, 'the port mappings');
  await d.tab('Tags');
  await expectNoViolations(page, 'the tags');
  await d.addTag.click();
  await d.ok(d.tagDialog).click();
  await expect(d.tagKey).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'the Add Tag dialog with errors');
  await page.keyboard.press('Escape');
  await d.tagRow('env').getByRole('button', { name: 'Edit tag env' }).click();
  await expectNoViolations(page, 'the Edit Tag dialog');
  await page.keyboard.press('Escape');
  await d.tab('Connection Management');
  await d.panel.getByRole('checkbox', { name: 'Select all connections shown' }).check();
  await d.panel.getByRole('button', { name: 'Accept (2)' }).click();
  await expect(d.success).toBeVisible();
  await expectNoViolations(page, 'the connections after a bulk accept');
});

test('the request preview, the Terraform dialog and the shortcuts help', async ({ page }) => {
  const form = new CreateServicePage(page);
  await form.open();
  await form.fillValid();
  await expect(page.locator('#request-preview-text')).toBeVisible();
  await expectNoViolations(page, 'the create form with its request preview');
  await page.getByRole('button', { name: 'Terraform' }).click();
  await expectNoViolations(page, 'the request preview as Terraform');
  const { ServiceDetailsPage } = require('../pages/service-details-page');
  const d = new ServiceDetailsPage(page);
  await page.evaluate(() => localStorage.removeItem('vpcep-console.create-draft.v1'));
  await d.openService('web-frontend');
  await page.getByRole('button', { name: 'Terraform' }).click();
  await expect(page.locator('#terraform-text')).toBeVisible();
  await expectNoViolations(page, 'the Terraform dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoViolations(page, 'the shortcuts help');
});
