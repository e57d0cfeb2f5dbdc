// @ts-check
// The wasm chunks the console loads when a part is first needed (see xtask/src/split.rs):
// which ones the page fetched, blocking one, and the error a part shows when its chunk
// did not load.
const { expect } = require('@playwright/test');

class Chunks {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    /** @type {string[]} the file names of every wasm the page fetched, in order */
    this.fetched = [];
    page.on('request', (r) => {
      const m = r.url().match(/\/pkg-[0-9a-f]{16}\/([^/?]+\.wasm)$/);
      if (m) this.fetched.push(m[1]);
    });
    this.failure = page.getByRole('alert').filter({ hasText: 'This part of the console could not be loaded' });
    this.retry = this.failure.getByRole('button', { name: 'Retry' });
  }

  /** Makes the chunk `name` (e.g. "split_create_page.wasm") fail to load until `unblock`. */
  async block(name) {
    this.blocked = `**/pkg-*/${name}`;
    await this.page.route(this.blocked, (route) => route.abort('failed'));
  }

  async unblock() {
    if (this.blocked) await this.page.unroute(this.blocked);
  }

  /** Whether the page fetched the chunk of `split` (e.g. "create_page"). */
  expectFetched(split) {
    expect(this.fetched, `chunks fetched: ${this.fetched.join(', ')}`).toContain(`split_${split}.wasm`);
  }

  expectNotFetched(split) {
    expect(this.fetched, `chunks fetched: ${this.fetched.join(', ')}`).not.toContain(`split_${split}.wasm`);
  }
}

module.exports = { Chunks };
