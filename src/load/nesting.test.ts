// Unclosed tags: the page handed to the parser never nests deeper than MAX_NESTING, text is kept, and an ordinary
// page is passed through untouched. Nothing here is timed: depth is what makes the parser's work grow.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { capNesting, MAX_NESTING } from './nesting.js';
import { depthOf, readHtml } from './html.js';
import type { DomNode } from './htmltext.js';

const depth = (html: string) => depthOf(parseHTML(html).document as unknown as DomNode, Number.MAX_SAFE_INTEGER);

describe('capNesting', () => {
  it('returns an ordinary page as the same string', () => {
    const page = `<!doctype html><html><head><title>T</title><script>if (a < b) x = "<div>";</script></head><body>${
      '<section><p>Lena Varga spoke.<p>Omar Haddad replied.<ul><li>one<li>two</ul></section>'.repeat(400)}</body></html>`;
    const out = capNesting(page);
    expect(out.dropped).toBe(0);
    expect(out.html).toBe(page);
  });

  it('follows the parser: <p> and <li> left open are closed by the next one, end tags close what they enclose', () => {
    // each of these is flat to the parser however long it runs
    for (const page of ['<html><body>' + '<p>a '.repeat(3000), '<html><body><ul>' + '<li>b '.repeat(3000), '<html><body>' + '<div><span>c</div>'.repeat(3000)]) {
      expect(capNesting(page, 50).dropped).toBe(0);
    }
  });

  it.each([
    ['divs', (n: number) => '<html><body>' + '<div>w '.repeat(n)],
    ['div and p', (n: number) => '<html><body>' + '<div><p>w '.repeat(n)],
    ['inline tags', (n: number) => '<html><body>' + '<b><i>w '.repeat(n)],
    ['with end tags', (n: number) => '<html><body>' + '<span>w '.repeat(n) + '</span>'.repeat(n)],
  ])('%s: the parsed page is at most the limit deep, and every word is kept', (_name, make) => {
    const limit = 200;
    const html = make(1500);
    expect(depth(html)).toBeGreaterThan(1000);
    const out = capNesting(html, limit);
    expect(out.dropped).toBeGreaterThan(0);
    expect(depth(out.html)).toBeLessThanOrEqual(limit + 3); // html, body and the root itself
    expect(out.html.match(/\bw\b/g)).toHaveLength(1500);
  });

  it('leaves out work in proportion to the input: 4× the tags, 4× the tags left out', () => {
    const a = capNesting('<html><body>' + '<div>'.repeat(5000), 100).dropped;
    const b = capNesting('<html><body>' + '<div>'.repeat(20000), 100).dropped;
    expect(b / a).toBeLessThanOrEqual(4.5);
    expect(b).toBe(20000 - 100 + 2); // html and body are two of the 100 levels
  });

  it('readHtml says so and reads no markup as text', () => {
    const page = readHtml('<html><body>' + '<div><p>Nadia Okafor arrived. '.repeat(MAX_NESTING + 500));
    expect(page.warnings.some((w) => /nested over \d+ levels deep/.test(w))).toBe(true);
    expect(page.text).not.toMatch(/<\w/);
    expect(page.text.match(/Nadia Okafor arrived/g)).toHaveLength(MAX_NESTING + 500);
  });
});
