// The colour functions a renderer may use. The CLI passes chalk's or plain ones; renderers never import chalk.
export interface Colors {
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  green: (s: string) => string;
  yellow: (s: string) => string;
  cyan: (s: string) => string;
}

const id = (s: string) => s;
export const plainColors: Colors = { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id };
