// @ts-check
// The frame every page shares: top bar (region, reset), navigation, page errors.
const { expect } = require('@playwright/test');

class ConsolePage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(m.text()); });
    this.region = page.getByLabel('Region');
    this.resetDemoData = page.getByRole('button', { name: 'Reset demo data' });
    this.heading = page.getByRole('heading', { level: 1 });
  }

  /** Starts every test from the seed: the embedded mock keeps its state in localStorage. */
  async freshStart(path = '/') {
    await this.page.goto(path);
    await this.page.evaluate(() => localStorage.clear());
    await this.page.goto(path);
  }

  async selectRegion(id) {
    await this.region.selectOption(id);
  }

  async screenshot(name) {
    await this.page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
  }

  expectNoErrors() {
    expect(this.errors, 'page errors and console errors').toEqual([]);
  }
}

module.exports = { ConsolePage };
