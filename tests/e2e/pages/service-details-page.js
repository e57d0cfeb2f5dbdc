// @ts-check
// A service's details page: its tabs, and the whitelist, tag and connection changes.
const { expect } = require('@playwright/test');
const { ServiceListPage } = require('./service-list-page');

class ServiceDetailsPage extends ServiceListPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    super(page);
    this.panel = page.getByRole('tabpanel');
    this.tableRows = this.panel.locator('tbody tr');
    this.success = this.panel.locator('.alert-success');
    this.failure = this.panel.getByRole('alert');
    this.confirm = page.getByRole('dialog', { name: /^Delete / });
    // Permission Management
    this.addToWhitelist = page.getByRole('button', { name: 'Add to Whitelist' });
    this.whitelistDialog = page.getByRole('dialog', { name: 'Add to Whitelist' });
    this.accountIds = page.getByRole('textbox', { name: 'Authorized Account IDs' });
    this.accountFilter = page.getByRole('searchbox', { name: 'Filter by account ID' });
    // Tags
    this.addTag = page.getByRole('button', { name: 'Add Tag' });
    this.tagDialog = page.getByRole('dialog', { name: /^(Add|Edit) Tag$/ });
    this.tagKey = page.getByRole('textbox', { name: 'Key' });
    this.tagValue = page.getByRole('textbox', { name: 'Value' });
    // Connection Management
    this.connectionStatus = page.getByRole('combobox', { name: 'Status' });
  }

  /** Opens the details of the service whose name contains `name`. */
  async openService(name) {
    await this.open();
    await this.row(name).locator('.service-name').click();
    await expect(this.panel).toContainText('Connection Approval');
  }

  async tab(name) {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The OK button of an open dialog. */
  ok(dialog) {
    return dialog.getByRole('button', { name: 'OK' });
  }

  /** The row of the whitelist record, tag key or endpoint id. */
  permissionRow(record) {
    return this.panel.locator(`tr[data-permission="${record}"]`);
  }

  tagRow(key) {
    return this.panel.locator(`tr[data-tag-key="${key}"]`);
  }

  /** How often the embedded mock was called for `route` (build with e2e-hooks). */
  async calls(route) {
    return this.page.evaluate((r) => (globalThis.vpcepMockCalls || {})[r] || 0, route);
  }
}

module.exports = { ServiceDetailsPage };
