// @ts-check
// The reported crash: typing in the list's search box and leaving the page within the
// debounce panicked ("already been disposed") and the release build trapped. Every page with
// a timer or a read is left at once, ten times; the shared fixture fails the test on any page
// error, console error or panic message, and the clock is then run past every timer the
// pages started.
const { test, expect } = require('../fixtures');
const { ServiceListPage } = require('../pages/service-list-page');
const { CreateServicePage } = require('../pages/create-service-page');

const TIMES = 10;

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

test('type in the search box and open Create at once, ten times', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  for (let i = 0; i < TIMES; i++) {
    await list.search.fill(`web-${i}`);
    await list.createButton.click();
    await expect(page).toHaveURL(/\/services\/create$/);
    await page.goBack();
    await expect(list.search).toBeVisible();
  }
  await page.clock.runFor(5_000); // past the debounce, the poll and the mock's latency
  await expect(list.heading).toContainText('VPC Endpoint Services');
});

test('open a service and leave before its reads answer, ten times', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  for (let i = 0; i < TIMES; i++) {
    await list.row('web-frontend').locator('.service-name').click();
    await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
    await page.goBack();
    await expect(list.search).toBeVisible();
  }
  await page.clock.runFor(5_000);
  await expect(list.rows).toHaveCount(10);
});

test('open Create, start typing and leave before its lists answer, ten times', async ({ page }) => {
  const list = new ServiceListPage(page);
  const form = new CreateServicePage(page);
  await list.open();
  for (let i = 0; i < TIMES; i++) {
    await list.createButton.click();
    await form.name.fill(`n${i}`);
    await form.name.blur();
    await page.goBack();
    await expect(list.search).toBeVisible();
  }
  await page.clock.runFor(5_000);
  await expect(list.rows).toHaveCount(10);
});

test('the details page left while accepting a connection', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await list.row('web-frontend').locator('.service-name').click();
  await page.getByRole('tab', { name: 'Connection Management' }).click();
  const pending = page.getByRole('tabpanel').locator('tbody tr', { hasText: 'Pending acceptance' });
  await pending.getByRole('button', { name: 'Accept' }).click();
  await page.goBack(); // the write goes on; its answer must not touch the page that is gone
  await page.clock.runFor(5_000);
  await expect(list.rows).toHaveCount(10);
});
