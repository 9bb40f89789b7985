import { describe, expect, it } from 'vitest';
import type { Source } from '../../core/types.js';
import { segment } from '../../segment/index.js';
import { extractDates } from '../dates/index.js';
import { extractFigures } from './index.js';

const aboutOf = (text: string, figure: string) => {
  const src: Source = { id: 't', path: 't.txt', text, title: null, published: null, publishedFrom: null, warnings: [] };
  const doc = segment(src);
  return extractFigures(doc, extractDates(doc)).find((f) => f.mention.text === figure)?.about;
};

describe('what a duration measures', () => {
  it('is never the person who spent it, nor the place it was spent in', () => {
    expect(aboutOf('Xi Jinping spent three days in Moscow.', 'three days')).toBeNull();
    expect(aboutOf('Premier Alma Reyes spent more than six hours in a meeting with Ortiz.', 'more than six hours')).toBe('length of the meeting');
    expect(aboutOf('Putin spent two hours at the Kremlin before the talks with Kim.', 'two hours')).toBe('length of the talks');
  });
});

describe('what a figure measures, by class', () => {
  it('a duration is the length of the event its clause names, or of the event of the sentence before', () => {
    expect(aboutOf('The envoys shook hands for about 9 seconds.', 'about 9 seconds')).toBe('length of the handshake');
    expect(aboutOf('The ministers began with a private meeting. It lasted 25 minutes.', '25 minutes')).toBe('length of the one-on-one meeting');
    expect(aboutOf('The negotiations in Quito continued for more than six hours.', 'more than six hours')).toBe('length of the negotiations');
    expect(aboutOf('It was their first face-to-face meeting in more than two years.', 'more than two years')).toBe('time since the previous meeting');
    expect(aboutOf('Abe met Moon, talking in person for the first time in nearly two years before the gala.', 'nearly two years')).toBe('time since the previous talks');
    expect(aboutOf('The premier arrived ten minutes after the king.', 'ten minutes')).toBe('time by which the king arrived before the premier');
    expect(aboutOf('Reyes reached the palace gate near 7:45am, with Ortiz arriving five minutes after.', 'five minutes')).toBe('time by which Reyes arrived before Ortiz');
    expect(aboutOf('It was reported that Ortiz arrived at the venue six minutes earlier than Reyes.', 'six minutes')).toBe('time by which Ortiz arrived before Reyes');
    expect(aboutOf('They arrived ten minutes late and left after.', 'ten minutes')).not.toMatch(/^time by which/);
  });
  it('a war lasts only when its clause says it has lasted so; otherwise the other event of the clause', () => {
    expect(aboutOf('They will discuss the war in Sudan, which has raged for over 500 days, the ministry said.', 'over 500 days')).toBe('length of the war in Sudan');
    expect(aboutOf('The talks, held as the war went on, lasted four hours.', 'four hours')).toBe('length of the talks');
  });
  it('a gap "by" a duration after "before" or "after" says what happened before what', () => {
    expect(aboutOf('Some reports said that the cargo plane took off before the minister’s jet did by an hour.', 'an hour')).toBe('time by which cargo plane took off before the minister’s jet');
    expect(aboutOf('The ferry left after the bus by ten minutes.', 'ten minutes')).toBe('time by which ferry left after the bus');
    expect(aboutOf('The hearing was delayed by two hours.', 'two hours')).toBeNull();
  });
  it('a duration with no event named says so', () => {
    expect(aboutOf('The price rose for three weeks.', 'three weeks')).toBeNull();
  });
  it('a meeting held by video is a meeting, whatever it is called', () => {
    expect(aboutOf('The two premiers held a 40-minute video conference on Friday.', '40-minute')).toBe('length of the meeting');
    expect(aboutOf('The videoconference between the premiers lasted 35 minutes.', '35 minutes')).toBe('length of the meeting');
    expect(aboutOf('The press conference lasted 40 minutes.', '40 minutes')).toBe('length of the press conference');
  });
  it('a duration after "later than planned" is a delay of the event, not its length', () => {
    expect(aboutOf('The ministers opened their delayed forum in Quito on Monday, three weeks later than scheduled.', 'three weeks')).toBe('delay of the forum');
    expect(aboutOf('The forum lasted three weeks.', 'three weeks')).toBe('length of the forum');
  });
  it('the time a goal is set to be reached in is no event\'s length, whatever event the sentence names', () => {
    expect(aboutOf('"We aim to treble exports within four years," Okafor said at the closing press conference.', 'four years')).toBeNull();
    expect(aboutOf('The summit agreed to open the border crossings within 30 days.', '30 days')).toBeNull();
    expect(aboutOf('The summit lasted four days.', 'four days')).toBe('length of the summit'); // no horizon: the length
  });
  it('years a thing has existed are its age', () => {
    expect(aboutOf('The alliance is about 30 years old and still growing.', 'about 30 years')).toBe('age of the alliance');
    expect(aboutOf('The fair marks 20 years since the launch of the Andean Trade Pact, organisers said.', '20 years')).toBe('age of the Andean Trade Pact');
  });
  it('a count carries the act that follows it', () => {
    expect(aboutOf('Some 14 countries have applied to join the pact.', 'Some 14')).toBe('countries applied');
    expect(aboutOf('Delegates from 70 countries met in Accra.', '70')).toBe('countries represented');
    expect(aboutOf('Presidents and leaders from 26 countries gathered in Quito.', '26')).toBe('countries represented by leaders');
    expect(aboutOf('The congress should be attended by over 31 heads of state.', 'over 31')).toBe('heads of state attending');
    expect(aboutOf('The fair will convene some 400 exhibitors.', 'some 400')).toBe('exhibitors attending');
    expect(aboutOf('The fair listed 400 exhibitors in its catalogue.', '400')).toBe('exhibitors');
    // a delegation of people: who it is made of, not what they represent
    expect(aboutOf('The premier brought a delegation of 65 executives to Lagos.', '65')).toBe('executives in the delegation');
    expect(aboutOf('She travels with an entourage of about 30 aides.', 'about 30')).toBe('aides in the delegation');
    expect(aboutOf('Delegates of 45 countries signed the charter.', '45')).toBe('countries represented');
  });
  it('an amount after "worth" is the value of what is named before it', () => {
    expect(aboutOf('The talks closed with a plan to set up a rail fund worth $3.1 billion, officials said.', '$3.1 billion')).toBe('rail fund');
    expect(aboutOf('The ministers signed contracts worth €800 million.', '€800 million')).toBe('contracts');
    expect(aboutOf('Exports rose to $5 billion, a figure worth noting.', '$5 billion')).not.toBe('figure');
  });
  it('money spent on something is the cost of it; an amount after a dash is the cost the clause before names', () => {
    expect(aboutOf('The province said on Friday it spent €9.2 million on staging the regatta, less than feared.', '€9.2 million')).toBe('cost of staging the regatta');
    expect(aboutOf('The council spent A$3 million (US$2 million) for new ferries between the islands.', 'A$3 million')).toBe('cost of new ferries');
    expect(aboutOf('Apart from policing, much of the cost comes from housing the 900 delegates at the old port – about €1 million, the ministry said.', 'about €1 million')).toBe('share of the cost from housing delegates');
    expect(aboutOf('The bill comes mostly from feeding the 900 delegates – about €1 million, the ministry said.', 'about €1 million')).toBe('cost of feeding delegates');
    expect(aboutOf('The city spent $4 million last year.', '$4 million')).toBe('cost');
    expect(aboutOf('The city spent $4 million on Tuesday.', '$4 million')).toBe('cost');
    expect(aboutOf('Visitors spent $90 on average.', '$90')).toBe('cost');
    expect(aboutOf('Revenue at the port – about €1 million – fell.', 'about €1 million')).not.toMatch(/^cost/);
  });
  it('people counted only as "individuals" are what the relative clause says they are', () => {
    expect(aboutOf('The ministers walked to the side, greeted by three individuals who appeared to be aides.', 'three')).toBe('aides');
    expect(aboutOf('Four people who were pilots gave evidence.', 'Four')).toBe('pilots');
    expect(aboutOf('Four pilots who were tired gave evidence.', 'Four')).toBe('pilots');
  });
  it('a count of occasions counts what was done on them', () => {
    expect(aboutOf('She would not say whether she stood by her pledges, made on three occasions, that she would cut taxes.', 'three')).toBe('pledges');
    expect(aboutOf('The envoys met on three occasions.', 'three')).toBe('occasions');
  });
  it('time spent doing a meeting verb is time spent in that event, with whom when named', () => {
    expect(aboutOf('The premier will brief reporters after spending more than three hours negotiating with Ana Reyes.', 'more than three hours')).toBe('time spent in negotiations with Ana Reyes');
    expect(aboutOf('The envoy spent two hours talking to students.', 'two hours')).toBe('time spent in talks');
  });
  it('a fraction is a share of its whole', () => {
    expect(aboutOf('Almost a third of the grant was used for rural clinics.', 'Almost a third')).toBe('share of grant used for rural clinics');
    expect(aboutOf('About a quarter of Peru’s copper sales go to Korea.', 'About a quarter')).toBe('share of Peru’s copper sales');
  });
  it('money in a clause about spending is a cost; a bracketed conversion keeps the meaning', () => {
    expect(aboutOf('Officials said the fair cost roughly €9 million to stage.', 'roughly €9 million')).toBe('cost of the fair');
    expect(aboutOf('The cost of the games would reach about A$30 million (US$20 million).', 'US$20 million')).toBe('cost of the games');
  });
});

