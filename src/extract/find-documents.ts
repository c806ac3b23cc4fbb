import { slugify } from '../vocabulary/normalize-id';
import { findMediaDocuments } from './find-media-documents';
import { AFTER_WORD, BEFORE_WORD, capitalise, overlaps, referringBack, shortHash, type Mention } from './mention';

// "UN Security Council resolution 2254", "resolution 2254", "UNSC Resolution 2254", and the short
// form "UNSCR 2254" (not "UNSC 2254": a bare council name and number is not always a resolution).
const RESOLUTION =
  /(?<![\p{L}\p{N}])(?:(?:(?:the\s+)?(?:UN|U\.N\.|United Nations)\s+)?(?:(Security Council|General Assembly)\s+)?(?:UNSC\s+)?[Rr]esolution|UNSCR)\s+(\d{2,5})(?![\p{L}\p{N}])/gu;
// The key of the article's own statement, before the article's suffix.
const OWN_STATEMENT = 'document:statement-';

/** Whether a document mention is the article's own statement (its joint statement, its deal). */
export function isOwnStatement(mention: Mention): boolean {
  return mention.kind === 'Document' && mention.key.startsWith(OWN_STATEMENT);
}

const SEPARATE_STATEMENT = 'document:separate-';
/** Whether a mention is one of the texts of the occasion an article reports: its statement, or a separate one. */
export function isOccasionText(mention: Mention): boolean {
  return isOwnStatement(mention) || (mention.kind === 'Document' && mention.key.startsWith(SEPARATE_STATEMENT));
}

const STATEMENT = new RegExp(
  `${BEFORE_WORD}(?:[Tt]he\\s+)?((?:joint|written|bilateral|final|official)\\s+(?:statement|agreement|declaration|communiqu[eé]))${AFTER_WORD}`,
  'gu',
);
const STATEMENT_REFERENCE = new RegExp(
  `${BEFORE_WORD}[Tt]he\\s+(?:key\\s+|joint\\s+|bilateral\\s+|written\\s+|full\\s+)?(statement|document|agreements?|declaration|communiqu[eé]|accords?|deal|text|conclusions(?!\\s+of\\s))${AFTER_WORD}(?!\\s+(?:message|of\\s+(?:a|an|his|her)\\s))`,
  'gu',
);
// "Iran and six powers reached a nuclear deal", "the two sides signed an agreement": an agreement
// the article reports as made, its own like a joint statement; "the deal" later refers back to it.
// A headline drops the article before a deal ("Armenia, Azerbaijan and Russia sign deal"), not
// before an agreement ("reached agreement on" is consensus, no text).
const AGREEMENT_KIND =
  '(?:(?:nuclear|peace|ceasefire|trade|landmark|historic|framework|comprehensive|preliminary|interim|new)\\s+){0,2}';
