import { entityId } from '../vocabulary/normalize-id';
import { isTownName, type GazetteerEntry } from './gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import { alternation, capitalise, partOfLongerName, type Mention } from './mention';
import { nameKey } from './name-key';
import { SpanIndex } from './span-index';
import { MONTH_OR_WEEKDAY } from './calendar-words';
import { isEnglishWord } from './english-words';
import { storyCountry } from './find-people';

// "in Hamburg", "near Idlib", "in Da Nang, Vietnam": capitalised words after a preposition of place.
const AFTER_PREPOSITION =
  /(?<![\p{L}])(?:in|near|around|outside|at|from|to)\s+((?:\p{Lu}[\p{L}’'-]+)(?:[ \t]+\p{Lu}[\p{L}’'-]+)?)/gu;
// "east of Palmyra", "the resort of Sochi", "the siege of Eastern Ghouta": a place by its role.
const PLACE_OF =
  /(?<![\p{L}])(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:city|town|village|port|resort|province|region|suburb|enclave|siege|outskirts)\s+of|capital,)\s+((?:\p{Lu}[\p{L}’'-]+)(?:[ \t]+\p{Lu}[\p{L}’'-]+)?)/gu;
// "took Shusha, the hilltop town", "Debaltseve, a railway junction": a place an apposition says
// the kind of.
const PLACE_BY_APPOSITION =
  /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]+)(?:[ \t]+\p{Lu}[\p{L}’'-]+)?),[ \t]+(?:the|a|an)[ \t]+(?:[\p{Ll}\d-]+[ \t]+){0,3}?(?:town|city|village|port|junction|settlement|stronghold)(?![\p{L}])/gu;
// Sites named after their town, in lower case: "the Kursk nuclear power station", "the Lefortovo
// detention centre" (find-gazetteer-mentions.ts leaves the town's name to them).
export const SITE_HEAD =
  '(?:nuclear\\s+)?power\\s+(?:station|plant)|air\\s?base|naval\\s+base|military\\s+base|airport|(?:ammunition|arms|munitions)\\s+depot|refinery|(?:detention|conference|exhibition)\\s+cent(?:re|er)';
// A place named by the kind of place it is: "Independence Square", "the Lachin Corridor", and,
// with the kind in lower case, "the Zlín region", "the Dukovany power station", "Hmeimim air base".
const NAMED_HEAD =
  'Square|Street|Strip|Avenue|Boulevard|Bridge|Airport|Corridor|Strait|Peninsula|Gulf|Bay|Sea|Ocean|Lake|Islands?|Valley|Mountains|River|Canal|Dam|Crossing|(?:Air|Naval)\\s+Base|(?:Nuclear\\s+)?Power\\s+(?:Station|Plant)|Stadium|' +
  // Venues: "Dolmabahçe Palace", "the Shangri-La Hotel", "the South Lawn", "the M4 Motorway".
  'Palace|Hotel|Lawn|Cathedral|Mosque|Motorway|Highway';
const LOWER_HEAD = `region|province|oblast|district|exclave|enclave|corridor|strait|${SITE_HEAD}|border\\s+crossing|hotel|palace|island|motorway|highway`;
// A name word, or a road's number ("the M4 motorway").
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}’'-]*|\d{1,3})`;
// Not a command named after its sea or district: "the Black Sea Fleet".
const PLACE_BY_HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}’'])((?:${NAME_WORD}[ \\t]+){1,3})(?:(${NAMED_HEAD})|(${LOWER_HEAD}))(?![\\p{L}\\p{N}])(?![ \\t]+(?:Fleet|Flotilla|Command)(?![\\p{L}]))`,
  'gu',
);
// Venues named head first: "the Palace of Independence", "Villa La Grange", "Hotel Metropol".
const VENUE_HEAD_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(?:Palace|Villa|Hotel)[ \\t]+(?:of[ \\t]+(?:the[ \\t]+)?)?${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2}(?![\\p{L}\\p{N}])`,
  'gu',
);
// "the Donetsk and Luhansk regions", "the Idlib, Hama and Aleppo provinces": names that share
// one kind of area, each a region of its own.
const REGIONS_BY_ONE_HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}’'])(${NAME_WORD}(?:,[ \\t]+${NAME_WORD})*,?[ \\t]+and[ \\t]+${NAME_WORD})[ \\t]+(regions|provinces|oblasts|districts|governorates)(?![\\p{L}])`,
  'gu',
);
// "southwestern Syria", "northern Idlib": a region of a known place.
const REGION_OF =
  /(?<![\p{L}])((?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?)\s+$/iu;

/**
 * Places the gazetteer does not know: capitalised words after a preposition of place that are
 * followed by a country ("Da Nang, Vietnam") or that the NLP tagger takes for a place, and
 * regions of known places ("southwestern Syria").
 */
export function findPlaces(
  text: string,
  known: readonly Mention[],
  placeTerms: readonly { start: number; end: number }[],
  gazetteer: readonly GazetteerEntry[] = [],
): Mention[] {
  const found: Mention[] = [];
  const byKey = gazetteerIndex(gazetteer).placeByNameKey;
  const knownIndex = new SpanIndex(known);
  const terms = new SpanIndex(placeTerms);
  // The characters taken by places found here (at most two words each), for an overlap check
  // that costs the length of the words rather than the number of places found.
  const taken = new Uint8Array(text.length);
  const foundOverlaps = (span: { start: number; end: number }) => taken.subarray(span.start, span.end).includes(1);
  const take = (mention: Mention) => {
    taken.fill(1, mention.start, mention.end);
    found.push(mention);
  };
  // Capitalised words at `start`, unless a date or already taken.
  const newWords = (words: string, start: number) => {
    const span = { start, end: start + words.length, text: words };
    if (MONTH_OR_WEEKDAY.test(words.split(/\s+/)[0]!)) return undefined;
    return knownIndex.overlapping(span).length > 0 || foundOverlaps(span) ? undefined : span;
  };
  // The capitalised words a pattern ends in.
  const newSpan = (match: RegExpMatchArray) => newWords(match[1]!, match.index! + match[0].length - match[1]!.length);
  for (const match of text.matchAll(PLACE_BY_HEAD)) {
    const site = placeByHead(text, match, knownIndex);
    if (site && !foundOverlaps(site)) take(site);
  }
  for (const match of text.matchAll(VENUE_HEAD_FIRST)) {
    const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
    if (knownIndex.overlapping(span).length > 0 || foundOverlaps(span)) continue;
    take({
      ...span,
      kind: 'Place',
      key: entityId('Place', span.text),
      name: span.text,
      confidence: 0.65,
      reason: `a venue named by its kind ("${span.text.split(/\s/u)[0]}")`,
    });
  }
  for (const match of text.matchAll(REGIONS_BY_ONE_HEAD)) {
    for (const region of regionsByOneHead(match, knownIndex)) if (!foundOverlaps(region)) take(region);
  }
  // "the Belarusian capital": the capital the gazetteer knows for the country its demonym names.
  const capitals = gazetteerIndex(gazetteer).capitalByCountryId;
  for (const country of known.filter((m) => m.kind === 'Country' && m.text !== m.name)) {
    const word = /^\s+(capital)(?![\p{L}])/u.exec(text.slice(country.end, country.end + 10));
    const capital = capitals.get(country.key);
    if (!word || !capital || !/(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, country.start - 4), country.start)))
      continue;
    const start = country.end + word[0].length - word[1]!.length;
    const span = { start, end: start + word[1]!.length, text: word[1]! };
    if (knownIndex.overlapping(span).length > 0 || foundOverlaps(span)) continue;
    take({
      ...span,
      kind: 'Place',
      key: capital.id,
      name: capital.name,
      confidence: 0.6,
      reason: `"the ${country.text} capital" is ${capital.name}`,
      entry: capital,
      details: { placeType: 'city' },
    });
  }
  for (const match of text.matchAll(AFTER_PREPOSITION)) {
    const span = newSpan(match);
    if (!span) continue;
    const words = span.text;
    const beforeCountry = /^,\s+/.exec(text.slice(span.end, span.end + 3));
    const countryStart = span.end + (beforeCountry?.[0].length ?? 0);
    const inCountry =
      beforeCountry && knownIndex.startingIn(countryStart, countryStart).some((m) => m.kind === 'Country');
    const tagged = terms.overlapping(span).length > 0;
    // A single unknown capitalised word after "in", "near", "around" or "outside" is most often a
    // place, and after "at" or "from" when no dictionary has it ("at Vrbetice", not "at Noon"); said
    // with less confidence. Not one a number follows: "in Resolution 2231" names a numbered text.
    const lone =
      (/^(?:in|near|around|outside)\s/.test(match[0]) || (/^(?:at|from)\s/.test(match[0]) && !isEnglishWord(words))) &&
      !/\s/.test(words) &&
      !/^\s+\d/u.test(text.slice(span.end, span.end + 3));
    if (!inCountry && !tagged && !lone) continue;
    // "Danang" is the "Da Nang" already known.
    const variant = byKey.get(nameKey(words));
    if (variant) {
      take({
        ...span,
        kind: 'Place',
        key: variant.id,
        name: variant.name,
        confidence: 0.75,
        reason: `"${words}" is a spelling variant of ${variant.name} (${variant.origin === 'graph' ? `already in the graph as ${variant.id}` : 'base gazetteer'})`,
        entry: variant,
      });
      continue;
    }
    take({
      ...span,
      kind: 'Place',
      key: entityId('Place', words),
      name: words,
      confidence: inCountry ? 0.8 : tagged ? 0.6 : 0.5,
      reason: inCountry
        ? 'a place named with its country'
        : tagged
          ? 'a place after a preposition (NLP tagger)'
          : `a capitalised word after "${match[0].split(/\s/u)[0]}"`,
      details: { placeType: 'city' },
    });
  }
  // A town a pattern names, under the known spelling of its name when the gazetteer has one.
  const takeTown = (span: { start: number; end: number; text: string }, confidence: number, reason: string) => {
    const variant = byKey.get(nameKey(span.text));
    take({
      ...span,
      kind: 'Place',
      key: variant?.id ?? entityId('Place', span.text),
      name: variant?.name ?? span.text,
      confidence,
      reason,
      details: { placeType: 'city' },
    });
  };
  for (const match of text.matchAll(PLACE_OF)) {
    const span = newSpan(match);
    if (span) takeTown(span, 0.65, `a place named by its role ("${match[0]}")`);
  }
  for (const match of text.matchAll(PLACE_BY_APPOSITION)) {
    // The name opens the match.
    const span = newWords(match[1]!, match.index);
    // Not a sentence's first word of the dictionary ("Meanwhile, a town …").
    if (span && !span.text.split(/\s+/u).some((word) => isEnglishWord(word)))
      takeTown(span, 0.6, `a place an apposition says the kind of ("${match[0]}")`);
  }
  for (const building of buildingsIn(text, known)) if (!foundOverlaps(building)) take(building);
  for (const border of bordersBetween(text, known)) if (!foundOverlaps(border)) take(border);
  for (const again of namedAgain(text, found, knownIndex)) take(again);
  // After the names found again: "the front line" is no name to look for everywhere.
  for (const line of frontLines(text, known)) if (!foundOverlaps(line)) take(line);
  for (const place of known.filter((m) => m.kind === 'Country' || m.kind === 'Place')) {
    const region = REGION_OF.exec(text.slice(Math.max(0, place.start - 16), place.start));
    if (!region) continue;
    const start = place.start - region[0].length;
    const words = text.slice(start, place.end);
    found.push({
      start,
      end: place.end,
      text: words,
      kind: 'Place',
      key: entityId('Place', words),
      name: words,
      confidence: 0.7,
      reason: `a region of ${place.name}`,
      details: { placeType: 'region' },
    });
  }
  return found;
}

