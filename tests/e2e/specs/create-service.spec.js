// @ts-check
const { test, expect } = require('../fixtures');
const { CreateServicePage } = require('../pages/create-service-page');
const { ServiceListPage } = require('../pages/service-list-page');

test.beforeEach(async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

test('create a service with three port mappings and two tags, then watch it become Available', async ({ page }) => {
  await page.clock.install();
  const form = new CreateServicePage(page);
  const list = new ServiceListPage(page);
  await list.open();
  await list.createButton.click();
  await expect(page).toHaveURL(/\/services\/create$/);
  await form.open();
  await form.screenshot('create-empty');

  await form.name.fill('shop-api');
  await expect(form.preview).toHaveText('eu-de.shop-api.<service ID>');
  await form.vpc.selectOption({ label: 'vpc-prod-web-eu-de (10.10.0.0/16)' });
  await form.setPortMapping(1, 'TCP', 8088, 80);
  await form.setPortMapping(2, 'TCP', 8443, 443);
  await form.setPortMapping(3, 'UDP', 5353, 53);
  await form.ecsBackend.check();
  await page.getByRole('radio', { name: 'ecs-web-01' }).check();
  await form.addTagRow('env', 'prod');
  await form.addTagRow('team', 'shop');
  await form.description.fill('Shop API for partners');
  await form.createNow.dblclick();

  await expect(page.getByRole('heading', { name: 'The VPC endpoint service is being created.' })).toBeVisible();
  const fullName = await page.locator('#created-name').textContent();
  const id = await page.locator('#created-id').textContent();
  expect(fullName).toBe(`eu-de.shop-api.${id}`);
  expect(await form.calls('create_service')).toBe(1); // the double click created one service
  await form.screenshot('create-success');

  await page.locator('.result').getByRole('link', { name: 'Back to VPC Endpoint Service List' }).click();
  await expect(list.count).toHaveText('(13)');
  await expect(list.status('shop-api')).toHaveText('Creating');
  const cells = await list.cells('shop-api');
  expect(cells['Backend Resource Type']).toBe('ECS');
  expect(cells['Description']).toBe('Shop API for partners');
  await list.refreshUntilAvailable('shop-api');
  form.expectNoErrors();
});

test('an empty submit shows every required field, focuses the first and sends nothing', async ({ page }) => {
  const form = new CreateServicePage(page);
  await form.open();
  await form.createNow.click();
  await expect(form.summary).toContainText('Fix 4 problems');
  await expect(form.vpc).toBeFocused();
  await expect(form.vpc).toHaveAttribute('aria-invalid', 'true');
  await expect(form.vpc).toHaveAttribute('aria-describedby', 'f-vpc_id-error');
  await expect(page.locator('#f-vpc_id-error')).toHaveText(/Select a VPC\./);
  await expect(form.summary.getByRole('link')).toHaveText([
    'Select a VPC.', 'Enter a service port from 1 to 65535.', 'Enter a terminal port from 1 to 65535.', 'Select a load balancer.',
  ]);
  await form.summary.getByRole('link', { name: 'Select a load balancer.' }).click();
  await expect(form.loadBalancer).toBeFocused();
  await form.screenshot('create-errors');
  expect(await form.calls('create_service')).toBe(0);
  form.expectNoErrors();
});

// One bad input for each rule of the seed: its message shows and no request is sent.
const RULES = [
  ['name longer than 16 characters', async (f) => f.name.fill('a-name-of-17-char'), 'The name can contain at most 16 characters (it has 17).'],
  ['name with a space', async (f) => f.name.fill('my service'), 'spaces are not allowed'],
  ['name with a non-ASCII letter', async (f) => f.name.fill('größe'), '"ö" is not allowed'],
  ['service port 0', async (f) => f.portRow(1).servicePort.fill('0'), 'Enter a service port from 1 to 65535.'],
  ['terminal port 65536', async (f) => f.portRow(1).terminalPort.fill('65536'), 'Enter a terminal port from 1 to 65535.'],
  ['a port that is not a number', async (f) => f.portRow(1).servicePort.fill('http'), 'The service port must be a whole number from 1 to 65535.'],
  ['two mappings with the same protocol and service port', async (f) => f.setPortMapping(2, 'TCP', 9443, 8443), 'as port mapping 2'],
  ['two mappings with the same protocol and terminal port', async (f) => f.setPortMapping(2, 'TCP', 9444, 443), 'the same protocol and terminal port'],
  ['no load balancer', async (f) => f.loadBalancer.selectOption(''), 'Select a load balancer.'],
  ['an empty tag key', async (f) => f.addTagRow('', 'prod'), 'Enter a tag key.'],
  ['a tag key of 37 characters', async (f) => f.addTagRow('k'.repeat(37), ''), 'The tag key can contain at most 36 characters (it has 37).'],
  ['a tag value of 44 characters', async (f) => f.addTagRow('env', 'v'.repeat(44)), 'The tag value can contain at most 43 characters (it has 44).'],
  ['an @ in a tag key', async (f) => f.addTagRow('owner@team', ''), '"@" is not allowed'],
  ['a duplicate tag key', async (f) => { await f.addTagRow('env', 'a'); await f.addTagRow('env', 'b'); }, 'also used by tag'],
  ['a description of 129 characters', async (f) => f.description.fill('d'.repeat(129)), 'The description can contain at most 128 characters (it has 129).'],
  ['angle brackets in the description', async (f) => f.description.fill('<b>'), 'cannot contain angle brackets'],
];

for (const [rule, breakIt, message] of RULES) {
  test(`rule: ${rule}`, async ({ page }) => {
    const form = new CreateServicePage(page);
    await form.open();
    await form.fillValid();
    await breakIt(form);
    await form.createNow.click();
    await expect(form.summary).toContainText(message);
    await expect(page.locator('.field-error', { hasText: message }).first()).toBeVisible();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
    expect(await form.calls('create_service')).toBe(0);
    form.expectNoErrors();
  });
}

test('limits: 50 port mappings and 10 tags, the add buttons say so', async ({ page }) => {
  const form = new CreateServicePage(page);
  await form.open();
  const lines = Array.from({ length: 52 }, (_, i) => `TCP ${1000 + i} ${2000 + i}`).join('\n');
  await form.portRow(1).servicePort.focus();
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, lines);
  await expect(form.portRows).toHaveCount(50);
  await expect(page.locator('.paste-report')).toContainText('2 pasted lines were not added');
  await expect(form.addPortMapping).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('#f-ports-room')).toHaveText('You have reached the limit of 50 port mappings.');
  for (let i = 0; i < 10; i++) await form.addTag.click();
  await expect(form.tagRows).toHaveCount(10);
  // At the limit the button keeps focus and Enter adds nothing.
  await form.addTag.focus();
  await page.keyboard.press('Enter');
  await expect(form.tagRows).toHaveCount(10);
  await expect(form.addTag).toBeFocused();
  await expect(page.locator('#f-tags-room')).toHaveText('You have reached the limit of 10 tags.');
  form.expectNoErrors();
});

