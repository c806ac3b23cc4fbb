import { isEnglishWord } from './english-words';
import { findVocabularyConcepts } from './find-vocabulary-concepts';
import { AFTER_WORD, BEFORE_WORD, conceptMention, type Mention } from './mention';

const FIGHT_AGAINST = new RegExp(
  `${BEFORE_WORD}(?:fight|struggle|war|battle)\\s+against\\s+(terrorism|terror|extremism|corruption)${AFTER_WORD}`,
  'gu',
);
const CONFLICT_NOUN = '(?:civil\\s+war|conflict|crisis|war)';
const PROCESS = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}+)\s+(?:peace\s+)?process(?![\p{L}\p{N}])/gu;
// "the Steinmeier formula", "the Marshall Plan", "the Monroe Doctrine": a plan named after someone or somewhere.
const NAMED_PLAN = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]+)\s+([Ff]ormula|[Pp]lan|[Dd]octrine|[Rr]oadmap)(?![\p{L}\p{N}])/gu;
const ZONES = new RegExp(
  `${BEFORE_WORD}(de-escalation|safe|buffer|no-fly|demilitari[sz]ed)\\s+zones?${AFTER_WORD}`,
  'giu',
);
const HISTORICAL = new RegExp(
  `${BEFORE_WORD}(Cold War|Arab Spring|World War II|World War I|Great Depression)${AFTER_WORD}`,
  'gu',
);

/**
 * Concepts news returns to: "the fight against terrorism", a country's conflict or crisis
 * ("the Syrian conflict", "the conflict in Syria", "the North Korea crisis"), a named process
 * ("the Geneva process"), a plan or formula known by a name ("the Steinmeier formula"), kinds of zones, relations between two countries, and a few named eras.
 */
export function findConcepts(text: string, entities: readonly Mention[]): Mention[] {
  const mentions: Mention[] = [];
  const add = (start: number, wordsText: string, name: string, reason: string, confidence = 0.7): void => {
    mentions.push(conceptMention(start, wordsText, name, reason, confidence));
  };
  for (const match of text.matchAll(FIGHT_AGAINST)) {
    add(match.index, match[0], `Fight against ${match[1]}`, 'a fight against a named threat');
  }
  const countries = entities.filter((m) => m.kind === 'Country');
  for (const country of countries) {
    const after = new RegExp(`^\\s+${CONFLICT_NOUN}${AFTER_WORD}`, 'u').exec(text.slice(country.end, country.end + 20));
    if (after) {
      const noun = after[0].trim();
      const isDemonym = country.text !== country.name && !country.entry?.aliases.includes(country.text);
      const name = isDemonym ? `${country.name} conflict` : `${country.name} ${noun}`;
      add(
        country.start,
        text.slice(country.start, country.end + after[0].length),
        name,
        `the ${noun} of ${country.name}`,
      );
    }
    const before = new RegExp(`${BEFORE_WORD}(${CONFLICT_NOUN})\\s+in\\s+$`, 'u').exec(
      text.slice(Math.max(0, country.start - 20), country.start),
    );
    if (before && before[1] !== 'crisis') {
      const start = country.start - before[0].length;
      add(start, text.slice(start, country.end), `${country.name} conflict`, `the conflict in ${country.name}`);
    }
  }
  for (const match of text.matchAll(PROCESS)) {
    if (entities.some((m) => m.start === match.index && m.kind !== 'Place')) continue;
    add(match.index, match[0], `${match[1]} process`, 'a named process');
  }
  for (const match of text.matchAll(NAMED_PLAN)) {
    // Not "the US plan" (a country's or body's plan is no name), nor "The plan" opening a sentence.
    const named = entities.find((m) => m.start <= match.index && m.end >= match.index + match[1]!.length);
    if (named && named.kind !== 'Person' && named.kind !== 'Place') continue;
    if (!named && isEnglishWord(match[1]!)) continue;
    const noun = match[2]!.toLowerCase();
    add(match.index, match[0], `${match[1]} ${noun}`, `a ${noun} known by a name`);
  }
  for (const match of text.matchAll(ZONES)) {
    add(
      match.index,
      match[0],
      `${match[1]!.toLowerCase()} zones`.replace(/^\w/, (c) => c.toUpperCase()),
      'a kind of zone',
      0.6,
    );
  }
  // "the zones" after "the de-escalation zones": the same zones.
  const zones = mentions.filter((m) => m.reason === 'a kind of zone');
  for (const match of text.matchAll(/(?<![\p{L}])[Tt]he\s+zones(?![\p{L}])/gu)) {
    const earlier = zones.filter((m) => m.end <= match.index).at(-1);
    if (!earlier || mentions.some((m) => m.start <= match.index && match.index < m.end)) continue;
    mentions.push({
      ...earlier,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      confidence: 0.55,
      reason: `"the zones" refers back to ${earlier.name}`,
    });
  }
  for (const match of text.matchAll(HISTORICAL)) add(match.index, match[0], match[1]!, 'a named era', 0.8);
  for (const relation of findRelations(text, countries)) mentions.push(relation);
  mentions.push(...findVocabularyConcepts(text, [...entities, ...mentions]));
  return mentions;
}

/** "Relations between Moscow and Washington", "US–Russia relations". */
function findRelations(text: string, countries: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])[Rr]elations\s+between\s+/gu)) {
    const first = countries.find((m) => m.start === match.index + match[0].length);
    if (!first) continue;
    const and = /^\s+and\s+/.exec(text.slice(first.end, first.end + 6));
    const second = and ? countries.find((m) => m.start === first.end + and[0].length) : undefined;
    if (!second || second.key === first.key) continue;
    const names = [first.name, second.name].sort();
    found.push(relation(match.index, text.slice(match.index, second.end), names));
  }
  for (const first of countries) {
    const dash = /^[–-]/.exec(text.slice(first.end, first.end + 1));
    if (!dash) continue;
    const second = countries.find((m) => m.start === first.end + 1);
    if (!second || second.key === first.key || !/^\s+relations/.test(text.slice(second.end, second.end + 12))) continue;
    const end = second.end + text.slice(second.end).indexOf('relations') + 'relations'.length;
    found.push(relation(first.start, text.slice(first.start, end), [first.name, second.name].sort()));
  }
  return found;
}

function relation(start: number, words: string, names: string[]): Mention {
  const name = `${names.join('–')} relations`;
  return conceptMention(start, words, name, `relations between ${names.join(' and ')}`, 0.75);
}
