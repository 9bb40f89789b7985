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
  'Secretariat', 'Tank', 'Program', 'Programme',
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