/**
 * The places found by what surrounds them ("in Stepanakert"), wherever the article names them
 * again ("Stepanakert was shelled", "the Geneva summit"), unless the words are part of a longer
 * name ("Geneva Conventions") or already taken.
 */
function namedAgain(text: string, found: readonly Mention[], known: SpanIndex<Mention>): Mention[] {
  const again: Mention[] = [];
  const taken = new SpanIndex(found);
  const seen = new Set<string>();
  // A known place's other mentions are the gazetteer's to find (or to leave, as a capital's name for its state).
  for (const place of found.filter((m) => m.entry === undefined)) {
    if (seen.has(place.text)) continue;
    seen.add(place.text);
    const words = new RegExp(`(?<![\\p{L}\\p{N}’'-])${alternation([place.text])}(?![\\p{L}\\p{N}-])`, 'gu');
    for (const match of text.matchAll(words)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (taken.overlapping(span).length > 0 || known.overlapping(span).length > 0) continue;
      if (partOfLongerName(text, span)) continue;
      again.push({ ...place, ...span, text: match[0], confidence: 0.5, reason: `${place.name}, named again` });
    }
  }
  return again;
}

// A seat of power named by what it is and the city it stands in: "the government building in
// Yerevan", "the presidential palace in Kabul".
const BUILDING_IN =
  /(?<![\p{L}-])the\s+((?:government|parliament|presidential\s+administration)\s+building|presidential\s+palace|city\s+hall|town\s+hall)\s+in\s+$/iu;

