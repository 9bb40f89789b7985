import { describe, expect, it } from 'vitest';
import { isDateline, namedAsMeetingPlace, tellsOfEvent } from './summit-place.js';
import { eventOf } from './events.js';

const meetingPlace = (sentence: string, place: string) => {
  const at = sentence.indexOf(place);
  return namedAsMeetingPlace(sentence, at, at + place.length);
};

describe('meeting place', () => {
  it.each([
    ['Biden and Xi met at the Filoli estate in Woodside on Wednesday.', 'Filoli estate'],
    ['Kim Jong-un and Vladimir Putin convened at the Vostochny spaceport in the Far Eastern Amur Region.', 'Amur Region'],
    ['The G20 summit is being held in New Delhi for two days.', 'New Delhi'],
    ['In Johannesburg the leaders met on Tuesday.', 'Johannesburg'],
  ])('%s → %s', (s, place) => expect(meetingPlace(s, place)).toBe(true));
  it.each([
    ['Kim may meet with Putin in Vladivostok in mid-September.', 'Vladivostok'],
    ['They last met in Moscow shortly after the invasion.', 'Moscow'],
    ['After the talks, he underlined that the crisis in the Middle East matters.', 'Middle East'],
    ['Putin attended the BRICS summit via a video link in Moscow.', 'Moscow'],
    ['He addressed a press conference at the International Media Centre.', 'International Media Centre'],
    ['Putin arrived in Vladivostok on Monday.', 'Vladivostok'],
    ['The summit, he said, was long. Officials in Paris disagreed.', 'Paris'],
  ])('not: %s → %s', (s, place) => expect(meetingPlace(s, place)).toBe(false));
});

describe('datelines', () => {
  const at = (text: string, place: string) => isDateline(text, text.indexOf(place), text.indexOf(place) + place.length);
  it('a place that opens its line before a dash, colon, agency or date', () => {
    expect(at('MOSCOW/SEOUL - North Korean leader Kim Jong Un met Putin.', 'MOSCOW')).toBe(true);
    expect(at('MOSCOW/SEOUL - North Korean leader Kim Jong Un met Putin.', 'SEOUL')).toBe(true);
    expect(at(' date 2023-09-09 New Delhi : As world leaders converge', 'New Delhi')).toBe(true);
    expect(at('Shillong, September 13: Kim and Putin convened.', 'Shillong')).toBe(true);
  });
  it('not a place in the body', () => {
    expect(at('Beijing has been pushing for talks.', 'Beijing')).toBe(false);
    expect(at('Johannesburg, the host city, is ready.', 'Johannesburg')).toBe(false);
    expect(at('The leaders met in Delhi - a city of millions.', 'Delhi')).toBe(false);
  });
});

describe('taking part', () => {
  it('hosting a dinner is not taking part in the talks', () => {
    expect(tellsOfEvent('President Droupadi Murmu will host a dinner for the leaders on Saturday.')).toBe(false);
    expect(tellsOfEvent('Ramaphosa hosted the summit in Johannesburg.')).toBe(true);
    expect(tellsOfEvent('Xi met Putin after a state banquet.')).toBe(true);
  });
});

describe('event of a date', () => {
  const ev = (sentence: string, date: string) => {
    const at = sentence.indexOf(date);
    return eventOf(sentence.slice(0, at), sentence.slice(at + date.length), () => false)?.kind ?? null;
  };
  it('a date next to a speech verb dates the statement, not the summit', () => {
    expect(ev('As world leaders converge at the G20 Summit here, hosts India on Friday said the declaration is ready.', 'Friday')).toBeNull();
    expect(ev('At the summit, India said on Friday that the declaration is ready.', 'Friday')).toBeNull();
    expect(ev('The G20 summit on Saturday adopted the Delhi Declaration.', 'Saturday')).toBe('summit');
  });
  it('a summit document is not the summit', () => {
    expect(ev('India circulated on Friday a draft Summit Declaration among the members.', 'Friday')).toBeNull();
    expect(ev('Leaders gathered on Friday for the summit meeting.', 'Friday')).not.toBeNull();
  });
});
