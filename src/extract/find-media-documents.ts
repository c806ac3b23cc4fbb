import { slugify } from '../vocabulary/normalize-id';
import { capitalise, overlaps, referringBack, type Mention } from './mention';

// "an audio message", "An eleven-minute audio message", "a video of him inspecting troops",
// "Prigozhin's video": a recording someone released. Not a video link, call or conference (a way
// of meeting), nor a video address (a speech, an event of its own).
const MEDIA = new RegExp(
  String.raw`(?<![\p{L}’'])([Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]*[’']s)\s+` +
    String.raw`(?:(?:[\p{L}\d]+-(?:minute|second)|new|short|brief|latest|separate)\s+)?` +
    String.raw`(audio\s+message|voice\s+message|video\s+message|audio\s+recording|video)` +
    String.raw`(?![\p{L}])(?!\s+(?:link|links|call|calls|conference|conferences|address|addresses|game|games)(?![\p{L}]))`,
  'gu',
);

/**
 * Recordings the article reports (an audio message, a video): each one named with "a" or a
 * possessive is one of its own; "the video" is the last one of its kind before it. Each is the
 * article's own document: resolution decides whether another article reported it.
 */
export function findMediaDocuments(
  text: string,
  localSuffix: string,
  found: readonly Mention[],
  headlineEnd: number,
): Mention[] {
  const documents: Mention[] = [];
  let count = 0;
  for (const match of text.matchAll(MEDIA)) {
    if (match.index < headlineEnd) continue;
    const kind = match[2]!.replace(/\s+/gu, ' ').toLowerCase();
    // The words after the determiner: "eleven-minute audio message".
    const start = match.index + match[1]!.length + /^\s+/u.exec(match[0].slice(match[1]!.length))![0].length;
    const span = { start, end: match.index + match[0].length };
    if ([...found, ...documents].some((m) => overlaps(m, span))) continue;
    const words = text.slice(span.start, span.end);
    const earlier = /^[Tt]he$/u.test(match[1]!)
      ? documents.filter((m) => m.details?.documentType === kind).at(-1)
      : undefined;
    if (earlier) {
      documents.push(referringBack(earlier, span, text, 0.5, `"${words}" refers back to ${earlier.text}`));
      continue;
    }
    count += 1;
    documents.push({
      ...span,
      text: words,
      kind: 'Document',
      key: `document:${slugify(kind)}-${localSuffix}-${count}`,
      name: capitalise(kind),
      confidence: 0.55,
      reason: `a recording the article reports ("${words}")`,
      details: { documentType: kind },
    });
  }
  return documents;
}
