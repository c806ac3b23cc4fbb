import { alternation, isDemonym, type Mention } from './mention';
import { TITLE_FORMS } from './titles';

// Between two coordinated actors: "and", "&" or a comma, and up to three capitalised words of a
// title ("Donald Trump and Russian President Vladimir Putin").
const COORDINATION = new RegExp(
  `^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s+)(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.-]*|${alternation(TITLE_FORMS.filter((t) => !/\s/.test(t)))})\\s+){0,4}$`,
  'u',
);

/**
 * An actor and the actors of the same kind coordinated with it ("X and Y", "X, Y and Z"), read
 * from it backwards (a subject before its verb) or forwards (an agent after "by"). With `kinds`,
 * actors of any of those kinds ("Russia and the UN").
 */
export function coordinated(
  actor: Mention,
  around: readonly Mention[],
  text: string,
  direction: 'before' | 'after',
  kinds: ReadonlySet<string> = new Set([actor.kind]),
): Mention[] {
  // A demonym qualifies the next actor ("North Korean leader Kim Jong Un"); it is not one.
  const sameKind = around
    .filter((m) => kinds.has(m.kind) && (m === actor || !isDemonym(m)))
    .sort((a, b) => a.start - b.start);
  const found = [actor];
  for (;;) {
    const edge = found.at(-1)!;
    const next =
      direction === 'before'
        ? sameKind.filter((m) => m.end <= edge.start).at(-1)
        : sameKind.find((m) => m.start >= edge.end);
    if (!next) break;
    const between = direction === 'before' ? text.slice(next.end, edge.start) : text.slice(edge.end, next.start);
    if (!COORDINATION.test(between)) break;
    found.push(next);
  }
  // "Merkel said before she and Hollande left for a summit", "Putin said he and Trump agreed": the
  // pronoun is the speaker of the clause it is reported in.
  const first = found.at(-1)!;
  if (direction === 'before' && first.kind === 'Person') {
    const speaker = sameKind.filter((m) => m.kind === 'Person' && m.end <= first.start).at(-1);
    if (speaker && SPEAKER_THEN_PRONOUN_AND.test(text.slice(speaker.end, first.start))) found.push(speaker);
  }
  return found;
}

const SPEAKER_THEN_PRONOUN_AND =
  /^\s+(?:said|says|told\s+\p{Ll}+|added|announced)(?:\s+(?:that|before|after|as|when|while))?\s+(?:he|she)\s+and\s+$/u;
