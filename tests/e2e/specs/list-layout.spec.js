// @ts-check
// The list fits the screen: at 1280 and 1440 px nothing is cut and nothing scrolls sideways,
// a row is at most about two lines and 10 rows fit a 900 px window; below 768 px every
// service is a card with all its actions, and the top bar and navigation fold into a menu.
const { test, expect } = require('../fixtures');
const AxeBuilder = require('@axe-core/playwright').default;
const { ServiceListPage } = require('../pages/service-list-page');

test.beforeEach(async ({ page }) => {
  await page.goto('/services');
  await page.evaluate(() => localStorage.clear());
});

/** Widths of the page and the table against their boxes, and the rows' boxes. */
async function measure(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const scroller = /** @type {HTMLElement} */ (document.querySelector('.table-scroll'));
    const rows = [...document.querySelectorAll('tbody tr[data-service-id]')].map((r) => r.getBoundingClientRect());
    // Cells and headers whose text does not fit, except those that cut on purpose.
    const cut = [...document.querySelectorAll('.services-table th, .services-table td')]
      .filter((c) => !c.classList.contains('cell-clip') && c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.textContent);
    return {
      page: [doc.scrollWidth, doc.clientWidth],
      table: [scroller.scrollWidth, scroller.clientWidth],
      lastRowBottom: rows[rows.length - 1].bottom,
      tallestRow: Math.max(...rows.map((r) => r.height)),
      cut,
    };
  });
}

for (const width of [1440, 1280]) {
  test(`at ${width}x900 nothing is cut or scrolls sideways, and 10 rows fit`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const list = new ServiceListPage(page);
    await list.open();
    await expect(list.rows).toHaveCount(10);
    const m = await measure(page);
    expect(m.page[0], 'the page scrolls sideways').toBeLessThanOrEqual(m.page[1]);
    expect(m.table[0], 'the table scrolls sideways').toBeLessThanOrEqual(m.table[1]);
    expect(m.cut, 'cells whose text is cut').toEqual([]);
    expect(m.lastRowBottom, 'the 10th row is on screen').toBeLessThanOrEqual(900);
    expect(m.tallestRow, 'a row is at most about two lines').toBeLessThanOrEqual(64);
    // Name and ID: one line each, the whole text on hover (title) and when focused.
    const name = list.row('web-frontend').locator('.service-name');
    const full = await name.getAttribute('title');
    expect(full).toMatch(/^eu-de\.web-frontend\.[0-9a-f-]{36}$/);
    const lineHeight = await name.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    expect((await name.boundingBox())?.height).toBeLessThanOrEqual(lineHeight + 1);
    await name.focus();
    const focused = await name.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(focused[0], 'a focused name shows whole').toBeLessThanOrEqual(focused[1]);
    const created = list.row('web-frontend').locator('.cell-created');
    expect(await created.evaluate((e) => getComputedStyle(e).whiteSpace), 'Created on one line').toBe('nowrap');
    await list.screenshot(`service-list-${width}`);
  });
}

test('at 390x844 every service is a card with all its actions, and the menu holds the rest', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const list = new ServiceListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(10);
  const m = await measure(page);
  expect(m.page[0], 'the page scrolls sideways').toBeLessThanOrEqual(m.page[1]);
  expect(await list.rows.first().evaluate((r) => getComputedStyle(r).display)).toBe('block');
  // Every action of a card: select, open, copy the ID, delete; and sorting and select-all.
  const card = list.row('metrics');
  await card.getByRole('checkbox').check();
  await expect(list.deleteSelected).toHaveText('Delete (1)');
  await expect(card.getByRole('button', { name: 'Copy ID' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Name\/ID/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Select all services on this page' })).toBeVisible();
  await card.getByRole('button', { name: /^Delete / }).click();
  await expect(list.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await list.screenshot('service-list-390');
  // The region, the API badge and the navigation are behind the menu button.
  await expect(list.region).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(page.getByRole('button', { name: 'Close menu', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(list.region).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 2)}`)).toEqual([]);
  await list.screenshot('menu-390');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(menu).toHaveAttribute('aria-expanded', 'false'); // closed on the way
  await card.page().goto('/services');
  await list.row('metrics').locator('.service-name').click();
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
});

test('at 390x844 the details tabs do not scroll the page sideways; a tab table scrolls in its own box', async ({ page }) => {
  const { ServiceDetailsPage } = require('../pages/service-details-page');
  await page.setViewportSize({ width: 390, height: 844 });
  const d = new ServiceDetailsPage(page);
  await d.openService('web-frontend');
  for (const tab of ['Connection Management', 'Permission Management', 'Port Mapping', 'Tags']) {
    await d.tab(tab);
    await expect(d.tableRows.first()).toBeVisible();
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, `${tab}: the page's width`).toBeLessThanOrEqual(client);
  }
  // The last column's actions are reached by keyboard: focus scrolls them into view.
  await d.tab('Connection Management');
  const reject = d.tableRows.last().getByRole('button', { name: 'Reject' });
  await reject.focus();
  await expect(reject).toBeInViewport();
});
