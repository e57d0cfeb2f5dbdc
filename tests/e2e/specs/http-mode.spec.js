// @ts-check
// The console in HTTP mode against vpcep-server's mock API (under /api/ on the same origin
// as the console, as in production): the same pages, the real API's requests. The test hooks
// (--test-hooks) need the token and JSON, and a fault names the route it breaks.
const { test, expect } = require('../fixtures');
const { ServiceListPage } = require('../pages/service-list-page');
const { CreateServicePage } = require('../pages/create-service-page');
const { HOOKS, newProject, useHttp, openQuietList, injectFault } = require('../http');

test('Settings switches to HTTP: the list asks for a sign-in, then comes from the server', async ({ page }) => {
  const list = new ServiceListPage(page);
  await page.goto('/settings');
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.reload();
  await page.getByRole('radio', { name: 'HTTP' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/services$/);
  const dialog = page.getByRole('dialog', { name: 'Sign in to Open Telekom Cloud' });
  await expect(dialog).toBeVisible();
  // The mock's demo user (vpcep-server without --users).
  await dialog.getByLabel('Account name').fill('OTC-DEMO');
  await dialog.getByLabel('IAM user name').fill('demo');
  await dialog.getByLabel('Password').fill('demo-password');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'HTTP API: /api' })).toBeVisible();
  await expect(page.locator('.session-badge')).toHaveText('demo · OTC-DEMO');
  await expect(list.count).toHaveText('(12)');
  await expect(page.getByRole('button', { name: 'Reset demo data' })).toHaveCount(0);
  expect(await page.evaluate(() => location.href)).not.toContain('demo-password');
  expect(await page.evaluate(() => JSON.stringify(sessionStorage) + JSON.stringify(localStorage))).not.toContain('demo-password');
  list.expectNoErrors();
});

test('create, list, filter and delete over HTTP, with the real API bodies field for field', async ({ page, request }) => {
  const project = newProject();
  await useHttp(page, project);
  const form = new CreateServicePage(page);
  const list = new ServiceListPage(page);
  await form.open();
  await form.name.fill('over-http');
  await form.fillValid();
  await form.setPortMapping(2, 'UDP', 5353, 53);
  await form.addTagRow('env', 'prod');
  await form.description.fill('made in HTTP mode');
  await request.delete('/_mock/requests', HOOKS);
  await form.createNow.click();
  await expect(page.getByRole('heading', { name: 'The VPC endpoint service is being created.' })).toBeVisible();

  const recorded = await (await request.get('/_mock/requests', HOOKS)).json();
  const posts = recorded.filter((r) => r.method === 'POST');
  expect(posts).toHaveLength(1);
  expect(posts[0].path).toBe(`/vpcep/eu-de/v1/${project}/vpc-endpoint-services`);
  const lbs = await (await request.get(`/api/elb/v3/${project}/elb/loadbalancers`, HOOKS)).json();
  const lb = lbs.loadbalancers.find((l) => l.name === 'elb-api-internal');
  expect(posts[0].body).toEqual({
    port_id: lb.vip_port_id,
    vpc_id: lb.vpc_id,
    server_type: 'LB',
    ports: [
      { client_port: 443, server_port: 9443, protocol: 'TCP' },
      { client_port: 53, server_port: 5353, protocol: 'UDP' },
    ],
    service_name: 'over-http',
    approval_enabled: true,
    service_type: 'interface',
    tags: [{ key: 'env', value: 'prod' }],
    description: 'made in HTTP mode',
  });
  expect(recorded.every((r) => !JSON.stringify(r).includes('test-token'))).toBe(true);

  await page.locator('.result').getByRole('link', { name: 'Back to VPC Endpoint Service List' }).click();
  await expect(list.count).toHaveText('(13)');
  await list.search.fill('over-http');
  await expect(list.rows).toHaveCount(1);
  await expect(page).toHaveURL(/name=over-http/);
  await list.search.fill('');
  await list.deleteService('metrics');
  await expect(list.row('metrics')).toHaveCount(0, { timeout: 10_000 });
  list.expectNoErrors();
});

test('a 500 is shown with its code, and Retry recovers', async ({ page, request }) => {
  await useHttp(page, newProject());
  const list = await openQuietList(page);
  await injectFault(request, '500', 'list_services');
  await list.refresh.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The service failed (HTTP 500)');
  await expect(alert).toContainText('EndPoint.0001');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(list.rows).toHaveCount(10);
});

test('a 500 answer to a create is shown with its code and the input is kept', async ({ page, request }) => {
  await useHttp(page, newProject());
  const form = new CreateServicePage(page);
  await form.open();
  await form.name.fill('after-500');
  await form.fillValid();
  await injectFault(request, '500', 'create_service');
  await form.createNow.click();
  await expect(form.apiError).toContainText('The service failed (HTTP 500)');
  await expect(form.apiError).toContainText('EndPoint.0001');
  await expect(form.name).toHaveValue('after-500');
  await form.createNow.click(); // the fault was once: trying again works
  await expect(page.getByRole('heading', { name: 'The VPC endpoint service is being created.' })).toBeVisible();
});

