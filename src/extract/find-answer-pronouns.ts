import type { SentenceSpan } from '../vocabulary/segment-sentences';
import type { Mention } from './mention';
import { SpanIndex } from './span-index';

// A transcript's line: its label, a colon, and what is said ("HADLEY: He addressed the nation").
const LABELLED_LINE = /^(\p{Lu}[\p{L}.’' -]{0,40}):[ \t]+/gmu;
// A sentence opening on a pronoun: "He addressed the nation again last night".
const OPENS_ON_PRONOUN = /^(?:He|She)(?![\p{L}])/u;

/**
 * In an interview's transcript, an answer's sentences that open on "He" or "She" speak of the one
 * person the line before, the question, names: "ADEYEMI: And Putin himself?" then "HADLEY: He
 * addressed the nation again last night" (Putin); "Lukashenko is taking a lot of the credit" then
 * "He says he told Putin: …" (Lukashenko). Up to the first sentence of the answer that opens on
 * someone else's name. A question that names two people, or none, leaves the pronoun alone.
 */
export function findAnswerPronouns(
  text: string,
  sentences: readonly SentenceSpan[],
  mentions: readonly Mention[],
): Mention[] {
  const people = new SpanIndex(mentions.filter((m) => m.kind === 'Person'));
  const lines = [...text.matchAll(LABELLED_LINE)].map((match) => {
    const end = text.indexOf('\n', match.index);
    return { start: match.index, said: match.index + match[0].length, end: end < 0 ? text.length : end };
  });
  const found: Mention[] = [];
  lines.forEach((answer, at) => {
    const question = lines[at - 1];
    // The question is the line right before, with nothing between.
    if (!question || text.slice(question.end, answer.start).trim() !== '') return;
    const named = [
      ...new Map(people.within({ start: question.said, end: question.end }).map((m) => [m.key, m])).values(),
    ];
    if (named.length !== 1) return;
    const [person] = named;
    // A sentence may open on the line's label ("HADLEY: He addressed …"): it begins after it.
    for (const sentence of sentences.filter((s) => s.end > answer.said && s.start < answer.end)) {
      const start = Math.max(sentence.start, answer.said);
      const opener = people.startingIn(start, start)[0];
      if (opener && opener.key !== person!.key) break;
      const pronoun = OPENS_ON_PRONOUN.exec(text.slice(start, sentence.end));
      if (!pronoun) continue;
      found.push({
        ...person!,
        start,
        end: start + pronoun[0].length,
        text: pronoun[0],
        confidence: 0.5,
        reason: `"${pronoun[0]}" answers a question about ${person!.name}, the one person it names`,
        refersBack: true,
      });
    }
  });
  return found;
}
