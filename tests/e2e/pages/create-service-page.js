// @ts-check
// The Create VPC Endpoint Service page.
const { expect } = require('@playwright/test');
const { ConsolePage } = require('./console-page');

class CreateServicePage extends ConsolePage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    super(page);
    this.name = page.getByLabel('Name', { exact: true });
    this.vpc = page.locator('#f-vpc_id');
    this.portRows = page.getByRole('group', { name: /^Port mapping \d+$/ });
    this.addPortMapping = page.getByRole('button', { name: 'Add Port Mapping' });
    this.loadBalancer = page.locator('select#f-port_id');
    this.ecsBackend = page.getByRole('radio', { name: 'ECS' });
    this.tagRows = page.getByRole('group', { name: /^Tag \d+$/ });
    this.addTag = page.getByRole('button', { name: 'Add Tag' });
    this.description = page.getByLabel('Description');
    this.createNow = page.getByRole('button', { name: 'Create Now' });
    this.cancel = page.getByRole('button', { name: 'Cancel' });
    this.summary = page.locator('#error-summary');
    this.apiError = page.locator('#create-error');
    this.preview = page.locator('.name-preview');
  }

  async open() {
    await this.page.goto('/services/create');
    await expect(this.vpc.locator('option', { hasText: 'vpc-prod-web' })).toHaveCount(1);
  }

  portRow(n) {
    const row = this.portRows.nth(n - 1);
    return {
      protocol: row.getByLabel('Protocol'),
      servicePort: row.getByLabel('Service Port'),
      terminalPort: row.getByLabel('Terminal Port'),
      remove: row.getByRole('button', { name: /^Remove/ }),
      row,
    };
  }

  tagRow(n) {
    const row = this.tagRows.nth(n - 1);
    return { key: row.getByLabel('Tag key'), value: row.getByLabel('Tag value'), remove: row.getByRole('button', { name: /^Remove/ }), row };
  }

  /** Fills port mapping `n` (adding rows as needed). */
  async setPortMapping(n, protocol, servicePort, terminalPort) {
    while ((await this.portRows.count()) < n) await this.addPortMapping.click();
    const r = this.portRow(n);
    await r.protocol.selectOption(protocol);
    await r.servicePort.fill(String(servicePort));
    await r.terminalPort.fill(String(terminalPort));
  }

  async addTagRow(key, value) {
    await this.addTag.click();
    const r = this.tagRow(await this.tagRows.count());
    await r.key.fill(key);
    await r.value.fill(value);
  }

  /** A complete, valid form: VPC vpc-prod-web, load balancer elb-api-internal, one mapping. */
  async fillValid() {
    await this.vpc.selectOption({ label: 'vpc-prod-web-eu-de (10.10.0.0/16)' });
    await this.loadBalancer.selectOption({ label: 'elb-api-internal (10.10.0.20, dedicated)' });
    await this.setPortMapping(1, 'TCP', 9443, 443);
  }

  /** How many times the page called the embedded mock's `op`. */
  async calls(op) {
    return this.page.evaluate((o) => (globalThis.vpcepMockCalls || {})[o] || 0, op);
  }
}

module.exports = { CreateServicePage };