const AGREEMENT_MADE = new RegExp(
  `(?<=${BEFORE_WORD}(?:reach(?:es|ed)?|str(?:ike|ikes|uck)|sign(?:s|ed)?|seal(?:s|ed)?|clinch(?:es|ed)?|conclude[sd]?|finali[sz]ed)\\s+(?:(?:a|an)\\s+|(?=${AGREEMENT_KIND}deal${AFTER_WORD})))(${AGREEMENT_KIND}(?:deal|agreement|accord|pact))${AFTER_WORD}`,
  'gu',
);
// "a statement on the Kremlin website", "said in a statement", "its own statement", "the
// ministry's statement", "a document
// of common agreed conclusions": one issued,
// taken when the article reports no joint or written statement (whose "a statement" may be another's).
// Not "a statement to the House of Commons": one made to someone is spoken. "A nine-point
// statement", "a two-page document": a hyphenated measure may come first.
const ISSUED_STATEMENT = new RegExp(
  `${BEFORE_WORD}(?:[Aa]n?|[Ii]ts|[Tt]heir|\\p{L}+[’']s)\\s+(?:own\\s+)?((?:official\\s+|written\\s+|[\\p{Ll}\\d]+-\\p{Ll}+\\s+)?(?:statement|communiqu[eé]|document))${AFTER_WORD}(?!\\s+to\\s)`,
  'gu',
);
const MODIFIED_REFERENCE = new RegExp(
  `${BEFORE_WORD}[Tt]he\\s+(?:[\\p{Ll}\\d][\\p{L}\\d,.’'-]*\\s+|\\p{Lu}[\\p{L}’'-]*-\\p{Lu}[\\p{L}’'-]*\\s+){1,2}?(statement|communiqu[eé]|declaration|text|document)${AFTER_WORD}`,
  'gu',
);
// With neither, "the agreement", "the declaration", "the document", "the conclusions" (of a
// summit; not "the conclusions of" an inquiry): the one the article reports.
const DEFINITE_DOCUMENT = new RegExp(
  `${BEFORE_WORD}[Tt]he\\s+(statement|agreement|declaration|accord|communiqu[eé]|document|conclusions(?!\\s+of\\s))${AFTER_WORD}`,
  'gu',
);
const READOUT = new RegExp(
  `${BEFORE_WORD}(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:own\\s+)?(?:official\\s+)?((?:\\p{Lu}[\\p{L}’'-]*\\s+){1,3})?readout${AFTER_WORD}`,
  'gu',
);
// "the Panmunjom Declaration", "the Chemical Weapons Convention", "the Minsk Agreements": a
// document known by its proper name, every word of which is capitalised.
const NAMED_DOCUMENT = new RegExp(
  `${BEFORE_WORD}((?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4})(Declaration|Convention|Treaty|Accords?|Charter|Protocol|Agreements?|Communiqu[eé]|Initiative|Pact|Memorandum)${AFTER_WORD}`,
  'gu',
);
// A document's title in quotation marks: "Package of Measures for the Implementation of the Minsk
// Agreements", "Joint Comprehensive Plan of Action". Its words are capitalised, but for the small
// words between them, and one of them says it is a text.
const QUOTED_TITLE =
  /["“](\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|on|the|and|in|to|with|between|a|an)\s+)*\p{Lu}[\p{L}’'-]*){1,12})["”]/gu;
const TITLE_HEAD =
  /(?<![\p{L}])(Package|Plan|Agreements?|Declaration|Measures|Roadmap|Framework|Conclusions|Protocol|Accords?|Memorandum|Statement|Charter|Initiative|Treaty|Convention|Communiqu[eé]|Principles|Formula|Pact)(?![\p{L}])/u;
// Titles of what parties agree that name no kind of text: a package of measures, a plan, a roadmap.
const AGREED_TITLE = /^(?:Package|Plan|Measures|Roadmap|Framework)$/u;
// "a separate joint declaration", "another statement": not the text the article reports.
const SEPARATE_BEFORE = /(?<![\p{L}])(?:separate|another|second)\s+$/iu;
// Words of a quoted sentence in capitals ("The Plan Is Dead"), not of a title.
const SENTENCE_WORD =
  /(?<![\p{L}])(?:Is|Are|Was|Were|Be|Been|Will|Would|Has|Have|Had|Not|No|We|I|You|It|Our|My|Your|Must|Should|Can|Do|Does)(?![\p{L}])/u;
