// Well-known organizations: international bodies and groupings, government bodies, news agencies and outlets,
// armed and political movements. `aliases` are other names the same body goes by (acronyms included).
export interface OrgEntry {
  readonly name: string;
  readonly aliases: readonly string[];
}

export const INTERNATIONAL_ORGS: readonly OrgEntry[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'UN Security Council', aliases: ['United Nations Security Council', 'UNSC', 'U.N. Security Council'] },
  { name: 'UN General Assembly', aliases: ['United Nations General Assembly', 'UNGA', 'U.N. General Assembly'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'European Commission', aliases: [] },
  { name: 'European Parliament', aliases: [] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'Nato'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Court of Justice', aliases: ['ICJ'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'World Trade Organization', aliases: ['WTO'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC'] },
  { name: 'OPEC+', aliases: [] },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organization', 'SCO'] },
  { name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC'] },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'] },
  { name: 'Organisation for Economic Co-operation and Development', aliases: ['OECD'] },
  { name: 'Collective Security Treaty Organization', aliases: ['CSTO'] },
  { name: 'Eurasian Economic Union', aliases: ['EAEU'] },
  { name: 'Commonwealth of Independent States', aliases: ['CIS'] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'Organisation of Islamic Cooperation', aliases: ['OIC'] },
  { name: 'Southern African Development Community', aliases: ['SADC'] },
  { name: 'Economic Community of West African States', aliases: ['ECOWAS'] },
  { name: 'Mercosur', aliases: ['MERCOSUR'] },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'] },
  { name: 'Group of Twenty', aliases: ['G20', 'G-20'] },
  { name: 'Group of 77', aliases: ['G77', 'G-77'] },
  { name: 'BRICS', aliases: ['Brics'] },
  { name: 'New Development Bank', aliases: ['NDB'] },
  { name: 'Asian Infrastructure Investment Bank', aliases: ['AIIB'] },
  { name: 'Asian Development Bank', aliases: ['ADB'] },
  { name: 'International Energy Agency', aliases: ['IEA'] },
  { name: 'Quad', aliases: ['Quadrilateral Security Dialogue'] },
  { name: 'AUKUS', aliases: [] },
  { name: 'Red Cross', aliases: ['International Committee of the Red Cross', 'ICRC'] },
  { name: 'Interpol', aliases: [] },
] as const;

export const GOVERNMENT_BODIES: readonly OrgEntry[] = [
  { name: 'Kremlin', aliases: [] },
  { name: 'White House', aliases: [] },
  { name: 'State Department', aliases: ['U.S. State Department', 'US State Department', 'Department of State'] },
  { name: 'Pentagon', aliases: [] },
  { name: 'Congress', aliases: ['U.S. Congress', 'US Congress'] },
  { name: 'Senate', aliases: [] },
  { name: 'House of Representatives', aliases: [] },
  { name: 'Treasury', aliases: ['U.S. Treasury', 'Treasury Department'] },
  { name: 'Central Intelligence Agency', aliases: ['CIA'] },
  { name: 'Federal Bureau of Investigation', aliases: ['FBI'] },
  { name: 'Federal Reserve', aliases: ['Fed'] },
  { name: 'Duma', aliases: ['State Duma'] },
  { name: 'Federation Council', aliases: [] },
  { name: 'Communist Party of China', aliases: ['Chinese Communist Party', 'CCP', 'CPC'] },
  { name: 'People’s Liberation Army', aliases: ["People's Liberation Army", 'PLA'] },
  { name: 'National People’s Congress', aliases: ["National People's Congress", 'NPC'] },
  { name: 'Politburo', aliases: [] },
  { name: 'Downing Street', aliases: [] },
  { name: 'Élysée', aliases: ['Elysee', 'Élysée Palace', 'Elysee Palace'] },
  { name: 'Bundestag', aliases: [] },
  { name: 'Knesset', aliases: [] },
  { name: 'African National Congress', aliases: ['ANC'] },
  { name: 'Joint Chiefs of Staff', aliases: [] },
  { name: 'National Security Council', aliases: [] },
  { name: 'Supreme Court', aliases: [] },
  { name: 'Workers’ Party of Korea', aliases: ["Workers' Party of Korea"] },
  { name: 'Korean People’s Army', aliases: ["Korean People's Army", 'KPA'] },
  { name: 'Federal Security Service', aliases: ['FSB'] },
] as const;

