// @ts-check
// The console in German: starts a page in German and reads what it shows for English left.
const { expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

/**
 * Words of English sentences that German UI text does not use. (Not "was", "will", "die",
 * "an", "so", "filter" or "link": German words too.) Words with dots, hyphens, digits and the
 * like are names and IDs, and not read.
 */
const ENGLISH_WORDS = [
  'the', 'of', 'to', 'and', 'is', 'are', 'this', 'that', 'with', 'from', 'you', 'your', 'can',
  'cannot', 'be', 'add', 'added', 'delete', 'deleted', 'select', 'enter', 'create', 'edit',
  'remove', 'show', 'loading', 'page', 'not', 'there', 'more', 'only', 'after', 'before', 'each',
  'every', 'none', 'copy', 'save', 'cancel', 'refresh', 'search', 'rows',
];

class GermanWalk {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.serviceRows = page.locator('table tbody tr[data-service-id]');
  }

  /** Opens `path` in German, from the demo data. */
  async start(path) {
    await this.page.goto('/services');
    await this.page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('vpcep-console.lang.v1', 'de');
    });
    await this.page.goto(path);
    await expect(this.page.locator('html')).toHaveAttribute('lang', 'de');
  }

  serviceRow(name) {
    return this.serviceRows.filter({ has: this.page.locator('.service-name', { hasText: name }) });
  }

  /** The details page's tab at `index` (from 0). */
  tab(index) {
    return this.page.getByRole('tab').nth(index);
  }

  /**
   * What on the page is English: texts of the catalogue whose German differs, and texts with
   * English words. Read: visible text, the options of visible selects, and the aria-label,
   * title and placeholder of visible elements; not read: data (translate="no"), code.
   */
  async englishLeft() {
    return this.page.evaluate((words) => {
      const catalogue = JSON.parse(globalThis.vpcepCatalogue || '[]');
      if (catalogue.length < 200) return [`the catalogue has only ${catalogue.length} texts`];
      const english = new Map();
      for (const [name, en, de] of catalogue) {
        if (en.trim() !== de.trim()) english.set(en.trim(), name);
      }
      const longer = [...english.keys()].filter((en) => en.split(' ').length >= 3);
      const wordRe = new RegExp(`\\b(${words.join('|')})\\b`, 'i');
      const words_of = (text) => text.split(/\s+/).filter((w) => !/[.\-_\d/:@=]/.test(w)).join(' ');
      const skipped = (el) => !!el.closest('[translate="no"], pre, code, script, style');
      const visible = (el) => el.checkVisibility({ checkVisibilityCSS: true }) || el.tagName === 'OPTION';
      const texts = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = (n.textContent || '').trim();
        if (text && el && !skipped(el) && visible(el.tagName === 'OPTION' ? el.parentElement : el)) texts.push(text);
      }
      for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (skipped(el) || !el.checkVisibility({ checkVisibilityCSS: true })) continue;
        for (const a of ['aria-label', 'title', 'placeholder']) {
          const v = (el.getAttribute(a) || '').trim();
          if (v) texts.push(v);
        }
      }
      const found = [];
      for (const text of [...new Set(texts)]) {
        if (english.has(text)) {
          found.push(`catalogue text "${text}" (${english.get(text)})`);
          continue;
        }
        const inside = longer.find((en) => text.includes(en));
        if (inside) found.push(`catalogue text "${inside}" in "${text}"`);
        else if (wordRe.test(words_of(text))) found.push(`English words in "${text}"`);
      }
      return found;
    }, ENGLISH_WORDS);
  }

  /** Fails with every English text left on the page in its state `what`. */
  async expectGerman(what) {
    expect(await this.englishLeft(), `English on ${what}`).toEqual([]);
  }

  async expectAxeClean(what) {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(found, `accessibility violations on ${what} (German)`).toEqual([]);
  }
}

module.exports = { GermanWalk };
