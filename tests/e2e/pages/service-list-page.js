// @ts-check
// The VPC endpoint service list.
const { expect } = require('@playwright/test');
const { ConsolePage } = require('./console-page');

/** How long the mock keeps a new or seeded service Creating by default, in ms (vpcep-mock). */
const MOCK_CREATING_MS = 3_000;
/** The scenario's longest creating_s: longer than any test runs. */
const CREATING_THROUGH_THE_TEST_S = 600;

class ServiceListPage extends ConsolePage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    super(page);
    this.table = page.getByRole('table', { name: 'VPC endpoint services' });
    this.rows = this.table.locator('tbody tr[data-service-id]');
    this.count = page.locator('h1 .count');
    this.refresh = page.getByRole('button', { name: 'Refresh' });
    this.createButton = page.getByRole('link', { name: 'Create VPC Endpoint Service' }).first();
    this.search = page.getByRole('searchbox', { name: 'Search by name' });
    this.filterProperty = page.getByLabel('Filter property');
    this.filterValue = page.locator('#filter-value');
    this.addFilterButton = page.getByRole('button', { name: 'Add filter' });
    this.chips = page.getByRole('list', { name: 'Active filters' });
    this.clearFilters = page.getByRole('button', { name: 'Clear filters' }).first();
    this.range = page.locator('.pagination-range');
    this.nextPage = page.getByRole('button', { name: 'Next page' });
    this.previousPage = page.getByRole('button', { name: 'Previous page' });
    this.pageSize = page.getByLabel('Rows per page');
    this.deleteSelected = page.getByRole('button', { name: /^Delete( \(\d+\))?$/ });
    this.dialog = page.getByRole('dialog');
    this.announcer = page.locator('#list-announcer');
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

  /** Opens the list with the seeded services Creating for `seconds` (the scenario's
   * creating_s) instead of 3 s, which a busy machine can spend on loading alone, and waits for
   * `name`'s row: from then on the scenario is kept across pages. */
  async openWhileCreating(name, seconds = CREATING_THROUGH_THE_TEST_S) {
    await this.page.goto(`/services?creating_s=${seconds}`);
    await expect(this.row(name)).toBeVisible();
  }

  /** Moves the clock past the mock's creating delay, refreshes, and expects `name`
   * Available. The test must have installed Playwright's clock before opening the page. */
  async refreshUntilAvailable(name) {
    await this.page.clock.fastForward(MOCK_CREATING_MS + 200);
    await this.refresh.click();
    await expect(this.status(name)).toHaveText('Available');
  }

  /** Adds a property filter, e.g. ('status', 'available') or ('tag', 'env=prod'). */
  async addFilter(property, value) {
    await this.filterProperty.selectOption(property);
    if (await this.filterValue.evaluate((e) => e.tagName === 'SELECT')) {
      await this.filterValue.selectOption(value);
    } else {
      await this.filterValue.fill(value);
    }
    await this.addFilterButton.click();
  }

  /** The names of the rows shown, in order. */
  async names() {
    await this.rows.first().waitFor();
    return this.rows.locator('.service-name').allInnerTexts();
  }

  /** Opens the delete dialog of `name`, types the confirmation and deletes. */
  async deleteService(name) {
    await this.row(name).getByRole('button', { name: /^Delete / }).click();
    await this.dialog.getByRole('textbox').fill('delete');
    await this.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }

  /** Every column's text of the row of `name`, keyed by header. */
  async cells(name) {
    const headers = (await this.table.locator('thead th').allInnerTexts()).map((h) => h.replace(/[↕▲▼]/g, '').trim());
    const cells = await this.row(name).locator('td').allInnerTexts();
    return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
  }
}

module.exports = { ServiceListPage };
