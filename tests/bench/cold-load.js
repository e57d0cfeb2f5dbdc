// @ts-check
// Benchmark (prints numbers, asserts nothing but that the pages loaded): a cold load of the
// service list, ten times, each in a fresh browser context, against a hand-written page that
// paints the same table after the same latency. Run by `cargo xtask bench` with BASE_URL set
// to vpcep-server serving the release build (dist/, precompressed) with the embedded mock.
//
// The baseline is made from the console itself: one warm load captures the painted page's
// markup (top bar, navigation, header, the table with its 10 rows); the baseline page is that
// markup without any script, and a 12-line inline script that inserts the rows after the
// mock's latency (300 ms). Same CSS, same DOM: it shows what a page costs that does nothing but
// paint.
//
// Measured per load: first contentful paint; the first list paint (the frame in which the
// list's heading and table appear, taken in requestAnimationFrame, so just before that
// frame paints); the first data row (likewise, for a `tbody tr[data-service-id]`); and the
// bytes (encoded, as sent: brotli) by file: of what the page asked for before the console ran
// and had before the first list paint, and of every response finished before the first row.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('@playwright/test');

const BASE = process.env.BASE_URL;
const RUNS = Number(process.env.RUNS || 10);
const LATENCY_MS = 300; // the embedded mock's default
if (!BASE) throw new Error('BASE_URL is not set: run with `cargo xtask bench`');

// The first list paint: the frame after the list's heading and its table (rows or their
// skeleton) appear; the first data row: the frame after a service's row appears.
const FIRST_ROW = `
  (() => {
    const marks = [
      ['__firstList', () => document.querySelector('.page-header h1') && document.querySelector('table')],
      ['__firstRow', () => document.querySelector('tbody tr[data-service-id]')],
    ];
    new MutationObserver((_, o) => {
      for (const [name, seen] of marks) {
        if (window[name + 'Seen'] || !seen()) continue;
        window[name + 'Seen'] = true;
        requestAnimationFrame(() => { window[name] = performance.now(); });
      }
      if (marks.every(([name]) => window[name + 'Seen'])) o.disconnect();
    }).observe(document, { childList: true, subtree: true });
  })();
`;

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(FIRST_ROW);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 20_000 });
  const m = await page.evaluate(() => {
    const row = window.__firstRow;
    const list = window.__firstList;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    const entries = [nav, ...performance.getEntriesByType('resource')];
    // What the page asked for: the document and what it loads (CSS, the main module and the
    // chunk loader it imports, by link and script); what the running console fetches itself
    // (the API's chunk, in parallel with the first paint) is counted apart.
    const asked = (e) => e.initiatorType !== 'fetch';
    const files = (list) => list.map((e) => ({ name: new URL(e.name).pathname, bytes: e.encodedBodySize || 0 }));
    return {
      fcp: fcp ? fcp.startTime : NaN,
      list,
      row,
      files: files(entries.filter((e) => e.responseEnd <= row)),
      listFiles: files(entries.filter((e) => e.responseEnd <= list && asked(e))),
      parallelFiles: files(entries.filter((e) => e.responseEnd <= list && !asked(e))),
    };
  });
  await context.close();
  return m;
}

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const at = (q) => v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)];
  return { median: at(0.5), p90: at(0.9) };
}

/** The baseline page: the console's painted markup, rows inserted after the latency. */
async function baselineHtml(browser) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${BASE}/services`);
  await page.waitForSelector('tbody tr[data-service-id]');
  const captured = await page.evaluate(() => {
    const css = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'));
    const body = document.body.cloneNode(true);
    body.querySelectorAll('script').forEach((s) => s.remove());
    const tbody = body.querySelector('tbody');
    const rows = tbody.innerHTML;
    tbody.innerHTML = '';
    return { css, body: body.innerHTML, rows };
  });
  await page.close();
  const links = captured.css.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${links}</head><body>${captured.body}
<script>
  setTimeout(() => {
    document.querySelector('tbody').innerHTML = ${JSON.stringify(captured.rows)};
  }, ${LATENCY_MS});
</script></body></html>`;
}

/** Serves the baseline page and, for its CSS, the console's dist/ through BASE. */
function serveBaseline(html) {
  const server = http.createServer(async (req, res) => {
    if (req.url === '/services') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    const upstream = await fetch(`${BASE}${req.url}`);
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') || '' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const html = await baselineHtml(browser);
  const server = await serveBaseline(html);
  const baseUrl = `http://127.0.0.1:${server.address().port}/services`;
  const consoleRuns = [];
  const baselineRuns = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so that a slow moment of the machine hits both alike.
    consoleRuns.push(await measure(browser, `${BASE}/services`));
    baselineRuns.push(await measure(browser, baseUrl));
  }
  server.close();
  await browser.close();

  const fmt = (n) => n.toFixed(0).padStart(6);
  const line = (what, c, b) => {
    const sc = stats(c), sb = stats(b);
    console.log(`  ${what.padEnd(34)} ${fmt(sc.median)} ${fmt(sc.p90)}   ${fmt(sb.median)} ${fmt(sb.p90)}   ${(sc.median / sb.median).toFixed(2)}x`);
  };
  console.log(`Cold load of /services, ${RUNS} fresh contexts each (ms; the mock answers after ${LATENCY_MS} ms):`);
  console.log(`  ${''.padEnd(34)} console (median p90)   baseline (median p90)   ratio`);
  line('first contentful paint', consoleRuns.map((r) => r.fcp), baselineRuns.map((r) => r.fcp));
  line('first list paint', consoleRuns.map((r) => r.list), baselineRuns.map((r) => r.list));
  line('first data row', consoleRuns.map((r) => r.row), baselineRuns.map((r) => r.row));
  line('first data row beyond the latency', consoleRuns.map((r) => r.row - LATENCY_MS), baselineRuns.map((r) => r.row - LATENCY_MS));
  const last = (runs) => runs[runs.length - 1];
  const bytes = (what, files, baseFiles) => {
    const byFile = new Map();
    for (const f of files) byFile.set(f.name, (byFile.get(f.name) || 0) + f.bytes);
    const total = [...byFile.values()].reduce((a, b) => a + b, 0);
    const baseTotal = baseFiles.reduce((a, f) => a + f.bytes, 0);
    console.log(`Bytes loaded before the ${what} (as sent, encoded):`);
    for (const [name, n] of [...byFile.entries()].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${name.padEnd(50)} ${String(n).padStart(8)}`);
    }
    console.log(`  ${'total'.padEnd(50)} ${String(total).padStart(8)}   (baseline page: ${baseTotal})`);
  };
  bytes('first list paint, asked for by the page', last(consoleRuns).listFiles, last(baselineRuns).listFiles);
  const parallel = last(consoleRuns).parallelFiles;
  console.log(`  and, fetched by the console in parallel and there before that paint on this loopback: ${parallel.length} files, ${parallel.reduce((a, f) => a + f.bytes, 0)} bytes (the API's chunk)`);
  bytes('first data row', last(consoleRuns).files, last(baselineRuns).files);
  const out = process.env.BENCH_JSON;
  if (out) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ consoleRuns, baselineRuns }, null, 2));
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
