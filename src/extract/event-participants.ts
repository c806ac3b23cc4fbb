import type { SentenceSpan } from '../vocabulary/segment-sentences';
import { coordinated } from './coordination';
import { NOT_YET } from './find-events';
import type { Mention } from './mention';

// After an event, in its clause: "hosted by (French President) …", ", also attended by …".
const BY_AGENT =
  /^(?:\s+at\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s*){1,3})?,?\s+(?:(?:also|was|were|being)\s+)*(hosted|attended|chaired|organi[sz]ed)\s+by\s+/u;
// "X hosts Y and Z": a host and guests.
const HOSTS = /(?<![\p{L}])(?:hosts|hosted|is\s+hosting|welcomes|welcomed|receives|received)\s+/u;
// Titles between "by" and the name: "French President".
const TITLE_WORDS = /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;
// Between a subject and "a visit": a verb of up to four words, no clause boundary and no
// preposition (a name before "about a trip" is an object).
const SUBJECT_GAP = /^\s+(?:(?!(?:about|on|for|with|of|to|in|at|from|by|over|after|before|during)\s)\p{Ll}+\s+){1,4}$/u;
const ACTORS: ReadonlySet<string> = new Set(['Person', 'Organization', 'Country']);

/** Who took part in an event, as the words around it say, and how. */
export interface WordedParticipant {
  who: Mention;
  role: 'host' | 'participant';
  confidence: number;
}

/**
 * Who took part in an event by the wording of its sentence: the agent after it ("a summit hosted
 * by French President Emmanuel Macron", "the meeting, also attended by Angela Merkel"); for a
 * summit, meeting or talks the sentence reports as held, the two people it opens on ("Putin and
 * Zelensky agreed … at a summit") and a host with guests ("Emmanuel Macron hosts Vladimir Putin,
 * Volodymyr Zelensky and Angela Merkel … for the summit"); for a visit, whose it is.
 */
export function participantsByWording(
  text: string,
  event: Mention,
  around: readonly Mention[],
  sentence: SentenceSpan | undefined,
): WordedParticipant[] {
  const found: WordedParticipant[] = [];
  const agentWords = BY_AGENT.exec(text.slice(event.end, sentence?.end ?? event.end + 80));
  if (agentWords) {
    const byEnd = event.end + agentWords[0].length;
    const agent = around.find(
      (m) => m.kind === 'Person' && m.start >= byEnd && TITLE_WORDS.test(text.slice(byEnd, m.start)),
    );
    const role = /^attended$/i.test(agentWords[1]!) ? 'participant' : 'host';
    for (const who of agent ? coordinated(agent, around, text, 'after') : [])
      found.push({ who, role, confidence: 0.6 });
  }
  const visitor = event.details?.eventType === 'visit' ? visitorOf(text, event, around) : undefined;
  if (visitor) found.push({ who: visitor, role: 'participant', confidence: 0.55 });
  const gathering = ['summit', 'meeting', 'talks'].includes(event.details?.eventType ?? '');
  if (!gathering || !sentence || NOT_YET.test(sentence.text)) return found;
  const [first, second] = around.filter((m) => ACTORS.has(m.kind) && m.end <= event.start);
  if (
    first?.kind === 'Person' &&
    second?.kind === 'Person' &&
    first.key !== second.key &&
    /^\s+and\s+(?:[\p{L}’'.-]+\s+){0,4}$/u.test(text.slice(first.end, second.start))
  ) {
    for (const who of [first, second]) found.push({ who, role: 'participant', confidence: 0.55 });
  }
  const hosting = HOSTS.exec(text.slice(sentence.start, event.start));
  if (hosting) {
    const verbStart = sentence.start + hosting.index;
    const verbEnd = verbStart + hosting[0].length;
    const host = around.filter((m) => m.kind === 'Person' && m.end <= verbStart && verbStart - m.end <= 12).at(-1);
    const guest = around.find(
      (m) => m.kind === 'Person' && m.start >= verbEnd && TITLE_WORDS.test(text.slice(verbEnd, m.start)),
    );
    if (host) found.push({ who: host, role: 'host', confidence: 0.6 });
    for (const who of guest ? coordinated(guest, around, text, 'after') : [])
      found.push({ who, role: 'participant', confidence: 0.6 });
  }
  return found;
}

/**
 * Whose visit it is: the person named in the possessive ("Hamáček’s planned trip to Moscow"); for
 * "his" or "her", the person the sentence last named before it; for "a visit", the subject of the
 * verb before it.
 */
function visitorOf(text: string, event: Mention, around: readonly Mention[]): Mention | undefined {
  const owner = around.find(
    (m) =>
      m.kind === 'Person' && m.end > event.start && m.end < event.end && /^[’']s\s/u.test(text.slice(m.end, m.end + 3)),
  );
  if (owner) return owner;
  const before = around.filter((m) => m.kind === 'Person' && m.end <= event.start).at(-1);
  if (/^(?:his|her)\s/iu.test(event.text)) return before;
  // "Hamáček has called off a trip to Moscow": the subject of the verb just before it.
  return before && SUBJECT_GAP.test(text.slice(before.end, event.start)) ? before : undefined;
}
