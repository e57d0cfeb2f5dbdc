// @ts-check
const { test, expect } = require('../fixtures');
const { ServiceListPage } = require('../pages/service-list-page');

const SEEDED = ['web-frontend', 'partner-api', 'metrics', 'legacy-ftp', 'search'];

test('the console opens on the service list with the seeded services', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.freshStart('/');
  await expect(page).toHaveURL(/\/services$/);
  await expect(list.heading).toContainText('VPC Endpoint Services');
  await expect(list.rows).toHaveCount(10);
  await expect(list.count).toHaveText('(12)');
  await expect(page.locator('#quota-hint')).toHaveText('You can create 8 more VPC endpoint services.');
  for (const name of SEEDED) {
    await expect(list.row(name)).toHaveCount(1);
  }
  const web = await list.cells('web-frontend');
  expect(web['Name/ID']).toMatch(/^eu-de\.web-frontend\.[0-9a-f-]{36}\n[0-9a-f-]{36}$/);
  expect(web['VPC']).toBe('vpc-prod-web-eu-de');
  expect(web['Backend Resource Type']).toBe('Enhanced load balancer');
  expect(web['Status']).toBe('Available');
  expect(web['Connection Approval']).toBe('Enabled');
  expect(web['Created']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT[+-]\d\d:\d\d$/);
  expect(web['Description']).toBe('Shop front end for partner VPCs');
  const api = await list.cells('partner-api');
  expect(api['Connection Approval']).toBe('Disabled');
  expect(api['Description']).toBe('--');
  await expect(list.status('legacy-ftp')).toHaveText('Failed');
  expect((await list.cells('metrics'))['Backend Resource Type']).toBe('ECS');
  await list.screenshot('service-list');
  list.expectNoErrors();
});

test('a service being created turns Available, and the state survives a reload', async ({ page }) => {
  await page.clock.install();
  const list = new ServiceListPage(page);
  await list.freshStart('/services');
  await expect(list.status('search')).toHaveText('Creating');
  // The mock turns creating into available after 3 s; a refresh then shows it.
  await list.refreshUntilAvailable('search');
  await page.reload();
  await expect(list.status('search')).toHaveText('Available');
  list.expectNoErrors();
});

test('each region has its own services, and the choice is remembered', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.freshStart('/services');
  await expect(list.rows).toHaveCount(10);
  await list.selectRegion('eu-nl');
  await expect(list.row('eu-nl.web-frontend')).toHaveCount(1);
  await expect(list.row('eu-de.')).toHaveCount(0);
  await page.reload();
  await expect(list.region).toHaveValue('eu-nl');
  await expect(list.row('eu-nl.partner-api')).toHaveCount(1);
  list.expectNoErrors();
});

test('reset demo data restores the seed', async ({ page }) => {
  await page.clock.install();
  const list = new ServiceListPage(page);
  await list.freshStart('/services');
  await expect(list.status('search')).toHaveText('Creating');
  await list.refreshUntilAvailable('search');
  await list.resetDemoData.click();
  await expect(list.status('search')).toHaveText('Creating');
  list.expectNoErrors();
});

test('a service name opens its details; unknown addresses say so', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.freshStart('/services');
  await list.row('partner-api').locator('.service-name').click();
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
  await expect(list.heading).toContainText('eu-de.partner-api.');
  await expect(page.getByText('Connection Approval')).toBeVisible();
  await page.goto('/no/such/page');
  await expect(list.heading).toHaveText('Page not found');
  list.expectNoErrors();
});
