// The shapes every stage of the pipeline passes on. See docs/output-contract.md for the JSON form.

/** Where a span of text sits on the page: the article's own reporting (null) or page furniture. */
export type Context = 'caption' | 'cross-reference' | 'boilerplate' | null;

export type PublishedFrom = 'header' | 'byline' | 'text' | 'option' | null;

/** One article as read from disk or stdin, decoded to a JS string. */
export interface Source {
  id: string;
  path: string;
  text: string;
  title: string | null;
  published: string | null;
  publishedFrom: PublishedFrom;
  warnings: string[];
  /** when `published` is null: the month or year ("2023-10", "2023") the other sources of the run fix, if any */
  publishedPeriod?: string | null;
}

export interface Span {
  start: number;
  end: number;
}

/** One place in one article: `text === source.text.slice(start, end)`. */
export interface Mention extends Span {
  source: string;
  text: string;
}

/** A sentence (or a heading / caption line) with offsets into its source text. */
export interface Sentence extends Span {
  index: number;
  text: string;
  /** page part the sentence sits in; null for the article's own reporting */
  context: Context;
  /** a headline or section heading: title case, no final punctuation */
  heading: boolean;
  /** 'past' | 'present' | 'future', from the verbs of the sentence */
  tense: Tense;
}

export type Tense = 'past' | 'present' | 'future';

/** A segmented source: the unit every extractor reads. */
export interface Doc {
  source: Source;
  sentences: Sentence[];
  /** spans of page furniture (header line, bios, related-articles blocks …), with their context */
  regions: Array<Span & { context: Exclude<Context, null> }>;
}

/** Shared provenance of every extracted item: where it is and which rule found it. */
export interface Provenance {
  mention: Mention;
  rule: string;
  sentence: number;
  context: Context;
}

// ---------- entities ----------

export type EntityType = 'person' | 'place' | 'organization';
export type PlaceKind = 'country' | 'city' | 'region' | 'venue' | 'body-of-water' | 'other';

/** A name found in one sentence, before linking across sources. */
export interface EntityMention extends Provenance {
  type: EntityType;
  /** the name as written, titles removed ("Xi Jinping", "ICC") */
  name: string;
  /** canonical name from a lexicon when known ("International Criminal Court" for "ICC") */
  canonical?: string;
  titles: string[];
  kind?: PlaceKind;
}

export interface Entity {
  id: string;
  name: string;
  aliases: string[];
  titles: string[];
  sources: string[];
  mentions: Mention[];
  kind?: PlaceKind;
}

// ---------- figures ----------

export type FigureKind = 'money' | 'percent' | 'count' | 'ordinal' | 'fraction' | 'duration' | 'quantity';
export type Approx = 'exact' | 'about' | 'nearly' | 'more-than' | 'at-least' | 'less-than' | 'up-to';

/** A number with its meaning, found in one place. */
export interface FigureMention extends Provenance {
  kind: FigureKind;
  value: number;
  /** upper end of a range ("$2bn-3bn"), else undefined */
  valueMax?: number;
  unit: string;
  approx: Approx;
  about: string | null;
  period: string | null;
  /** a projection or target rather than an actual ("projected to exceed", "target of") */
  modality?: 'actual' | 'projected' | 'target';
  /** anaphoric counts ("the two leaders") are kept out of facts */
  anaphoric?: boolean;
  /** normalisation steps, for `explain` */
  steps: string[];
}

export interface Figure {
  id: string;
  kind: FigureKind;
  value: number;
  unit: string;
  approx: Approx;
  about: string | null;
  period: string | null;
  text: string;
  sources: string[];
  mentions: Mention[];
}

// ---------- dates ----------

export type Granularity = 'day' | 'month' | 'quarter' | 'year' | 'decade' | 'range';

export interface DateMention extends Provenance {
  value: string | null;
  granularity: Granularity;
  relative: boolean;
  time?: string;
  /** what the value was resolved against, for `explain` */
  reference: string | null;
  steps: string[];
}

export interface DateItem {
  value: string | null;
  granularity: Granularity;
  text: string;
  relative: boolean;
  time?: string;
  sources: string[];
  mentions: Mention[];
}

// ---------- quotes ----------

export interface QuoteMention extends Provenance {
  /** the quoted words, without quote marks (several pieces joined by " … " when split) */
  quote: string;
  /** name of the speaker as found in the attribution, or null */
  speakerName: string | null;
  /** extra pieces of a split quote */
  parts: Mention[];
}

export interface Quote {
  speaker: string | null;
  text: string;
  sources: string[];
  mentions: Mention[];
}

// ---------- facts & summit ----------

export interface FactValue {
  value: number | string;
  unit: string;
  approx?: Approx;
  period?: string | null;
  sources: string[];
  mentions: Mention[];
}

export type FactStatus = 'agreed' | 'conflict' | 'single';

export interface Fact {
  id: string;
  claim: string;
  about: string | null;
  period: string | null;
  values: FactValue[];
  status: FactStatus;
  note: string;
}

export interface Summit {
  participants: string[];
  places: string[];
  dates: string[];
  sources: string[];
}

export interface SourceInfo {
  id: string;
  path: string;
  title: string | null;
  published: string | null;
  publishedFrom: PublishedFrom;
  chars: number;
  warnings: string[];
}

/** Everything extracted from one source, before linking across sources. */
export interface Extraction {
  doc: Doc;
  /** the source's word 5-grams as sorted hashes (reconcile/duplicates.ts), made at extraction so the near-duplicate
   *  search needs no source text; absent: made from the text when needed */
  shingles?: Float64Array;
  entities: EntityMention[];
  figures: FigureMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
}

export interface Report {
  version: 1;
  sources: SourceInfo[];
  people: Entity[];
  places: Entity[];
  organizations: Entity[];
  figures: Figure[];
  dates: DateItem[];
  quotes: Quote[];
  facts: Fact[];
  summit: Summit | null;
  /** groups of near-duplicate sources (wire reprints), each sorted; only groups of two or more */
  duplicates?: string[][];
}

export interface RunOptions {
  /** ISO date used when a source gives no publication date */
  referenceDate?: string | null;
}
