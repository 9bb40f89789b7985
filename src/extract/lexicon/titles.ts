// Titles and honorifics that stand before a person's name, and the role nouns of appositions.
// World knowledge only; matched case-insensitively as whole words ("foreign minister" = "Foreign Minister").

/** Title heads: the last word(s) of a title phrase ("Prime Minister", "spokesman"). Longest first is not required. */
export const TITLE_HEADS = [
  'president', 'presidents', 'vice president', 'vice-president', 'prime minister', 'prime ministers', 'premier', 'minister',
  'ministers', 'deputy minister', 'secretary', 'secretary-general', 'secretary general',
  'undersecretary', 'press secretary', 'chancellor', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'special envoy', 'governor', 'mayor', 'senator',
  'congressman', 'congresswoman', 'representative', 'king', 'queen', 'prince', 'crown prince', 'princess', 'emir', 'sheikh',
  'sultan', 'pope', 'supreme leader', 'leader', 'leaders', 'chief', 'head', 'director', 'director-general', 'director general',
  'commissioner', 'general', 'admiral', 'commander', 'colonel', 'lieutenant', 'captain', 'marshal', 'lawmaker', 'mp',
  'adviser', 'advisor', 'aide', 'deputy', 'professor', 'prof.', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'sir',
  'dame', 'lord', 'lady', 'ceo', 'founder', 'co-founder', 'chief executive', 'executive', 'economist', 'analyst',
  'strategist', 'correspondent', 'editor', 'judge', 'justice', 'prosecutor', 'attorney general', 'foreign minister',
  'defence minister', 'defense minister', 'finance minister', 'counterpart', 'counterparts', 'officer', 'official',
  'diplomat', 'delegate', 'speaker', 'dictator', 'tycoon', 'billionaire', 'activist', 'author', 'journalist', 'host',
  'sherpa', 'negotiator', 'envoys', 'emissary', 'czar', 'tsar', 'emperor', 'empress', 'grand duke', 'taoiseach',
] as const;

/** Words that may precede a title head inside a title phrase ("former", "vice", "acting", "deputy"). */
export const TITLE_MODIFIERS = [
  'former', 'ex', 'then', 'late', 'acting', 'interim', 'vice', 'deputy', 'assistant', 'first', 'senior', 'junior', 'chief',
  'top', 'outgoing', 'incoming', 'newly', 'elected', 'new', 'current', 'veteran', 'crown', 'supreme', 'grand', 'state',
  'foreign', 'defence', 'defense', 'finance', 'trade', 'commerce', 'interior', 'economy', 'energy', 'health', 'justice',
  'security', 'national', 'general', 'executive', 'press', 'news', 'opinion', 'managing', 'political', 'military',
  'mercenary', 'opposition', 'party', 'army', 'navy', 'intelligence', 'presidential', 'cabinet', 'government',
  'ministry', 'kremlin', 'white', 'house', 'foreign-policy', 'trade-policy', 'external', 'affairs', 'home', 'natural',
  'resources', 'economic', 'development', 'agriculture', 'education', 'environment', 'transport', 'culture',
  'labour', 'labor', 'science', 'technology', 'industry', 'tourism', 'emergency', 'situations', 'digital',
  'communications', 'petroleum', 'oil', 'climate', 'homeland', 'treasury', 'sports', 'railways',
] as const;

/** Portfolio words after "Minister of" / "Secretary for" ("Minister of Natural Resources", "Secretary of State",
 *  "Minister for Foreign Affairs"); with "and", "the", "&" between them. */
export const PORTFOLIO_WORDS = [
  'foreign', 'affairs', 'external', 'internal', 'home', 'state', 'defense', 'defence', 'finance', 'finances', 'trade',
  'industry', 'industries', 'commerce', 'economy', 'economic', 'development', 'energy', 'health', 'justice', 'interior',
  'education', 'agriculture', 'environment', 'natural', 'resources', 'transport', 'transportation', 'labour', 'labor',
  'culture', 'science', 'technology', 'information', 'communications', 'tourism', 'emergency', 'situations',
  'digital', 'housing', 'security', 'homeland', 'treasury', 'mines', 'mining', 'petroleum', 'oil', 'gas', 'water',
  'power', 'railways', 'civil', 'aviation', 'public', 'works', 'social', 'welfare', 'women', 'youth', 'sport', 'sports',
  'fisheries', 'forestry', 'planning', 'investment', 'international', 'cooperation', 'relations', 'ecology',
  'climate', 'change', 'veterans', 'immigration', 'budget', 'national', 'infrastructure', 'food', 'employment',
  'the', 'and', '&',
] as const;

/** Role nouns after a name in an apposition ("Mara Ilves, a trade economist"). */
export const PERSON_ROLES = [
  'professor', 'author', 'editor', 'analyst', 'economist', 'spokesman', 'spokeswoman', 'spokesperson', 'minister',
  'president', 'secretary', 'deputy', 'director', 'chief', 'head', 'founder', 'co-founder', 'ceo', 'chairman',
  'chairwoman', 'ambassador', 'envoy', 'adviser', 'advisor', 'aide', 'researcher', 'fellow', 'scholar', 'lecturer',
  'expert', 'official', 'diplomat', 'journalist', 'correspondent', 'reporter', 'commentator', 'columnist', 'writer',
  'historian', 'politician', 'lawmaker', 'senator', 'governor', 'mayor', 'general', 'commander', 'leader', 'member',
  'manager', 'strategist', 'partner', 'lawyer', 'attorney', 'judge', 'prosecutor', 'activist', 'businessman',
  'businesswoman', 'entrepreneur', 'investor', 'banker', 'host', 'co-host', 'son', 'daughter', 'wife', 'husband',
  'brother', 'sister', 'father', 'mother', 'candidate', 'negotiator', 'representative', 'officer', 'consultant',
] as const;

/** Speech and report verbs that make an unknown single capitalised word a person ("Xi said", "said Putin"). */
export const SPEECH_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'explained', 'explains',
  'argued', 'argues', 'asked', 'asks', 'replied', 'replies', 'warned', 'warns', 'insisted', 'insists', 'stressed',
  'stresses', 'urged', 'urges', 'claimed', 'claims', 'declared', 'declares', 'announced', 'announces', 'commented',
  'remarked', 'wrote', 'writes', 'tweeted', 'posted', 'recalled', 'acknowledged', 'admitted', 'emphasized',
  'emphasised', 'underlined', 'reiterated', 'praised', 'criticized', 'criticised', 'thanked', 'welcomed',
] as const;

/** Titles of a head of state or government (reconcile/leaders.ts reads titles with them; the event extractor finds
 *  leaders named by description with them: "the Kenyan president"). */
export const LEADER_TITLES = [
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'amir', 'sultan', 'crown prince',
  'supreme leader', 'head of state', 'head of government', 'taoiseach', 'emperor', 'grand duke',
] as const;
