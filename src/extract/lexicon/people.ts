// Well-known leaders: heads of state and government of the G20 and other much-reported countries (recent and
// current, 2015 onwards), and the chiefs of the UN, EU, NATO, IMF, World Bank, WTO, WHO and African Union.
// World knowledge only. A name here is a person wherever it is written in full, with or without a title;
// variants are other spellings of the same full name. A leader's short form alone ("Modi", "Lula", "Xi") is a person
// too (gazetteer.ts `isLeaderShortForm`); other surnames alone are left to the evidence rules.

export interface LeaderEntry {
  readonly name: string;
  readonly variants: readonly string[];
}

const l = (name: string, ...variants: string[]): LeaderEntry => ({ name, variants });

export const WELL_KNOWN_LEADERS: readonly LeaderEntry[] = [
  // G20 members
  l('Joe Biden'), l('Kamala Harris'), l('Donald Trump'), l('Barack Obama'),
  l('Xi Jinping'), l('Li Qiang'), l('Li Keqiang'),
  l('Vladimir Putin'), l('Mikhail Mishustin'), l('Dmitry Medvedev'),
  l('Narendra Modi'), l('Droupadi Murmu'), l('Ram Nath Kovind'),
  l('Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva'), l('Jair Bolsonaro'),
  l('Cyril Ramaphosa'), l('Fumio Kishida'), l('Shigeru Ishiba'), l('Shinzo Abe'), l('Yoshihide Suga'),
  l('Rishi Sunak'), l('Keir Starmer'), l('Boris Johnson'), l('Liz Truss'),
  l('Emmanuel Macron'), l('Olaf Scholz'), l('Angela Merkel'), l('Friedrich Merz'), l('Frank-Walter Steinmeier'),
  l('Giorgia Meloni'), l('Sergio Mattarella'), l('Mario Draghi'), l('Justin Trudeau'), l('Mark Carney'),
  l('Anthony Albanese'), l('Scott Morrison'), l('Yoon Suk Yeol', 'Yoon Suk-yeol'), l('Lee Jae-myung', 'Lee Jae Myung'),
  l('Moon Jae-in', 'Moon Jae In'), l('Joko Widodo'), l('Prabowo Subianto'),
  l('Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Tayyip Erdogan', 'Tayyip Erdoğan'),
  l('Mohammed bin Salman', 'Mohammad bin Salman'), l('Salman bin Abdulaziz'),
  l('Alberto Fernández', 'Alberto Fernandez'), l('Javier Milei'),
  l('Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador'), l('Claudia Sheinbaum'),
  // international bodies
  l('António Guterres', 'Antonio Guterres'), l('Ursula von der Leyen'), l('Charles Michel'), l('António Costa', 'Antonio Costa'),
  l('Jens Stoltenberg'), l('Mark Rutte'), l('Kristalina Georgieva'), l('Ajay Banga'), l('David Malpass'),
  l('Ngozi Okonjo-Iweala'), l('Tedros Adhanom Ghebreyesus'), l('Moussa Faki Mahamat'), l('Rafael Grossi'),
  // other much-reported countries
  l('Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'), l('Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'),
  l('Alexander Lukashenko', 'Aleksandr Lukashenko'), l('Ebrahim Raisi'), l('Ali Khamenei'), l('Masoud Pezeshkian'),
  l('Benjamin Netanyahu'), l('Isaac Herzog'), l('Mahmoud Abbas'), l('Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi'),
  l('Shehbaz Sharif'), l('Imran Khan'), l('Sheikh Hasina'), l('Bola Tinubu'), l('Abiy Ahmed'), l('William Ruto'),
  l('Mohamed bin Zayed', 'Mohammed bin Zayed'), l('Tamim bin Hamad Al Thani'), l('Kassym-Jomart Tokayev'),
  l('Shavkat Mirziyoyev'), l('Ferdinand Marcos Jr.', 'Ferdinand Marcos'), l('Andrzej Duda'), l('Donald Tusk'),
  l('Pedro Sánchez', 'Pedro Sanchez'), l('Viktor Orbán', 'Viktor Orban'), l('Nicolás Maduro', 'Nicolas Maduro'),
  l('Miguel Díaz-Canel', 'Miguel Diaz-Canel'), l('Lee Hsien Loong'), l('Lawrence Wong'), l('Anwar Ibrahim'),
  l('Bashar al-Assad'), l('Aleksandar Vučić', 'Aleksandar Vucic'), l('Emmerson Mnangagwa'), l('Gabriel Boric'),
  l('Gustavo Petro'), l('Ilham Aliyev'), l('Nikol Pashinyan'), l('Tsai Ing-wen'), l('Lai Ching-te'),
  l('Gitanas Nausėda', 'Gitanas Nauseda'), l('Sauli Niinistö', 'Sauli Niinisto'), l('Ulf Kristersson'),
  l('Pham Minh Chinh'),
] as const;

