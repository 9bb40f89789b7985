// Places that the generated country and city lexicons do not hold: parts of the world, territories, bodies of
// water, and the everyday short names of countries and cities. World knowledge only.
import type { PlaceKind } from '../../core/types.js';

export interface PlaceEntry {
  readonly name: string;
  readonly kind: PlaceKind;
  readonly aliases: readonly string[];
}

export const REGIONS: readonly PlaceEntry[] = [
  ...['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania',
    'Antarctica', 'Eurasia', 'Middle East', 'Near East', 'Far East', 'Caribbean', 'Arctic',
    'Asia-Pacific', 'Indo-Pacific', 'Central Asia', 'East Asia', 'South Asia', 'Southeast Asia', 'West Asia',
    'Western Europe', 'Eastern Europe', 'Central Europe', 'Southern Europe', 'Northern Europe', 'Balkans', 'Baltics',
    'Caucasus', 'South Caucasus', 'Korea', 'Korean Peninsula', 'Balkan Peninsula', 'Arabian Peninsula', 'Sinai', 'Scandinavia', 'Nordics', 'Maghreb', 'Sahel', 'Horn of Africa', 'Sub-Saharan Africa',
    'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Central Africa', 'Gulf', 'Persian Gulf region',
    'Levant', 'Siberia', 'Soviet Union', 'USSR', 'West Bank', 'East Jerusalem', 'Golan Heights',
    'Crimea', 'Donbas', 'Donbass', 'Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia', 'Kashmir', 'Tibet', 'Xinjiang',
    'Inner Mongolia', 'Kurdistan', 'Chechnya', 'Transnistria', 'Abkhazia', 'South Ossetia', 'Nagorno-Karabakh',
    'Patagonia', 'Amazon', 'Mainland China', 'Hong Kong', 'Macau', 'Taiwan', 'Palestine', 'Western Sahara',
    'Northern Ireland', 'Scotland', 'Wales', 'England', 'Catalonia', 'Kaliningrad', 'Kurile Islands', 'Arctic region',
  ].map((name) => ({ name, kind: 'region' as const, aliases: [] as string[] })),
  { name: 'Gaza Strip', kind: 'region', aliases: ['Gaza'] },
  { name: 'Silicon Valley', kind: 'region', aliases: [] },
] as const;

/** Oceans, seas, straits and gulfs, with the short forms news writes ("the Pacific", "the Baltic"). */
export const WATERS: readonly PlaceEntry[] = [
  ['Pacific Ocean', 'Pacific'], ['Atlantic Ocean', 'Atlantic'], ['Indian Ocean'], ['Arctic Ocean'], ['Southern Ocean'],
  ['Baltic Sea', 'Baltic'], ['Black Sea'], ['Mediterranean Sea', 'Mediterranean'], ['Caspian Sea', 'Caspian'],
  ['Red Sea'], ['North Sea'], ['South China Sea'], ['East China Sea'], ['Yellow Sea'], ['Sea of Japan', 'East Sea'],
  ['Sea of Okhotsk'], ['Bering Sea'], ['Barents Sea'], ['Kara Sea'], ['Sea of Azov'], ['Arabian Sea'],
  ['Persian Gulf'], ['Gulf of Aden'], ['Gulf of Mexico'], ['Gulf of Oman'], ['Taiwan Strait'], ['Strait of Hormuz'],
  ['Bering Strait'], ['Strait of Malacca', 'Malacca Strait'], ['Bosphorus'], ['Suez Canal'], ['Panama Canal'],
  ['English Channel'], ['Bay of Bengal'],
].map(([name, ...aliases]) => ({ name: name!, kind: 'body-of-water' as const, aliases }));

/** Sea routes and historic corridors named as places. */
export const ROUTES: readonly PlaceEntry[] = [
  { name: 'Northern Sea Route', kind: 'other', aliases: ['NSR'] },
  { name: 'Silk Road', kind: 'other', aliases: [] },
  { name: 'Northwest Passage', kind: 'other', aliases: [] },
] as const;

