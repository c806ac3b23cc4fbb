import type { SentenceSpan } from '../vocabulary/segment-sentences';
import type { EmbeddedTweet } from './find-documents';
import { alternation, isDemonym, overlaps, type Mention } from './mention';
import { firstNameGender } from './first-names';
import { isPersonNoun } from './person-nouns';
import { SpanIndex } from './span-index';
import { TITLE_FORMS } from './titles';

// Quoted words that name a kind of text, and what stands before a term put in quotation marks.
const TEXT_KNOWN_BY =
  /^(?:[\p{Ll}-]+\s+){0,3}(?:conclusions|measures|package|agreement|declaration|plan|roadmap|formula|memorandum|communiqu[eé])(?:\s+of\s+[\p{Ll}\s-]+)?$/u;
const TERM_BEFORE = /(?<![\p{L}])(?:a|an|the|their|its|of)\s+(?:[\p{Ll}\d-]+\s+)?["“]$/u;

/** Where in the text: the sentences a quote is attributed within. */
interface Span {
  start: number;
  end: number;
}

export interface FoundQuote {
  start: number;
  end: number;
  text: string;
  /** The entity key of who said it; null when the article does not say. */
  speakerKey: string | null;
  attribution?: { start: number; end: number; text: string };
  confidence: number;
  reason: string;
}

const QUOTED = /“([^”]+)”|"([^"\n]+)"|‘((?:[^‘’]|’(?=\p{L}))+)’(?!\p{L})/gu;
const SPEECH_VERB =
  /(?<![\p{L}-])(?:[Aa]ccording to|said|says|say|told|tells|telling|added|adds|stated|states|reads|read|cited|cites|saying|stressed|stresses|noted|notes|warned|warns|replied|replies|insisted|insists|explained|explains|wrote|writes|tweeted|announced|announces|asked|asks|argued|argues|declared|declares|agreed|welcomed|called|responded|answered|described|describes|condemned|condemns|denounced|denounces|dismissed|dismisses|branded|brands|hailed|hails|praised|praises|criticised|criticized|criticises|criticizes|begins|began|concludes|concluded|calls for|call for|commits|committed|provides for|provided for|promises|promised|pledges|pledged|urges|urged|reaffirms|reaffirmed|speaks of|spoke of|sets out|calls|accused|accuses|labelled|labeled|dubbed|termed|admitted|admits|acknowledged|acknowledges|conceded|concedes|claimed|claims|complained|complains|vowed|vows|recalled|recalls|predicted|predicts|lamented|laments)(?![\p{L}])/gu;
