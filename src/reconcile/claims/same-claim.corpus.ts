// Claim-pair corpus: two short sentences (each from its own source unless `sameSource`), the figure of each that is
// compared (the first non-anaphoric one unless named), whether they make one claim and by which rule, and, for one
// claim, whether the values agree and by which rule. Written fresh for the rules: other names, numbers and wording
// than any article in the development sets. Negatives included: the same number for different things, different
// numbers for different periods or standings.

export interface ClaimPair {
  a: string;
  b: string;
  /** the figure's text in a / b when not the first */
  fa?: string;
  fb?: string;
  same: boolean;
  /** the same-claim rule that decides */
  rule: string;
  /** for one claim: agreed or conflict, and the value rule that decides */
  status?: 'agreed' | 'conflict';
  valueRule?: string;
  sameSource?: boolean;
}

export const PUBLISHED = '2024-05-15';

export const PAIRS: ClaimPair[] = [
  // ---- same-measure + intervals-meet: one claim, values that can all be true ----
  { a: 'The talks lasted three hours.', b: 'The talks went on for more than two hours.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  // leaders who meet alone hold the one-on-one; talks widened to ministers are a meeting of their own
  { a: 'The premiers met alone for 35 minutes.', b: 'Their one-on-one meeting lasted 40 minutes.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'Expanded talks with both delegations lasted two hours.', b: 'The leaders met privately for two hours.', same: false, rule: 'measure-head' },
  // a meeting that lasts days is the gathering; a regional adjective names no country
  { a: 'The three-day meeting of Nordic premiers closed in Bergen.', b: 'The three-day summit closed in Bergen.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  // documents, memoranda and agreements signed are one count
  { a: 'The two governments signed 12 agreements.', b: 'The ministers signed 14 documents on Monday.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'The two presidents met for about five hours.', b: 'Their meeting lasted more than five hours.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'The negotiations continued for over an hour.', b: 'The talks lasted more than three hours.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'The leaders held a two-hour meeting in Nairobi.', b: 'The meeting lasted roughly two hours.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'Trade between Brazil and India reached $15 billion in 2021.', b: 'Trade between Brazil and India reached nearly $15 billion in 2021.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'About 1,500 journalists covered the gathering.', b: 'Some 1,450 reporters covered the gathering.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'More than 60 countries were represented at the congress.', b: 'Delegations from 64 countries were represented at the congress.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'The handshake lasted 12 seconds.', b: 'The two men shook hands for about 12 seconds.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'Hosting the conference cost the city some $8 million.', b: 'The hosting bill came to about $8 million.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'The envoys held a private meeting of 25 minutes.', b: 'Their one-on-one talk lasted 25 minutes.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'It was the 12th summit of the group.', b: 'Leaders gathered for the 12th summit of the bloc.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'The two sides set a target of $30 billion in annual trade.', b: 'They agreed on a goal of $30 billion in trade.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'Kenya\u2019s economy grew 4% in 2022.', b: 'Kenya\u2019s economy grew about 4% in 2022.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'The visit lasted three days.', b: 'His visit lasted at least two days.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'The ministers talked for more than four hours.', b: 'The ministers held four hours of talks.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'Exports to Chile rose to $4 billion in 2020.', b: 'Exports to Chile rose to just over $4 billion in 2020.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'Some 40 heads of state attended the gathering.', b: 'More than 35 heads of state attended the gathering.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'The delegates met for nearly three hours.', b: 'The meeting lasted three hours.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },

  // ---- same-measure + intervals-apart: one claim, values that cannot all be true ----
  { a: 'The talks lasted three hours.', b: 'The talks lasted three and a half hours.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'Their one-on-one meeting lasted 27 minutes.', b: 'The private meeting lasted 34 minutes.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'Hosting the conference cost the city $8 million.', b: 'Hosting the conference cost the city $11 million.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'About 1,500 journalists covered the gathering.', b: 'Some 2,200 journalists covered the gathering.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'The handshake lasted 12 seconds.', b: 'The handshake lasted 30 seconds.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'The meeting lasted 50 minutes.', b: 'The two leaders met for more than two hours.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'Some 17 countries have applied to join the alliance.', b: 'A total of 19 countries have applied to join the alliance.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'More than 60 countries were represented at the congress.', b: 'Delegations from 52 countries were represented at the congress.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'The visit lasted three days.', b: 'His visit lasted five days.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'Trade between Peru and Japan reached $9 billion in 2019.', b: 'Trade between Peru and Japan reached $12 billion in 2019.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'Nearly 2,000 delegates attended the forum.', b: 'About 3,100 delegates attended the forum.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'The two men shook hands for about 12 seconds.', b: 'Their handshake lasted two minutes.', same: false, rule: 'duration-scale' },

  // an estimate of a cost (a subject estimated it, or gave it roughly) and a forecast one are one claim
  { a: 'The governor estimated the cost of the fair at $8 million.', b: 'The mayor said the fair cost about $11 million.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'Hosting the regatta will cost roughly €4 million, the council said.', b: 'The council put the cost of the regatta at nearly €4 million.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  // a count with a future relative clause ("reporters who will cover") is a forecast, like "will be covered by"
  { a: 'The games will be covered by 1,800 reporters.', b: 'About 1,200 reporters who will cover the games have registered.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  // leaders from N countries count the leaders who come: one claim with a count of heads of state attending
  { a: 'The congress will be attended by leaders from 48 countries.', b: 'The congress is set to convene 31 heads of state.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  // how late a summit was put off is not how long it lasted
  { a: 'The ministers opened their delayed forum in Quito on Monday, three weeks later than scheduled.', b: 'The forum lasted three weeks.', same: false, rule: 'measure-head' },
  // two counts of one sentence, each of its own noun, are two claims ("600 delegates and 300 journalists")
  { a: 'About 650 delegates and 280 journalists registered for the congress.', b: 'Some 300 journalists covered the congress.', same: false, rule: 'measure-head' },
  { a: 'About 650 delegates registered for the congress.', b: 'The congress drew some 900 participants.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  // leaders of business are no heads of state: a delegation's executives and the leaders at a summit are two claims
  { a: 'The premier brought a delegation of 65 business leaders to Lagos.', b: 'The summit was attended by 65 leaders.', same: false, rule: 'measure-head' },
  { a: 'The premier brought a delegation of 65 business leaders to Lagos.', b: 'Some 70 executives travelled with the premier to Lagos.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  // an in-person gathering is one thing whatever it is called
  { a: 'Lima hosts the trade bloc\u2019s first in-person summit since 2020.', b: 'It is the first in-person meeting of the trade bloc since 2020.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  // ---- self-contradiction: one source, two values that cannot both be true ----
  { a: 'The talks lasted 80 minutes.', b: 'The talks lasted more than three hours.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'self-contradiction', sameSource: true },
  { a: 'Hosting the conference cost the city $8 million.', b: 'The hosting bill came to $12 million.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'self-contradiction', sameSource: true },
  { a: 'The handshake lasted 12 seconds.', b: 'The handshake lasted 25 seconds.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'self-contradiction', sameSource: true },
  { a: 'Some 17 countries have applied to join the alliance.', b: 'A total of 21 countries have applied to join the alliance.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'self-contradiction', sameSource: true },
  { a: 'The visit lasted three days.', b: 'The visit lasted six days.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'self-contradiction', sameSource: true },
  { a: 'The meeting lasted 45 minutes.', b: 'The meeting lasted two hours.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'self-contradiction', sameSource: true },
  { a: 'The talks lasted two hours.', b: 'The talks lasted about two hours.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet', sameSource: true },

  // ---- unit-family: the same number of different kinds is never one claim ----
  { a: 'The talks lasted three hours.', b: 'Three countries applied to join the alliance.', same: false, rule: 'unit-family' },
  { a: 'Kenya\u2019s economy grew 4% in 2022.', b: 'Kenya received $4 billion in loans in 2022.', same: false, rule: 'unit-family' },
  { a: 'It was the 12th summit of the group.', b: 'Twelve nations were invited to the summit.', same: false, rule: 'unit-family' },
  { a: 'Hosting the conference cost the city $8 million.', b: 'Hosting the conference cost the city 8 million euros.', same: false, rule: 'unit-family' },
  { a: 'About 1,500 journalists covered the gathering.', b: 'The gathering cost about $1,500 per journalist.', same: false, rule: 'unit-family' },
  { a: 'The visit lasted three days.', b: 'It was his third visit to Chile.', same: false, rule: 'unit-family' },
  { a: 'The meeting lasted 40 minutes.', b: 'Some 40 delegates attended the meeting.', same: false, rule: 'unit-family' },

  // ---- duration-scale: hours of talks and a year of preparation are different things ----
  { a: 'The talks lasted three hours.', b: 'The talks followed three years of negotiations.', same: false, rule: 'duration-scale' },
  { a: 'The ministers met for about two hours.', b: 'The ministers met for two days.', same: false, rule: 'duration-scale' },
  { a: 'The handshake lasted 12 seconds.', b: 'The handshake came after a 12-minute delay.', same: false, rule: 'duration-scale' },
  { a: 'His visit lasted three days.', b: 'His visit lasted three weeks.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'The negotiations lasted nearly a year.', b: 'The negotiations lasted five hours.', same: false, rule: 'duration-scale' },
  { a: 'The summit lasted two days.', b: 'The summit lasted eleven hours.', same: false, rule: 'duration-scale' },

  // ---- measure-head: different things measured ----
  { a: 'The talks lasted three hours.', b: 'The visit lasted three hours.', same: false, rule: 'measure-head' },
  { a: 'The handshake lasted 12 seconds.', b: 'Their one-on-one meeting lasted 12 seconds.', same: false, rule: 'measure-head' },
  { a: 'Trade between Brazil and India reached $15 billion in 2021.', b: 'Investment between Brazil and India reached $15 billion in 2021.', same: false, rule: 'measure-head' },
  { a: 'About 1,500 journalists covered the gathering.', b: 'About 1,500 police officers guarded the gathering.', same: false, rule: 'measure-head' },
  { a: 'Hosting the conference cost the city $8 million.', b: 'Exports of the city reached $8 million.', same: false, rule: 'measure-head' },
  { a: 'The private meeting lasted 30 minutes.', b: 'The talks lasted 30 minutes.', same: false, rule: 'measure-head' },
  { a: 'Some 40 missiles were fired in the drill.', b: 'Some 40 journalists were present at the drill.', same: false, rule: 'measure-head' },
  // members of a group are not countries unless the text says countries: a choir, a diaspora, a party
  { a: 'Around 3,000 members of the Filipino community gathered in Perth.', b: 'Around 3,000 countries gathered in Perth.', same: false, rule: 'measure-head' },

  // ---- measure-predicate: counts of different acts ----
  { a: 'Some 17 countries have applied to join the alliance.', b: 'Some 17 countries were invited to the alliance summit.', same: false, rule: 'measure-predicate' },
  { a: 'Twelve nations were invited to the gathering.', b: 'Twelve nations attended the gathering.', same: false, rule: 'measure-predicate' },
  { a: 'Thirty countries signed the declaration.', b: 'Thirty countries attended the conference.', same: false, rule: 'measure-predicate' },
  { a: 'Five countries applied to join the group.', b: 'Five countries were invited to the group.', same: false, rule: 'measure-predicate' },
  { a: 'Nine people were killed in the blast.', b: 'Nine people were injured in the blast.', same: false, rule: 'measure-predicate' },
  { a: 'Eight countries applied for membership.', b: 'Eight countries attended the ceremony.', same: false, rule: 'measure-predicate' },

  { a: 'Delegates from 48 countries will attend the congress.', b: 'The congress is set to convene 31 heads of state.', same: false, rule: 'measure-head' },
  { a: 'Lima hosts the first summit of the trade bloc.', b: 'It is the first in-person meeting of the trade bloc since 2020.', same: false, rule: 'measure-head' },
  // ---- other-traveller: a trip is someone's; the length of one traveller's trip says nothing of another's ----
  { a: 'President Lula arrived in Lisbon to begin a four-day visit to Portugal.', b: 'Chancellor Scholz arrived in Lisbon for a two-day visit.', same: false, rule: 'other-traveller' },
  { a: 'He has spent only three days abroad on a trip this year.', b: 'Prime Minister Kishida arrived in Manila on a five-day visit.', same: false, rule: 'other-traveller' },
  { a: 'President Ruto landed in Seoul for a three-day visit.', b: 'President Ruto arrived in Seoul on a three-day state visit.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'President Ruto landed in Seoul for a three-day visit.', b: 'President Ruto arrived in Seoul on a four-day visit.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'President Ruto arrived in Seoul on his first visit to Korea.', b: 'It is the first trip of the kind, made in May.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'President Ruto arrived in Seoul on his first visit to Korea.', b: 'Chancellor Scholz arrived in Seoul on his first visit to Korea.', same: false, rule: 'other-traveller' },

  // ---- count-without-act: "40 countries" says not which 40; only the same number can be the same claim ----
  { a: 'The gathering drew 40 heads of state.', b: 'More than 35 heads of state attended the gathering.', same: false, rule: 'count-without-act' },
  { a: 'The bloc now has 11 countries.', b: 'The bloc now has nine countries.', same: false, rule: 'count-without-act' },
  { a: 'Twelve countries took part in the drill.', b: 'Eight countries were represented at the drill.', same: false, rule: 'count-without-act' },
  { a: 'The bloc now has 11 countries.', b: 'The alliance now counts 11 countries.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },

  // ---- ordinal-identity: another ordinal names another thing ----
  { a: 'It was the 12th summit of the group.', b: 'It was the first summit of the group held in person.', same: false, rule: 'ordinal-identity' },
  { a: 'It was his first visit to Chile.', b: 'It was his second visit to Chile.', same: false, rule: 'ordinal-identity' },
  { a: 'The bloc held its 9th forum in Lima.', b: 'The city hosted the 4th forum in 1999.', same: false, rule: 'ordinal-identity' },
  { a: 'It was their 30th meeting.', b: 'It was their third meeting this year.', same: false, rule: 'ordinal-identity' },
  { a: 'Chile is the second-largest buyer of the fruit.', b: 'Chile is the fifth-largest buyer of the fruit.', same: false, rule: 'ordinal-identity' },
  { a: 'It was his first visit to Chile.', b: 'It was the first visit of its kind to Chile.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },

  // ---- standing: actual, projection, target, plan side by side ----
  { a: 'Trade between Peru and Japan reached $9 billion in 2023.', b: 'Trade between Peru and Japan is projected to reach $9 billion in 2023.', same: false, rule: 'standing' },
  { a: 'The two sides set a target of $30 billion in annual trade.', b: 'Annual trade reached $30 billion.', same: false, rule: 'standing' },
  { a: 'The talks are expected to run for 90 minutes.', b: 'The talks lasted three hours.', same: false, rule: 'standing' },
  { a: 'Exports to Chile are forecast to reach $6 billion.', b: 'Exports to Chile reached $4 billion.', same: false, rule: 'standing' },
  { a: 'The ministers set a target of $50 million in sales.', b: 'Sales reached $50 million.', same: false, rule: 'standing' },
  { a: 'The meeting will go on for two hours.', b: 'The meeting lasted two hours.', same: false, rule: 'standing' },

  // milestone: a target and a projection of the same number are one claim; of another number, two
  { a: 'The two ministries set a goal of $40 billion in annual trade.', fa: '$40 billion', b: 'Annual trade is expected to pass the $40 billion mark.', same: true, rule: 'milestone', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'Both governments agreed on a target of 5 million visitors a year.', b: 'The island is expected to welcome 5 million visitors a year.', same: true, rule: 'milestone', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'The two ministries set a goal of $40 billion in annual trade.', fa: '$40 billion', b: 'Annual trade is expected to reach $35 billion.', same: false, rule: 'standing' },
  { a: 'The city spent $6.4 million on hosting the regatta.', b: 'The mayor had estimated the regatta would cost about $9 million.', same: false, rule: 'standing' },
  { a: 'The port authority spent exactly $3.1 million on the fair.', b: 'The fair cost about $3 million, the port authority said.', same: false, rule: 'standing' },
  { a: 'About 1,200 reporters who covered the games went home.', b: 'The games will be covered by 1,800 reporters.', same: false, rule: 'standing' },
  { a: 'An estimated 900 guests attended the gala.', b: 'The organisers said 900 guests attended the gala.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },

  // ---- other-subjects: the same measure of other countries ----
  { a: 'Kenya\u2019s economy grew 4% in 2022.', b: 'Ghana\u2019s economy grew 4% in 2022.', same: false, rule: 'other-subjects' },
  { a: 'Chilean exports reached $4 billion in 2020.', b: 'Peruvian exports reached $4 billion in 2020.', same: false, rule: 'other-subjects' },
  // the parties after "between"/"with" say whose trade it is
  { a: 'Trade between Chile and Peru reached $9 billion in 2022.', b: 'Trade between Chile and Mexico hit $6 billion in 2022.', same: false, rule: 'other-subjects' },
  { a: 'Kenya\u2019s trade with Egypt rose to $1.2 billion in 2021.', b: 'Trade between Kenya and Egypt stood at $1.5 billion in 2021.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'Kenya\u2019s economy grew 4% in 2022.', b: 'Ghana\u2019s economy grew 6% in 2022.', same: false, rule: 'other-subjects' },
  { a: 'Brazil\u2019s trade reached $15 billion in 2021.', b: 'India\u2019s trade reached $15 billion in 2021.', same: false, rule: 'other-subjects' },
  { a: 'Kenyan imports rose 9% in 2021.', b: 'Kenyan imports rose 12% in 2021.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  // subjects one side names only in part are the same subjects
  { a: 'Peruvian trade with Asia reached $9 billion in 2019.', b: 'Japan-Peru trade reached $9 billion in 2019.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
  { a: 'U.S.-Ghana trade reached $3 billion in 2022.', b: 'American-Ghanaian trade reached $4 billion in 2022.', same: true, rule: 'same-measure', status: 'conflict', valueRule: 'intervals-apart' },
  { a: 'Japan-Peru trade reached $9 billion in 2019.', b: 'Chile-Peru trade reached $9 billion in 2019.', same: false, rule: 'other-subjects' },

  // ---- other-period: the same measure for another time ----
  { a: 'Trade between Peru and Japan reached $9 billion in 2019.', b: 'Trade between Peru and Japan reached $9 billion in 2021.', same: false, rule: 'other-period' },
  { a: 'Trade between Peru and Japan reached $9 billion in 2019.', b: 'Trade between Peru and Japan reached $12 billion in 2021.', same: false, rule: 'other-period' },
  { a: 'Kenya\u2019s economy grew 4% in 2022.', b: 'Kenya\u2019s economy grew 5% in 2021.', same: false, rule: 'other-period' },
  { a: 'Exports to Chile rose to $4 billion in 2020.', b: 'Exports to Chile rose to $5 billion in 2022.', same: false, rule: 'other-period' },
  { a: 'Kenyan imports rose 9% in 2021.', b: 'Kenyan imports rose 9% in 2018.', same: false, rule: 'other-period' },
  { a: 'Trade between Peru and Japan reached $9 billion in 2019.', b: 'Trade between Peru and Japan reached $9 billion.', same: true, rule: 'same-measure', status: 'agreed', valueRule: 'intervals-meet' },
];
