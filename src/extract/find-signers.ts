import type { SentenceSpan } from '../vocabulary/segment-sentences';
import { isDemonym, type Mention, type StatedFact } from './mention';
import { SpanIndex } from './span-index';

// "The Black Sea Grain Initiative was signed on Friday": a text told as signed.
const WAS_SIGNED = /^\s+(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+)?signed(?![\p{L}])/u;
// "Shoigu and Kubrakov signed separate texts", "Akar signed for Turkey": someone signing.
const SIGNED = /(?<![\p{L}])(?:co-)?signed(?![\p{L}])/gu;
const PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|been|be|being|is|are)\s+(?:\p{Ll}+ly\s+)?$/u;
// How many sentences after the one that tells of a signing may name its signers.
const SIGNERS_WITHIN = 2;

/**
 * Who signed a text the article has just told of as signed: "The Black Sea Grain Initiative was
 * signed on Friday at Dolmabahçe Palace, in a ceremony hosted by Erdoğan and Guterres. … Shoigu
 * and Kubrakov signed separate but identical texts … Akar signed for Turkey." The people who sign
 * in that sentence or the next two issued the text, and took part in its signing ceremony.
 */
export function findSigners(
  text: string,
  sentences: readonly SentenceSpan[],
  mentions: readonly Mention[],
): StatedFact[] {
  const index = new SpanIndex(mentions);
  const facts: StatedFact[] = [];
  sentences.forEach((sentence, at) => {
    const named = index.within(sentence);
    const document = named.find((m) => m.kind === 'Document' && WAS_SIGNED.test(text.slice(m.end, m.end + 30)));
    if (!document) return;
    const ceremony = named.find((m) => m.kind === 'Event' && m.details?.eventType === 'ceremony');
    for (const told of sentences.slice(at, at + 1 + SIGNERS_WITHIN)) {
      const around = index.within(told);
      for (const verb of told.text.matchAll(SIGNED)) {
        const verbStart = told.start + verb.index;
        if (PASSIVE_BEFORE.test(text.slice(Math.max(0, verbStart - 20), verbStart))) continue;
        // The people of the verb's clause, before it: past a clause a comma closes ("Because Kyiv
        // refused to sign any document with Moscow, Shoigu and Kubrakov signed").
        const clauseStart = Math.max(told.start, text.lastIndexOf(';', verbStart) + 1);
        for (const signer of around.filter(
          (m) =>
            m.kind === 'Person' &&
            !isDemonym(m) &&
            m.start >= clauseStart &&
            m.end <= verbStart &&
            !/^[’']s(?![\p{L}])/u.test(text.slice(m.end, m.end + 2)) &&
            !/(?<![\p{L}])(?:with|by|to|from|for)\s+$/u.test(text.slice(Math.max(0, m.start - 6), m.start)),
        )) {
          facts.push({
            type: 'ISSUED',
            from: signer,
            to: document,
            evidence: { start: signer.start, end: verbStart + verb[0].length },
          });
          if (ceremony)
            facts.push({
              type: 'PARTICIPATED_IN',
              from: signer,
              to: ceremony,
              evidence: { start: Math.min(ceremony.start, signer.start), end: Math.max(ceremony.end, signer.end) },
              role: 'signatory',
            });
        }
      }
    }
  });
  return facts;
}
