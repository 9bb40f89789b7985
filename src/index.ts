// Library API: extract(paths | articles, options) → Promise<Report>. No CLI imports here.
export { extract, checkOptions, type ArticleInput, type ExtractOptions } from './api.js';
export { run, extractSource, buildReport } from './pipeline.js';
export { loadSources, toSource, type LoadOptions, type Loaded } from './load/index.js';
export { segment } from './segment/index.js';
export { UsageError, InputError, EXIT } from './core/errors.js';
export { VERSION } from './version.js';
export type * from './core/types.js';
