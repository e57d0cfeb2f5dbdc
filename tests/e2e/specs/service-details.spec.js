// @ts-check
const { test, expect } = require('../fixtures');
const { ServiceListPage } = require('../pages/service-list-page');

test.beforeEach(async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

test('details: summary, connections, whitelist, port mappings and tags, by mouse and keyboard', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await list.row('web-frontend').locator('.service-name').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('eu-de.web-frontend.');
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText('Enhanced load balancer');
  await expect(panel).toContainText('Available');
  await page.getByRole('tab', { name: 'Connection Management' }).click();
  await expect(panel.locator('tbody tr')).toHaveCount(2);
  await expect(panel.getByRole('columnheader', { name: 'Operation' })).toBeVisible();
  await expect(panel).toContainText('Accepted');
  await expect(panel).toContainText('Pending acceptance');
  // Arrow keys move between tabs.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Permission Management' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Permission Management' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel).toContainText('iam:domain::5fc973eea581490997e82ea11a1df31f');
  await page.keyboard.press('ArrowRight');
  await expect(panel.locator('tbody tr')).toHaveText(['TCP443443', 'TCP8080']);
  await page.keyboard.press('End');
  await expect(panel.locator('tbody tr')).toHaveText([/^envprodEditDelete$/, /^teamwebEditDelete$/]);
  await list.screenshot('service-details');
  list.expectNoErrors();
});

test('delete from the details page returns to the list; an unknown id says not found', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await list.row('grafana').locator('.service-name').click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await list.dialog.getByRole('textbox').fill('delete');
  await list.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(list.row('grafana')).toHaveCount(0, { timeout: 10_000 });
  await page.goto('/services/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('alert')).toContainText('EndPoint.0005');
  list.expectNoErrors();
});

test('accept and reject a connection; focus stays on the row; the choice survives a reload', async ({ page }) => {
  const list = new ServiceListPage(page);
  await list.open();
  await list.row('web-frontend').locator('.service-name').click();
  await page.getByRole('tab', { name: 'Connection Management' }).click();
  const panel = page.getByRole('tabpanel');
  const pending = panel.locator('tbody tr', { hasText: 'Pending acceptance' });
  await expect(pending).toHaveCount(1);
  const endpoint = await pending.getAttribute('data-endpoint-id');
  const row = panel.locator(`tr[data-endpoint-id="${endpoint}"]`);
  await row.getByRole('button', { name: 'Accept' }).click();
  await expect(row).toContainText('Accepted');
  await expect(row.getByRole('button', { name: 'Accept' })).toBeDisabled();
  await expect(row.getByRole('button', { name: 'Reject' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row).toContainText('Rejected');
  await expect(row.getByRole('button', { name: 'Accept' })).toBeFocused();
  await page.reload();
  await page.getByRole('tab', { name: 'Connection Management' }).click();
  await expect(page.getByRole('tabpanel').locator(`tr[data-endpoint-id="${endpoint}"]`)).toContainText('Rejected');
  list.expectNoErrors();
});
