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
  /** a lone capitalised word no rule in its own source could type: a person only when another source of the run
   * names someone so (reconcile/weak.ts), else dropped before linking */
  weak?: true;
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
  /**
   * a range ("two to three hours", "20-25%") is two mentions of one span: the lower end (`bound: 'lower'`, with
   * `valueMax`) and the upper end (`bound: 'upper'`, `value` = the upper end)
   */
  bound?: 'lower' | 'upper';
  /** normalisation steps, for `explain` */
  steps: string[];
  /** the starting value of a change told right after its new value ("fell to $0.7 billion from $3.4 billion") */
  baseline?: true;
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

/** What a date could be if an undated source were published when the other sources of the run were: never a value. */
export interface InferredDate {
  value: string;
  /** the evidence, in words ("month 2023-10 shared by the other sources of the run") */
  basis: string;
}

export interface DateMention extends Provenance {
  value: string | null;
  granularity: Granularity;
  relative: boolean;
  time?: string;
  /** a month or day printed without a year that nothing fixes: "--02", "--10-07" (value stays null) */
  yearless?: string;
  /** an unresolved relative date's value under the run's shared month (see InferredDate) */
  inferred?: InferredDate;
  /** what the value was resolved against, for `explain` */
  reference: string | null;
  steps: string[];
}

export interface DateItem {
  /** ISO value; "--MM" / "--MM-DD" for a month or day without a year that nothing fixes; null when unresolved */
  /** "date-2023-08-22": set with the report's item ids (report-ids.ts), so explain can name it */
  id?: string;
  value: string | null;
  granularity: Granularity;
  text: string;
  relative: boolean;
  time?: string;
  /** see DateMention.inferred: present only when `value` is null and every mention infers the same */
  inferred?: InferredDate;
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
  /** the description that names the speaker ("the Russian president"), when the attribution is one: reconcile
   *  resolves it with the titles of the whole run when the article alone cannot */
  description?: string;
}

export interface Quote {
  /** "quote-xi-jinping-we-agree-that-trade": set with the report's item ids (report-ids.ts) */
  id?: string;
  speaker: string | null;
  text: string;
  sources: string[];
  mentions: Mention[];
}

// ---------- events ----------

/** What happened (or is said to happen): the kind of an event mention, from its trigger word. */
export type EventKind =
  | 'meeting' | 'talks' | 'one-on-one' | 'dinner' | 'arrival' | 'departure' | 'visit' | 'signing'
  | 'summit' | 'summit-open' | 'summit-close' | 'forum' | 'conference' | 'ceremony' | 'announcement'
  | 'warrant' | 'launch' | 'handshake' | 'call' | 'press-conference' | 'participation' | 'founding';

/** Whether the sentence reports the event as done, planned, expected by someone, or only possible. */
export type EventModality = 'happened' | 'scheduled' | 'expected' | 'hypothetical';

/** A person, organization or country named as taking part in an event (`mention` keys it to its EntityMention). */
export interface EventParty {
  name: string;
  type: 'person' | 'organization' | 'country';
  /** 'host': hosts the event ("X hosted a dinner for Y", "X hosted Y"); 'participant' otherwise */
  role: 'participant' | 'host';
  mention: Mention;
  /** a country party that stands for its leader, named by description ("the Brazilian president", "Brazil's
   * president", "his South African counterpart"): reconcile puts the person in when the run names one such leader */
  describes?: 'leader';
}

/** A place named as where the event is held ("at the Filoli estate", "in Singapore"). */
export interface EventPlace {
  name: string;
  kind: PlaceKind | null;
  mention: Mention;
  rule: string;
}

/**
 * One event told in one clause of one sentence. `mention` (= `trigger`) is the trigger word(s); `rule` names the
 * trigger rule, `steps` every other rule that decided a field (participants, place, date, modality).
 */
export interface EventMention extends Provenance {
  kind: EventKind;
  trigger: Mention;
  /** the event noun a measure phrase can use: 'talks', 'meeting', 'summit', 'dinner', 'visit' … */
  head: string;
  /** 'bilateral' ("one-on-one", "bilateral talks", two parties), 'multilateral' (summit/forum of many), or null */
  scope: 'bilateral' | 'multilateral' | null;
  /** names of the parties (entity mention names, titles removed), in text order */
  participants: string[];
  parties: EventParty[];
  /** the most specific place named as where it is held (venue over city over region over country) */
  place: string | null;
  places: EventPlace[];
  /** the date mention of the same clause that the event takes (resolved value), or null */
  date: { text: string; value: string | null; granularity: Granularity; mention: Mention } | null;
  /** opening or closing day of a multi-day event, when the clause says so */
  phase: 'opening' | 'closing' | null;
  modality: EventModality;
  /** "did not meet", "no talks" */
  negated: boolean;
  /** 'earlier' ("their last meeting"), 'later' ("the next summit"), 'this' otherwise */
  occurrence: 'this' | 'earlier' | 'later';
  /** "informal dinner", "formal talks", when said */
  style: 'formal' | 'informal' | null;
  /** the trigger stands inside quoted speech */
  quoted: boolean;
  /** a meeting with a group no name stands for ("met business leaders", "talks with lawmakers"): not the leaders' */
  withGroup?: string;
  /** founding: the organization founded (named before the verb, or the antecedent of "it" / "the bloc") */
  founded?: string | null;
  steps: string[];
}

// ---------- facts & summit ----------

export interface FactValue {
  value: number | string;
  unit: string;
  approx?: Approx;
  period?: string | null;
  sources: string[];
  mentions: Mention[];
  /** the rules (reconcile/claims/same-claim.ts) that put this value in its fact and set its status */
  rules?: string[];
  /** the sources that give it independently: one per group of wire reprints (the first of the group that gives it) */
  independentSources?: string[];
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
  /** id of the venue among `places` ("filoli-estate"), when one is named */
  venue?: string | null;
  /** why each participant, place and day was chosen, and why the strongest rival was not (for `explain summit`) */
  evidence?: SummitEvidence;
}

/** One piece of evidence for a summit choice: an event mention's party, place or date, and the rules that read it. */
export interface SummitWitness {
  source: string;
  /** the party, place or date mention (its event's trigger when the event names none) */
  mention: Mention;
  /** the event's trigger text and the rules that read the event ("met: trigger meet-verb; parties x-and-y-met") */
  rule: string;
}

/** A participant, place or day weighed for the summit record. */
export interface SummitChoice {
  /** entity id, or ISO day */
  id: string;
  /** independent sources (wire reprints once) */
  support: number;
  /** why it was chosen, or why (as a rival) it was not */
  why: string;
  /** one witness per source */
  evidence: SummitWitness[];
}

export interface SummitEvidence {
  participants: SummitChoice[];
  places: SummitChoice[];
  dates: SummitChoice[];
  /** the strongest candidate left out of each list, with the reason */
  rivals: { participant: SummitChoice | null; place: SummitChoice | null; date: SummitChoice | null };
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
  /** event mentions (extract/events): meetings, talks, arrivals … with parties, place, date and modality */
  events: EventMention[];
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
  /** inputs that gave no article (binary, empty, unreadable, missing with --skip-missing), set by the loader's caller */
  skipped?: SkippedInput[];
}

/** An input that gave no article, and why; `path` relative to the current folder with `/` separators. */
export interface SkippedInput {
  path: string;
  reason: string;
}

export interface RunOptions {
  /** ISO date used when a source gives no publication date */
  referenceDate?: string | null;
}
