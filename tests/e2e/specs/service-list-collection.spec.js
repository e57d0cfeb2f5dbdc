// @ts-check
// Filter, sort, pages, URL state, live status and delete on the service list.
const { test, expect } = require('../fixtures');
const { ServiceListPage } = require('../pages/service-list-page');

test.beforeEach(async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

test('filter by name and by status, with chips, counts and clear', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  await list.search.fill('WEB-front');
  await expect(list.rows).toHaveCount(1);
  await expect(list.row('web-frontend')).toHaveCount(1);
  await expect(page).toHaveURL(/name=WEB-front/);
  await expect(page.locator('.filter-count')).toHaveText('1 match');
  await list.search.fill('');
  await expect(list.rows).toHaveCount(10);
  await list.addFilter('status', 'failed');
  await expect(list.rows).toHaveCount(1);
  await expect(list.status('legacy-ftp')).toHaveText('Failed');
  await expect(list.chips).toContainText('Status: Failed');
  await list.addFilter('status', 'available');
  await expect(list.chips.locator('.chip')).toHaveCount(1); // one status at a time
  await expect(list.chips).toContainText('Status: Available');
  await expect(list.row('legacy-ftp')).toHaveCount(0);
  await expect(list.row('web-frontend')).toHaveCount(1);
  await list.page.getByRole('button', { name: 'Remove filter Status: Available' }).click();
  await expect(list.rows).toHaveCount(10);
  await list.addFilter('tag', 'env=prod');
  await list.addFilter('backend', 'VM');
  await expect(list.rows).toHaveCount(2); // billing and cache: ECS with env=prod
  await expect(list.count).toHaveText('(2)');
  await list.addFilter('approval', 'enabled');
  await expect(list.rows).toHaveCount(1);
  await expect(list.row('billing')).toHaveCount(1);
  await list.addFilter('id', '00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('No matches')).toBeVisible();
  await list.screenshot('service-list-no-match');
  await list.clearFilters.click();
  await expect(list.rows).toHaveCount(10);
  await expect(list.count).toHaveText('(12)');
  list.expectNoErrors();
});

test('sort by name and by created time', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  const newestFirst = await list.names();
  expect(newestFirst[0]).toContain('eu-de.search.');
  await page.getByRole('button', { name: /Created/ }).click(); // oldest first
  await expect(list.rows.first().locator('.service-name')).not.toContainText('search');
  await expect(page.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'ascending');
  const lower = (names) => names.map((n) => n.toLowerCase());
  const isSorted = (names, desc) => lower(names).every((n, i, all) => i === 0 || (desc ? all[i - 1] >= n : all[i - 1] <= n));
  await page.getByRole('button', { name: /Name\/ID/ }).click();
  await expect(page.getByRole('columnheader', { name: /Name\/ID/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => isSorted(await list.names(), false)).toBe(true);
  await page.getByRole('button', { name: /Name\/ID/ }).click();
  await expect(page.getByRole('columnheader', { name: /Name\/ID/ })).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => isSorted(await list.names(), true)).toBe(true);
  list.expectNoErrors();
});

test('pages and page size; a filter goes back to page 1; the size is remembered', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await expect(list.range).toHaveText('1-10 of 12');
  await list.nextPage.click();
  await expect(list.rows).toHaveCount(2);
  await expect(list.range).toHaveText('11-12 of 12');
  await expect(page).toHaveURL(/page=2/);
  await expect(list.nextPage).toBeDisabled();
  await list.addFilter('status', 'available');
  await expect(page).not.toHaveURL(/page=2/);
  await expect(list.range).toHaveText('1-10 of 10');
  await list.clearFilters.click();
  await list.pageSize.selectOption('20');
  await expect(list.rows).toHaveCount(12);
  await expect(list.range).toHaveText('1-12 of 12');
  await page.goto('/services');
  await expect(list.pageSize).toHaveValue('20');
  await expect(list.rows).toHaveCount(12);
  list.expectNoErrors();
});

test('a filtered URL reloads to the same rows, and Back/Forward move between views', async ({ page }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services?tag=env%3Dprod&sort=name:asc');
  await expect(list.rows).toHaveCount(4);
  const names = await list.names();
  expect(names[0]).toContain('billing');
  await page.reload();
  await expect(list.rows).toHaveCount(4);
  expect(await list.names()).toEqual(names);
  await expect(list.chips).toContainText('Tag: env=prod');
  await list.addFilter('status', 'failed');
  await expect(page.getByText('No matches')).toBeVisible();
  await page.goBack();
  await expect(list.rows).toHaveCount(4);
  await page.goForward();
  await expect(page.getByText('No matches')).toBeVisible();
  list.expectNoErrors();
});

test('delete one service: Deleting, then gone and announced, without reloading', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await list.row('metrics').getByRole('button', { name: /^Delete / }).click();
  await expect(list.dialog).toContainText('will be deleted');
  await expect(list.dialog).toContainText('cannot be recovered');
  const confirm = list.dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(confirm).toBeDisabled();
  await expect(list.dialog.getByRole('textbox')).toBeFocused();
  await list.screenshot('delete-dialog');
  await list.dialog.getByRole('textbox').fill('DELETE');
  await confirm.click();
  await expect(list.dialog).toHaveCount(0);
  await expect(list.status('metrics')).toHaveText('Deleting');
  await expect(list.row('metrics')).toHaveCount(0, { timeout: 10_000 });
  await expect(list.announcer).toContainText('metrics');
  await expect(list.count).toHaveText('(11)');
  list.expectNoErrors();
});

test('a service in use cannot be deleted: the dialog shows the API message', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await list.deleteService('web-frontend');
  await expect(list.dialog.getByRole('alert')).toContainText('The endpoint service is being used. (EndPoint.3006)');
  await list.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(list.dialog).toHaveCount(0);
  await expect(list.status('web-frontend')).toHaveText('Available');
  list.expectNoErrors();
});

test('delete several selected services in one step; each result is reported', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await list.row('partner-api').getByRole('checkbox').check();
  await list.row('legacy-ftp').getByRole('checkbox').check();
  await list.row('web-frontend').getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete (3)' }).click();
  await expect(list.dialog.getByRole('heading')).toHaveText('Delete 3 VPC Endpoint Services');
  // Focus stays in the dialog.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement.closest('[role=dialog]'))).toBe(true);
  await list.dialog.getByRole('textbox').fill('delete');
  await list.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  const results = list.dialog.getByRole('alert');
  await expect(results).toContainText('partner-api');
  await expect(results).toContainText('deletion started');
  await expect(results).toContainText('EndPoint.3006');
  await page.keyboard.press('Escape');
  await expect(list.dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete (3)' })).toHaveCount(0);
  await expect(list.row('partner-api')).toHaveCount(0, { timeout: 10_000 });
  await expect(list.row('web-frontend')).toHaveCount(1);
  list.expectNoErrors();
});

/** How long the seed's service creates in the live-status test, in seconds: twice the
 * default, so that a slow load still sees it Creating. */
const CREATING_S = 6;
/** Beyond that, how long the list may take to show it Available (it reads again every 2 s). */
const AVAILABLE_AFTER_S = 10;

test('a new service turns from Creating to Available without reloading', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.openWhileCreating('search', CREATING_S);
  await expect(list.status('search')).toHaveText('Creating');
  // No click, no reload: the list refreshes itself while a service is creating.
  await expect(list.status('search')).toHaveText('Available', {
    timeout: (CREATING_S + AVAILABLE_AFTER_S) * 1000,
  });
  list.expectNoErrors();
});