describe('a number named only as a mark measures what reaches it', () => {
  it('the subject of the verb of reaching, with the mark word', () => {
    expect(aboutOf('Ministers said exports of copper will soon pass the significant milestone of $4 billion.', '$4 billion')).toBe('exports milestone');
    expect(aboutOf('Officials expect grain shipments to cross the 9 million tonne mark.', '9 million')).not.toBe('mark');
    expect(aboutOf('Lee told Mori that annual tourism revenue between their islands had hit a "record high" of nearly $3 billion.', 'nearly $3 billion')).toBe('annual tourism revenue high');
    expect(aboutOf('The index hit a record $4 billion mark on Monday.', '$4 billion')).toBe('index mark');
  });
  it('a goal that says of what keeps its own words; a mark nothing reaches stays as it was', () => {
    expect(aboutOf('The partners met their annual shipping revenue goal of $6 billion early.', '$6 billion')).toBe('shipping revenue goal');
    expect(aboutOf('The $8 billion mark was discussed at length.', '$8 billion')).toBe('mark');
  });
});

describe('standing of a figure', () => {
  const modalityOf = (text: string, figure: string) => {
    const src: Source = { id: 't', path: 't.txt', text, title: null, published: null, publishedFrom: null, warnings: [] };
    const doc = segment(src);
    return extractFigures(doc, extractDates(doc)).find((f) => f.mention.text === figure)?.modality;
  };
  it('a subject estimating a figure, a future relative clause and bare "expect" make a projection', () => {
    expect(modalityOf('The mayor had earlier estimated the regatta cost the city €7 million.', '€7 million')).toBe('projected');
    expect(modalityOf('About 900 volunteers who will staff the games have signed up.', 'About 900')).toBe('projected');
    expect(modalityOf('We expect exports to reach $5 billion.', '$5 billion')).toBe('projected');
  });
  it('"an estimated" only hedges; a past relative clause is an actual', () => {
    expect(modalityOf('An estimated 900 volunteers staffed the games.', 'An estimated 900')).toBe('actual');
    expect(modalityOf('About 900 volunteers who staffed the games went home.', 'About 900')).toBe('actual');
  });
});

