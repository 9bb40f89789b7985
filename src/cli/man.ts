// The man page, generated from the same commander declarations and help text as `--help` (scripts/build-man.mjs
// writes man/summit-facts.1; a test checks the shipped file is current).
import { PassThrough } from 'node:stream';
import { EXIT_TABLE } from '../core/errors.js';
import { VERSION } from '../version.js';
import { EXAMPLES } from './help.js';
import { program } from './main.js';

/** roff-escaped text: backslashes, leading dots and quotes, hyphens in options. */
const esc = (s: string) => s.replace(/\\/g, '\\e').replace(/-/g, '\\-').replace(/^([.'])/gm, '\\&$1');

export function manPage(): string {
  const none = new PassThrough();
  const p = program({ stdout: none, stderr: none, stdin: none, env: {} });
  const out: string[] = [
    `.TH SUMMIT\\-FACTS 1 "" "summit-facts ${VERSION}" "User Commands"`,
    '.SH NAME',
    `summit\\-facts \\- ${esc(p.description())}`,
    '.SH SYNOPSIS',
  ];
  for (const c of p.commands) {
    const args = c.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`));
    out.push(`.B summit\\-facts ${c.name()}`, `[options] ${esc(args.join(' '))}`, '.br');
  }
  out.push('.SH DESCRIPTION', esc(p.description()), '.SH COMMANDS');
  for (const c of p.commands) {
    out.push(`.SS ${c.name()}`, esc(c.description()));
    for (const a of c.registeredArguments) out.push('.TP', `.I ${a.name()}`, esc(a.description));
    for (const o of c.options) {
      const choices = o.argChoices ? ` (choices: ${o.argChoices.join(', ')})` : '';
      const dflt = o.defaultValue !== undefined && typeof o.defaultValue !== 'boolean' ? ` (default: ${o.defaultValue})` : '';
      out.push('.TP', `.B ${esc(o.flags)}`, esc(o.description + choices + dflt));
    }
  }
  out.push('.SH EXAMPLES');
  for (const [cmd, list] of Object.entries(EXAMPLES)) {
    out.push(`.SS ${cmd === 'summit-facts' ? 'overview' : cmd}`);
    for (const e of list) out.push('.PP', esc(e.what), '.RS', '.nf', esc(`$ ${e.command}`), '.fi', '.RE');
  }
  out.push('.SH EXIT STATUS');
  for (const [code, what] of EXIT_TABLE) out.push('.TP', `.B ${code}`, esc(what));
  out.push(
    '.SH ENVIRONMENT',
    '.TP', '.B NO_COLOR', 'no colours in the table (any non\\-empty value)',
    '.TP', '.B FORCE_COLOR', 'colours even when stdout is not a terminal (0 or false: none)',
    '.TP', '.B COLUMNS', 'the table\'s width when stdout is not a terminal (default 80)',
    '.SH SEE ALSO',
    'The JSON Schema of the output: schema/output.schema.json in the package.',
  );
  return out.join('\n') + '\n';
}