const PRONOUN_BEFORE = /(?<![\p{L}])(?:he|she|He|She)\s+$/u;
const AND_BEFORE = /(?<![\p{L}])and\s+(?:(?:also|then|later)\s+)?$/u;
const THING_BEFORE = /(?<![\p{L}])(?:it|It|which|that)\s+$/u;
const THEY_BEFORE = /(?<![\p{L}])(?:they|They|we|We)\s+(?:(?:had|have|would|will|also)\s+)?$/u;
const SPEAKER_KINDS = new Set(['Person', 'Organization', 'Document', 'Country']);
const NEWS_OUTLET = /news agency|broadcaster|news media|newspaper/;
const OWN_LINE = /\n[^“”"\n]*\n/u;
const PARAGRAPH_REOPENED = /\n+[ \t]*“/u;
const PARAGRAPH_REOPENED_HERE = /^\n+[ \t]*“/u;
const TRANSCRIPT_LINE = /^(\p{Lu}[\p{L}.’' -]{1,40}):\s+(.+)$/gmu;

/**
 * Finds quoted words and who said them, with the words that say so: “…,” X said; X said “…”;
 * according to X; X told reporters; said X; “…,” he added (the last person named); a quote that
 * follows a quote of X's without a new speaker; a transcript line "PESKOV: …"; an embedded tweet.
 * A short quote with no speech verb nearby is the article's own scare quote: no speaker.
 */
export function findQuotes(
  text: string,
  sentences: readonly SentenceSpan[],
  mentions: readonly Mention[],
  tweets: readonly EmbeddedTweet[],
): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  const speakers = mentions.filter((m) => SPEAKER_KINDS.has(m.kind)).sort((a, b) => a.start - b.start);
  const quoteSpans = [...text.matchAll(QUOTED)].flatMap((match) => {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    const outerEnd = match.index + match[0].length;
    // A quote that runs on into the next paragraph opens it again (“…\n“…”): one quote a paragraph.
    const parts: { start: number; text: string }[] = [];
    let partStart = match.index + 1;
    for (const part of inner.split(PARAGRAPH_REOPENED)) {
      parts.push({ start: partStart, text: part });
      partStart += part.length + (PARAGRAPH_REOPENED_HERE.exec(text.slice(partStart + part.length))?.[0].length ?? 0);
    }
    return parts.map(({ start, text: words }, index) => {
      const trimmed = words.replace(/[,\s]+$/u, '');
      const last = index === parts.length - 1;
      return { start, end: start + trimmed.length, outerEnd: last ? outerEnd : start + words.length, text: trimmed };
    });
  });
  // Each quote with its quotation marks, to tell a speech verb inside a quote from one outside.
  const quoted = new SpanIndex(quoteSpans.map((q) => ({ start: q.start - 1, end: q.outerEnd })));
  const outside = (start: number, end: number): boolean => quoted.containing({ start, end }).length === 0;
  const speakerIndex = new SpanIndex(speakers);
  const sentenceIndex = new SpanIndex(sentences);
  const people = new SpanIndex(speakers.filter((m) => m.kind === 'Person'));
  const familyFirst = calledByFirstWord(speakers.filter((m) => m.kind === 'Person'));
  const personByKey = new Map(speakers.filter((m) => m.kind === 'Person').map((m) => [m.key, m] as const));
  // The speech verbs of a sentence, read once however many quotes it holds.
  const verbsBySentence = new Map<string, { start: number; end: number; word: string }[]>();
  const speechVerbs = (sentence: Span) => {
    const key = `${sentence.start}:${sentence.end}`;
    let verbs = verbsBySentence.get(key);
    if (!verbs) {
      const found = [...text.slice(sentence.start, sentence.end).matchAll(SPEECH_VERB)]
        .map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, word: m[0] }))
        .filter((verb) => outside(verb.start, verb.end));
      const isThing = (verb: { start: number }) =>
        THING_BEFORE.test(text.slice(Math.max(0, verb.start - 7), verb.start));
      // "Putin says the statement is … as it stresses …": a thing's verb inside what a speaker
      // says is part of what is said.
      // "It added that they had agreed to …": whom "they" means is not known; the other verb says.
      const isTheirs = (verb: { start: number }) =>
        THEY_BEFORE.test(text.slice(Math.max(0, verb.start - 16), verb.start));
      verbs = found
        .filter((verb) => !isThing(verb) || !found.some((other) => other.start < verb.start && !isThing(other)))
        .filter((verb, _, all) => !isTheirs(verb) || all.every(isTheirs));
      verbsBySentence.set(key, verbs);
    }
    return [...verbs];
  };
  let lastPerson: string | undefined;
  let lastPersonQuoteEnd = -1;
  const add = (quote: FoundQuote): void => {
    quotes.push(quote);
    if (quote.speakerKey?.startsWith('person:')) {
      lastPerson = quote.speakerKey;
      lastPersonQuoteEnd = quote.end;
    }
  };

  for (const quote of quoteSpans) {
    if (quote.text.trim().length === 0) continue;
    // A document's title in quotation marks ("Package of Measures for …") names it; no one says it.
    if (speakerIndex.containing(quote).some((m) => m.kind === 'Document')) continue;
    // Nor does anyone say the words a text is known by: "a 13-point "package of measures"", "a
    // document of "common agreed conclusions"".
    if (TEXT_KNOWN_BY.test(quote.text) && TERM_BEFORE.test(text.slice(Math.max(0, quote.start - 30), quote.start)))
      continue;
    const sentence = sentenceAround(sentenceIndex, quote);
    if (!sentence) continue;
    const verbs = speechVerbs(sentence);
    const according = verbs.find((verb) => verb.word.toLowerCase() === 'according to');
    const nearestFirst = according ? [according] : verbs.sort((a, b) => distance(a, quote) - distance(b, quote));
    const signed = signedBelow(text, quote, speakers);
    if (signed) {
      add({ start: quote.start, end: quote.end, text: quote.text, ...signed });
      continue;
    }
    // What the article has said so far, for whom a pronoun or a subject means.
    const known: KnownSoFar = {
      speakers: speakerIndex,
      people,
      lastPerson,
      lastPersonQuoteEnd,
      quoted,
      sentences: sentenceIndex,
      familyFirst,
      personByKey,
    };
    // "Poroshenko, who called the talks “very difficult”, said the text was …": when the nearest
    // verb names no speaker, the next nearest may.
    let attributed = nearestFirst.length === 0 ? headlineSource(text, quote, speakers) : undefined;
    for (const verb of nearestFirst) {
      attributed = speakerFor(text, verb, sentence, known, quote);
      if (attributed) break;
    }
    if (attributed) {
      add({ start: quote.start, end: quote.end, text: quote.text, ...attributed });
      continue;
    }
    const introduced = introducedByColon(text, quote, sentenceIndex, people, speechVerbs, (verb, clause) =>
      speakerFor(text, verb, clause, known, quote),
    );
    if (introduced) {
      add({ start: quote.start, end: quote.end, text: quote.text, ...introduced });
      continue;
    }
    const fromDocument = documentQuoted(text, quote, sentence, speakerIndex);
    if (fromDocument) {
      add({ start: quote.start, end: quote.end, text: quote.text, ...fromDocument });
      continue;
    }
    const previous = quotes.at(-1);
    // "… called the measures “totally unacceptable” and “short-sighted”": one speaker for both.
    if (
      previous?.speakerKey &&
      previous.end < quote.start &&
      /^[”"’',\s]*(?:,|and|or)\s*$/u.test(text.slice(previous.end, quote.start - 1))
    ) {
      add({
        start: quote.start,
        end: quote.end,
        text: quote.text,
        speakerKey: previous.speakerKey,
        ...(previous.attribution ? { attribution: previous.attribution } : {}),
        confidence: 0.7,
        reason: 'joined to the quote before it, with the same speaker',
      });
      continue;
    }
    // "“This is not a victory …” He was speaking in a video address": a quote standing alone, whose
    // speaker the next sentence's pronoun gives.
    const next = wholeQuoteSentence(quote, sentence)
      ? sentenceIndex.startingIn(sentence.end, sentence.end + 3)[0]
      : undefined;
    const speaking = next ? SPEAKING_NEXT.exec(text.slice(next.start, next.end)) : null;
    if (next && speaking) {
      const verbStart = next.start + speaking.index + speaking[0].length - speaking[1]!.length;
      const verb = { start: verbStart, end: verbStart + speaking[1]!.length, word: speaking[1]! };
      const fromNext = speakerFor(text, verb, next, known, quote);
      if (fromNext?.speakerKey) {
        add({ start: quote.start, end: quote.end, text: quote.text, ...fromNext });
        continue;
      }
    }
    const words = quote.text.split(/\s+/).length;
    const wholeSentence = quote.end - quote.start >= (sentence.end - sentence.start) * 0.7;
    // Not past a line of the article's own ("10:05", a live blog's next entry).
    const ownLineBetween = previous !== undefined && OWN_LINE.test(text.slice(previous.end, quote.start));
    if (previous?.speakerKey && wholeSentence && quote.start - previous.end < 400 && !ownLineBetween) {
      add({
        start: quote.start,
        end: quote.end,
        text: quote.text,
        speakerKey: previous.speakerKey,
        attribution: previous.attribution,
        confidence: 0.6,
        reason: 'continues the quote before it, with no new speaker',
      });
      continue;
    }
    add({
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speakerKey: null,
      confidence: words <= 4 ? 0.7 : 0.4,
      reason: 'no speaker stated',
    });
  }

  // Transcript lines are lines, so they overlap none of each other: the quotes above are what they
  // may repeat, or hold.
  const attributedQuotes = new SpanIndex([...quotes]);
  for (const line of text.matchAll(TRANSCRIPT_LINE)) {
    const labelEnd = line.index + line[1]!.length;
    const [speaker] = [
      ...people.within({ start: line.index, end: labelEnd }),
      ...bySurnameLabel(line[1]!, speakers),
      ...byTitleLabel(text, line[1]!, speakers),
    ];
    if (!speaker || !labelsOnly(line[1]!, line.index, speaker)) continue;
    // The interviewer asks; only the guest's answers, and the words anyone quotes, are quotes.
    if (isInterviewer(text, speaker, speakers)) continue;
    const start = line.index + line[0].indexOf(line[2]!);
    const end = start + line[2]!.length;
    // A quote found above that is the line itself (or most of it) is the line; shorter ones are
    // words the speaker quotes from others, and the line is still the speaker's.
    if (attributedQuotes.overlapping({ start, end }).some((q) => 2 * (q.end - q.start) > end - start)) continue;
    quotes.push({
      start,
      end,
      text: line[2]!,
      speakerKey: speaker.key,
      attribution: { start: line.index, end: labelEnd, text: line[1]! },
      confidence: 0.8,
      reason: `a transcript line spoken by ${speaker.name}`,
    });
  }

  for (const tweet of tweets) {
    const author = speakers.find((m) => overlaps(m, tweet.author) && m.kind !== 'Document');
    if (!author || quotes.some((q) => overlaps(q, tweet.content))) continue;
    // A news outlet's tweet is its headline for a story, not a statement of its own.
    if (NEWS_OUTLET.test(author.entry?.organizationType ?? '')) continue;
    quotes.push({
      ...tweet.content,
      speakerKey: author.key,
      attribution: tweet.signature,
      confidence: 0.85,
      reason: `a tweet by ${author.name} (${tweet.handle})`,
    });
  }
  return quotes.sort((a, b) => a.start - b.start);
}

