// @ts-check
// Scenarios of the embedded mock: each starting account, latency, Creating time and failure
// reproduced from its URL in a fresh browser context; the panel and its link.
const { test, expect } = require('../fixtures');
const AxeBuilder = require('@axe-core/playwright').default;
const { ServiceListPage } = require('../pages/service-list-page');
const { CreateServicePage } = require('../pages/create-service-page');
const { ServiceDetailsPage } = require('../pages/service-details-page');

const badge = (page) => page.locator('#scenario-button');

/**
 * Opens the list with a scenario query and waits until the console has kept the scenario
 * (it then takes the query out of the URL). A test that navigates on at once could otherwise
 * leave before the wasm started, and the next page would run without the scenario (CI failed
 * twice this way: a create that should have been refused or timed out succeeded).
 */
async function playScenario(page, query) {
  await page.goto(`/services?${query}`);
  await expect(page).toHaveURL(/\/services$/);
}

test('an empty account from its URL; the URL then forgets the scenario, a reload keeps the data', async ({ page }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services?scenario=empty&latency=0');
  await expect(list.count).toHaveText('(0)');
  await expect(page.locator('.empty-state, .empty-title').first()).toBeVisible();
  await expect(page).toHaveURL(/\/services$/);
  await expect(badge(page)).toHaveText('Scenario: account empty · 0 ms');
  await page.reload();
  await expect(list.count).toHaveText('(0)');
});

test('at the quota: Create is disabled and says why', async ({ page }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services?scenario=at-quota&latency=0');
  await expect(list.count).toHaveText('(20)');
  await expect(page.locator('#quota-hint')).toContainText('reached the quota');
});

test('1,000 services', async ({ page }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services?scenario=many&latency=0');
  await expect(list.count).toHaveText('(1000)');
  await expect(list.rows).toHaveCount(10);
});

test('a failed service, and services with pending connections', async ({ page }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services?scenario=failed&latency=0');
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('Failed');
  await page.goto('/services?scenario=pending&latency=0');
  const d = new ServiceDetailsPage(page);
  await d.row('web-frontend').locator('.service-name').click();
  await d.tab('Connection Management');
  await expect(d.panel.locator('tbody tr', { hasText: 'Pending acceptance' })).toHaveCount(3);
});

test('a failure for the next call hits that call only', async ({ page }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services?latency=0&fail=500&fail_on=list_services');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('EndPoint.0001');
  // The failure is used up; the badge says what is left of the scenario.
  await expect(badge(page)).toHaveText('Scenario: 0 ms');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(list.rows).toHaveCount(10);
});

test('a quota failure on create is shown where the user acted, the input kept; the next create works', async ({ page }) => {
  await playScenario(page, 'latency=0&fail=quota&fail_on=create_service');
  const form = new CreateServicePage(page);
  await form.open();
  await form.fillValid();
  await form.name.fill('after-quota');
  await form.createNow.click();
  await expect(form.apiError).toContainText('Endpoint.1018');
  await expect(form.name).toHaveValue('after-quota');
  await form.createNow.click();
  await expect(page.locator('#result-title')).toBeVisible();
});

test('the Creating time comes from the scenario', async ({ page }) => {
  await page.clock.install();
  const list = new ServiceListPage(page);
  await page.goto('/services?latency=0&creating_s=60');
  await expect(list.status('search')).toHaveText('Creating');
  await page.clock.fastForward(30_000);
  await list.refresh.click();
  await expect(list.status('search')).toHaveText('Creating');
  await page.clock.fastForward(31_000);
  await list.refresh.click();
  await expect(list.status('search')).toHaveText('Available');
});

test('an injected timeout answers after the time limit, the input kept', async ({ page }) => {
  await page.clock.install();
  await playScenario(page, 'latency=0&fail=timeout&fail_on=create_service');
  const form = new CreateServicePage(page);
  await form.open();
  await form.fillValid();
  await form.name.fill('slow');
  await form.createNow.click();
  await expect(form.createNow).toHaveCount(0); // the button shows progress
  await page.clock.fastForward(14_000);
  await expect(form.apiError).toHaveCount(0); // not before the time limit
  await page.clock.fastForward(1_500);
  await expect(form.apiError).toContainText('did not answer in time');
  await expect(form.name).toHaveValue('slow');
});

