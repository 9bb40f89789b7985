// Nationality and regional adjectives beyond the generated country demonyms; city and subdivision names that are
// ordinary English words or personal names (never read as places on their own).

export const EXTRA_DEMONYMS = [
  'African', 'South African', 'North African', 'West African', 'East African', 'European', 'Asian', 'East Asian',
  'Southeast Asian', 'South Asian', 'Central Asian', 'Latin American', 'North American', 'South American', 'American',
  'Arab', 'Arabian', 'Middle Eastern', 'Far Eastern', 'Near Eastern', 'Western', 'Eastern', 'Soviet', 'Chinese', 'Russian', 'British', 'English',
  'Scottish', 'Welsh', 'Irish', 'Dutch', 'Emirati', 'Saudi', 'Iranian', 'Persian', 'Israeli', 'Palestinian', 'Kurdish',
  'Taiwanese', 'Hongkonger', 'Tibetan', 'Uyghur', 'Caribbean', 'Pacific', 'Atlantic', 'Arctic', 'Nordic', 'Baltic',
  'Balkan', 'Caucasian', 'Eurasian', 'Anglo', 'Sino', 'Indo', 'Afro', 'Euro', 'Brazilian', 'Indian', 'Korean',
  'Japanese', 'Ukrainian', 'Belarusian', 'Kyrgyz', 'Kazakh', 'Uzbek', 'Turkish', 'Ethiopian', 'Egyptian', 'Argentine',
  'Argentinian', 'Indonesian', 'Pakistani', 'Filipino', 'Philippine', 'Lao', 'Vietnamese', 'Thai', 'Hungarian', 'French', 'Italian',
  'German', 'Spanish', 'Portuguese', 'Mexican', 'Canadian', 'Australian', 'Angolan', 'Nigerian', 'Kenyan', 'Ghanaian',
  'Senegalese', 'Congolese', 'Algerian', 'Moroccan', 'Tunisian', 'Libyan', 'Sudanese', 'Syrian', 'Iraqi', 'Lebanese',
  'Jordanian', 'Yemeni', 'Omani', 'Qatari', 'Kuwaiti', 'Bahraini', 'Afghan', 'Bangladeshi', 'Sri Lankan', 'Nepali',
  'Mongolian', 'Polish', 'Czech', 'Slovak', 'Romanian', 'Bulgarian', 'Serbian', 'Croatian', 'Greek', 'Swedish',
  'Norwegian', 'Danish', 'Finnish', 'Swiss', 'Austrian', 'Belgian', 'Venezuelan', 'Colombian', 'Chilean', 'Peruvian',
  'Cuban', 'Bolivian', 'Uruguayan', 'Paraguayan', 'Ecuadorian', 'Zimbabwean', 'Zambian', 'Mozambican', 'Namibian',
  'Tanzanian', 'Ugandan', 'Rwandan', 'Malaysian', 'Singaporean', 'Burmese', 'Cambodian', 'Laotian', 'Georgian',
  'Armenian', 'Azerbaijani', 'Moldovan', 'Lithuanian', 'Latvian', 'Estonian', 'Muscovite', 'Kremlin-backed',
] as const;

export const CITY_STOPWORDS = [
  'Reading', 'Nice', 'Sale', 'Van', 'Mesa', 'Chandler', 'Stockton', 'Derby', 'Buffalo', 'Aurora', 'Columbus',
  'Constantine', 'Irvine', 'Batman', 'Laval', 'Natal', 'Serra', 'Sari', 'Aba', 'Kota', 'Yao', 'Teni', 'Singa',
  'Masina', 'Franca', 'Latina', 'Libertad', 'Soledad', 'Resistencia', 'Carrefour', 'Palma', 'Takeo', 'Gaya', 'Bello',
  'Jos', 'Guli', 'Korba', 'Victoria', 'Kingston', 'Hamilton', 'Santiago', 'Georgetown', 'Plano', 'Laredo', 'Mobile',
  'Durham', 'Lincoln', 'Jackson', 'Madison', 'Raleigh', 'Orlando', 'Austin', 'Charlotte', 'Florence', 'Marion',
  'Surrey', 'Richmond', 'Wuwei', 'Shengli', 'Xinyuan', 'Tongshan', 'Masan', 'Naha', 'Minna', 'Owo', 'Oyo', 'Iwo',
  'Ondo', 'Uyo', 'Ufa', 'Perm', 'Omaha', 'Toledo', 'Tampa', 'Cali', 'Safi', 'Qom', 'Suez', 'Sucre', 'Brest',
  'Warri', 'Enugu', 'Tanda', 'Tungi', 'Gumi', 'Aksu', 'Heze', 'Jixi', 'Linyi', 'Xico',
] as const;

/** Countries whose first-level subdivisions (states, provinces) are known by name in international news. */
export const SUBDIVISION_COUNTRIES = ['US', 'CA', 'AU', 'NZ', 'IN', 'CN', 'DE', 'ES', 'MX', 'BR', 'JP', 'NG', 'PK', 'ID', 'TR', 'ET', 'AR', 'AT', 'NL', 'BE', 'VN', 'CU'] as const;

/** Subdivision names that are ordinary words or common personal names. */
export const SUBDIVISION_STOPWORDS = [
  'Delta', 'Plateau', 'Rivers', 'Borders', 'Highland', 'Santa', 'Victoria', 'Georgia', 'Washington', 'Somali', 'Central',
  'Eastern', 'Western', 'Northern', 'Southern', 'North', 'South', 'East', 'West', 'Hidalgo', 'Guerrero', 'Morelos',
  'Nelson', 'Lagos', 'Niger', 'Mexico', 'Bolívar', 'Acre', 'Harari', 'Kano', 'Sara', 'Jaén', 'Salta', 'Enugu',
] as const;