// "He was speaking", "She said", opening the sentence after a quote that stands alone.
const SPEAKING_NEXT = /^\s*(?:He|She)\s+((?:was\s+|had\s+been\s+)?(?:speaking|said|added|told))(?![\p{L}])/u;

/** Whether a quote is its whole sentence (no words of the article's own around it). */
function wholeQuoteSentence(quote: { start: number; end: number }, sentence: Span): boolean {
  return quote.end - quote.start >= (sentence.end - sentence.start) * 0.8;
}

/** The sentences a quote runs over, as one span: a quote of two sentences is attributed after its end. */
function sentenceAround(
  sentences: SpanIndex<SentenceSpan>,
  quote: { start: number; outerEnd: number },
): Span | undefined {
  const covered = sentences.overlapping({ start: quote.start, end: quote.outerEnd });
  const first = covered[0];
  const last = covered.at(-1);
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end };
}

/**
 * "‘No military solution’: Putin & Trump in joint statement": a quote that opens a headline is
 * sourced by what the rest of the headline names, a document first, else the one person named.
 */
function headlineSource(
  text: string,
  quote: { start: number; end: number; outerEnd: number },
  speakers: readonly Mention[],
): Pick<FoundQuote, 'speakerKey' | 'attribution' | 'confidence' | 'reason'> | undefined {
  const lineEnd = text.indexOf('\n');
  if (lineEnd === -1 || quote.start > lineEnd || !/^\s*:/.test(text.slice(quote.outerEnd, quote.outerEnd + 3)))
    return undefined;
  const rest = speakers.filter((m) => m.start >= quote.outerEnd && m.end <= lineEnd);
  const people = new Set(rest.filter((m) => m.kind === 'Person').map((m) => m.key));
  const source =
    rest.find((m) => m.kind === 'Document') ?? (people.size === 1 ? rest.find((m) => m.kind === 'Person') : undefined);
  if (!source) return undefined;
  const start = text.slice(quote.outerEnd, lineEnd).search(/\S/) + quote.outerEnd + 1;
  return {
    speakerKey: source.key,
    attribution: { start, end: lineEnd, text: text.slice(start, lineEnd) },
    confidence: 0.6,
    reason: `a headline quote sourced by "${text.slice(start, lineEnd).trim()}"`,
  };
}

type Attribution = Pick<FoundQuote, 'speakerKey' | 'attribution' | 'confidence' | 'reason'>;
type SpeechVerb = { start: number; end: number; word: string };

/**
 * A quote introduced by a colon: "the prime minister said:" (on the line before, too) or
 * "Jeremy Hunt on the BBC:". The clause before the colon says who speaks: the subject of its
 * speech verb, or with no verb the person who opens it, or the one person it names. When it names no one the article can
 * point to, the quote has no speaker: it is never the previous quote's speaker's.
 */
function introducedByColon(
  text: string,
  quote: { start: number },
  sentences: SpanIndex<SentenceSpan>,
  people: SpanIndex<Mention>,
  speechVerbs: (sentence: Span) => SpeechVerb[],
  speakerFor: (verb: SpeechVerb, clause: Span) => Attribution | undefined,
): Attribution | undefined {
  const colonAt = colonBefore(text, quote.start);
  if (colonAt === undefined) return undefined;
  const [sentence] = sentences.containing({ start: colonAt, end: colonAt + 1 });
  if (!sentence) return undefined;
  const clause = { start: sentence.start, end: colonAt };
  const verb = speechVerbs(sentence)
    .filter((v) => v.end <= colonAt)
    .at(-1);
  if (verb)
    return (
      speakerFor(verb, clause) ?? {
        speakerKey: null,
        confidence: 0.5,
        reason: 'introduced by words that name no speaker',
      }
    );
  const named = people.within(clause);
  // "Peskov credited the Belarusian leader with the mediation:": with others named, the subject
  // that opens the clause (after a live blog's time).
  const subject = named.find((m) => /^\s*(?:\d{1,2}[:.]\d{2}\s+)?$/u.test(text.slice(clause.start, m.start)));
  if (!subject && new Set(named.map((m) => m.key)).size !== 1) return undefined;
  const person = subject ?? named.at(-1)!;
  return {
    speakerKey: person.key,
    attribution: { start: person.start, end: colonAt, text: text.slice(person.start, colonAt) },
    confidence: 0.6,
    reason: `introduced by "${text.slice(person.start, colonAt + 1)}"`,
  };
}

/** Where the colon that introduces a quote is ("… said:\n“…”"), if one does. */
function colonBefore(text: string, quoteStart: number): number | undefined {
  let at = quoteStart - 2;
  while (at >= 0 && /\s/u.test(text[at]!)) at -= 1;
  return text[at] === ':' ? at : undefined;
}

