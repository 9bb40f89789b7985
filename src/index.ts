// Library API: extract(sources, options) → Report. No CLI imports here.
export { run as extract, extractSource, buildReport } from './pipeline.js';
export { loadSources, toSource } from './load/index.js';
export { segment } from './segment/index.js';
export type * from './core/types.js';