/** "the government building in Yerevan": a place of its own, in a known town. */
function buildingsIn(text: string, known: readonly Mention[]): Mention[] {
  const buildings: Mention[] = [];
  for (const city of known.filter((m) => m.kind === 'Place')) {
    const before = BUILDING_IN.exec(text.slice(Math.max(0, city.start - 60), city.start));
    if (!before) continue;
    const start = city.start - before[0].length;
    const end = start + before[0].indexOf(before[1]!) + before[1]!.length;
    const name = `${capitalise(before[1]!.replace(/\s+/gu, ' ').toLowerCase())} in ${city.name}`;
    // Its words stop before the city's: "the government building" is in Yerevan.
    buildings.push({
      start,
      end,
      text: text.slice(start, end),
      kind: 'Place',
      key: entityId('Place', name),
      name,
      confidence: 0.6,
      reason: `"${before[1]}" in ${city.name}, a building of its own`,
    });
  }
  return buildings;
}

// "its border with Russia", "Ukraine's border with Russia".
const BORDER_WITH = /(?<![\p{L}])(?:its|(\p{Lu}[\p{L}’'-]*)[’']s)\s+border\s+with\s+(?:the\s+)?$/u;

/**
 * The border between two countries, named by one of them: "Kyiv would regain control of its
 * border with Russia" is the Russia–Ukraine border ("its": the country named last before, in the
 * sentence). Named with the two in alphabetical order, as each side's reports name it alike.
 */
function bordersBetween(text: string, known: readonly Mention[]): Mention[] {
  const countries = known.filter((m) => m.kind === 'Country');
  const borders: Mention[] = [];
  for (const other of countries) {
    const before = BORDER_WITH.exec(text.slice(Math.max(0, other.start - 40), other.start));
    if (!before) continue;
    const start = other.start - before[0].length;
    const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start));
    const owner = before[1]
      ? countries.find((m) => m.start === start)
      : countries.filter((m) => m.end <= start && m.start > sentenceStart && m.key !== other.key).at(-1);
    if (!owner || owner.key === other.key) continue;
    const name = `${[owner.name, other.name].sort().join('–')} border`;
    borders.push({
      start,
      end: other.end,
      text: text.slice(start, other.end),
      kind: 'Place',
      key: entityId('Place', name),
      name,
      confidence: 0.6,
      reason: `the border of ${owner.name} with ${other.name}`,
    });
  }
  return borders;
}

