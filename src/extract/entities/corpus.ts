// Examples for the entity rules: a text, the names it must yield (type, name, kind, rule), and the words that
// must not become entities. Every rule in classify.ts / resolve.ts has at least one example here.
import type { EntityType, PlaceKind } from '../../core/types.js';

export interface Expect {
  type: EntityType;
  name: string;
  kind?: PlaceKind;
  rule?: string;
  /** a title the mention must carry */
  title?: string;
  canonical?: string;
}

export interface Example {
  text: string;
  expect: Expect[];
  /** names (as written) that must not be found as any entity */
  absent?: string[];
  /** lone words expected as weak person mentions (shown only when listed here) */
  weak?: string[];
}

const p = (name: string, rule?: string, title?: string): Expect => ({ type: 'person', name, ...(rule ? { rule } : {}), ...(title ? { title } : {}) });
const pl = (name: string, kind: PlaceKind, rule?: string): Expect => ({ type: 'place', name, kind, ...(rule ? { rule } : {}) });
const o = (name: string, rule?: string, canonical?: string): Expect => ({ type: 'organization', name, ...(rule ? { rule } : {}), ...(canonical ? { canonical } : {}) });

export const EXAMPLES: readonly Example[] = [
  // title + name, inside one capitalised run
  { text: 'Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing.', expect: [p('Xi Jinping', 'title-name', 'Chinese President'), p('Vladimir Putin', 'title-name'), pl('Beijing', 'city', 'gazetteer')], absent: ['Chinese', 'Russian'] },
  { text: 'Thai Prime Minister Paetongtarn Shinawatra and Philippine Foreign Secretary Enrique Manalo met in Bangkok.', expect: [p('Paetongtarn Shinawatra', 'title-name', 'Thai Prime Minister'), p('Enrique Manalo', 'title-name', 'Philippine Foreign Secretary'), pl('Bangkok', 'city', 'gazetteer')], absent: ['Philippine Foreign Secretary', 'Philippine'] },
  // the body whose office the title is, before the title: "Commission President", "Central Bank Governor"
  { text: 'On Friday, Commission President Lars Eklund and Central Bank Governor Ana Ruiz spoke in Oslo.', expect: [p('Lars Eklund', 'title-name', 'Commission President'), p('Ana Ruiz', 'title-name', 'Central Bank Governor'), pl('Oslo', 'city', 'gazetteer')], absent: ['Commission President Lars Eklund', 'Central Bank Governor Ana Ruiz'] },
  { text: 'Kenya hosted U.S. Secretary of State Marco Rubio.', expect: [p('Marco Rubio', 'title-name', 'U.S. Secretary of State'), pl('U.S.', 'country')] },
  { text: 'He met Saudi Crown Prince Mohammed bin Salman and, on Monday, Brazil’s former President Dilma Vana Rousseff.', expect: [p('Mohammed bin Salman', 'title-name'), p('Dilma Vana Rousseff', 'title-name')], absent: ['Saudi', 'Monday'] },
  { text: 'Guests included France’s former Prime Minister Jean-Marc Ayrault.', expect: [p('Jean-Marc Ayrault', 'title-name', 'France’s former Prime Minister'), pl('France', 'country')] },
  // titles with a portfolio ("of Natural Resources"), a possessive country, an organization, an honorific and initials
  { text: 'Kim held talks with Russian Minister of Natural Resources Alexander Kozlov at the station.', expect: [p('Alexander Kozlov', 'title-name', 'Russian Minister of Natural Resources')], absent: ['Natural Resources Alexander Kozlov', 'Natural Resources'] },
  { text: 'He met the Minister for Foreign Affairs Penny Wong and the Minister of Trade and Industry Piyush Goyal.', expect: [p('Penny Wong', 'title-name'), p('Piyush Goyal', 'title-name', 'Minister of Trade and Industry')], absent: ['Foreign Affairs Penny Wong', 'Industry Piyush Goyal'] },
  { text: 'Russia’s President Vladimir Putin spoke after India’s G20 Sherpa Amitabh Kant.', expect: [p('Vladimir Putin', 'title-name', 'Russia’s President'), p('Amitabh Kant', 'title-name', 'India’s G20 Sherpa'), pl('Russia', 'country'), pl('India', 'country')], absent: ['President Vladimir Putin', 'President', 'Sherpa Amitabh Kant'] },
  { text: 'Indian External Affairs Minister Dr. S. Jaishankar noted the progress.', expect: [p('S. Jaishankar', 'title-name')], absent: ['Dr. S. Jaishankar', 'External Affairs'] },
  // two people joined by "and" when a title stands on one side
  { text: 'Libyan commander Khalifa Haftar and Russian President Vladimir Putin toured a factory.', expect: [p('Khalifa Haftar', 'title-before'), p('Vladimir Putin', 'title-name', 'Russian President')], absent: ['President Vladimir Putin', 'Khalifa Haftar and Russian President Vladimir Putin'] },
  { text: 'Leader Kim and President Putin Tour a Factory\n\nRussian President Vladimir Putin showed the plant to Pyongyang’s leader Kim Jong Un.', expect: [p('Putin', 'known-name'), p('Kim', 'known-name')], absent: ['President', 'Leader'] },
  // title before the run, lower case, maybe with a comma
  { text: 'Kremlin spokesman Dmitry Peskov declined to comment.', expect: [p('Dmitry Peskov', 'title-before', 'Kremlin spokesman'), o('Kremlin', 'gazetteer')] },
  { text: 'The letter was delivered on his behalf by his trade minister, Wang Wentao.', expect: [p('Wang Wentao', 'title-before')] },
  { text: 'At the dock, Modi met Kenyan deputy president Kithure Kindiki.', expect: [p('Kithure Kindiki', 'title-before', 'Kenyan deputy president')], absent: ['Kenya'] },
  { text: 'The absence followed that of former foreign minister Qin Gang last month.', expect: [p('Qin Gang', 'title-before')] },
  // lists of leaders with their countries
  { text: 'Attending: Presidents Lula (Brazil), Xi Jinping (China), Cyril Ramaphosa (South Africa).', expect: [p('Lula', 'title-name'), p('Cyril Ramaphosa', 'name-paren-country'), p('Xi Jinping', 'name-paren-country'), pl('South Africa', 'country')] },
  // appositions
  { text: 'It went well, Irina Volkova, a political science lecturer at Russia’s Higher School of Economics, said by phone.', expect: [p('Irina Volkova', 'apposition-role'), o('Higher School of Economics', 'org-head'), pl('Russia', 'country')] },
  { text: 'Anna Reed, editor of Pekingology, a weekly newsletter on Chinese politics, saw no change.', expect: [p('Anna Reed', 'apposition-role'), o('Pekingology', 'apposition-org-noun')], absent: ['Chinese'] },
  // speech verbs and the words of personal names (first names and surnames; family names written first)
  { text: 'The meeting was productive, Lavrov said after the talks.', expect: [p('Lavrov', 'speech-verb')] },
  { text: 'The trip was praised by Yevgeny Prigozhin and his lieutenants.', expect: [p('Yevgeny Prigozhin', 'name-words')] },
  { text: 'The speech was read by Wang Wentao and answered by Choe Son Hui at a show on the Song Dynasty.', expect: [p('Wang Wentao', 'family-name-first'), p('Choe Son Hui', 'family-name-first')], absent: ['Song Dynasty', 'Song'] },
  { text: 'The statement on Growing Mutual Trust came after the Close Friendship Treaty and talks with Elmond Jiyane.', expect: [], absent: ['Growing Mutual Trust', 'Close Friendship Treaty', 'Elmond Jiyane'] },
  // names already known in the document: surnames, sentence starts, headlines
  { text: 'Putin Lands in China\n\nRussian President Vladimir Putin flew to China on Monday. Putin, looking tired, spoke briefly.', expect: [p('Putin', 'known-name'), p('Vladimir Putin', 'title-name'), pl('China', 'country')], absent: ['Lands'] },
  { text: 'Chinese Foreign Minister Wang Yi spoke. (See “CHINA HITS U.S. OVER WANG’S LATEST MOVE” 11 Jul 2023.)', expect: [p('Wang Yi', 'title-name'), pl('CHINA', 'country'), pl('U.S.', 'country')], absent: ['HITS', 'LATEST MOVE', 'OVER'] },
  // organizations: lexicon, heads, acronyms, outlets
  { text: 'The International Criminal Court (ICC) issued a warrant; China is not an ICC member.', expect: [o('International Criminal Court', 'gazetteer'), o('ICC', 'gazetteer', 'International Criminal Court')] },
  { text: 'Loans by the New Development Bank (NDB), widely known as the BRICS Bank, grew fast.', expect: [o('New Development Bank'), o('NDB'), o('BRICS Bank', 'org-head', 'New Development Bank')] },
  { text: 'The Brazilian Ministry of Foreign Affairs said 22 countries applied. Later the Ministry of Foreign Affairs confirmed it.', expect: [o('Brazilian Ministry of Foreign Affairs', 'org-head'), o('Ministry of Foreign Affairs', 'org-head', 'Brazilian Ministry of Foreign Affairs')] },
  { text: 'The New York Times called it a victory. The Times said the loans were large.', expect: [o('The New York Times', 'gazetteer'), o('The Times', 'the-media', 'The New York Times')] },
  { text: 'The summit was covered live, Azernews reports, citing the SABC.', expect: [o('Azernews', 'media-word'), o('SABC', 'gazetteer')] },
  { text: '(Bloomberg) -- The leaders met. Analysts at Mirae reported a rise, according to the SADTU union and Antiwar.com.', expect: [o('Bloomberg', 'gazetteer'), o('Mirae', 'reports'), o('SADTU', 'acronym'), o('Antiwar.com', 'web-domain')] },
  { text: 'He quoted the report of the Cctv and the China Global South Project.', expect: [o('Cctv', 'gazetteer', 'CCTV'), o('China Global South Project', 'org-head')] },
  { text: 'Washington has fully backed Israel, while the State Department and the White House stayed silent.', expect: [pl('Washington', 'city'), pl('Israel', 'country'), o('State Department'), o('White House')] },
  // places: kinds
  { text: 'They met in the Hall of Columns and later at Sheremetyevo International Airport.', expect: [pl('Hall of Columns', 'venue', 'venue-head'), pl('Sheremetyevo International Airport', 'venue', 'venue-head')] },
  { text: 'Erdogan invited countries to develop the Middle Corridor across the Laptev Sea.', expect: [pl('Middle Corridor', 'other', 'other-head'), pl('Laptev Sea', 'body-of-water', 'body-of-water-head')] },
  { text: 'Banks crowd Johannesburg’s glassy Sandton financial district.', expect: [pl('Johannesburg', 'city'), pl('Sandton', 'other', 'place-word')] },
  { text: 'The leaders dined at the Filoli estate near San Francisco.', expect: [pl('Filoli estate', 'venue', 'venue-word'), pl('San Francisco', 'city')] },
  { text: 'Washington criticised the Hague while the PRC (officially, the People’s Republic of China) kept silent.', expect: [pl('the Hague', 'city'), pl('PRC', 'country'), pl('People’s Republic of China', 'country')] },
  { text: 'He rarely leaves the former Soviet Union, given the tension over Taiwan and Gaza.', expect: [pl('Soviet Union', 'region'), pl('Taiwan', 'region'), pl('Gaza', 'region')] },
  { text: 'Ukraine and the International Criminal Court were cited; so were the European Union and the United States.', expect: [pl('Ukraine', 'country'), o('International Criminal Court'), pl('United States', 'country'), o('European Union')] },
  { text: 'WOODSIDE, California (AP) — The two leaders met.', expect: [pl('California', 'region'), o('AP', 'gazetteer')] },
  { text: 'Indian Prime Minister Narendra Modi met Ursula von der Leyen, the European Commission president.', expect: [p('Narendra Modi'), p('Ursula von der Leyen', 'apposition-role'), o('European Commission')] },
  { text: 'Russian President Vladimir Putin spoke; Vladimir is a city but not here.', expect: [p('Vladimir Putin')] },
  // venues by head or venue word; a clause after a comma is no apposition ("…, where he met")
  { text: 'Kim signed the book at the Vostochny Cosmodrome, where he met with Russia’s President Vladimir Putin.', expect: [pl('Vostochny Cosmodrome', 'venue', 'venue-head'), p('Vladimir Putin', 'title-name')], absent: ['Vostochny'] },
  { text: 'Putin arrived at the Vostochny space launch facility after a ceremony at the Khasan railway station.', expect: [pl('Vostochny space launch facility', 'venue', 'venue-word'), pl('Khasan railway station', 'venue', 'venue-word')] },
  { text: 'The two leaders met in Russia’s Far Eastern Amur Region and in the Western Cape Province.', expect: [pl('Amur Region', 'region', 'region-head'), pl('Western Cape Province', 'region', 'region-head')], absent: ['Far Eastern Amur Region', 'Far Eastern', 'Cape Province'] },
  { text: 'NATO’s next Summit will take place in Washington, D.C. in 2024.', expect: [pl('Washington', 'city'), pl('D.C.', 'city')], absent: [] },
  // towns: a town of the lexicon after "in"/"near", a name before ", <state or country>"; then the name alone
  { text: 'WOODSIDE, California (AP) — The two presidents lunched on the Filoli estate near Woodside on Wednesday.', expect: [pl('WOODSIDE', 'city', 'place-comma'), pl('Woodside', 'city', 'town'), pl('California', 'region')] },
  { text: 'Woodside Welcomes the Leaders\n\nThe talks in Woodside ended on Wednesday after four hours.', expect: [pl('Woodside', 'city', 'town'), pl('Woodside', 'city', 'known-place')] },
  { text: 'Biden, California Governor Gavin Newsom and Xi spoke; leaders from Japan, China and Russia listened. He replied in Mandarin.', expect: [p('Biden', 'leader-short-form'), p('Gavin Newsom', 'title-name'), pl('California', 'region')], absent: ['Mandarin'] },
  { text: 'The leaders took part in Summit talks and spoke in Independence Hall, then in Independence, calling for independence; the talks in Geneva ended.', expect: [pl('Geneva', 'city', 'town'), pl('Independence Hall', 'venue')], absent: ['Summit', 'Independence'] },
  // a sentence-case subheading and a byline read like running text; a title-case headline gives known names only
  { text: 'Biden holds talks with the president in Woodside\n\nby Bay City News Service\n\nThe Leaders Meet At Filoli Estate Near Woodside\n\nThe two leaders met on Wednesday for four hours.', expect: [pl('Woodside', 'city', 'town'), o('Bay City News Service', 'org-head'), pl('Woodside', 'city', 'known-place')], absent: ['Filoli Estate', 'Leaders Meet'] },
  { text: ' date 2023-10-17 Putin Arrives in Beijing\n\nRussian President Vladimir Putin arrived on Tuesday.', expect: [p('Putin', 'known-name'), pl('Beijing', 'city')], absent: ['Putin Arrives', 'Arrives'] },
  // platforms and companies: organizations, never people
  { text: 'A video shared on the Kremlin’s official Telegram channel showed the handshake; another ran on the ministry’s Rutube channel.', expect: [o('Telegram', 'gazetteer'), o('Rutube', 'platform'), o('Kremlin')], absent: [] },
  { text: 'Kant said in a post on X (formerly Twitter) that it was historic. Sharing a thread on X, the Prime Minister agreed.', expect: [o('X', 'platform'), o('Twitter', 'gazetteer', 'X')] },
  // a role after an organization noun makes a person ("the central bank governor")
  { text: 'Finance Minister Mehmet Simsek and Hafize Gaye Erkan, the central bank governor, will join the meetings.', expect: [p('Mehmet Simsek', 'title-name'), p('Hafize Gaye Erkan', 'apposition-role')] },
  // hyphenated pairs of known names; hyphen prefixes and modifier endings are words of their own
  { text: 'The India-Pakistan dispute and the Iran-Hezbollah link were raised by a Nairobi-based group and a then-Senate aide.', expect: [pl('India', 'country', 'hyphen-pair'), pl('Pakistan', 'country', 'hyphen-pair'), pl('Iran', 'country', 'hyphen-pair'), o('Hezbollah', 'hyphen-pair'), pl('Nairobi', 'city'), o('Senate', 'gazetteer')], absent: ['India-Pakistan', 'Nairobi-based', 'then-Senate'] },
  // a place and "City"; "Air" and a country; a sea route in lower case; a navy's fleet; a region word kept
  { text: 'Flights from Kuwait City on an Air Canada jet crossed the Barents Sea route, where Russia’s Baltic fleet patrols off the Kamchatka region.', expect: [pl('Kuwait City', 'city'), o('Air Canada'), pl('Barents Sea route', 'other', 'route-word'), o('Baltic fleet', 'fleet-word'), pl('Kamchatka region', 'region', 'place-word')], absent: ['Kuwait', 'Canada', 'Barents Sea', 'Kamchatka', 'Baltic'] },
  { text: 'Delegates stayed on Samosir island, in the Chiapas region.', expect: [pl('Samosir island', 'region', 'place-word'), pl('Chiapas region', 'region', 'place-word')], absent: ['Samosir', 'Chiapas'] },
  // venues named by a head word first or last, and the place they stand on
  { text: 'The dinner was held at Villa Pamphili, then at the Raffles Hotel on Orchard Island in the city.', expect: [pl('Villa Pamphili', 'venue', 'venue-lead'), pl('Raffles Hotel', 'venue', 'venue-head'), pl('Orchard Island', 'region', 'region-head')], absent: ['Raffles Hotel on Orchard Island'] },
  // a single word shaped like a venue's name, with no head word; common nouns of that shape and words the text also
  // writes in lower case are none
  { text: 'After the banquet the ministers toured the Sciencedrome and then the Oceanarium.', expect: [pl('Sciencedrome', 'venue', 'venue-shaped'), pl('Oceanarium', 'venue', 'venue-shaped')] },
  { text: 'Parliament backed a Moratorium on drilling. The Velodrome crowd cheered, as the velodrome was full.', expect: [], absent: ['Moratorium', 'Velodrome'] },
  // a nationality word before a region several countries share is part of the name; before a province it is not
  { text: 'Tankers hug the Canadian Arctic Coast, far from the Chinese Hainan Province.', expect: [pl('Canadian Arctic Coast', 'region', 'region-head'), pl('Hainan Province', 'region', 'region-head')], absent: ['Arctic Coast', 'Chinese Hainan Province'] },
  // organizations without a head word: a kind of organization right before or after the name, a known company or
  // outlet, a short form of an organization named in full earlier
  { text: 'The Danish shipping group Maersk Tankers cut costs, the daily Politiken wrote.', expect: [o('Maersk Tankers', 'org-kind-before'), o('Politiken', 'org-kind-before')] },
  { text: 'The Kathimerini newspaper and the Syriza party disagreed, while the group Ana Lima led the choir.', expect: [o('Kathimerini', 'org-kind-after'), o('Syriza', 'org-kind-after')], absent: ['Ana Lima'] },
  { text: 'Exports by Nokia rose after Toyota said it would invest. Visa rules were eased; Ford Nolan agreed.', expect: [o('Nokia', 'known-organization'), o('Toyota', 'known-organization')], absent: ['Visa', 'Ford'] },
  { text: 'Brokers at Lindqvist Securities cut Tarnby Holdings to sell. Later Tarnby fell again.', expect: [o('Lindqvist Securities', 'org-head'), o('Tarnby Holdings'), o('Tarnby', 'org-short-form', 'Tarnby Holdings')] },
  { text: 'Shares of Brandtvik Foods rose, Kessler Optik shares fell, and the group took a stake in Morvane Textiles; Kim shares this view. Rasmussen told Radio Nordlys radio so.', expect: [o('Brandtvik Foods', 'shares-of'), o('Kessler Optik', 'shares-of'), o('Morvane Textiles', 'shares-of'), o('Radio Nordlys', 'org-kind-after')], absent: ['Kim'] },
  // people by shape: an age between commas after a name, an initial before a surname
  { text: 'Okonkwo, 58, was re-elected; J. Adeyemi was out for 12. Lagos, 2024, was the venue. Nkosi, 250, was no age.', expect: [p('Okonkwo', 'age-apposition'), p('J. Adeyemi', 'initial-name'), pl('Lagos', 'city')], absent: ['Nkosi'] },
  // a surname of the personal-name lexicon alone in running text; not one the article writes in lower case
  { text: 'The accord pleased Gandhi. He then met Smith, whose trade as a smith was old.', expect: [p('Gandhi', 'surname-alone')], absent: ['Smith'] },
  // a well-known leader's short form alone, also at a sentence start; not a family name written first ("Moon"), not a
  // word the article writes in lower case
  { text: 'Sheinbaum flew to Ottawa, where Carney greeted Lula and Xi.', expect: [p('Sheinbaum', 'leader-short-form'), pl('Ottawa', 'city'), p('Carney', 'leader-short-form'), p('Lula', 'leader-short-form'), p('Xi', 'leader-short-form')] },
  { text: 'Moon rockets drew crowds. A truss bridge failed, and Truss stayed silent.', expect: [], absent: ['Moon', 'Truss'] },
  { text: 'The premier called on Emperor Naruhito and Empress Masako at the palace.', expect: [p('Naruhito', 'title-name', 'Emperor'), p('Masako', 'title-name', 'Empress')] },
  // a known organization after "of the" inside a run that ends like an event is itself
  { text: 'Members of the Pacific Islands Forum met in Apia.', expect: [o('Pacific Islands Forum', 'gazetteer'), pl('Apia', 'city')], absent: ['Members of the Pacific Islands Forum'] },
  // a lone word no rule types is a weak person mention, left for the other sources to confirm; not after an article
  // or a preposition of place, not a number word, not a word the article writes in lower case
  { text: 'The envoy met Tavita at the Harbourview in Lautoka. Sixteen envoys came.', expect: [p('Tavita', 'unknown-word')], absent: ['Harbourview', 'Sixteen'], weak: ['Tavita', 'Harbourview', 'Sixteen'] },
  // result and table lines of sports pages name teams; a national team keeps its country
  { text: 'Results on Saturday:\nHeerenveen 2 Breda 0\nHeerenveen 21 12 5 4 38 20 41\nNorway 1 Chile 1', expect: [o('Heerenveen', 'result-line'), o('Breda', 'result-line'), pl('Norway', 'country'), pl('Chile', 'country')] },
  // never organizations: a dateline's city, navigation words, emphasis in a shouted post, PM / FM in a headline
  { text: 'OSLO, May 9. /TASS/. The talks resumed.\n\nNEXT\n\nSHARE\n\nPM Greets FM At Airport\n\nHe posted: "They will LOSE this BADLY, WATCH!"', expect: [pl('OSLO', 'city'), o('TASS')], absent: ['LOSE', 'BADLY', 'WATCH', 'NEXT', 'SHARE', 'PM', 'FM'] },
  // a country's ministry in lower case; a ministry spokesperson is a description
  { text: 'India’s foreign ministry and the Japanese defence ministry protested; Germany’s foreign ministry spokesperson said nothing.', expect: [o('India’s foreign ministry', 'country-ministry', 'Indian Foreign Ministry'), o('Japanese defence ministry', 'country-ministry', 'Japanese Defence Ministry')], absent: ['Germany’s foreign ministry'] },
  { text: 'Pakistan’s foreign office and South Korea’s presidential office replied; the Indian external affairs ministry agreed. The office said more.', expect: [o('Pakistan’s foreign office', 'country-ministry', 'Pakistani Foreign Office'), o('South Korea’s presidential office', 'country-ministry', 'South Korean Presidential Office'), o('Indian external affairs ministry', 'country-ministry', 'Indian External Affairs Ministry')] },
  // possessive collective nouns inside names; a portfolio after "of" in a title is no organization
  { text: 'The Vietnam People’s Army paraded while Secretary of Treasury Scott Bessent watched.', expect: [o('Vietnam People’s Army', 'org-head'), p('Scott Bessent', 'title-name')], absent: ['People', 'Treasury'] },
  // agencies in a dateline after a date; a defined common noun and a version number are no organizations
  { text: 'Ankara, Mar 4 (ANSA) - The exclusive economic zone (EEZ) dispute grew. IE 11 is not supported.', expect: [o('ANSA')], absent: ['EEZ', 'IE'] },
  { text: 'Rome, 4 March (KUNA) - The talks resumed.', expect: [o('KUNA', 'acronym')] },
  // sentence openers that are participles or adverbs; a copyright line; a person object of "according to" apposition
  { text: 'Greeting Modi warmly, the host smiled. Separately, officials met. Diverging accounts followed.', expect: [p('Modi', 'leader-short-form')], absent: ['Greeting Modi', 'Separately', 'Diverging'] },
  { text: 'Written by Reuters Graphics All Rights Reserved on May 2, 2024', expect: [o('Reuters')], absent: ['Reuters Graphics All Rights Reserved'] },
  { text: 'The deal is done, said Lavrov, according to state news agency Interfax.', expect: [p('Lavrov', 'speech-verb'), o('Interfax')] },
  // a minor city that is a first name, alone in brackets, is no city; a bay area before a weekday
  { text: 'Kim invited [Vladimir] Putin to Pyongyang. Talks moved to the Tampa Bay Area on Friday.', expect: [pl('Pyongyang', 'city'), pl('Tampa Bay Area', 'region')], absent: ['Vladimir'] },
  // a surname written another way than the full name before it is that person
  { text: 'Libyan leader Muammar Gadhafi hosted the envoys. Then, Qaddafi left the tent.', expect: [p('Muammar Gadhafi', 'title-before'), p('Qaddafi', 'known-name-variant')] },
  // text glued by a scraper splits at the full stop; inner dots of abbreviations and domains stay
  { text: 'Senator Maria Okafor greeted President Joao Pires.Tomas Lindgren took the photo for Antiwar.com in the U.S. capital, then flew to St.Petersburg.', expect: [p('Joao Pires', 'title-name'), p('Tomas Lindgren'), pl('U.S.', 'country')], absent: ['Joao Pires.Tomas Lindgren', 'Petersburg'] },
  // an airline named by "Air" and a place; a place and the word City
  { text: 'He flew Air Nairobi to Lusaka, then on to Accra City.', expect: [o('Air Nairobi', 'airline'), pl('Lusaka', 'city'), pl('Accra City', 'city', 'place-city')] },
  // an acronym defined in brackets after a name; an agency in a dateline; a full name joined to a known person
  { text: 'The Tallis Policy Institute (TPI) agreed.\nLisbon (Kallos) -- Shares fell.\nQarlo Vendt and Vladimir Putin met.', expect: [o('Tallis Policy Institute', 'org-head'), o('TPI', 'acronym-definition', 'Tallis Policy Institute'), o('Kallos', 'dateline'), p('Qarlo Vendt', 'coordinated'), p('Vladimir Putin', 'leader-name')] },
  // names inside longer names
  { text: 'Envoys of the Democratic Republic of the Congo and of the People’s Republic of China met.', expect: [pl('Democratic Republic of the Congo', 'country'), pl('People’s Republic of China', 'country')], absent: ['Republic of Congo', 'Republic of China', 'Congo', 'China'] },
  // inside an event name its head is no place ("Silk Road" in "Digital Silk Road")
  { text: 'He praised the Digital Silk Road and the Northern Sea Route.', expect: [pl('Northern Sea Route', 'other')], absent: ['Silk Road'] },
  // a country's endonym that is an English word is no country
  { text: 'They met on Jeju Island in Korea.', expect: [pl('Korea', 'region')], absent: ['Iceland'] },
  // a one-word firm by its ending; two organization names joined by "and"
  { text: 'Austria’s Raiffeisenbank said shares of Nissan Motor Corp and Hitachi Corp fell.', expect: [o('Raiffeisenbank', 'company-word'), o('Nissan Motor Corp', 'org-head'), o('Hitachi Corp', 'org-head')], absent: ['Nissan Motor Corp and Hitachi Corp'] },
  // negatives: a currency prefix is no place, an ideology word is no place
  { text: 'The fund raised US$200 million and HK$5 billion for the secretive Communist state’s satellite program.', expect: [], absent: ['US', 'HK', 'Communist'] },
  // negatives: events, initiatives, demonyms, notions, headline case, cut-off words
  { text: 'Xi Jinping and Vladimir Putin Deepen Links at Belt and Road Forum', expect: [p('Xi Jinping', 'leader-name'), p('Vladimir Putin', 'leader-name')], absent: ['Vladimir Putin Deepen', 'Deepen Links', 'Belt and Road Forum', 'Road Forum'] },
  // full names with no title: well-known leaders, a word of the name used alone as a person, "and" with a person
  { text: 'Xi Jinping and Vladimir Putin held a meeting on Wednesday. KIM JONG-UN STAYS HOME', expect: [p('Xi Jinping', 'leader-name'), p('Vladimir Putin', 'leader-name'), p('KIM JONG-UN', 'leader-name')] },
  { text: 'The visit of Hakainde Hichilema went well. Hichilema said the deal was done.', expect: [p('Hakainde Hichilema', 'name-used-alone'), p('Hichilema', 'known-name')] },
  { text: 'Analysts said the talks failed, according to Goldman Sachs Analysts.', expect: [], absent: ['Analysts', 'Goldman Sachs Analysts', 'Goldman Sachs'] },
  { text: 'The talks between Vladimir Putin and Mehmet Simsek were brief.', expect: [p('Vladimir Putin', 'leader-name'), p('Mehmet Simsek')] },
  { text: 'The “One Belt, One Road” idea, also called Belt and Road Initiative (BRI), won praise. BRI loans grew.', expect: [], absent: ['One Road', 'Belt', 'Road', 'Belt and Road Initiative', 'BRI'] },
  { text: 'Its motto: ‘BRICS and Africa: Partnership for Shared Accelerated Growth, Lasting Development, and Inclusive Multilateralism’.', expect: [o('BRICS'), pl('Africa', 'region')], absent: ['Shared Accelerated Growth', 'Lasting Development', 'Inclusive Multilateralism', 'Partnership'] },
  { text: 'Western countries and the West resisted, while the Global South and the Palestinians watched; Chinese and Russian officials and Democrats in Congress disagreed.', expect: [o('Congress')], absent: ['Western', 'West', 'Global South', 'Palestinians', 'Chinese', 'Russian', 'Democrats'] },
  // inside an event or policy name, only lexicon names count ("China" in "One China Policy")
  { text: 'Since the COVID-19 pandemic, post-Cold War World Order looks shaky, and the “One China Policy” too.', expect: [pl('China', 'country')], absent: ['Cold War', 'World Order', 'One China Policy', 'COVID', 'COVID-19'] },
  { text: 'Deepening Trust and Collaboration\nEnergy Cooperation\nA Close Friendship', expect: [], absent: ['Deepening Trust', 'Collaboration', 'Energy Cooperation', 'A Close Friendship', 'Close Friendship'] },
  { text: 'TRENDPOST: It is worth noting the BRICS Leaders Retreat took place. Twenty-three countries applied. During the talks, However was not a name.', expect: [o('BRICS')], absent: ['TRENDPOST', 'Leaders Retreat', 'Twenty-three', 'During', 'However'] },
  { text: 'Twenty-three countries have applied, including Saudi Arabia, Iran, Argentina, Indonesi', expect: [pl('Saudi Arabia', 'country'), pl('Iran', 'country'), pl('Argentina', 'country')], absent: ['Indonesi'] },
  { text: 'There, he will meet President João Lou', expect: [], absent: ['João Lou', 'João'] },
  { text: 'Biden’s Press Secretary denounced the plan.', expect: [p('Biden', 'leader-short-form')], absent: ['Press Secretary'] },
];