// Words that set one text against another: "the new text", "the earlier document".
const CONTRASTING = /(?<![\p{L}])(?:new|old|earlier|previous|original|former|latest|revised|final|draft)(?![\p{L}])/iu;
// The noun of an apposition that says what a document is: ", a 13-point "package of measures"".
const APPOSITIVE_NOUN =
  /^,\s+an?\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}["“]?(package|plan|roadmap|framework|blueprint|text|document)(?![\p{L}])/u;
// A short form given in brackets after a name: "the Chemical Weapons Convention (CWC)".
const ACRONYM_AFTER = /^\s+\((\p{Lu}[\p{Lu}\d]{1,9})\)/u;
// Documents of other kinds than the statement an article reports, each its own: "a memorandum of
// understanding", "the current contract between Gazprom and Naftogaz", "a Russian draft
// resolution" (a resolution not yet adopted, so with no number). Not a pact or treaty, which
// outlets also call the agreement an article reports by another name.
const OTHER_DOCUMENT = new RegExp(
  `${BEFORE_WORD}([Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\\s+((?:(?!(?:of|on|in|at|for|to|with|by|and|or)\\s)(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}-]*)\\s+){0,3}?)([Mm]emorandum(?:\\s+of\\s+[Uu]nderstanding)?|contract|draft\\s+resolution)${AFTER_WORD}`,
  'gu',
);
// What tells which one a definite "the contract" is: who it binds, what it is on, its signing.
const SAYS_WHICH = /^\s+(?:between|with|on|over|signed|agreed|of\s+(?:19|20)\d\d)\s/u;
// "the Minsk agreements", "the New START treaty", "the Iran nuclear deal": a document known by
// the name of a place, a party or an acronym before a common noun.
const NAMED_BY_WORDS = new RegExp(
  `${BEFORE_WORD}[Tt]he\\s+((?:\\p{Lu}[\\p{L}’'-]*\\s+){1,3})(?:(nuclear|peace|climate|arms|ceasefire|trade|gas|grain|border)\\s+)?(agreements?|accords?|deal|treaty|memorandum|protocol|convention|charter)${AFTER_WORD}`,
  'gu',
);
// The nouns a treaty or accord goes by ("the agreement", "the declaration"), as documentFamily gives them.
const TREATY_LIKE: ReadonlySet<string> = new Set([
  'agreement',
  'declaration',
  'treaty',
  'convention',
  'charter',
  'protocol',
  'memorandum',
]);
// Capitalised words that open a sentence or qualify, not a name: "The Declaration", "A Treaty".
const NOT_A_NAME = /^(?:The|A|An|This|That|Its|Their|His|Her|Our|Joint|Final|Written|Official)$/u;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const TWEET_SIGNATURE = new RegExp(`^[—–-]\\s*(.+?)\\s+\\((@\\w+)\\)\\s+(${MONTH}\\s+\\d{1,2},\\s+\\d{4})\\s*$`, 'gmu');

/** An embedded tweet: its signature line, the line before it (its text), author and date. */
export interface EmbeddedTweet {
  key: string;
  author: { start: number; end: number; text: string };
  handle: string;
  date: { start: number; end: number; text: string };
  content: { start: number; end: number; text: string };
  signature: { start: number; end: number; text: string };
}

/**
 * Documents: UN resolutions by number, an article's own statement or agreement ("a written
 * statement", then "the statement", "the document") and readout, and embedded tweets. A statement is the
 * article's own: its id carries the article's suffix, so two articles' "joint statement" never
 * merge on the name alone. A tweet is known by its handle and date.
 */
export function findDocuments(
  text: string,
  localSuffix: string,
  named: readonly Mention[] = [],
): { mentions: Mention[]; tweets: EmbeddedTweet[] } {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(RESOLUTION)) {
    const body = match[1] ?? (/UNSC|UN\s+Security/.test(match[0]) ? 'Security Council' : undefined);
    const number = match[2]!;
    const prefix = body === 'General Assembly' ? 'UN General Assembly' : 'UN Security Council';
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      kind: 'Document',
      key: `document:${body === 'General Assembly' ? 'unga' : 'unsc'}-resolution-${number}`,
      name: `${prefix} resolution ${number}`,
      confidence: body ? 0.9 : 0.75,
      reason: `resolution number ${number}${body ? '' : ' (taken as a Security Council resolution)'}`,
      details: { documentType: `${prefix} resolution`, number },
    });
  }

  const headlineEnd = text.indexOf('\n');
  for (const match of text.matchAll(NAMED_DOCUMENT)) {
    // A Title Case headline capitalises every word; its names come back in the text.
    if (match.index < headlineEnd) continue;
    const words = [...match[1]!.matchAll(/\S+/gu)];
    const first = words.findIndex((word) => !NOT_A_NAME.test(word[0]));
    if (first < 0) continue;
    const type = match[2]!;
    const name = `${words
      .slice(first)
      .map((word) => word[0])
      .join(' ')} ${type}`;
    const start = match.index + match[0].indexOf(match[1]!) + words[first]!.index;
    const span = { start, end: match.index + match[0].length };
    if (mentions.some((m) => overlaps(m, span))) continue;
    mentions.push({
      ...span,
      text: text.slice(span.start, span.end),
      kind: 'Document',
      key: namedDocumentKey(name.slice(0, -type.length), type),
      name,
      confidence: 0.7,
      reason: `a document known by its name ("${name}")`,
      details: { documentType: documentFamily(type) },
    });
  }
  for (const match of text.matchAll(NAMED_BY_WORDS)) {
    if (match.index < headlineEnd) continue;
    const words = match[1]!.trim();
    const start = match.index + match[0].indexOf(match[1]!);
    const wordsSpan = { start, end: start + words.length };
    // "the Trump deal" is a person's, "the Russian treaty" a country's: neither is a name.
    if (named.some((m) => overlaps(m, wordsSpan) && (m.kind === 'Person' || m.entry?.demonyms.includes(m.text))))
      continue;
    if (NOT_A_NAME.test(words.split(/\s+/u)[0]!)) continue;
    const span = { start, end: match.index + match[0].length };
    if (mentions.some((m) => overlaps(m, span))) continue;
    const noun = match[3]!;
    const name = `${words} ${match[2] ? `${match[2]} ` : ''}${noun}`;
    mentions.push({
      ...span,
      text: text.slice(span.start, span.end),
      kind: 'Document',
      key: namedDocumentKey(words, noun),
      name,
      confidence: 0.65,
      reason: `a document known by the name before it ("${name}")`,
      details: { documentType: documentFamily(noun) },
    });
  }

  // After the names, so that a name inside a title ("the Minsk Agreements") is still its own.
  mentions.push(...quotedTitles(text, headlineEnd));
  // "the declaration" after "the Panmunjom Declaration" is that declaration, not the article's
  // own statement: the last document named before it of the same kind.
  mentions.push(...shortForms(text, mentions));
  const namedDocuments = [...mentions];
  const namedReferent = (match: RegExpMatchArray, noun: string) =>
    namedDocuments
      .filter((m) => m.end <= match.index! && headNoun(m.details?.documentType) === documentFamily(noun))
      .at(-1);
  const namedAgreements = namedDocuments.filter((m) => headNoun(m.details?.documentType) !== 'resolution');
  const statementKey = `${OWN_STATEMENT}${localSuffix}`;
  const qualified = [...text.matchAll(STATEMENT)].find((match) => !isSeparate(text, match));
  mentions.push(...separateStatements(text, localSuffix));
  const made = [...text.matchAll(AGREEMENT_MADE)].find((match) => match.index > headlineEnd);
  const issued = (qualified ?? made) ? undefined : [...text.matchAll(ISSUED_STATEMENT)][0];
  const first =
    qualified ?? made ?? issued ?? firstDefinite(text, headlineEnd, (match) => !namedReferent(match, match[1]!));
  if (first) {
    const name = first[1]!.replace(/^\w/, (c) => c.toUpperCase());
    // "the agreement", "the document" with nothing before to say what it is: another outlet's
    // "joint statement" may be the same text, so its kind is only "document".
    const definiteOnly = !qualified && /^[Tt]he\s/u.test(first[0]);
    const ownHead = documentFamily(first[1]!.split(/\s+/).at(-1)!);
    const addStatement = (match: RegExpMatchArray, kind: string, confidence: number, reason: string) => {
      const span = { start: match.index!, end: match.index! + match[0].length, text: match[0] };
      if (mentions.some((m) => overlaps(m, span))) return;
      const noun = match[1]!.split(/\s+/).at(-1)!;
      const referent = namedReferent(match, noun);
      if (referent) {
        mentions.push({
          ...referent,
          ...span,
          confidence: 0.55,
          reason: `"${match[0]}" refers back to ${referent.name}`,
          refersBack: true,
        });
        return;
      }
      // "the accords", "the agreements": only ever ones named before.
      if (/^(?:agreements|accords)$/iu.test(noun)) return;
      // In an article that names agreements by name, "the treaty" of no kind named before may be
      // any of them (a resolution, known by its number, is not one "the agreement" could mean).
      const family = documentFamily(noun);
      if (namedAgreements.length > 0 && family !== ownHead && TREATY_LIKE.has(family)) return;
      const documentType = definiteOnly ? 'document' : documentFamily(kind.split(/\s+/).at(-1)!);
      mentions.push({
        ...span,
        kind: 'Document',
        key: statementKey,
        name,
        confidence,
        reason,
        details: { documentType },
      });
    };
    // "the 1,600-word communique", "the Trump-Kim statement", "the full text": the same noun
    // with words before it is the same document; a text or document, whatever it is called. Not
    // "the Blue House statement": one name before it is another's.
    const head = first[1]!.split(/\s+/).at(-1)!.toLowerCase();
    for (const match of text.matchAll(MODIFIED_REFERENCE)) {
      const noun = match[1]!.toLowerCase();
      if (noun === head || noun === 'text' || noun === 'document')
        addStatement(match, first[1]!, 0.55, `"${match[0]}" refers back to the ${first[1]} the article reports`);
    }
    for (const match of text.matchAll(STATEMENT_REFERENCE)) {
      // "Biden welcomed the deal … his office said in a statement": a text of another kind named
      // before a statement someone issued does not refer back to it.
      if (issued && match.index < first.index! && documentFamily(match[1]!.split(/\s+/).at(-1)!) !== ownHead) continue;
      addStatement(match, first[1]!, 0.6, `"${match[0]}" refers back to the ${first[1]} the article reports`);
    }
    for (const match of text.matchAll(STATEMENT))
      addStatement(match, match[1]!, 0.75, `a ${match[1]} the article reports`);
    if (made)
      for (const match of text.matchAll(AGREEMENT_MADE))
        addStatement(match, match[1]!, 0.7, `a ${match[1]} the article reports as made`);
    if (!qualified)
      for (const match of text.matchAll(ISSUED_STATEMENT))
        addStatement(match, match[1]!, 0.65, `${match[0].split(/\s/)[0]!.toLowerCase()} ${match[1]} someone issued`);
  }

  if (!first) mentions.push(...textsOfNamedDocuments(text, namedDocuments, mentions));
  mentions.push(...appositiveNames(text, mentions));

  // "a readout of remarks by President Moon", then "the readout": a government's account of a
  // meeting or call, the article's own like its statement.
  mentions.push(...otherDocuments(text, localSuffix, mentions, headlineEnd));
  mentions.push(...findMediaDocuments(text, localSuffix, mentions, headlineEnd));

  const readouts = [...text.matchAll(READOUT)];
  // "A White House readout", "the Kremlin readout": each body's its own; "the readout" is the last named.
  let lastIssuer: string | undefined;
  for (const [index, match] of readouts.entries()) {
    const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
    if (mentions.some((m) => overlaps(m, span))) continue;
    const issuer = match[1]?.trim();
    lastIssuer = issuer ?? lastIssuer;
    const name = lastIssuer ? `${lastIssuer} readout` : 'Readout';
    mentions.push({
      ...span,
      kind: 'Document',
      key: lastIssuer ? `document:readout-${slugify(lastIssuer)}-${localSuffix}` : `document:readout-${localSuffix}`,
      name,
      confidence: index === 0 ? 0.7 : 0.6,
      reason: issuer || index === 0 ? `a readout the article reports` : `"${match[0]}" refers back to the ${name}`,
      details: { documentType: 'readout' },
    });
  }

  const tweets: EmbeddedTweet[] = [];
  for (const match of text.matchAll(TWEET_SIGNATURE)) {
    const signatureStart = match.index;
    const authorStart = signatureStart + match[0].indexOf(match[1]!);
    const dateStart = signatureStart + match[0].lastIndexOf(match[3]!);
    const contentEnd = text.lastIndexOf('\n', signatureStart - 1);
    const contentStart = text.lastIndexOf('\n', contentEnd - 1) + 1;
    if (contentEnd <= contentStart) continue;
    const handle = match[2]!;
    const dateText = match[3]!;
    const key = `document:tweet-${slugify(handle)}-${slugify(dateText)}-${shortHash(text.slice(contentStart, contentEnd))}`;
    const signature = {
      start: signatureStart,
      end: signatureStart + match[0].trimEnd().length,
      text: match[0].trimEnd(),
    };
    tweets.push({
      key,
      author: { start: authorStart, end: authorStart + match[1]!.length, text: match[1]! },
      handle,
      date: { start: dateStart, end: dateStart + dateText.length, text: dateText },
      content: { start: contentStart, end: contentEnd, text: text.slice(contentStart, contentEnd) },
      signature,
    });
    mentions.push({
      ...signature,
      kind: 'Document',
      key,
      name: `${match[1]!}’s tweet of ${dateText}`,
      confidence: 0.9,
      reason: `an embedded tweet signed ${match[1]!} (${handle})`,
      details: { documentType: 'tweet', handle },
    });
  }
  return { mentions, tweets };
}