/** The document named last before an offset, within some characters before a point. */
function lastDocumentBefore(speakers: SpanIndex<Mention>, from: number, at: number): Mention | undefined {
  return speakers
    .within({ start: Math.max(0, from), end: at })
    .filter((m) => m.kind === 'Document' && m.end <= at)
    .at(-1);
}

// A sentence whose subject is "he" or "she", opening it: "And he thanked …", "She said …".
const OPENS_ON_PRONOUN = /^(?:(?:And|But|Then|So|Yet)\s+)?(?:He|She|he|she)\s/u;
// How many sentences back a chain of "he" is followed.
const MAX_PRONOUN_HOPS = 4;

/** The last person named before the offset outside any quote (and whom a pronoun can mean). */
function lastOutsideQuotes(
  people: SpanIndex<Mention>,
  at: number,
  quoted: SpanIndex<Span>,
  fits: (person: Mention) => boolean = () => true,
): Mention | undefined {
  let before = at;
  for (;;) {
    const person = people.lastEndingBy(before);
    if (!person || (quotedNot(quoted, person) && fits(person))) return person;
    before = person.start;
  }
}

/** The first person named outside quotes in the sentence where `person` is named, who fits. */
function firstOfItsSentence(
  person: Mention,
  known: { people: SpanIndex<Mention>; quoted: SpanIndex<Span>; sentences: SpanIndex<SentenceSpan> },
  fits: (person: Mention) => boolean,
): Mention {
  const [sentence] = known.sentences.containing(person);
  if (!sentence) return person;
  return (
    known.people
      .within({ start: sentence.start, end: person.end })
      .find((m) => quotedNot(known.quoted, m) && fits(m)) ?? person
  );
}

function quotedNot(quoted: SpanIndex<Span>, mention: Mention): boolean {
  return quoted.containing(mention).length === 0;
}

/**
 * The gender a person's first name gives, unless the article calls them by that word alone: then
 * it is a family name written first ("Kim" for Kim Jong Un), which says nothing.
 */
function genderOf(person: Mention, calledByFirstWord: ReadonlySet<string>): 'male' | 'female' | undefined {
  return calledByFirstWord.has(person.key) ? undefined : firstNameGender(person.name.split(/\s+/)[0]!);
}

/** The people the article calls by the first word of their name alone ("Kim"), read once. */
function calledByFirstWord(people: readonly Mention[]): Set<string> {
  return new Set(people.filter((m) => m.text === m.name.split(/\s+/)[0] && /\s/.test(m.name)).map((m) => m.key));
}

function distance(verb: { start: number; end: number }, quote: { start: number; end: number }): number {
  return verb.start >= quote.end ? verb.start - quote.end : quote.start - verb.end;
}

interface KnownSoFar {
  speakers: SpanIndex<Mention>;
  people: SpanIndex<Mention>;
  lastPerson: string | undefined;
  lastPersonQuoteEnd: number;
  /** Every quote with its marks: a person named inside a quote is not whom "he said" means. */
  quoted: SpanIndex<Span>;
  sentences: SpanIndex<SentenceSpan>;
  /** People called by the first word of their name, a family name written first. */
  familyFirst: ReadonlySet<string>;
  personByKey: ReadonlyMap<string, Mention>;
}