test('leaving a page cancels its reads', async ({ page, request }) => {
  await useHttp(page, newProject());
  const list = await openQuietList(page);
  await injectFault(request, 'hang', 'list_services');
  await list.refresh.click(); // this read hangs on the server
  const failed = page.waitForEvent('requestfailed', (r) => r.url().includes('/vpc-endpoint-services'));
  await page.getByRole('link', { name: 'Settings' }).click();
  const r = await failed;
  expect(r.failure()?.errorText).toMatch(/abort/i);
  list.expectNoErrors();
});

test('a malformed answer to a create is shown and the input is kept', async ({ page, request }) => {
  await useHttp(page, newProject());
  const form = new CreateServicePage(page);
  await form.open();
  await form.name.fill('kept-input');
  await form.fillValid();
  await injectFault(request, 'malformed', 'create_service');
  await form.createNow.click();
  await expect(form.apiError).toContainText('The API sent an answer the console cannot read');
  await expect(form.name).toHaveValue('kept-input');
  await expect(form.portRow(1).servicePort).toHaveValue('9443');
});

test('no answer within 15 s is a timeout; the input is kept', async ({ page, request }) => {
  await page.clock.install();
  await useHttp(page, newProject());
  const form = new CreateServicePage(page);
  await form.open();
  await form.name.fill('slow');
  await form.fillValid();
  await injectFault(request, 'hang', 'create_service');
  await form.createNow.click();
  await expect(form.createNow).toHaveCount(0); // the button shows progress
  // The console's 15 s limit runs on the page's clock: move it on instead of waiting.
  await page.clock.fastForward(15_500);
  await expect(form.apiError).toContainText('did not answer in time');
  await expect(form.apiError).toContainText('No answer after 15 seconds');
  await expect(form.name).toHaveValue('slow');
});

test('not signed in, the list asks for a sign-in; cancelled, it says what is needed', async ({ page }) => {
  await useHttp(page, newProject(), '');
  await page.goto('/services');
  const dialog = page.getByRole('dialog', { name: 'Sign in to Open Telekom Cloud' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Sign in' }).click(); // nothing typed
  await expect(dialog.getByLabel('Account name')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText('Enter the password.');
  await dialog.getByLabel('Account name').fill('OTC-DEMO');
  await dialog.getByLabel('IAM user name').fill('demo');
  await dialog.getByLabel('Password').fill('wrong');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The account name, user name or password is wrong.');
  await expect(dialog.getByLabel('IAM user name')).toHaveValue('demo');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sign in to continue');
  await expect(alert).toContainText('sign-in to eu-de');
});

test('accepting a connection over HTTP sends the API body', async ({ page, request }) => {
  const project = newProject();
  await useHttp(page, project);
  const list = new ServiceListPage(page);
  await list.open();
  await list.row('web-frontend').locator('.service-name').click();
  await page.getByRole('tab', { name: 'Connection Management' }).click();
  const pending = page.getByRole('tabpanel').locator('tbody tr', { hasText: 'Pending acceptance' });
  const endpoint = await pending.getAttribute('data-endpoint-id');
  await request.delete('/_mock/requests', HOOKS);
  await pending.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('tabpanel').locator(`tr[data-endpoint-id="${endpoint}"]`)).toContainText('Accepted');
  const recorded = await (await request.get('/_mock/requests', HOOKS)).json();
  const post = recorded.find((r) => r.method === 'POST');
  expect(post.path).toMatch(new RegExp(`^/vpcep/eu-de/v1/${project}/vpc-endpoint-services/[0-9a-f-]{36}/connections/action$`));
  expect(post.body).toEqual({ endpoints: [endpoint], action: 'receive' });
  list.expectNoErrors();
});

test('at the quota, Create is disabled and says why', async ({ page, request }) => {
  const project = newProject();
  await useHttp(page, project);
  const base = `/api/vpcep/v1/${project}/vpc-endpoint-services`;
  const seeded = await (await request.get(`${base}?limit=1000&endpoint_service_name=search`, HOOKS)).json();
  const s = seeded.endpoint_services[0];
  for (let i = 0; i < 8; i++) { // 12 seeded + 8 = the quota of 20
    const body = { port_id: s.port_id, vpc_id: s.vpc_id, server_type: 'LB', ports: [{ client_port: 80, server_port: 7100 + i, protocol: 'TCP' }] };
    expect((await request.post(base, { ...HOOKS, data: body })).status()).toBe(200);
  }
  const list = new ServiceListPage(page);
  await list.open();
  await expect(list.count).toHaveText('(20)');
  const create = page.getByRole('button', { name: 'Create VPC Endpoint Service' });
  await expect(create).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('#quota-hint')).toContainText('reached the quota');
  await expect(create).toHaveAttribute('aria-describedby', 'quota-hint');
  await expect(create).toBeDisabled(); // aria-disabled: it keeps focus and is not a link
  await create.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/services$/);
});

test('at 390x844 the sign-in dialog shows with the menu closed (the top bar tools fold into it)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await useHttp(page, newProject(), '');
  await page.goto('/services');
  const dialog = page.getByRole('dialog', { name: 'Sign in to Open Telekom Cloud' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  await dialog.getByLabel('Account name').fill('OTC-DEMO');
  await dialog.getByLabel('IAM user name').fill('demo');
  await dialog.getByLabel('Password').fill('demo-password');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('tbody tr[data-service-id]').first()).toBeVisible();
});