/**
 * A memorandum or contract the article reports without a name: one per
 * kind, first named with "a" or with words that say which ("the contract between Gazprom and
 * Naftogaz"); "the memorandum" later is that one, or a named one of its kind before it.
 */
function otherDocuments(text: string, localSuffix: string, found: readonly Mention[], headlineEnd: number): Mention[] {
  const documents: Mention[] = [];
  const first = new Map<string, Mention>();
  for (const match of text.matchAll(OTHER_DOCUMENT)) {
    if (match.index < headlineEnd) continue;
    // The words after the determiner: its qualifiers and the noun.
    const end = match.index + match[0].length;
    const span = { start: end - match[2]!.length - match[3]!.length, end };
    if ([...found, ...documents].some((m) => overlaps(m, span))) continue;
    const noun = match[3]!.toLowerCase().replace(/\s+/gu, ' ');
    const family = noun === 'draft resolution' ? noun : noun.split(' ')[0]!;
    const named = found
      .filter((m) => m.kind === 'Document' && !m.refersBack && m.end <= span.start)
      .filter((m) => headNoun(m.details?.documentType) === family)
      .at(-1);
    const earlier = first.get(family) ?? named;
    const definite = !/^an?$/iu.test(match[1]!);
    if (earlier && definite) {
      documents.push(referringBack(earlier, span, text, 0.55, `"${match[0]}" refers back to ${earlier.name}`));
      continue;
    }
    if (earlier || (definite && !SAYS_WHICH.test(text.slice(span.end, span.end + 12)))) continue;
    const mention: Mention = {
      ...span,
      text: text.slice(span.start, span.end),
      kind: 'Document',
      key: `document:${slugify(family)}-${localSuffix}`,
      name: capitalise(noun),
      confidence: 0.6,
      reason: `a ${noun} the article reports ("${match[0]}")`,
      details: { documentType: family },
    };
    first.set(family, mention);
    documents.push(mention);
  }
  return documents;
}

