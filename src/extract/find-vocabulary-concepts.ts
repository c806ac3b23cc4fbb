import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { alternation, conceptMention, type Mention } from './mention';

const CONCEPTS_FILE = path.resolve(__dirname, '../../data/gazetteer/concepts.yaml');

const conceptsSchema = z.array(
  z
    .object({
      name: z.string(),
      forms: z.array(z.string()).min(1),
      qualified: z.boolean().default(false),
      specificOf: z.string().optional(),
      alone: z.boolean().default(true),
    })
    .strict(),
);
type VocabularyConcept = z.infer<typeof conceptsSchema>[number];

interface CompiledConcept extends VocabularyConcept {
  pattern: RegExp;
}

let vocabulary: CompiledConcept[] | undefined;

function concepts(): CompiledConcept[] {
  vocabulary ??= conceptsSchema.parse(parse(readFileSync(CONCEPTS_FILE, 'utf8'))).map((concept) => ({
    ...concept,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(concept.forms)})(?![\\p{L}\\p{N}-])`, 'giu'),
  }));
  return vocabulary;
}

// "of the Korean Peninsula", "on North Korea", "against Russia": what a qualified concept is about.
// "in eastern Ukraine": a region of a country, named with its direction.
const ABOUT_AFTER =
  /^\s+(?:of|on|against|in|for|with)\s+(?:the\s+)?((?:(?:eastern|western|northern|southern|central)\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/u;
// "North Korea's denuclearization": a country or place in the possessive before it.
const POSSESSIVE_BEFORE = /[’']s\s+(?:(?:complete|full|total|new|further|tougher|existing)\s+)?$/u;

/**
 * Concepts of the shipped vocabulary (data/gazetteer/concepts.yaml). A qualified one is named
 * with what it is about, a place or country the article names right after or in the possessive
 * before it ("sanctions on North Korea" is "Sanctions on North Korea"); alone, it refers back to
 * the one the article qualified, is about the one place the article qualifies its other concepts
 * by when it qualified none ("a ceasefire in eastern Ukraine … an amnesty"), and is left otherwise.
 */
export function findVocabularyConcepts(text: string, entities: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  const places = entities.filter((m) => m.kind === 'Country' || m.kind === 'Place');
  const taken = (start: number, end: number) =>
    entities.some((m) => m.start < end && start < m.end) || found.some((m) => m.start < end && start < m.end);
  // The bare mentions of each qualified concept the article qualifies nowhere.
  const unqualified: { concept: CompiledConcept; bare: RegExpMatchArray[] }[] = [];
  // The places the article's qualified concepts are about.
  const subjects = new Set<string>();
  for (const concept of concepts()) {
    const matches = [...text.matchAll(concept.pattern)];
    if (matches.length === 0) continue;
    const qualifiedOnes: Mention[] = [];
    const bare: RegExpMatchArray[] = [];
    for (const match of matches) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      if (!concept.qualified) {
        found.push(conceptMention(start, match[0], concept.name, `"${match[0]}" in the concept vocabulary`, 0.65));
        continue;
      }
      const about = aboutWhat(text, start, end, places);
      if (!about) {
        bare.push(match);
        continue;
      }
      subjects.add(about.name);
      const name = `${concept.name} ${about.preposition} ${about.name}`;
      const words = text.slice(Math.min(start, about.start), Math.max(end, about.end));
      const qualified = conceptMention(
        Math.min(start, about.start),
        words,
        name,
        `${concept.name.toLowerCase()} about ${about.name}`,
        0.65,
      );
      qualifiedOnes.push(qualified);
      found.push(qualified);
    }
    const keys = new Set(qualifiedOnes.map((m) => m.key));
    if (keys.size === 0 && bare.length > 0) unqualified.push({ concept, bare });
    if (keys.size !== 1) continue;
    const [only] = qualifiedOnes;
    for (const match of bare) {
      found.push({
        ...only!,
        start: match.index!,
        end: match.index! + match[0].length,
        text: match[0],
        confidence: 0.55,
        reason: `"${match[0]}" refers back to ${only!.name}`,
      });
    }
  }
  // "a ceasefire in eastern Ukraine … an amnesty": in an article whose qualified concepts are all
  // about one place, a concept it names alone is about that place too.
  if (subjects.size === 1) {
    const [subject] = subjects;
    for (const { concept, bare } of unqualified) {
      const name = `${concept.name} of ${subject!}`;
      for (const match of bare)
        found.push(
          conceptMention(
            match.index!,
            match[0],
            name,
            `${concept.name.toLowerCase()} in an article about ${subject!}`,
            0.5,
          ),
        );
    }
  }
  return specificOverGeneral(found);
}

/** A place or country the concept is about: named right after it, or in the possessive before. */
function aboutWhat(
  text: string,
  start: number,
  end: number,
  places: readonly Mention[],
): { start: number; end: number; name: string; preposition: string } | undefined {
  const after = ABOUT_AFTER.exec(text.slice(end, end + 60));
  if (after) {
    const wordsStart = end + after[0].length - after[1]!.length;
    const place = places.find((m) => m.start === wordsStart);
    const preposition = /^\s+(\p{L}+)/u.exec(after[0])![1]!;
    const shown = preposition === 'against' || preposition === 'on' ? 'on' : 'of';
    if (place) return { start: place.start, end: place.end, name: place.name, preposition: shown };
    // "of the Korean Peninsula": a place the gazetteer does not know, named in capitals.
    if (preposition === 'of' && after[1]!.includes(' '))
      return { start: wordsStart, end: wordsStart + after[1]!.length, name: after[1]!, preposition: 'of' };
  }
  if (POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) {
    const owner = places.filter((m) => m.end <= start && start - m.end <= 30).at(-1);
    if (owner && POSSESSIVE_BEFORE.test(text.slice(owner.end, start)))
      return { start: owner.start, end: owner.end, name: owner.name, preposition: 'of' };
  }
  return undefined;
}

/** "nerve agent" in an article that names Novichok is Novichok; alone, it is no concept of its own. */
function specificOverGeneral(found: Mention[]): Mention[] {
  const specific = new Map<string, Mention>();
  for (const concept of concepts().filter((c) => c.specificOf)) {
    const named = found.find((m) => m.name === concept.name);
    if (named) specific.set(concept.specificOf!, named);
  }
  const notAlone = new Set(
    concepts()
      .filter((c) => !c.alone)
      .map((c) => c.name),
  );
  return found.flatMap((m) => {
    const narrower = specific.get(m.name);
    if (!narrower && notAlone.has(m.name)) return [];
    return narrower
      ? {
          ...narrower,
          start: m.start,
          end: m.end,
          text: m.text,
          reason: `"${m.text}" is ${narrower.name}, named in the article`,
        }
      : m;
  });
}