function speakerFor(
  text: string,
  verb: { start: number; end: number; word: string },
  sentence: Span,
  known: KnownSoFar,
  quote: { start: number; end: number },
): Pick<FoundQuote, 'speakerKey' | 'attribution' | 'confidence' | 'reason'> | undefined {
  const candidates = known.speakers
    .within(sentence)
    .filter((m) => !overlaps(m, { start: quote.start - 1, end: quote.end + 1 }))
    // "The French president told reporters": a title's country does not speak; its holder does.
    .filter((m) => !(m.entry?.demonyms.includes(m.text) && TITLE_AFTER.test(text.slice(m.end, m.end + 40))))
    // "Dmitry Peskov, Mr Putin’s spokesman, told reporters": a person in the possessive owns
    // something of the speaker's and does not speak.
    .filter((m, index, all) => {
      if (!POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2))) return true;
      // "The ministry described Prague's decision as …": an owner after the verb owns its object.
      if (m.start >= verb.end) return false;
      // "Mohammad Javad Zarif, Iran's foreign minister, called it": the country owns his post.
      return m.kind !== 'Person' && !all.slice(0, index).some((other) => other.kind === 'Person');
    });
  const candidateIndex = new SpanIndex(candidates);
  // "The Russian leader says": the leader speaks, not Russia.
  const inSentence = candidates.filter(
    (m) => !candidateIndex.containing(m).some((other) => other !== m && other.end - other.start > m.end - m.start),
  );
  const span = (start: number, end: number): { start: number; end: number; text: string } => ({
    start,
    end,
    text: text.slice(start, end),
  });
  if (verb.word.toLowerCase() === 'according to') {
    const after = inSentence.find((m) => m.start >= verb.end && m.start - verb.end < 30);
    if (!after) return undefined;
    return {
      speakerKey: after.key,
      attribution: span(verb.start, after.end),
      confidence: 0.8,
      reason: `"according to ${after.text}"`,
    };
  }
  // "It says …", "a joint statement … that said", "… as it stresses": a thing speaks, the document
  // (or body) named last, in this sentence or the one before; no one if none was.
  if (THING_BEFORE.test(text.slice(Math.max(0, verb.start - 7), verb.start))) {
    const thing = lastDocumentBefore(known.speakers, sentence.start - 300, verb.start);
    if (!thing) return { speakerKey: null, confidence: 0.4, reason: 'a thing speaks that the article does not name' };
    const pronounStart = text.lastIndexOf(' ', verb.start - 2) + 1;
    return {
      speakerKey: thing.key,
      attribution: span(pronounStart, verb.end),
      confidence: 0.6,
      reason: `"${text.slice(pronounStart, verb.end)}": ${thing.name}, named just before`,
    };
  }
  // "He called Biden “…” and said …": the sentence's subject is the pronoun, not the name after it.
  const pronounOpens =
    AND_BEFORE.test(text.slice(Math.max(sentence.start, verb.start - 12), verb.start)) &&
    /^(?:He|She)\s/u.test(text.slice(sentence.start, sentence.start + 4));
  // "One former ambassador, who asked not to be named, put it bluntly:": someone unnamed speaks.
  const opener = unnamedOpener(text.slice(sentence.start, verb.start));
  if (opener && !inSentence.some((m) => m.kind === 'Person' && m.end <= verb.start)) {
    return {
      speakerKey: null,
      attribution: span(sentence.start, sentence.start + opener.length),
      confidence: 0.55,
      reason: `"${opener}": a speaker not named`,
    };
  }
  if (pronounOpens || PRONOUN_BEFORE.test(text.slice(Math.max(sentence.start, verb.start - 5), verb.start))) {
    const pronounStart = pronounOpens ? sentence.start : text.lastIndexOf(' ', verb.start - 2) + 1;
    // "she" is no Donald: a person whose first name says otherwise is passed over.
    const pronounGender = /^[Ss]he\s/u.test(text.slice(pronounStart)) ? 'female' : 'male';
    const fits = (person: Mention) => (genderOf(person, known.familyFirst) ?? pronounGender) === pronounGender;
    let last = lastOutsideQuotes(known.people, pronounOpens ? sentence.start : verb.start, known.quoted, fits);
    // "He addressed the nation … And he thanked Lukashenko by name. This morning he told troops
    // …": a person named after a sentence's own "he" is its object; the chain of "he" goes on back.
    for (let hops = 0; last && hops < MAX_PRONOUN_HOPS; hops++) {
      const [itsSentence] = known.sentences.containing(last);
      if (!itsSentence || !OPENS_ON_PRONOUN.test(text.slice(itsSentence.start, last.start))) break;
      last = lastOutsideQuotes(known.people, itsSentence.start, known.quoted, fits);
    }
    // "When Mr Trump, standing next to Mr Putin, sided with him … “…,” he said": of the people
    // the sentence before names, its subject, named first, is whom "he" means.
    const named = last && firstOfItsSentence(last, known, fits);
    // A person named since the last quote ("Kim, speaking through an interpreter, said …") is whom
    // "he said" means; otherwise the person quoted last.
    const namedSince = named && named.start > known.lastPersonQuoteEnd ? named.key : undefined;
    // "His neighbour is less certain. “Ask me in a month,” she says": an unnamed person the
    // article brought in after the last one named is whom the pronoun means.
    const since = Math.max(named?.end ?? 0, namedSince ? 0 : known.lastPersonQuoteEnd);
    const newcomer = unnamedNewcomer(text, since, pronounStart, known.speakers);
    if (newcomer) {
      return {
        speakerKey: null,
        attribution: span(pronounStart, verb.end),
        confidence: 0.5,
        reason: `a pronoun for "${newcomer}", a person not named`,
      };
    }
    const quotedLast = known.lastPerson ? known.personByKey.get(known.lastPerson) : undefined;
    const key = namedSince ?? (quotedLast && !fits(quotedLast) ? undefined : known.lastPerson) ?? named?.key;
    if (!key) return undefined;
    return {
      speakerKey: key,
      attribution: span(pronounStart, verb.end),
      confidence: 0.65,
      reason: `a pronoun ("${text.slice(pronounStart, verb.end)}") for the person quoted or named last`,
    };
  }
  // "KCNA quoted Kim as saying …": the one quoted speaks, not the agency; no one if not named.
  const quotedAs =
    verb.word === 'saying' ? QUOTED_AS.exec(text.slice(Math.max(sentence.start, verb.start - 60), verb.start)) : null;
  if (quotedAs) {
    const quotedStart = verb.start - quotedAs[0].length;
    const objectStart = quotedStart + quotedAs[0].indexOf(quotedAs[1]!);
    // "Peskov was quoted by the RIA news agency as saying": the passive's subject is the one quoted.
    const quotedOne = /^by\s/u.test(quotedAs[1]!)
      ? inSentence
          .filter(
            (m) => m.end <= quotedStart && /^\s+(?:was|were|is|has\s+been)\s+$/u.test(text.slice(m.end, quotedStart)),
          )
          .at(-1)
      : inSentence.find((m) => m.start >= objectStart && m.end <= verb.start);
    if (!quotedOne) return { speakerKey: null, confidence: 0.5, reason: 'quoted as saying by someone not named' };
    return {
      speakerKey: quotedOne.key,
      attribution: span(quotedOne.start, verb.end),
      confidence: 0.8,
      reason: `"${text.slice(quotedOne.start, verb.end)}"`,
    };
  }
  const before = inSentence.filter((m) => m.end <= verb.start);
  // "Moon congratulated both leaders … and said …": the sentence's subject says it too.
  if (AND_BEFORE.test(text.slice(Math.max(sentence.start, verb.start - 12), verb.start)) && verb.word !== 'saying') {
    const subject = before.find((m) => m.kind === 'Person') ?? before[0];
    // "In a statement issued by his spokesman, Guterres … and said": past an opening phrase.
    const opening = subject ? text.slice(sentence.start, subject.start) : '';
    if (subject && (opening.length <= 30 || OPENING_PHRASE.test(opening))) {
      return {
        speakerKey: subject.key,
        attribution: span(subject.start, verb.end),
        confidence: 0.7,
        reason: `"${subject.text} … ${verb.word}": the subject of the sentence`,
      };
    }
  }
  // "A statement on the Kremlin website said": the document speaks, not what its phrase names.
  const document = before.find((m) => m.kind === 'Document' && DOCUMENT_PHRASE.test(text.slice(m.end, verb.start)));
  if (document && verb.word !== 'saying') {
    return {
      speakerKey: document.key,
      attribution: span(document.start, verb.end),
      confidence: 0.75,
      reason: `"${text.slice(document.start, verb.end)}"`,
    };
  }
  // "Its first point calls for …", "The second commits both sides to …": only a text does
  // that; with no one named before the verb, the document the article named last.
  // "The joint statement he read with Mogherini speaks of …": a document opening the sentence
  // does what only a text does.
  const opening = before[0];
  if (opening?.kind === 'Document' && opening.start - sentence.start <= 4 && DOCUMENT_VERB.test(verb.word)) {
    return {
      speakerKey: opening.key,
      attribution: span(opening.start, verb.end),
      confidence: 0.7,
      reason: `"${text.slice(opening.start, verb.end)}"`,
    };
  }
  if (before.length === 0 && DOCUMENT_VERB.test(verb.word)) {
    const thing = lastDocumentBefore(known.speakers, sentence.start - 400, verb.start);
    if (thing) {
      return {
        speakerKey: thing.key,
        attribution: span(sentence.start, verb.end),
        confidence: 0.55,
        reason: `"${text.slice(sentence.start, verb.end)}": what ${thing.name}, named just before, says`,
      };
    }
  }
  // "Trump also welcomed the agreement, saying …": the clause's subject speaks. "Feijoo, who
  // leads the Popular Party, said": the person the clause describes speaks, not the party.
  const nearest = verb.word === 'saying' ? before[0] : before.at(-1);
  const subject = nearest && described(text, nearest, before, verb.start);
  // "Asked about a deal with the US, the prime minister said": an unnamed subject after the
  // comma speaks, not the name in the clause before it.
  const unnamedSubject =
    subject === nearest &&
    nearest !== undefined &&
    verb.word !== 'saying' &&
    UNNAMED_SUBJECT.test(text.slice(nearest.end, verb.start));
  // "Mr Pashinyan, who had come to power …, described", "The communique, released at the end of
  // the summit, says": a clause set off by commas lies between the subject and its verb.
  const between = subject === undefined ? '' : text.slice(subject.end, verb.start);
  const describedBetween = RELATIVE_CLAUSE.test(between) || SET_OFF.test(between);
  if (
    subject &&
    !unnamedSubject &&
    (verb.word === 'saying' || verb.start - subject.end <= 40 || subject !== nearest || describedBetween)
  ) {
    return {
      speakerKey: subject.key,
      attribution: span(subject.start, verb.end),
      confidence: 0.85,
      reason: `"${text.slice(subject.start, verb.end)}"`,
    };
  }
  // "…,” said Peskov: the verb right after the quote. Not "… and said Moscow would respond", where
  // the name after the verb begins what was said.
  const inverted = verb.start >= quote.end && /^[\s,”"’'.!?—–-]*$/u.test(text.slice(quote.end, verb.start));
  const after = inverted
    ? inSentence.find(
        (m) => m.start >= verb.end && m.start - verb.end <= 25 && !CLAUSE_GOES_ON.test(text.slice(m.end, m.end + 12)),
      )
    : undefined;
  if (after) {
    return {
      speakerKey: after.key,
      attribution: span(verb.start, after.end),
      confidence: 0.8,
      reason: `"${text.slice(verb.start, after.end)}"`,
    };
  }
  // "…,” a spokeswoman said; said one diplomat: someone the article does not name speaks.
  const unnamed = unnamedSpeaker(text, verb, quote);
  if (unnamed) {
    return {
      speakerKey: null,
      attribution: unnamed,
      confidence: 0.6,
      reason: `"${unnamed.text}": a speaker not named`,
    };
  }
  return undefined;
}