export const MEDIA: readonly OrgEntry[] = [
  { name: 'Reuters', aliases: [] }, { name: 'Associated Press', aliases: ['AP'] },
  { name: 'Agence France-Presse', aliases: ['AFP'] }, { name: 'Bloomberg', aliases: [] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'] }, { name: 'TASS', aliases: ['Tass'] },
  { name: 'RIA Novosti', aliases: [] }, { name: 'Interfax', aliases: [] }, { name: 'Sputnik', aliases: [] },
  { name: 'RT', aliases: ['Russia Today'] }, { name: 'CCTV', aliases: ['China Central Television'] },
  { name: 'CGTN', aliases: [] }, { name: 'Global Times', aliases: [] }, { name: 'People’s Daily', aliases: ["People's Daily"] },
  { name: 'China Daily', aliases: [] }, { name: 'South China Morning Post', aliases: ['SCMP'] },
  { name: 'BBC', aliases: ['BBC News'] }, { name: 'CNN', aliases: [] }, { name: 'CNBC', aliases: [] },
  { name: 'ABC News', aliases: [] }, { name: 'CBS News', aliases: [] }, { name: 'NBC News', aliases: [] },
  { name: 'Fox News', aliases: [] }, { name: 'NPR', aliases: [] }, { name: 'Al Jazeera', aliases: [] },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'] }, { name: 'The Washington Post', aliases: ['Washington Post'] },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'] }, { name: 'Financial Times', aliases: ['FT'] },
  { name: 'The Guardian', aliases: [] }, { name: 'The Economist', aliases: [] }, { name: 'Politico', aliases: [] },
  { name: 'Axios', aliases: [] }, { name: 'Kyodo', aliases: ['Kyodo News'] }, { name: 'Yonhap', aliases: [] },
  { name: 'Nikkei', aliases: ['Nikkei Asia'] }, { name: 'Deutsche Welle', aliases: ['DW'] },
  { name: 'France 24', aliases: [] }, { name: 'Le Monde', aliases: [] }, { name: 'Der Spiegel', aliases: [] },
  { name: 'The Times of India', aliases: ['Times of India'] }, { name: 'The Hindu', aliases: [] },
  { name: 'Press Trust of India', aliases: ['PTI'] }, { name: 'ANI', aliases: [] }, { name: 'Anadolu', aliases: ['Anadolu Agency'] },
  { name: 'IRNA', aliases: [] }, { name: 'SABC', aliases: [] }, { name: 'News24', aliases: [] }, { name: 'IOL', aliases: [] },
  { name: 'Agência Brasil', aliases: ['Agencia Brasil'] }, { name: 'Folha de S.Paulo', aliases: [] }, { name: 'Kommersant', aliases: [] },
  { name: 'Izvestia', aliases: [] }, { name: 'Pravda', aliases: [] }, { name: 'Voice of America', aliases: ['VOA'] },
  { name: 'Radio Free Europe', aliases: ['RFE/RL'] }, { name: 'The Associated Press', aliases: [] },
  // agencies
  { name: 'EFE', aliases: [] }, { name: 'ANSA', aliases: [] }, { name: 'dpa', aliases: ['DPA', 'Deutsche Presse-Agentur'] },
  { name: 'Jiji Press', aliases: ['Jiji'] }, { name: 'Bernama', aliases: [] }, { name: 'Antara', aliases: [] },
  { name: 'Korean Central News Agency', aliases: ['KCNA'] }, { name: 'Ukrinform', aliases: [] }, { name: 'BelTA', aliases: [] },
  { name: 'Prensa Latina', aliases: [] }, { name: 'Saudi Press Agency', aliases: ['SPA'] }, { name: 'WAM', aliases: [] },
  { name: 'Tasnim', aliases: ['Tasnim News Agency'] }, { name: 'Fars News Agency', aliases: [] },
  { name: 'United Press International', aliases: ['UPI'] }, { name: 'European Pressphoto Agency', aliases: ['EPA'] },
  { name: 'Getty Images', aliases: [] }, { name: 'Visual China Group', aliases: ['VCG'] }, { name: 'Shutterstock', aliases: [] },
  // newspapers, magazines, broadcasters
  { name: 'The Straits Times', aliases: ['Straits Times'] }, { name: 'Channel NewsAsia', aliases: ['CNA'] },
  { name: 'The Asahi Shimbun', aliases: ['Asahi Shimbun', 'Asahi'] }, { name: 'The Yomiuri Shimbun', aliases: ['Yomiuri Shimbun', 'Yomiuri'] },
  { name: 'Mainichi Shimbun', aliases: ['Mainichi'] }, { name: 'NHK', aliases: [] }, { name: 'KBS', aliases: [] },
  { name: 'The Korea Herald', aliases: ['Korea Herald'] }, { name: 'The Korea Times', aliases: ['Korea Times'] },
  { name: 'JoongAng Ilbo', aliases: [] }, { name: 'Chosun Ilbo', aliases: [] }, { name: 'Rodong Sinmun', aliases: [] },
  { name: 'NK News', aliases: [] }, { name: 'Caixin', aliases: [] }, { name: 'Haaretz', aliases: [] },
  { name: 'The Times of Israel', aliases: ['Times of Israel'] }, { name: 'The Jerusalem Post', aliases: ['Jerusalem Post'] },
  { name: 'Le Figaro', aliases: [] }, { name: 'Libération', aliases: ['Liberation'] }, { name: 'La Repubblica', aliases: [] },
  { name: 'Corriere della Sera', aliases: [] }, { name: 'El País', aliases: ['El Pais'] }, { name: 'Die Welt', aliases: [] },
  { name: 'Die Zeit', aliases: [] }, { name: 'Süddeutsche Zeitung', aliases: ['Suddeutsche Zeitung'] },
  { name: 'Frankfurter Allgemeine Zeitung', aliases: ['FAZ'] }, { name: 'The Telegraph', aliases: ['Daily Telegraph'] },
  { name: 'The Independent', aliases: [] }, { name: 'Daily Mail', aliases: [] },
  { name: 'USA Today', aliases: [] }, { name: 'Los Angeles Times', aliases: ['LA Times'] },
  { name: 'Newsweek', aliases: [] }, { name: 'The Atlantic', aliases: [] }, { name: 'The Diplomat', aliases: [] }, { name: 'Forbes', aliases: [] },
  { name: 'Business Insider', aliases: [] }, { name: 'The Hill', aliases: [] },
  { name: 'HuffPost', aliases: ['Huffington Post'] }, { name: 'MSNBC', aliases: [] }, { name: 'PBS', aliases: [] },
  { name: 'Sky News', aliases: [] }, { name: 'ITV', aliases: [] }, { name: 'Euronews', aliases: [] },
  { name: 'Al Arabiya', aliases: [] }, { name: 'Arab News', aliases: [] }, { name: 'Gulf News', aliases: [] },
 { name: 'Hindustan Times', aliases: [] }, { name: 'The Indian Express', aliases: ['Indian Express'] },
  { name: 'Daily Maverick', aliases: [] }, { name: 'Mail & Guardian', aliases: [] }, { name: 'The Moscow Times', aliases: ['Moscow Times'] },
  { name: 'Novaya Gazeta', aliases: [] }, { name: 'Meduza', aliases: [] }, { name: 'Vedomosti', aliases: [] }, { name: 'RBC', aliases: [] },
  { name: 'Rossiyskaya Gazeta', aliases: [] }, { name: 'Komsomolskaya Pravda', aliases: [] }, { name: 'Radio Free Asia', aliases: ['RFA'] },
  { name: 'Xinhua Net', aliases: ['Xinhuanet'] }, { name: 'Phoenix TV', aliases: [] },
  { name: 'Rappler', aliases: [] }, { name: 'The Japan Times', aliases: ['Japan Times'] }, { name: 'Kyiv Independent', aliases: ['The Kyiv Independent'] },
] as const;

