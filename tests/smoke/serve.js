// @ts-check
// The README's first command, as a person meets it: `trunk serve` (what `cargo xtask serve`
// runs) answers with the console, styled, with Trunk's Content-Security-Policy, and without a
// console error. Run by `cargo xtask test` with BASE_URL set to the running `trunk serve`; it
// waits for the first build to finish. (Trunk's default policy once blocked the stylesheet:
// the console worked, unstyled, and no other test looked.)
const { chromium } = require('@playwright/test');

const BASE = process.env.BASE_URL;
// The first build of a fresh checkout compiles everything (about 10 minutes on 2 cores).
const FIRST_BUILD_MS = 15 * 60_000;
// From the page's load to its first service row (the embedded mock answers in 300 ms).
const FIRST_ROW_MS = 30_000;
const RETRY_MS = 1_000;
if (!BASE) throw new Error('BASE_URL is not set: run with `cargo xtask test`');

async function waitForServer(deadline) {
  for (;;) {
    try {
      const res = await fetch(`${BASE}/services`);
      if (res.ok && (await res.text()).includes('/pkg-')) return res;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${BASE} did not serve the console in time`);
    await new Promise((r) => setTimeout(r, RETRY_MS));
  }
}

(async () => {
  const res = await waitForServer(Date.now() + FIRST_BUILD_MS);
  const csp = res.headers.get('content-security-policy') || '';
  if (!csp.includes("style-src 'self'")) throw new Error(`unexpected Content-Security-Policy: ${csp}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console.error: ${m.text()}`); });
  await page.goto(`${BASE}/services`);
  await page.waitForSelector('tbody tr[data-service-id]', { timeout: FIRST_ROW_MS });
  // The stylesheet applied: the top bar has its dark background.
  const topbar = await page.locator('.topbar').evaluate((el) => getComputedStyle(el).backgroundColor);
  if (topbar === 'rgba(0, 0, 0, 0)') problems.push('the stylesheet did not apply (the top bar has no background)');
  await page.goto(`${BASE}/services/create`);
  await page.getByRole('heading', { level: 1, name: /Create VPC Endpoint Service/ }).waitFor();
  await browser.close();
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(`trunk serve: the console answers at ${BASE}, styled, no console error`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