const POSSESSIVE_AFTER = /^[’']s/u;
// "…”, said the text was a compromise": a verb after the name makes it the subject of what was said.
const CLAUSE_GOES_ON = /^\s+(?:was|is|were|are|had|has|have|would|will|could|should|must|did|does|do)(?![\p{L}])/u;
const UNNAMED_SENTENCE_OPENER = /^(?:An?|One|Another)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/** "One former US ambassador": the words a sentence opens on, when they are someone unnamed. */
function unnamedOpener(words: string): string | undefined {
  const opener = UNNAMED_SENTENCE_OPENER.exec(words);
  if (!opener) return undefined;
  const nouns = opener[1]!.split(/\s+/);
  const at = nouns.findIndex((word) => /^\p{Ll}/u.test(word) && isPersonNoun(word));
  if (at < 0) return undefined;
  return words.slice(0, opener[0].length - opener[1]!.length) + nouns.slice(0, at + 1).join(' ');
}
// "“…”\n— Larry Kudlow, on CNN": a quote signed on the line below.
const SIGNATURE = /^[ \t]*\n?[ \t]*[—–][ \t]*/u;

function signedBelow(
  text: string,
  quote: { start: number; end: number; outerEnd: number },
  speakers: readonly Mention[],
): Attribution | undefined {
  const dash = SIGNATURE.exec(text.slice(quote.outerEnd, quote.outerEnd + 8));
  if (!dash) return undefined;
  const at = quote.outerEnd + dash[0].length;
  const signer = speakers.find((m) => m.start === at && (m.kind === 'Person' || m.kind === 'Organization'));
  if (!signer) return undefined;
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return {
    speakerKey: signer.key,
    attribution: { start: at, end, text: text.slice(at, end) },
    confidence: 0.8,
    reason: `signed "${text.slice(quote.outerEnd + dash[0].length - 1, end).trim()}" below the quote`,
  };
}

const IN_DOCUMENT_BEFORE = /(?<![\p{L}])(?:[Ii]n|[Uu]nder)\s+$/u;
// "Key passage from the preamble:", "The relevant line:": the words of a text, introduced.
const TEXT_PART =
  /(?<![\p{L}])(?:text|passage|line|lines|clause|preamble|paragraph|article|section|excerpt|extract|wording|point|provision)(?![\p{L}])/iu;
// A sentence that opens on a part of a text saying something: "Its seventh point says", "The
// final clause states".
const PART_SAYS =
  /^(?:Its|The)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:point|paragraph|clause|article|section|provision|passage|annex)\s+(?:says|said|states|stated|reads|stipulates|provides)(?![\p{L}])/u;

/**
 * Words of a document the sentence places them in ("In the text, Iran “reaffirms …”", "under
 * the agreement"), or that a clause about a text introduces with a colon ("Key passage from the
 * preamble:"): the document, named in the sentence or, for a colon, last before it.
 */
