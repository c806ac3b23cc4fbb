import type { SentenceSpan } from '../vocabulary/segment-sentences';
import { isActOfForce, isAttackType, MILITARY_ACTS } from '../vocabulary/attack-types';
import { isAllowedRelationship, type RelationshipType } from '../vocabulary/relationship-types';
import { isOwnStatement, type EmbeddedTweet } from './find-documents';
import { coordinated } from './coordination';
import { participantsByWording } from './event-participants';
import type { EventsFound } from './find-events';
import type { Role } from './find-people';
import { LIVE_TIME } from './calendar-words';
import type { FoundQuote } from './find-quotes';
import { countryNamedIn, isHeldOn } from './gazetteer';
import { alternation, isDemonym, within, type Mention, type StatedFact } from './mention';
import { SpanIndex } from './span-index';
import { normalizeTitle, REFERRING_TITLES, TITLE_FORMS } from './titles';

export interface FoundRelation {
  type: RelationshipType;
  from: string;
  to: string;
  title?: string;
  role?: string;
  start: number;
  end: number;
  text: string;
  confidence: number;
}

// A speech verb right after a name: the person speaks.
const SPEAKS = /^\s+(?:\w+\s+)?(?:said|says|told|tells|added|announced|replied)\b/u;
// "the Panmunjom Declaration that Kim signed": the words between a document and its signer, and after.
const THAT_BEFORE = /^\s+(?:that|which)\s+$/u;
const SIGNED_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:signed|co-signed|drafted|issued)(?![\p{L}])/u;
// "the contract between Gazprom and …": the words before a document's first party.
const BETWEEN = /^\s+between\s+(?:the\s+)?$/u;
// "between", perhaps past a place: "in the Donbas region between".
const PLACE_THEN_BETWEEN = String.raw`(?:in\s+(?:the\s+)?[\p{L}’'-]+(?:\s+\p{Ll}+)?\s+)?between\s+(?:the\s+)?`;
// Between an event and its sides: "the war in the Donbas region between".
const EVENT_BETWEEN = new RegExp(String.raw`^\s+${PLACE_THEN_BETWEEN}$`, 'u');
// Between a document and the parties it binds: "a document of … conclusions that commits".
const BINDS =
  /^(?:\s+[^.;:!?]{0,60}?)?\s+(?:that|which)\s+(?:commits|committed|binds|bound|obliges|obliged)\s+(?:the\s+)?$/u;
// Between a document and the war or conflict it ends: "a deal to end the", "the accord that ended".
const ENDS_WHAT =
  /^\s+(?:to\s+end|ending|that\s+ended|which\s+ended|that\s+ends|which\s+ends)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?$/u;
// Between a document and who signed it with its signer: "texts with Turkey and the United Nations".
// "with the leaders of Britain, France and Germany": the countries; "with the presidents of Russia
// and Azerbaijan": the people the article gives that title of each country.
const SIGNED_WITH =
  /^\s+(?:[\p{Ll}-]+\s+){0,4}?with\s+(?:the\s+)?(?:(leaders|heads\s+of\s+state|presidents|prime\s+ministers)\s+of\s+(?:the\s+)?)?$/u;
// What may follow "Da Nang, Vietnam": the end of the phrase, or the words that go on after a place.
const ADDRESS_ENDS =
  /^(?:\s*(?:[,.;:)\]]|$)|\s+(?:on|in|at|for|to|from|with|by|after|before|during|when|where|last|this|earlier|later|[–—-])(?![\p{L}]))/u;

// Occasions and texts that say things: what their sentence reports is what they are about.
export const UTTERANCE_EVENTS: ReadonlySet<string> = new Set([
  'press conference',
  'press briefing',
  'speech',
  'interview',
]);
const UTTERANCE_DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'readout']);
const isUtterance = (m: Mention): boolean =>
  (m.kind === 'Event' && UTTERANCE_EVENTS.has(m.details?.eventType ?? '')) ||
  (m.kind === 'Document' && UTTERANCE_DOCUMENTS.has(m.details?.documentType ?? ''));
// The verb that reports what was said, or the stance taken ("condemned the strikes").
const REPORTS =
  /(?<![\p{L}])(?:said|says|told|tells|announced|confirmed|condemned|condemns|denounced|welcomed|welcomes|warned|accused|denied|defended|insisted|argued)(?![\p{L}])/u;
// Between an occasion and the gathering or place it was held at: "a press conference after the".
const OCCASION_SETTING =
  /^\s+(?:[\p{L}\d-]+\s+){0,3}?(?:at|after|before|during|following|on\s+the\s+sidelines\s+of|in)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}$/u;
// Sites one is on rather than in: "on Sentosa island", "on the South Lawn", "on Cathedral Square".
const STOOD_ON = /(?:[Ii]slands?|Lawn|Square|Street|Avenue|Boulevard)$/u;

/**
 * Relations from the patterns news uses: titles (HOLDS_ROLE), "Da Nang, Vietnam" (LOCATED_IN),
 * "Kazakhstan's capital, Astana" (CAPITAL_OF), "the summit in Hamburg" (OCCURRED_IN), a summit
 * and its organization (HELD_BY), who met whom and where (PARTICIPATED_IN, PART_OF), "agreed
 * upon by X" (AGREED_TO), "championed by X", "forces fighting X", a resolution's issuer, a
 * tweet's author and subjects, and what a document's quoted words refer to.
 */
