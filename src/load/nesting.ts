// Unclosed tags: a page of 20,000 "<div><p>" nests 20,000 levels deep, and the HTML parser under linkedom keeps
// its open elements in an array it shifts and searches from the front, so each tag costs as much as the depth:
// quadratic, seconds on 160 KB. Before parsing, one linear pass follows the open elements as that parser will
// (void elements, the tags that close an open <p> or <li>, end tags that close everything above their element)
// and leaves out start tags that would open past MAX_NESTING, with the end tags that would close them. The text
// between tags is kept. A page never that deep is returned unchanged, the same string.

/** Deeper than any real page (Readability is already skipped past 400 levels, see html.ts). */
export const MAX_NESTING = 1000;

/** Elements that never hold content: no end tag, no depth. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Text up to the matching end tag, never read as tags. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);

/** A start tag closes these open elements first, while they are the innermost (an unclosed <p> before a <div>). */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const CLOSES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ([
    ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']], ['li', ['li']],
    ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dt', 'dd']], ['dt', ['dt', 'dd']], ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']],
    ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
    ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as [string, string[]]),
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
      'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t) => [t, P] as [string, string[]]),
  ] as Array<[string, string[]]>).map(([k, v]) => [k, new Set(v)]),
);

/**
 * One token at a time: a comment (to "-->" or the end), a declaration or processing instruction, or a tag with
 * its attributes (quoted values may hold ">"; an unclosed quote runs to the end). Each alternative either ends at
 * a fixed character or at the end of the text, so the scan never backtracks.
 */
const TOKEN_RE = /<!--[^]*?(?:-->|$)|<[!?][^>]*>?|<(\/?)([A-Za-z][^\t\n\f\r />]*)(?:[^>"']|"[^"]*"?|'[^']*'?)*>?/g;

export interface Capped {
  html: string;
  /** start tags left out (0: the page is returned unchanged) */
  dropped: number;
}

/** The page with start tags past `limit` levels of open elements left out (see above). Linear in the page. */
export function capNesting(html: string, limit = MAX_NESTING): Capped {
  if (html.length < limit * 3) return { html, dropped: 0 }; // too short to open `limit` elements ("<a>" each)
  const stack: string[] = [];
  const open = new Map<string, number>(); // how many of each name are on the stack
  const skipped = new Map<string, number>(); // start tags left out whose end tag is still to come
  const keep: string[] = [];
  let from = 0; // start of the text not yet copied
  let dropped = 0;
  let lower: string | undefined; // the page in lower case, for the end tags of raw text
  const pop = (): void => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  const cut = (start: number, end: number): void => {
    keep.push(html.slice(from, start));
    from = end;
  };
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(html); m; m = TOKEN_RE.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      // an end tag: the innermost left-out element of that name first, else the open one and all inside it
      const s = skipped.get(name) ?? 0;
      if (s > 0) {
        skipped.set(name, s - 1);
        cut(start, end);
      } else if ((open.get(name) ?? 0) > 0) {
        while (stack.length && stack[stack.length - 1] !== name) pop();
        pop();
      }
      continue;
    }
    const closes = CLOSES.get(name);
    if (closes) while (stack.length && closes.has(stack[stack.length - 1]!)) pop();
    if (VOID.has(name)) continue;
    if (stack.length >= limit) {
      skipped.set(name, (skipped.get(name) ?? 0) + 1);
      dropped++;
      cut(start, end);
    } else {
      stack.push(name);
      open.set(name, (open.get(name) ?? 0) + 1);
    }
    if (RAW_TEXT.has(name)) {
      // its text runs to its end tag (or the end of the page), which the next token then reads
      const close = (lower ??= html.toLowerCase()).indexOf(`</${name}`, end);
      TOKEN_RE.lastIndex = close < 0 ? html.length : close;
    }
  }
  if (!dropped) return { html, dropped: 0 };
  keep.push(html.slice(from));
  return { html: keep.join(''), dropped };
}
