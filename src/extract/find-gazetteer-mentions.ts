import type { GazetteerEntry } from './gazetteer';
import { AFTER_WORD, alternation, BEFORE_WORD, type Mention } from './mention';

interface Surface {
  entry: GazetteerEntry;
  via: 'name' | 'alias' | 'demonym';
}

/** Words around a capital that make it stand for its government: "Moscow and Washington agreed". */
// "Has Moscow asked …?": a question's auxiliary before the capital makes it the subject.
const ACTOR_BEFORE =
  /(?:\bbetween|\band|\bby|\bwith|\bwhich|\b[Hh]as|\b[Hh]ave|\b[Dd]id|\b[Dd]oes|\b[Ww]ill|\b[Ww]ould|\b[Cc]an)\s+$/;
const ACTOR_AFTER =
  /^(?:’s|'s)?\s+(?:and\s+\p{Lu}|(?:has|have|had|is|was|will|would|can|could|must|should|said|says|wants?|accus(?:es|ed)|announc(?:es|ed)|agree[sd]|insist(?:s|ed)|den(?:ies|ied)|warn(?:s|ed)|also|reiterat(?:es|ed)|respond(?:s|ed)|reject(?:s|ed)|demand(?:s|ed)|expel(?:s|led)|retaliat(?:es|ed)|condemn(?:s|ed)|call(?:s|ed)|vow(?:s|ed)|threaten(?:s|ed)|refus(?:es|ed)|urg(?:es|ed)|summon(?:s|ed)|recall(?:s|ed)|sanction(?:s|ed)|welcom(?:es|ed)|hit\s+back|hits\s+back)\b)/u;

// A capital after a preposition of place is the city, whatever follows ("a spokesman in Seoul said").
const PLACE_BEFORE = /\b(?:in|at|from|to|into|near|outside|inside|left|leaving|visited|visiting|via|across)\s+$/;

/**
 * Finds the names, aliases and demonyms of known entities (the base gazetteer and the graph's
 * own entities) in the text. Matching is case-sensitive, so "US" is not "us"; a longer name wins
 * over a shorter one inside it. A capital used as an actor ("Moscow and Washington agreed",
 * "relations between Moscow and Washington") stands for its country, as news writes it.
 */
export function findGazetteerMentions(text: string, entries: readonly GazetteerEntry[]): Mention[] {
  const surfaces = surfaceIndex(entries);
  if (surfaces.size === 0) return [];
  const pattern = new RegExp(`${BEFORE_WORD}(?:${alternation(surfaces.keys())})${AFTER_WORD}`, 'gu');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const mentions: Mention[] = [];
  for (const match of text.matchAll(pattern)) {
    const surface = surfaces.get(match[0]);
    if (!surface) continue;
    const start = match.index;
    const span = { start, end: start + match[0].length, text: match[0] };
    const { entry, via } = surface;
    const country = entry.capitalOf ? byId.get(entry.capitalOf) : undefined;
    const before = text.slice(Math.max(0, start - 12), start);
    const actsAsGovernment =
      !PLACE_BEFORE.test(before) &&
      (ACTOR_BEFORE.test(before.slice(-10)) || ACTOR_AFTER.test(text.slice(span.end, span.end + 20)));
    if (country && actsAsGovernment) {
      mentions.push({
        ...span,
        kind: country.kind,
        key: country.id,
        name: country.name,
        confidence: 0.7,
        reason: `"${match[0]}", the capital, stands for ${country.name} (${originWords(country)})`,
        entry: country,
      });
      continue;
    }
    mentions.push({
      ...span,
      kind: entry.kind,
      key: entry.id,
      name: entry.name,
      confidence: via === 'name' ? 0.95 : via === 'alias' ? 0.9 : 0.8,
      reason: `${via === 'name' ? 'name' : via} "${match[0]}" of ${entry.name} (${originWords(entry)})`,
      entry,
      details: entry.placeType
        ? { placeType: entry.placeType }
        : entry.organizationType
          ? { organizationType: entry.organizationType }
          : undefined,
    });
  }
  return mentions;
}

function originWords(entry: GazetteerEntry): string {
  return entry.origin === 'graph' ? `already in the graph as ${entry.id}` : 'base gazetteer';
}

/**
 * Every surface form to its entry. The graph's entries come last so that they win: a name the
 * graph already knows links to that node. A surface claimed by two different entries of the same
 * origin is ambiguous and left out rather than guessed.
 */
function surfaceIndex(entries: readonly GazetteerEntry[]): Map<string, Surface> {
  const index = new Map<string, Surface>();
  const ambiguous = new Set<string>();
  const ordered = [...entries].sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'base' ? -1 : 1));
  for (const entry of ordered) {
    const forms: [string, Surface['via']][] = [
      [entry.name, 'name'],
      ...entry.aliases.map((alias): [string, Surface['via']] => [alias, 'alias']),
      ...entry.demonyms.map((demonym): [string, Surface['via']] => [demonym, 'demonym']),
    ];
    for (const [form, via] of forms) {
      if (form.trim().length < 2) continue;
      const existing = index.get(form);
      // A capital's name given as its country's alias ("Moscow" for Russia, as a curated article
      // may list it) stays the capital: the capital rule decides when it stands for the country.
      if (existing?.entry.capitalOf === entry.id && via === 'alias') continue;
      if (existing && existing.entry.id !== entry.id && existing.entry.origin === entry.origin) {
        ambiguous.add(form);
        continue;
      }
      if (!existing || existing.entry.origin === 'base' || existing.via !== 'name') index.set(form, { entry, via });
    }
  }
  for (const form of ambiguous) index.delete(form);
  return index;
}
