// Date corpus: text (+ the publication date it is read against) → the dates expected, as [mention text, value].
// Every rule in rules.ts has at least one example; negatives must yield no date at all.

export interface DateExample {
  text: string;
  /** publication date (ISO day) the example is resolved against, or null */
  ref: string | null;
  expect: Array<[text: string, value: string | null]>;
}

export const EXAMPLES: readonly DateExample[] = [
  // absolute days
  { text: 'October 18, 2023, 4:30 am – the two leaders met in Beijing.', ref: null, expect: [['October 18, 2023', '2023-10-18']] },
  { text: 'He was born on Dec. 31 , 1994 in Moscow.', ref: null, expect: [['Dec. 31 , 1994', '1994-12-31']] },
  { text: 'The treaty dates from July 4th of 1995.', ref: null, expect: [['July 4th of 1995', '1995-07-04']] },
  { text: 'See the story of 17 Oct 2023 for details.', ref: null, expect: [['17 Oct 2023', '2023-10-17']] },
  { text: 'vladimir putin and xi jinping, 26 july 2018 (1)', ref: null, expect: [['26 july 2018', '2018-07-26']] },
  { text: 'It was signed on the 4th of july of 1995.', ref: null, expect: [['4th of july of 1995', '1995-07-04']] },
  { text: 'I will go back to China on 28 june in 2020.', ref: null, expect: [['28 june in 2020', '2020-06-28']] },
  { text: 'The date should be 05-Aug-2016.', ref: null, expect: [['05-Aug-2016', '2016-08-05']] },
  { text: ' date 2023-10-18 Xi and Putin Meet', ref: null, expect: [['2023-10-18', '2023-10-18']] },
  { text: 'How about 2019/aug/01?', ref: null, expect: [['2019/aug/01', '2019-08-01']] },
  { text: 'The vote is set for 11/15/2023 and the count for 16.11.2023.', ref: null, expect: [['11/15/2023', '2023-11-15'], ['16.11.2023', '2023-11-16']] },
  { text: "I'll go back September-2020-23.", ref: null, expect: [['September-2020-23', '2020-09-23']] },
  { text: 'On 2016 10 16, the conference started.', ref: null, expect: [['2016 10 16', '2016-10-16']] },
  { text: 'The file is stamped 20161016.', ref: null, expect: [['20161016', '2016-10-16']] },
  { text: 'The bloc will grow on Jan. 1, 2024.', ref: '2023-08-25', expect: [['Jan. 1, 2024', '2024-01-01']] },
  { text: 'Feb 30 is not a day.', ref: '2020-03-22', expect: [['Feb 30', null]] },
  // weekday named with its date
  { text: 'The summit will begin on Tuesday, August 22, 2023.', ref: null, expect: [['Tuesday, August 22, 2023', '2023-08-22']] },
  { text: 'Modi spoke on Tuesday, August 22, at the forum.', ref: '2023-08-24', expect: [['Tuesday, August 22', '2023-08-22']] },
  { text: 'Lula landed early Monday morning (Aug. 21) in Johannesburg.', ref: '2023-08-21', expect: [['Monday', '2023-08-21'], ['Aug. 21', '2023-08-21']] },
  { text: "Let's go for coffee on tuesday the eleventh.", ref: '2019-06-10', expect: [['tuesday the eleventh', '2019-06-11']] },
  { text: 'This task should be done friday 5/12.', ref: '2019-05-20', expect: [['friday 5/12', '2019-05-12']] },
  // days without a year: the tense and the reference decide
  { text: 'Xi arrived in Moscow on Aug. 21 for talks.', ref: '2023-08-25', expect: [['Aug. 21', '2023-08-21']] },
  { text: 'The forum opened on 17 October.', ref: '2024-01-05', expect: [['17 October', '2023-10-17']] },
  { text: 'I bought it for $12 December 27.', ref: '2019-07-04', expect: [['December 27', '2018-12-27']] },
  { text: 'The deal was signed on 22/04.', ref: '2016-11-07', expect: [['22/04', '2016-04-22']] },
  { text: 'This task should be done next 6th of April.', ref: '2019-05-20', expect: [['6th of April', '2020-04-06']] },
  { text: 'Can you set something up for October, 1st.', ref: '2018-08-21', expect: [['October, 1st', '2018-10-01']] },
  { text: 'The event starts on Christmas Eve.', ref: '2019-08-05', expect: [['Christmas Eve', '2019-12-24']] },
  // ranges
  { text: 'The summit, spanning from August 22 to 24, is poised to convene 40 leaders.', ref: '2023-08-21', expect: [['August 22 to 24', '2023-08-22/2023-08-24']] },
  { text: 'The forum ran 17-18 October 2023 in Beijing.', ref: null, expect: [['17-18 October 2023', '2023-10-17/2023-10-18']] },
  { text: 'After the summit, August 22 to 24, he goes to Luanda on the 25th and 26th.', ref: '2023-08-21', expect: [['August 22 to 24', '2023-08-22/2023-08-24'], ['25th', '2023-08-25'], ['26th', '2023-08-26']] },
  { text: 'The G20 leaders met on 9 and 10 September in New Delhi.', ref: '2023-09-12', expect: [['9', '2023-09-09'], ['10 September', '2023-09-10']] },
  { text: 'The G20 leaders met on September 9 and 10 in New Delhi.', ref: '2023-09-12', expect: [['September 9', '2023-09-09'], ['10', '2023-09-10']] },
  { text: 'Talks were held in March and April.', ref: '2023-10-17', expect: [['March', '2023-03'], ['April', '2023-04']] },
  { text: 'He spoke to reporters last night and again this morning.', ref: '2023-10-18', expect: [['last night', '2023-10-17'], ['this morning', '2023-10-18']] },
  // months, quarters, years, decades
  { text: 'Xi became president in March 2013.', ref: null, expect: [['March 2013', '2013-03']] },
  { text: 'A warrant was issued by the court in March.', ref: '2023-10-17', expect: [['March', '2023-03']] },
  { text: 'The next round of talks will take place in March.', ref: '2023-10-17', expect: [['March', '2024-03']] },
  { text: 'Prices fell sharply last September.', ref: '2023-10-17', expect: [['last September', '2023-09']] },
  { text: 'Prices fell sharply last November.', ref: '2023-10-17', expect: [['last November', '2022-11']] },
  { text: 'Trade grew by 30% over the first three quarters of 2023.', ref: '2023-10-17', expect: [['the first three quarters of 2023', '2023-01/2023-09']] },
  { text: 'Growth slowed in the third quarter.', ref: '2023-10-17', expect: [['the third quarter', '2023-07/2023-09']] },
  { text: 'Output rose in Q2 2022.', ref: null, expect: [['Q2 2022', '2022-04/2022-06']] },
  { text: 'Exports doubled in the first half of 2023.', ref: null, expect: [['the first half of 2023', '2023-01/2023-06']] },
  { text: 'It was formally launched in 2009 and has met yearly since 2019.', ref: null, expect: [['2009', '2009'], ['2019', '2019']] },
  { text: 'The 2022–23 fiscal year closed with a surplus.', ref: null, expect: [['2022–23', '2022/2023']] },
  { text: 'The vote, scheduled for Sept. 20, was postponed to Oct. 4.', ref: '2023-09-11', expect: [['Sept. 20', '2023-09-20'], ['Oct. 4', '2023-10-04']] },
  { text: 'Inflation was high in the 1980s.', ref: null, expect: [['1980s', '1980/1989']] },
  // relative expressions
  { text: 'Today’s is the 42nd meeting between the two leaders.', ref: '2023-10-26', expect: [['Today', '2023-10-26']] },
  { text: 'The minister left yesterday and returns tomorrow.', ref: '2023-10-18', expect: [['yesterday', '2023-10-17'], ['tomorrow', '2023-10-19']] },
  { text: 'Putin met Xi in China last week.', ref: '2023-10-25', expect: [['last week', '2023-10-16/2023-10-22']] },
  { text: 'Putin met Xi in China last week.', ref: null, expect: [['last week', null]] },
  { text: 'He visited Kyrgyzstan earlier this month.', ref: '2023-10-17', expect: [['earlier this month', '2023-10']] },
  { text: 'Over the previous year, trade reached $190 billion.', ref: '2023-10-26', expect: [['the previous year', '2022']] },
  { text: 'Trade is projected to exceed $190 billion for the full year.', ref: '2023-10-17', expect: [['the full year', '2023']] },
  { text: 'Qin Gang missed last month’s meeting of ministers.', ref: '2023-08-23', expect: [['last month', '2023-07']] },
  { text: 'The initiative was launched by Xi a decade ago.', ref: '2023-10-18', expect: [['a decade ago', '2013']] },
  { text: 'He took power more than a decade ago.', ref: '2023-08-22', expect: [['more than a decade ago', null]] },
  { text: 'What date is 3 days from today?', ref: '2019-08-24', expect: [['3 days from today', '2019-08-27']] },
  { text: "What's your plan for next week Wednesday?", ref: '2018-11-28', expect: [['next week Wednesday', '2018-12-05']] },
  // weekdays and tense
  { text: 'Putin arrived in China on Tuesday for the summit.', ref: '2023-10-17', expect: [['Tuesday', '2023-10-17']] },
  { text: 'Biden arrived in Hanoi on Sunday and will travel to Alaska on Monday.', ref: '2023-09-11', expect: [['Sunday', '2023-09-10'], ['Monday', '2023-09-18']] },
  { text: 'On Saturday, Foreign Minister Wang Yi said, “We will act.”', ref: '2023-10-17', expect: [['Saturday', '2023-10-14']] },
  { text: 'Their upcoming meeting on Wednesday will further strengthen their bond.', ref: '2023-10-17', expect: [['Wednesday', '2023-10-18']] },
  { text: 'Iran and Saudi Arabia were among six countries invited Thursday to join the bloc.', ref: '2023-08-25', expect: [['Thursday', '2023-08-24']] },
  { text: 'Xi was expected to deliver remarks alongside other leaders on Tuesday.', ref: '2023-08-23', expect: [['Tuesday', '2023-08-22']] },
  { text: 'Lavrov said on Thursday that this will demonstrate continuity.', ref: '2023-08-24', expect: [['Thursday', '2023-08-24']] },
  { text: 'With the bloc growing, leaders will also be taking part in the outreach sessions on Thursday.', ref: '2023-08-22', expect: [['Thursday', '2023-08-24']] },
  { text: 'He did not mention Wednesday’s plane crash.', ref: '2023-08-25', expect: [['Wednesday', '2023-08-23']] },
  { text: 'The summit kicks off at the convention centre on Tuesday.', ref: '2023-08-24', expect: [['Tuesday', '2023-08-22']] },
  { text: 'The talks resume next Friday.', ref: '2023-10-17', expect: [['next Friday', '2023-10-20']] },
  { text: 'They arrived on Tuesday.', ref: null, expect: [['Tuesday', null]] },
];

/** Texts that hold no date at all: durations, ordinals, names, counts, modal "may". */
export const NEGATIVES: readonly string[] = [
  'The two sides held talks for two days.',
  'It was his most significant decision in more than a decade.',
  'It is the 42nd meeting between the two leaders, at the 15th BRICS Summit.',
  'The 75th anniversary of relations falls soon.',
  'You may 5 times ask; they march on.',
  'They last met in Moscow shortly after.',
  'Trade has grown in the last year.',
  'About 2000 troops were sent, costing $2023 each.',
  'Black Friday sales were strong.',
  'USA Today reported the story.',
  'Three quarters of the country voted, the least in any first half of a year.',
  'The COVID-19 pandemic hit the G20 hard.',
  'Almost a Year Later, Modi and Xi Meet Again',
  'The shop is open 24/7.',
  'Over 1500 delegates attended; 2000 police officers were deployed.',
  'The summit was the 18th.',
  'Smith and May agreed on 3 and 4 points of the plan.',
  'The 2 and 3 may be enough.',
  'Kyle Anzalone is co-host of a podcast with Will Porter.',
  'The three-day visit lasted ninety minutes a day, for decades and for months.',
];
