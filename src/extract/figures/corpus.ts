// Figure corpus: sentences → the figures they must yield (value, unit, rule, and where it matters approx, about,
// period), plus negatives that must yield nothing. Every rule in rules/* has at least one example here.
import type { Approx, FigureKind } from '../../core/types.js';

export interface ExpectedFigure {
  text: string;
  kind: FigureKind;
  value: number;
  unit: string;
  rule: string;
  valueMax?: number;
  approx?: Approx;
  /** a word `about` must contain */
  about?: string;
  period?: string | null;
  modality?: 'actual' | 'projected' | 'target';
  anaphoric?: boolean;
  bound?: 'lower' | 'upper';
}

export interface FigureExample {
  text: string;
  published?: string;
  figures: ExpectedFigure[];
}

const USD = 'USD';

export const EXAMPLES: FigureExample[] = [
  // ---- money ----
  { text: 'Commerce across the two neighbours hit $190 billion last year.', published: '2023-10-26',
    figures: [{ text: '$190 billion', kind: 'money', value: 190e9, unit: USD, rule: 'money.sign-before', about: 'commerce', period: '2022', approx: 'exact' }] },
  { text: 'Exports rose to $190bn in 2022, officials said.', figures: [{ text: '$190bn', kind: 'money', value: 190e9, unit: USD, rule: 'money.sign-before', about: 'exports', period: '2022' }] },
  { text: 'The fund holds US$200 billion in reserves.', figures: [{ text: 'US$200 billion', kind: 'money', value: 200e9, unit: USD, rule: 'money.sign-before', about: 'reserves' }] },
  { text: 'The bank lent USD 200 million to the utility.', figures: [{ text: 'USD 200 million', kind: 'money', value: 200e6, unit: USD, rule: 'money.code-before' }] },
  { text: 'Investment of RMB 5 billion was pledged.', figures: [{ text: 'RMB 5 billion', kind: 'money', value: 5e9, unit: 'CNY', rule: 'money.code-before', about: 'investment' }] },
  { text: 'The package is worth €2.5bn.', figures: [{ text: '€2.5bn', kind: 'money', value: 2.5e9, unit: 'EUR', rule: 'money.sign-before' }] },
  { text: 'The club paid £60,000 for the stand.', figures: [{ text: '£60,000', kind: 'money', value: 60000, unit: 'GBP', rule: 'money.sign-before' }] },
  { text: 'Both firms keep chasing their goal of 200 billion dollars, set last spring.', figures: [{ text: '200 billion dollars', kind: 'money', value: 200e9, unit: USD, rule: 'money.word-after', about: 'goal', modality: 'target' }] },
  { text: 'Bilateral trade hit 100 billion yuan for the first time.', figures: [{ text: '100 billion yuan', kind: 'money', value: 100e9, unit: 'CNY', rule: 'money.word-after', about: 'trade' }] },
  { text: 'The deal was valued at 323 million euros.', figures: [{ text: '323 million euros', kind: 'money', value: 323e6, unit: 'EUR', rule: 'money.word-after' }] },
  // an article and a unit made an adjective with "-long": one unit ("an hour-long meeting", "a week-long visit")
  { text: 'The premiers held an hour-long meeting in Hanoi.', figures: [{ text: 'an hour', kind: 'duration', value: 1, unit: 'hours', rule: 'duration.article', about: 'length of the meeting' }] },
  { text: 'She wrapped up a week-long visit to Chile.', figures: [{ text: 'a week', kind: 'duration', value: 1, unit: 'weeks', rule: 'duration.article', about: 'length of the visit' }] },
  // what the money is for may come between it and the span: "spend €900 million on rail links in Peru over six years"
  { text: 'The bank will spend €900 million on rail links in Peru over six years.', figures: [
    { text: '€900 million', kind: 'money', value: 900e6, unit: 'EUR', rule: 'money.sign-before' },
    { text: 'six years', kind: 'duration', value: 6, unit: 'years', rule: 'duration.unit', approx: 'exact' },
  ] },
  // a change by a share "over" a span: the span the change is spread over, not an event's length nor "more than"
  { text: 'At the meeting the ministers agreed to cut tariffs by 15 percent over three years.', figures: [
    { text: '15 percent', kind: 'percent', value: 15, unit: 'percent', rule: 'percent.word' },
    { text: 'three years', kind: 'duration', value: 3, unit: 'years', rule: 'duration.unit', approx: 'exact', about: 'span of the tariffs' },
  ] },
  // the currency words of the Andean and Central American press, plural forms included
  { text: 'Policing the fair cost the city 48 million soles.', figures: [{ text: '48 million soles', kind: 'money', value: 48e6, unit: 'PEN', rule: 'money.word-after' }] },
  { text: 'La Paz set aside 90 million bolivianos and Guatemala City 7 million quetzales.', figures: [
    { text: '90 million bolivianos', kind: 'money', value: 90e6, unit: 'BOB', rule: 'money.word-after' },
    { text: '7 million quetzales', kind: 'money', value: 7e6, unit: 'GTQ', rule: 'money.word-after' },
  ] },
  { text: 'Russia earned 2 trillion rubles from oil.', figures: [{ text: '2 trillion rubles', kind: 'money', value: 2e12, unit: 'RUB', rule: 'money.word-after' }] },
  { text: 'He was fined 10,000 Swiss francs.', figures: [{ text: '10,000 Swiss francs', kind: 'money', value: 10000, unit: 'CHF', rule: 'money.word-after' }] },
  { text: 'It issued 125 million Australian dollars of bonds.', figures: [{ text: '125 million Australian dollars', kind: 'money', value: 125e6, unit: 'AUD', rule: 'money.word-after', about: 'bonds' }] },
  { text: 'Loans worth 50 billion US dollars were signed.', figures: [{ text: '50 billion US dollars', kind: 'money', value: 50e9, unit: USD, rule: 'money.word-after' }] },
  { text: 'Shares fell 34 cents.', figures: [{ text: '34 cents', kind: 'money', value: 0.34, unit: USD, rule: 'money.word-after' }] },
  { text: 'The ticket cost 100₾.', figures: [{ text: '100₾', kind: 'money', value: 100, unit: 'GEL', rule: 'money.sign-after' }] },
  { text: 'Analysts expect losses of $2bn-3bn this quarter.', figures: [
    { text: '$2bn-3bn', kind: 'money', value: 2e9, valueMax: 3e9, unit: USD, rule: 'money.range', about: 'losses', bound: 'lower' },
    { text: '$2bn-3bn', kind: 'money', value: 3e9, unit: USD, rule: 'money.range', about: 'losses', bound: 'upper' },
  ] },
  { text: 'The project will cost between $10 and $12 billion.', figures: [
    { text: '$10 and $12 billion', kind: 'money', value: 10e9, valueMax: 12e9, unit: USD, rule: 'money.range', modality: 'projected', bound: 'lower' },
    { text: '$10 and $12 billion', kind: 'money', value: 12e9, unit: USD, rule: 'money.range', modality: 'projected', bound: 'upper' },
  ] },
  { text: 'The bank lent between 10 and 12 billion yuan to firms.', figures: [
    { text: '10 and 12 billion yuan', kind: 'money', value: 10e9, valueMax: 12e9, unit: 'CNY', rule: 'money.range', bound: 'lower' },
    { text: '10 and 12 billion yuan', kind: 'money', value: 12e9, unit: 'CNY', rule: 'money.range', bound: 'upper' },
  ] },
  // a decimal comma before one or two digits
  { text: 'The refit of the ferry costs around 3-3,5 million euros.', figures: [
    { text: 'around 3-3,5 million euros', kind: 'money', value: 3e6, valueMax: 3.5e6, unit: 'EUR', rule: 'money.range', approx: 'about', bound: 'lower' },
    { text: 'around 3-3,5 million euros', kind: 'money', value: 3.5e6, unit: 'EUR', rule: 'money.range', approx: 'about', bound: 'upper' },
  ] },
  { text: 'The fund raised $190bn last year, up from US$200 million in 2019.', published: '2024-03-05', figures: [
    { text: '$190bn', kind: 'money', value: 190e9, unit: USD, rule: 'money.sign-before', about: 'fund', period: '2023' },
    { text: 'US$200 million', kind: 'money', value: 200e6, unit: USD, rule: 'money.sign-before', about: 'fund' },
  ] },
  { text: 'Exports were worth 200 billion US dollars, while imports reached €3.5 million.', figures: [
    { text: '200 billion US dollars', kind: 'money', value: 200e9, unit: USD, rule: 'money.word-after', about: 'exports' },
    { text: '€3.5 million', kind: 'money', value: 3.5e6, unit: 'EUR', rule: 'money.sign-before', about: 'imports' },
  ] },
  { text: 'China has doled out nearly $1 trillion in loans to developing nations.', figures: [{ text: 'nearly $1 trillion', kind: 'money', value: 1e12, unit: USD, rule: 'money.sign-before', approx: 'nearly', about: 'loans' }] },
  { text: 'Turnover is forecast to exceed $240 billion for the full year.', published: '2023-10-17',
    figures: [{ text: 'exceed $240 billion', kind: 'money', value: 240e9, unit: USD, rule: 'money.sign-before', approx: 'more-than', period: '2023', modality: 'projected', about: 'turnover' }] },
  { text: 'The ministers vowed to beat a target of $300 billion by the end of 2024.', published: '2023-10-18',
    figures: [{ text: '$300 billion', kind: 'money', value: 300e9, unit: USD, rule: 'money.sign-before', about: 'target', period: '2024', modality: 'target' }] },
  { text: 'The fund has attracted more than $700 million in pledges, including $100 million from the UAE and $17.5 million from the US.', figures: [
    { text: 'more than $700 million', kind: 'money', value: 700e6, unit: USD, rule: 'money.sign-before', approx: 'more-than', about: 'pledges' },
    { text: '$100 million', kind: 'money', value: 100e6, unit: USD, rule: 'money.sign-before', about: 'pledges' },
    { text: '$17.5 million', kind: 'money', value: 17.5e6, unit: USD, rule: 'money.sign-before', about: 'pledges' },
  ] },
  { text: 'The company won a $300 million contract in Pakistan.', figures: [{ text: '$300 million', kind: 'money', value: 300e6, unit: USD, rule: 'money.sign-before', about: 'contract' }] },
  { text: 'Saudi Arabia pledged $20bn for the corridor.', figures: [{ text: '$20bn', kind: 'money', value: 20e9, unit: USD, rule: 'money.sign-before', about: 'corridor' }] },
  { text: 'India approved Rs 500 crore for the corridor.', figures: [{ text: 'Rs 500 crore', kind: 'money', value: 5e9, unit: 'INR', rule: 'money.code-before' }] },
  { text: 'The loan was C$16.4 million.', figures: [{ text: 'C$16.4 million', kind: 'money', value: 16.4e6, unit: 'CAD', rule: 'money.sign-before' }] },
  { text: 'The fare was one euro and twenty.', figures: [{ text: 'one euro and twenty', kind: 'money', value: 1.2, unit: 'EUR', rule: 'money.word-after' }] },
  { text: 'A coffee costs C$ 4 and fifty.', figures: [{ text: 'C$ 4 and fifty', kind: 'money', value: 4.5, unit: 'CAD', rule: 'money.sign-before' }] },
  { text: 'The stall sells tea for 250 ரூ a cup.', figures: [{ text: '250 ரூ', kind: 'money', value: 250, unit: 'LKR', rule: 'money.sign-after' }] },
  // ---- percent ----
  { text: 'Freight volumes have climbed by 30% across the first two quarters of 2023.', published: '2023-10-17',
    figures: [
      { text: '30%', kind: 'percent', value: 30, unit: 'percent', rule: 'percent.sign', about: 'freight', period: '2023-01/2023-06' },
    ] },
  { text: 'About 30 percent of the grain goes to Africa.', figures: [{ text: 'About 30 percent', kind: 'percent', value: 30, unit: 'percent', rule: 'percent.word', approx: 'about', about: 'grain' }] },
  { text: 'Defence spending across European allies and Canada rose 18% this year.', published: '2024-07-11',
    figures: [{ text: '18%', kind: 'percent', value: 18, unit: 'percent', rule: 'percent.sign', about: 'spending growth', period: '2024' }] },
  { text: 'Roughly 40 percent of India’s crude imports come from Russia.', figures: [{ text: 'Roughly 40 percent', kind: 'percent', value: 40, unit: 'percent', rule: 'percent.word', approx: 'about', about: 'India’s crude imports' }] },
  { text: 'The economy grew 7.8% in spring, and it aims to reach $5 trillion by 2025.', figures: [
    { text: '7.8%', kind: 'percent', value: 7.8, unit: 'percent', rule: 'percent.sign', period: null },
    { text: '$5 trillion', kind: 'money', value: 5e12, unit: USD, rule: 'money.sign-before', period: '2025', modality: 'projected' },
  ] },
  { text: 'China bought 107 million tonnes of Russian crude, up 24% from 2022.', figures: [
    { text: '107 million tonnes', kind: 'quantity', value: 107e6, unit: 't', rule: 'quantity.unit' },
    { text: '24%', kind: 'percent', value: 24, unit: 'percent', rule: 'percent.sign', about: 'Russian crude growth', period: null },
  ] },
  { text: 'China’s economy, the world’s second-largest, grew 5.3% in the first quarter.', figures: [
    { text: 'second', kind: 'ordinal', value: 2, unit: 'ordinal', rule: 'ordinal.word', about: 'largest' },
    { text: '5.3%', kind: 'percent', value: 5.3, unit: 'percent', rule: 'percent.sign', about: 'China’s economy growth' },
  ] },
  { text: 'Inflation eased to 4.5 per cent in March.', figures: [{ text: '4.5 per cent', kind: 'percent', value: 4.5, unit: 'percent', rule: 'percent.word' }] },
  { text: 'Rates rose by 0.25 percentage points.', figures: [{ text: '0.25 percentage points', kind: 'percent', value: 0.25, unit: 'percent', rule: 'percent.points' }] },
  { text: 'Tariffs of 20-30% were discussed.', figures: [
    { text: '20-30%', kind: 'percent', value: 20, valueMax: 30, unit: 'percent', rule: 'percent.range', bound: 'lower' },
    { text: '20-30%', kind: 'percent', value: 30, unit: 'percent', rule: 'percent.range', bound: 'upper' },
  ] },
  { text: 'Yields of between 5 and 7 percent are expected.', figures: [
    { text: '5 and 7 percent', kind: 'percent', value: 5, valueMax: 7, unit: 'percent', rule: 'percent.range', bound: 'lower' },
    { text: '5 and 7 percent', kind: 'percent', value: 7, unit: 'percent', rule: 'percent.range', bound: 'upper' },
  ] },
  { text: 'Its share is per cent of twenty-two.', figures: [{ text: 'per cent of twenty-two', kind: 'percent', value: 22, unit: 'percent', rule: 'percent.of' }] },
  // ---- counts ----
  { text: 'The top 10 economies account for most output.', figures: [{ text: '10', kind: 'count', value: 10, unit: 'count', rule: 'count.noun', approx: 'exact', about: 'economies' }] },
  { text: 'Envoys of more than 130 countries gathered at the expo.', figures: [{ text: 'more than 130', kind: 'count', value: 130, unit: 'count', rule: 'count.noun', approx: 'more-than', about: 'countries' }] },
  { text: 'Putin also met leaders from at least four other countries.', figures: [{ text: 'at least four', kind: 'count', value: 4, unit: 'count', rule: 'count.noun', approx: 'at-least', about: 'other countries' }] },
  // exact collectives count; people told by what befell them
  { text: 'The navy intercepted a pair of cruise missiles near Aden.', figures: [{ text: 'a pair of', kind: 'count', value: 2, unit: 'count', rule: 'count.noun', about: 'cruise missiles' }] },
  { text: 'The landslide left 23 dead and 40 injured.', figures: [{ text: '23', kind: 'count', value: 23, unit: 'count', rule: 'count.noun', about: 'people killed' }, { text: '40', kind: 'count', value: 40, unit: 'count', rule: 'count.noun', about: 'people injured' }] },
  { text: 'Twenty-three countries have lodged bids for membership.', figures: [{ text: 'Twenty-three', kind: 'count', value: 23, unit: 'count', rule: 'count.noun', about: 'countries' }] },
  { text: 'The congress hopes to host 40 heads of state and a dozen envoys.', figures: [{ text: '40', kind: 'count', value: 40, unit: 'count', rule: 'count.noun', about: 'heads of state' }] },
  { text: 'The bloc of five emerging economies met in 2019.', figures: [{ text: 'five', kind: 'count', value: 5, unit: 'count', rule: 'count.noun', about: 'emerging economies' }] },
  { text: 'Six members signed up, forming an 11-nation bloc.', figures: [
    { text: 'Six', kind: 'count', value: 6, unit: 'count', rule: 'count.noun', about: 'members' },
    { text: '11-nation', kind: 'count', value: 11, unit: 'count', rule: 'count.compound', about: 'bloc' },
  ] },
  { text: 'Twenty-three of the 32 allies meet the target.', figures: [
    { text: 'Twenty-three', kind: 'count', value: 23, unit: 'count', rule: 'count.noun', about: 'allies' },
    { text: '32', kind: 'count', value: 32, unit: 'count', rule: 'count.noun', about: 'allies' },
  ] },
  { text: 'Only two countries voted against the motion.', figures: [{ text: 'Only two', kind: 'count', value: 2, unit: 'count', rule: 'count.noun', approx: 'exact', about: 'countries' }] },
  { text: 'The rover photographed two craters near the pole.', figures: [{ text: 'two', kind: 'count', value: 2, unit: 'count', rule: 'count.noun', about: 'craters' }] },
  { text: 'Kazakhstan stretches across four time zones.', figures: [{ text: 'four', kind: 'count', value: 4, unit: 'count', rule: 'count.noun', about: 'time zones' }] },
  { text: 'The envoy has visited Hanoi five times since 2015.', figures: [{ text: 'five times', kind: 'count', value: 5, unit: 'count', rule: 'count.times', about: 'visits' }] },
  { text: 'The two ministers have spoken by phone and met nine times this year.', figures: [{ text: 'nine times', kind: 'count', value: 9, unit: 'count', rule: 'count.times', about: 'meetings' }] },
  { text: 'Rail freight rose 2.5 times in a decade.', figures: [{ text: '2.5 times', kind: 'count', value: 2.5, unit: 'count', rule: 'count.times' }] },
  { text: 'Two other countries asked to join the pact.', figures: [{ text: 'Two', kind: 'count', value: 2, unit: 'count', rule: 'count.noun', about: 'other countries' }] },
  { text: 'Solar capacity grew sevenfold, and wind capacity is now 12 times larger.', figures: [
    { text: 'sevenfold', kind: 'count', value: 7, unit: 'count', rule: 'count.times' },
    { text: '12 times', kind: 'count', value: 12, unit: 'count', rule: 'count.times' },
  ] },
  { text: 'Guests stayed in a 48-room palace and heard a 19-gun salute.', figures: [
    { text: '48-room', kind: 'count', value: 48, unit: 'count', rule: 'count.compound', about: 'rooms' },
    { text: '19-gun', kind: 'count', value: 19, unit: 'count', rule: 'count.compound', about: 'guns' },
  ] },
  { text: 'The 32-member alliance pledged aid.', figures: [{ text: '32-member', kind: 'count', value: 32, unit: 'count', rule: 'count.compound', about: 'alliance' }] },
  { text: 'About 85,000 participants attended, twice as many as in 2022.', figures: [{ text: 'About 85,000', kind: 'count', value: 85000, unit: 'count', rule: 'count.noun', approx: 'about', about: 'participants', period: null }] },
  { text: 'It was the 28th conference and the second held in the Gulf.', figures: [
    { text: '28th', kind: 'ordinal', value: 28, unit: 'ordinal', rule: 'ordinal.digits', about: 'conference' },
    { text: 'second', kind: 'ordinal', value: 2, unit: 'ordinal', rule: 'ordinal.word', about: 'conference' },
  ] },
  { text: 'The floods displaced 2 million people.', figures: [{ text: '2 million', kind: 'count', value: 2e6, unit: 'count', rule: 'count.noun', about: 'people' }] },
  // an estimate of a count: "put the crowd at N", "estimated the number of X at N"; "the number" alone re-estimates
  // the count told before it in the sentence
  { text: 'Organisers put the crowd at 8,500.', figures: [{ text: '8,500', kind: 'count', value: 8500, unit: 'count', rule: 'count.estimate', about: 'crowd' }] },
  { text: 'The union estimated the number of strikers at about 2,300.', figures: [{ text: 'about 2,300', kind: 'count', value: 2300, unit: 'count', rule: 'count.estimate', about: 'strikers', approx: 'about' }] },
  { text: 'About 900 farmers blocked the road, police said; the farmers’ union put the number at 3,000.', figures: [
    { text: 'About 900', kind: 'count', value: 900, unit: 'count', rule: 'count.noun', about: 'farmers blocked', approx: 'about' },
    { text: '3,000', kind: 'count', value: 3000, unit: 'count', rule: 'count.estimate', about: 'farmers blocked' },
  ] },
  // ---- ordinals ----
  { text: 'Tuesday marks the 42nd session of the joint panel.', figures: [
    { text: '42nd', kind: 'ordinal', value: 42, unit: 'ordinal', rule: 'ordinal.digits', about: 'session' },
  ] },
  { text: 'Lula asked Modi to the third Amazon and Ganges forum.', figures: [{ text: 'third', kind: 'ordinal', value: 3, unit: 'ordinal', rule: 'ordinal.word', about: 'Amazon and Ganges forum' }] },
  { text: 'This is Scholz’s first visit to Brazil since the election.', figures: [{ text: 'first', kind: 'ordinal', value: 1, unit: 'ordinal', rule: 'ordinal.word', about: 'visit' }] },
  { text: 'They are exploring a second pipeline.', figures: [{ text: 'second', kind: 'ordinal', value: 2, unit: 'ordinal', rule: 'ordinal.word', about: 'pipeline' }] },
  // an ordinal in apposition to an event leaves its noun out: "the summit, the tenth since …", "the forum, the bloc's fourth,"
  { text: 'The congress, the eleventh since the party was founded, closes on Sunday.', figures: [{ text: 'eleventh', kind: 'ordinal', value: 11, unit: 'ordinal', rule: 'ordinal.word', about: 'congress' }] },
  { text: 'The dialogue, the alliance’s 7th, was held behind closed doors.', figures: [{ text: '7th', kind: 'ordinal', value: 7, unit: 'ordinal', rule: 'ordinal.digits', about: 'dialogue' }] },
  { text: 'It was her second foreign tour this year.', published: '2023-08-23',
    figures: [{ text: 'second', kind: 'ordinal', value: 2, unit: 'ordinal', rule: 'ordinal.word', about: 'foreign tour', period: '2023' }] },
  { text: 'The 42nd meeting lasted three hours.', figures: [
    { text: '42nd', kind: 'ordinal', value: 42, unit: 'ordinal', rule: 'ordinal.digits', about: 'meeting' },
    { text: 'three hours', kind: 'duration', value: 3, unit: 'hours', rule: 'duration.unit', about: 'meeting' },
  ] },
  { text: 'The 75th anniversary falls next year.', figures: [{ text: '75th', kind: 'ordinal', value: 75, unit: 'ordinal', rule: 'ordinal.digits', about: 'anniversary' }] },
  { text: 'Ministers met at the Sixth Ocean Dialogue Conference in Lisbon.', figures: [{ text: 'Sixth', kind: 'ordinal', value: 6, unit: 'ordinal', rule: 'ordinal.word', about: 'Conference' }] },
  { text: 'She was in Paris for the first time since her election.', figures: [{ text: 'first', kind: 'ordinal', value: 1, unit: 'ordinal', rule: 'ordinal.word', about: 'visit to Paris' }] },
  { text: 'For the first time since 2019 they met in person.', figures: [{ text: 'first', kind: 'ordinal', value: 1, unit: 'ordinal', rule: 'ordinal.word' }] },
  { text: 'Ruto will tour Peru for the second time this year.', published: '2023-05-02', figures: [{ text: 'second', kind: 'ordinal', value: 2, unit: 'ordinal', rule: 'ordinal.word', about: 'time' }] },
  { text: 'Nigeria is the sixth most populous country.', figures: [{ text: 'sixth', kind: 'ordinal', value: 6, unit: 'ordinal', rule: 'ordinal.word', about: 'populous country' }] },
  { text: 'Second round of tariff talks opens in Geneva', figures: [{ text: 'Second', kind: 'ordinal', value: 2, unit: 'ordinal', rule: 'ordinal.word', about: 'round' }] },
  { text: 'Lula arrives for the twenty-first summit.', figures: [{ text: 'twenty-first', kind: 'ordinal', value: 21, unit: 'ordinal', rule: 'ordinal.word', about: 'summit' }] },
  // ---- fractions ----
  { text: 'Over the previous year, sales reached $190 billion, with India buying about a third of Norway’s salmon exports.', published: '2023-10-26',
    figures: [
      { text: '$190 billion', kind: 'money', value: 190e9, unit: USD, rule: 'money.sign-before', period: '2022', about: 'sales' },
      { text: 'about a third', kind: 'fraction', value: 0.3333, unit: 'fraction', rule: 'fraction.word', approx: 'about', about: 'salmon exports', period: '2022' },
    ] },
  { text: 'More than half of the population voted.', figures: [{ text: 'More than half', kind: 'fraction', value: 0.5, unit: 'fraction', rule: 'fraction.word', approx: 'more-than', about: 'population' }] },
  { text: 'Two-thirds of the members agreed.', figures: [{ text: 'Two-thirds', kind: 'fraction', value: 0.6667, unit: 'fraction', rule: 'fraction.word', about: 'members' }] },
  { text: 'One in five adults is unemployed.', figures: [{ text: 'One in five', kind: 'fraction', value: 0.2, unit: 'fraction', rule: 'fraction.one-in', about: 'adults' }] },
  // a share, and where it goes when the clause says so
  { text: 'Roughly half of the festival budget will be spent on stage lighting, the organisers said.', figures: [{ text: 'Roughly half', kind: 'fraction', value: 0.5, unit: 'fraction', rule: 'fraction.word', approx: 'about', about: 'share of festival budget spent on stage lighting' }] },
  { text: 'Only 1/4 of the funds arrived.', figures: [{ text: 'Only 1/4', kind: 'fraction', value: 0.25, unit: 'fraction', rule: 'fraction.slash', about: 'funds' }] },
  // ---- durations ----
  // after a verb of lasting, "before" follows a length: "lasted nine seconds before …" (not "two hours before the vote")
  { text: 'The talks ran for about two and a quarter hours.', figures: [{ text: 'about two and a quarter hours', kind: 'duration', value: 2.25, unit: 'hours', rule: 'duration.unit', approx: 'about', about: 'length of the talks' }] },
  { text: 'The embrace of the ministers lasted nine seconds before they sat down.', figures: [{ text: 'nine seconds', kind: 'duration', value: 9, unit: 'seconds', rule: 'duration.unit' }] },
  { text: 'Next came a ninety-minute bilateral meeting in the annex.', figures: [{ text: 'ninety-minute', kind: 'duration', value: 90, unit: 'minutes', rule: 'duration.hyphen', about: 'bilateral meeting' }] },
  { text: 'In today’s three-hour meeting they talked about Gaza.', figures: [{ text: 'three-hour', kind: 'duration', value: 3, unit: 'hours', rule: 'duration.hyphen', about: 'meeting' }] },
  { text: 'Once more than three hours of hearings had passed, Macron left.', figures: [{ text: 'more than three hours', kind: 'duration', value: 3, unit: 'hours', rule: 'duration.unit', approx: 'more-than', about: 'hearings' }] },
  { text: 'Ruto began his three-day visit to Vietnam.', figures: [{ text: 'three-day', kind: 'duration', value: 3, unit: 'days', rule: 'duration.hyphen', about: 'visit' }] },
  { text: 'She has spent just two days overseas so far in 2023.', figures: [{ text: 'just two days', kind: 'duration', value: 2, unit: 'days', rule: 'duration.unit', approx: 'exact', about: 'days', period: '2023' }] },
  { text: 'It was the boldest step by the council in more than a decade.', figures: [{ text: 'more than a decade', kind: 'duration', value: 10, unit: 'years', rule: 'duration.article', approx: 'more-than' }] },
  { text: 'Almost a Year On, Lula and Ruto Talk Again', figures: [{ text: 'Almost a Year', kind: 'duration', value: 1, unit: 'years', rule: 'duration.article', approx: 'nearly' }] },
  { text: 'The talks lasted an hour and a half.', figures: [{ text: 'an hour and a half', kind: 'duration', value: 1.5, unit: 'hours', rule: 'duration.article' }] },
  // tolls: the count of people killed or injured, whichever side of the noun the verb stands
  { text: 'The landslide killed 23 villagers in the valley.', figures: [{ text: '23', kind: 'count', value: 23, unit: 'count', rule: 'count.noun', about: 'villagers killed' }] },
  { text: 'The storm left seven people dead and 40 people injured.', figures: [
    { text: 'seven', kind: 'count', value: 7, unit: 'count', rule: 'count.noun', about: 'people killed' },
    { text: '40', kind: 'count', value: 40, unit: 'count', rule: 'count.noun', about: 'people injured' }] },
  { text: 'Some 23 villagers attended the wake.', figures: [{ text: 'Some 23', kind: 'count', value: 23, unit: 'count', rule: 'count.noun', about: 'villagers' }] },
  // the other dollars: letters glued before "$" name the currency; unknown letters are no US dollar
  { text: 'The regatta cost F$4.5 million and the fair J$80 million.', figures: [
    { text: 'F$4.5 million', kind: 'money', value: 4.5e6, unit: 'FJD', rule: 'money.sign-before' },
    { text: 'J$80 million', kind: 'money', value: 80e6, unit: 'JMD', rule: 'money.sign-before' }] },
  // a goal the parties set: "aim to lift X to $N", "agreed to double it to N"
  { text: 'Both governments aim to lift two-way trade to $12 billion by 2030.', figures: [
    { text: '$12 billion', kind: 'money', value: 12e9, unit: 'USD', rule: 'money.sign-before', modality: 'target' }] },
  { text: 'Exports rose to $12 billion, and analysts expect them to grow.', figures: [
    { text: '$12 billion', kind: 'money', value: 12e9, unit: 'USD', rule: 'money.sign-before', modality: 'actual' }] },
  // "to last" is the verb, not "the last N minutes"; a contrast ("… but ran for") opens an actual clause after a plan
  { text: 'The hearing was meant to last 45 minutes but went on for two hours.', figures: [
    { text: '45 minutes', kind: 'duration', value: 45, unit: 'minutes', rule: 'duration.unit', modality: 'projected' },
    { text: 'two hours', kind: 'duration', value: 2, unit: 'hours', rule: 'duration.unit', modality: 'actual' }] },
  { text: 'Their dinner will last two hours, aides said.', figures: [
    { text: 'two hours', kind: 'duration', value: 2, unit: 'hours', rule: 'duration.unit', modality: 'projected' }] },
  // the first event in a span: the span is the time since the previous one, even with "before …" after it
  { text: 'The envoys sat down together for the first time in more than a year before flying home.', figures: [
    { text: 'first', kind: 'ordinal', value: 1, unit: 'ordinal', rule: 'ordinal.word' },
    { text: 'more than a year', kind: 'duration', value: 1, unit: 'years', rule: 'duration.article', approx: 'more-than' }] },
  { text: 'Sharif and Ghani held their first summit in a year.', figures: [
    { text: 'first', kind: 'ordinal', value: 1, unit: 'ordinal', rule: 'ordinal.word' },
    { text: 'a year', kind: 'duration', value: 1, unit: 'years', rule: 'duration.article', about: 'time since the previous summit' }] },
  { text: 'The forum celebrates ten years of the initiative.', figures: [{ text: 'ten years', kind: 'duration', value: 10, unit: 'years', rule: 'duration.unit', about: 'initiative' }] },
  { text: 'Modi held 15 bilateral meetings over three days.', figures: [
    { text: '15', kind: 'count', value: 15, unit: 'count', rule: 'count.noun', about: 'bilateral meetings' },
    { text: 'over three days', kind: 'duration', value: 3, unit: 'days', rule: 'duration.unit', approx: 'more-than', about: 'bilateral meetings' },
  ] },
  { text: 'Erdoğan and Putin also discussed trade between Turkey and Russia (currently $62 billion, with plans to increase this figure to $100 billion a year).', figures: [
    { text: '$62 billion', kind: 'money', value: 62e9, unit: USD, rule: 'money.sign-before', about: 'trade' },
    { text: '$100 billion', kind: 'money', value: 100e9, unit: USD, rule: 'money.sign-before', about: 'trade' },
  ] },
  { text: 'Chancellor Olaf Scholz passed more than four hours at a meeting with Brazil’s President Lula.', figures: [{ text: 'more than four hours', kind: 'duration', value: 4, unit: 'hours', rule: 'duration.unit', approx: 'more-than', about: 'meeting' }] },
  { text: 'Biden and Xi spent four hours with aides ahead of the press conference.', figures: [{ text: 'four hours', kind: 'duration', value: 4, unit: 'hours', rule: 'duration.unit', about: 'conference' }] },
  { text: 'India is delighted to host the 18th G20 Summit on September 9 and 10, 2023 in New Delhi.', figures: [{ text: '18th', kind: 'ordinal', value: 18, unit: 'ordinal', rule: 'ordinal.digits', period: null }] },
  { text: 'The G20 summit is being held in the national capital for two days.', figures: [{ text: 'two days', kind: 'duration', value: 2, unit: 'days', rule: 'duration.unit', about: 'summit' }] },
  { text: 'The leaders held a four-hour meeting in Woodside.', figures: [{ text: 'four-hour', kind: 'duration', value: 4, unit: 'hours', rule: 'duration.hyphen', about: 'meeting' }] },
  { text: 'The ceasefire held for two and a half weeks.', figures: [{ text: 'two and a half weeks', kind: 'duration', value: 2.5, unit: 'weeks', rule: 'duration.unit' }] },
  { text: 'The ministers talked for two hours and 45 minutes.', figures: [{ text: 'two hours and 45 minutes', kind: 'duration', value: 165, unit: 'minutes', rule: 'duration.compound' }] },
  { text: 'The flight lasted 11 hours 5 minutes.', figures: [{ text: '11 hours 5 minutes', kind: 'duration', value: 665, unit: 'minutes', rule: 'duration.compound' }] },
  { text: 'They sat through a two-hour, 15-minute briefing.', figures: [{ text: 'two-hour, 15-minute', kind: 'duration', value: 135, unit: 'minutes', rule: 'duration.compound', about: 'briefing' }] },
  { text: 'A two-and-a-half-day retreat was planned.', figures: [{ text: 'two-and-a-half-day', kind: 'duration', value: 2.5, unit: 'days', rule: 'duration.hyphen', about: 'retreat' }] },
  { text: 'Delegates spent a half-day touring the port.', figures: [{ text: 'a half-day', kind: 'duration', value: 0.5, unit: 'days', rule: 'duration.article' }] },
  { text: 'The vote took about a half-hour.', figures: [{ text: 'about a half-hour', kind: 'duration', value: 0.5, unit: 'hours', rule: 'duration.article', approx: 'about' }] },
  { text: 'Repairs will take three to four weeks.', figures: [
    { text: 'three to four weeks', kind: 'duration', value: 3, valueMax: 4, unit: 'weeks', rule: 'duration.range', bound: 'lower' },
    { text: 'three to four weeks', kind: 'duration', value: 4, unit: 'weeks', rule: 'duration.range', bound: 'upper' },
  ] },
  { text: 'The hearing should last between four and six days.', figures: [
    { text: 'four and six days', kind: 'duration', value: 4, valueMax: 6, unit: 'days', rule: 'duration.range', bound: 'lower' },
    { text: 'four and six days', kind: 'duration', value: 6, unit: 'days', rule: 'duration.range', bound: 'upper' },
  ] },
  { text: 'Queues of 5-7 hours formed at the border.', figures: [
    { text: '5-7 hours', kind: 'duration', value: 5, valueMax: 7, unit: 'hours', rule: 'duration.range', bound: 'lower' },
    { text: '5-7 hours', kind: 'duration', value: 7, unit: 'hours', rule: 'duration.range', bound: 'upper' },
  ] },
  { text: 'The cargo plane left ahead of the convoy by a day or two.', figures: [
    { text: 'a day or two', kind: 'duration', value: 1, valueMax: 2, unit: 'days', rule: 'duration.range', bound: 'lower' },
    { text: 'a day or two', kind: 'duration', value: 2, unit: 'days', rule: 'duration.range', bound: 'upper' },
  ] },
  { text: 'The crossing takes a day or 30 hours by sea.', figures: [
    { text: 'a day', kind: 'duration', value: 1, unit: 'days', rule: 'duration.article' },
    { text: '30 hours', kind: 'duration', value: 30, unit: 'hours', rule: 'duration.unit' },
  ] },
  // time elapsed into an event is a duration; a point "earlier" is a date, a difference "earlier than" a duration
  { text: 'A day into the strike, the unions returned to the table.', figures: [{ text: 'A day', kind: 'duration', value: 1, unit: 'days', rule: 'duration.article' }] },
  { text: 'The minister landed twelve minutes earlier than her host.', figures: [{ text: 'twelve minutes', kind: 'duration', value: 12, unit: 'minutes', rule: 'duration.unit' }] },
  // ---- quantities ----
  { text: 'Russia shipped 500,000 barrels a day to China.', figures: [{ text: '500,000 barrels', kind: 'quantity', value: 500000, unit: 'barrels', rule: 'quantity.unit' }] },
  { text: 'The pipeline will carry 38 bcm of gas along a 3,000 km route.', figures: [
    { text: '38 bcm', kind: 'quantity', value: 38, unit: 'bcm', rule: 'quantity.unit' },
    { text: '3,000 km', kind: 'quantity', value: 3000, unit: 'km', rule: 'quantity.unit' },
  ] },
  { text: 'Output reached 16,000 metric tons.', figures: [{ text: '16,000 metric tons', kind: 'quantity', value: 16000, unit: 't', rule: 'quantity.unit' }] },
  { text: 'They drove the six-mile road.', figures: [{ text: 'six-mile', kind: 'quantity', value: 6, unit: 'mi', rule: 'quantity.hyphen' }] },
  { text: 'The panel is 3 m by 2 m, and the gap is 4 dm.', figures: [
    { text: '3 m', kind: 'quantity', value: 3, unit: 'm', rule: 'quantity.unit' },
    { text: '2 m', kind: 'quantity', value: 2, unit: 'm', rule: 'quantity.unit' },
    { text: '4 dm', kind: 'quantity', value: 4, unit: 'dm', rule: 'quantity.unit' },
  ] },
  { text: 'The update weighs 640 MB over a 50 mb line with a 32-bit client.', figures: [
    { text: '640 MB', kind: 'quantity', value: 640, unit: 'MB', rule: 'quantity.unit' },
    { text: '50 mb', kind: 'quantity', value: 50, unit: 'Mb', rule: 'quantity.unit' },
    { text: '32-bit', kind: 'quantity', value: 32, unit: 'bit', rule: 'quantity.hyphen' },
  ] },
  { text: 'It exports 2.4 billion cubic metres of gas.', figures: [{ text: '2.4 billion cubic metres', kind: 'quantity', value: 2.4e9, unit: 'm3', rule: 'quantity.unit' }] },
];