/** Well-known venues of state visits and summits, with the short forms that name them. */
export const VENUES: readonly PlaceEntry[] = [
  { name: 'Great Hall of the People', kind: 'venue', aliases: ['Great Hall'] },
  { name: 'Diaoyutai State Guesthouse', kind: 'venue', aliases: ['Diaoyutai'] },
  { name: 'Zhongnanhai', kind: 'venue', aliases: [] },
  { name: 'Tiananmen Square', kind: 'venue', aliases: [] },
  { name: 'Red Square', kind: 'venue', aliases: [] },
  { name: 'Mar-a-Lago', kind: 'venue', aliases: [] },
  { name: 'Bocharov Ruchei', kind: 'venue', aliases: [] },
  { name: 'Novo-Ogaryovo', kind: 'venue', aliases: [] },
  { name: 'Panmunjom', kind: 'venue', aliases: [] },
  { name: 'Demilitarized Zone', kind: 'region', aliases: ['DMZ'] },
] as const;

/** Last words that make a capitalised phrase a body of water ("Arctic Ocean", "Strait of Hormuz"). */
export const WATER_HEADS = ['Ocean', 'Sea', 'Gulf', 'Bay', 'Strait', 'Straits', 'Channel', 'Lake', 'River', 'Canal', 'Lagoon', 'Sound'] as const;

/** Last words that make a capitalised phrase a venue ("Sandton Convention Centre", "Great Hall of the People"). */
export const VENUE_HEADS = [
  'Hall', 'Airport', 'Centre', 'Center', 'Palace', 'Stadium', 'Arena', 'Hotel', 'Estate', 'Square', 'Building',
  'Tower', 'Castle', 'Cathedral', 'Mosque', 'Temple', 'Basilica', 'Residence', 'Lodge', 'Manor', 'Villa', 'Resort',
  'Park', 'Garden', 'Gardens', 'Museum', 'Pavilion', 'Plaza', 'Terminal', 'Base', 'Station', 'Port', 'Harbour', 'Harbor',
  'Complex', 'Campus', 'Chateau', 'Château', 'Bridge', 'Gate', 'Monument', 'Memorial', 'Theatre', 'Theater',
  'Cosmodrome', 'Spaceport', 'Airfield', 'Airbase', 'Mausoleum', 'Mandapam', 'Bhavan', 'Bhawan', 'Shrine',
  'Guesthouse', 'Guest House', 'House', 'Room', 'Ballroom', 'Chamber', 'Club', 'Library', 'Zoo', 'Aquarium',
  'Hospital', 'Villa', 'Dacha', 'Mansion', 'Ranch', 'Farm',
] as const;
/** Lower-case venue words after a name ("the Filoli estate", "the Bocharov Ruchei residence"). */
export const VENUE_WORDS = [
  'estate', 'resort', 'palace', 'residence', 'ranch', 'compound', 'mansion', 'hotel', 'villa', 'castle', 'dacha',
  'convention centre', 'convention center', 'exhibition centre', 'exhibition center', 'conference centre',
  'conference center', 'international airport', 'airport', 'stadium', 'cosmodrome', 'spaceport', 'space centre',
  'space center', 'launch site', 'space launch facility', 'launch facility', 'air base', 'airbase', 'naval base',
  'military base', 'railway station', 'train station', 'country estate', 'memorial', 'mausoleum', 'guest house',
  'guesthouse', 'state guesthouse', 'hall', 'room', 'ballroom',
] as const;

/** Last words of other named places ("Northern Sea Route", "Sandton financial district" → other). */
export const OTHER_PLACE_HEADS = ['Route', 'Corridor', 'Pass', 'Area', 'Coast', 'Peninsula', 'Island', 'Islands', 'Valley', 'Desert', 'Mountains', 'Mountain', 'Province', 'Region', 'Oblast', 'Krai', 'District', 'County', 'Prefecture', 'Territory', 'Territories'] as const;
/** Lower-case words after a name that make it a place ("Sandton financial district", "Hebei province"). */
export const PLACE_WORDS = [
  'district', 'financial district', 'business district', 'suburb', 'neighbourhood', 'neighborhood', 'township',
  'province', 'state', 'county', 'city', 'town', 'village', 'prefecture', 'municipality', 'strait', 'straits',
] as const;

