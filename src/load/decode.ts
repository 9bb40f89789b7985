// Bytes → text. UTF-8 with or without BOM; other encodings are handled here as they are added.

export interface Decoded {
  text: string;
  warnings: string[];
}

export function decode(bytes: Buffer): Decoded {
  const warnings: string[] = [];
  let b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(b);
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) warnings.push('invalid UTF-8 replaced');
  return { text: text.replace(/\r\n?/g, '\n'), warnings };
}