describe('the period of an event length dated elsewhere in the article', () => {
  const periodOf = (text: string, figure: string) => {
    const src: Source = { id: 't', path: 't.txt', text, title: null, published: '2024-05-15', publishedFrom: 'header', warnings: [] };
    const doc = segment(src);
    return extractFigures(doc, extractDates(doc)).find((f) => f.mention.text === figure)?.period;
  };
  it('takes the one day the article dates its meeting on', () => {
    expect(periodOf('The two premiers met in Lima on Tuesday. The talks lasted more than three hours.', 'more than three hours')).toBe('2024-05-14');
  });
  it('no day when the article dates meetings on two days', () => {
    expect(periodOf('The envoys met on Monday and their deputies held a meeting on Tuesday. The talks lasted two hours.', 'two hours')).toBeNull();
  });
  it('what the past tense tells of that day takes it: counts, ordinals and short gaps at the meeting', () => {
    const day = 'The two premiers met in Lima on Tuesday. ';
    expect(periodOf(`${day}Some 300 reporters covered the visit.`, 'Some 300')).toBe('2024-05-14');
    expect(periodOf(`${day}They embraced three times before the cameras.`, 'three times')).toBe('2024-05-14');
    expect(periodOf(`${day}Ortiz reached the palace nine minutes after Reyes.`, 'nine minutes')).toBe('2024-05-14');
    expect(periodOf(`${day}Their second round of talks began after lunch.`, 'second')).toBe('2024-05-14');
  });
  it('a count "since" a year runs from that year to the year of writing; a rank since a year has no period', () => {
    expect(periodOf('The envoys said they had met 19 times since 2015 and would meet again.', '19 times')).toBe('2015/2024');
    expect(periodOf('It was the first time since 2019 that the fleet sailed.', 'first')).toBeNull();
  });
  it('a range opened by "from" in the sentence is the period of what the gathering counts', () => {
    expect(periodOf('The fair, running from May 20 to 22, is set to draw 300 exhibitors.', '300')).toBe('2024-05-20/2024-05-22');
  });
  it('an article that dates no meeting dates the gathering it reports; a dated meeting wins over it', () => {
    expect(periodOf('Reyes addressed the ocean forum in Lima on Tuesday. Speaking to 900 delegates, she praised the fleet.', '900')).toBe('2024-05-14');
    expect(periodOf('The ocean forum opened in Lima on Monday. Reyes and Ortiz met on Tuesday. Speaking to 900 delegates, she praised the fleet.', '900')).toBe('2024-05-14');
  });
  it('not what counts over a span, what the present or future tells, an edition or another day', () => {
    const day = 'The two premiers met in Lima on Tuesday. ';
    expect(periodOf(`${day}The two have met 19 times before.`, '19 times')).toBeNull();
    expect(periodOf(`${day}It was their first meeting in more than two years.`, 'first')).toBeNull();
    expect(periodOf(`${day}The pact now has 14 members.`, '14')).toBeNull();
    expect(periodOf(`${day}Some 40 ministers will join the talks later.`, 'Some 40')).toBeNull();
    expect(periodOf(`${day}Reyes opened the fourth Andean Trade Fair.`, 'fourth')).toBeNull();
    expect(periodOf(`${day}On Sunday, 12 protesters were detained.`, '12')).toBeNull();
    // those who came to a forum came for all its days; arriving "to meet" dates the arrival, not a meeting
    expect(periodOf(`${day}Delegates from over 80 countries attended the ocean forum.`, 'over 80')).toBeNull();
    expect(periodOf(`${day}Before envoys of some 70 nations, Reyes spoke of the fleet.`, 'some 70')).toBeNull();
    expect(periodOf('Reyes landed in Lima on Monday to meet Ortiz. Some 300 reporters covered the visit.', 'Some 300')).toBeNull();
  });
});