// "the line of contact", "sections of the front line"; not "the front line of the fight against"
// nor "the frontline village of Petrivske": a noun, a punctuation mark or a clause's next word after it.
const FRONT_LINE =
  /(?<![\p{L}-])the\s+(?:line\s+of\s+contact|contact\s+line|front\s?lines?)(?=[,.;:!?)]|\s+(?:by|in|and|or|to|from|with|near|at|on|for|that|which|where|is|was|were|are|has|had|will|would|remains?|runs?|between|along|since|until|before|after)\s)/giu;

/**
 * The line where two sides' forces meet, in the country the story is about ("Line of contact in
 * Ukraine"), or in the place named right after it ("the line of contact in Nagorno-Karabakh");
 * none in a story about no one country.
 */
function frontLines(text: string, known: readonly Mention[]): Mention[] {
  const story = storyCountry(known);
  const lines: Mention[] = [];
  for (const match of text.matchAll(FRONT_LINE)) {
    const end = match.index + match[0].length;
    const gap = /^\s+in\s+(?:the\s+)?/u.exec(text.slice(end, end + 10));
    const after = gap
      ? known.find((m) => (m.kind === 'Place' || m.kind === 'Country') && m.start === end + gap[0].length)
      : undefined;
    const where = after ?? story;
    if (!where) continue;
    const name = `Line of contact in ${where.name}`;
    lines.push({
      start: match.index,
      end,
      text: match[0],
      kind: 'Place',
      key: entityId('Place', name),
      name,
      confidence: 0.55,
      reason: `"${match[0]}", where the sides' forces meet in ${where.name}`,
    });
  }
  return lines;
}

