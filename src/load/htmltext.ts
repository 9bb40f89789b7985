// A DOM subtree → plain text: one paragraph per block element, "\n" for <br>, whitespace collapsed as a browser
// would, page chrome (scripts, styles, navigation, footers, forms, hidden elements) dropped.

/** The few DOM members read here (linkedom nodes; the project does not load the DOM type library). */
export interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
}

const ELEMENT = 1;
const TEXT = 3;

/** Never article text. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'button', 'select', 'option', 'input', 'textarea', 'form', 'nav', 'footer', 'aside', 'dialog', 'head', 'title', 'meta',
  'link',
] as const);

/** Page chrome by ARIA role. */
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);

/** Elements that start and end a paragraph. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
] as const);

const CELL_TAGS = new Set(['td', 'th']);
const HTML_SPACE_RE = /[ \t\n\r\f]+/g;

function hidden(el: DomNode): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  if (el.getAttribute?.('aria-hidden') === 'true') return true;
  const role = el.getAttribute?.('role');
  if (role && SKIPPED_ROLES.has(role.toLowerCase())) return true;
  const style = el.getAttribute?.('style');
  return Boolean(style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style));
}

function clean(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => line.replace(HTML_SPACE_RE, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The text of `root`, paragraphs separated by a blank line. Iterative: deep markup cannot overflow the stack. */
export function htmlToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let buf = '';
  const flush = () => {
    const p = clean(buf);
    if (p) paragraphs.push(p);
    buf = '';
  };
  // work items: a node to visit, or a marker to end a block
  const stack: Array<DomNode | 'end-block'> = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      flush();
      continue;
    }
    if (item.nodeType === TEXT) {
      buf += item.nodeValue ?? '';
      continue;
    }
    if (item.nodeType !== ELEMENT && item !== root) continue;
    const tag = item.localName ?? '';
    if (item.nodeType === ELEMENT && (SKIPPED_TAGS.has(tag as never) || hidden(item))) continue;
    if (tag === 'br') {
      buf += '\n';
      continue;
    }
    const block = BLOCK_TAGS.has(tag as never);
    if (block) {
      flush();
      stack.push('end-block');
    } else if (CELL_TAGS.has(tag)) buf += ' ';
    const kids = Array.from(item.childNodes); // linkedom builds childNodes on each access: read it once
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  return paragraphs.join('\n\n');
}