/**
 * In an article that reports no text of its own, "the 13-point document" or "the full text" is the
 * document named last before it. Not "the new text" or "the earlier document": such words set it
 * against another text, which may be the one named last.
 */
function textsOfNamedDocuments(text: string, named: readonly Mention[], found: readonly Mention[]): Mention[] {
  const references: Mention[] = [];
  for (const match of text.matchAll(MODIFIED_REFERENCE)) {
    if (!/^(?:text|document)$/iu.test(match[1]!) || CONTRASTING.test(match[0])) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    if (found.some((m) => overlaps(m, span))) continue;
    const earlier = named.filter((m) => m.end <= span.start).at(-1);
    if (earlier)
      references.push(referringBack(earlier, span, text, 0.5, `"${match[0]}" refers back to ${earlier.name}`));
  }
  return references;
}

/**
 * What a document is called in apposition to its name ("The deal, a 13-point "package of
 * measures" to implement …") names it later too: "the package" is that deal.
 */
function appositiveNames(text: string, documents: readonly Mention[]): Mention[] {
  const references: Mention[] = [];
  for (const document of documents.filter((m) => m.kind === 'Document')) {
    const noun = APPOSITIVE_NOUN.exec(text.slice(document.end, document.end + 60))?.[1]?.toLowerCase();
    if (
      !noun ||
      documents.some(
        (m) =>
          m !== document &&
          m.kind === 'Document' &&
          m.key !== document.key &&
          headNoun(m.details?.documentType) === documentFamily(noun),
      )
    )
      continue;
    for (const span of theNounAfter(text, document, noun))
      if (![...documents, ...references].some((m) => overlaps(m, span)))
        references.push(
          referringBack(
            document,
            span,
            text,
            0.55,
            `"${span.text}" refers back to ${document.name}, called a ${noun} before`,
          ),
        );
  }
  return references;
}

