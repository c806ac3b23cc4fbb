/**
 * Titles that precede or follow a person's name in news ("Foreign Minister Sergey Lavrov",
 * "Dmitry Peskov, the Kremlin spokesman"). Longest first, so "Foreign Minister" wins over "Minister".
 */
export const TITLES = [
  'President',
  'Vice President',
  'Prime Minister',
  'Deputy Prime Minister',
  'Foreign Minister',
  'Deputy Foreign Minister',
  'Defense Minister',
  'Defence Minister',
  'Interior Minister',
  'Finance Minister',
  'Economy Minister',
  'Energy Minister',
  'Minister',
  'Secretary of State',
  'Defense Secretary',
  'Foreign Secretary',
  'Press Secretary',
  'Secretary-General',
  'Secretary General',
  'National Security Adviser',
  'Chancellor',
  'Ambassador',
  'Special Envoy',
  'special envoy',
  'Envoy',
  'envoy',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Senator',
  'Governor',
  'Mayor',
  'King',
  'Emir',
  'Crown Prince',
  'Chairman',
  'chairman',
  'Director',
  'director',
  'analyst',
  'Commander',
  'commander',
  'General',
  'adviser',
  'advisor',
  'aide',
  'negotiator',
  'diplomat',
  'counterpart',
  'leader',
  'minister',
  'president',
  'foreign minister',
  'councillor',
  'councilor',
  'professor',
  'Professor',
] as const;

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
  chancellor: ['Chancellor'],
};