/** Sentences that must yield no figure at all. */
export const NEGATIVES: string[] = [
  // "put … at" a time of day is no estimate of a count
  'They put the vote at 3 pm on Friday.',
  // a rank after a comma that follows no event noun
  'The runner, the fastest of them, came second, behind Ruiz.',
  // the parties just named, counted again before a verb: no figure
  'Ortega welcomed Boric, and the two held formal talks at the palace.',
  'The three signed a joint statement after lunch.',
  'Dozens of envoys, a dozen aides and a couple of ministers left early.',
  'Two hours before the vote, the envoy left the hall.',
  'The summit took place in 2023.',
  'October 18, 2023, 4:30 am – Xi met Putin.',
  'The G7 and COVID-19 dominated the agenda.',
  'She toured Accra on the 14th and 15th.',
  'Trade grew over the first half of 2023.',
  'Shipping fell during the first three quarters of 2021.',
  'Several countries and dozens of firms took part.',
  'The policy managed tensions for decades.',
  'Call 555-0100 for details.',
  '1. Introduction',
  'Russia is one of the largest exporters.',
  'The One Belt, One Road initiative.',
  'olaf scholz and lula da silva, 3 march 2019 (2)',
  'Xi first met Putin in Moscow.',
  'At first, nobody noticed.',
  'The Second World War ended.',
  'The BRICS Summit 2023 opened on Tuesday.',
  'It was a last-minute decision.',
  'The meeting starts at 19:32.',
  // re-counts of the parties just named
  'The two presidents shook hands.',
  'Their two nations signed a pact.',
  'Talks between two countries rarely end this way.',
  'The planet’s two biggest economies traded barbs.',
  'Germany, France and Italy sent envoys; the three member states agreed.',
  'After a long delay.The two leaders waved.',
  'The two flags hung behind the podium.',
  // names, titles, vague amounts
  'The First Deputy Prime Minister arrived.',
  'The admiral named a new second-in-command.',
  'Hours earlier, the envoys had left.',
  'It was a multi-hour session.',
  'Share this story. 4 min read',
  'Leaders of the Group of 20 met in Delhi.',
  'A 50-50 chance remains.',
  'Boeing 737 deliveries and Apollo 11 were mentioned.',
  'The 1st Armored Division stayed home.',
];

