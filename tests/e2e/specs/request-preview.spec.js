// @ts-check
// The request behind Create Now (HTTP, curl, Terraform), the Terraform of an existing
// service, and the keyboard shortcuts.
const { test, expect } = require('../fixtures');
const { CreateServicePage } = require('../pages/create-service-page');
const { ServiceDetailsPage } = require('../pages/service-details-page');
const { HOOKS, newProject, useHttp } = require('../http');

test.beforeEach(async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

const previewText = (page) => page.locator('#request-preview-text');

test('the previewed request equals, field for field, the body the server receives', async ({ page, request }) => {
  const project = newProject();
  await useHttp(page, project);
  const form = new CreateServicePage(page);
  await form.open();
  await expect(page.locator('#request-preview-waiting')).toBeVisible();
  await form.fillValid();
  await form.name.fill('preview1');
  await form.addTagRow('env', 'test');
  await form.description.fill("it's \"quoted\"");
  const shown = previewText(page);
  await expect(shown).toContainText(`POST https://vpcep.eu-de.otc.t-systems.com/v1/${project}/vpc-endpoint-services`);
  await expect(shown).toContainText('"service_name": "preview1"');
  const http = await shown.textContent();
  const previewed = JSON.parse(http.slice(http.indexOf('{')));
  // curl: the token is a placeholder.
  await page.getByRole('button', { name: 'curl' }).click();
  await expect(shown).toContainText('X-Auth-Token: $OS_TOKEN');
  await expect(shown).not.toContainText('test-token');
  await page.getByRole('button', { name: 'Terraform' }).click();
  await expect(shown).toContainText('resource "opentelekomcloud_vpcep_service_v1" "preview1"');
  await expect(shown).toContainText('server_port = 9443');
  await request.delete('/_mock/requests', HOOKS);
  await form.createNow.click();
  await expect(page.locator('#result-title')).toBeVisible();
  const recorded = await (await request.get('/_mock/requests', HOOKS)).json();
  const post = recorded.find((r) => r.method === 'POST');
  expect(post.path).toBe(`/vpcep/eu-de/v1/${project}/vpc-endpoint-services`);
  expect(post.body).toEqual(previewed);
});

test('the preview follows the form as it changes and copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const form = new CreateServicePage(page);
  await form.open();
  await form.fillValid();
  const shown = previewText(page);
  await expect(shown).toContainText('"server_port": 9443');
  await form.setPortMapping(1, 'TCP', 9444, 443);
  await expect(shown).toContainText('"server_port": 9444');
  // Embedded mock: its project id is in the path.
  await expect(shown).toContainText(/POST https:\/\/vpcep\.eu-de\.otc\.t-systems\.com\/v1\/[0-9a-f]{32}\/vpc-endpoint-services/);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.locator('.request-preview [role=status]')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shown.textContent());
  // Invalid again: the preview waits.
  await form.portRow(1).servicePort.fill('');
  await expect(page.locator('#request-preview-waiting')).toBeVisible();
  await form.screenshot('create-request-preview');
});

test('an existing service as Terraform, with an import block', async ({ page }) => {
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  await page.getByRole('button', { name: 'Terraform' }).click();
  const text = page.locator('#terraform-text');
  await expect(text).toContainText('import {');
  await expect(text).toContainText('to = opentelekomcloud_vpcep_service_v1.web-frontend');
  await expect(text).toContainText('whitelist        = ["5fc973eea581490997e82ea11a1df31f"]');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Terraform' })).toBeFocused();
});

test('keyboard shortcuts: ? shows them, / searches the list, c opens Create, Escape closes', async ({ page }) => {
  await page.goto('/settings');
  // The shortcuts listen once the console runs: wait for the page it draws, not the load event.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.getByRole('searchbox', { name: 'Search by name' })).toBeFocused();
  // Typing in a field is typing, not a shortcut.
  await page.keyboard.type('c?');
  await expect(page.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('c?');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Create a VPC endpoint service');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await page.keyboard.press('c');
  await expect(page).toHaveURL(/\/services\/create$/);
});