test('the panel plays a scenario and its link reproduces it in a fresh context', async ({ page, browser }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await badge(page).click();
  const panel = page.getByRole('dialog', { name: 'Scenario' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Starting account').selectOption('failed');
  await expect(panel.locator('#scenario-reset-note')).toBeVisible();
  await panel.getByLabel('Latency').selectOption('0');
  await panel.getByLabel('Creating takes').fill('601');
  await panel.getByRole('button', { name: 'Apply' }).click();
  await expect(panel.getByRole('alert')).toContainText('creating_s is 0 to 600');
  await panel.getByLabel('Creating takes').fill('20');
  await panel.getByLabel('Failure').selectOption('ports-in-use');
  await panel.getByLabel('Failing operation').selectOption('create_service');
  await panel.getByLabel('How often').selectOption('50');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await panel.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/services\?scenario=failed&latency=0&creating_s=20&fail=ports-in-use&fail_on=create_service&fail_rate=50$/);
  await panel.getByRole('button', { name: 'Apply' }).click();
  await expect(panel).toHaveCount(0);
  await expect(list.rows).toHaveCount(1);
  await expect(badge(page)).toContainText('account failed');
  // A reviewer opens the link.
  const reviewer = await browser.newPage();
  await reviewer.goto(link);
  await expect(reviewer.locator('tbody tr[data-service-id]')).toHaveCount(1);
  await expect(reviewer.locator('#scenario-button')).toHaveText(
    'Scenario: account failed · 0 ms · creating 20 s, deleting 3 s · ports-in-use on create_service (50%)',
  );
  await reviewer.close();
});

test('a bad scenario link says why and changes nothing', async ({ page }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services?scenario=nope');
  await expect(page.locator('.scenario-url-error')).toContainText('The link was not applied: unknown starting account "nope"');
  await expect(list.count).toHaveText('(12)');
  await expect(badge(page)).toHaveText('Scenario');
});

test('export the state to a file, import it elsewhere; a bad file says why and changes nothing', async ({ page, browser }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services?scenario=empty&latency=0');
  await expect(list.count).toHaveText('(0)');
  await badge(page).click();
  const panel = page.getByRole('dialog', { name: 'Scenario' });
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export file' }).click();
  const file = await (await download).path();
  await expect(panel.getByRole('status').first()).toContainText('Exported as vpcep-mock-state.json.');
  const exported = JSON.parse(require('fs').readFileSync(file, 'utf8'));
  expect(exported.format).toBe('vpcep-console.mock-state');
  expect(exported.regions['eu-de'].account).toBe('empty');
  // Another person imports it.
  const other = await browser.newPage();
  await other.goto('/services');
  await expect(other.locator('h1 .count')).toHaveText('(12)');
  await other.locator('#scenario-button').click();
  const otherPanel = other.getByRole('dialog', { name: 'Scenario' });
  // A bad file first: it says why, and nothing changes.
  await otherPanel.locator('#state-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await expect(otherPanel.getByRole('alert')).toContainText('bad.json was not imported');
  await expect(otherPanel.getByRole('alert')).toContainText('Nothing was changed.');
  const broken = { ...exported, regions: { 'eu-de': { ...exported.regions['eu-de'], region: 'eu-nl' } } };
  await otherPanel.locator('#state-import').setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(otherPanel.getByRole('alert')).toContainText('the journal under "eu-de" is of eu-nl');
  await otherPanel.getByRole('button', { name: 'Cancel' }).click();
  await expect(other.locator('h1 .count')).toHaveText('(12)');
  await other.locator('#scenario-button').click();
  await otherPanel.locator('#state-import').setInputFiles(file);
  await expect(otherPanel.getByRole('status').first()).toContainText('Imported');
  await otherPanel.getByRole('button', { name: 'Cancel' }).click();
  await expect(other.locator('h1 .count')).toHaveText('(0)');
  await other.close();
});

test('a state link carries a small state', async ({ page, browser }) => {
  await page.goto('/services?scenario=failed&latency=0');
  await expect(page.locator('tbody tr[data-service-id]')).toHaveCount(1);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await badge(page).click();
  await page.getByRole('button', { name: 'Copy state link' }).click();
  await expect(page.getByRole('dialog').getByRole('status').first()).toContainText('State link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('/services?state=');
  const reviewer = await browser.newPage();
  await reviewer.goto(link);
  await expect(reviewer.locator('tbody tr[data-service-id]')).toHaveCount(1);
  await expect(reviewer).toHaveURL(/\/services$/);
  await reviewer.goto('/services?state=%7Bnot-json');
  await expect(reviewer.locator('.scenario-url-error')).toContainText('the state in it was not loaded');
  await reviewer.close();
});