/** Well-known companies and online platforms that news about summits names ("the Kremlin's Telegram channel"). */
export const COMPANIES: readonly OrgEntry[] = [
  { name: 'Twitter', aliases: [] }, { name: 'Telegram', aliases: [] }, { name: 'Facebook', aliases: [] },
  { name: 'Instagram', aliases: [] }, { name: 'YouTube', aliases: [] }, { name: 'TikTok', aliases: [] },
  { name: 'WhatsApp', aliases: [] }, { name: 'WeChat', aliases: [] }, { name: 'Weibo', aliases: [] },
  { name: 'LinkedIn', aliases: [] }, { name: 'VKontakte', aliases: [] }, { name: 'Google', aliases: [] },
  { name: 'Microsoft', aliases: [] }, { name: 'Amazon.com', aliases: [] }, { name: 'OpenAI', aliases: [] },
  { name: 'Nvidia', aliases: ['NVIDIA'] }, { name: 'Huawei', aliases: [] }, { name: 'Alibaba', aliases: [] },
  { name: 'Tencent', aliases: [] }, { name: 'ByteDance', aliases: [] }, { name: 'Samsung', aliases: [] },
  { name: 'Tesla', aliases: [] }, { name: 'SpaceX', aliases: [] }, { name: 'Boeing', aliases: [] },
  { name: 'Airbus', aliases: [] }, { name: 'Gazprom', aliases: [] }, { name: 'Rosneft', aliases: [] },
  { name: 'Rosatom', aliases: [] }, { name: 'Roscosmos', aliases: [] }, { name: 'Saudi Aramco', aliases: ['Aramco'] },
  { name: 'Sinopec', aliases: [] }, { name: 'PetroChina', aliases: [] }, { name: 'Petrobras', aliases: [] },
  { name: 'Reliance Industries', aliases: [] }, { name: 'Tata Group', aliases: [] },
] as const;