/** Each "the <noun>" after a mention ("the package" after the package's title): where it stands. */
function theNounAfter(text: string, mention: Mention, noun: string): { start: number; end: number; text: string }[] {
  const again = new RegExp(`${BEFORE_WORD}[Tt]he\\s+${noun}${AFTER_WORD}`, 'gu');
  return [...text.slice(mention.end).matchAll(again)].map((match) => ({
    start: mention.end + match.index,
    end: mention.end + match.index + match[0].length,
    text: match[0],
  }));
}

/** Whether a statement's words say it is not the one the article reports ("a separate joint declaration"). */
function isSeparate(text: string, match: RegExpMatchArray): boolean {
  return SEPARATE_BEFORE.test(text.slice(Math.max(0, match.index! - 20), match.index));
}

/** "a separate joint declaration": another text than the one the article reports, with a key of its own. */
function separateStatements(text: string, localSuffix: string): Mention[] {
  return [...text.matchAll(STATEMENT)]
    .filter((match) => isSeparate(text, match))
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      kind: 'Document' as const,
      key: `${SEPARATE_STATEMENT}${slugify(match[1]!)}-${localSuffix}`,
      name: match[1]!.replace(/^\w/, (c) => c.toUpperCase()),
      confidence: 0.6,
      reason: `a ${match[1]} the article tells apart from the one it reports ("separate")`,
      details: { documentType: documentFamily(match[1]!.split(/\s+/u).at(-1)!) },
    }));
}

