import type { SentenceSpan } from '../vocabulary/segment-sentences';
import type { FoundQuote } from './find-quotes';
import { LIVE_TIME } from './calendar-words';
import type { Mention, StatedFact } from './mention';
import { SpanIndex } from './span-index';

// A text's terms, listed after a colon: "Its nine points, in brief: …", "The agreement's main
// terms: …". "Its" is the text the sentence before names.
const TERMS_LISTED =
  /(?<![\p{L}])(?:[Ii]ts|[Tt]he\s+(?:deal|agreement|statement|declaration|document|accord|text|memorandum|plan)[’']s)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:points|terms|provisions|clauses)(?:,[^:\n.]{0,30})?:/gu;
// A sentence opening on a text: "Under the deal, …", "On the Black Sea Grain Initiative: …".
// A live blog's entry may open on its time: "03:10 Under the deal, …".
const LIVE_TIME_OPENING = new RegExp(`^(?:${LIVE_TIME}\\s+)?`, 'u');
const OPENS_ON_TEXT = /^(?:Under|On)\s+(?:the\s+)?$/u;
// What a text's terms are about: where, which bodies, which matters; the parties to it are its
// signers, not its subject.
const SUBJECT_KINDS: ReadonlySet<string> = new Set(['Place', 'Organization', 'Concept']);
const SITS_IN = /^\s+in\s+(?:the\s+)?$/u;

/** Where an article spells out a document's terms: the words it quotes there are the document's. */
export interface DocumentTerms {
  document: Mention;
  start: number;
  end: number;
}

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
): { facts: StatedFact[]; terms: DocumentTerms[] } {
  const index = new SpanIndex(mentions);
  const sentenceIndex = new SpanIndex(sentences);
  const facts: StatedFact[] = [];
  const found: DocumentTerms[] = [];
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
    if (!document) continue;
    const terms = { start: match.index, end: paragraphEnd < 0 ? text.length : paragraphEnd };
    about(document, terms);
    found.push({ document, ...terms });
  }
  for (const sentence of sentences) {
    const opening = LIVE_TIME_OPENING.exec(sentence.text)![0].length;
    const document = index
      .within(sentence)
      .find(
        (m) =>
          m.kind === 'Document' &&
          OPENS_ON_TEXT.test(text.slice(sentence.start + opening, m.start)) &&
          /^\s*[,:]/u.test(text.slice(m.end, m.end + 2)),
      );
    if (!document) continue;
    about(document, { start: document.end, end: sentence.end });
    // "Under the package, both sides are to pull heavy weapons back …" opening a paragraph: the
    // paragraph quotes its terms, though what it names past that sentence may be about another
    // matter ("Under the conclusions, Ukraine is to write the Steinmeier formula into law. … the
    // formula links a special-status law to local elections").
    const paragraphEnd = text.indexOf('\n', sentence.start);
    const opensParagraph = sentence.start === 0 || text[sentence.start - 1] === '\n';
    found.push({
      document,
      start: document.end,
      end: opensParagraph ? (paragraphEnd < 0 ? text.length : paragraphEnd) : sentence.end,
    });
  }
  return { facts, terms: found };
}

/**
 * A quote with no speaker inside a document's terms is the document's words: "All hostages are to
 * be released on an "all for all" basis", in the paragraph that opens "Under the package, …".
 */
export function quotedTerms(quotes: readonly FoundQuote[], terms: readonly DocumentTerms[]): FoundQuote[] {
  return quotes.map((quote) => {
    if (quote.speakerKey) return quote;
    const spelledOut = terms.find((t) => t.start <= quote.start && quote.end <= t.end);
    if (!spelledOut) return quote;
    return {
      ...quote,
      speakerKey: spelledOut.document.key,
      confidence: 0.5,
      reason: `quoted in the terms of ${spelledOut.document.name} the article spells out`,
    };
  });
}
