// Words that qualify a figure ("nearly $200 billion", "more than 130 countries", "projected to exceed"): data only.
import type { Approx } from '../../core/types.js';

export const APPROX_WORDS: ReadonlyArray<readonly [Approx, readonly string[]]> = [
  ['more-than', ['more than', 'over', 'above', 'in excess of', 'upwards of', 'exceeding', 'exceed', 'exceeds', 'exceeded',
    'surpass', 'surpasses', 'surpassed', 'surpassing', 'top', 'tops', 'topped', 'topping', 'greater than', 'north of',
    'well over', 'just over', 'beyond', 'above']],
  ['at-least', ['at least', 'no less than', 'no fewer than', 'a minimum of', 'not less than']],
  ['less-than', ['less than', 'fewer than', 'under', 'below', 'just under', 'short of', 'just below', 'not quite']],
  ['up-to', ['up to', 'as many as', 'as much as', 'no more than', 'at most', 'a maximum of', 'not more than']],
  ['nearly', ['nearly', 'almost', 'close to', 'just shy of', 'approaching', 'nigh on', 'just short of']],
  ['about', ['about', 'around', 'some', 'roughly', 'approximately', 'approx.', 'an estimated', 'estimated', 'circa',
    'an approximate', 'approx', 'ca.', 'c.', 'or so', 'round about', 'in the region of', 'on the order of']],
  ['exact', ['just', 'only', 'exactly', 'precisely', 'a mere', 'merely']],
];

/** Words before a figure that make it a projection rather than an actual ("projected to exceed"). */
export const PROJECTION_WORDS = [
  'projected', 'forecast', 'forecasts', 'expected', 'expects', 'expect', 'predicted', 'predicts', 'estimated to', 'set to',
  'on track', 'poised', 'will', "'ll", 'would', 'could', 'likely', 'anticipated', 'aims', 'aim', 'plans', 'plan to',
  'seeks', 'hope', 'hopes', 'hoped', 'intend', 'intends', 'by the end of', 'must', 'should', 'need to', 'needs to',
  'scheduled to', 'slated to', 'planned to', 'meant to', 'supposed to', 'is due to', 'are due to', 'was due to', 'were due to',
] as const;

/** Verbs that make a figure an estimate when a subject estimates it ("the mayor estimated the bill at …"); after an
 * article ("an estimated 400 guests") the word only hedges the value. */
export const ESTIMATE_VERBS = ['estimated', 'estimates', 'estimate', 'reckoned', 'reckons', 'put the cost', 'put the bill'] as const;

/** Head nouns that make a figure a target ("the target of $200 billion", "a goal of 100 countries"). */
export const TARGET_WORDS = ['target', 'targets', 'goal', 'goals', 'objective', 'aim', 'ambition', 'benchmark'] as const;
