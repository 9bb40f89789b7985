// Event corpus: text (+ the publication date it is read against) → every event mention expected, in text order.
// Each expectation names the kind and trigger; the other fields, when given, must match exactly (parties are
// names, a host written "Name (host)"). Every rule of rules.ts is exercised by at least one example (the test
// fails otherwise). NEGATIVES must yield no event at all.
import type { EventKind, EventModality } from '../../core/types.js';

export interface EventExpect {
  kind: EventKind;
  trigger: string;
  parties?: string[];
  place?: string | null;
  date?: string | null;
  modality?: EventModality;
  occurrence?: 'this' | 'earlier' | 'later';
  negated?: boolean;
  phase?: 'opening' | 'closing' | null;
  scope?: 'bilateral' | 'multilateral' | null;
  style?: 'formal' | 'informal' | null;
  quoted?: boolean;
  founded?: string | null;
  /** a meeting with a group no name stands for ("met business leaders"), else null */
  withGroup?: string | null;
}

export interface EventExample {
  text: string;
  /** publication date (ISO day) the dates of the example resolve against */
  ref: string;
  expect: EventExpect[];
}

export const EXAMPLES: readonly EventExample[] = [
  // who meets: the party patterns
  {
    text: 'President Emmanuel Macron and Chancellor Olaf Scholz met in Paris on Monday.',
    ref: '2024-03-06',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Emmanuel Macron', 'Olaf Scholz'], place: 'Paris', date: '2024-03-04', modality: 'happened', scope: 'bilateral' }],
  },
  {
    text: 'Prime Minister Giorgia Meloni met President Javier Milei at the Quirinal Palace.',
    ref: '2024-02-12',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Giorgia Meloni', 'Javier Milei'], place: 'Quirinal Palace', modality: 'happened' }],
  },
  {
    text: 'Talks between President Gustavo Petro and President Nicolás Maduro lasted three hours.',
    ref: '2024-02-12',
    expect: [{ kind: 'talks', trigger: 'Talks', parties: ['Gustavo Petro', 'Nicolás Maduro'], modality: 'happened' }],
  },
  {
    text: "Prime Minister Narendra Modi's meeting with President Ranil Wickremesinghe ended before noon.",
    ref: '2024-02-12',
    expect: [{ kind: 'meeting', trigger: 'meeting', parties: ['Narendra Modi', 'Ranil Wickremesinghe'] }],
  },
  {
    text: 'Chancellor Karl Nehammer hosted President Sauli Niinistö in Vienna on Friday.',
    ref: '2024-03-04',
    expect: [{ kind: 'meeting', trigger: 'hosted', parties: ['Karl Nehammer (host)', 'Sauli Niinistö'], place: 'Vienna', date: '2024-03-01' }],
  },
  {
    text: 'Prime Minister Anthony Albanese will hold talks with President Ferdinand Marcos in Canberra on Thursday.',
    ref: '2024-02-26',
    expect: [{ kind: 'talks', trigger: 'talks', parties: ['Anthony Albanese', 'Ferdinand Marcos'], place: 'Canberra', date: '2024-02-29', modality: 'scheduled' }],
  },
  {
    text: 'Prime Minister Luís Montenegro welcomed President Daniel Chapo at the São Bento Palace on Thursday.',
    ref: '2024-05-20',
    expect: [{ kind: 'meeting', trigger: 'welcomed', parties: ['Luís Montenegro (host)', 'Daniel Chapo'], date: '2024-05-16' }],
  },
  // the guest's name may run past the host verb's reach when a description comes first
  {
    text: 'Chancellor Karl Nehammer received his Slovak counterpart Robert Fico at the Ballhausplatz on Friday.',
    ref: '2024-06-10',
    expect: [{ kind: 'meeting', trigger: 'received', parties: ['Karl Nehammer (host)', 'Robert Fico'], date: '2024-06-07' }],
  },
  // a leader named by description stands for the country's leader ("(its leader)"); followed by a name it is a title
  {
    text: 'The Kenyan president met Tanzania\u2019s prime minister in Arusha on Monday.',
    ref: '2024-06-12',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Kenya (its leader)', 'Tanzania (its leader)'], place: 'Arusha', date: '2024-06-10' }],
  },
  {
    text: 'President Yoon Suk Yeol held talks with his Mongolian counterpart in Seoul.',
    ref: '2024-06-12',
    expect: [{ kind: 'talks', trigger: 'talks', parties: ['Yoon Suk Yeol', 'Mongolia (its leader)'], place: 'Seoul' }],
  },
  {
    text: 'Ghana\u2019s President Nana Akufo-Addo met the Nigerian leader Bola Tinubu in Accra.',
    ref: '2024-06-12',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Ghana', 'Nana Akufo-Addo', 'Bola Tinubu'] }],
  },
  // a meeting of days or editions is a gathering; with no day of its own, the day after "until" is its last
  {
    text: 'The four-day meeting of Andean ministers runs until Sunday in Cusco.',
    ref: '2024-06-13',
    expect: [{ kind: 'summit-close', trigger: 'meeting', phase: 'closing', date: '2024-06-16' }],
  },
  {
    text: 'Delegates met for the annual meeting in Tromsø.',
    ref: '2024-06-13',
    expect: [{ kind: 'meeting', trigger: 'met' }, { kind: 'summit', trigger: 'meeting', place: 'Tromsø' }],
  },
  // an event noun that ends its clause takes the relative clause after it; a verb does not
  {
    text: 'The congress, which opened on Monday, drew 900 delegates.',
    ref: '2024-06-13',
    expect: [{ kind: 'summit-open', trigger: 'congress', phase: 'opening', date: '2024-06-10' }],
  },
  {
    text: 'They met, which pleased the markets on Monday.',
    ref: '2024-06-13',
    expect: [{ kind: 'meeting', trigger: 'met', date: null }],
  },
  // a date after "since/before <a thing> in" is that thing's
  {
    text: 'President Ruto arrived in Dublin, the first visit by a Kenyan leader since the treaty of 1964.',
    ref: '2024-06-13',
    expect: [{ kind: 'arrival', trigger: 'arrived', date: null }, { kind: 'visit', trigger: 'visit', date: null }],
  },
  {
    text: 'Premier Ana Brnabic arrived in Oslo, her first visit since taking office last year.',
    ref: '2024-06-13',
    expect: [{ kind: 'arrival', trigger: 'arrived', date: null }, { kind: 'visit', trigger: 'visit', date: null }],
  },
  // "who" after people joined by "and" takes them all
  {
    text: 'President Javier Milei and Prime Minister Keir Starmer, who met in London on Monday, agreed to talk again.',
    ref: '2024-06-13',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Javier Milei', 'Keir Starmer'], date: '2024-06-10' }],
  },
  {
    text: 'Ms Arce flew back to La Paz on Friday after what aides called a frank round of talks with Boric.',
    ref: '2024-06-15',
    expect: [{ kind: 'departure', trigger: 'flew back', date: '2024-06-14' }, { kind: 'talks', trigger: 'talks', date: null }],
  },
  // a dateline's agency reports the event, it takes no part in it
  {
    text: 'SUVA, Aug 5 (AFP) - Leaders of the Pacific Islands Forum opened their annual summit on Monday.',
    ref: '2024-08-05',
    expect: [{ kind: 'summit-open', trigger: 'summit', parties: ['Pacific Islands Forum'], date: '2024-08-05' }],
  },
  // a meeting with a group no name stands for is the visitor's with others
  {
    text: 'On Thursday the premier travelled to Lyon to meet business leaders.',
    ref: '2024-06-14',
    expect: [{ kind: 'meeting', trigger: 'meet', withGroup: 'business leaders' }],
  },
  {
    text: 'Ms Okonjo met lawmakers and later held talks with President Ruto.',
    ref: '2024-06-14',
    expect: [{ kind: 'meeting', trigger: 'met', withGroup: 'lawmakers' }, { kind: 'talks', trigger: 'talks', withGroup: null }],
  },
  // hosts of a meal are hosts, not guests; a host verb before an event noun gives the event its host
  {
    text: 'King Harald hosted a state banquet for President Alexander Stubb in Oslo on Tuesday.',
    ref: '2024-05-16',
    expect: [{ kind: 'dinner', trigger: 'banquet', parties: ['Harald (host)', 'Alexander Stubb'], place: 'Oslo', date: '2024-05-14', style: 'formal' }],
  },
  {
    text: 'The delegates attended a lunch hosted by President William Ruto.',
    ref: '2024-05-16',
    expect: [{ kind: 'dinner', trigger: 'lunch', parties: ['William Ruto (host)'] }],
  },
  {
    text: 'Ministers from 30 countries gathered for the conference.',
    ref: '2024-05-16',
    expect: [{ kind: 'conference', trigger: 'conference', parties: [], scope: 'multilateral' }],
  },
  // what leaders agree to hold is still to come
  {
    text: 'The two presidents agreed to hold a summit in Montevideo before the end of the year.',
    ref: '2024-05-16',
    expect: [{ kind: 'summit', trigger: 'summit', place: 'Montevideo', modality: 'scheduled' }],
  },
  // a new date: "postponed until", "moved to" give the event's date (still to come, whatever the verb's tense); the
  // date given up ("due to open next Tuesday", "planned for April 9 will instead …") dates nothing
  {
    text: 'The forum of Andean trade ministers, due to open in Quito next Tuesday, has been postponed until June 3.',
    ref: '2024-05-16',
    expect: [{ kind: 'summit-open', trigger: 'forum', date: '2024-06-03', modality: 'scheduled' }],
  },
  {
    text: 'The leaders\u2019 meeting planned for April 9 will instead take place on June 14.',
    ref: '2024-05-16',
    expect: [{ kind: 'summit', trigger: 'meeting', date: '2024-06-14', modality: 'scheduled' }],
  },
  {
    text: 'The summit has been moved to mid-November.',
    ref: '2024-05-16',
    expect: [{ kind: 'summit', trigger: 'summit', date: '2024-11', modality: 'scheduled' }],
  },
  // speakers are not parties, unless they speak of themselves
  {
    text: 'Spokesman Dmitry Kolesnik said the talks had been useful.',
    ref: '2024-05-16',
    expect: [{ kind: 'talks', trigger: 'talks', parties: [] }],
  },
  {
    text: 'President Recep Tayyip Erdoğan said he met President Ilham Aliyev twice.',
    ref: '2024-05-16',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Recep Tayyip Erdoğan', 'Ilham Aliyev'] }],
  },
  // the reporter of a clause, after a comma at its end, is no party ("…, the ministry said", "…, Kremlin spokesman X told reporters")
  {
    text: 'Premier Aiko Tanabe held talks with President Luis Ortega in Lima on Friday, the Foreign Ministry said in a statement.',
    ref: '2024-05-16',
    expect: [{ kind: 'talks', trigger: 'talks', parties: ['Aiko Tanabe', 'Luis Ortega'], place: 'Lima', date: '2024-05-10' }],
  },
  {
    text: 'Chancellor Greta Lind met Prime Minister Oskar Vale on Monday, Kremlin spokesman Dmitry Peskov told reporters.',
    ref: '2024-05-16',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Greta Lind', 'Oskar Vale'], date: '2024-05-13' }],
  },
  {
    // no subject before the trigger: the name after the comma is the main clause's subject, the traveller
    text: 'Speaking on his second trip abroad this year, President Omar Haddad said the ties were strong.',
    ref: '2024-05-16',
    expect: [{ kind: 'visit', trigger: 'trip', parties: ['Omar Haddad'] }],
  },
  {
    // a list of parties goes on after its commas: every name of it takes part
    text: 'Chancellor Greta Lind met Oskar Vale, Ana Ruiz and the Nordic Council in Oslo.',
    ref: '2024-05-16',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Greta Lind', 'Oskar Vale', 'Ana Ruiz', 'Nordic Council'], place: 'Oslo' }],
  },
  // topics are not parties; a place of a topic is no venue
  {
    text: 'President Joko Widodo held talks on Myanmar in Jakarta.',
    ref: '2024-05-16',
    expect: [{ kind: 'talks', trigger: 'talks', parties: ['Joko Widodo'], place: 'Jakarta' }],
  },
  {
    text: 'The leaders held talks about the war in Sudan.',
    ref: '2024-05-16',
    expect: [{ kind: 'talks', trigger: 'talks', parties: [], place: null }],
  },
  // places: a locative, "held in", a destination of travel; a remote link and a dateline are no venue
  {
    text: 'The summit will be held in Nairobi.',
    ref: '2024-05-16',
    expect: [{ kind: 'summit', trigger: 'summit', place: 'Nairobi', modality: 'scheduled' }],
  },
  {
    text: 'President Lula da Silva flew to Lisbon for a two-day visit.',
    ref: '2024-05-16',
    expect: [{ kind: 'visit', trigger: 'visit', parties: ['Lula da Silva'], place: 'Lisbon' }],
  },
  {
    text: 'The leaders met at a lakeside villa outside Geneva.',
    ref: '2024-05-16',
    expect: [{ kind: 'meeting', trigger: 'met', place: null }],
  },
  {
    text: 'Secretary General Amina Diallo chaired the summit in Dakar.',
    ref: '2024-05-16',
    expect: [{ kind: 'summit', trigger: 'summit', parties: ['Amina Diallo (host)'], place: 'Dakar' }],
  },  {
    text: 'President Cyril Ramaphosa joined the summit via video link from Pretoria.',
    ref: '2024-05-16',
    expect: [{ kind: 'summit', trigger: 'summit', parties: ['Cyril Ramaphosa'], place: null }],
  },
  {
    text: 'LIMA, May 3 (Reuters) - The leaders met at the Government Palace.',
    ref: '2024-05-03',
    expect: [{ kind: 'meeting', trigger: 'met', place: 'Government Palace', date: null }],
  },
  // dates: the nearest trigger of the clause; a travel verb takes a date after it; a date of saying is refused
  {
    text: 'Prime Minister Pedro Sánchez arrived in Rabat on Wednesday for a state visit.',
    ref: '2024-02-22',
    expect: [
      { kind: 'arrival', trigger: 'arrived', parties: ['Pedro Sánchez'], place: 'Rabat', date: '2024-02-21' },
      { kind: 'visit', trigger: 'visit', date: null, style: 'formal' },
    ],
  },
  {
    text: 'Prime Minister Kristen Michal flew into Riga on Monday to meet President Edgars Rinkēvičs.',
    ref: '2024-05-15',
    expect: [
      { kind: 'arrival', trigger: 'flew into', date: '2024-05-13' },
      { kind: 'meeting', trigger: 'meet', date: null },
    ],
  },
  {
    text: 'On Saturday, Prime Minister Shehbaz Sharif said the meeting went well.',
    ref: '2024-05-13',
    expect: [{ kind: 'meeting', trigger: 'meeting', date: null, modality: 'happened' }],
  },
  {
    text: 'Prime Minister Pham Minh Chinh on Friday said the talks in Hanoi were productive.',
    ref: '2024-05-13',
    expect: [{ kind: 'talks', trigger: 'talks', place: 'Hanoi', date: null }],
  },
  {
    text: 'President Emmerson Mnangagwa departed for Beijing on Sunday.',
    ref: '2024-05-13',
    expect: [{ kind: 'departure', trigger: 'departed', parties: ['Emmerson Mnangagwa'], date: '2024-05-12' }],
  },
  {
    text: 'President Emmerson Mnangagwa will leave for Hanoi on Friday.',
    ref: '2024-05-13',
    expect: [{ kind: 'departure', trigger: 'leave for', parties: ['Emmerson Mnangagwa'], date: '2024-05-17', modality: 'scheduled' }],
  },
  {
    text: 'Prime Minister Mark Rutte told reporters on Friday that the summit would open in Vilnius.',
    ref: '2024-05-13',
    expect: [{ kind: 'summit-open', trigger: 'summit', place: 'Vilnius', date: null, modality: 'scheduled', phase: 'opening' }],
  },
  {
    text: 'It was the first meeting of the two presidents since 2019.',
    ref: '2024-05-13',
    expect: [{ kind: 'meeting', trigger: 'meeting', date: null }],
  },
  {
    text: 'On July 9, 2024, after weeks of preparation, the NATO summit finally opened.',
    ref: '2024-07-10',
    expect: [{ kind: 'summit-open', trigger: 'summit', date: '2024-07-09', phase: 'opening' }],
  },
  // modality
  {
    text: 'The talks are scheduled for Thursday.',
    ref: '2024-05-13',
    expect: [{ kind: 'talks', trigger: 'talks', modality: 'scheduled' }],
  },
  {
    text: 'Prime Minister Robert Golob might meet the delegation in Ljubljana.',
    ref: '2024-05-13',
    expect: [{ kind: 'meeting', trigger: 'meet', place: 'Ljubljana', modality: 'hypothetical' }],
  },
  {
    text: 'President Kassym-Jomart Tokayev is expected to meet President Shavkat Mirziyoyev in Astana.',
    ref: '2024-05-13',
    expect: [{ kind: 'meeting', trigger: 'meet', parties: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], place: 'Astana', modality: 'expected' }],
  },
  {
    text: 'If the ceasefire holds, the foreign ministers could meet in Doha.',
    ref: '2024-05-13',
    expect: [{ kind: 'meeting', trigger: 'meet', place: 'Doha', modality: 'hypothetical' }],
  },
  {
    text: 'Prime Minister Kyriakos Mitsotakis will travel to Ankara, where the two leaders plan to sign a trade deal.',
    ref: '2024-05-13',
    expect: [{ kind: 'signing', trigger: 'sign', modality: 'scheduled' }],
  },
  // occurrence, negation, quotes
  {
    text: 'President Andrzej Duda and President Gitanas Nausėda last met at a summit in Riga.',
    ref: '2024-05-13',
    expect: [
      { kind: 'meeting', trigger: 'met', occurrence: 'earlier' },
      { kind: 'summit', trigger: 'summit', place: 'Riga', occurrence: 'earlier' },
    ],
  },
  {
    text: 'The summit runs from May 6 to 8 in Accra.',
    ref: '2024-05-01',
    expect: [{ kind: 'summit', trigger: 'summit', date: '2024-05-06/2024-05-08', modality: 'happened', place: 'Accra' }],
  },
  {
    text: 'The next summit is planned for Brasília.',
    ref: '2024-05-13',
    expect: [{ kind: 'summit', trigger: 'summit', occurrence: 'later', modality: 'scheduled' }],
  },
  {
    text: 'President Xiomara Castro did not meet the delegation.',
    ref: '2024-05-13',
    expect: [{ kind: 'meeting', trigger: 'meet', parties: ['Xiomara Castro'], negated: true }],
  },
  {
    text: '“We had a frank meeting,” President Gabriel Boric said.',
    ref: '2024-05-13',
    expect: [{ kind: 'meeting', trigger: 'meeting', quoted: true }],
  },
  // taking part: a joining verb gives its subject to the event after it, else is an event of its own
  {
    text: 'President Jakaya Kikwete attended the summit in Cairo.',
    ref: '2024-05-13',
    expect: [{ kind: 'summit', trigger: 'summit', parties: ['Jakaya Kikwete'], place: 'Cairo' }],
  },
  {
    text: 'President Javier Milei, who will take part remotely, sent his foreign minister.',
    ref: '2024-05-13',
    expect: [{ kind: 'participation', trigger: 'take part', parties: ['Javier Milei'], modality: 'scheduled' }],
  },
  {
    text: 'The talks at the ASEAN summit in Vientiane ran late.',
    ref: '2024-05-13',
    expect: [
      { kind: 'talks', trigger: 'talks', place: 'Vientiane' },
      { kind: 'summit', trigger: 'summit', place: 'Vientiane' },
    ],
  },
  // kinds: one-on-one, phases, handshake, call, signing, announcement, warrant, launch, ceremony, press conference
  {
    text: 'The one-on-one meeting between Prime Minister Keir Starmer and President Emmanuel Macron lasted 40 minutes.',
    ref: '2024-05-13',
    expect: [{ kind: 'one-on-one', trigger: 'one-on-one meeting', parties: ['Keir Starmer', 'Emmanuel Macron'], scope: 'bilateral' }],
  },
  {
    text: 'The Andean summit will close in Quito on Thursday with a gala dinner.',
    ref: '2024-05-13',
    expect: [
      { kind: 'summit-close', trigger: 'summit', place: 'Quito', date: '2024-05-16', phase: 'closing', modality: 'scheduled' },
      { kind: 'dinner', trigger: 'dinner' },
    ],
  },
  {
    text: 'The forum wrapped up in Astana on Friday with an informal dinner.',
    ref: '2024-05-13',
    expect: [
      { kind: 'summit-close', trigger: 'forum', place: 'Astana', date: '2024-05-10', phase: 'closing' },
      { kind: 'dinner', trigger: 'dinner', style: 'informal' },
    ],
  },
  {
    text: 'President Gustavo Petro and President Daniel Noboa shook hands before the cameras.',
    ref: '2024-05-13',
    expect: [{ kind: 'handshake', trigger: 'shook hands', parties: ['Gustavo Petro', 'Daniel Noboa'] }],
  },
  {
    text: 'Chancellor Olaf Scholz held a phone call with President Volodymyr Zelensky.',
    ref: '2024-05-13',
    expect: [{ kind: 'call', trigger: 'phone call', parties: ['Olaf Scholz', 'Volodymyr Zelensky'] }],
  },
  {
    text: 'Ministers signed nine agreements, and officials announced a joint fund.',
    ref: '2024-05-13',
    expect: [
      { kind: 'signing', trigger: 'signed' },
      { kind: 'announcement', trigger: 'announced' },
    ],
  },
  {
    text: 'The tribunal’s arrest warrant against the colonel dates from March.',
    ref: '2024-05-13',
    expect: [{ kind: 'warrant', trigger: 'arrest warrant', date: '2024-03' }],
  },
  {
    text: 'The agency launched a weather satellite from the island of Tanegashima.',
    ref: '2024-05-13',
    expect: [{ kind: 'launch', trigger: 'launched' }],
  },
  {
    text: 'A welcome ceremony was followed by a news conference.',
    ref: '2024-05-13',
    expect: [
      { kind: 'ceremony', trigger: 'ceremony' },
      { kind: 'press-conference', trigger: 'news conference' },
    ],
  },
  {
    text: 'President Yoon Suk Yeol sat down with President Joe Biden at Camp David.',
    ref: '2024-05-13',
    expect: [{ kind: 'meeting', trigger: 'sat down with', parties: ['Yoon Suk Yeol', 'Joe Biden'], place: 'Camp David' }],
  },
  {
    text: 'A formal sit-down is planned for the morning, followed by negotiations on tariffs.',
    ref: '2024-05-13',
    expect: [
      { kind: 'meeting', trigger: 'sit-down', modality: 'scheduled', style: 'formal' },
      { kind: 'talks', trigger: 'negotiations' },
    ],
  },
  // adjacent triggers are one event: "summit talks"; a bilateral meeting is one-on-one
  {
    text: 'The summit talks took place at the Grand Hyatt Hotel in Jakarta.',
    ref: '2024-05-13',
    expect: [{ kind: 'talks', trigger: 'talks', place: 'Grand Hyatt Hotel' }],
  },
  {
    text: 'President Alexander Lukashenko and President Vladimir Putin held talks at the Kremlin.',
    ref: '2024-05-13',
    expect: [{ kind: 'talks', trigger: 'talks', parties: ['Alexander Lukashenko', 'Vladimir Putin'], place: 'Kremlin' }],
  },
  {
    text: 'Their bilateral meeting is due to start at noon.',
    ref: '2024-05-13',
    expect: [{ kind: 'one-on-one', trigger: 'bilateral meeting', modality: 'scheduled', scope: 'bilateral' }],
  },
  // dates a trigger does not take (NOT_DATE_TARGET), and which trigger a date goes to
  {
    text: 'Following the summit, Chancellor Olaf Scholz travels on to Hanoi on the 14th.',
    ref: '2024-06-10',
    expect: [{ kind: 'summit', trigger: 'summit', date: null }],
  },
  {
    text: 'The foreign ministers met on Monday and Tuesday before announcing a ceasefire at the summit.',
    ref: '2024-06-12',
    expect: [{ kind: 'meeting', trigger: 'met', date: '2024-06-10' }, { kind: 'summit', trigger: 'summit', date: null }],
  },
  {
    text: 'On March 3, after months of preparation, the Orbán-Fico summit finally took place in Bratislava.',
    ref: '2024-03-20',
    expect: [{ kind: 'summit', trigger: 'summit', date: '2024-03-03' }],
  },
  {
    text: 'The king flew out of Nairobi on Saturday after a four-day state visit.',
    ref: '2024-06-10',
    expect: [{ kind: 'departure', trigger: 'flew out', date: '2024-06-08' }, { kind: 'visit', trigger: 'visit', date: null }],
  },
  {
    text: 'The envoy returned home on Sunday from a week-long visit during which the two sides signed a fisheries pact.',
    ref: '2024-06-10',
    expect: [{ kind: 'visit', trigger: 'visit', date: null }, { kind: 'signing', trigger: 'signed', date: null }],
  },
  {
    text: 'It was the governor\u2019s third visit to Lagos since taking office in 2019.',
    ref: '2024-06-10',
    expect: [{ kind: 'visit', trigger: 'visit', date: null }],
  },
  {
    text: 'Exports to Chile jumped in April after the trade visit.',
    ref: '2024-06-10',
    expect: [{ kind: 'visit', trigger: 'visit', date: '2024-04' }],
  },
  {
    text: "Relations froze after the minister's visit to Taipei in May 2021.",
    ref: '2024-07-10',
    expect: [{ kind: 'visit', trigger: 'visit', date: '2021-05' }],
  },
  {
    text: 'Delegates gathered in Nairobi on Sunday, a prelude to the climate summit.',
    ref: '2024-09-03',
    expect: [{ kind: 'summit', trigger: 'summit', date: null }],
  },
  {
    text: 'The gathering of Nordic prime ministers, their first since the election, will open in Reykjavik on Monday.',
    ref: '2024-10-30',
    expect: [],
  },
  {
    text: 'The summit of the Pacific island nations, delayed twice by storms and a dispute over the venue, will open in Nukualofa on Monday.',
    ref: '2024-08-21',
    expect: [{ kind: 'summit-open', trigger: 'summit', phase: 'opening', date: '2024-08-26' }],
  },
  {
    text: 'The trade conference will be hosted from Monday, May 20, in Geneva.',
    ref: '2024-05-14',
    expect: [{ kind: 'summit-open', trigger: 'conference', phase: 'opening', date: '2024-05-20' }],
  },
  {
    text: 'The Mekong summit kickedoff in Vientiane on Thursday.',
    ref: '2024-05-17',
    expect: [{ kind: 'summit-open', trigger: 'summit', phase: 'opening', date: '2024-05-16' }],
  },
  // foundings: the organization founded, named before the verb or the antecedent of "it" / "the alliance"
  {
    text: 'The Shanghai Cooperation Organisation was established in 2001 by six states.',
    ref: '2024-07-03',
    expect: [{ kind: 'founding', trigger: 'was established', founded: 'Shanghai Cooperation Organisation', date: '2001' }],
  },
  {
    text: 'Leaders of the Association of Southeast Asian Nations met in Vientiane. The group was originally set up in 1967 by five countries.',
    ref: '2024-10-09',
    expect: [{ kind: 'meeting', trigger: 'met' }, { kind: 'founding', trigger: 'was originally set up', founded: 'Association of Southeast Asian Nations', date: '1967' }],
  },
  {
    text: 'The satellite was launched in 2019 from French Guiana.',
    ref: '2024-10-09',
    expect: [{ kind: 'founding', trigger: 'was launched', founded: null, date: '2019' }],
  },
  {
    // the travel verb governs the date; the summit is what he came for
    text: 'President Yoon Suk Yeol arrived in Vilnius for the NATO summit on Monday evening.',
    ref: '2024-07-10',
    expect: [{ kind: 'arrival', trigger: 'arrived', date: '2024-07-08' }, { kind: 'summit', trigger: 'summit', date: null }],
  },
  {
    // the metadata header line before the lead sentence: its date is the file's, not the meeting's
    text: 'date 2024-04-09 Prime Minister Fumio Kishida met President Joe Biden in Washington.',
    ref: '2024-04-09',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Fumio Kishida', 'Joe Biden'], date: null }],
  },
  // dates carried from beyond the clause (CARRIED_DATES)
  {
    text: 'Prime Minister Luc Frieden spoke at a news conference on Friday, after a summit with President Gitanas Nausėda.',
    ref: '2024-06-16',
    expect: [{ kind: 'press-conference', trigger: 'news conference', date: '2024-06-14' }, { kind: 'summit', trigger: 'summit', date: '2024-06-14' }],
  },
  {
    text: 'The premier addressed reporters at a press briefing on Monday, shortly after the cabinet meeting ended.',
    ref: '2024-06-12',
    expect: [{ kind: 'press-conference', trigger: 'press briefing', date: '2024-06-10' }, { kind: 'meeting', trigger: 'meeting', date: '2024-06-10' }],
  },
  {
    // negative: the conference and the summit are in different sentences
    text: 'The minister held a news conference on Friday. After the summit, she flew home.',
    ref: '2024-06-16',
    expect: [{ kind: 'press-conference', trigger: 'news conference', date: '2024-06-14' }, { kind: 'summit', trigger: 'summit', date: null }, { kind: 'departure', trigger: 'flew home', date: null }],
  },
  {
    text: 'Chancellor Karl Nehammer urged calm on Thursday, June 6. He was speaking at the Danube security forum.',
    ref: '2024-06-08',
    expect: [{ kind: 'forum', trigger: 'forum', date: '2024-06-06' }],
  },
  {
    // negatives: a sentence that does not go on speaking, and one in a new paragraph, carry no day
    text: 'Chancellor Karl Nehammer urged calm on Thursday. He has often spoken at the Danube security forum.',
    ref: '2024-06-08',
    expect: [{ kind: 'forum', trigger: 'forum', date: null }],
  },
  {
    text: 'Chancellor Karl Nehammer urged calm on Thursday.\nHe was speaking at the Danube security forum.',
    ref: '2024-06-08',
    expect: [{ kind: 'forum', trigger: 'forum', date: null }],
  },
  // an event named again: "the event" takes the kind of the gathering before it
  {
    text: 'Chancellor Olaf Scholz missed a trade forum in Nairobi. The presidents of Kenya and Ghana both spoke at the event on Monday.',
    ref: '2024-06-12',
    expect: [{ kind: 'forum', trigger: 'forum', date: null }, { kind: 'forum', trigger: 'event', date: '2024-06-10' }],
  },
  {
    // negative: a signing is no gathering "the event" can name back to
    text: 'The minister signed the accord in May. She called the event historic.',
    ref: '2024-06-12',
    expect: [{ kind: 'signing', trigger: 'signed', date: '2024-05' }],
  },
  {
    text: 'On Thursday at the congress, Ruto will speak after Lula opens it. The two will hold talks later that day.',
    ref: '2024-06-11',
    expect: [{ kind: 'summit-open', trigger: 'congress', date: '2024-06-13' }, { kind: 'talks', trigger: 'talks', date: '2024-06-13', modality: 'scheduled' }],
  },
  {
    text: 'President Gabriel Boric landed in Lima on Monday. He met President Dina Boluarte the same day.',
    ref: '2024-06-12',
    expect: [{ kind: 'arrival', trigger: 'landed', date: '2024-06-10' }, { kind: 'meeting', trigger: 'met', date: '2024-06-10' }],
  },
  {
    // negative: no day in the sentences before
    text: 'The ministers will hold talks later that day.',
    ref: '2024-06-12',
    expect: [{ kind: 'talks', trigger: 'talks', date: null }],
  },
  {
    text: 'Putin is expected to hold a meeting with Xi Jinping and attend the summit on Friday.',
    ref: '2024-06-12',
    expect: [{ kind: 'meeting', trigger: 'meeting', date: '2024-06-14', modality: 'expected' }, { kind: 'summit', trigger: 'summit', date: '2024-06-14' }],
  },
  {
    // negatives: "and" before a new subject, and a gathering with a date of its own, share nothing
    text: 'Ruto met Lula and the summit opened on Friday.',
    ref: '2024-06-12',
    expect: [{ kind: 'meeting', trigger: 'met', date: null }, { kind: 'summit-open', trigger: 'summit', date: '2024-06-07' }],
  },
  {
    text: 'The envoys held talks in March and signed the accord on Friday.',
    ref: '2024-06-12',
    expect: [{ kind: 'talks', trigger: 'talks', date: '2024-03' }, { kind: 'signing', trigger: 'signed', date: '2024-06-07' }],
  },
  // the lead of a dated wire story: its present-perfect news is of the dateline's day
  {
    text: 'QUITO, June 4. Colombian President Gustavo Petro has met Ecuador\u2019s leader for the first time.',
    ref: '2024-06-04',
    expect: [{ kind: 'meeting', trigger: 'met', date: '2024-06-04' }],
  },
  {
    // negative: a lead told in the simple past with a date of its own keeps its date
    text: 'LIMA, May 3 (Reuters) - President Gabriel Boric held talks with President Dina Boluarte in 2019.',
    ref: '2024-05-03',
    expect: [{ kind: 'talks', trigger: 'talks', date: '2019' }],
  },
  {
    // "Earlier," goes back on the day of the sentence before; with no sentence before, it dates nothing
    text: 'The ministers said on Monday the port would reopen. Earlier, Boric arrived in Lima to attend a trade forum.',
    ref: '2024-06-12',
    expect: [{ kind: 'arrival', trigger: 'arrived', date: '2024-06-10' }, { kind: 'forum', trigger: 'forum', date: null }],
  },
  {
    text: 'Earlier, Boric arrived in Lima. The ministers said on Monday the port would reopen.',
    ref: '2024-06-12',
    expect: [{ kind: 'arrival', trigger: 'arrived', date: null }],
  },
  // "the two presidents": the pair named just before
  {
    text: 'President Lula hosted President Xi Jinping at an informal dinner on Tuesday. The two presidents held formal talks on Wednesday in Brasilia.',
    ref: '2024-11-21',
    expect: [{ kind: 'dinner', trigger: 'dinner', date: '2024-11-19' }, { kind: 'talks', trigger: 'talks', parties: ['Lula', 'Xi Jinping'], date: '2024-11-20' }],
  },
  {
    // negatives: "the two leaders and" others is no pair again; with no pair before, nothing to take
    text: 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris. The two leaders and their ministers will hold talks with Spain on Friday.',
    ref: '2024-11-21',
    expect: [{ kind: 'meeting', trigger: 'met', parties: ['Olaf Scholz', 'Emmanuel Macron'] }, { kind: 'talks', trigger: 'talks', parties: ['Spain'] }],
  },
  {
    text: 'The two leaders held talks on Friday.',
    ref: '2024-11-21',
    expect: [{ kind: 'talks', trigger: 'talks', parties: [], date: '2024-11-15' }],
  },
  {
    // a host verb whose guest is hosted at a meal hosts the meal: no meeting of its own
    text: 'President Cyril Ramaphosa hosted President William Ruto and his wife at a state banquet on Friday.',
    ref: '2024-11-21',
    expect: [{ kind: 'dinner', trigger: 'banquet', date: '2024-11-15' }],
  },
  {
    // "states" here is a noun, no speech verb between the summit and its day
    text: 'The summit of the Andean states will open on Monday.',
    ref: '2024-06-05',
    expect: [{ kind: 'summit-open', trigger: 'summit', date: '2024-06-10' }],
  },
  {
    text: 'The Pacific forum opened on Monday and ran until Wednesday.',
    ref: '2024-06-14',
    expect: [{ kind: 'summit-open', trigger: 'forum', date: '2024-06-10' }, { kind: 'summit-close', trigger: 'forum', date: '2024-06-12', phase: 'closing' }],
  },
  {
    // negative: "until" in the clause of talks is no closing of the summit of another clause
    text: 'The summit opened on Monday; the talks went on until Friday.',
    ref: '2024-06-12',
    expect: [{ kind: 'summit-open', trigger: 'summit', date: '2024-06-10' }, { kind: 'talks', trigger: 'talks', date: null }],
  },
];

/** No event at all: a document of the event, an event noun as a name's part only, an unrelated verb. */
export const NEGATIVES: readonly string[] = [
  'In the event of a storm, the fair closes early.',
  'The event drew crowds on Monday.',
  'Exports showed signs of recovery in April.',
  'The summit declaration runs to forty pages.',
  'Analysts expect growth to slow next year.',
  'The ministry published its annual report on Tuesday.',
  'Forum organizers printed the programme.',
  'The proposal was met with scepticism by the opposition.',
  'The central bank welcomed the decision and received little criticism.',
];
