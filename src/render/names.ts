// The format names alone, without the renderers: the CLI's option declarations read them at start-up, so
// `--version` and `--help` load no renderer. index.ts checks that the registry has exactly these names.
export const FORMAT_NAMES = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type Format = (typeof FORMAT_NAMES)[number];