/** Lower-case nouns after a name that make it a platform or outlet ("the Kremlin's Telegram channel",
 *  "his VK page"): the name is an organization. */
export const PLATFORM_NOUNS = ['channel', 'account', 'page', 'app', 'platform', 'feed', 'handle', 'messenger', 'profile', 'website', 'blog', 'podcast'] as const;

export const MOVEMENTS: readonly OrgEntry[] = [
  { name: 'Hamas', aliases: [] }, { name: 'Hezbollah', aliases: [] }, { name: 'Taliban', aliases: [] },
  { name: 'Houthis', aliases: ['Houthi'] }, { name: 'Islamic State', aliases: ['ISIS', 'ISIL'] },
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'Al-Qaeda'] }, { name: 'Wagner Group', aliases: ['Wagner'] },
  { name: 'Islamic Jihad', aliases: [] }, { name: 'Fatah', aliases: [] },
] as const;

/** Last words that make a capitalised phrase an organization ("Far Eastern Federal University"). */
export const ORG_HEADS = [
  'University', 'College', 'School', 'Academy', 'Institute', 'Institution', 'Ministry', 'Department', 'Bank', 'Court',
  'Commission', 'Committee', 'Council', 'Union', 'Agency', 'Association', 'Organization', 'Organisation', 'Federation',
  'Foundation', 'Fund', 'Corporation', 'Corp', 'Company', 'Group', 'Party', 'Parliament', 'Assembly', 'Congress',
  'Senate', 'Office', 'Bureau', 'Service', 'Services', 'Authority', 'Board', 'Project', 'Network',
  'Society', 'League', 'Alliance', 'Coalition', 'Movement', 'Front', 'Army', 'Navy', 'Forces', 'Guard', 'Police',
  'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Daily', 'News', 'Telegraph', 'Review', 'Press',
  'Television', 'Radio', 'Broadcasting', 'Airlines', 'Airways', 'Holdings', 'Inc', 'Ltd', 'LLC', 'Exchange',
  'Secretariat', 'Tank', 'Program', 'Programme', 'Fleet', 'Flotilla', 'Audio', 'Media', 'Magazine', 'Newspaper',
  'Airline', 'Railways', 'Motors', 'Industries', 'Technologies', 'Petroleum',
] as const;

/** Nouns that make a name in an apposition an organization ("Sinocism, a popular newsletter"). */
export const ORG_NOUNS = [
  'newsletter', 'newspaper', 'magazine', 'website', 'outlet', 'broadcaster', 'agency', 'company', 'firm', 'group',
  'bank', 'think tank', 'think-tank', 'organization', 'organisation', 'charity', 'party', 'movement', 'network',
  'channel', 'daily', 'weekly', 'publication', 'consultancy', 'startup', 'manufacturer', 'producer', 'lender', 'insurer',
  'conglomerate', 'militia', 'watchdog', 'institute', 'university', 'podcast-network',
] as const;

/** All-caps words that are not organizations. */
export const NON_ORG_ACRONYMS = [
  'CEO', 'CFO', 'COO', 'GDP', 'GNP', 'COVID', 'AIDS', 'HIV', 'TV', 'AM', 'PM', 'OK', 'ID', 'IT', 'AI', 'USD', 'EUR',
  'CNY', 'RUB', 'INR', 'BRL', 'ZAR', 'LIVE', 'VIDEO', 'STREAM', 'UPDATE', 'BREAKING', 'NEW', 'WATCH', 'READ', 'MORE',
  'FAQ', 'PDF', 'URL', 'HTML', 'DNA', 'LNG', 'BC', 'AD', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII',
  'VIP', 'PR', 'HQ', 'ETA', 'RSS', 'GMT', 'UTC', 'EST', 'PST', 'CET', 'SMS', 'KM', 'MW', 'GW', 'BPD', 'P.S.', 'PS',
  'OPINION', 'ANALYSIS', 'EDITORIAL', 'PHOTO', 'PHOTOS', 'GALLERY', 'NOTE', 'RELATED', 'SHARE', 'I',
] as const;

/** Portfolio words before "ministry" in "Russia's foreign ministry", "the Chinese defence ministry". */
export const MINISTRY_PORTFOLIOS = [
  'foreign', 'defence', 'defense', 'finance', 'trade', 'commerce', 'interior', 'economy', 'economic', 'development',
  'justice', 'energy', 'health', 'education', 'agriculture', 'culture', 'emergencies', 'emergency', 'transport',
  'industry', 'labour', 'labor', 'environment', 'information', 'communications', 'digital', 'home', 'science',
  'natural', 'resources', 'security', 'intelligence', 'tourism', 'sports', 'unification', 'commerce',
] as const;
