import type { SentenceSpan } from '../vocabulary/segment-sentences';
import type { Mention } from './mention';
import { SpanIndex } from './span-index';

/** What someone said, in the article's words rather than theirs: "Lopes said the government was ready". */
export interface ReportedSpeech {
  speakerKey: string;
  /** The proposition, as the article words it. */
  text: string;
  start: number;
  end: number;
  /** The sentence that reports it. */
  evidence: { start: number; end: number };
  confidence: number;
}

const SPEAKER_KINDS = new Set(['Person', 'Organization', 'Country', 'Document']);
const VERB =
  '(?:said|says|told\\s+(?:reporters|journalists|parliament|lawmakers|MPs)|added|warned|stated|announced|insisted|argued|stressed|noted|claimed|confirmed|denied)';
// "X said (on Monday) (in a statement) (that) <clause>", with words describing X between: ",
// speaking in Porto,", ", the interior minister,", ", who leads the party,".
const SPEAKER_FIRST = new RegExp(
  `^(?:\\s*,[^,;:"“”]{1,80},)?\\s+(?:also\\s+|later\\s+|earlier\\s+|again\\s+)?${VERB}(?:\\s+on\\s+\\p{Lu}\\p{Ll}+)?(?:\\s+in\\s+a\\s+statement)?(?:\\s+that)?\\s+`,
  'u',
);
// "<clause>, X said." / "<clause>, said X."
const INVERTED_VERB = /,\s+(?:said|says|added|told\s+reporters)\s*$/u;
const INVERTED_AFTER = /^\s+(?:said|says|added)(?:\s+on\s+\p{Lu}\p{Ll}+)?[.!]?\s*$/u;
const QUOTE_MARK = /["“”‘’]/u;
/** Fewer words than this are not a proposition ("he said so"). */
const MIN_WORDS = 4;

/**
 * Claims an article reports without quotation marks: "Interior Minister Rui Lopes said the
 * government was ready", "The storm will reach the coast by midnight, Costa said", "According to
 * Costa, the storm will …". The speaker is a person, organization, country or document named
 * right before the verb (or right after it, in "…, said Costa"); sentences with quotation marks
 * are left to the quotes, and a pronoun ("he said") to no one.
 */
export function findReportedSpeech(
  text: string,
  sentences: readonly SentenceSpan[],
  mentions: readonly Mention[],
): ReportedSpeech[] {
  const speakers = new SpanIndex(mentions.filter((m) => SPEAKER_KINDS.has(m.kind)));
  const found: ReportedSpeech[] = [];
  for (const sentence of sentences) {
    const words = text.slice(sentence.start, sentence.end);
    if (QUOTE_MARK.test(words)) continue;
    const inSentence = speakers.within(sentence);
    const reported = speakerFirst(text, sentence, inSentence) ?? inverted(text, sentence, inSentence);
    if (!reported) continue;
    const clause = trimmed(text, reported.start, reported.end);
    if (clause.text.split(/\s+/).length < MIN_WORDS) continue;
    found.push({ ...reported, ...clause, evidence: { start: sentence.start, end: sentence.end } });
  }
  return found;
}

function speakerFirst(
  text: string,
  sentence: SentenceSpan,
  inSentence: readonly Mention[],
): { speakerKey: string; start: number; end: number; confidence: number } | undefined {
  const according = /^According\s+to\s+/u.exec(text.slice(sentence.start, sentence.end));
  if (according) {
    const speaker = inSentence.find((m) => m.start === sentence.start + according[0].length);
    const comma = speaker ? /^,\s+/u.exec(text.slice(speaker.end, speaker.end + 3)) : null;
    if (speaker && comma)
      return { speakerKey: speaker.key, start: speaker.end + comma[0].length, end: sentence.end, confidence: 0.65 };
  }
  // Speakers are tried in text order, so in "Feijoo, who leads the party, said" Feijoo speaks.
  for (const speaker of inSentence) {
    const verb = SPEAKER_FIRST.exec(text.slice(speaker.end, sentence.end));
    if (verb)
      return { speakerKey: speaker.key, start: speaker.end + verb[0].length, end: sentence.end, confidence: 0.6 };
  }
  return undefined;
}

function inverted(
  text: string,
  sentence: SentenceSpan,
  inSentence: readonly Mention[],
): { speakerKey: string; start: number; end: number; confidence: number } | undefined {
  const last = inSentence.at(-1);
  if (!last) return undefined;
  const before = text.slice(sentence.start, last.start);
  const after = text.slice(last.end, sentence.end);
  // "<clause>, said Costa."
  const saidFirst = INVERTED_VERB.exec(before);
  if (saidFirst && /^[.!]?\s*$/u.test(after))
    return { speakerKey: last.key, start: sentence.start, end: sentence.start + saidFirst.index, confidence: 0.6 };
  // "<clause>, Costa said."
  const comma = before.lastIndexOf(', ');
  if (comma > 0 && INVERTED_AFTER.test(after) && /^,\s+(?:the\s+)?$/u.test(before.slice(comma)))
    return { speakerKey: last.key, start: sentence.start, end: sentence.start + comma, confidence: 0.6 };
  return undefined;
}

/** The clause without its closing stop and surrounding white space. */
function trimmed(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /[\s.!?]/u.test(text[to - 1]!)) to -= 1;
  return { text: text.slice(from, to), start: from, end: to };
}
