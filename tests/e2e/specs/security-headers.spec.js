// @ts-check
// The console served by vpcep-server runs under its Content-Security-Policy (no
// 'unsafe-inline', no 'unsafe-eval'; 'wasm-unsafe-eval' and a nonce per page): no page or
// dialog reports a violation.
const { test, expect } = require('../fixtures');
const { ServiceListPage } = require('../pages/service-list-page');

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-ignore
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      // @ts-ignore
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
});

/** @param {import('@playwright/test').Page} page */
async function violations(page) {
  // @ts-ignore
  return page.evaluate(() => window.__csp);
}

test('the page comes with its security headers and a fresh nonce', async ({ page }) => {
  const first = await page.goto('/services');
  const second = await page.request.get('/services');
  const csp = first?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'nonce-");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(second.headers()['content-security-policy']).not.toBe(csp); // one nonce per page
  expect(first?.headers()['x-content-type-options']).toBe('nosniff');
  expect(first?.headers()['referrer-policy']).toBeTruthy();
  expect(first?.headers()['cache-control']).toBe('no-cache');
});

test('every page and dialog runs under the policy with no violation', async ({ page }) => {
  const list = new ServiceListPage(page);
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
  await list.open();
  await expect(list.rows).toHaveCount(10);
  await list.row('grafana').getByRole('button', { name: /^Delete / }).click();
  await expect(list.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await list.row('web-frontend').locator('.service-name').click();
  await expect(page.getByRole('tabpanel')).toContainText('Enhanced load balancer');
  for (const tab of ['Connection Management', 'Permission Management', 'Port Mapping', 'Tags']) {
    await page.getByRole('tab', { name: tab }).click();
  }
  await page.goto('/services/create');
  await expect(page.locator('#f-vpc_id option', { hasText: 'vpc-prod-web' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Create Now' }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  expect(await violations(page)).toEqual([]);
});

test('hashed assets are cached for good and served compressed', async ({ page }) => {
  const res = await page.goto('/services');
  const html = (await res?.text()) ?? '';
  const wasm = html.match(/href="(\/[^"]+_bg\.wasm)"/)?.[1];
  expect(wasm).toBeTruthy();
  const asset = await page.request.get(String(wasm), { headers: { 'Accept-Encoding': 'br' } });
  expect(asset.headers()['cache-control']).toContain('immutable');
  expect(asset.headers()['content-encoding']).toBe('br');
});
