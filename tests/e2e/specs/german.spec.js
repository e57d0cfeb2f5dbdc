// @ts-check
// Every page and dialog in German: the visible texts (and the labels, titles and placeholders a
// screen reader or a hover shows) hold no English text of the console's catalogue and no
// English sentence; axe-core finds nothing in German either. Data (names, descriptions, IDs,
// code) is marked translate="no" and not read.
const { test, expect } = require('../fixtures');
const { GermanWalk } = require('../pages/german-walk');

test.describe.configure({ timeout: 90_000 });

test('the list, its filters, the delete dialog, shortcuts, the scenario panel and a bad link', async ({ page }) => {
  const de = new GermanWalk(page);
  await de.start('/services');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC-Endpunktdienste');
  await expect(de.serviceRows).toHaveCount(10);
  await de.expectGerman('the list');
  await de.expectAxeClean('the list');
  await page.locator('#filter-property').selectOption('status');
  await de.expectGerman('the list with the status filter open');
  await page.goto('/services?status=available&name=zzz');
  await expect(page.locator('.empty-state')).toBeVisible();
  await de.expectGerman('the list, filtered to nothing');
  await page.goto('/services');
  await de.serviceRow('metrics').getByRole('button', { name: /löschen$/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await de.expectGerman('the delete dialog');
  await de.expectAxeClean('the delete dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Tastenkürzel' })).toBeVisible();
  await de.expectGerman('the shortcuts help');
  await page.keyboard.press('Escape');
  await page.locator('#scenario-button').click();
  const panel = page.getByRole('dialog', { name: 'Szenario' });
  await panel.locator('#scenario-account').selectOption('failed');
  await panel.locator('#scenario-fail').selectOption('500');
  await expect(panel.locator('#scenario-fail-rate')).toBeVisible();
  await de.expectGerman('the scenario panel');
  await de.expectAxeClean('the scenario panel');
  await panel.locator('#state-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"nope": 1}') });
  await expect(panel.getByRole('alert')).toContainText('wurde nicht importiert');
  await de.expectGerman('a refused import');
  await page.keyboard.press('Escape');
  await page.goto('/services?latency=soon');
  await expect(page.locator('.scenario-url-error')).toContainText('Der Link wurde nicht übernommen');
  await de.expectGerman('a bad scenario link');
});

test('the create form: empty, every error, the ECS list, tags, the preview, a refusal, the result and leaving', async ({ page }) => {
  const de = new GermanWalk(page);
  await de.start('/services/create');
  await expect(page.locator('#f-vpc_id option', { hasText: 'vpc-prod-web' })).toHaveCount(1);
  await de.expectGerman('the empty create form');
  await page.locator('#f-tags').click();
  await page.locator('button[data-form-action="submit"]').click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await de.expectGerman('the create form with every error');
  await de.expectAxeClean('the create form with every error');
  await page.locator('#backend-ecs').check();
  await de.expectGerman('the ECS list');
  await page.locator('#backend-lb').check();
  const pick = async (select, text) => {
    const value = await page.locator(`${select} option`, { hasText: text }).getAttribute('value');
    await page.locator(select).selectOption(String(value));
  };
  await pick('#f-vpc_id', 'vpc-prod-web-eu-de');
  await pick('select#f-port_id', 'elb-api-internal');
  const row = page.locator('.port-mappings .row-editor-row').first();
  await row.locator('input').nth(0).fill('9443');
  await row.locator('input').nth(1).fill('443');
  const tag = page.locator('.tags .row-editor-row').first();
  await tag.locator('input').nth(0).fill('env');
  await tag.locator('input').nth(1).fill('test');
  await expect(page.locator('#request-preview-text')).toBeVisible();
  await de.expectGerman('the valid form with its request preview');
  await page.goto('/services/create?fail=quota&fail_on=create_service&latency=0');
  await page.locator('button[data-form-action="submit"]').click();
  await expect(page.locator('#create-error')).toBeVisible();
  await expect(page.locator('#create-error')).toContainText('Kontingent überschritten');
  await de.expectGerman('a refused create');
  await page.locator('button[data-form-action="submit"]').click();
  await expect(page.locator('#result-title')).toBeVisible();
  await de.expectGerman('the result');
  await page.goto('/services/create');
  await page.locator('#f-service_name').fill('draft');
  await page.locator('button[data-form-action="cancel"]').click();
  await expect(page.getByRole('dialog', { name: 'Diese Seite verlassen?' })).toBeVisible();
  await de.expectGerman('the leave dialog');
});