/**
 * Documents named by a title in quotation marks, outside the headline, and "the package" or "the
 * plan" after one for that one: its first noun of a text is its kind. A name inside the title
 * ("Minsk Agreements") is the document the title refers to.
 */
function quotedTitles(text: string, headlineEnd: number): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(QUOTED_TITLE)) {
    const name = match[1]!;
    const head = TITLE_HEAD.exec(name)?.[1];
    if (match.index < headlineEnd || !head || SENTENCE_WORD.test(name)) continue;
    const start = match.index + 1;
    const title: Mention = {
      start,
      end: start + name.length,
      text: name,
      kind: 'Document',
      key: `document:${slugify(name)}`,
      name,
      confidence: 0.7,
      reason: `a document's title in quotation marks ("${name}")`,
      details: { documentType: AGREED_TITLE.test(head) ? 'agreement' : documentFamily(head) },
    };
    found.push(title);
    for (const span of theNounAfter(text, title, documentFamily(head)))
      found.push(referringBack(title, span, text, 0.6, `"${span.text}" refers back to ${name}`));
  }
  return found;
}

/**
 * A named document's short form, given in brackets after its name ("the Chemical Weapons
 * Convention (CWC)"), and the same short form wherever the article uses it after that.
 */
function shortForms(text: string, named: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const document of named) {
    const acronym = ACRONYM_AFTER.exec(text.slice(document.end, document.end + 16))?.[1];
    if (!acronym) continue;
    const pattern = new RegExp(`${BEFORE_WORD}${acronym}${AFTER_WORD}`, 'gu');
    for (const match of text.slice(document.end).matchAll(pattern)) {
      const span = { start: document.end + match.index, end: document.end + match.index + acronym.length };
      if ([...named, ...found].some((m) => overlaps(m, span))) continue;
      found.push({
        ...document,
        ...span,
        text: acronym,
        confidence: 0.7,
        reason: `"${acronym}" is the short form the article gives for ${document.name}`,
        refersBack: true,
      });
    }
  }
  return found;
}

/**
 * The first "the agreement", "the document" … in running text (a headline's comes back later)
 * that is not a reference to a document named before.
 */
function firstDefinite(
  text: string,
  headlineEnd: number,
  unnamed: (match: RegExpMatchArray) => boolean,
): RegExpMatchArray | undefined {
  return [...text.matchAll(DEFINITE_DOCUMENT)].find((match) => match.index > headlineEnd && unnamed(match));
}

/** "UN Security Council resolution" → "resolution"; "agreement" → "agreement". */
function headNoun(documentType: string | undefined): string {
  return documentFamily(documentType?.split(/\s+/u).at(-1) ?? '');
}

/**
 * One key for the names of one document however an outlet writes its noun: "the Minsk
 * agreements", "the Minsk Agreements" and "the Minsk deal" are one; "the Iran nuclear deal" and
 * "the Iran deal" too (the words before the noun name it, not the words between).
 */
function namedDocumentKey(words: string, noun: string): string {
  return `document:${slugify(`${words} ${documentFamily(noun)}`)}`;
}

/** "Accords", "agreements", "deal" → "agreement"; "Treaty" → "treaty". */
function documentFamily(noun: string): string {
  const singular = noun.toLowerCase().replace(/s$/u, '');
  return singular === 'accord' || singular === 'deal' ? 'agreement' : singular;
}
