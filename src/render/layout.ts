// Width-aware text layout for the terminal: every line this module returns fits in the width it is given,
// counting display columns (wide characters, ANSI colour codes) with string-width and wrapping with wrap-ansi.
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

export const MIN_WIDTH = 20;

export const widthOf = (s: string): number => stringWidth(s);

/** `text` wrapped to `width` columns (words kept whole when they fit, broken when a word is wider than a line). */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  return text.split('\n').flatMap((line) => wrapAnsi(line, w, { hard: true, trim: true }).split('\n'));
}

/** `text` wrapped and indented: the first line after `first`, the next ones after `rest` (a hanging indent). */
export function block(text: string, width: number, first = '', rest = ' '.repeat(widthOf(first))): string[] {
  const inner = Math.max(1, width - Math.max(widthOf(first), widthOf(rest)));
  return wrap(text, inner).map((l, i) => (i === 0 ? first : rest) + l);
}

/** A label column and a wrapped value: `label   value value` with the value's next lines under its first. */
export function field(label: string, value: string, width: number, labelWidth: number, indent = ''): string[] {
  const head = indent + label + ' '.repeat(Math.max(1, labelWidth - widthOf(label) + 1));
  if (widthOf(head) > width / 2) return [...block(label, width, indent), ...block(value, width, indent + '  ')];
  return block(value, width, head, ' '.repeat(widthOf(head)));
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - widthOf(s)));

/**
 * Rows in columns that fit `width`: each column as wide as its widest cell, the widest ones narrowed (their cells
 * wrapped) until the row fits; below a column's floor the rows become cards (`header: value` lines).
 */
export function columns(head: string[], rows: string[][], width: number, style: (s: string) => string = (s) => s, indent = '  ', keep = 1): string[] {
  const gap = 2;
  const avail = width - widthOf(indent);
  const natural = head.map((h, i) => Math.max(widthOf(h), ...rows.map((r) => widthOf(r[i] ?? ''))));
  const widths = [...natural];
  // the first `keep` columns (ids, to be copied whole) are not narrowed; the others down to a floor
  const floor = (i: number) => (i < keep ? natural[i]! : Math.min(natural[i]!, Math.max(8, widthOf(head[i]!))));
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  // narrow the widest column to the next widest (or by the overflow), so wide columns end up sharing the room
  while (total() > avail) {
    const order = widths.map((w, i) => [w, i] as const).filter(([w, i]) => w > floor(i)).sort((a, b) => b[0] - a[0]);
    if (!order.length) break;
    const [w1, i1] = order[0]!;
    const w2 = order[1]?.[0] ?? 0;
    widths[i1] = Math.max(floor(i1), w1 - (total() - avail), Math.min(w2, w1 - 1));
  }
  if (total() > avail) return cards(head, rows, width, style, indent);
  const line = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push((indent + wrapped.map((w, i) => (i === cells.length - 1 ? w[k] ?? '' : pad(w[k] ?? '', widths[i]!))).join(' '.repeat(gap))).trimEnd());
    }
    return out;
  };
  return [...line(head.map(style)), ...rows.flatMap(line)];
}

/** Each row as a small block of `header  value` lines: what columns become when the terminal is too narrow. */
export function cards(head: string[], rows: string[][], width: number, style: (s: string) => string = (s) => s, indent = '  '): string[] {
  const lw = Math.min(Math.max(...head.map(widthOf)), Math.floor(width / 3));
  return rows.flatMap((r, n) => [
    ...(n ? [''] : []),
    ...r.flatMap((cell, i) => (cell ? field(style(head[i]!), cell, width, lw, indent) : [])),
  ]);
}
