/**
 * Made-up but pronounceable names. Every syllable is one consonant and one vowel, so a name
 * splits back into its syllables one way only: the encoding of a number as syllables gives
 * each number its own name, and the ids made from names never collide.
 */
const CONSONANTS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'h', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const SYLLABLES = CONSONANTS.flatMap((consonant) => VOWELS.map((vowel) => consonant + vowel));

/** The name of number `n` in `length` syllables, capitalized: 0 → "Baba". */
export function syllableName(n: number, length: number): string {
  if (n >= SYLLABLES.length ** length) throw new Error(`${n} does not fit in ${length} syllables`);
  let rest = n;
  let name = '';
  for (let i = 0; i < length; i += 1) {
    name += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export const FIRST_NAMES = [
  'Anna',
  'Boris',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hassan',
  'Irina',
  'Jonas',
  'Karim',
  'Laura',
  'Mikhail',
  'Nadia',
  'Omar',
  'Petra',
  'Rashid',
  'Sofia',
  'Tomas',
  'Vera',
];

export const TITLES = ['Foreign Minister', 'Defence Minister', 'President', 'Prime Minister', 'ambassador', 'envoy'];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The seed article's three main countries: the hubs most synthetic articles name. */
export const HUB_COUNTRIES = [
  { id: 'country:syria', name: 'Syria', aliases: ['Syrian'] },
  { id: 'country:russia', name: 'Russia', aliases: ['Russian Federation', 'Moscow'] },
  { id: 'country:united-states', name: 'United States', aliases: ['US', 'USA', 'Washington'] },
] as const;

export const OTHER_COUNTRIES = [
  'China',
  'France',
  'Germany',
  'Turkey',
  'Iran',
  'Israel',
  'Jordan',
  'Lebanon',
  'Iraq',
  'Egypt',
  'Vietnam',
  'Japan',
  'India',
  'Brazil',
  'Canada',
  'Italy',
  'Spain',
  'Poland',
  'Ukraine',
  'Qatar',
  'Kuwait',
  'Oman',
  'Norway',
  'Sweden',
  'Finland',
  'Greece',
  'Cyprus',
  'Algeria',
  'Tunisia',
  'Morocco',
];