/** Negatives for one kind only: the sentence may hold other figures, but not this kind. */
export const KIND_NEGATIVES: Array<{ text: string; kind: FigureKind }> = [
  { text: 'The initiative was proposed a decade ago.', kind: 'duration' },
  { text: 'Three years earlier, the plant had closed.', kind: 'duration' },
  { text: 'For a second time the vote failed.', kind: 'duration' },
  { text: 'In the first half of 2021 sales fell.', kind: 'ordinal' },
  { text: 'Trade slowed over the past two years.', kind: 'duration' },
  { text: 'The assembly will convene again in a year.', kind: 'duration' },
  { text: 'In the last 45 minutes of the hearing, tempers flared.', kind: 'duration' },
  { text: 'For the first time the harvest failed in a year of floods.', kind: 'duration' },
  { text: 'A third pipeline is planned.', kind: 'fraction' },
  { text: 'They will meet in half an hour.', kind: 'fraction' },
  { text: 'He said on May 4th that it was over.', kind: 'ordinal' },
  { text: 'BRICS countries met in Johannesburg.', kind: 'count' },
  { text: 'The five BRICS members met.', kind: 'percent' },
  { text: 'He weighed 25 pounds.', kind: 'money' },
  { text: 'The game token traded at Q$5 on Monday.', kind: 'money' },
  { text: 'ALL 5 solutions are wrong.', kind: 'money' },
];