/** Everyday names of countries and cities that the generated lexicons spell otherwise. */
export const PLACE_ALIASES: readonly PlaceEntry[] = [
  { name: 'United States', kind: 'country', aliases: ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'] },
  { name: 'United Kingdom', kind: 'country', aliases: ['U.K.', 'UK', 'Britain', 'Great Britain'] },
  { name: 'United Arab Emirates', kind: 'country', aliases: ['UAE', 'U.A.E.'] },
  { name: 'China', kind: 'country', aliases: ['PRC', 'People’s Republic of China', "People's Republic of China"] },
  { name: 'Russia', kind: 'country', aliases: ['Russian Federation'] },
  { name: 'South Korea', kind: 'country', aliases: ['Republic of Korea', 'S. Korea'] },
  { name: 'North Korea', kind: 'country', aliases: ['DPRK', 'N. Korea'] },
  { name: 'Democratic Republic of the Congo', kind: 'country', aliases: ['DRC', 'DR Congo'] },
  { name: 'Czechia', kind: 'country', aliases: ['Czech Republic'] },
  { name: 'Türkiye', kind: 'country', aliases: ['Turkey', 'Turkiye'] },
  { name: 'Myanmar', kind: 'country', aliases: ['Burma'] },
  { name: 'Ivory Coast', kind: 'country', aliases: ['Côte d’Ivoire', "Côte d'Ivoire"] },
  { name: 'Netherlands', kind: 'country', aliases: ['Holland'] },
  { name: 'Vatican City', kind: 'country', aliases: ['Vatican', 'Holy See'] },
  { name: 'Washington D.C.', kind: 'city', aliases: ['Washington', 'Washington, D.C.', 'Washington DC', 'D.C.'] },
  { name: 'Kyiv', kind: 'city', aliases: ['Kiev'] },
  { name: 'The Hague', kind: 'city', aliases: [] },
  { name: 'New York', kind: 'city', aliases: ['New York City', 'NYC'] },
  { name: 'St Petersburg', kind: 'city', aliases: ['St. Petersburg', 'Saint Petersburg'] },
  { name: 'Beijing', kind: 'city', aliases: ['Peking'] },
  { name: 'Mumbai', kind: 'city', aliases: ['Bombay'] },
  { name: 'Kolkata', kind: 'city', aliases: ['Calcutta'] },
  { name: 'Chennai', kind: 'city', aliases: ['Madras'] },
  { name: 'Ho Chi Minh City', kind: 'city', aliases: ['Saigon'] },
  { name: 'Sochi', kind: 'city', aliases: [] },
  { name: 'Davos', kind: 'city', aliases: [] },
  { name: 'Camp David', kind: 'venue', aliases: [] },
] as const;

/** Collective political notions and peoples that look like names but are not entities. */
export const NON_ENTITIES = [
  'West', 'Western world', 'the West', 'Global South', 'Global North', 'East', 'North', 'South', 'Western', 'Eastern',
  'Northern', 'Southern', 'Free World', 'International Community', 'Third World', 'Axis', 'Allies', 'World Order',
  'Democrats', 'Republicans', 'Conservatives', 'Liberals', 'Communists', 'Palestinians', 'Israelis', 'Americans',
  'Europeans', 'Africans', 'Asians', 'Arabs', 'Jews', 'Muslims', 'Christians', 'Kurds', 'Uyghurs', 'Uighurs',
  'Internet', 'Earth', 'Moon', 'God', 'Parliament', 'Government', 'Cabinet', 'Administration', 'Ministry', 'Embassy',
] as const;

/** Lower-case words that stay part of a place's name after it ("the Amur region", "Sentosa island"). */
export const NAMED_PLACE_WORDS = ['region', 'island', 'islands', 'peninsula', 'oblast', 'krai', 'archipelago'] as const;

/** First words that make a capitalised phrase a venue ("Villa La Grange", "Palazzo Chigi", "Château de …"). */
export const VENUE_LEADS = ['Villa', 'Palazzo', 'Château', 'Chateau', 'Schloss', 'Castello', 'Castillo', 'Palacio', 'Palais', 'Quinta', 'Hacienda'] as const;
