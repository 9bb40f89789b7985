// HTML input: a real parser; scripts, styles, navigation and footers dropped; title and date from meta tags.
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/load/index.js';
import { parseHTML } from 'linkedom';
import { readHtml, looksLikeHtml } from '../../src/load/html.js';
import { htmlToText, type DomNode } from '../../src/load/htmltext.js';
import { cli } from '../helpers.js';
import { tempDir, type JsonDoc } from './tmp.js';

const noStdin = async () => Buffer.alloc(0);
const { put } = tempDir();

const PARA = (n: number) =>
  `<p>Paragraph ${n}: ministers of Chile, Peru, Mexico and Colombia gathered in Lima, where they argued about fishing quotas, tariffs and the admission of new members for hours.</p>`;

const PAGE = `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Leaders meet | Daily Planet</title>
<meta property="og:title" content="Leaders meet in Johannesburg">
<meta property="article:published_time" content="2023-08-22T18:30:00+02:00">
<style>.x { content: "Style Leaked Name"; }</style>
<script>var tracker = "Script Leaked Name";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">Nav Leaked Name</a></nav></header>
<article>
<h1>Leaders meet in Johannesburg</h1>
${[1, 2, 3, 4, 5].map(PARA).join('\n')}
<p>“We want a fairer world,” said the host, Cyril&nbsp;Ramaphosa.<br>He spoke for 20 minutes.</p>
</article>
<aside>Related: Aside Leaked Name</aside>
<footer>© 2023 Footer Leaked Name. All rights reserved.</footer>
<script>track("Another Script")</script>
</body></html>`;

describe('HTML pages', () => {
  it('keeps the article text, drops scripts, styles, navigation, asides and footers', async () => {
    const { sources } = await loadSources([put('page.html', PAGE)], {}, noStdin);
    const s = sources[0]!;
    expect(s.text.startsWith('Leaders meet in Johannesburg\n\nParagraph 1: ministers of Chile')).toBe(true);
    expect(s.text).toContain('“We want a fairer world,” said the host, Cyril\u00a0Ramaphosa.\nHe spoke for 20 minutes.');
    expect(s.text).not.toMatch(/Leaked|Another Script|<\w/);
    expect(s.text.split('\n\n')).toHaveLength(7); // title + six paragraphs
  });

  it('reads the title and publication date from meta tags', async () => {
    const { sources } = await loadSources([put('meta.htm', PAGE)], {}, noStdin);
    expect(sources[0]).toMatchObject({ id: 'meta', title: 'Leaders meet in Johannesburg', published: '2023-08-22', publishedFrom: 'header' });
  });

  it.each([
    ['<meta name="pubdate" content="20230822">', '2023-08-22'],
    ['<meta itemprop="datePublished" content="2023-08-21">', '2023-08-21'],
    ['<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-08-20T09:00:00Z","headline":"LD headline"}]}</script>', '2023-08-20'],
    ['<script type="application/ld+json">{ broken json </script>', null],
  ])('date from %s', (head, iso) => {
    const page = readHtml(`<html><head>${head}</head><body><article>${PARA(1)}</article></body></html>`);
    expect(page.published).toBe(iso);
  });

  it('reads <time datetime> inside the article when no meta tag gives a date', () => {
    const page = readHtml(`<html><body><article><h1>Summit ends</h1><time datetime="2023-08-24T12:00">Thursday</time>${PARA(1)}</article></body></html>`);
    expect(page).toMatchObject({ title: 'Summit ends', published: '2023-08-24' });
  });

  it('detects an HTML page saved as .txt', async () => {
    const { sources } = await loadSources([put('saved.txt', PAGE)], {}, noStdin);
    expect(sources[0]!.text).not.toContain('<p>');
    expect(sources[0]!.title).toBe('Leaders meet in Johannesburg');
    expect(looksLikeHtml('<!-- saved -->\n<html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('Use <b>bold</b> sparingly.')).toBe(false);
  });

  it('a title is the text a reader sees: a script inside the heading (even unclosed) is not part of it', () => {
    expect(readHtml('<html><body><h1>Talks <em>resume</em><script>track("h1")</script></h1><p>Ministers met again.</p></body></html>').title).toBe('Talks resume');
    const unclosed = readHtml('<html><body><h1><script><p>Delegates arrive</p></body></html>');
    expect(unclosed.title ?? '').not.toMatch(/<|Delegates/);
    expect(readHtml('<html><head><style>h1{}</style></head><body><h1><style>.x{}</style>Port deal signed</h1><p>Body.</p></body></html>').title).toBe('Port deal signed');
  });

  it('a short page without an <article> still gives its body text', () => {
    const page = readHtml('<html><body><div>Short note: the talks ended.</div><footer>foot</footer></body></html>');
    expect(page.text).toBe('Short note: the talks ended.');
  });

  it('an HTML page with no text is skipped with a reason; decoding entities keeps offsets consistent', async () => {
    const empty = put('empty-page.html', '<html><head><script>x()</script></head><body><nav>Home</nav></body></html>');
    const r = await cli(['extract', empty, put('ok.html', PAGE), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`skipped ${empty}: no text found in the HTML page`);
    const doc = JSON.parse(r.stdout) as JsonDoc;
    expect(doc.sources).toHaveLength(1);
    expect(doc.sources[0]).toMatchObject({ id: 'ok', title: 'Leaders meet in Johannesburg', published: '2023-08-22' });
  });

  it('deeply nested markup does not overflow the stack', () => {
    const deep = '<div>'.repeat(20000) + 'deep words' + '</div>'.repeat(20000);
    expect(readHtml(`<html><body>${deep}</body></html>`).text).toContain('deep words');
  });

  it('a flat page of 10,000 paragraphs gives every paragraph, in order', { timeout: 60_000 }, () => {
    const page = readHtml(`<html><body><article>${Array.from({ length: 10000 }, (_, i) => PARA(i)).join('')}</article></body></html>`);
    expect(page.text.split('\n\n')).toEqual(Array.from({ length: 10000 }, (_, i) => PARA(i).replace(/<\/?p>/g, '')));
  });

  it('reading a flat page touches each node a bounded number of times: 4× the paragraphs, at most 4.5× the work', () => {
    /** A parsed node whose `childNodes`, like linkedom's, makes a fresh list on each read: each read counts the children it makes. */
    const counted = (node: DomNode, work: { count: number }): DomNode => ({
      nodeType: node.nodeType,
      localName: node.localName,
      nodeValue: node.nodeValue,
      getAttribute: (n) => node.getAttribute?.(n) ?? null,
      hasAttribute: (n) => node.hasAttribute?.(n) ?? false,
      get childNodes() {
        const kids = Array.from(node.childNodes);
        work.count += 1 + kids.length;
        return kids.map((k) => counted(k, work));
      },
    });
    const [small, large] = [2500, 10000].map((n) => {
      const { document } = parseHTML(`<html><body><article>${Array.from({ length: n }, (_, i) => PARA(i)).join('')}</article></body></html>`) as unknown as { document: { body: DomNode } };
      const work = { count: 0 };
      expect(htmlToText(counted(document.body, work)).split('\n\n')).toHaveLength(n);
      return work.count;
    });
    expect(large! / small!).toBeLessThanOrEqual(4.5); // reading the children once per child would be 16×
  });
});