describe('an ordinal with coordinated modifiers ranks the noun after them', () => {
  it('"the first-ever and long-awaited meeting" ranks meetings', () => {
    expect(aboutOf('The envoys made history at the first-ever and much-delayed meeting of their navies.', 'first')).toBe('meeting');
  });
});

describe('an ordinal of times counts the event of its clause', () => {
  it('"met for the first time" is the first meeting; "held talks for the second time" the second talks', () => {
    expect(aboutOf('The envoys met for the first time in more than a year.', 'first')).toBe('meeting');
    expect(aboutOf('Kemal flew to Rome on Monday, holding talks with the pope for the second time.', 'second')).toBe('talks');
  });
  it('being in a place for the nth time is a visit to it', () => {
    expect(aboutOf('Ortiz met the king, who was in Quito for the first time since the floods.', 'first')).toBe('visit to Quito');
  });
  it('no event in the clause: the ordinal keeps its own words', () => {
    expect(aboutOf('Prices fell, for the first time since May.', 'first')).toBe('time');
  });
});

describe('what a figure measures: the thing changed, named modifiers, joined modifiers', () => {
  it('a verb of change with "to" or "by" before the figure measures its object', () => {
    expect(aboutOf('The ministers agreed to raise bilateral investment to €30 billion by 2028.', '€30 billion')).toBe('bilateral investment');
    expect(aboutOf('The accord would cut emissions by 40% before 2035, the agency said.', '40%')).toBe('emissions');
    expect(aboutOf('Ghana hopes to triple cocoa exports to about $6 billion.', 'about $6 billion')).toBe('cocoa exports');
    // a pronoun object says nothing; a passive has its subject before the verb
    expect(aboutOf('The council raised it to $5 million.', '$5 million')).not.toBe('it');
    expect(aboutOf('Fares were lowered to $3 last spring.', '$3')).toBe('fares');
  });
  it('a name before a noun right after the figure is part of what it measures, a weekday or month is not', () => {
    expect(aboutOf('Lisbon approved a €400 million Tagus bridge for the port.', '€400 million')).toBe('Tagus bridge');
    expect(aboutOf('Oslo set up a $2 billion Arctic fund.', '$2 billion')).toBe('Arctic fund');
    expect(aboutOf('Exports reached $5 billion Tuesday morning, customs said.', '$5 billion')).not.toMatch(/Tuesday/);
  });
  it('modifiers joined by "and" or "or" before their noun stay together', () => {
    expect(aboutOf('The lenders offered $2 billion in cheap and flexible credit.', '$2 billion')).toBe('cheap and flexible credit');
    expect(aboutOf('The lenders offered $2 billion in loans and grants.', '$2 billion')).toBe('loans');
  });
});

