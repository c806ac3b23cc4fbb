import { entityId } from '../vocabulary/normalize-id';
import { isTown, type GazetteerEntry } from './gazetteer';
import { gazetteerIndex, type GazetteerIndex } from './gazetteer-index';
import { partOfLongerName, type Mention } from './mention';
import { SITE_HEAD } from './find-places';
import { SpanIndex } from './span-index';

/** Words around a capital that make it stand for its government: "Moscow and Washington agreed". */
// "Has Moscow asked …?": a question's auxiliary before the capital makes it the subject.
const ACTOR_BEFORE =
  /(?:\bbetween|\band|\bby|\bwith|\bwhich|\b[Hh]as|\b[Hh]ave|\b[Dd]id|\b[Dd]oes|\b[Ww]ill|\b[Ww]ould|\b[Cc]an)\s+$/;
const ACTOR_AFTER =
  /^(?:’s|'s)?\s+(?:and\s+\p{Lu}|(?:has|have|had|is|was|will|would|can|could|must|should|said|says|wants?|accus(?:es|ed)|announc(?:es|ed)|agree[sd]|insist(?:s|ed)|den(?:ies|ied)|warn(?:s|ed)|also|reiterat(?:es|ed)|respond(?:s|ed)|reject(?:s|ed)|demand(?:s|ed)|expel(?:s|led)|retaliat(?:es|ed)|condemn(?:s|ed)|call(?:s|ed)|vow(?:s|ed)|threaten(?:s|ed)|refus(?:es|ed)|urg(?:es|ed)|summon(?:s|ed)|recall(?:s|ed)|sanction(?:s|ed)|welcom(?:es|ed)|hit\s+back|hits\s+back)\b)/u;

// "London's case", "Moscow's response": what a state has, not a city.
const STATE_POSSESSION =
  /^(?:’s|'s)\s+(?:response|reaction|case|decision|position|stance|policy|demands?|claims?|accusations?|proposals?|offer|plan|move|refusal|role|support|request|answer|version|involvement|relations|(?:closest\s+|main\s+|key\s+)?all(?:y|ies)|ambassador|envoy|diplomats|embassy|military|government|foreign\s+policy)\b/u;
// "the Astana talks": a capital after a determiner names something of the city's, and the
// tagger's verb after it is a noun.
const DETERMINER_BEFORE = /(?<![\p{L}])(?:the|a|an|this|that|these|those)\s+$/iu;
// A verb of going before a capital, or a copula, does not make it act ("left Pyongyang", "is Moscow").
const NOT_ACTING_VERB =
  /^(?:is|was|are|were|be|been|being|left|leaves|leaving|visit|visits|visited|visiting|reached|reach|reaches|arrived|arrives|flew|flies|fly|returned|returns|moved|moves|travel(?:l?ed|s)?|headed|heads|lived|lives|based|born|said|says)$/iu;

// After a town's name, the kind of area named after it, perhaps after more names: " region",
// " and Luhansk regions", " oblast".
const AREA_AFTER =
  /^(?:(?:,|\s+and)\s+\p{Lu}[\p{L}’'-]*)*\s+(?:regions?|oblasts?|provinces?|districts?|governorates?|counties|county|krai|republics?)(?![\p{L}])/u;

// After a town's name, a site named after it: "the Kursk nuclear power station", "the Lefortovo
// detention centre" are places of their own (find-places.ts).
const FACILITY_AFTER = new RegExp(`^\\s+(?:${SITE_HEAD})(?![\\p{L}])`, 'u');
// A verb of speaking to someone, or a diplomat's post, before "to": what follows is a state
// ("apologised to Moscow", "ambassador to Kyiv").
const ADDRESSED_BEFORE =
  /(?<![\p{L}])(?:apologi[sz]ed|apologi[sz]es|wrote|writes|complained|complains|appealed|appeals|protested|protests|signalled|signaled|explained|explains|promised|promises|pledged|pledges|offered|offers|reported|reports|ambassador|ambassadors|envoy|envoys)\s+to\s+$/iu;
// "Ankara, Baku's closest ally, is celebrating": a capital that acts past an apposition.
const ACTS_PAST_APPOSITION =
  /^,\s[^,.;:!?]{1,50},\s+(?:has|have|had|is|was|will|would|said|says|wants|insists|insisted|warned|warns|denied|denies|accused|accuses|called|calls)\b/u;
// The last word of a building's name: "Élysée Palace", "the Metropol Hotel".
const VENUE_WORD = /(?:^|\s)(?:Palace|Hotel)$/u;
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
  verbTerms: readonly { start: number; end: number }[] = [],
): Mention[] {
  const index = gazetteerIndex(entries);
  const mentions: Mention[] = [];
  const verbs = new SpanIndex(verbTerms);
  for (const match of index.matches(text, outlet)) {
    const { start } = match;
    const span = { start, end: match.end, text: match.text };
    const { entry, via } = match.surface;
    if (entry.kind === 'Organization' && /\s/.test(match.text) && insideLongerName(text, start, index)) continue;
    // "New Mexico", "New Caledonia": a place named after a country is not the country.
    if (entry.kind === 'Country' && /(?<![\p{L}])New\s+$/u.test(text.slice(Math.max(0, start - 5), start))) continue;
    // "Carnegie Europe", "Middle East Eye": a region's name inside a longer name is not the region.
    if (entry.placeType === 'region' && entry.origin === 'base' && partOfLongerName(text, span)) continue;
    // "the Donetsk and Luhansk regions": a town's name before a kind of area names the area.
    // "the Donetsk People's Republic": nor is it the town's when it begins a longer name.
    if (
      isTown(entry) &&
      (AREA_AFTER.test(text.slice(span.end, span.end + 60)) ||
        FACILITY_AFTER.test(text.slice(span.end, span.end + 40)) ||
        /^[ \t]+\p{Lu}/u.test(text.slice(span.end, span.end + 3)))
    )
      continue;
    const capitalOf = entry.capitalOf ?? index.capitalOfById.get(entry.id);
    const country = capitalOf ? index.byId.get(capitalOf) : undefined;
    const before = text.slice(Math.max(0, start - 12), start);
    // "to Seoul and Beijing": the second of two capitals is read as the first one is.
    const previous = mentions.at(-1);
    const joinedToCity = previous?.kind === 'Place' && index.capitalOfById.has(previous.key);
    const coordinated = previous !== undefined && /^\s+and\s+$/u.test(text.slice(previous.end, start));
    // "apologised to Moscow", "wrote to Washington": a state is told something, not travelled to.
    const addressed = ADDRESSED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
    const actsAsGovernment =
      country !== undefined &&
      (addressed || !PLACE_BEFORE.test(before)) &&
      !(coordinated && joinedToCity) &&
      (addressed ||
        ACTOR_BEFORE.test(before.slice(-10)) ||
        ACTOR_AFTER.test(text.slice(span.end, span.end + 20)) ||
        ACTS_PAST_APPOSITION.test(text.slice(span.end, span.end + 80)) ||
        STATE_POSSESSION.test(text.slice(span.end, span.end + 30)) ||
        (!DETERMINER_BEFORE.test(before) && nextToVerb(text, span, verbs)));
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
    // "the meeting at the Élysée Palace": a seat of government whose name says it is a building,
    // where something happens, is the building; "the Élysée Palace said" is the presidency.
    if (
      entry.kind === 'Organization' &&
      VENUE_WORD.test(match.text) &&
      PLACE_BEFORE.test(before.replace(/(?<![\p{L}])the\s+$/u, ''))
    ) {
      mentions.push({
        ...span,
        kind: 'Place',
        key: entityId('Place', entry.name),
        name: entry.name,
        confidence: 0.8,
        reason: `"${match.text}", after a preposition of place, is the building ${entry.name} is named for`,
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

/**
 * A capital with a verb right after it, itself followed by no verb ("Moscow failed to explain";
 * not "Moscow talks collapsed", where the tagger's verb is a noun), or right before it
 * ("blaming Moscow", "gave Moscow until midnight"), save verbs of going and being.
 */
function nextToVerb(
  text: string,
  span: { start: number; end: number },
  verbs: SpanIndex<{ start: number; end: number }>,
): boolean {
  const after = /^\s+(\p{Ll}+)/u.exec(text.slice(span.end, span.end + 30));
  if (after) {
    const start = span.end + after[0].length - after[1]!.length;
    const isVerb = verbs.startingIn(start, start).length > 0;
    const following = /^\s+(\p{Ll}+)/u.exec(text.slice(start + after[1]!.length, start + after[1]!.length + 30));
    const followingStart = following ? start + after[1]!.length + following[0].length - following[1]!.length : -1;
    const verbFollows = following !== null && verbs.startingIn(followingStart, followingStart).length > 0;
    if (isVerb && !verbFollows && !NOT_ACTING_VERB.test(after[1]!)) return true;
  }
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, span.start - 30), span.start));
  if (!before) return false;
  const start = span.start - before[0].length;
  // "to please Washington": a verb the tagger reads otherwise, whose object is always someone.
  if (PLEASE_VERB.test(before[1]!)) return true;
  return verbs.startingIn(start, start).length > 0 && !NOT_ACTING_VERB.test(before[1]!);
}
const PLEASE_VERB = /^(?:please|pleasing|appease|appeasing|placate|placating)$/u;

// The capitalised word right before a known organization's name, and what comes before it.
const NAME_WORD_BEFORE = /(?:^|\n|(\S)[ \t]+)(\p{Lu}[\p{L}’'-]*)[ \t]+$/u;
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'Their', 'His', 'Her', 'Our', 'Both']);

/**
 * "National Security Council", "Russian Security Council": a known organization's words
 * ("Security Council") inside a longer name are another body's, which find-organizations names.
 * A word opening a sentence counts only when it is a country's name or demonym.
 */
function insideLongerName(text: string, start: number, index: GazetteerIndex): boolean {
  const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!before) return false;
  const word = before[2]!;
  if (FUNCTION_WORDS.has(word)) return false;
  const opensSentence = before[1] === undefined || /[.!?"“”]/u.test(before[1]);
  return !opensSentence || index.surface(word)?.entry.kind === 'Country';
}

function originWords(entry: GazetteerEntry): string {
  return entry.origin === 'graph' ? `already in the graph as ${entry.id}` : 'base gazetteer';
}
