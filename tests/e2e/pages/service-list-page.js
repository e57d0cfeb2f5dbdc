// @ts-check
// The VPC endpoint service list.
const { expect } = require('@playwright/test');
const { ConsolePage } = require('./console-page');

class ServiceListPage extends ConsolePage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    super(page);
    this.table = page.getByRole('table', { name: 'VPC endpoint services' });
    this.rows = this.table.locator('tbody tr[data-service-id]');
    this.count = page.locator('h1 .count');
    this.refresh = page.getByRole('button', { name: 'Refresh' });
    this.createButton = page.getByRole('link', { name: 'Create VPC Endpoint Service' }).first();
  }

  async open() {
    await this.page.goto('/services');
  }

  /** The row whose name contains `name` (e.g. "web-frontend"). */
  row(name) {
    return this.rows.filter({ has: this.page.locator('.service-name', { hasText: name }) });
  }

  /** Status label of the row of `name`. */
  status(name) {
    return this.row(name).locator('[data-status]');
  }

  /** Waits out the mock's 3 s creating delay, refreshes, and expects `name` Available. */
  async refreshUntilAvailable(name) {
    await this.page.waitForTimeout(3_200);
    await this.refresh.click();
    await expect(this.status(name)).toHaveText('Available');
  }

  /** Every column's text of the row of `name`, keyed by header. */
  async cells(name) {
    const headers = await this.table.locator('thead th').allInnerTexts();
    const cells = await this.row(name).locator('td').allInnerTexts();
    return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
  }
}

module.exports = { ServiceListPage };