test('the details tabs, their dialogs and reports, and the Terraform dialog', async ({ page }) => {
  const de = new GermanWalk(page);
  await de.start('/services');
  await de.serviceRow('web-frontend').locator('.service-name').click();
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText('Diensttyp');
  await de.expectGerman('the summary');
  await de.expectAxeClean('the summary');
  await panel.locator('.summary-value + button').first().click();
  await de.expectGerman('the summary, editing the name');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Terraform' }).click();
  await expect(page.locator('#terraform-text')).toBeVisible();
  await de.expectGerman('the Terraform dialog');
  await page.keyboard.press('Escape');
  await de.tab(1).click();
  await expect(panel.locator('tbody tr').first()).toBeVisible();
  await de.expectGerman('the connections');
  await panel.getByRole('checkbox').first().check();
  await panel.locator('.tab-toolbar button').first().click();
  await expect(panel.locator('.alert-success')).toContainText('2 Verbindungen angenommen.');
  await de.expectGerman('the connections after a bulk accept');
  await de.tab(2).click();
  await expect(panel.locator('tbody tr')).toHaveCount(1);
  await de.expectGerman('the whitelist');
  await page.locator('#whitelist-add').click();
  await page.locator('#whitelist-ids').fill('bad-id\nbad-id');
  await page.locator('#whitelist-dialog button[type="submit"]').click();
  await expect(page.locator('#whitelist-ids')).toHaveAttribute('aria-invalid', 'true');
  await de.expectGerman('the Add to Whitelist dialog with errors');
  await de.expectAxeClean('the Add to Whitelist dialog with errors');
  await page.locator('#whitelist-ids').fill('abc123');
  await page.locator('#whitelist-dialog button[type="submit"]').click();
  await expect(panel.locator('.alert-success')).toBeVisible();
  await de.expectGerman('the whitelist after an add');
  await panel.locator('tr[data-permission="iam:domain::abc123"] button').click();
  await expect(page.getByRole('dialog', { name: 'Whitelist-Einträge löschen' })).toBeVisible();
  await de.expectGerman('the whitelist delete confirmation');
  await page.keyboard.press('Escape');
  await de.tab(3).click();
  await de.expectGerman('the port mappings');
  await de.tab(4).click();
  await page.locator('#tag-add').click();
  await page.locator('#tag-key').fill('a b');
  await page.locator('#tag-dialog button[type="submit"]').click();
  await expect(page.locator('#tag-key')).toHaveAttribute('aria-invalid', 'true');
  await de.expectGerman('the Add Tag dialog with errors');
  await page.keyboard.press('Escape');
  await panel.locator('tr[data-tag-key="env"] button').last().click();
  await expect(page.getByRole('dialog', { name: 'Tag löschen' })).toBeVisible();
  await de.expectGerman('the tag delete confirmation');
  await page.getByRole('dialog', { name: 'Tag löschen' }).getByRole('button', { name: 'Löschen' }).click();
  await expect(panel.locator('.alert-success')).toContainText('gelöscht');
  await de.expectGerman('the tags after a delete');
  await de.expectAxeClean('the tags');
});

test('settings, a missing page, and the sign-in dialog in HTTP mode', async ({ page }) => {
  const de = new GermanWalk(page);
  await de.start('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
  await de.expectGerman('the settings');
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await de.expectGerman('the missing page');
  await page.evaluate(() => {
    sessionStorage.clear();
    localStorage.setItem('vpcep-console.api-settings.v1', JSON.stringify({ mode: 'http', base: '/api' }));
  });
  await page.goto('/services');
  const dialog = page.getByRole('dialog', { name: 'Bei Open Telekom Cloud anmelden' });
  await expect(dialog).toBeVisible();
  await dialog.locator('button[type="submit"]').click();
  await expect(page.locator('#sign-in-password')).toHaveAttribute('aria-invalid', 'true');
  await de.expectGerman('the sign-in dialog with missing fields');
  await de.expectAxeClean('the sign-in dialog');
  await page.locator('#sign-in-account').fill('OTC-DEMO');
  await page.locator('#sign-in-user').fill('demo');
  await page.locator('#sign-in-password').fill('wrong');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await de.expectGerman('the sign-in dialog, refused');
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
});

test('the language select switches to German and back, and the choice is remembered', async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/services');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC Endpoint Services');
  await page.getByLabel('Language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC-Endpunktdienste');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC-Endpunktdienste');
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC Endpoint Services');
});

test('the walk finds English: an English text on a German page fails it', async ({ page }) => {
  const de = new GermanWalk(page);
  await de.start('/settings');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Create VPC Endpoint Service';
    document.querySelector('main').append(p);
    const q = document.createElement('p');
    q.textContent = 'Select the thing you want.';
    document.querySelector('main').append(q);
  });
  expect(await de.englishLeft()).toEqual([
    'catalogue text "Create VPC Endpoint Service" (create_service)',
    'English words in "Select the thing you want."',
  ]);
});

test.afterEach(async ({ page }) => {
  await page.evaluate(() => localStorage.removeItem('vpcep-console.lang.v1')).catch(() => {});
});