function documentQuoted(
  text: string,
  quote: { start: number },
  sentence: Span,
  speakers: SpanIndex<Mention>,
): Attribution | undefined {
  const placed = speakers
    .within({ start: sentence.start, end: quote.start })
    .find((m) => m.kind === 'Document' && IN_DOCUMENT_BEFORE.test(text.slice(Math.max(0, m.start - 7), m.start)));
  // "In a statement issued by his spokesman, Guterres … said": a person who speaks through a
  // statement of their own speaks, not the text ("In the text, Iran 'reaffirms'" is the text's).
  const throughIt =
    placed !== undefined &&
    (/^an?\s/iu.test(placed.text) ||
      /(?<![\p{L}])an?\s+$/iu.test(text.slice(Math.max(0, placed.start - 3), placed.start))) &&
    speakers.within({ start: placed.end, end: quote.start }).some((m) => m.kind === 'Person');
  if (placed && !throughIt) {
    const start = text.lastIndexOf(' ', placed.start - 2) + 1;
    return {
      speakerKey: placed.key,
      attribution: { start, end: placed.end, text: text.slice(start, placed.end) },
      confidence: 0.6,
      reason: `quoted as the words of ${placed.name} ("${text.slice(start, placed.end)}")`,
    };
  }
  // "Its seventh point says that displaced people "shall return …"": the text named last before.
  const part = PART_SAYS.exec(text.slice(sentence.start, quote.start));
  const partOf = part ? lastDocumentBefore(speakers, sentence.start - 600, sentence.start) : undefined;
  if (part && partOf) {
    const end = sentence.start + part[0].length;
    return {
      speakerKey: partOf.key,
      attribution: { start: sentence.start, end, text: part[0] },
      confidence: 0.55,
      reason: `"${part[0]}" tells words of ${partOf.name}, named before`,
    };
  }
  const colonAt = colonBefore(text, quote.start);
  if (colonAt === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', colonAt) + 1;
  // "The statement in full:": the document the clause names.
  const named = speakers.within({ start: lineStart, end: colonAt });
  const [document] = named.filter((m) => m.kind === 'Document');
  if (document && !named.some((m) => m.kind === 'Person')) {
    return {
      speakerKey: document.key,
      attribution: { start: lineStart, end: colonAt, text: text.slice(lineStart, colonAt) },
      confidence: 0.6,
      reason: `"${text.slice(lineStart, colonAt + 1)}" introduces words of ${document.name}`,
    };
  }
  if (!TEXT_PART.test(text.slice(lineStart, colonAt))) return undefined;
  const before = lastDocumentBefore(speakers, colonAt - 600, colonAt);
  if (!before) return undefined;
  return {
    speakerKey: before.key,
    attribution: { start: lineStart, end: colonAt, text: text.slice(lineStart, colonAt) },
    confidence: 0.55,
    reason: `"${text.slice(lineStart, colonAt + 1)}" introduces words of ${before.name}, named before`,
  };
}
// A phrase that opens a sentence before its subject: "In a statement issued by his spokesman, ".
const OPENING_PHRASE = /^(?:In|At|On|After|During|Under|Later|Earlier)\s[^.;:"“”]{0,80},\s+$/u;
const DOCUMENT_VERB = /^(?:calls for|call for|commits|committed|provides for|provided for|sets out|speaks of)$/u;
const DOCUMENT_PHRASE =
  /^\s+(?:(?:issued|released|published|posted|signed|agreed)\s+)?(?:on|by|from|in|of|after|at)\s+[^,;:“”"]{0,60}?\s+(?:also\s+)?$/u;
// A sentence that opens on an unnamed person: "His neighbour is …", "A spokeswoman for …", "One resident …".
// "The Ukrainian leader is candid": a person by title the article did not tie to a name opens the sentence too.
const UNNAMED_OPENER =
  /(?:^|[.!?]["”’]?\s+|\n\s*(?:\d{1,2}[:.]\d{2}\s+)?)((?:[Aa]n?|One|Another|His|Her|Their|The)\s+(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+\s+(?=\p{Ll})){0,2}?(\p{Ll}+))(?![\p{L}])/gu;

/** The unnamed person a sentence between two offsets opens on, unless a known entity is named there. */
function unnamedNewcomer(text: string, from: number, to: number, speakers: SpanIndex<Mention>): string | undefined {
  if (to <= from) return undefined;
  let found: string | undefined;
  for (const match of text.slice(from, to).matchAll(UNNAMED_OPENER)) {
    const start = from + match.index + match[0].indexOf(match[1]!);
    const phrase = { start, end: start + match[1]!.length };
    // A demonym names no one: "The Ukrainian leader", "A Russian diplomat".
    const named = speakers.overlapping(phrase).filter((m) => !isDemonym(m));
    if (isPersonNoun(match[2]!) && named.length === 0) found = match[1];
  }
  return found;
}
const UNNAMED_BEFORE_VERB = /^[\s,”"’'.!?—–-]*((?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+))\s+$/u;
const UNNAMED_AFTER_VERB = /^\s+((?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+))(?![\p{L}])/u;

/** An unnamed person right before an inverted speech verb or right after it ("a spokeswoman said"). */
function unnamedSpeaker(
  text: string,
  verb: { start: number; end: number },
  quote: { start: number; end: number },
): { start: number; end: number; text: string } | undefined {
  if (verb.start >= quote.end) {
    const before = UNNAMED_BEFORE_VERB.exec(text.slice(quote.end, verb.start));
    if (before && isPersonNoun(before[2]!)) {
      const start = verb.start - before[0].length + before[0].indexOf(before[1]!);
      return { start, end: verb.end, text: text.slice(start, verb.end) };
    }
  }
  const after = UNNAMED_AFTER_VERB.exec(text.slice(verb.end, verb.end + 60));
  if (after && isPersonNoun(after[2]!)) {
    const end = verb.end + after[0].length;
    return { start: verb.start, end, text: text.slice(verb.start, end) };
  }
  return undefined;
}

const QUOTED_AS = /(?<![\p{L}])(?:quoted|cited)\s+(\S.{0,50}?)\s+as\s+$/u;
const TITLE_AFTER = new RegExp(`^\\s+(?:${alternation(TITLE_FORMS)})(?![\\p{L}])`, 'u');
const UNNAMED_SUBJECT = /,\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){1,4}$/u;
// ", who leads the opposition party, said", " (pictured) said": words about the person before them.
const RELATIVE_CLAUSE = /^,\s+(?:who|whose|whom)\b[^,;:"“”]*,\s*(?:\p{Ll}+\s+){0,2}$/u;
const SET_OFF = /^,\s+[^,;:"“”]{1,80},\s*(?:also\s+)?$/u;
const BRACKETS = /^\s*\([^)]*\)\s*(?:\p{Ll}+\s+){0,2}$/u;
// ", the Ukrainian foreign ministry spokesman, said": an apposition that gives the person a title,
// whatever bodies it names on the way.
const TITLE_APPOSITION = new RegExp(
  `^,\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?[^,;:"“”]{0,80}?(?<![\\p{L}])(?:${alternation(TITLE_FORMS)})(?:\\s+(?:of|for|to|at)\\s+[^,;:"“”]{1,60})?,\\s*(?:also\\s+)?$`,
  'iu',
);

/** The person a relative clause, brackets or a title's apposition holding `candidate` describe, or the candidate. */
function described(text: string, candidate: Mention, before: readonly Mention[], verbStart: number): Mention {
  const person = before.filter((m) => m.kind === 'Person' && m.end <= candidate.start).at(-1);
  if (!person) return candidate;
  const between = text.slice(person.end, verbStart);
  return RELATIVE_CLAUSE.test(between) || BRACKETS.test(between) || TITLE_APPOSITION.test(between) ? person : candidate;
}

// Words a transcript label may hold besides the name: a title or an honorific ("SECRETARY POMPEO").
const LABEL_TITLE = new RegExp(`^(?:${alternation([...TITLE_FORMS, 'Mr', 'Mrs', 'Ms', 'Dr'])})$`, 'iu');

// The one who asks the questions: a post right before the name ("presenter Ruth Adeyemi") or in
// an apposition after it ("Ruth Adeyemi, the programme's host").
const HOST_POST = '(?:presenter|host|anchor|interviewer|moderator)';
const HOST_BEFORE = new RegExp(`(?<![\\p{L}])${HOST_POST},?\\s+$`, 'u');
const HOST_AFTER = new RegExp(
  `^,\\s+(?:the|our|its|\\p{L}+[’']s)\\s+(?:[\\p{L}-]+\\s+){0,3}?${HOST_POST}(?![\\p{L}])`,
  'u',
);
// "Ruth Adeyemi speaks to …": who conducts the interview.
const INTERVIEWS = /^\s+(?:speaks|talks|spoke|talked)\s+to\s|^\s+interviews?\s/u;

/**
 * Whether whom the person speaks to is a person the clause names ("Ruth Adeyemi speaks to the
 * station's Moscow correspondent, Tom Hadley"), not "reporters".
 */
function interviewsSomeone(text: string, host: Mention, mentions: readonly Mention[]): boolean {
  return mentions.some(
    (m) =>
      m.kind === 'Person' &&
      m.key !== host.key &&
      m.start > host.end &&
      m.start - host.end <= 80 &&
      !/[.;:!?\n]/u.test(text.slice(host.end, m.start)),
  );
}

/**
 * Whether the person is the one who interviews, as the article presents them: a host's post
 * before or after a mention of theirs, or the one who "speaks to" a guest the article names.
 */
function isInterviewer(text: string, speaker: Mention, mentions: readonly Mention[]): boolean {
  return mentions
    .filter((m) => m.key === speaker.key)
    .some(
      (m) =>
        HOST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
        HOST_AFTER.test(text.slice(m.end, m.end + 80)) ||
        (INTERVIEWS.test(text.slice(m.end, m.end + 20)) && interviewsSomeone(text, m, mentions)),
    );
}

/**
 * Whether a line's label is the speaker's name, with at most a title: "Salford chemical scare:
 * live updates" is a headline that names a place, not a line someone speaks.
 */
function labelsOnly(label: string, labelStart: number, speaker: Mention): boolean {
  return [...label.matchAll(/\S+/gu)].every((word) => {
    const start = labelStart + word.index;
    const insideName = speaker.start <= start && start + word[0].length <= speaker.end;
    return insideName || LABEL_TITLE.test(word[0].replace(/[.:]$/u, '')) || word[0].toUpperCase() === word[0];
  });
}

// Words an apposition or a title may put between a person and the title ("Stéphane Dujarric,
// spokesman for …", "Kremlin spokesman Dmitry Peskov", "Peskov, the Kremlin's spokesman").
const TITLE_NEAR_NAME = 60;

/**
 * A transcript's label that is a title alone ("Spokesman:", "MODERATOR:"): the one person the
 * article gives that title, in an apposition after the name or as a title before it.
 */
function byTitleLabel(text: string, label: string, speakers: readonly Mention[]): Mention[] {
  const title = label.trim();
  if (/\s/u.test(title) || !LABEL_TITLE.test(title)) return [];
  const titled = new RegExp(`(?<![\\p{L}])(?:${alternation([title])})(?![\\p{L}])`, 'iu');
  const titledBefore = new RegExp(`${titled.source}\\s+$`, 'iu');
  const people = speakers.filter((m) => {
    if (m.kind !== 'Person') return false;
    const after = text.slice(m.end, m.end + TITLE_NEAR_NAME);
    const before = text.slice(Math.max(0, m.start - TITLE_NEAR_NAME), m.start);
    // "Dujarric, spokesman for …", "Dujarric, the UN spokesman,": in the apposition's first words.
    const apposition =
      /^,\s+(?!(?:who|which|whose|whom|and|but|said|says)\s)(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(\p{L}+)/u.exec(after);
    return (apposition !== null && titled.test(apposition[0])) || titledBefore.test(before);
  });
  const keys = new Set(people.map((m) => m.key));
  return keys.size === 1 ? [people[0]!] : [];
}

/**
 * A transcript's speaker label in capitals ("POMPEO:", "SECRETARY POMPEO:"): the one person the
 * article names whose surname is the label's last word.
 */
function bySurnameLabel(label: string, speakers: readonly Mention[]): Mention[] {
  const last = label.trim().split(/\s+/).at(-1) ?? '';
  if (last.length < 2 || last !== last.toUpperCase()) return [];
  const fitting = speakers.filter(
    (m) => m.kind === 'Person' && (m.name.split(/\s+/).at(-1) ?? '').toUpperCase() === last,
  );
  const ids = new Set(fitting.map((m) => m.key));
  return ids.size === 1 ? [fitting[0]!] : [];
}
