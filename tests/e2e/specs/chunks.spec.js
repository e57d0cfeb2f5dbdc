// @ts-check
// The split build: the list paints from the main module, every other part comes from its own
// chunk when first needed. Deep links to every route load their chunk (and the calls into a
// chunk work: leptos#4347 was an indirect call to null there); a chunk that does not load
// shows an error with Retry, not a blank page; offline after load, what is loaded keeps
// working.
const { test, expect } = require('../fixtures');
const { Chunks } = require('../pages/chunks');
const { ServiceListPage } = require('../pages/service-list-page');
const { CreateServicePage } = require('../pages/create-service-page');

// The chunk loader logs why a blocked chunk failed (a fetch error), and the browser the
// aborted request; nothing else may be logged.
test.use({ allowedConsole: [/Failed to fetch|Failed to load resource: net::ERR_FAILED|ERR_INTERNET_DISCONNECTED/] });

test.beforeEach(async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

test('the list needs no page chunk; deep links load their page chunk', async ({ page }) => {
  const list = new ServiceListPage(page);
  let chunks = new Chunks(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  chunks.expectFetched('embedded_mock');
  for (const split of ['create_page', 'details_page', 'settings_page', 'not_found_page', 'delete_dialog']) {
    chunks.expectNotFetched(split);
  }
  const href = await list.rows.first().getByRole('link').first().getAttribute('href');

  const routes = [
    ['/services/create', 'create_page', /Create VPC Endpoint Service$/],
    [String(href), 'details_page', /eu-de\.search\./],
    ['/settings', 'settings_page', 'Settings'],
    ['/no/such/page', 'not_found_page', 'Page not found'],
  ];
  for (const [path, split, heading] of routes) {
    await page.goto('about:blank');
    chunks = new Chunks(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    chunks.expectFetched(split);
  }
  // And a part of the create page that calls back into the main module: the form validates.
  await page.goto('/services/create');
  const form = new CreateServicePage(page);
  await form.name.fill('bad name!');
  await form.name.blur();
  await expect(page.getByText('letters, digits, underscores').first()).toBeVisible();
});

test('the pointer on a link fetches its page\'s chunk before the click', async ({ page }) => {
  const list = new ServiceListPage(page);
  const chunks = new Chunks(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  chunks.expectNotFetched('create_page');
  chunks.expectNotFetched('details_page');
  await list.createButton.hover();
  await expect.poll(() => chunks.fetched).toContain('split_create_page.wasm');
  await list.rows.first().getByRole('link').first().focus();
  await expect.poll(() => chunks.fetched).toContain('split_details_page.wasm');
  // Fetched, not shown: still the list.
  await expect(page).toHaveURL(/\/services$/);
  await list.createButton.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Create VPC Endpoint Service$/);
});

test('a page whose chunk does not load says so, with Retry, and Retry loads it', async ({ page }) => {
  const list = new ServiceListPage(page);
  const chunks = new Chunks(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  await chunks.block('split_create_page.wasm');
  await list.createButton.click();
  await expect(chunks.failure).toBeVisible();
  await expect(chunks.failure).toContainText('Check the network connection and try again');
  // The frame stays usable: the navigation and the top bar are there.
  await expect(page.getByRole('link', { name: 'VPC Endpoint Services' })).toBeVisible();

  await chunks.unblock();
  await chunks.retry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Create VPC Endpoint Service$/);
  await expect(chunks.failure).toHaveCount(0);
});

test('the API chunk not loading fails the list like a network error; Retry recovers', async ({ page }) => {
  const list = new ServiceListPage(page);
  const chunks = new Chunks(page);
  await chunks.block('split_embedded_mock.wasm');
  await list.open();
  const error = page.getByRole('alert').filter({ hasText: 'This part of the console could not be loaded' });
  await expect(error).toBeVisible();
  await chunks.unblock();
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(list.rows).toHaveCount(10);
});

test('offline after load: the list keeps working; a part not loaded yet says so, and loads once online', async ({ page, context }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  await context.setOffline(true);

  // The embedded mock is in the page: search, sort and refresh still answer.
  await list.search.fill('web');
  await expect(list.rows).toHaveCount(1);
  await list.search.fill('');
  await list.refresh.click();
  await expect(list.rows).toHaveCount(10);

  // The create page's chunk was never loaded: its error, not a blank page.
  await list.createButton.click();
  const chunks = new Chunks(page);
  await expect(chunks.failure).toBeVisible();
  await context.setOffline(false);
  await chunks.retry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Create VPC Endpoint Service$/);
});
