import type { SentenceSpan } from '../vocabulary/segment-sentences';
import type { IncidentFact } from './find-incidents';
import type { Mention } from './mention';
import { SpanIndex } from './span-index';

// A text's terms, listed after a colon: "Its nine points, in brief: …", "The agreement's main
// terms: …". "Its" is the text the sentence before names.
const TERMS_LISTED =
  /(?<![\p{L}])(?:[Ii]ts|[Tt]he\s+(?:deal|agreement|statement|declaration|document|accord|text|memorandum|plan)[’']s)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:points|terms|provisions|clauses)(?:,[^:\n.]{0,30})?:/gu;
// A sentence opening on a text: "Under the deal, …", "On the Black Sea Grain Initiative: …".
const OPENS_ON_TEXT = /^(?:Under|On)\s+(?:the\s+)?$/u;
// What a text's terms are about: where, which bodies, which matters; the parties to it are its
// signers, not its subject.
const SUBJECT_KINDS: ReadonlySet<string> = new Set(['Place', 'Organization', 'Concept']);
const SITS_IN = /^\s+in\s+(?:the\s+)?$/u;

/**
 * What a document provides for, where the article spells out its terms: the places, bodies and
 * matters named in a list of its points ("Its nine points, in brief: … Armenia hands the Agdam,
 * Kalbajar and Lachin districts back to Azerbaijan …") or in a sentence that opens on it ("Under
 * the deal, …", "On the Black Sea Grain Initiative: the Joint Coordination Centre in Istanbul will
 * be inaugurated …"). The document is about each of them.
 */
export function findDocumentTerms(
  text: string,
  sentences: readonly SentenceSpan[],
  mentions: readonly Mention[],
): IncidentFact[] {
  const index = new SpanIndex(mentions);
  const sentenceIndex = new SpanIndex(sentences);
  const facts: IncidentFact[] = [];
  const about = (document: Mention, terms: { start: number; end: number }) => {
    const named = index.within(terms);
    for (const subject of named) {
      if (!SUBJECT_KINDS.has(subject.kind) || subject.key === document.key) continue;
      // "a Joint Coordination Centre in Istanbul": where a body sits is not what the text is about.
      if (
        subject.kind === 'Place' &&
        named.some((m) => m.end < subject.start && SITS_IN.test(text.slice(m.end, subject.start)))
      )
        continue;
      facts.push({ type: 'ABOUT', from: document, to: subject, evidence: { start: terms.start, end: subject.end } });
    }
  };
  for (const match of text.matchAll(TERMS_LISTED)) {
    const sentence = sentenceIndex.containing({ start: match.index, end: match.index + 1 })[0];
    if (!sentence) continue;
    const before = sentenceIndex.lastEndingBy(sentence.start);
    const document = index
      .within({ start: before?.start ?? sentence.start, end: match.index + match[0].length })
      .filter((m) => m.kind === 'Document')
      .at(-1);
    const paragraphEnd = text.indexOf('\n', match.index);
    if (document) about(document, { start: match.index, end: paragraphEnd < 0 ? text.length : paragraphEnd });
  }
  for (const sentence of sentences) {
    const opening = /^(?:\d{1,2}[:.]\d{2}\s+)?/u.exec(sentence.text)![0].length;
    const document = index
      .within(sentence)
      .find(
        (m) =>
          m.kind === 'Document' &&
          OPENS_ON_TEXT.test(text.slice(sentence.start + opening, m.start)) &&
          /^\s*[,:]/u.test(text.slice(m.end, m.end + 2)),
      );
    if (document) about(document, { start: document.end, end: sentence.end });
  }
  return facts;
}
