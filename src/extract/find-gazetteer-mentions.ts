import type { GazetteerEntry } from './gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import type { Mention } from './mention';

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
 * `outlet`, the article's outlet when the gazetteer does not hold it, counts as one more base entry.
 */
export function findGazetteerMentions(
  text: string,
  entries: readonly GazetteerEntry[],
  outlet?: GazetteerEntry,
): Mention[] {
  const index = gazetteerIndex(entries);
  const mentions: Mention[] = [];
  for (const match of index.matches(text, outlet)) {
    const { start } = match;
    const span = { start, end: match.end, text: match.text };
    const { entry, via } = match.surface;
    const country = entry.capitalOf ? index.byId.get(entry.capitalOf) : undefined;
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
        reason: `"${match.text}", the capital, stands for ${country.name} (${originWords(country)})`,
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
      reason: `${via === 'name' ? 'name' : via} "${match.text}" of ${entry.name} (${originWords(entry)})`,
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
