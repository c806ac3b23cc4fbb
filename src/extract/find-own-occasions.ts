import type { SentenceSpan } from '../vocabulary/segment-sentences';
import type { Mention, StatedFact } from './mention';
import { SpanIndex } from './span-index';

// Gatherings people hold or attend, by their type: not an attack or a war one may call "theirs".
const OCCASION_TYPE = /summit|meeting|talks|call|visit|conference|briefing|dinner|ceremony|session|interview/iu;
// "their first summit", "their talks": the gathering belongs to the sentence's subject.
const OPENS_WITH_THEIR = /^their(?![\p{L}])/iu;
const THEIR_BEFORE = /(?<![\p{L}])their\s+$/iu;
// Two people joined as one subject, titles and all: "Fumio Kishida and South Korean President Yoon Suk Yeol".
const JOINED = /^\s+and\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;
// How far into its sentence the subject may begin: past "On Thursday," or a dateline.
const SUBJECT_WITHIN = 80;

/**
 * A gathering the article calls "theirs" ("Kishida and Yoon agreed … at their first summit in
 * Tokyo") had for participants the two people the sentence opens on, joined by "and" as its
 * subject; no one when the sentence names another person before the gathering.
 */
export function findOwnOccasions(
  text: string,
  sentences: readonly SentenceSpan[],
  mentions: readonly Mention[],
): StatedFact[] {
  const index = new SpanIndex(mentions);
  const facts: StatedFact[] = [];
  for (const sentence of sentences) {
    const named = index.within(sentence);
    for (const occasion of named.filter(
      (m) =>
        m.kind === 'Event' &&
        OCCASION_TYPE.test(m.details?.eventType ?? '') &&
        (OPENS_WITH_THEIR.test(m.text) || THEIR_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))),
    )) {
      const people = named.filter((m) => m.kind === 'Person' && m.end <= occasion.start);
      const [first, second] = people;
      if (people.length !== 2 || first!.key === second!.key) continue;
      if (first!.start - sentence.start > SUBJECT_WITHIN || !JOINED.test(text.slice(first!.end, second!.start)))
        continue;
      for (const person of people)
        facts.push({
          type: 'PARTICIPATED_IN',
          from: person,
          to: occasion,
          evidence: { start: first!.start, end: occasion.end },
          role: 'participant',
        });
    }
  }
  return facts;
}
