// Quote corpus: text → expected quotes (words and speaker), and negatives that must yield nothing.
// `people` / `orgs` are the names the entity extractor would find (every occurrence is marked).

export interface QuoteExample {
  rule: string;
  text: string;
  people?: string[];
  orgs?: string[];
  /** titles the entity extractor gives a person's mentions ("Narendra Modi": ["Prime Minister"]) */
  titles?: Record<string, string[]>;
  /** expected quotes in order: the quoted words (pieces joined by " … ") and the speaker's name or null */
  expect: Array<{ quote: string; speaker: string | null }>;
}

export const QUOTE_CORPUS: QuoteExample[] = [
  {
    rule: 'after-name-verb, curly marks',
    text: '“Both our nations now trust one another far more,” Xi told state television in an interview.',
    people: ['Xi'],
    expect: [{ quote: 'Both our nations now trust one another far more,', speaker: 'Xi' }],
  },
  {
    rule: 'after-pronoun: the last named person',
    text: 'Xi spoke first.\n\n“Commerce across our border keeps setting new highs,” he further noted on the call.',
    people: ['Xi'],
    expect: [{ quote: 'Commerce across our border keeps setting new highs,', speaker: 'Xi' }],
  },
  {
    rule: 'after-verb-name: said Xi, with a careless closing mark',
    text: 'Marking the jubilee “our teams now cooperate closely and our peoples feel close“, said Xi, and Beijing is ready.',
    people: ['Xi'],
    expect: [{ quote: 'our teams now cooperate closely and our peoples feel close', speaker: 'Xi' }],
  },
  {
    rule: 'after-name-verb with an apposition, straight marks',
    text: 'She governs a nation of "vast mineral wealth," Oleg Tarasov, a history lecturer at a Moscow college, told the paper.',
    people: ['Oleg Tarasov'],
    expect: [{ quote: 'vast mineral wealth,', speaker: 'Oleg Tarasov' }],
  },
  {
    rule: 'split quote: “A,” he said, “B.”',
    text: 'Putin arrived late. “We are friends,” he said, “and we will remain friends for a long time.”',
    people: ['Putin'],
    expect: [{ quote: 'We are friends, … and we will remain friends for a long time.', speaker: 'Putin' }],
  },
  {
    rule: 'multi-sentence quote split across sentences by the attribution',
    text: 'Xi said the ties were mutually beneficial. “Our region is far from calm,” he explained. “Nobody can halt this tide. Hopes will prevail.”',
    people: ['Xi'],
    expect: [{ quote: 'Our region is far from calm, … Nobody can halt this tide. Hopes will prevail.', speaker: 'Xi' }],
  },
  {
    rule: 'before-name-verb: Putin said,',
    text: 'Speaking to local radio, Putin said, “Xi Jinping is a trusted partner of mine, and so I trust him.”',
    people: ['Putin', 'Xi Jinping'],
    expect: [{ quote: 'Xi Jinping is a trusted partner of mine, and so I trust him.', speaker: 'Putin' }],
  },
  {
    rule: 'before-name-verb: told the forum that …, object of a preposition skipped',
    text: 'Putin spoke of Xi as his “old comrade” and told the audience that both states “want partnership on equal terms.”',
    people: ['Putin', 'Xi'],
    expect: [{ quote: 'want partnership on equal terms.', speaker: 'Putin' }],
  },
  {
    rule: 'before-name-verb: an organization speaks',
    text: 'Before the visit by Xi, the Kremlin remarked, “Regional security will be at the top of the agenda.”',
    people: ['Xi'],
    orgs: ['Kremlin'],
    expect: [{ quote: 'Regional security will be at the top of the agenda.', speaker: 'Kremlin' }],
  },
  {
    rule: 'after-description: the Chinese president said',
    text: 'The Chinese president, Xi Jinping, hosted the Russian leader, Vladimir Putin, at dinner. “Together we have steered our ties forward,” the Chinese president said.',
    people: ['Xi Jinping', 'Vladimir Putin'],
    expect: [{ quote: 'Together we have steered our ties forward,', speaker: 'Xi Jinping' }],
  },
  {
    rule: 'after-according-to',
    text: 'Xi rejects “camp thinking, arms races, and zero-sum games,” according to Reuters.',
    people: ['Xi'],
    orgs: ['Reuters'],
    expect: [{ quote: 'camp thinking, arms races, and zero-sum games,', speaker: 'Reuters' }],
  },
  {
    rule: 'before-name-verb: apposition of the subject skipped',
    text: 'Reza Tavakoli, the senior aide to Iran President Ebrahim Raisi, said joining was "a strategic victory for our foreign policy."',
    people: ['Reza Tavakoli', 'Ebrahim Raisi'],
    expect: [{ quote: 'a strategic victory for our foreign policy.', speaker: 'Reza Tavakoli' }],
  },
  {
    rule: 'unattributed long quote kept with no speaker; guillemets',
    text: 'Le texte dit: «the leaders agreed on a common path forward for the bloc».',
    expect: [{ quote: 'the leaders agreed on a common path forward for the bloc', speaker: null }],
  },
  {
    rule: 'after-name-verb stops at the sentence end; split quote around "Putin said"',
    text: 'The project was a “remarkable triumph” for Beijing, Putin said, “and Moscow welcomes it“. Moscow and Beijing, Putin said at the banquet, “want to work side by side”.',
    people: ['Putin'],
    expect: [
      { quote: 'remarkable triumph … and Moscow welcomes it', speaker: 'Putin' },
      { quote: 'want to work side by side', speaker: 'Putin' },
    ],
  },
  {
    rule: 'before-description-verb: "the Kremlin leader" is a description, not the Kremlin',
    text: 'Xi Jinping hosted Vladimir Putin. In turn, the Kremlin leader, after a long lunch, underlined that “common threats only strengthen cooperation”.',
    people: ['Xi Jinping', 'Vladimir Putin'],
    titles: { 'Xi Jinping': ['Chinese President'], 'Vladimir Putin': ['Russian President'] },
    orgs: ['Kremlin'],
    expect: [{ quote: 'common threats only strengthen cooperation', speaker: 'Vladimir Putin' }],
  },
  {
    rule: 'before-description-verb: "the President of the Russian Federation said that" keeps its country (not the last president)',
    text: 'Vladimir Putin received Recep Tayyip Erdogan. The President of the Russian Federation said that "the Russian side is open to these negotiations."',
    people: ['Vladimir Putin', 'Recep Tayyip Erdogan'],
    titles: { 'Vladimir Putin': ['Russian President'], 'Recep Tayyip Erdogan': ['Turkish President'] },
    expect: [{ quote: 'the Russian side is open to these negotiations.', speaker: 'Vladimir Putin' }],
  },
  {
    rule: 'negative: a described speaker the article gives no fitting title stays unknown',
    text: 'Recep Tayyip Erdogan met with Putin in Sochi. The President of the Russian Federation said that "the Russian side is open to these negotiations."',
    people: ['Recep Tayyip Erdogan', 'Putin'],
    titles: { 'Recep Tayyip Erdogan': ['Turkish President'] },
    expect: [{ quote: 'the Russian side is open to these negotiations.', speaker: null }],
  },
  {
    rule: 'before-description-verb: the description fits an earlier person, not the last one',
    text: 'The Chinese president Xi Jinping hosted Russian President Vladimir Putin. At dinner, the Chinese president urged his counterpart to preserve “international fairness”.',
    people: ['Xi Jinping', 'Vladimir Putin'],
    expect: [{ quote: 'international fairness', speaker: 'Xi Jinping' }],
  },
  {
    rule: 'before-description-verb: "the Prime Minister" is the person titled so, not the last person named',
    text: 'Prime Minister Narendra Modi spoke. Further, Prime Minister Modi said President Droupadi Murmu will host a dinner.\n\nSharing a thread on X, the Prime Minister said: “India is delighted to host the summit in New Delhi.”',
    people: ['Narendra Modi', 'Modi', 'Droupadi Murmu'],
    titles: { 'Narendra Modi': ['Prime Minister'], Modi: ['Prime Minister'], 'Droupadi Murmu': ['President'] },
    expect: [{ quote: 'India is delighted to host the summit in New Delhi.', speaker: 'Modi' }],
  },
  {
    rule: 'after-description: a nationality in the description picks the person of that country',
    text: 'Chinese President Xi Jinping met U.S. President Joe Biden. “We must not veer into conflict,” the Chinese president said.',
    people: ['Xi Jinping', 'Joe Biden'],
    titles: { 'Xi Jinping': ['Chinese President'], 'Joe Biden': ['U.S. President'] },
    expect: [{ quote: 'We must not veer into conflict,', speaker: 'Xi Jinping' }],
  },
  {
    rule: 'after-description: "the minister" is not the president named last; apposition titles count',
    text: 'Dr. S. Jaishankar, the External Affairs Minister, spoke after President Droupadi Murmu. “The declaration envisages a green path,” the minister said.',
    people: ['S. Jaishankar', 'Droupadi Murmu'],
    titles: { 'Droupadi Murmu': ['President'] },
    expect: [{ quote: 'The declaration envisages a green path,', speaker: 'S. Jaishankar' }],
  },
  {
    rule: 'after-description: a description that fits nobody gives no speaker (a pronoun would take the last person)',
    text: 'President Joe Biden met Chinese President Xi Jinping. “Talks will resume in the spring season soon,” the prime minister said.',
    people: ['Joe Biden', 'Xi Jinping'],
    titles: { 'Joe Biden': ['President'], 'Xi Jinping': ['Chinese President'] },
    expect: [{ quote: 'Talks will resume in the spring season soon,', speaker: null }],
  },
  {
    rule: 'before-description-verb: "the President of the Russian Federation" (a title with its country after it)',
    text: 'Recep Tayyip Erdoğan met with Putin in Sochi. The President of the Russian Federation said that "the Russian side is open to these negotiations."',
    people: ['Recep Tayyip Erdoğan', 'Putin'],
    titles: { 'Recep Tayyip Erdoğan': ['Turkish President'], Putin: ['Russian President'] },
    expect: [{ quote: 'the Russian side is open to these negotiations.', speaker: 'Putin' }],
  },
  {
    rule: 'continued-paragraph: a whole-paragraph quote after a quote paragraph of one speaker',
    text: 'Xi greeted Biden.\n\n"We go back many years, you and I," he said.\n\n"I think it is paramount that you and I understand each other clearly."\n\nBiden added more.',
    people: ['Biden', 'Xi'],
    expect: [
      { quote: 'We go back many years, you and I,', speaker: 'Biden' },
      { quote: 'I think it is paramount that you and I understand each other clearly.', speaker: 'Biden' },
    ],
  },
  {
    rule: 'negative continued-paragraph: the paragraph before is narration, not a quote paragraph',
    text: 'Biden said the talks were "useful and very constructive," he said.\n\n"I think it is paramount that you and I understand each other clearly."',
    people: ['Biden'],
    expect: [
      { quote: 'useful and very constructive,', speaker: 'Biden' },
      { quote: 'I think it is paramount that you and I understand each other clearly.', speaker: null },
    ],
  },
  {
    rule: 'before-characterizing-verb: the subject of "called … a" wins over a name earlier in the paragraph',
    text: 'Modi thanked the hosts for the dinner. Lula called the exchange a ‘real turning point for our region’ on Tuesday.',
    people: ['Modi', 'Lula'],
    expect: [{ quote: 'real turning point for our region', speaker: 'Lula' }],
  },
  {
    rule: 'a clause opened by "and" after a quote names the speaker of what follows, not of this quote',
    text: 'Petro called the visit a “chance to start over with our neighbours”, and Boric later said the two had “much work ahead of us.”',
    people: ['Petro', 'Boric'],
    expect: [
      { quote: 'chance to start over with our neighbours', speaker: 'Petro' },
      { quote: 'much work ahead of us.', speaker: 'Boric' },
    ],
  },
  {
    rule: 'before-characterizing-verb: "described … as"',
    text: 'Scholz spoke first. Afterwards Meloni described the talks as “frank, long and at times difficult”.',
    people: ['Scholz', 'Meloni'],
    expect: [{ quote: 'frank, long and at times difficult', speaker: 'Meloni' }],
  },
  {
    rule: 'joint statement after the quote: no single speaker',
    text: 'Lula met Ramaphosa in Pretoria.\n\n“We will deepen trade and open new routes for our farmers,” they said in a joint statement.',
    people: ['Lula', 'Ramaphosa'],
    expect: [{ quote: 'We will deepen trade and open new routes for our farmers,', speaker: null }],
  },
  {
    rule: 'joint statement after the quote, with a named or described group as subject: no single speaker',
    text: 'Orbán received Fico in Budapest.\n\n“Our pipelines will stay open to each other,” the two governments said in a joint declaration. “Energy is not a weapon,” Orbán and Fico said jointly.',
    people: ['Orbán', 'Fico'],
    expect: [
      { quote: 'Our pipelines will stay open to each other,', speaker: null },
      { quote: 'Energy is not a weapon,', speaker: null },
    ],
  },
  {
    rule: 'joint statement before the quote: two named subjects are no single speaker',
    text: 'Albanese and Kishida said in a joint statement that “the partnership will keep growing in the years ahead.”',
    people: ['Albanese', 'Kishida'],
    expect: [{ quote: 'the partnership will keep growing in the years ahead.', speaker: null }],
  },
  {
    rule: 'a quote in a paragraph about another speaker\'s conversation keeps its own speaker',
    text: 'Scholz said he had spoken with Macron by phone on Sunday, and Macron told him, “Europe must stand together on this question.”',
    people: ['Scholz', 'Macron'],
    expect: [{ quote: 'Europe must stand together on this question.', speaker: 'Macron' }],
  },
  {
    rule: 'a conversation reported before a quote by its own speaker: the speaker named with the verb wins',
    text: 'Erdogan recalled his call with Putin last week. Putin, he said, had assured him of the deal. Zelensky later wrote: “We will not trade land for promises of peace.”',
    people: ['Erdogan', 'Putin', 'Zelensky'],
    expect: [{ quote: 'We will not trade land for promises of peace.', speaker: 'Zelensky' }],
  },
  {
    rule: 'joint statement with a description as subject: no single speaker',
    text: 'Rutte hosted Sánchez in The Hague. The two leaders said in a joint statement that “our ports will cooperate more closely from next year.”',
    people: ['Rutte', 'Sánchez'],
    expect: [{ quote: 'our ports will cooperate more closely from next year.', speaker: null }],
  },
  {
    rule: 'before-characterizing-verb: a name earlier in the same sentence, in the possessive, is not the speaker',
    text: 'After Trudeau’s short remarks, Ardern called the accord “a fair deal for both our farming communities”.',
    people: ['Trudeau', 'Ardern'],
    expect: [{ quote: 'a fair deal for both our farming communities', speaker: 'Ardern' }],
  },
  {
    rule: 'a quote after a paragraph recounting a call with someone else keeps the speaker named with it',
    text: 'Recounting his call with Modi, Albanese said Modi had sounded upbeat.\n\n“We spoke for an hour about cricket and critical minerals,” Modi said later.',
    people: ['Modi', 'Albanese'],
    expect: [{ quote: 'We spoke for an hour about cricket and critical minerals,', speaker: 'Modi' }],
  },
  {
    rule: 'after-pronoun: a person named as an object in the pronoun\'s own sentence is not the speaker',
    text: 'Macron answered, “We agree on that.” Shaking Scholz firmly by the hand, he added “this is only the beginning of our work.”',
    people: ['Macron', 'Scholz'],
    expect: [{ quote: 'We agree on that.', speaker: 'Macron' }, { quote: 'this is only the beginning of our work.', speaker: 'Macron' }],
  },
  {
    rule: 'negative: a label that a group calls something is no quote',
    text: 'Critics in Europe have long opposed the scheme that they have called “a charm offensive for cheap loans.”',
    expect: [],
  },
  {
    rule: 'negative: "States" in a name is not a speech verb',
    text: 'Xi criticized the United States, opposing sanctions and “decoupling and breaking links.”',
    people: ['Xi'],
    expect: [],
  },
  {
    rule: 'British single quotes, an apostrophe inside is no closing mark',
    text: '‘Putin’s visit shows our partnership is strong,’ Xi said.',
    people: ['Putin', 'Xi'],
    expect: [{ quote: 'Putin’s visit shows our partnership is strong,', speaker: 'Xi' }],
  },
  {
    rule: 'negative: scare quotes and names in quotes',
    text: 'Putin called him an “old friend” at the “Silk Road” gathering, praising the “One Belt, One Road” plan and “decoupling”.',
    people: ['Putin'],
    expect: [],
  },
  {
    rule: 'negative: an apostrophe is not a quote mark',
    text: "Russia's president and China’s leader met at the summit’s opening, in the ‘80s style of the leaders’ talks.",
    expect: [],
  },
];
