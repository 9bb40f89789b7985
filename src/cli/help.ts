// The text that ends each command's --help: examples and the exit codes. The man page (scripts/build-man.mjs)
// is generated from the same data, so the two never disagree.
import { EXIT_TABLE } from '../core/errors.js';

export interface Example {
  command: string;
  what: string;
}

export const EXAMPLES: Record<string, Example[]> = {
  'summit-facts': [
    { command: 'summit-facts extract articles/', what: 'the report a person reads: summit record, conflicts, agreed facts' },
    { command: 'summit-facts explain fact-1 --from report.json', what: 'why a fact has its values, from a saved report' },
    { command: 'summit-facts check my-cases/', what: 'compare each case folder with its expected.json' },
  ],
  extract: [
    { command: 'summit-facts extract articles/', what: 'the table view, fitted to the terminal' },
    { command: 'summit-facts extract articles/ --json -o report.json', what: 'the JSON document, written atomically' },
    { command: "summit-facts extract articles/ --format ndjson | jq -c 'select(.type==\"fact\")'", what: 'one record per line' },
    { command: 'summit-facts extract articles/ --format csv --section facts > facts.csv', what: 'one row per fact value' },
    { command: 'summit-facts extract articles/ --fail-on conflict', what: 'exit 4 when sources disagree (for CI)' },
    { command: 'cat article.txt | summit-facts extract - --reference-date 2023-08-22', what: 'one article from stdin' },
  ],
  explain: [
    { command: 'summit-facts extract articles/ --json -o report.json', what: 'save a report once …' },
    { command: 'summit-facts explain fact-1 --from report.json', what: '… then explain any id without re-reading the articles' },
    { command: 'summit-facts explain xi-jinping articles/', what: 'or re-read the articles (adds sentences and rules)' },
    { command: 'summit-facts explain summit --from report.json --json', what: 'the evidence as JSON' },
  ],
  reconcile: [
    { command: 'summit-facts extract --emit extractions part1/ > part1.ndjson', what: 'map: one record per source (any number of processes or hosts)' },
    { command: 'summit-facts reconcile part1.ndjson part2.ndjson --json > report.json', what: 'reduce: the same report as `extract` over all the parts' },
    { command: 'ls articles/*.txt | parallel -X -n 50 summit-facts extract --emit extractions -q | summit-facts reconcile --json -', what: 'both cores with GNU parallel' },
  ],
  check: [
    { command: 'summit-facts check cases/', what: 'every folder with an expected.json under cases/ is a case' },
    { command: 'summit-facts check cases/ --update', what: 're-bless: write each case\'s current output to its expected.json' },
  ],
};

export function exitCodeLines(): string[] {
  return EXIT_TABLE.map(([code, what]) => `  ${code}  ${what}`);
}

/** The text after the options in `summit-facts <command> --help`. */
export function helpAfter(command: string): string {
  const ex = EXAMPLES[command] ?? [];
  const lines = ['', 'Examples:'];
  for (const e of ex) lines.push(`  # ${e.what}`, `  $ ${e.command}`);
  lines.push('', 'Exit codes:', ...exitCodeLines());
  return lines.join('\n') + '\n';
}