export function findRelations(
  text: string,
  sentences: readonly SentenceSpan[],
  mentions: readonly Mention[],
  roles: readonly Role[],
  events: EventsFound,
  tweets: readonly EmbeddedTweet[],
  quotes: readonly FoundQuote[],
  statedFacts: readonly StatedFact[] = [],
  datelinePlace?: Mention,
  publishedOn?: string,
): FoundRelation[] {
  const found: FoundRelation[] = [];
  const seen = new Set<string>();
  const kindOf = new Map(mentions.map((m) => [m.key, m.kind]));
  const index = new SpanIndex(mentions);
  const sentenceIndex = new SpanIndex(sentences);
  const add = (
    type: RelationshipType,
    from: Mention | string,
    to: Mention | string,
    evidence: { start: number; end: number },
    confidence: number,
    extra: { title?: string; role?: string } = {},
  ): void => {
    const fromKey = typeof from === 'string' ? from : from.key;
    const toKey = typeof to === 'string' ? to : to.key;
    const fromKind = kindOf.get(fromKey);
    const toKind = kindOf.get(toKey);
    if (!fromKind || !toKind || fromKey === toKey || !isAllowedRelationship(type, fromKind, toKind)) return;
    const relationKey = JSON.stringify([type, fromKey, toKey]);
    if (seen.has(relationKey)) return;
    seen.add(relationKey);
    const { start, end } = evidence;
    found.push({ type, from: fromKey, to: toKey, start, end, text: text.slice(start, end), confidence, ...extra });
  };
  // The events some relation found so far already places.
  const placedEvents = () => new Set(found.filter((r) => r.type === 'OCCURRED_IN').map((r) => r.from));
  const sentenceOf = (at: number) => sentenceIndex.containing({ start: at, end: at + 1 })[0];
  const inSentence = (sentence: SentenceSpan | undefined) => (sentence ? index.within(sentence) : []);
  const sentenceBefore = (sentence: SentenceSpan | undefined) =>
    sentence ? sentenceIndex.lastEndingBy(sentence.start) : undefined;
  const spanning = (a: { start: number; end: number }, b: { start: number; end: number }) => ({
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
  });

  for (const fact of statedFacts)
    add(fact.type, fact.from, fact.to, fact.evidence, 0.6, fact.role ? { role: fact.role } : {});

  for (const role of roles) {
    if (role.affiliation) add('HOLDS_ROLE', role.personKey, role.affiliation, role, 0.8, { title: role.title });
  }

  // The place a place is said to be in: "Dolmabahçe Palace in Istanbul".
  const placeContaining = (place: Mention): Mention | undefined => {
    const gap = /^,?\s+in\s+(?:the\s+)?/u.exec(text.slice(place.end, place.end + 10));
    const start = place.end + (gap?.[0].length ?? 0);
    return gap
      ? index.startingIn(start, start).find((m) => (m.kind === 'Place' || m.kind === 'Country') && m.key !== place.key)
      : undefined;
  };

  for (const place of mentions.filter((m) => m.kind === 'Place')) {
    const comma = /^,\s+/.exec(text.slice(place.end, place.end + 3));
    const countryStart = place.end + (comma?.[0].length ?? 0);
    const country = comma ? index.startingIn(countryStart, countryStart).find((m) => m.kind === 'Country') : undefined;
    // "in Istanbul, Russia and Ukraine signed": the country opens the clause, it is no address;
    // nor is another country's capital in this one.
    const address =
      country !== undefined &&
      ADDRESS_ENDS.test(text.slice(country.end, country.end + 12)) &&
      (place.entry?.capitalOf === undefined || place.entry.capitalOf === country.key);
    if (address) add('LOCATED_IN', place, country, spanning(place, country), 0.8);
    // "Dolmabahçe Palace in Istanbul", "the Vrbetice depot in the Czech Republic".
    const container = placeContaining(place);
    if (container) add('LOCATED_IN', place, container, spanning(place, container), 0.7);
    // "the Belarusian capital": the place is the capital of the country its demonym names.
    if (place.text === 'capital') {
      const owner = index.endingIn(place.start - 1, place.start - 1).find((m) => m.kind === 'Country');
      if (owner && /^\s$/u.test(text.slice(owner.end, place.start)))
        add('CAPITAL_OF', place, owner, spanning(owner, place), 0.8);
    }
    const capital = /([’']s)\s+capital,?\s+$/.exec(text.slice(Math.max(0, place.start - 14), place.start));
    if (capital) {
      const ownerEnd = place.start - capital[0].length;
      const owner = index.endingIn(ownerEnd, ownerEnd).find((m) => m.kind === 'Country');
      if (owner) add('CAPITAL_OF', place, owner, spanning(owner, place), 0.85);
    }
  }

  for (const event of mentions.filter((m) => m.kind === 'Event')) {
    const sentence = sentenceOf(event.start);
    const around = inSentence(sentence);
    // "the summit in Hamburg", "the meeting at the Élysée Palace", "talks at the presidential
    // Palace of Independence": up to two words between.
    const place = around.find(
      (m) =>
        (m.kind === 'Place' || m.kind === 'Country') &&
        m.start >= event.end &&
        /^\s+(?:in|at)\s+(?:(?!(?:over|of|for|against|with|from|to|after|before|on|by)\s)[\p{L}’']+\s+){0,2}$/u.test(
          text.slice(event.end, m.start),
        ),
    );
    const capitalPlace =
      place?.kind === 'Country'
        ? around.find((m) => m.kind === 'Place' && m.start > place.end && m.start - place.end < 14)
        : undefined;
    const where = capitalPlace ?? place;
    if (where) add('OCCURRED_IN', event, where, spanning(event, where), 0.75);
    // "at Dolmabahçe Palace in Istanbul": in the city too.
    const wider = where?.kind === 'Place' ? placeContaining(where) : undefined;
    if (wider?.kind === 'Place') add('OCCURRED_IN', event, wider, spanning(event, wider), 0.7);
    if (event.details?.eventType === 'summit') {
      const organization = around.find((m) => m.kind === 'Organization' && within(m, event));
      if (organization) add('HELD_BY', event, organization, event, 0.85);
      // "the first summit of the so-called Normandy Format": the body whose summit it is.
      const of = /^\s+of\s+(?:the\s+)?(?:so-called\s+)?/u.exec(text.slice(event.end, event.end + 24));
      const body = of
        ? around.find((m) => m.kind === 'Organization' && m.start === event.end + of[0].length)
        : undefined;
      if (body && !organization) add('HELD_BY', event, body, spanning(event, body), 0.7);
      // A summit named after its place: "the Helsinki summit".
      const namedAfter = where
        ? undefined
        : around.find((m) => (m.kind === 'Place' || m.kind === 'Country') && within(m, event));
      if (namedAfter) add('OCCURRED_IN', event, namedAfter, event, 0.75);
      // "World leaders gathered in Da Nang, Vietnam for the … summit".
      if (sentence && /\bgathered\s+in\b/.test(sentence.text)) {
        const at = around.find((m) => m.kind === 'Place' && m.end <= event.start);
        if (at) add('OCCURRED_IN', event, at, spanning(at, event), 0.7);
      }
    }
  }

  for (const event of events.takingPart)
    for (const actor of event.participants)
      add('PARTICIPATED_IN', actor, event.key, spanning(actor, event), 0.6, { role: 'participant' });
  for (const meeting of events.meetings) {
    for (const person of meeting.participants)
      add('PARTICIPATED_IN', person, meeting.key, meeting, 0.7, { role: 'participant' });
    const sentence = sentenceOf(meeting.start);
    // The meeting is part of a summit its words tie it to ("met on the sidelines of the APEC
    // summit", "At the G20 summit, the two met"), not of any summit the sentence names.
    const summit = inSentence(sentence).find(
      (m) => m.kind === 'Event' && m.key !== meeting.key && tiedToMeeting(text, meeting, m),
    );
    if (summit) {
      add('PART_OF', meeting.key, summit, spanning(meeting, summit), 0.65);
      for (const person of meeting.participants)
        add('PARTICIPATED_IN', person, summit, spanning(person, summit), 0.6, { role: 'participant' });
      const place = sentence
        ? index
            .within({ start: summit.end + 1, end: sentence.end })
            .find((m) => m.kind === 'Place' && /^\s+in\s+$/.test(text.slice(summit.end, m.start)))
        : undefined;
      if (place) add('OCCURRED_IN', meeting.key, place, spanning(meeting, place), 0.6);
    }
  }

  for (const match of text.matchAll(/\bagreed\s+(?:upon\s+)?by\s+/g)) {
    const sentence = sentenceOf(match.index);
    const around = inSentence(sentence);
    const document = around.filter((m) => m.kind === 'Document' && m.end <= match.index).at(-1);
    if (!document) continue;
    const after = text.slice(match.index + match[0].length, sentence?.end);
    const clauseEnd =
      match.index + match[0].length + (after.search(/,\s|;|\.$/) === -1 ? after.length : after.search(/,\s|;|\.$/));
    const agents = around.filter((m) => m.kind === 'Person' && m.start > match.index && m.end <= clauseEnd);
    for (const agent of agents) add('AGREED_TO', agent, document, { start: match.index, end: agent.end }, 0.7);
  }

  // "UN Secretary-General António Guterres and Turkish President Recep Tayyip Erdoğan, who had
  // brokered the deal": who brokered or drew up a text championed it.
  for (const match of text.matchAll(BROKERED)) {
    const around = inSentence(sentenceOf(match.index));
    const after = match.index + match[0].length;
    // The text's mention may hold its article ("the deal").
    const verbEnd = match.index + match[1]!.length;
    const thing = around.find(
      (m) => (m.kind === 'Document' || m.kind === 'Concept') && m.start > verbEnd && m.start <= after,
    );
    const last = around
      .filter(
        (m) =>
          ACTOR_KINDS.has(m.kind) &&
          m.end <= match.index &&
          /^(?:,\s+who(?:\s+(?:had|has|have))?)?\s+$/u.test(text.slice(m.end, match.index)),
      )
      .at(-1);
    if (!thing || !last || isDemonym(last)) continue;
    const agent = personTitledBy(last, around, text) ?? last;
    for (const each of coordinated(agent, around, text, 'before', ACTOR_KINDS))
      add('CHAMPIONED', each, thing, spanning(each, thing), 0.6);
  }
  for (const match of text.matchAll(/\b(?:championed|proposed|brokered)\s+by\s+/g)) {
    const around = inSentence(sentenceOf(match.index));
    const actor = around.find((m) => m.start === match.index + match[0].length);
    const thing = around.filter((m) => (m.kind === 'Concept' || m.kind === 'Document') && m.end <= match.index).at(-1);
    if (actor && thing) add('CHAMPIONED', actor, thing, spanning(thing, actor), 0.7);
  }

  for (const match of text.matchAll(/\b(?:fighting|fight against|battling|combating|combat)\s+/g)) {
    const around = inSentence(sentenceOf(match.index));
    const enemy = around.find((m) => m.kind === 'Organization' && m.start === match.index + match[0].length);
    if (!enemy) continue;
    const fighters = around.filter(
      (m) => (m.kind === 'Country' || m.kind === 'Organization') && m.end <= match.index && match.index - m.end < 40,
    );
    for (const fighter of fighters) add('FIGHTS', fighter, enemy, spanning(fighter, enemy), 0.7);
  }

  for (const document of mentions.filter((m) => m.kind === 'Document' && m.details?.number)) {
    const issuer = index.within(document).find((m) => m.kind === 'Organization');
    if (issuer) add('ISSUED', issuer, document, document, 0.85);
  }

  for (const tweet of tweets) {
    const author = index.overlapping(tweet.author).find((m) => m.kind !== 'Document');
    if (author) add('ISSUED', author, tweet.key, tweet.signature, 0.9);
    for (const subject of index.within(tweet.content).filter((m) => m.kind !== 'Document')) {
      add('ABOUT', tweet.key, subject, subject, 0.5);
    }
  }

  // What a document's quoted words name, it refers to ("… in accordance with resolution 2254").
  for (const quote of quotes) {
    if (!quote.speakerKey || kindOf.get(quote.speakerKey) !== 'Document') continue;
    for (const named of index.within(quote).filter((m) => m.kind === 'Document' || m.kind === 'Concept')) {
      add('REFERENCES', quote.speakerKey, named, named, 0.6);
    }
  }

  // What a document says, from `from` to the end of its sentence: the concepts and texts it names
  // it refers to.
  const documentSays = (document: Mention, around: readonly Mention[], from: number, confidence: number) => {
    for (const named of around.filter(
      (m) => (m.kind === 'Concept' || m.kind === 'Document') && m.start > from && m.key !== document.key,
    ))
      add('REFERENCES', document, named, spanning(document, named), confidence);
  };
  // "The agreement also stresses the importance of the de-escalation zones", "The document also
  // asks Ukraine to …": what a document names.
  for (const match of text.matchAll(DOCUMENT_SAYS)) {
    const around = inSentence(sentenceOf(match.index));
    const document = around
      .filter((m) => m.kind === 'Document' && m.end <= match.index && match.index - m.end < 15)
      .at(-1);
    if (document) documentSays(document, around, match.index, 0.6);
  }

  // "In the document, Kim reaffirmed his commitment to the complete denuclearization …", "Under
  // the conclusions, Ukraine is to …": what a sentence that opens on a document names, the
  // document refers to.
  for (const sentence of sentences) {
    const opener = /^(?:In|Under)\s+(?:the|its|their)\s+/u.exec(sentence.text);
    if (!opener) continue;
    const around = inSentence(sentence);
    const document = around.find(
      (m) =>
        m.kind === 'Document' &&
        m.start <= sentence.start + opener[0].length + 30 &&
        /^,/u.test(text.slice(m.end, m.end + 1)),
    );
    if (document) documentSays(document, around, document.end, 0.55);
  }
  // "The proposal … was finalized during the September round of talks": what an event produced.
  for (const match of text.matchAll(
    /\b(finalized|finalised|agreed|decided|settled|adopted|created|established)\s+(?:during|at|in)\s+/g,
  )) {
    const around = inSentence(sentenceOf(match.index));
    const event = around.find(
      (m) =>
        m.kind === 'Event' && m.start >= match.index + match[0].length && m.start - (match.index + match[0].length) < 6,
    );
    const outcome = around
      .filter((m) => (m.kind === 'Concept' || m.kind === 'Document') && m.end <= match.index)
      .at(-1);
    if (event && outcome) add('RESULTED_IN', event, outcome, spanning(outcome, event), 0.6, { role: match[1]! });
  }

  // "The summit ended with a document of common agreed conclusions", "the talks produced a
  // declaration": the text a gathering closed on came out of it.
  for (const match of text.matchAll(GATHERING_ENDED_WITH)) {
    const sentence = sentenceOf(match.index);
    const around = inSentence(sentence);
    const after = match.index + match[0].length;
    // "The meeting at the Élysée Palace … It ended late at night with …": "it" is the gathering
    // the sentence before opens on.
    const previous = sentenceBefore(sentence);
    const it =
      sentence && previous && /^It\s+$/u.test(text.slice(sentence.start, match.index))
        ? inSentence(previous).find(
            (m) =>
              m.kind === 'Event' &&
              GATHERINGS.has(m.details?.eventType ?? '') &&
              /^(?:The\s+)?$/u.test(text.slice(previous.start, m.start)),
          )
        : undefined;
    const gathering =
      it ??
      around
        .filter((m) => m.kind === 'Event' && GATHERINGS.has(m.details?.eventType ?? '') && m.end <= match.index)
        .filter((m) => /^\s+(?:on\s+\p{L}+\s+)?$/u.test(text.slice(m.end, match.index)))
        .at(-1);
    const document = around.find((m) => m.kind === 'Document' && m.start >= after && m.start - after <= 30);
    if (gathering && document) add('RESULTED_IN', gathering, document, spanning(gathering, document), 0.6);
  }

  // "the GRU, from its unit 29155", "unit 29155 of the GRU": a body's own unit is part of it.
  for (const unit of mentions.filter((m) => m.kind === 'Organization' && UNIT_NAME.test(m.name))) {
    const of = /^\s+of\s+(?:the\s+)?/u.exec(text.slice(unit.end, unit.end + 10));
    const after = of
      ? index.startingIn(unit.end + of[0].length, unit.end + of[0].length).find((m) => m.kind === 'Organization')
      : undefined;
    const before = index
      .endingIn(Math.max(0, unit.start - 30), unit.start)
      .filter((m) => m.kind === 'Organization' && ITS_BETWEEN.test(text.slice(m.end, unit.start)))
      .at(-1);
    const body = after ?? before;
    if (body && body.key !== unit.key) add('PART_OF', unit, body, spanning(unit, body), 0.65);
  }

  // "the Syrian government", "Russia's Foreign Ministry", "the Russian military intelligence
  // service GRU": a state's body named with its country is part of it.
  for (const institution of mentions.filter(isStateBody)) {
    const country =
      index.within(institution).find((m) => m.kind === 'Country')?.key ?? countryNamedIn(institution.text);
    if (country) add('PART_OF', institution, country, institution, 0.7);
  }

  for (const event of mentions.filter((m) => m.kind === 'Event')) {
    const around = inSentence(sentenceOf(event.start));
    for (const inside of index.within(event).filter((m) => m !== event)) {
      const before = text.slice(event.start, inside.start);
      // "the president's visit to Turkey", "another round of talks in Astana", "the Astana talks".
      // Not a demonym: "the expulsion of Russian diplomats" did not happen in Russia.
      const demonym = isDemonym(inside);
      if (
        (inside.kind === 'Place' || inside.kind === 'Country') &&
        !demonym &&
        (/\b(?:in|to|of)\s+$/.test(before) || /^\s+talks/.test(text.slice(inside.end, inside.end + 7)))
      ) {
        add('OCCURRED_IN', event, inside, event, 0.65);
      }
      // "Syria peace talks": what the talks are about.
      if (/^\s+peace\s+talks/.test(text.slice(inside.end, inside.end + 14))) add('ABOUT', event, inside, event, 0.65);
      // "a summit of the Russian, Turkish and Iranian leaders": the countries taking part.
      if (inside.kind === 'Country' && event.details?.eventType === 'summit' && /leaders/.test(event.text)) {
        add('PARTICIPATED_IN', inside, event, event, 0.6, { role: 'participant' });
      }
    }
    // "the three-way summit with President Rouhani": who takes part.
    const withWhom = /^\s+with\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}?/u.exec(text.slice(event.end, event.end + 40));
    const guest = withWhom
      ? around.find((m) => m.kind === 'Person' && m.start >= event.end && m.start <= event.end + withWhom[0].length + 1)
      : undefined;
    if (guest) add('PARTICIPATED_IN', guest, event, spanning(event, guest), 0.6, { role: 'participant' });
    // "Peskov held his daily conference call", "Xi and Modi wrapped up a summit", "Hollande left for
    // a summit": who held it or went to it.
    const held = HELD_BEFORE.exec(text.slice(Math.max(0, event.start - 40), event.start));
    if (held) {
      const verbStart = event.start - held[0].length;
      // "Stéphane Dujarric, spokesman for the Secretary-General, held the noon briefing": past an
      // apposition.
      const host = around
        .filter(
          (m) =>
            m.kind === 'Person' &&
            m.end <= verbStart &&
            (APPOSITION.test(text.slice(m.end, verbStart)) ||
              (verbStart - m.end <= 12 && !text.slice(m.end, verbStart).includes(','))),
        )
        .at(-1);
      for (const each of host ? coordinated(host, around, text, 'before') : [])
        add('PARTICIPATED_IN', each, event, spanning(each, event), 0.6, { role: 'participant' });
    }
    // "Guterres said at the signing ceremony": who speaks at it takes part.
    const saidAt = SAID_AT.exec(text.slice(Math.max(0, event.start - 40), event.start));
    if (saidAt && !MILITARY_ACTS.has(event.details?.eventType ?? '')) {
      const verbStart = event.start - saidAt[0].length;
      const speaker = around.find((m) => m.kind === 'Person' && /^\s+$/u.test(text.slice(m.end, verbStart)));
      if (speaker) add('PARTICIPATED_IN', speaker, event, spanning(speaker, event), 0.55, { role: 'speaker' });
    }
    for (const { who, role, confidence } of participantsByWording(text, event, around, sentenceOf(event.start)))
      add('PARTICIPATED_IN', who, event, spanning(event, who), confidence, { role });
    // "the summit between Xi and Modi": who takes part.
    const between = /^\s+between\s+/u.exec(text.slice(event.end, event.end + 12));
    const first = between
      ? around.find((m) => m.kind === 'Person' && m.start === event.end + between[0].length)
      : undefined;
    for (const each of first ? coordinated(first, around, text, 'after') : [])
      add('PARTICIPATED_IN', each, event, spanning(event, each), 0.6, { role: 'participant' });
    // Talks, calls and a trilateral (bilateral, …) meeting: the people the sentence names before
    // them take part, and those named after them by "with" or "between"; not those of a later
    // clause ("… holding a one-on-one meeting before the French president sees Putin").
    const type = event.details?.eventType ?? '';
    if (['talks', 'call'].includes(type) || (type === 'meeting' && !events.meetings.some((m) => m.key === event.key))) {
      const firstAfter = around.find(
        (m) => m.kind === 'Person' && m.start >= event.end && JOINED_AFTER.test(text.slice(event.end, m.start)),
      );
      const taking = [
        ...around.filter((m) => m.kind === 'Person' && m.end <= event.start),
        ...(firstAfter ? coordinated(firstAfter, around, text, 'after') : []),
      ];
      for (const person of taking)
        add('PARTICIPATED_IN', person, event, spanning(person, event), 0.5, { role: 'participant' });
    }
    // A press conference: who speaks at it ("Lavrov told a news conference", "At a press
    // conference, Trump said").
    if (type === 'press conference' || type === 'press briefing') {
      for (const person of around.filter(
        (m) => m.kind === 'Person' && SPEAKS.test(text.slice(m.end, m.end + 20)) && !within(m, event),
      ))
        add('PARTICIPATED_IN', person, event, spanning(person, event), 0.55, { role: 'speaker' });
      // "Trump’s press conference"; "his press conference": the person last named, in this
      // sentence or the one before.
      const owner = index.within(event).find((m) => m.kind === 'Person');
      const sentence = sentenceOf(event.start);
      const previous = sentenceBefore(sentence);
      const lastNamed = /^(?:his|her)\s/iu.test(event.text)
        ? index
            .within({ start: previous?.start ?? sentence?.start ?? event.start, end: event.start })
            .filter((m) => m.kind === 'Person')
            .at(-1)
        : undefined;
      const host = owner ?? lastNamed;
      if (host) add('PARTICIPATED_IN', host, event, spanning(host, event), 0.5, { role: 'speaker' });
    }
  }

  // Who signed with whom, from the first of them on, issued the document; "the presidents of
  // Russia and Azerbaijan" are the people the article gives that title of each.
  const coSigned = (document: Mention, first: Mention, around: readonly Mention[]) => {
    if (isDemonym(first)) return;
    const plural = SIGNED_WITH.exec(text.slice(document.end, first.start))?.[1];
    const title = plural === 'presidents' ? 'president' : plural === 'prime ministers' ? 'prime minister' : undefined;
    for (const each of coordinated(first, around, text, 'after', ACTOR_KINDS)) {
      const holder = title
        ? roles.find((r) => r.affiliation?.key === each.key && r.title.toLowerCase() === title)?.personKey
        : undefined;
      add('ISSUED', holder ?? each, document, spanning(document, each), 0.55);
    }
  };
  // The first country, body or person after `from` that the words between say it is.
  const actorAfter = (from: number, around: readonly Mention[], between: RegExp, within = Infinity) =>
    around.find(
      (m) =>
        ACTOR_KINDS.has(m.kind) &&
        m.start >= from &&
        m.start - from <= within &&
        between.test(text.slice(from, m.start)),
    );
  // "the Security Council unanimously adopted resolution 2401", "X and Y issued a joint communique".
  // "the leaders of A, B and C put their names to a statement": signed it.
  const ISSUING =
    /\b(?:issued|issues|released|signed|signs?|adopted|adopts|published|passed|put\s+(?:their|his|her)\s+names?\s+to)\s+/g;
  for (const match of text.matchAll(ISSUING)) {
    const around = inSentence(sentenceOf(match.index));
    const after = match.index + match[0].length;
    if (/^by\s/.test(text.slice(after, after + 3))) continue;
    const document = around.find((m) => m.kind === 'Document' && m.start >= after && m.start - after <= 30);
    // The subject of "signed": no clause boundary between ("blaming Moscow, but signed" is not
    // Moscow's), but the comma that closes a title's apposition ("Ukraine's infrastructure
    // minister, Oleksandr Kubrakov, signed").
    const issuer = around
      .filter(
        (m) =>
          ACTOR_KINDS.has(m.kind) &&
          m.end <= match.index &&
          match.index - m.end <= 25 &&
          (!/[,;:]/.test(text.slice(m.end, match.index)) ||
            (m.kind === 'Person' &&
              /^,\s+$/u.test(text.slice(m.end, match.index)) &&
              /\p{Ll},\s+$/u.test(text.slice(Math.max(0, m.start - 4), m.start)))),
      )
      .at(-1);
    if (!document) continue;
    for (const each of issuer ? coordinated(issuer, around, text, 'before', ACTOR_KINDS) : [])
      add('ISSUED', each, document, spanning(each, document), 0.6);
    // "Pashinyan has written that he has signed a statement": "he" is the one person named before
    // in the sentence.
    if (!issuer && PRONOUN_SUBJECT.test(text.slice(Math.max(0, match.index - 24), match.index))) {
      const before = around.filter((m) => m.kind === 'Person' && m.end <= match.index);
      const named = new Set(before.map((m) => m.key));
      if (named.size === 1) add('ISSUED', before[0]!, document, spanning(before[0]!, document), 0.5);
    }
    // "signed a joint statement on Tuesday at the end of a summit": the gathering it came out of.
    const gathering = index
      .overlapping({ start: document.end, end: document.end + 60 })
      .find(
        (m) =>
          m.kind === 'Event' &&
          m.start >= document.end &&
          GATHERINGS.has(m.details?.eventType ?? '') &&
          SIGNED_AT.test(text.slice(document.end, m.start)),
      );
    if (gathering) add('RESULTED_IN', gathering, document, spanning(document, gathering), 0.6);
    // "signed separate but identical texts with Turkey and the United Nations": who signed with
    // them, whoever "he" was.
    const withWhom = actorAfter(document.end, around, SIGNED_WITH, 40);
    if (withWhom) coSigned(document, withWhom, around);
  }
  // "the ministry said in a statement", "Prigozhin confirms it in an audio message", "the leaders
  // backed it in a joint declaration": who speaks in a text issued it.
  for (const document of mentions.filter((m) => m.kind === 'Document' && !m.refersBack)) {
    const verb = SAID_IN.exec(text.slice(Math.max(0, document.start - 60), document.start));
    if (!verb) continue;
    const verbStart = document.start - verb[0].length;
    const around = inSentence(sentenceOf(document.start));
    const speaker = around
      .filter(
        (m) =>
          ACTOR_KINDS.has(m.kind) &&
          m.end <= verbStart &&
          verbStart - m.end <= 30 &&
          !/[,;:.!?]/u.test(text.slice(m.end, verbStart)),
      )
      .at(-1);
    if (!speaker || isDemonym(speaker)) continue;
    // "Putin, Poroshenko, Merkel and Hollande backed it in a separate joint declaration": each.
    for (const each of coordinated(speaker, around, text, 'before', ACTOR_KINDS))
      add('ISSUED', each, document, spanning(each, document), 0.55);
  }
  // "Armenia, Azerbaijan and Russia sign deal": a headline's signers issued the article's own text.
  const headlineEnd = text.indexOf('\n');
  const signedInHeadline = headlineEnd > 0 ? HEADLINE_SIGNING.exec(text.slice(0, headlineEnd)) : null;
  const ownText = mentions.find(isOwnStatement);
  if (signedInHeadline && ownText) {
    const inHeadline = index.within({ start: 0, end: headlineEnd });
    const last = inHeadline
      .filter((m) => ACTOR_KINDS.has(m.kind) && !isDemonym(m) && m.end <= signedInHeadline.index)
      .filter((m) => /^\s+$/u.test(text.slice(m.end, signedInHeadline.index)))
      .at(-1);
    const headline = { start: 0, end: headlineEnd };
    for (const each of last ? coordinated(last, inHeadline, text, 'before', ACTOR_KINDS) : [])
      add('ISSUED', each, ownText, headline, 0.5);
  }
  for (const document of mentions.filter((m) => m.kind === 'Document')) {
    const around = inSentence(sentenceOf(document.start));
    // "the Panmunjom Declaration that Kim signed with South Korean President Moon Jae-in": a
    // relative clause names who signed it, and with whom.
    const signer = actorAfter(document.end, around, THAT_BEFORE);
    const signed = signer ? SIGNED_AFTER.exec(text.slice(signer.end, signer.end + 20)) : null;
    if (signer && signed && !isDemonym(signer)) {
      coSigned(document, signer, around);
      const partner = actorAfter(signer.end + signed[0].length, around, SIGNED_WITH);
      if (partner) coSigned(document, personTitledBy(partner, around, text) ?? partner, around);
    }
    // "a document … that commits Kyiv and Moscow to pull back": the parties it binds.
    const bound = actorAfter(document.end, around, BINDS);
    const bindings = bound && !isDemonym(bound) ? coordinated(bound, around, text, 'after', ACTOR_KINDS) : [];
    for (const party of bindings) add('AGREED_TO', party, document, spanning(document, party), 0.55);
    // "a deal to end the Nagorno-Karabakh war": what it ends.
    const ended = index
      .overlapping({ start: document.end, end: document.end + 40 })
      .find((m) => m.kind === 'Event' && m.start >= document.end && ENDS_WHAT.test(text.slice(document.end, m.start)));
    if (ended) add('ABOUT', document, ended, spanning(document, ended), 0.55);
    // "the contract between Gazprom and Naftogaz", "a deal between Israel and the UAE": its parties.
    const first = actorAfter(document.end, around, BETWEEN);
    const parties = first && !isDemonym(first) ? coordinated(first, around, text, 'after', ACTOR_KINDS) : [];
    if (parties.length >= 2)
      for (const party of parties) add('AGREED_TO', party, document, spanning(document, party), 0.55);
  }
  // "the ministry's statement", "Russia's readout": a document's owner issued it.
  for (const document of mentions.filter((m) => m.kind === 'Document' && m.details?.documentType !== 'tweet')) {
    const owner = index
      .overlapping({ start: Math.max(0, document.start - 40), end: document.end })
      .filter((m) => ACTOR_KINDS.has(m.kind) && m.end <= document.end && /^[’']s\s/u.test(text.slice(m.end, m.end + 3)))
      .filter(
        (m) =>
          /^[’']s\s+(?:own\s+|\p{Ll}+\s+)?$/u.test(text.slice(m.end, Math.max(m.end, document.start))) ||
          within(m, document),
      )
      .at(-1);
    if (owner && !isDemonym(owner)) add('ISSUED', owner, document, spanning(owner, document), 0.6);
    // "a White House readout": a body named right before the kind of text issued it.
    const body = index
      .within(document)
      .find((m) => m.kind === 'Organization' && /^\s+(?:official\s+)?readout$/u.test(text.slice(m.end, document.end)));
    if (body) add('ISSUED', body, document, document, 0.6);
  }
  // "a joint statement issued by Vladimir Putin and Donald Trump"; "The deal, a 13-point package
  // …, was signed not by the four leaders but by the members of the Contact Group": the subject
  // before an apposition, and only who it was signed by.
  for (const match of text.matchAll(
    /\b(?:issued|released|signed|adopted|published)\s+(?:(?:in|at|on)\s+\p{Lu}[\p{L}-]*\s+)?(?:not\s+by\s+[^,;.]{1,60}?\s+but\s+)?by\s+/gu,
  )) {
    const sentence = sentenceOf(match.index);
    const around = inSentence(sentence);
    const after = match.index + match[0].length;
    const document =
      subjectBeforeApposition(sentence, around, text, match.index) ??
      around.filter((m) => m.kind === 'Document' && m.end <= match.index && match.index - m.end <= 30).at(-1);
    const first = around.find((m) => ACTOR_KINDS.has(m.kind) && m.start >= after && m.start - after <= 25);
    if (!document || !first) continue;
    const issuer = personTitledBy(first, around, text) ?? first;
    for (const each of [
      ...coordinated(issuer, around, text, 'after', ACTOR_KINDS),
      ...membersListed(first, around, text),
    ])
      add('ISSUED', each, document, spanning(document, each), 0.6);
  }

  // "The package itself carries the signatures of the Trilateral Contact Group": its signers.
  for (const match of text.matchAll(SIGNATURES_OF)) {
    const around = inSentence(sentenceOf(match.index));
    const after = match.index + match[0].length;
    const document = around
      .filter((m) => m.kind === 'Document' && m.end <= match.index && match.index - m.end <= 30)
      .at(-1);
    const first = around.find((m) => ACTOR_KINDS.has(m.kind) && m.start === after);
    if (!document || !first) continue;
    for (const each of [
      ...coordinated(first, around, text, 'after', ACTOR_KINDS),
      ...membersListed(first, around, text),
    ])
      add('ISSUED', each, document, spanning(document, each), 0.6);
  }

  // "the war in the Donbas region between Ukrainian forces and Russian-backed separatists", "talks
  // between Moscow and Kyiv": the sides took part in it.
  for (const event of mentions.filter((m) => m.kind === 'Event')) {
    const around = inSentence(sentenceOf(event.start));
    const first = longestAt(actorAfter(event.end, around, EVENT_BETWEEN, 60), around);
    const second = first && sideAfter(first, around, text);
    if (!first || !second) continue;
    for (const side of [first, second])
      add('PARTICIPATED_IN', side, event, spanning(event, side), 0.55, { role: 'participant' });
  }
  // "the war in the Donbas region between Ukrainian forces and Russian-backed separatists", "the
  // conflict between Kyiv's forces and the separatists": the first side fights the second.
  for (const match of text.matchAll(FIGHT_BETWEEN)) {
    const around = inSentence(sentenceOf(match.index));
    const at = match.index + match[0].length;
    const first = longestAt(
      around.find((m) => ACTOR_KINDS.has(m.kind) && m.start === at),
      around,
    );
    const second = first && sideAfter(first, around, text);
    if (first && second && first.key !== second.key) add('FIGHTS', first, second, spanning(first, second), 0.55);
  }
  // "The Czech decision was announced on Saturday evening by Prime Minister Andrej Babiš and Jan
  // Hamáček": who announced, ordered or carried out an event took part in it.
  for (const event of mentions.filter((m) => m.kind === 'Event')) {
    const agent = DONE_BY.exec(text.slice(event.end, event.end + 90));
    if (!agent) continue;
    const at = event.end + agent[0].length;
    const around = inSentence(sentenceOf(event.start));
    // "by Prime Minister Andrej Babiš": a title in capitals may come first.
    const first = around.find(
      (m) => ACTOR_KINDS.has(m.kind) && m.start >= at && /^(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(text.slice(at, m.start)),
    );
    if (!first || isDemonym(first)) continue;
    const doer = personTitledBy(first, around, text) ?? first;
    for (const each of coordinated(doer, around, text, 'after', ACTOR_KINDS))
      add('PARTICIPATED_IN', each, event, spanning(event, each), 0.55, { role: 'participant' });
  }
  // "ordered 18 Russian diplomats to leave over the 2014 explosions": what an event or a document
  // answers, in its clause.
  for (const match of text.matchAll(/\s+over\s+(?:the\s+)?/g)) {
    const afterStart = match.index + match[0].length;
    // "over the 2014 explosions": a year or a word or two may qualify it.
    const after = index
      .overlapping({ start: afterStart, end: afterStart + 24 })
      .filter((m) => m.kind === 'Event' || m.kind === 'Document' || m.kind === 'Concept')
      .find((m) => m.start >= afterStart && /^(?:[\p{Ll}\d-]+\s+){0,2}$/u.test(text.slice(afterStart, m.start)));
    if (!after) continue;
    const before = index
      .overlapping({ start: Math.max(0, match.index - 40), end: match.index })
      .filter(
        (m) =>
          (m.kind === 'Event' || m.kind === 'Document') &&
          m.end <= match.index &&
          !/[,;:.!?]/u.test(text.slice(m.end, match.index)),
      )
      .at(-1);
    if (before && before.key !== after.key) add('ABOUT', before, after, spanning(before, after), 0.55);
  }
  // "the statement on Syria", "talks on Syria": what a document or event is about.
  for (const match of text.matchAll(/\s+on\s+/g)) {
    const before = index.endingIn(match.index, match.index).find((m) => m.kind === 'Document' || m.kind === 'Event');
    const afterStart = match.index + match[0].length;
    const after = index.startingIn(afterStart, afterStart).find((m) => m.kind !== 'Document');
    // "the attack on Sergei Skripal" is not about him: he was its target (find-incidents.ts); "the
    // strike on Odesa" happened there.
    if (!before || !after || isAttackType(before.details?.eventType)) continue;
    const type = before.details?.eventType ?? '';
    // "a summit on Sentosa island", "a rally on Independence Square": a site one stands on is
    // where it happened.
    if (before.kind === 'Event' && after.kind === 'Place' && STOOD_ON.test(after.text) && !MILITARY_ACTS.has(type))
      add('OCCURRED_IN', before, after, spanning(before, after), 0.6);
    // Nor is a rally "on Kyiv" about the city.
    else if (!((MILITARY_ACTS.has(type) || type === 'protest') && (after.kind === 'Place' || after.kind === 'Country')))
      add('ABOUT', before, after, spanning(before, after), 0.6);
  }
  // "Babiš told a press conference that GRU officers were involved in the explosions", "In a
  // statement, Guterres condemned the strikes": a speech, briefing or statement is about the
  // events and documents of the words its sentence reports, after the verb that reports them.
  for (const occasion of mentions.filter(isUtterance)) {
    const sentence = sentenceOf(occasion.start);
    if (!sentence) continue;
    const verb = REPORTS.exec(text.slice(sentence.start, sentence.end));
    if (!verb) continue;
    const clauseStart = sentence.start + verb.index + verb[0].length;
    for (const spoken of inSentence(sentence)) {
      if (spoken.start < clauseStart || spoken.key === occasion.key || isUtterance(spoken)) continue;
      if (spoken.kind !== 'Event' && spoken.kind !== 'Document') continue;
      // "told a press conference after the summit": where it was held, not what was said.
      if (spoken.start > occasion.end && OCCASION_SETTING.test(text.slice(occasion.end, spoken.start))) continue;
      add('ABOUT', occasion, spoken, spanning(occasion, spoken), 0.5);
    }
  }
  // "Putin, Poroshenko, Merkel and Hollande backed it in a separate joint declaration": "it" is the
  // text the sentence before opens on; each of them agreed to it, and the text they backed it in
  // refers to it.
  for (const match of text.matchAll(BACKED_IT)) {
    const sentence = sentenceOf(match.index);
    const before = sentenceBefore(sentence);
    const it = before
      ? inSentence(before).find(
          (m) => m.kind === 'Document' && /^(?:The\s+)?$/u.test(text.slice(before.start, m.start)),
        )
      : undefined;
    if (!sentence || !it) continue;
    const around = inSentence(sentence);
    const last = around
      .filter((m) => ACTOR_KINDS.has(m.kind) && m.end <= match.index && /^\s+$/u.test(text.slice(m.end, match.index)))
      .at(-1);
    if (!last || isDemonym(last)) continue;
    for (const each of coordinated(last, around, text, 'before', ACTOR_KINDS))
      add('AGREED_TO', each, it, spanning(each, { start: match.index, end: match.index + match[0].length }), 0.5);
    const inText = around.find(
      (m) =>
        m.kind === 'Document' &&
        m.key !== it.key &&
        m.start >= match.index + match[0].length &&
        m.start - (match.index + match[0].length) <= 30,
    );
    if (inText) add('REFERENCES', inText, it, spanning({ start: match.index, end: match.index }, inText), 0.5);
  }
  // A country's one leader: the one the article gives a leader's post of it, or else the one person
  // it names whom the gazetteer knows in such a post on the article's day.
  const leadersOf = (country: Mention): Set<string> => {
    const stated = new Set(
      roles
        .filter((role) => role.affiliation?.key === country.key && LEADER_TITLES.has(role.title))
        .map((role) => role.personKey),
    );
    if (stated.size > 0 || !publishedOn) return stated;
    return new Set(
      mentions
        .filter((m) =>
          m.entry?.roles?.some(
            (r) =>
              r.affiliationId === country.key && LEADER_TITLES.has(normalizeTitle(r.title)) && isHeldOn(r, publishedOn),
          ),
        )
        .map((m) => m.key),
    );
  };
  // "The leaders of Russia, Ukraine, Germany and France agreed … after 16 hours of talks": each
  // country's one leader took part in the gathering its sentence tells of, or agreed to the text
  // they endorsed.
  for (const match of text.matchAll(LEADERS_OF)) {
    const sentence = sentenceOf(match.index);
    const around = inSentence(sentence);
    const afterStart = match.index + match[0].length;
    const first = around.find((m) => m.kind === 'Country' && m.start === afterStart && !isDemonym(m));
    const gathering = around.find((m) => m.kind === 'Event' && GATHERINGS.has(m.details?.eventType ?? ''));
    // "the leaders of Russia, Ukraine, Germany and France … endorsed a "Package of Measures …"".
    const endorsed = ENDORSED.exec(text.slice(afterStart, sentence?.end));
    const endorsedAt = endorsed ? afterStart + endorsed.index + endorsed[0].length : -1;
    const document = endorsed
      ? around.find((m) => m.kind === 'Document' && m.start >= endorsedAt && m.start - endorsedAt <= 4)
      : undefined;
    if (!first || (!gathering && !document)) continue;
    for (const country of coordinated(first, around, text, 'after')) {
      const leaders = leadersOf(country);
      if (leaders.size !== 1) continue;
      const [leader] = leaders;
      if (gathering)
        add('PARTICIPATED_IN', leader!, gathering, spanning({ start: match.index, end: afterStart }, gathering), 0.5, {
          role: 'participant',
        });
      if (document)
        add('AGREED_TO', leader!, document, spanning({ start: match.index, end: afterStart }, document), 0.5);
    }
  }
  // "In Moscow, Putin confirmed the statement in a televised address": a sentence that opens on a
  // place says where its gatherings and speeches took place, when nothing else does.
  for (const sentence of sentences) {
    const opener = OPENS_ON_IN.exec(sentence.text);
    if (!opener) continue;
    const around = inSentence(sentence);
    const where = around.find(
      (m) =>
        (m.kind === 'Place' || m.kind === 'Country') &&
        m.start === sentence.start + opener[0].length &&
        !isDemonym(m) &&
        /^,\s/u.test(text.slice(m.end, m.end + 2)),
    );
    if (!where) continue;
    const placed = placedEvents();
    for (const event of around.filter(
      (m) => m.kind === 'Event' && !placed.has(m.key) && !isActOfForce(m.details?.eventType),
    ))
      add('OCCURRED_IN', event, where, spanning(where, event), 0.55);
  }

  // A meeting, press conference or round of talks the article reports with no place of its own
  // took place where the article is datelined ("SEOUL, June 14 – … after a trilateral meeting").
  if (datelinePlace) {
    const placed = placedEvents();
    for (const event of mentions.filter((m) => m.kind === 'Event' && !m.refersBack)) {
      if (placed.has(event.key)) continue;
      if (events.datelined.includes(event.key)) {
        add('OCCURRED_IN', event, datelinePlace, event, 0.5);
        placed.add(event.key);
        continue;
      }
      if (!DATELINED_TYPES.has(event.details?.eventType ?? '')) continue;
      // Places named on the event's line (a country only after "in", "at", "to"), other than the
      // dateline's own and those inside another event's name ("the Singapore summit").
      const sentence = sentenceOf(event.start);
      const lineStart = text.lastIndexOf('\n', event.start) + 1;
      const placesAround = inSentence(sentence).filter(
        (m) =>
          (m.kind === 'Place' ||
            (m.kind === 'Country' && /\b(?:in|at|to|near)\s+$/u.test(text.slice(Math.max(0, m.start - 6), m.start)))) &&
          m.start >= lineStart &&
          m.start !== datelinePlace.start &&
          !isDemonym(m) &&
          !index.containing(m).some((other) => other.kind === 'Event'),
      );
      if (placesAround.length > 0) continue;
      add('OCCURRED_IN', event, datelinePlace, event, 0.5);
      placed.add(event.key);
    }
  }
  return found;
}

const ACTOR_KINDS = new Set(['Person', 'Organization', 'Country']);
// A body's unit, known by its number: "unit 29155", "Unit 8200".
const UNIT_NAME = /^[Uu]nit\s+\d+$/u;
// Between a body and its own unit: ", from its", ", through its", "'s".
const ITS_BETWEEN = /^(?:,\s+(?:from|through|including|via)\s+its\s+|[’']s\s+)$/u;
// A verb of speaking and the text it was spoken in: "said in a", "confirms it in an", "wrote on his".
const SAID_IN =
  /(?<![\p{L}])(?:said|says|wrote|writes|announced|announces|confirmed|confirms|declared|declares|stated|states|posted|posts|warned|warns|added|adds|backed|backs|endorsed|endorses|pledged|pledges)\s+(?:(?:it|this|that|so)\s+)?(?:in|on)\s+(?:(?:a|an|his|her|its|their)\s+)?(?:[\p{L}\d-]+\s+){0,2}?$/u;
// The verbs of what a document says, right after it: "stresses", "calls for", "commits", "sets out".
const DOCUMENT_SAYS =
  /\b(?:stresses|stressed|emphasi[sz]es|emphasi[sz]ed|underlines|underlined|highlights|highlighted|mentions|mentioned|calls\s+for|called\s+for|calls\s+on|called\s+on|refers\s+to|referred\s+to|cites|cited|quotes|quoted|says|said|states|stated|reaffirms|reaffirmed|provides\s+for|provided\s+for|sets\s+out|set\s+out|commits|committed|asks|asked|requires|required|obliges|obliged|envisages|envisaged|foresees|includes|included|covers|covered|guarantees|guaranteed)\b/g;
// A side of a fight named by its state's forces: "Ukrainian forces", "Kyiv's forces".
const FORCES = /^(?:[’']s)?\s+(?:forces|troops|army|military)(?![\p{L}])/u;
// A fight and its two sides: "the war in the Donbas region between", "the conflict between".
const FIGHT_BETWEEN = new RegExp(
  String.raw`(?<![\p{L}])(?:war|conflict|fighting|clashes|hostilities)\s+${PLACE_THEN_BETWEEN}`,
  'gu',
);

/** Of the actors starting where `actor` does, the longest: "Russian-backed separatists", not "Russian". */
function longestAt(actor: Mention | undefined, around: readonly Mention[]): Mention | undefined {
  if (!actor) return undefined;
  return around.filter((m) => ACTOR_KINDS.has(m.kind) && m.start === actor.start).sort((a, b) => b.end - a.end)[0];
}

/**
 * The second of two sides "between" names, after `first` and "and": a demonym only before the
 * word for its forces ("between Ukrainian forces and Russian-backed separatists").
 */
function sideAfter(first: Mention, around: readonly Mention[], text: string): Mention | undefined {
  const side = (m: Mention) => !isDemonym(m) || FORCES.test(text.slice(m.end, m.end + 12));
  if (!side(first)) return undefined;
  const firstEnd = first.end + (FORCES.exec(text.slice(first.end, first.end + 12))?.[0].length ?? 0);
  const next = longestAt(
    around.find((m) => ACTOR_KINDS.has(m.kind) && m.start >= firstEnd),
    around,
  );
  return next && side(next) && /^\s+and\s+(?:the\s+)?$/u.test(text.slice(firstEnd, next.start)) ? next : undefined;
}

/**
 * The document a sentence opens on, when an apposition stands between it and the passive verb at
 * `verbStart`: "The deal, a 13-point package to implement the Minsk protocol, was signed by …" (a
 * document named inside the apposition is not what was signed).
 */
function subjectBeforeApposition(
  sentence: { start: number; end: number } | undefined,
  around: readonly Mention[],
  text: string,
  verbStart: number,
): Mention | undefined {
  if (!sentence || !/,\s+(?:was|were|has\s+been|had\s+been)\s+$/u.test(text.slice(sentence.start, verbStart)))
    return undefined;
  const subject = around.find((m) => m.kind === 'Document' && /^\S*\s*$/u.test(text.slice(sentence.start, m.start)));
  return subject && /^,\s/u.test(text.slice(subject.end, subject.end + 2)) ? subject : undefined;
}

/**
 * The people a body's name opens a list of, after a colon or in brackets, to the end of the
 * sentence: its members who signed for it ("the Trilateral Contact Group (Heidi Tagliavini for
 * the OSCE, Leonid Kuchma …) and of the rebel leaders: Alexander Zakharchenko …").
 */
function membersListed(body: Mention, around: readonly Mention[], text: string): Mention[] {
  if (body.kind !== 'Organization' || !/^\s*[(:]/u.test(text.slice(body.end, body.end + 3))) return [];
  return around.filter((m) => m.kind === 'Person' && m.start > body.end);
}
// A sentence opening on "In", perhaps after a live blog's time: "03:00 In Moscow, …".
const OPENS_ON_IN = new RegExp(`^(?:${LIVE_TIME}\\s+)?In\\s+(?:the\\s+)?`, 'u');
// A text's signatures, named: "carries the signatures of the Trilateral Contact Group".
const SIGNATURES_OF =
  /(?<![\p{L}])(?:carries|carried|bears|bore|has|had|with)\s+the\s+signatures?\s+of\s+(?:the\s+)?/gu;
// The kinds of organization that belong to one state.
const STATE_BODY_TYPES: ReadonlySet<string> = new Set([
  'state institution',
  'government department',
  'executive office',
  'intelligence agency',
  'law enforcement agency',
  'legislature',
  'military force',
  'central bank',
]);
// A body of no known kind that is a state's by its head noun: "Russia's Foreign Ministry".
const STATE_BODY_HEAD = /\b(?:[Mm]inistry|[Pp]arliament|[Pp]olice|[Ss]ecurity\s+[Ss]ervice|[Aa]rmed\s+[Ff]orces)$/u;

function isStateBody(mention: Mention): boolean {
  if (mention.kind !== 'Organization') return false;
  const type = mention.details?.organizationType;
  return type ? STATE_BODY_TYPES.has(type) : STATE_BODY_HEAD.test(mention.name);
}
// Gatherings a text can come out of, and the words between the text and one: "on Tuesday at the
// end of a", "during their".
const GATHERINGS: ReadonlySet<string> = new Set(['summit', 'meeting', 'talks', 'conference', 'plenary session']);
// What a gathering closed on or produced: "ended with", "concluded with", "produced", "yielded".
const GATHERING_ENDED_WITH =
  /(?<![\p{L}])(?:ended|ends|closed|closes|concluded|concludes|wrapped\s+up|wraps\s+up)\s+(?:\p{Ll}+\s+){0,3}?with\s+|(?<![\p{L}])(?:produced|produces|yielded|yields)\s+/gu;
// A headline's "sign deal", "signs joint statement", "agree peace accord".
const HEADLINE_SIGNING =
  /(?<![\p{L}])(?:sign|signs|agree|agrees|seal|seals)\s+(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+)?(?:deal|agreement|accord|statement|declaration|treaty|pact)(?![\p{L}])/u;
// "he has signed", "she had just signed": a pronoun as the subject of the verb after it.
const PRONOUN_SUBJECT = /(?<![\p{L}])(?:he|she)\s+(?:(?:has|had|have)\s+)?(?:just\s+|also\s+)?$/u;
// "the leaders of", "the four leaders of": the heads of the countries named next.
const LEADERS_OF = /(?<![\p{L}])[Tt]he\s+(?:(?:two|three|four|five|six)\s+)?leaders\s+of\s+(?:the\s+)?/gu;
// Who brokered or drew up a text: "who had brokered the deal", "drew up the plan".
const BROKERED = /(?<![\p{L}])(brokered|mediated|drew\s+up|drafted|proposed)\s+(?:(?:the|a|an|their|his|her)\s+)?/gu;
// Actors that back or sign a text named in the sentence before: "backed it", "signed it".
const BACKED_IT = /(?<![\p{L}])(?:backed|endorsed|supported|approved|signed)\s+it(?![\p{L}])/gu;
// What leaders did to a text, in their clause: "endorsed a", "approved the".
const ENDORSED =
  /^[^.;:!?]{0,120}?\s(?:endorsed|approved|adopted|signed|backed|agreed\s+(?:to|on))\s+(?:a|an|the|their)?\s*["“]?/u;
// The posts a country's leader holds: those "the Russian leader" may stand for.
const LEADER_TITLES: ReadonlySet<string> = new Set(REFERRING_TITLES.leader);
const SIGNED_AT =
  /^(?:\s+(?:on|in)\s+[\p{L}\d]+(?:\s+\d{1,2})?)?\s+(?:at|during)\s+(?:the\s+(?:end|close|conclusion)\s+of\s+)?(?:the|a|an|their|his|her)?\s*$/u;
// After an event, the passive that names who did it: "was announced on Saturday evening by".
const DONE_BY =
  /^\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?(?:announced|ordered|decided|approved|carried\s+out|launched|conducted|organi[sz]ed|hosted|chaired|led|called)\s+(?:[^.;,:!?]{0,40}?\s)?by\s+(?:the\s+)?/u;
// "said at a press conference", "told a news conference", "walked into a press conference".
const SAID_AT =
  /(?<![\p{L}])(?:(?:said|says|spoke|speaking|told\s+reporters)\s+(?:at|during)|told|addressed|walked\s+into)\s+(?:a\s+|an\s+|the\s+)?$/u;
// A person's apposition before a verb: ", spokesman for UN Secretary-General António Guterres,".
const APPOSITION = /^,\s[^,.;:!?]{1,80},\s+$/u;
// Between a country or an organization and the person it qualifies: a title ("US President").
const TITLE_BETWEEN = new RegExp(
  `^\\s+(?:(?:\\p{Lu}[\\p{L}.-]*|${alternation(TITLE_FORMS.filter((t) => !/\s/.test(t)))})\\s+){1,4}$`,
  'u',
);

/** "US President Donald Trump": the person a country or organization qualifies with a title. */
function personTitledBy(actor: Mention, around: readonly Mention[], text: string): Mention | undefined {
  if (actor.kind === 'Person') return undefined;
  const person = around.find((m) => m.kind === 'Person' && m.start > actor.end && m.start - actor.end <= 50);
  return person && TITLE_BETWEEN.test(text.slice(actor.end, person.start)) ? person : undefined;
}

const DATELINED_TYPES = new Set(['meeting', 'press conference', 'press briefing', 'talks']);
// After an occasion, who it is with: "talks with (Chancellor) …", "a meeting between …".
const JOINED_AFTER = /^\s+(?:with|between|of|involving)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}?$/u;
// A verb of holding an occasion, or of going to it, before it, with at most three words between:
// "held talks", "left for a summit".
const HELD_BEFORE =
  /(?:held|holds|hold|hosted|hosts|attended|attends|chaired|joined|wrapped\s+up|wrap\s+up|ended|end|concluded|opened|began|convened|left\s+for|leaves\s+for|travell?ed\s+to|flew\s+to|arrived\s+(?:at|for))\s+(?:[\p{L}’'-]+\s+){0,3}$/u;

// Words that put a meeting at a summit, with no clause between them.
const AT_SUMMIT =
  /(?:^|\s)(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+margins\s+of|on\s+the\s+fringes\s+of)\s+(?:the\s+)?$/iu;

function tiedToMeeting(
  text: string,
  meeting: { start: number; end: number },
  summit: { start: number; end: number },
): boolean {
  if (summit.start >= meeting.end) {
    const between = text.slice(meeting.end, summit.start);
    return !/[,;:.]/.test(between) && AT_SUMMIT.test(between.slice(-40));
  }
  const before = text.slice(Math.max(0, summit.start - 40), summit.start);
  const between = text.slice(summit.end, meeting.start);
  return AT_SUMMIT.test(before) && !/[;.]/.test(between);
}
