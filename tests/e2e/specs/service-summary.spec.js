// @ts-check
// The Summary tab: the VPC and the backend by name, the name and description edited in place
// (by keyboard), Connection Approval switched with a confirmation, a refusal while the service
// is creating shown where the user acted, and the changes surviving a reload.
const { test, expect } = require('../fixtures');
const AxeBuilder = require('@axe-core/playwright').default;
const { ServiceListPage } = require('../pages/service-list-page');

test.beforeEach(async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

async function openDetails(page, name) {
  const list = new ServiceListPage(page);
  await list.open();
  await list.row(name).locator('.service-name').click();
  await expect(page.getByRole('tabpanel')).toContainText('Connection Approval');
  return list;
}

test('edit the name and description, switch approval, and the changes stay', async ({ page }) => {
  const list = await openDetails(page, 'web-frontend');
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText('vpc-prod-web-eu-de');
  await expect(panel).toContainText(/Enhanced load balancer: elb-/);
  const heading = page.getByRole('heading', { level: 1 });
  const id = (await heading.textContent())?.split('.').pop();

  await page.getByRole('button', { name: 'Edit name' }).click();
  const name = page.getByRole('textbox', { name: 'New name' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('web-frontend');
  await name.fill('has space');
  await page.keyboard.press('Enter');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.locator('.inline-edit .field-error')).toContainText('letters, digits');
  await expect(heading).toContainText('eu-de.web-frontend.'); // nothing was sent
  await name.fill('web-shop');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(`‹eu-de.web-shop.${id}`);
  await expect(panel.getByRole('status')).toContainText('Name changed.');

  await page.getByRole('button', { name: 'Edit description' }).click();
  await page.getByRole('textbox', { name: 'New description' }).fill('The shop, renamed');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(panel).toContainText('The shop, renamed');

  await expect(panel.locator('#approval-switch')).toHaveText('Disable');
  await panel.locator('#approval-switch').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Endpoints already waiting stay pending');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Change' }).click();
  await expect(panel.locator('#approval-switch')).toHaveText('Enable');
  await expect(panel).toContainText('Connection approval changed.');
  await list.screenshot('service-summary');

  await page.reload();
  await expect(heading).toHaveText(`‹eu-de.web-shop.${id}`);
  await expect(page.getByRole('tabpanel')).toContainText('The shop, renamed');
  await expect(page.getByRole('tabpanel').locator('#approval-switch')).toHaveText('Enable');
});

test('a change while the service is creating is refused where it was made, the input kept', async ({ page }) => {
  // Creating for the whole test: 3 s (the default) ran out on a busy machine before the edit.
  await new ServiceListPage(page).openWhileCreating('search');
  await openDetails(page, 'search');
  await page.getByRole('button', { name: 'Edit name' }).click();
  const name = page.getByRole('textbox', { name: 'New name' });
  await name.fill('search2');
  await page.keyboard.press('Enter');
  await expect(page.locator('.inline-edit .field-error')).toContainText('being created or deleted');
  await expect(page.locator('.inline-edit .field-error')).toContainText('EndPoint.3045');
  await expect(name).toHaveValue('search2');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Edit name' })).toBeFocused();
});