/** A region's name: its own name alone, or with its kind when a town has the name ("the Voronezh region" is not Voronezh). */
function regionName(words: string, kind: string): string {
  return isTownName(words) ? `${words} ${kind}` : words;
}

/**
 * Each name of "the Donetsk and Luhansk regions" as a region: named with its kind when a town has
 * the name ("Donetsk region"), by the name alone otherwise, as placeByHead names one. Not a name
 * already something other than a town (the gazetteer's "Kyiv" is the capital's), nor a list of
 * words a dictionary has ("the Northern and Southern districts"; but "Latakia" is also a tobacco).
 */
function regionsByOneHead(match: RegExpMatchArray, known: SpanIndex<Mention>): Mention[] {
  const head = match[2]!.replace(/s$/u, '');
  const words = [...match[1]!.matchAll(new RegExp(NAME_WORD, 'gu'))];
  if (words.every((word) => isEnglishWord(word[0]))) return [];
  const regions: Mention[] = [];
  for (const word of words) {
    const start = match.index! + word.index;
    const span = { start, end: start + word[0].length, text: word[0] };
    if (MONTH_OR_WEEKDAY.test(span.text)) return [];
    if (known.overlapping(span).some((mention) => !isTownName(mention.name))) return [];
    const name = regionName(span.text, head);
    regions.push({
      ...span,
      kind: 'Place',
      key: entityId('Place', name),
      name,
      confidence: 0.6,
      reason: `one of the ${match[2]} named together ("${match[0]}")`,
      details: { placeType: 'region' },
    });
  }
  return regions;
}

/**
 * A place named by its kind ("Independence Square", "the Zlín region"), unless its words are
 * already something known ("the Kyiv region" is Kyiv's, "the Russian air base" no name at all) or
 * a phrase's first words ("The region"). A kind in lower case needs a name word no dictionary has:
 * "the Eastern region" is no name.
 */
function placeByHead(text: string, match: RegExpMatchArray, known: SpanIndex<Mention>): Mention | undefined {
  // "The Zlín region": the name begins after the words that begin a phrase.
  const leading =
    /^(?:(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Every|Each|Another|Which|Whose|Some|\p{Lu}[\p{L}-]*[’']s)[ \t]+)*/u.exec(
      match[1]!,
    )![0];
  const nameWords = match[1]!.slice(leading.length).trim().split(/\s+/u).filter(Boolean);
  if (nameWords.length === 0 || MONTH_OR_WEEKDAY.test(nameWords[0]!)) return undefined;
  const head = match[2] ?? match[3]!;
  const start = match.index! + leading.length;
  const end = match.index! + match[0].length;
  const span = { start, end, text: text.slice(start, end) };
  if (known.overlapping(span).length > 0) return undefined;
  // "the Eastern region", "the Border district": capitalised words, not a name.
  if (match[3] && nameWords.every((word) => isEnglishWord(word))) return undefined;
  // "Idlib province", "the Donbas region": the place news also calls by its name alone; but "the
  // Voronezh region" is not the town of Voronezh.
  const region = /^(?:region|province|oblast|district|exclave|enclave)$/u.test(head);
  // "Sentosa island" is Sentosa, as news also calls it.
  const name = region ? regionName(nameWords.join(' '), head) : head === 'island' ? nameWords.join(' ') : span.text;
  return {
    ...span,
    kind: 'Place',
    key: entityId('Place', name),
    name,
    confidence: 0.65,
    reason: `a place named by its kind ("${head}")`,
    ...(region ? { details: { placeType: 'region' as const } } : {}),
  };
}