describe('the period of a change is not the year it is measured against', () => {
  const periodOf = (text: string, figure: string, published: string) => {
    const src: Source = { id: 't', path: 't.txt', text, title: null, published, publishedFrom: 'header', warnings: [] };
    const doc = segment(src);
    return extractFigures(doc, extractDates(doc)).find((f) => f.mention.text === figure)?.period;
  };
  it('"up 9% on 2020", "4% compared with 2019" have no period from that year; "in 2020" has', () => {
    expect(periodOf('Revenue was up 9% on 2020, the firm said.', '9%', '2021-03-02')).toBeNull();
    expect(periodOf('Sales grew 4% compared with 2019.', '4%', '2021-03-02')).toBeNull();
    expect(periodOf('Sales grew 4% last year, a rise on 2019.', '4%', '2021-03-02')).toBe('2020');
    expect(periodOf('Sales grew 4% in 2020.', '4%', '2021-03-02')).toBe('2020');
    // a verb of saying between them: the date is of the clause said, not of the figure before the verb
    expect(periodOf('The envoy, on a three-day tour, said exports of $4 billion last year were too low.', 'three-day', '2021-03-02')).toBeNull();
    expect(periodOf('The envoy, on a three-day tour, said exports of $4 billion last year were too low.', '$4 billion', '2021-03-02')).toBe('2020');
  });
});

