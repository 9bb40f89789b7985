import { describe, expect, it } from 'vitest';
import { sentenceTense, tenseAt } from './tense.js';

describe('sentenceTense', () => {
  it.each([
    ['The minister landed in Peru on Tuesday for the fair.', 'past'],
    ['Their upcoming session on Wednesday will settle the budget.', 'future'],
    ['Kyle Anzalone is co-host of a podcast with Will Porter.', 'present'],
  ])('%s → %s', (s, t) => expect(sentenceTense(s)).toBe(t));
});

describe('tenseAt: the tense of the clause around a date', () => {
  const around = (s: string, word: string) => tenseAt(s, s.indexOf(word));
  it.each([
    ['The spokeswoman said on Thursday that rates will hold.', 'Thursday', 'past'],
    ['With the league expanding, clubs will also join the draft sessions on Thursday.', 'Thursday', 'future'],
    ['On Saturday, Wang Yi said, “Israel will act.”', 'Saturday', 'past'],
    ['Xi was expected to deliver remarks on Tuesday.', 'Tuesday', 'past'],
    ['The summit is expected to open on Tuesday.', 'Tuesday', 'future'],
    ['He arrived on Monday, but talks will start on Friday.', 'Friday', 'future'],
    ['He arrived on Monday, but talks will start on Friday.', 'Monday', 'past'],
    ['The summit opens on Tuesday.', 'Tuesday', 'present'],
    ['The accord will be signed in June.', 'June', 'future'],
    ['Envoys are scheduled for talks on Monday.', 'Monday', 'future'],
    ['Elections are planned for mid-May.', 'May', 'future'],
    ['The ministers are due to meet on Friday evening.', 'Friday', 'future'],
    ['Officials were due to meet on Friday but cancelled.', 'Friday', 'past'],
    ['Growth is forecast to slow in the third quarter.', 'third', 'future'],
    // a trailing reporting clause does not govern the date before it
    ['The envoys will sign the accord with their hosts on Friday, the embassy said.', 'Friday', 'future'],
    ['The premier will hold talks with the visiting chancellor on Monday, aides told reporters.', 'Monday', 'future'],
    ['The delegation left the capital on Sunday, state radio reported.', 'Sunday', 'past'],
    // … but a comma followed by a longer clause that is not a bare attribution is not such a tail
    ['The envoys will sign the accord on Friday, and the treaty said nothing of tariffs.', 'Friday', 'future'],
    ['On Sunday, the spokesman said the ministers will meet again.', 'Sunday', 'past'],
  ])('%s [%s] → %s', (s, w, t) => expect(around(s, w)).toBe(t));
});
