/**
 * Titles that precede or follow a person's name in news ("Foreign Minister Sergey Lavrov",
 * "Dmitry Peskov, the Kremlin spokesman"), each once, in its capitalised form: news writes a
 * title capitalised before a name and in lower case after it ("Jeremy Hunt, the foreign
 * secretary"), so every form is read (`TITLE_FORMS`).
 */
export const TITLES = [
  'President',
  'Vice President',
  'Prime Minister',
  'Deputy Prime Minister',
  'First Minister',
  'Premier',
  'Vice Premier',
  'Foreign Minister',
  'Deputy Foreign Minister',
  'Deputy Defence Minister',
  'Deputy Defense Minister',
  'Chief of the General Staff',
  'Defense Minister',
  'Defence Minister',
  'Interior Minister',
  'Finance Minister',
  'Economy Minister',
  'Energy Minister',
  'Trade Minister',
  'Justice Minister',
  'Health Minister',
  'Infrastructure Minister',
  'Agriculture Minister',
  'Education Minister',
  'Culture Minister',
  'Environment Minister',
  'Transport Minister',
  'Labour Minister',
  'Labor Minister',
  'Industry Minister',
  'Intelligence Minister',
  'Minister',
  'Secretary of State',
  'Defense Secretary',
  'Defence Secretary',
  'Foreign Secretary',
  'Home Secretary',
  'Health Secretary',
  'Press Secretary',
  'Cabinet Secretary',
  'Secretary-General',
  'Secretary General',
  'Attorney General',
  'Chief of Staff',
  'National Security Adviser',
  'National Security Advisor',
  'Chancellor',
  'Ambassador',
  'Special Envoy',
  'Envoy',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Senator',
  'Congressman',
  'Congresswoman',
  'Governor',
  'Mayor',
  'King',
  'Queen',
  'Emir',
  'Crown Prince',
  'Chairman',
  'Chairwoman',
  'Director',
  'Director General',
  'Director-General',
  'Analyst',
  'Commander',
  'General',
  'Adviser',
  'Advisor',
  'Aide',
  'Negotiator',
  'Diplomat',
  'Counterpart',
  'Leader',
  'Councillor',
  'Councilor',
  'Professor',
  'MP',
  'Commissioner',
  'High Representative',
  'Foreign Policy Chief',
  'Chief',
  'Founder',
  'Co-founder',
] as const;

// In lower case, "general" is an adjective, not a rank.
const CAPITALISED_ONLY = new Set<string>(['General']);

/** Every written form of the titles: as listed, in lower case, and capitalised word by word. */
export const TITLE_FORMS: readonly string[] = [
  ...new Set(
    TITLES.flatMap((title) =>
      CAPITALISED_ONLY.has(title) ? [title] : [title, title.toLowerCase(), normalizeTitle(title.toLowerCase())],
    ),
  ),
];

/** A title as stored on HOLDS_ROLE: capitalised words ("spokesman" → "Spokesman"). */
export function normalizeTitle(title: string): string {
  return title
    .split(/(\s+|-)/)
    .map((word) =>
      /^(?:of|for|to|the)$/i.test(word) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join('');
}

/** Whether a title word stands for the one named before it ("his US counterpart"). */
export function isRelativeTitle(title: string): boolean {
  return /^counterpart$/i.test(title);
}

/** Generic nouns that refer back to a titled person ("the Russian leader"). */
export const REFERRING_TITLES: Record<string, readonly string[]> = {
  leader: ['President', 'Prime Minister', 'Chancellor', 'King', 'Emir'],
  president: ['President'],
  'prime minister': ['Prime Minister'],
  'foreign minister': ['Foreign Minister'],
  minister: ['Foreign Minister', 'Defense Minister', 'Defence Minister', 'Minister', 'Prime Minister'],
  diplomat: ['Foreign Minister', 'Secretary of State', 'Ambassador', 'Special Envoy', 'Envoy'],
  'top diplomat': ['Foreign Minister', 'Secretary of State'],
  spokesman: ['Spokesman'],
  spokeswoman: ['Spokeswoman'],
  envoy: ['Special Envoy', 'Envoy'],
  'secretary of state': ['Secretary of State'],
  'foreign secretary': ['Foreign Secretary'],
  'home secretary': ['Home Secretary'],
  'defence secretary': ['Defence Secretary'],
  'defense secretary': ['Defense Secretary'],
  'defence minister': ['Defence Minister'],
  'defense minister': ['Defense Minister'],
  ambassador: ['Ambassador'],
  'secretary-general': ['Secretary-General'],
  chancellor: ['Chancellor'],
};

/**
 * Titles only one country's government uses in English-language news: "Foreign Secretary Boris
 * Johnson" holds a British post, "Secretary of State Mike Pompeo" an American one. Read only when
 * the article names that country, like a title's country taken from the graph.
 */
export const NATIONAL_TITLES: Readonly<Record<string, string>> = {
  'Foreign Secretary': 'country:united-kingdom',
  'Home Secretary': 'country:united-kingdom',
  'Health Secretary': 'country:united-kingdom',
  'Defence Secretary': 'country:united-kingdom',
  'Secretary of State': 'country:united-states',
  'Defense Secretary': 'country:united-states',
};