describe('money given or promised, and the span it is spread over', () => {
  it('a verb of giving makes the amount its giver\u2019s pledge, told as done even when the paying lies ahead', () => {
    const figs = (text: string) => {
      const src: Source = { id: 't', path: 't.txt', text, title: null, published: '2025-02-03', publishedFrom: 'header', warnings: [] };
      const doc = segment(src);
      return extractFigures(doc, extractDates(doc));
    };
    const [m, d] = figs('Norway will give NOK 900 million over four years to a Sahel water fund, its minister said.');
    expect([m!.about, m!.modality]).toEqual(['Norway’s pledge', 'actual']);
    expect([d!.about, d!.approx]).toEqual(['span of Norway’s pledge', 'exact']);
    expect(aboutOf('The donors pledged $40 million in emergency food aid.', '$40 million')).toBe('emergency food aid');
    expect(aboutOf('Canada\u2019s C$80 million grant was welcomed.', 'C$80 million')).toBe('Canada’s grant');
    // a deadline is no spread; no verb of giving, no pledge
    expect(figs('Exports should reach $5 billion within five years.').find((f) => f.kind === 'duration')?.about ?? '').not.toMatch(/^span/);
    expect(aboutOf('Exports reached $5 billion.', '$5 billion')).toBe('exports');
  });
});

describe('whose figure, and where a change started', () => {
  const figs = (text: string) => {
    const src: Source = { id: 't', path: 't.txt', text, title: null, published: '2025-02-03', publishedFrom: 'header', warnings: [] };
    const doc = segment(src);
    return extractFigures(doc, extractDates(doc));
  };
  it('the parties after "between" or "with" stay in what is measured', () => {
    expect(aboutOf('Trade between Peru and Chile rose to $9 billion.', '$9 billion')).toBe('trade between Peru and Chile');
    expect(aboutOf('Ghana\u2019s exports to Togo, mostly cocoa, fell 4%.', '4%')).not.toMatch(/Togo/);
    expect(aboutOf('Bilateral trade with the Philippines hit a record $3 billion last year.', '$3 billion')).toBe('bilateral trade with the Philippines');
  });
  it('the starting value of a change is marked, the new value not', () => {
    const [to, from] = figs('Exports to Chile fell to $2.1 billion in 2024 from $3.0 billion before the crisis.');
    expect([to!.baseline, from!.baseline]).toEqual([undefined, true]);
    const [a, b] = figs('Output rose 5% to $80 billion, up from $76 billion.').filter((f) => f.kind === 'money');
    expect([a!.baseline, b!.baseline]).toEqual([undefined, true]);
    // two amounts of a list are no change
    expect(figs('The bank lent $2 billion to Chile and $3 billion to Peru.').some((f) => f.baseline)).toBe(false);
  });
});

describe('talks told with "spoke", and the day of saying', () => {
  it('"spoke for three hours" is the length of the talks; speaking to reporters is not', () => {
    expect(aboutOf('Ruto and Hassan spoke for three hours, first alone and then with ministers.', 'three hours')).toBe('length of the talks');
    expect(aboutOf('Ruto spoke to reporters for ten minutes.', 'ten minutes')).not.toBe('length of the talks');
  });
  it('the day something was said dates no meeting a length is of', () => {
    const periodOf = (text: string, figure: string) => {
      const src: Source = { id: 't', path: 't.txt', text, title: null, published: '2028-03-09', publishedFrom: 'header', warnings: [] };
      const doc = segment(src);
      return extractFigures(doc, extractDates(doc)).find((f) => f.mention.text === figure)?.period;
    };
    expect(periodOf('Ruto said on Thursday that his talks with Hassan had been useful. The meeting lasted two hours.', 'two hours')).toBeNull();
    expect(periodOf('Ruto met Hassan on Tuesday. The meeting lasted two hours.', 'two hours')).toBe('2028-03-07');
  });
});

describe('lengths told with verbs of negotiating, "for … before", and overruns', () => {
  it('reads them apart', () => {
    expect(aboutOf('The envoys negotiated for nine hours before agreeing.', 'nine hours')).toBe('length of the talks');
    expect(aboutOf('Their meeting ran 20 minutes over schedule.', '20 minutes')).toBe('overrun of the meeting');
    expect(aboutOf('The talks lasted an hour, 15 minutes longer than planned.', '15 minutes')).toBe('overrun of the talks');
    // a point in time is still no length
    expect(aboutOf('The convoy arrived two hours before the summit.', 'two hours')).toBeUndefined();
  });
});
