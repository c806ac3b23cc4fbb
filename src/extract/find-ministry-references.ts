import { entityId } from '../vocabulary/normalize-id';
import type { Role } from './find-people';
import { gazetteerIndex } from './gazetteer-index';
import type { GazetteerEntry } from './gazetteer';
import { overlaps, type Mention } from './mention';

// The portfolios a ministry and its minister are named by.
const PORTFOLIO = 'defen[cs]e|foreign|interior|finance|justice|health|economy';
// "the defence ministry", "The foreign ministry": a ministry named by its portfolio alone.
const BARE_MINISTRY = new RegExp(`(?<![\\p{L}’'])[Tt]he\\s+(${PORTFOLIO})\\s+ministry(?![\\p{L}])`, 'gu');
// "Defence Minister": the title of a portfolio's minister.
const MINISTER_OF = new RegExp(`^(${PORTFOLIO})\\s+minister$`, 'iu');

/**
 * A ministry named by its portfolio alone ("The defence ministry called the claim a provocation")
 * is the ministry of the one country whose minister of that portfolio the article names ("the
 * defence minister, Sergei Shoigu", of Russia). Left when the article names none, or ministers of
 * several countries.
 */
export function findMinistryReferences(
  text: string,
  known: readonly Mention[],
  roles: readonly Role[],
  gazetteer: readonly GazetteerEntry[],
): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(BARE_MINISTRY)) {
    const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
    if (known.some((m) => overlaps(m, span))) continue;
    const portfolio = portfolioWord(match[1]!);
    const countries = new Map(
      roles
        .filter((r) => r.affiliation?.kind === 'Country' && portfolioOf(r.title) === portfolio)
        .map((r) => [r.affiliation!.key, r.affiliation!]),
    );
    if (countries.size !== 1) continue;
    const [country] = countries.values();
    const ministry = knownMinistry(country!, portfolio, gazetteer);
    const name = ministry?.name ?? `${country!.name} ${portfolio} ministry`;
    found.push({
      ...span,
      kind: 'Organization',
      key: ministry?.id ?? entityId('Organization', name),
      name,
      confidence: 0.55,
      reason: `"${match[0]}" of the one country whose ${portfolio} minister the article names (${country!.name})`,
      details: { organizationType: 'government department' },
      ...(ministry ? { entry: ministry } : {}),
    });
  }
  return found;
}

/** The portfolio a minister's title names: "Defence Minister" → "defence". */
function portfolioOf(title: string): string | undefined {
  const word = MINISTER_OF.exec(title.trim())?.[1];
  return word ? portfolioWord(word) : undefined;
}

/** A portfolio's word in one spelling: "Defense" → "defence". */
function portfolioWord(word: string): string {
  return word.toLowerCase().replace('defense', 'defence');
}

/** The gazetteer's ministry of that country and portfolio ("Russian Defence Ministry"), if it has one. */
function knownMinistry(
  country: Mention,
  portfolio: string,
  gazetteer: readonly GazetteerEntry[],
): GazetteerEntry | undefined {
  const byName = gazetteerIndex(gazetteer).organizationByName;
  const adjectives = [country.name, ...(country.entry?.demonyms ?? [])];
  const portfolios =
    portfolio === 'defence' ? ['Defence', 'Defense'] : [portfolio[0]!.toUpperCase() + portfolio.slice(1)];
  for (const adjective of adjectives)
    for (const word of portfolios) {
      const entry = byName.get(`${adjective} ${word} Ministry`);
      if (entry) return entry;
    }
  return undefined;
}