test('an API refusal is shown with its code at the field and above the buttons, input kept', async ({ page }) => {
  const form = new CreateServicePage(page);
  await form.open();
  await form.fillValid();
  await form.createNow.click();
  await expect(page.getByRole('heading', { name: 'The VPC endpoint service is being created.' })).toBeVisible();
  // The same backend with the same service port and protocol: the API refuses it (EndPoint.3044).
  await form.open();
  await form.fillValid();
  await form.name.fill('again');
  await form.createNow.click();
  await expect(form.apiError).toContainText('EndPoint.3044');
  await expect(form.apiError).toContainText('conflicted with ports in an existing endpoint service');
  await expect(page.locator('#f-ports-error')).toContainText('EndPoint.3044');
  await expect(form.name).toHaveValue('again');
  await expect(form.portRow(1).servicePort).toHaveValue('9443');
  form.expectNoErrors();
});

test('changing the VPC clears a backend that is not in it; the draft survives a reload; Cancel asks', async ({ page }) => {
  const form = new CreateServicePage(page);
  await form.open();
  await form.fillValid();
  await form.name.fill('kept');
  await form.vpc.selectOption({ label: 'vpc-analytics-eu-de (172.16.0.0/16)' });
  await expect(form.loadBalancer).toHaveValue('');
  await form.loadBalancer.selectOption({ label: 'elb-analytics (172.16.0.10, dedicated)' });
  await page.reload();
  await expect(form.name).toHaveValue('kept');
  await expect(form.vpc.locator('option:checked')).toHaveText('vpc-analytics-eu-de (172.16.0.0/16)');
  await expect(form.loadBalancer.locator('option:checked')).toHaveText('elb-analytics (172.16.0.10, dedicated)');
  await expect(form.portRow(1).servicePort).toHaveValue('9443');
  await form.cancel.click();
  const dialog = page.getByRole('dialog', { name: 'Leave this page?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Stay' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(form.name).toHaveValue('kept');
  await form.cancel.click();
  await page.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(/\/services$/);
  await page.goto('/services/create');
  await expect(form.name).toHaveValue('');
  form.expectNoErrors();
});
