// Word classes the entity rules need: event heads, function words, name particles.

/** Last words that make a capitalised phrase an event, an initiative, a policy or a work — not an entity
 *  ("Belt and Road Forum", "Belt and Road Initiative", "One China Policy", "Cold War", "Leaders Retreat"). */
export const EVENT_HEADS = [
  'Forum', 'Forums', 'Summit', 'Summits', 'Initiative', 'Initiatives', 'Policy', 'Policies', 'War', 'Wars', 'Retreat',
  'Conference', 'Meeting', 'Meetings', 'Talks', 'Games', 'Olympics', 'Cup', 'Championship', 'Expo', 'Exhibition',
  'Pandemic', 'Agreement', 'Treaty', 'Accord', 'Accords', 'Declaration', 'Plan', 'Strategy', 'Doctrine', 'Act', 'Day',
  'Week', 'Festival', 'Award', 'Prize', 'Crisis', 'Revolution', 'Dialogue', 'Session', 'Sessions', 'Deal', 'Pact',
  'Protocol', 'Charter', 'Convention', 'Road', 'Belt', 'Ceremony', 'Visit', 'Trip', 'Tour', 'Year', 'Anniversary',
  'Era', 'Order', 'Report', 'Index', 'Act', 'Bill', 'Law', 'Reform', 'Reforms', 'Vision', 'Agenda', 'Framework',
  'Partnership', 'Cooperation', 'Development', 'Growth', 'Multilateralism', 'Operation', 'Offensive', 'Invasion',
  'Podcast', 'Show', 'Series', 'Book', 'Interest', 'Lineup', 'Blog', 'Stream', 'Dynasty', 'Empire',
] as const;

/** Capitalised function words that start sentences and headlines but never names. */
export const FUNCTION_WORDS = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on',
  'at', 'to', 'from', 'by', 'with', 'without', 'as', 'into', 'onto', 'over', 'under', 'after', 'before', 'during',
  'since', 'until', 'while', 'when', 'where', 'why', 'how', 'what', 'which', 'who', 'whom', 'whose', 'if', 'then',
  'than', 'though', 'although', 'because', 'despite', 'amid', 'among', 'between', 'about', 'above', 'below', 'across',
  'along', 'around', 'behind', 'beyond', 'near', 'via', 'per', 'against', 'toward', 'towards', 'upon', 'within',
  'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'him', 'them', 'us',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'no', 'yes', 'all', 'both', 'each', 'every', 'some', 'any', 'many',
  'most', 'more', 'much', 'few', 'other', 'another', 'such', 'only', 'also', 'even', 'just', 'still', 'however',
  'indeed', 'meanwhile', 'moreover', 'notably', 'instead', 'here', 'there', 'now', 'today', 'yesterday', 'tomorrow',
  'according', 'following', 'ahead', 'prior', 'unlike', 'like', 'besides', 'plus', 'once', 'again', 'almost', 'nearly',
  'among', 'amongst', 'whether', 'either', 'neither', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'mr', 'mrs', 'ms', 'dr', 'see', 'cf',
] as const;

/** Open-class words that start sentences and headlines ("Speaking …", "Published …", "Great …"): dropped only
 *  as the first word of a sentence, since inside one they can begin a name ("Great Hall of the People"). */
export const SENTENCE_START_WORDS = [
  'first', 'second', 'third', 'last', 'next', 'new', 'former', 'late', 'early', 'said', 'says', 'speaking', 'asked',
  'live', 'video', 'photo', 'picture', 'image', 'published', 'updated', 'share', 'read', 'watch', 'related',
  'latest', 'breaking', 'exclusive', 'opinion', 'analysis', 'courtesy', 'felicitations', 'congratulations', 'thanks',
  'welcome', 'dear', 'please', 'happy', 'good', 'great', 'big', 'follow', 'skip', 'click', 'subscribe', 'sign',
  'will', 'may', 'can', 'could', 'would', 'should', 'must', 'shall', 'might', 'do', 'does', 'did',
  'source', 'sources', 'credit', 'credits', 'caption', 'file', 'illustration', 'graphic', 'pictured', 'top', 'above',
  'earlier', 'later', 'previously', 'separately', 'additionally', 'overall', 'finally', 'meanwhile',
] as const;

/** Lower-case particles inside personal names ("Lula da Silva", "bin Salman", "von der Leyen"). */
export const NAME_PARTICLES = ['da', 'de', 'do', 'dos', 'das', 'di', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'bin', 'ibn', 'bint', 'al', 'el', 'abu', 'ben', 'dela', 'du'] as const;

/** Connectors allowed inside an organization or place name ("Great Hall of the People", "Ministry of Foreign Affairs"). */
export const NAME_CONNECTORS = ['of', 'the', 'for', 'and', 'on', 'de', 'du', 'des', 'la', 'le', '&'] as const;

/** Capitalised adjectives of ideology, faith and party that are never a name on their own ("the secretive
 *  Communist state", "a Republican senator"); inside a longer name they stay ("Communist Party of China"). */
export const ADJECTIVE_WORDS = [
  'Communist', 'Socialist', 'Capitalist', 'Marxist', 'Leninist', 'Maoist', 'Fascist', 'Nazi', 'Islamist', 'Jihadist',
  'Democratic', 'Republican', 'Progressive', 'Nationalist', 'Populist',
  'Islamic', 'Catholic', 'Orthodox', 'Protestant', 'Muslim', 'Christian', 'Jewish', 'Buddhist', 'Hindu', 'Sikh',
  'Sunni', 'Shia', 'Shiite', 'Zionist', 'Bolshevik', 'Soviet-era', 'Imperial', 'Federal', 'Royal', 'Olympic',
] as const;

/** Lower-case prefixes glued by a hyphen before a name ("then-President", "pro-Kremlin", "anti-NATO"). */
export const HYPHEN_PREFIXES = [
  'then', 'ex', 'pro', 'anti', 'non', 'post', 'pre', 'mid', 'neo', 'pan', 'trans', 'inter', 'intra', 'semi', 'quasi',
  'self', 'all', 'once', 'co', 'sub', 'super', 'ultra', 'cross',
] as const;

/** Lower-case endings glued by a hyphen after a name that make it a modifier ("Hague-based", "US-led",
 *  "Kremlin-backed", "Soviet-era", "Beijing-friendly"). */
export const HYPHEN_SUFFIXES = [
  'based', 'led', 'backed', 'born', 'owned', 'run', 'funded', 'made', 'style', 'era', 'linked', 'affiliated',
  'controlled', 'occupied', 'held', 'brokered', 'sponsored', 'friendly', 'centric', 'bound', 'wide', 'level', 'type',
  'like', 'leaning', 'aligned', 'allied', 'dominated', 'focused', 'oriented', 'registered', 'listed', 'headquartered',
  'installed', 'appointed', 'imposed', 'mediated', 'hosted', 'organised', 'organized', 'built', 'designed', 'produced',
  'supplied', 'sanctioned', 'approved', 'inspired', 'themed', 'specific', 'related', 'watchers', 'watcher', 'skeptic',
  'sceptic', 'hawk', 'hawks', 'bashing', 'baiting',
] as const;
