// @ts-check
// The shared test of every end-to-end test: a page error, a console error or a Rust panic
// message fails the test, whatever the test itself checks. Network failures the browser logs
// ("Failed to load resource", for the error answers some tests provoke on purpose) are the
// only console errors allowed.
//
// A test that waits for time (the mock's Creating -> Available, the 15 s request limit, a
// debounce) installs Playwright's clock first and moves it on instead of sleeping. Note that
// under that clock timer ids exceed 32 bits, so the console cannot clear its timers: such a
// test also proves that a timer firing after its page is gone does no harm.
const base = require('@playwright/test');

const ALLOWED = [/^Failed to load resource: the server responded with a status of \d+/];
const PANIC = /panicked at|RuntimeError|unreachable executed|already been disposed/;

const test = base.test.extend({
  // Console errors a test provokes on purpose and allows (a chunk it blocks: the loader logs
  // why the fetch failed); `test.use({ allowedConsole: [/…/] })`.
  allowedConsole: [[], { option: true }],
  pageProblems: [
    async ({ page, allowedConsole }, use) => {
      /** @type {string[]} */
      const problems = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        const text = m.text();
        const allowed = [...ALLOWED, ...allowedConsole].some((a) => a.test(text));
        if ((m.type() === 'error' && !allowed) || PANIC.test(text)) {
          problems.push(`console.${m.type()}: ${text}`);
        }
      });
      await use(problems);
      base.expect(problems, 'page errors, console errors and panics').toEqual([]);
    },
    { auto: true },
  ],
});

module.exports = { test, expect: base.expect };
