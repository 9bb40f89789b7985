// Units of time and measure as news writes them: data only.

/** Duration words → the unit a figure keeps ("the unit the text uses") and a factor into it. */
export const DURATION_UNITS = {
  second: ['seconds', 1], seconds: ['seconds', 1], sec: ['seconds', 1], secs: ['seconds', 1],
  minute: ['minutes', 1], minutes: ['minutes', 1], min: ['minutes', 1], mins: ['minutes', 1],
  hour: ['hours', 1], hours: ['hours', 1], hr: ['hours', 1], hrs: ['hours', 1], h: ['hours', 1],
  day: ['days', 1], days: ['days', 1],
  week: ['weeks', 1], weeks: ['weeks', 1], wk: ['weeks', 1], wks: ['weeks', 1],
  month: ['months', 1], months: ['months', 1],
  year: ['years', 1], years: ['years', 1], yr: ['years', 1], yrs: ['years', 1],
  decade: ['years', 10], decades: ['years', 10],
  century: ['years', 100], centuries: ['years', 100],
} as const;

/** Measure words → unit code. Longer forms first in the regex built from these keys. */
export const QUANTITY_UNITS = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'mi', miles: 'mi', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  cm: 'cm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm',
  mm: 'mm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm',
  foot: 'ft', feet: 'ft', ft: 'ft', inch: 'in', inches: 'in',
  acre: 'acres', acres: 'acres', hectare: 'ha', hectares: 'ha', ha: 'ha',
  'square kilometres': 'km2', 'square kilometers': 'km2', 'square kilometre': 'km2', 'square kilometer': 'km2',
  'sq km': 'km2', km2: 'km2', 'km²': 'km2', 'square metres': 'm2', 'square meters': 'm2', 'square meter': 'm2',
  'square metre': 'm2', m2: 'm2', 'm²': 'm2', 'square miles': 'mi2', 'square mile': 'mi2',
  tonne: 't', tonnes: 't', ton: 't', tons: 't', 'metric tons': 't', 'metric ton': 't', 'metric tonnes': 't',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g',
  lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb', ounce: 'oz', ounces: 'oz', oz: 'oz',
  barrel: 'barrels', barrels: 'barrels', bbl: 'barrels', bpd: 'barrels/day', 'b/d': 'barrels/day',
  'cubic metres': 'm3', 'cubic meters': 'm3', 'cubic metre': 'm3', 'cubic meter': 'm3', m3: 'm3', 'm³': 'm3',
  bcm: 'bcm', 'cubic feet': 'ft3', 'cubic foot': 'ft3',
  gallon: 'gal', gallons: 'gal', litre: 'l', litres: 'l', liter: 'l', liters: 'l', ml: 'ml', millilitre: 'ml',
  milliliter: 'ml', millilitres: 'ml', milliliters: 'ml',
  megawatt: 'MW', megawatts: 'MW', mw: 'MW', gigawatt: 'GW', gigawatts: 'GW', gw: 'GW', kwh: 'kWh', twh: 'TWh',
  microgram: 'µg', micrograms: 'µg', microgramme: 'µg', microgrammes: 'µg', 'µg': 'µg', 'μg': 'µg', mcg: 'µg',
  milligram: 'mg', milligrams: 'mg', mg: 'mg',
  'degrees celsius': '°C', 'degree celsius': '°C', '°c': '°C', 'degrees fahrenheit': '°F', '°f': '°F',
  dm: 'dm', decimetre: 'dm', decimetres: 'dm', decimeter: 'dm', decimeters: 'dm',
  picometre: 'pm', picometres: 'pm', picometer: 'pm', picometers: 'pm',
  bit: 'bit', bits: 'bit', byte: 'B', bytes: 'B', kilobyte: 'kB', kilobytes: 'kB', kb: 'kB', megabyte: 'MB', megabytes: 'MB',
  mb: 'MB', megabit: 'Mb', megabits: 'Mb', gigabyte: 'GB', gigabytes: 'GB', gb: 'GB', terabyte: 'TB', terabytes: 'TB', tb: 'TB',
  m: 'm',
  mph: 'mph', 'miles an hour': 'mph', 'miles per hour': 'mph', 'km/h': 'km/h', kph: 'km/h', 'kilometres per hour': 'km/h',
  'kilometers per hour': 'km/h', 'km/hr': 'km/h', kmph: 'km/h', 'km per hour': 'km/h',
} as const;

/** Number-noun compounds that count ("an 11-nation bloc", "a 20-member council"). */
export const COUNT_COMPOUNDS = ['nation', 'country', 'member', 'state', 'party', 'seat', 'strong', 'person', 'man', 'team', 'city', 'point',
  'room', 'bedroom', 'storey', 'story', 'floor', 'bed', 'lane', 'car', 'vehicle', 'ship', 'vessel', 'page', 'gun', 'hole', 'vote'] as const;
