// The tool's name and version, read once from package.json (src/ and dist/ both sit one level below it).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const TOOL_NAME: string = pkg.name;
export const VERSION: string = pkg.version;
