import { describe, expect, it } from 'vitest';
import type { Source } from '../core/types.js';
import { extractDoc } from '../pipeline.js';
import { segment } from '../segment/index.js';
import { isDateline } from '../extract/events/dateline.js';
import { meetingEvents } from './events.js';

const src = (text: string): Source => ({ id: 't', path: 't.txt', text, title: null, published: '2024-05-13', publishedFrom: 'option', warnings: [] });
/** The places the meeting events of a text name as where they are held (what the summit record weighs). */
const meetingPlaces = (text: string) => meetingEvents(extractDoc(segment(src(text)))).flatMap((e) => e.places.filter((p) => p.rule !== 'vicinity').map((p) => p.name));

describe('meeting place (read from event mentions)', () => {
  it.each([
    ['President Cyril Ramaphosa met President Lula da Silva at the Taj Mahal Hotel in Mumbai on Wednesday.', ['Taj Mahal Hotel', 'Mumbai']],
    ['The G20 summit is being held in New Delhi for two days.', ['New Delhi']],
    ['In Johannesburg the leaders met on Tuesday.', ['Johannesburg']],
  ])('%s → %s', (s, places) => expect(meetingPlaces(s)).toEqual(places));
  it.each([
    ['Lula may meet with Milei in Montevideo in early April.'],
    ['They last met in Brasília before the election.'],
    ['After the talks, he said the crisis in the Sahel worried him.'],
    ['He addressed a press conference at the International Media Centre.'],
    ['Lula arrived in Montevideo on Monday.'],
    ['The summit, he said, was long. Officials in Paris disagreed.'],
    ['The leaders met at a lakeside villa outside Geneva.'],
  ])('no meeting place: %s', (s) => expect(meetingPlaces(s)).toEqual([]));
});

describe('datelines', () => {
  const at = (text: string, place: string) => isDateline(text, text.indexOf(place), text.indexOf(place) + place.length);
  it('a place that opens its line before a dash, colon, agency or date', () => {
    expect(at('ROME/PARIS - The Italian premier met Macron again.', 'ROME')).toBe(true);
    expect(at('ROME/PARIS - The Italian premier met Macron again.', 'PARIS')).toBe(true);
    expect(at(' date 2023-09-09 New Delhi : As world leaders converge', 'New Delhi')).toBe(true);
    expect(at('Shillong, September 13: Kim and Putin convened.', 'Shillong')).toBe(true);
  });
  it('not a place in the body', () => {
    expect(at('Beijing has been pushing for talks.', 'Beijing')).toBe(false);
    expect(at('Johannesburg, the host city, is ready.', 'Johannesburg')).toBe(false);
    expect(at('The leaders met in Delhi - a city of millions.', 'Delhi')).toBe(false);
  });
});

// the day an event takes, read from the event mentions (what the summit record and the date facts read)
describe('event of a date', () => {
  /** the kinds of the events of a sentence that take the date written `date` */
  const ev = (sentence: string, date: string) =>
    extractDoc(segment(src(sentence))).events.filter((e) => e.date?.text === date).map((e) => e.kind);
  it('a date next to a speech verb dates the statement, not the summit', () => {
    expect(ev('As ministers gather at the Pacific summit here, hosts Fiji on Thursday said the communique is agreed.', 'Thursday')).toEqual([]);
    expect(ev('At the summit, Peru said on Thursday that the text is agreed.', 'Thursday')).toEqual([]);
    expect(ev('The Pacific summit on Thursday adopted the Suva Declaration.', 'Thursday')).toEqual(['summit']);
  });
  it('a summit document is not the summit', () => {
    expect(ev('Fiji circulated on Thursday a draft summit declaration among the members.', 'Thursday')).toEqual([]);
    expect(ev('Leaders gathered on Thursday for the summit meeting.', 'Thursday')).not.toEqual([]);
  });
});