/** Leaders known by a short form that is not the last word of their name: a nickname, or a family name written
 *  first ("Xi" of Xi Jinping). The last word of every other leader's name is its short form (gazetteer.ts). */
export const LEADER_SHORT_FORMS: Readonly<Record<string, string>> = {
  Lula: 'Luiz Inácio Lula da Silva', Xi: 'Xi Jinping', Yoon: 'Yoon Suk Yeol', Tsai: 'Tsai Ing-wen', Sisi: 'Abdel Fattah el-Sisi',
};

/** The most common family names of naming traditions that put the family name first (Chinese, Korean,
 *  Vietnamese): "Wang Wentao", "Choe Son Hui", "Pham Minh Chinh". A capitalised name of two or three words that
 *  starts with one is a person. Short forms that are common English words (He, Ma, Long) are left out. */
export const FAMILY_NAMES_FIRST = [
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Zhu', 'Gao', 'Lin',
  'Guo', 'Luo', 'Liang', 'Zheng', 'Xie', 'Tang', 'Feng', 'Dong', 'Xiao', 'Cheng', 'Cao', 'Yuan', 'Deng', 'Fu',
  'Shen', 'Zeng', 'Peng', 'Lu', 'Su', 'Jiang', 'Cai', 'Jia', 'Ding', 'Wei', 'Xue', 'Ye', 'Yan', 'Pan', 'Du', 'Dai',
  'Xia', 'Zhong', 'Tian', 'Ren', 'Fang', 'Shi', 'Yao', 'Liao', 'Zou', 'Xiong', 'Jin', 'Qin', 'Hao', 'Kong', 'Bai',
  'Cui', 'Kang', 'Mao', 'Qiu', 'Qian', 'Hou', 'Shao', 'Meng', 'Wan', 'Duan', 'Lei', 'Yin', 'Yi', 'Xi',
  'Kim', 'Lee', 'Park', 'Choi', 'Choe', 'Jung', 'Jeong', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Oh', 'Seo',
  'Kwon', 'Hwang', 'Ahn', 'Song', 'Ri', 'Pak', 'Ryu', 'Hong', 'Jeon', 'Moon', 'Yoo', 'Nam', 'Baek',
  'Nguyen', 'Tran', 'Pham', 'Hoang', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Ngo', 'Duong', 'Trinh',
] as const;

/** English short forms of first names → the full form ("Mike Pompeo" is "Michael Pompeo"). */
export const NICKNAMES: Readonly<Record<string, string>> = {
  mike: 'michael', mick: 'michael', mickey: 'michael', bill: 'william', billy: 'william', will: 'william',
  bob: 'robert', bobby: 'robert', rob: 'robert', jim: 'james', jimmy: 'james', tom: 'thomas', tommy: 'thomas',
  joe: 'joseph', dick: 'richard', rick: 'richard', ricky: 'richard', ted: 'edward', ed: 'edward', eddie: 'edward',
  chuck: 'charles', charlie: 'charles', dave: 'david', steve: 'steven', ben: 'benjamin', bibi: 'benjamin',
  alex: 'alexander', sasha: 'alexander', andy: 'andrew', tony: 'anthony', nick: 'nicholas', chris: 'christopher',
  matt: 'matthew', pat: 'patrick', pete: 'peter', sam: 'samuel', dan: 'daniel', danny: 'daniel', greg: 'gregory',
  jeff: 'jeffrey', jerry: 'gerald', larry: 'lawrence', ron: 'ronald', don: 'donald', ken: 'kenneth', tim: 'timothy',
  vlad: 'vladimir', liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', cathy: 'catherine', sue: 'susan',
  jenny: 'jennifer', meg: 'margaret', peggy: 'margaret', hillary: 'hillary', nancy: 'nancy', jack: 'john',
};
