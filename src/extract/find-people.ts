import { entityId } from '../vocabulary/normalize-id';
import type { SentenceSpan } from '../vocabulary/segment-sentences';
import { isEnglishWord } from './english-words';
import { isKnownFirstName } from './first-names';
import { isPersonNoun } from './person-nouns';
import { isHeldOn, isTown, type GazetteerEntry } from './gazetteer';
import { gazetteerIndex, postKey } from './gazetteer-index';
import { AFTER_WORD, alternation, BEFORE_WORD, type Mention } from './mention';
import { nameKey, nameWordForms, surname } from './name-key';
import { SpanIndex } from './span-index';
import { isRelativeTitle, NATIONAL_TITLES, normalizeTitle, REFERRING_TITLES, TITLE_FORMS, TITLES } from './titles';

/** A position a person holds, as the text states it ("Russian Foreign Minister Sergey Lavrov"). */
export interface Role {
  personKey: string;
  title: string;
  /** The country or organization the position belongs to, when the text names it. */
  affiliation?: Mention;
  /** The words that state it. */
  start: number;
  end: number;
  /** Given by a plural title to several people: no country is guessed for it. */
  shared?: boolean;
}

/** What the tagger and the gazetteer say that helps tell a name. */
export interface PeopleHints {
  /** The article's day (ISO): which posts the people the gazetteer knows held then. */
  publishedOn: string;
  /** Words the NLP library tags as a person. */
  personTerms: readonly { start: number; end: number }[];
  /** Words it tags as plural nouns ("Officials said"): not a person's name. */
  pluralTerms: readonly { start: number; end: number }[];
  /** Name keys of known places, countries and organizations ("Seoul", "Singapore"): not people. */
  otherNames: ReadonlySet<string>;
}

/** A known person's mention with the posts the gazetteer knows them in on the day (ISO) only. */
function onDay(mention: Mention, day: string): Mention {
  const roles = mention.entry?.roles;
  if (!roles?.some((role) => role.from || role.to)) return mention;
  return { ...mention, entry: { ...mention.entry!, roles: roles.filter((role) => isHeldOn(role, day)) } };
}

export interface PeopleFound {
  mentions: Mention[];
  roles: Role[];
  /** Gazetteer mentions that turned out to be part of another person's name ("Mark Tillerson"). */
  superseded: Set<Mention>;
}

// Capitalised words, with the particles and initials names carry ("Staffan de Mistura", "Donald J. Trump",
// "K.P. Sharma Oli").
const NAME_RUN =
  /(?<![\p{L}\p{N}@#.])(?:\p{Lu}\.(?:[ \t]?\p{Lu}\.)+(?=[ \t]+\p{Lu}\p{Ll})|\p{Lu}[\p{L}’'-]*)(?:[ \t]+(?:(?:de|van|von|der|bin|ibn|da|del|la|le|al|el)[ \t]+)?(?:\p{Lu}\.(?:[ \t]?\p{Lu}\.)*|\p{Lu}[\p{L}’'-]*))*/gu;
// Ranks and honorifics that precede a name: never part of it ("Detective Sergeant Nick Bailey"),
// and they make the name after them a person's.
const RANKS = `Detective Sergeant Inspector Constable Superintendent Chief Officer Agent Marshal Colonel Lieutenant
  Captain Admiral Brigadier Corporal Judge Justice Lord Lady Baroness Baron Dame Bishop Archbishop Pope Cardinal
  Rabbi Imam Sheikh Reverend Rev Sgt Lt Col Gen Capt Det Insp Supt Cpl Maj Adm`.split(/\s+/);
// "in Sheikh Jarrah": a place's preposition before an honorific and a name.
const PLACE_BEFORE_TITLE = /(?<![\p{L}])(?:[Ii]n|[Nn]ear|[Aa]round)\s+\p{Lu}\p{Ll}+\s+$/u;
const KIN = ['daughter', 'son', 'wife', 'husband', 'brother', 'sister', 'mother', 'father'];
// "his son Barron Trump": a relative's name.
const KIN_BEFORE = new RegExp(`(?:${BEFORE_WORD}(?:[Hh]is|[Hh]er)|[’']s)\\s+(?:${KIN.join('|')}),?\\s+$`, 'u');
// Whose a post may be: a country or an organization.
const AFFILIATION_KINDS: ReadonlySet<string> = new Set(['Country', 'Organization']);
const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Mr.', 'Mrs.', 'Ms.', 'Dr.'];
// Weekdays are never part of a name either ("on Monday May said").
const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
const TITLE_WORDS_BEFORE_NAME = new Set([...RANKS, ...HONORIFICS]);
// Words that open a run of capitals without being part of a name.
const NOT_NAME_WORDS = new Set(
  `The A An His Her Their Its Our In On At For With By From And But Or As If When While After Before Mr Mrs Ms Dr Sir
  President Vice Prime Minister Foreign Deputy Defense Defence Interior Finance Economy Energy Secretary State General
  Special Envoy Ambassador Chancellor Senator Governor Mayor King Queen Emir Crown Prince Chairman Director Commander
  Spokesman Spokeswoman Press Professor National Security Adviser Met Asked Speaking According Meanwhile However Also
  Just Earlier Later Last Next This That These Those Both Yes No Does Do Did Is Are Was Were Will Would Can Could
  Should Has Have Had What Why How Who Where Which Q A Storm Hurricane Typhoon Cyclone Tropical Super`
    .split(/\s+/)
    .concat(RANKS, WEEKDAYS),
);
// Every word of a title, capitalised and in the plural ("Presidents Putin and Trump", "Advisor
// John Bolton"), and a hyphenated title whole ("Secretary-General"): a title is never part of a name.
const TITLE_WORDS = new Set(
  TITLES.flatMap((title) => [...title.split(/[\s-]+/), ...title.split(/\s+/)])
    .filter((word) => !/^(?:of|the|for|to)$/i.test(word))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .flatMap((word) => [word, `${word}s`]),
);
// The last word of each title ("Secretary", "Minister"): a title's other words ("Health",
// "Home", "First") also begin names of bodies ("Public Health England"), so only the last word
// before a name makes it a person's.
const TITLE_HEADS = new Set(
  TITLES.flatMap((title) => [title.split(/[\s-]+/).at(-1)!, title.split(/\s+/).at(-1)!])
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .flatMap((word) => [word, `${word}s`]),
);
// Pronouns and determiners open sentences before speech verbs ("He said") but name no one.
const PRONOUNS = new Set(
  'I You He She It We They Me Him Her Us Them This That These Those Someone Everyone Nobody One Who'.split(' '),
);
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const NOT_A_PERSON =
  /(?:Council|Ministry|Republic|Agency|Committee|Organi[sz]ation|Party|Institute|Bank|University|Commission|Group|Forum|Foundation|Cent(?:er|re)|Office|Department|Service|Army|Forces|Front|Union|Summit|Talks|Process|War|Crisis|Conference|Assembly|Court|Airport|Street|Square|Palace|House|Times|Post|News|Press|Agreements?|Accords?|Declaration|Convention|Charter|Protocol|Memorandum|Communiqu[eé]|Statement|Resolution|Treaty|Review|Wire|Journal|Herald|Daily|Tribune|Gazette|Service|Studies|Affairs|Relations|Sea|Ocean|River|Mountains|Day|Week|Month|Year|Police|Hospital|Authority|Trust|Command|Constabulary|Laboratory|Academy|College|School|Society|Association|Federation|Alliance|Coalition|Movement|Bureau|Directorate|Tribunal|Cabinet|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const KIND_OF_PLACE_AFTER =
  /^\s+(?:exclave|enclave|region|province|district|oblast|city|town|village|port|capital|border|coast|island|peninsula|republic|territory|valley|river)(?![\p{L}])/u;
const SPEECH_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:said|says|told|added|stated|noted|warned|replied|answered|explained|insisted|stressed|argued|wrote|tweeted|posted|asked|announced|recalled|continued|admitted|acknowledged|conceded|claimed|vowed|complained|accused|urged|predicted|declared|confirmed|denied)\b/;
const TITLE_PATTERN = alternation(TITLE_FORMS);
// "…,” says Jenny Town": a full name right after a speech verb speaks.
const SPEECH_BEFORE =
  /(?<![\p{L}])(?:said|says|added|adds|asked|asks|explained|explains|noted|notes|argued|argues|warned|warns)\s+$/u;
// A comma first: "Theresa May, who leaves office"; in "a fellow at Carnegie Europe who has
// written" the clause is the fellow's.
const WHO_AFTER = /^,\s+who\s/u;
// "Russia's ambassador to Kyiv Mikhail Zurabov": where an envoy is posted may come between.
const TITLE_BEFORE = new RegExp(
  `${BEFORE_WORD}(${TITLE_PATTERN})(?:(?:\\s+(?:to|in)|(?<=[Ee]nvoy)\\s+for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)?,?\\s+$`,
  'u',
);
// An apposition closes where its noun phrase does: "Ararat Mirzoyan, the speaker of parliament,
// was beaten", but in "the fighting over Nagorno-Karabakh, the Armenian prime minister announced"
// the title begins the next clause.
const APPOSITION_CLOSES = String.raw`(?=[ \t]*[,.;:)\n]|\s+(?:of|for|in|at|to|on|from|with|and|who|whose|since)${AFTER_WORD})`;
const APPOSITION_AFTER = new RegExp(
  `^,\\s+(?:the|a|an|his|her)?\\s*(?:[\\p{L}’'.-]+\\s+){0,3}?(${TITLE_PATTERN})${AFTER_WORD}${APPOSITION_CLOSES}`,
  'u',
);
// "Anahit Sargsyan, a 41-year-old teacher,", "Ashot Petrosyan, 73,": a description that fits only
// a person.
const PERSON_APPOSITION = new RegExp(
  `^,\\s+(?:\\d{1,3}(?=,)|(?:\\d{1,3},\\s+)?(?:a|an|the|one)\\s+(?:[\\p{L}\\d’'-]+\\s+){0,4}?(\\p{Ll}[\\p{Ll}-]*))${APPOSITION_CLOSES}`,
  'u',
);
// "the Russian leader", "the prime minister", "the Prime Minister" (a title written as a name);
// the modifier is tried last, so that "Prime" is not taken for a country's adjective.
const REFERRING = new RegExp(
  `${BEFORE_WORD}[Tt]he\\s+(?:([\\p{Lu}][\\p{L}.-]*(?:\\s+[\\p{Lu}][\\p{L}.-]*)?)\\s+)??(${alternation(
    Object.keys(REFERRING_TITLES).flatMap((noun) => [noun, noun.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())]),
  )})${AFTER_WORD}`,
  'gu',
);

/**
 * Finds people: runs of capitalised words that the NLP library tags as a person, or that a title
 * precedes or follows, or that a speech verb follows. Then surname-only mentions of people named
 * in full in the same article, titles (pre-modifiers and appositions) and references by title
 * ("the Russian leader"). A full name links to a known person when the names are the same up to
 * spelling and transliteration ("Sergei" = "Sergey"); a different first name is a different person.
 */
export function findPeople(
  text: string,
  sentences: readonly SentenceSpan[],
  known: readonly Mention[],
  /** The gazetteer: its people are the known ones (the others are not read here). */
  gazetteer: readonly GazetteerEntry[],
  hints: PeopleHints,
): PeopleFound {
  const { personTerms } = hints;
  const plurals = new SpanIndex(hints.pluralTerms);
  const superseded = new Set<Mention>();
  const fullNames: Mention[] = [];
  const unreliable = new SpanIndex(unreliableLines(text));
  // A name first seen in a headline set in Title Case, or in a byline, is taken only when the
  // article names it again in running text, or it is already known: in "No Military Solution,
  // Say Presidents" every word is capitalised, and an author is not a participant.
  const inRunning = new Map<string, boolean>();
  const inRunningText = (name: string): boolean => {
    const known = inRunning.get(name);
    if (known !== undefined) return known;
    const found = [...text.matchAll(new RegExp(`${BEFORE_WORD}(?:${alternation([name])})${AFTER_WORD}`, 'gu'))].some(
      (match) => unreliable.overlapping({ start: match.index, end: match.index + 1 }).length === 0,
    );
    inRunning.set(name, found);
    return found;
  };
  const isUnreliable = (span: { start: number; text: string }): boolean =>
    unreliable.overlapping({ start: span.start, end: span.start + 1 }).length > 0 && !inRunningText(span.text);
  const singles: { start: number; end: number; text: string; titled: boolean; title?: string }[] = [];
  // Names nothing marks as a person's, for a second look once the people are known.
  const unsure: { start: number; end: number; text: string }[] = [];
  const knownPeople = new SpanIndex(known.filter((mention) => mention.kind === 'Person'));
  const knownOthers = new SpanIndex(known.filter((mention) => mention.kind !== 'Person'));
  const terms = new SpanIndex(personTerms);
  const personByName = gazetteerIndex(gazetteer).personByNameKey;

  for (const match of text.matchAll(NAME_RUN)) {
    const tokens = tokenize(match[0], match.index);
    const taggedPerson = (token: Token) => terms.overlapping(token).length > 0;
    for (const segment of nameSegments(tokens, knownOthers, taggedPerson)) {
      const { nameTokens, first, absorbed } = withoutDescription(segment);
      const span = spanOf(text, nameTokens);
      const last = nameTokens.at(-1)!.text;
      // Every known name on the absorbed words (a capital and the country it stands for) is absorbed.
      const absorbedHere = (m: Mention) =>
        absorbed !== undefined && m.start === absorbed.start && m.end === absorbed.end;
      if (knownOthers.overlapping(span).some((m) => !absorbedHere(m))) continue;
      // "Theresa May": a month ends a full name only when a title or the tagger says it is one.
      const monthLast = nameTokens.length > 1 && MONTH.test(last);
      if (NOT_A_PERSON.test(last) && !monthLast) continue;
      // "Abdel Fattah" in "Abdel Fattah al-Sisi": the words of a known longer name are that name.
      if (knownPeople.overlapping(span).some((mention) => mention.start <= span.start && mention.end >= span.end))
        continue;
      const opener = first > 0 ? tokens[first - 1]! : undefined;
      // "Japan's Taro Kono": a country's or organization's name in the possessive before a name,
      // when some word of it is no English word ("Iran's Revolutionary Guards" is not a person).
      // "Azerbaijan's Nakhchivan exclave", "Ukraine's Donbas region": a place the kind after it names.
      const owned =
        opener !== undefined &&
        POSSESSIVE.test(opener.text) &&
        knownOthers.overlapping(opener).length > 0 &&
        nameTokens.some((token) => !isEnglishWord(token.text.replace(POSSESSIVE, ''))) &&
        !KIND_OF_PLACE_AFTER.test(text.slice(span.end, span.end + 24));
      const titled =
        (opener !== undefined && (isTitleWord(opener.text) || owned)) ||
        KIN_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) ||
        TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) ||
        APPOSITION_AFTER.test(text.slice(span.end, span.end + 90)) ||
        describedAsPerson(text.slice(span.end, span.end + 90)) ||
        (nameTokens.length > 1 && describedBefore(text, span));
      if (nameTokens.length === 1) {
        const title = opener && isTitleWord(opener.text) ? opener.text : undefined;
        singles.push({ ...span, titled, ...(title ? { title } : {}) });
        continue;
      }
      const tagged = terms.overlapping(span).length > 0;
      const speaks =
        SPEECH_AFTER.test(text.slice(span.end, span.end + 40)) ||
        SPEECH_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) ||
        isSpeakerLabel(text, span);
      // "Theresa May, who leaves office": "who" refers to a person.
      const relative = WHO_AFTER.test(text.slice(span.end, span.end + 8));
      const linked = personByName.get(nameKey(span.text));
      if (!titled && !tagged && !speaks && !relative && !linked) {
        if (!monthLast && !hints.otherNames.has(nameKey(span.text)) && !isUnreliable(span)) unsure.push(span);
        continue;
      }
      // "Theresa May" is a name, "Monday May" is not.
      const firstName = isKnownFirstName(nameTokens[0]!.text);
      if (monthLast && !titled && !relative && !linked && !(tagged && firstName)) continue;
      if (!linked && hints.otherNames.has(nameKey(span.text))) continue;
      if (!linked && isUnreliable(span)) continue;
      for (const mention of knownPeople.within(span)) superseded.add(mention);
      for (const mention of absorbed ? knownOthers.overlapping(absorbed).filter(absorbedHere) : [])
        superseded.add(mention);
      fullNames.push(
        linked
          ? {
              ...span,
              kind: 'Person',
              key: linked.id,
              name: linked.name,
              confidence: 0.85,
              reason:
                linked.name === span.text
                  ? `name "${span.text}" of ${linked.name} (${origin(linked)})`
                  : `"${span.text}" is a spelling variant of ${linked.name} (${origin(linked)})`,
              entry: linked,
            }
          : {
              ...span,
              kind: 'Person',
              key: entityId('Person', span.text),
              name: span.text,
              confidence: titled || tagged ? 0.85 : 0.7,
              reason: `person's name${titled ? ' with a title' : tagged ? ' (NLP tagger)' : ' before a speech verb'}`,
            },
      );
    }
  }
  fullNames.push(...coordinatedWithPeople(text, unsure, [...fullNames, ...known.filter((m) => m.kind === 'Person')]));
  fullNames.sort((a, b) => a.start - b.start);
  unifyVariants(fullNames);
  // A known person named in full ("Angela Merkel", from the gazetteer) is named by surname too.
  const knownFullNames = known.filter((m) => m.kind === 'Person' && /\s/u.test(m.text));
  const surnames = surnameMentions(
    text,
    [...fullNames, ...knownFullNames].sort((a, b) => a.start - b.start),
    knownPeople,
    superseded,
    gazetteerIndex(gazetteer).personIdsByWord,
    knownOthers,
  );
  const relatives = relativesNamed(
    text,
    sentences,
    [...fullNames, ...surnames, ...known.filter((m) => m.kind === 'Person' && !superseded.has(m))],
    new SpanIndex([...fullNames, ...known]),
  );
  const taken = new SpanIndex([...fullNames, ...surnames, ...relatives, ...known]);
  const loneNames = singles
    .filter((span) => taken.overlapping(span).length === 0)
    .filter((span) => !isUnreliable(span))
    .filter((span) => !hints.otherNames.has(nameKey(span.text)))
    // "families in Sheikh Jarrah": after "in", an honorific and a name are a neighbourhood's name.
    .filter(
      (span) =>
        !span.title ||
        !PLACE_BEFORE_TITLE.test(text.slice(Math.max(0, span.start - 20), span.start)) ||
        POSSESSIVE.test(text.slice(span.end, span.end + 2)),
    )
    .filter((span) => span.titled || plurals.overlapping(span).length === 0)
    .filter(
      (span) =>
        (span.titled || SPEECH_AFTER.test(text.slice(span.end, span.end + 40))) && !NOT_A_PERSON.test(span.text),
    )
    .map(({ titled, title, ...span }): Mention => {
      // "Chairman Kim": the one Kim the gazetteer knows in that post on the day, whoever else
      // of the name the article names in full ("Kim Yong-chol").
      const holder = title ? holderByTitle(span.text, title, gazetteer, hints.publishedOn) : undefined;
      if (holder)
        return {
          ...span,
          kind: 'Person',
          key: holder.id,
          name: holder.name,
          confidence: 0.7,
          reason: `"${title} ${span.text}": the one ${span.text} the gazetteer knows as ${title} on the article's day`,
          entry: holder,
        };
      return {
        ...span,
        kind: 'Person',
        key: entityId('Person', span.text),
        name: span.text,
        confidence: titled ? 0.6 : 0.5,
        reason: titled ? 'a single name with a title ("President Erdogan")' : 'a single name before a speech verb',
      };
    });

  // The posts the gazetteer knows each person in, as on the article's day.
  const personMentions = [
    ...fullNames,
    ...surnames,
    ...relatives,
    ...loneNames,
    ...known.filter((m) => m.kind === 'Person' && !superseded.has(m)),
  ].map((m) => onDay(m, hints.publishedOn));
  const roles = findRoles(text, sentences, personMentions, known);
  const index = gazetteerIndex(gazetteer);
  const holdersOfPost = (post: string): ReadonlySet<string> =>
    new Set(
      [...(index.holdersOfPost.get(post) ?? [])].filter((id) =>
        index.byId
          .get(id)
          ?.roles?.some(
            (role) =>
              postKey(normalizeTitle(role.title), role.affiliationId) === post && isHeldOn(role, hints.publishedOn),
          ),
      ),
    );
  const referring = referringMentions(text, roles, known, personMentions, sentences, holdersOfPost);
  return {
    mentions: [...fullNames, ...surnames, ...relatives, ...loneNames, ...referring.map((found) => found.mention)],
    roles: [...roles, ...rolesOfReferences(referring, known)],
    superseded,
  };
}

/**
 * "Federica Mogherini and Mohammad Javad Zarif have read out": a name joined by "and" to a
 * person's full name, none of whose words is an English word, is another person's.
 */
function coordinatedWithPeople(
  text: string,
  unsure: readonly { start: number; end: number; text: string }[],
  people: readonly Mention[],
): Mention[] {
  const found: Mention[] = [];
  const fullNames = new SpanIndex(people.filter((person) => /\s/.test(person.text)));
  for (const span of unsure) {
    const words = span.text.split(/\s+/);
    if (words.some((word) => isEnglishWord(word))) continue;
    const and = AND_AFTER.exec(text.slice(span.end, span.end + 8));
    const andBefore = AND_BEFORE.exec(text.slice(Math.max(0, span.start - 8), span.start));
    const after = and ? span.end + and[0].length : -1;
    const before = andBefore ? span.start - andBefore[0].length : -1;
    const joined = fullNames.startingIn(after, after).length > 0 || fullNames.endingIn(before, before).length > 0;
    if (!joined) continue;
    found.push({
      ...span,
      kind: 'Person',
      key: entityId('Person', span.text),
      name: span.text,
      confidence: 0.6,
      reason: `a name joined by "and" to a person's`,
    });
  }
  return found;
}
const AND_AFTER = /^\s+and\s+/u;
const AND_BEFORE = /\s+and\s+$/u;

// "the Bulgarian arms dealer Emilian Gebrev": a noun for a person right before a full name.
const PERSON_NOUN_BEFORE = /(?<![\p{L}’'-])(\p{Ll}[\p{Ll}-]+)[ \t]+$/u;
// "the speaker of parliament, Ararat Mirzoyan, was beaten": a person described, then named
// between commas.
const DESCRIBED_THEN_NAMED = new RegExp(
  `${BEFORE_WORD}(?:the|its|their|his|her)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Ll}[\\p{Ll}-]+)(?:\\s+of\\s+(?:the\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,2}?)?,\\s+$`,
  'u',
);

/** Whether the words before a full name say what person it is ("arms dealer", "the speaker of parliament,"). */
function describedBefore(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const noun = PERSON_NOUN_BEFORE.exec(before)?.[1];
  if (noun !== undefined && isSingular(noun) && isPersonNoun(noun)) return true;
  const described = DESCRIBED_THEN_NAMED.exec(before)?.[1];
  return described !== undefined && isSingular(described) && isPersonNoun(described) && text.charAt(span.end) === ',';
}

/** "dealer", not "dealers": a plural noun before names describes several people. */
function isSingular(noun: string): boolean {
  return !(noun.endsWith('s') && isPersonNoun(noun.slice(0, -1)));
}

/** Whether the words after a name describe a person ("…, a retired engineer,", "…, 73,"). */
function describedAsPerson(after: string): boolean {
  const apposition = PERSON_APPOSITION.exec(after);
  return apposition !== null && (apposition[1] === undefined || isPersonNoun(apposition[1]));
}

// "Sergei Skripal and his daughter Yulia", "Trump's wife, Melania": a relative by first name.
const RELATIVE = new RegExp(
  `(?:${BEFORE_WORD}(?:[Hh]is|[Hh]er)|[’']s)\\s+(?:${KIN.join('|')}),?\\s+(\\p{Lu}\\p{Ll}+)${AFTER_WORD}(?!\\s+\\p{Lu})`,
  'gu',
);

/**
 * Relatives named by first name after the person they are related to: the nearest person named
 * before in the sentence, whose surname they are taken to share ("his daughter Yulia" of Sergei
 * Skripal is Yulia Skripal); then that first name alone, later, is the same person.
 */
function relativesNamed(
  text: string,
  sentences: readonly SentenceSpan[],
  people: readonly Mention[],
  taken: SpanIndex<Mention>,
): Mention[] {
  const sentenceIndex = new SpanIndex(sentences);
  const byStart = [...people].sort((a, b) => a.start - b.start);
  const found: Mention[] = [];
  for (const match of text.matchAll(RELATIVE)) {
    const start = match.index + match[0].length - match[1]!.length;
    const span = { start, end: start + match[1]!.length, text: match[1]! };
    if (taken.overlapping(span).length > 0 || isTitleWord(span.text)) continue;
    const [sentence] = sentenceIndex.containing({ start: match.index, end: match.index + 1 });
    const relative = lastStartingBefore(byStart, match.index);
    if (!relative || !sentence || relative.start < sentence.start || !/\s/.test(relative.name)) continue;
    const name = `${span.text} ${surname(relative.name)}`;
    const key = entityId('Person', name);
    found.push({ ...span, kind: 'Person', key, name, confidence: 0.7, reason: `a relative of ${relative.name}` });
  }
  const firstNames = new Map(found.map((m) => [m.text, m] as const));
  if (firstNames.size === 0) return found;
  const alone = new RegExp(`${BEFORE_WORD}(?:${alternation(firstNames.keys())})${AFTER_WORD}(?!\\s+\\p{Lu})`, 'gu');
  const named = new SpanIndex([...found]);
  for (const match of text.matchAll(alone)) {
    const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
    if (named.overlapping(span).length > 0 || taken.overlapping(span).length > 0) continue;
    const first = firstNames.get(match[0])!;
    if (first.start > span.start) continue;
    found.push({ ...first, ...span, confidence: 0.6, reason: `first name of ${first.name}, named before` });
  }
  return found;
}

/**
 * "Donald J. Trump" after "Donald Trump": full names that agree on the first and last name (a
 * middle initial aside) are one person within an article; the first spelling gives the key.
 */
function unifyVariants(fullNames: Mention[]): void {
  const first = new Map<string, Mention>();
  for (const [index, mention] of fullNames.entries()) {
    const words = mention.text.split(/\s+/).filter((word) => !/^\p{Lu}\.$/u.test(word));
    const key = nameKey(`${words[0]} ${words.at(-1)}`);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, mention);
      continue;
    }
    if (earlier.key === mention.key) continue;
    fullNames[index] = {
      ...mention,
      key: earlier.key,
      name: earlier.name,
      entry: earlier.entry,
      reason: `"${mention.text}" is ${earlier.text} with a middle initial`,
    };
  }
}

/**
 * Lines whose capitals say nothing about names: a headline in Title Case (no sentence, most
 * words of four or more letters capitalised) and a byline ("By Jane Doe", "Jane Doe | Reporter").
 */
function unreliableLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const line = match[0];
    const words = line.match(/\p{L}{4,}/gu) ?? [];
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    // A sentence ends with its full stop; a headline does not.
    const sentence = /[.!?]["”’)]?\s*$/u.test(line) || /[.!?]\s+\p{Lu}/u.test(line);
    const titleCase = !sentence && words.length >= 3 && capitalised / words.length >= 0.8 && line.length <= 160;
    const byline = /^\s*(?:By|Written by|Reporting by)\s+\p{Lu}/u.test(line) && line.length <= 120;
    if (titleCase || byline) lines.push({ start: match.index, end: match.index + line.length });
  }
  return lines;
}

function origin(entry: GazetteerEntry): string {
  return entry.origin === 'graph' ? `already in the graph as ${entry.id}` : 'base gazetteer';
}

/**
 * "Leading Economist Sergei Guriev": capitalised common words before a first name describe the
 * person and are no part of the name, which begins at the first name.
 */
function withoutDescription<T extends { nameTokens: Token[]; first: number }>(segment: T): T {
  const { nameTokens } = segment;
  const at = nameTokens.findIndex((token) => isKnownFirstName(token.text));
  if (at < 1 || at === nameTokens.length - 1) return segment;
  const described = nameTokens.slice(0, at).every((token) => isEnglishWord(token.text) && !POSSESSIVE.test(token.text));
  return described ? { ...segment, nameTokens: nameTokens.slice(at), first: segment.first + at } : segment;
}

/**
 * The runs of name words in a run of capitalised words, split where a title, a known country or
 * organization, or a sentence's opening word stands ("Russian Foreign Minister Sergey Lavrov" →
 * "Sergey Lavrov"). `first` is how many tokens of the run come before the segment.
 */
function nameSegments(
  tokens: readonly Token[],
  knownOthers: SpanIndex<Mention>,
  taggedPerson: (token: Token) => boolean,
): { nameTokens: Token[]; first: number; absorbed?: Mention }[] {
  const segments: { nameTokens: Token[]; first: number; absorbed?: Mention }[] = [];
  let current: Token[] = [];
  let start = 0;
  let absorbedFirst: Mention | undefined;
  const push = (nameTokens: Token[], first: number, absorbed?: Mention) => {
    segments.push({ nameTokens, first, absorbed: absorbed ?? absorbedFirst });
    absorbedFirst = undefined;
  };
  tokens.forEach((token, index) => {
    // "Prime Minister Luis Montenegro", "John Bolton", "Richard Wagner": a place's or a body's name
    // that ends a titled name, or a first name, is the surname.
    const place = knownOthers.overlapping(token).find((m) => m.kind === 'Country' || m.kind === 'Place');
    const body = knownOthers.overlapping(token).find((m) => m.kind === 'Organization');
    const surnameWord = place ?? body;
    const surname =
      surnameWord &&
      surnameWord.start === token.start &&
      surnameWord.end === token.end &&
      !surnameWord.entry?.demonyms.includes(surnameWord.text) &&
      index === tokens.length - 1 &&
      current.length === 1 &&
      (start > 0 || isKnownFirstName(current[0]!.text) || taggedPerson(current[0]!));
    if (surname) {
      push([...current, token], start, surnameWord);
      current = [];
      start = index + 1;
      return;
    }
    // "Victoria Nuland": a place's name that is a first name (or that the tagger takes for a
    // person's), before a name, is the first name.
    const next = tokens[index + 1];
    const firstName =
      place &&
      place.start === token.start &&
      place.end === token.end &&
      current.length === 0 &&
      (isKnownFirstName(token.text) || taggedPerson(token)) &&
      next !== undefined &&
      !POSSESSIVE.test(token.text) &&
      !isNotName(next, knownOthers);
    if (firstName) {
      current = [token];
      start = index;
      absorbedFirst = place;
      return;
    }
    if (isNotName(token, knownOthers)) {
      if (current.length > 0) push(current, start);
      absorbedFirst = undefined;
      current = [];
      start = index + 1;
    } else if (POSSESSIVE.test(token.text)) {
      // A possessive ends a name: "Hua Chunying's Regular Press Conference".
      push([...current, token], start);
      current = [];
      start = index + 1;
    } else current.push(token);
  });
  if (current.length > 0) push(current, start);
  return segments;
}

const POSSESSIVE = /[’']s$/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(run: string, offset: number): Token[] {
  return [...run.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

/**
 * A transcript's speaker label: a name that opens two lines or more, each followed by a colon and
 * the words spoken ("Hua Chunying: We have noted…"). Once only, it is more likely a heading.
 */
function isSpeakerLabel(text: string, span: { start: number; end: number; text: string }): boolean {
  if (span.start > 0 && text[span.start - 1] !== '\n') return false;
  if (!/^:[ \t]+\S/u.test(text.slice(span.end, span.end + 3))) return false;
  const label = new RegExp(`^${alternation([span.text])}:[ \\t]+\\S`, 'gmu');
  return [...text.matchAll(label)].length >= 2;
}

/** A title, rank or honorific that makes the name after it a person's ("Minister", "Mr", "Colonel"). */
function isTitleWord(word: string): boolean {
  return TITLE_HEADS.has(word) || TITLE_WORDS_BEFORE_NAME.has(word);
}

/**
 * The one person of the gazetteer whose family name or surname is `word` and who holds the post
 * `title` names on `day`; none when there are several or none.
 */
function holderByTitle(
  word: string,
  title: string,
  gazetteer: readonly GazetteerEntry[],
  day: string,
): GazetteerEntry | undefined {
  const index = gazetteerIndex(gazetteer);
  const key = nameKey(word);
  const post = normalizeTitle(title);
  const holders = [...(index.personIdsByWord.get(word) ?? [])]
    .map((id) => index.byId.get(id)!)
    .filter((entry) => {
      const words = entry.name.split(/\s+/u);
      const lastKeys = nameWordForms(words.at(-1)!).map(nameKey);
      if (words.length < 2 || (nameKey(words[0]!) !== key && !lastKeys.includes(key))) return false;
      return entry.roles?.some((role) => normalizeTitle(role.title) === post && isHeldOn(role, day)) ?? false;
    });
  return holders.length === 1 ? holders[0] : undefined;
}

/** Whether a token opens or splits a name: a title word, or part of a known non-person. */
function isNotName(token: Token, knownOthers: SpanIndex<Mention>): boolean {
  const bare = token.text.replace(/[’']s$/, '');
  return (
    NOT_NAME_WORDS.has(bare) ||
    TITLE_WORDS.has(bare) ||
    PRONOUNS.has(bare) ||
    knownOthers.overlapping(token).length > 0 ||
    /^(?:of|the)$/i.test(bare)
  );
}

function spanOf(text: string, tokens: readonly Token[]): { start: number; end: number; text: string } {
  const start = tokens[0]!.start;
  let end = tokens.at(-1)!.end;
  // A trailing full stop ends the sentence unless it closes an initial.
  while (end > start && /[.,;:’']/.test(text[end - 1]!) && !/\s\p{Lu}\.$/u.test(text.slice(start, end))) end -= 1;
  if (text.slice(end - 2, end) === '’s' || text.slice(end - 2, end) === "'s") end -= 2;
  return { start, end, text: text.slice(start, end) };
}

/**
 * "Lavrov" after "Sergey Lavrov": a surname alone refers to the person of that surname named in
 * full in the article, the nearest one before it (or the first after it, as in a headline).
 * This wins over a graph alias: in an article about Mark Tillerson, "Tillerson" is Mark.
 */
/** A base gazetteer's town named by exactly these words. */
function isTownOnly(mention: Mention, span: { start: number; end: number }): boolean {
  return (
    mention.start === span.start && mention.end === span.end && mention.entry !== undefined && isTown(mention.entry)
  );
}

function surnameMentions(
  text: string,
  fullNames: readonly Mention[],
  knownPeople: SpanIndex<Mention>,
  superseded: Set<Mention>,
  bearers: ReadonlyMap<string, ReadonlySet<string>>,
  knownOthers: SpanIndex<Mention>,
): Mention[] {
  const bySurname = new Map<string, Mention[]>();
  const file = (key: string, mention: Mention) => {
    const same = bySurname.get(key);
    if (same) same.push(mention);
    else bySurname.set(key, [mention]);
  };
  // "Bashar al-Assad … Assad said": news drops the article of an Arabic family name.
  for (const mention of fullNames) for (const form of nameWordForms(surname(mention.text))) file(form, mention);
  const full = new SpanIndex(fullNames);
  if (bySurname.size === 0) return [];
  const byFamilyName = familyNamesWrittenFirst(text, fullNames, bySurname, full, bearers);
  const pattern = new RegExp(
    `${BEFORE_WORD}(?:${alternation([...bySurname.keys(), ...byFamilyName.keys()])})${AFTER_WORD}`,
    'gu',
  );
  const found: Mention[] = [];
  for (const match of text.matchAll(pattern)) {
    const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
    if (full.containing(span).length > 0) continue;
    // Part of a longer name the graph already knows ("Lavrov" in "Sergey Lavrov"): that name stands.
    if (knownPeople.containing(span).some((m) => m.end - m.start > span.end - span.start)) continue;
    const candidates = bySurname.get(match[0]);
    const person = candidates
      ? (lastStartingBefore(candidates, span.start) ?? candidates[0])
      : onlyBearer(byFamilyName.get(match[0]) ?? []);
    if (!person) continue;
    const [clash] = knownPeople.overlapping(span);
    if (clash && clash.key === person.key) continue;
    if (clash) superseded.add(clash);
    // "John Bolton … Bolton added": the surname of a person the article names is the person, not
    // a town of that name (a country or a capital stays itself: "Luis Montenegro … Montenegro").
    for (const town of knownOthers.overlapping(span).filter((m) => isTownOnly(m, span))) superseded.add(town);
    found.push({
      ...span,
      kind: 'Person',
      key: person.key,
      name: person.name,
      confidence: 0.8,
      reason: `surname of ${person.text}, named in this article`,
      entry: person.entry,
    });
  }
  return found;
}

/**
 * "Kim" for "Kim Jong Un": a full name's first word stands for it alone when its last word never
 * does in the article (a family name written first), unless the word is also someone's surname.
 */
function familyNamesWrittenFirst(
  text: string,
  fullNames: readonly Mention[],
  bySurname: ReadonlyMap<string, Mention[]>,
  full: SpanIndex<Mention>,
  bearers: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, Mention[]> {
  const usedAlone = (word: string): boolean =>
    [...text.matchAll(new RegExp(`${BEFORE_WORD}${alternation([word])}${AFTER_WORD}`, 'gu'))].some(
      (match) => full.containing({ start: match.index, end: match.index + word.length }).length === 0,
    );
  const byFamilyName = new Map<string, Mention[]>();
  for (const mention of fullNames) {
    const words = mention.text.split(/\s+/);
    const first = words[0]!;
    if (words.length < 2 || bySurname.has(first) || isTitleWord(first) || !/^\p{Lu}\p{Ll}+$/u.test(first)) continue;
    if (usedAlone(words.at(-1)!)) continue;
    byFamilyName.set(first, [...(byFamilyName.get(first) ?? []), mention]);
  }
  // A known person of another name who bears the word makes it ambiguous too ("Kim" in an article
  // that names Kim Yong-chol in full and Kim Jong Un, known to the graph, as "Kim").
  for (const [word, mentions] of byFamilyName) {
    const others = [...(bearers.get(word) ?? [])].filter((id) => !mentions.some((m) => m.key === id));
    if (others.length > 0) byFamilyName.delete(word);
  }
  return byFamilyName;
}

/**
 * The one person a family name written first stands for. Two people of that family name ("Kim
 * Jong Un", "Kim Yong-chol") make it ambiguous: it is left alone, since a wrong guess would merge
 * two people, and a word left alone can still be linked by resolution or an admin.
 */
function onlyBearer(candidates: readonly Mention[]): Mention | undefined {
  return new Set(candidates.map((m) => m.key)).size === 1 ? candidates[0] : undefined;
}

/** The last of mentions in text order that starts before the offset. */
function lastStartingBefore(mentions: readonly Mention[], at: number): Mention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return mentions[low - 1];
}

function findRoles(
  text: string,
  sentences: readonly SentenceSpan[],
  people: readonly Mention[],
  known: readonly Mention[],
): Role[] {
  const roles: Role[] = [];
  const personStarts: number[] = [];
  const affiliations = new SpanIndex(known.filter((m) => AFFILIATION_KINDS.has(m.kind)));
  const sentenceIndex = new SpanIndex(sentences);
  const sorted = [...people].sort((a, b) => a.start - b.start);
  // Roles are kept in the text order of their people (see lastRoleOfAnother).
  const take = (person: Mention, role: Omit<Role, 'personKey'>) => {
    personStarts.push(person.start);
    roles.push({ personKey: person.key, ...role });
  };
  for (const person of sorted) {
    const [sentence] = sentenceIndex.containing({ start: person.start, end: person.start + 1 });
    const sentenceStart = sentence?.start ?? 0;
    const prefix = text.slice(Math.max(sentenceStart, person.start - 60), person.start);
    // "Russian and US foreign ministers Sergey Lavrov and Rex Tillerson": each holds the title, of
    // the owner in the same place in the owners' list when there are as many, or of the one owner.
    const listed = pluralTitled(text, person, sorted, affiliations);
    if (listed) {
      const { title, titleStart, owners, place } = listed;
      if (FORMER.test(text.slice(Math.max(0, titleStart - 40), titleStart))) continue;
      const affiliation = owners.length === 1 ? owners[0] : owners[place];
      // With no owner, the body named after the person ("Igor Plotnitsky of the Luhansk People's
      // Republic"), or one the words before the title name ("the separatist leaders").
      const bodyEnd = affiliation ? undefined : bodyAfter(text, person);
      const modifiers = /(?:[\p{Ll}-]+[ \t]+){1,2}$/u.exec(text.slice(Math.max(0, titleStart - 30), titleStart));
      const start = bodyEnd ? person.start : affiliation || !modifiers ? titleStart : titleStart - modifiers[0].length;
      take(person, { title: normalizeTitle(title), affiliation, start, end: bodyEnd ?? person.end, shared: true });
      continue;
    }
    const before = TITLE_BEFORE.exec(prefix);
    if (before) {
      const titleStart = person.start - prefix.length + before.index;
      // "Former foreign secretary Boris Johnson" no longer holds the post.
      if (FORMER.test(text.slice(Math.max(0, titleStart - 40), titleStart))) continue;
      const affiliation = ownerBefore(text, titleStart, affiliations);
      let title = before[1]!;
      if (isRelativeTitle(title)) {
        const previous = lastRoleOfAnother(roles, personStarts, sentenceStart, person.key);
        if (!previous) continue;
        title = previous.title;
      }
      const start = affiliation?.start ?? titleStart;
      const of = /^\s+of\s+/.exec(text.slice(person.end, person.end + 5));
      const [after] = of ? affiliations.startingIn(person.end + of[0].length, person.end + of[0].length) : [];
      const owner = affiliation ?? after;
      const end = after ? after.end : person.end;
      const post = postAccreditedTo(text, titleStart + before[1]!.length, affiliations);
      take(person, { title: normalizeTitle(title) + (post?.suffix ?? ''), affiliation: owner, start, end });
      continue;
    }
    // "Zelensky, a former comedian who became Ukraine's president": a post a relative clause gives.
    const relative = RELATIVE_TITLE.exec(text.slice(person.end, person.end + 160));
    if (relative) {
      const titleStart = person.end + relative.index + relative[0].length - relative[1]!.length;
      const affiliation = ownerBefore(text, titleStart, affiliations);
      if (affiliation) {
        const end = titleStart + relative[1]!.length;
        take(person, { title: normalizeTitle(relative[1]!), affiliation, start: person.start, end });
        continue;
      }
    }
    const apposition = APPOSITION_AFTER.exec(text.slice(person.end, person.end + 90));
    if (apposition && !/(?<![\p{L}])(?:former|ex|onetime|then)[\s-]/iu.test(apposition[0])) {
      const phraseEnd = person.end + apposition[0].length;
      const rest = text.slice(phraseEnd, phraseEnd + 40);
      const ofMatch = /^\s+(?:of|for|at|to)\s+(?:the\s+)?/.exec(rest);
      const [inside] = affiliations.within({ start: person.end, end: phraseEnd });
      const post = postAccreditedTo(text, phraseEnd, affiliations);
      const [following] =
        ofMatch && !post ? affiliations.startingIn(phraseEnd + ofMatch[0].length, phraseEnd + ofMatch[0].length) : [];
      const affiliation = inside ?? following;
      const end = post?.end ?? (following ? following.end : phraseEnd);
      const title = normalizeTitle(apposition[1]!) + (post?.suffix ?? '');
      take(person, { title, affiliation, start: person.start, end });
      continue;
    }
    // "the signatures of the Contact Group (Heidi Tagliavini for the OSCE, …)": who signs for a
    // body or a state represents it.
    const signedFor = SIGNS_FOR.exec(text.slice(person.end, person.end + 12));
    const signing = sentence && SIGNING.test(text.slice(sentence.start, sentence.end));
    if (signedFor && signing) {
      const at = person.end + signedFor[0].length;
      const [body] = affiliations.startingIn(at, at);
      if (body) take(person, { title: 'Representative', affiliation: body, start: person.start, end: body.end });
    }
  }
  return withKnownAffiliations(roles, people, known);
}

/**
 * The state or body a diplomat's post is accredited to, part of the post's name ("Russia's
 * ambassador to Kyiv": Ambassador to Ukraine; "the UN special envoy for Syria"): the post's
 * owner is the one who sends, not the one named after "to".
 */
function postAccreditedTo(
  text: string,
  titleEnd: number,
  affiliations: SpanIndex<Mention>,
): { suffix: string; end: number } | undefined {
  if (!ACCREDITED_TITLE.test(text.slice(Math.max(0, titleEnd - 24), titleEnd))) return undefined;
  const to = /^\s+(to|for)\s+(?:the\s+)?/u.exec(text.slice(titleEnd, titleEnd + 12));
  if (!to) return undefined;
  const [host] = affiliations.startingIn(titleEnd + to[0].length, titleEnd + to[0].length);
  if (!host || (host.kind !== 'Country' && host.kind !== 'Organization')) return undefined;
  return { suffix: ` ${to[1]} ${host.name}`, end: host.end };
}

const ACCREDITED_TITLE = /(?<![\p{L}])(?:ambassador|envoy|permanent\s+representative)$/iu;

// A relative clause on a person that gives a post held now, with its owner: "…, who became
// Ukraine's president", "…, who drew it up as foreign minister and is now the country's president".
const RELATIVE_TITLE = new RegExp(
  `^,\\s+(?:[^,.;:!?]{0,60}?\\s)?who\\s+(?:[^.;:!?]{0,60}?\\s)?(?:became|becomes|is|is\\s+now|has\\s+been|remains|serves\\s+as)\\s+(?:[Tt]he\\s+country|\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2})[’']s\\s+(${TITLE_PATTERN})${AFTER_WORD}`,
  'u',
);
// What may stand between a title's owner and the title: a space, or a possessive ("Iran's").
const OWNER_GAP = /^(?:[’']s)?\s+$/u;
// "former", "ex-", "then-": a post the person held, not one held now (with its owner between:
// "former British foreign secretary").
const FORMER = /(?<![\p{L}])(?:former|ex-|onetime|then-?)\s*(?:[\p{Lu}][\p{L}’'-]*\s+){0,2}$/iu;
// "the country's foreign minister": the country named last before it.
const THE_COUNTRYS = /(?<![\p{L}])[Tt]he\s+country[’']s\s+$/u;

// A plural title right before a list of people: "foreign ministers", "Presidents".
// "the rebel leaders: Alexander Zakharchenko …" may open a list with a colon.
const PLURAL_TITLE_BEFORE = new RegExp(`${BEFORE_WORD}(${TITLE_PATTERN})s:?\\s+$`, 'u');
// A listed person's own body: "Alexander Zakharchenko of the self-proclaimed Donetsk People's Republic".
const OF_BODY =
  /^\s+of\s+(?:the\s+)?(?:self-proclaimed\s+|so-called\s+)?\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*)*/u;
// "Heidi Tagliavini for the OSCE", "Kuchma on behalf of Ukraine", in a sentence of signing.
const SIGNS_FOR = /^\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?/u;
const SIGNING = /\b(?:sign(?:s|ed|ing)?|signatures?|signator(?:y|ies)|initial(?:l?ed|s)?)\b/iu;
// Between two of a list, names or owners ("Russian and US"): ", ", " and ", ", and ".
const LIST_GAP = /^(?:,\s+|,?\s+and\s+)$/u;

/**
 * The plural title a list of people that `person` is in follows, where it starts, its owners
 * named right before it ("Russian and US") and `person`'s place in the list.
 */
function pluralTitled(
  text: string,
  person: Mention,
  sorted: readonly Mention[],
  affiliations: SpanIndex<Mention>,
): { title: string; titleStart: number; owners: Mention[]; place: number } | undefined {
  // Where a listed person's words end: past the body named after them, if any.
  const wordsEnd = (m: Mention) => bodyAfter(text, m) ?? m.end;
  const list = [person];
  for (let first = person; ;) {
    const previous = sorted.filter((m) => m.end <= first.start).at(-1);
    if (!previous || !LIST_GAP.test(text.slice(wordsEnd(previous), first.start))) break;
    list.unshift(previous);
    first = previous;
  }
  for (let last = person; ;) {
    const next = sorted.find((m) => m.start >= last.end);
    if (!next || !LIST_GAP.test(text.slice(wordsEnd(last), next.start))) break;
    list.push(next);
    last = next;
  }
  if (list.length < 2) return undefined;
  const prefix = text.slice(Math.max(0, list[0]!.start - 60), list[0]!.start);
  const title = PLURAL_TITLE_BEFORE.exec(prefix);
  if (!title) return undefined;
  const titleStart = list[0]!.start - prefix.length + title.index;
  const owners: Mention[] = [];
  for (let end = titleStart, owner = ownerBefore(text, titleStart, affiliations); owner;) {
    owners.unshift(owner);
    end = owner.start;
    owner = affiliations.endingIn(Math.max(0, end - 8), end).find((m) => LIST_GAP.test(text.slice(m.end, end)));
  }
  const usable = owners.length === 1 || owners.length === list.length ? owners : [];
  return { title: title[1]!, titleStart, owners: usable, place: list.indexOf(person) };
}

/**
 * Where the name of a body right after a person ends: "Igor Plotnitsky of the Luhansk People's
 * Republic". Bodies are found after people, so the name is its capitalised words.
 */
function bodyAfter(text: string, person: Mention): number | undefined {
  const of = OF_BODY.exec(text.slice(person.end, person.end + 80));
  return of ? person.end + of[0].length : undefined;
}

/** The country or organization that owns a title starting at `titleStart` ("Russian", "Iran's"). */
function ownerBefore(text: string, titleStart: number, affiliations: SpanIndex<Mention>): Mention | undefined {
  const [adjacent] = affiliations
    .endingIn(titleStart - 4, titleStart)
    .filter((m) => OWNER_GAP.test(text.slice(m.end, titleStart)));
  if (adjacent) return adjacent;
  const before = text.slice(Math.max(0, titleStart - 16), titleStart);
  if (!THE_COUNTRYS.test(before)) return undefined;
  return affiliations
    .endingIn(0, titleStart)
    .filter((m) => m.kind === 'Country')
    .sort((a, b) => a.end - b.end)
    .at(-1);
}

/** The countries and organizations the article names, by key: whose a post may be. */
function affiliationsByKey(known: readonly Mention[]): Map<string, Mention> {
  return new Map(known.filter((m) => AFFILIATION_KINDS.has(m.kind)).map((m) => [m.key, m] as const));
}

/**
 * A title the text gives without saying where ("Prime Minister Theresa May") is the one it gives
 * with it elsewhere ("British Prime Minister Theresa May"), or the one the graph knows the
 * person holds, or the country a national title belongs to ("Foreign Secretary": the United
 * Kingdom), when the article names that country or organization too.
 */
function withKnownAffiliations(roles: readonly Role[], people: readonly Mention[], known: readonly Mention[]): Role[] {
  const knownRoles = new Map(people.filter((m) => m.entry?.roles).map((m) => [m.key, m.entry!.roles!]));
  const named = affiliationsByKey(known);
  const story = storyCountry(known);
  return roles.map((role) => {
    if (role.affiliation) return role;
    const stated = roles.find((r) => r.personKey === role.personKey && r.title === role.title && r.affiliation);
    const fromGraph = knownRoles
      .get(role.personKey)
      ?.find((r) => normalizeTitle(r.title) === role.title && named.has(r.affiliationId));
    const national = NATIONAL_TITLES[role.title];
    const affiliation =
      stated?.affiliation ??
      (fromGraph ? named.get(fromGraph.affiliationId) : undefined) ??
      (national ? named.get(national) : undefined) ??
      (STATE_POST.test(role.title) && !role.shared ? story : undefined);
    return affiliation ? { ...role, affiliation } : role;
  });
}

// A post of a state's government, national or local: "Deputy Defence Minister", "Governor",
// "Mayor", "Chief of the General Staff". Not one of a body ("Secretary-General").
const STATE_POST = /(?:^|\s)(?:Minister|Governor|Mayor|Chief of the General Staff|Prosecutor General)$/u;
// How much more often the story's country is named than any other.
const STORY_COUNTRY_LEAD = 2;
const STORY_COUNTRY_MENTIONS = 3;

/**
 * The country an article is about: the one it names at least three times and at least twice as
 * often as any other ("the deputy defence minister, Yunus-Bek Yevkurov" in a story about Russia).
 */
export function storyCountry(known: readonly Mention[]): Mention | undefined {
  const counts = new Map<string, { mention: Mention; count: number }>();
  for (const m of known.filter((m) => m.kind === 'Country')) {
    const entry = counts.get(m.key) ?? { mention: m, count: 0 };
    entry.count += 1;
    counts.set(m.key, entry);
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  if (!first || first.count < STORY_COUNTRY_MENTIONS) return undefined;
  return !second || first.count >= STORY_COUNTRY_LEAD * second.count ? first.mention : undefined;
}

/**
 * The latest role in the sentence that is another person's. Roles are found in the text order of
 * their people (`personStarts`), and a role never starts after its person, so the walk back stops
 * at the first role whose person is in an earlier sentence.
 */
function lastRoleOfAnother(
  roles: readonly Role[],
  personStarts: readonly number[],
  sentenceStart: number,
  personKey: string,
): Role | undefined {
  for (let index = roles.length - 1; index >= 0 && personStarts[index]! >= sentenceStart; index -= 1) {
    const role = roles[index]!;
    if (role.personKey !== personKey && role.start >= sentenceStart) return role;
  }
  return undefined;
}

/** A reference by title, and the post it names when it names one title ("the prime minister"). */
interface Reference {
  mention: Mention;
  title: string | undefined;
  affiliation: Mention | undefined;
}

/** "The Russian leader": the one person the article gave a matching title (and country). */
function referringMentions(
  text: string,
  roles: readonly Role[],
  known: readonly Mention[],
  people: readonly Mention[],
  sentences: readonly SentenceSpan[],
  /** Who the graph knows in each post (`postKey`). */
  holdersOfPost: (post: string) => ReadonlySet<string>,
): Reference[] {
  const found: Reference[] = [];
  const named = new SpanIndex(people);
  const sentenceIndex = new SpanIndex(sentences);
  const knownIndex = new SpanIndex(known);
  const firstByKey = new Map<string, Mention>();
  // Each person's first mention in the text (known people come last in the list).
  for (const person of [...people].sort((a, b) => a.start - b.start))
    if (!firstByKey.has(person.key)) firstByKey.set(person.key, person);
  for (const match of text.matchAll(REFERRING)) {
    const start = match.index;
    const end = start + match[0].length;
    if (named.overlapping({ start, end }).length > 0) continue;
    const modifier = match[1];
    const noun = match[2]!.toLowerCase();
    const modifierStart = start + match[0].indexOf(modifier ?? '');
    const [before] = modifier ? knownIndex.startingIn(modifierStart, modifierStart) : [];
    if (modifier && !before) continue;
    // "the President of the Russian Federation": the owner after the title.
    const of = modifier ? null : OF_OWNER.exec(text.slice(end, end + 10));
    const [after] = of
      ? knownIndex.startingIn(end + of[0].length, end + of[0].length).filter((m) => AFFILIATION_KINDS.has(m.kind))
      : [];
    const affiliation = before ?? after;
    const titles = REFERRING_TITLES[noun] ?? [];
    // A title stated without its country ("President Moon Jae-in") fits "the South Korean
    // president" when no one else's does.
    const titled = roles.filter((role) => role.start < start && titles.includes(role.title));
    const owned = titled.filter((role) => !affiliation || role.affiliation?.key === affiliation.key);
    // The post as the graph knows a person in it, and the people named before whom it knows so.
    const heldPost = (person: Mention) =>
      person.entry?.roles?.find(
        (role) =>
          titles.includes(normalizeTitle(role.title)) && (!affiliation || role.affiliationId === affiliation.key),
      );
    const knownInPost = [...firstByKey.values()].filter((person) => person.start < start && heldPost(person));
    // Whoever the graph knows anywhere in the post, named or not; a post only one country has
    // ("The Foreign Secretary") is that country's.
    const owners = (title: string) =>
      affiliation ? [affiliation.key] : NATIONAL_TITLES[title] ? [NATIONAL_TITLES[title]] : [];
    const holders = new Set(
      titles.flatMap((title) => owners(title).flatMap((owner) => [...holdersOfPost(postKey(title, owner))])),
    );
    // "the Russian leader" is not "President Erdogan", whose country the article left unsaid,
    // when the graph knows Vladimir Putin, named before it, in the post.
    const fitting =
      owned.length > 0 || (affiliation && knownInPost.length > 0) ? owned : titled.filter((role) => !role.affiliation);
    const keys = new Set(fitting.map((role) => role.personKey));
    if (keys.size > 1) continue;
    const words = text.slice(start, end);
    const post = affiliation ? ` of ${affiliation.name}` : '';
    const refersTo = (person: Mention, confidence: number, why: string, title = onlyTitle(titles)): Reference => ({
      mention: {
        start,
        end,
        text: words,
        kind: 'Person',
        key: person.key,
        name: person.name,
        confidence,
        reason: `"${words}" refers back to ${person.name}, ${why}${post}`,
        entry: person.entry,
      },
      title,
      affiliation,
    });
    if (keys.size === 1) {
      found.push(refersTo(firstByKey.get(fitting[0]!.personKey)!, 0.7, fitting[0]!.title, fitting[0]!.title));
      continue;
    }
    // The article gives no one that title: one person it named before whom the graph knows in
    // that post ("Donald Trump … the US president").
    if (knownInPost.length === 1) {
      const [person] = knownInPost as [Mention];
      found.push(refersTo(person, 0.6, `whom the graph knows as ${noun}`, normalizeTitle(heldPost(person)!.title)));
      continue;
    }
    // "For the Armenian prime minister the deal may prove fatal": the one holder of the post on the
    // article's day, whom the article names, before or after.
    const namedHolder = holders.size === 1 && knownInPost.length === 0 ? firstByKey.get([...holders][0]!) : undefined;
    if (namedHolder && heldPost(namedHolder)) {
      const title = normalizeTitle(heldPost(namedHolder)!.title);
      found.push(refersTo(namedHolder, 0.6, `the one the graph knows as ${noun} then`, title));
      continue;
    }
    // Nor does the graph: the one person named just before (this sentence or the one before),
    // unless a title or country the article or graph gives that person says otherwise.
    const just = namedJustBefore(text, start, named, sentenceIndex);
    // "Mr Aliyev … said the Armenian prime minister had signed it": whom a person speaks of in
    // the same sentence is someone else; so is a post the graph knows someone else in ("Kirill
    // Lavrov, who is no relation to the Russian foreign minister"). Across sentences the graph's
    // holder may be a former one.
    const sameSentence = just !== undefined && sentenceIndex.containing(just).some((sentence) => sentence.end > start);
    if (sameSentence && holders.size > 0 && !holders.has(just.key)) continue;
    const spokenOf = sameSentence && REPORTING_VERB.test(text.slice(just.end, start));
    if (just && !spokenOf && !roleContradicts(just, titles, affiliation, roles)) {
      found.push(refersTo(just, 0.5, 'the one person named just before'));
      continue;
    }
    // "23:20 The German chancellor, who has mediated …, said … “…,” Merkel said.": a reference
    // that opens a paragraph (a live blog's entry) names the one person the paragraph names next.
    // Not someone its own relative clause names ("The German chancellor, who had discussed the
    // crisis with Barack Obama, …"): the search starts after it.
    const clauseEnd = end + (OWN_CLAUSE.exec(text.slice(end, end + 200))?.[0].length ?? 0);
    const ahead = namedNextInParagraph(text, { start, end: clauseEnd }, named, sentenceIndex);
    if (ahead && (!holders.size || holders.has(ahead.key)) && !roleContradicts(ahead, titles, affiliation, roles)) {
      found.push(refersTo(ahead, 0.5, 'the one person its paragraph names next'));
    }
  }
  return found;
}

/**
 * The one person named after a reference, in its sentence or the next, when no one is named
 * before it in its paragraph.
 */
function namedNextInParagraph(
  text: string,
  reference: { start: number; end: number },
  named: SpanIndex<Mention>,
  sentences: SpanIndex<SentenceSpan>,
): Mention | undefined {
  const paragraphStart = text.lastIndexOf('\n', reference.start) + 1;
  if (named.within({ start: paragraphStart, end: reference.start }).length > 0) return undefined;
  const [sentence] = sentences.containing({ start: reference.start, end: reference.start + 1 });
  if (!sentence) return undefined;
  const [next] = sentences.containing({ start: sentence.end + 1, end: sentence.end + 2 });
  const paragraphEnd = text.indexOf('\n', reference.end);
  const until = Math.min(next?.end ?? sentence.end, paragraphEnd === -1 ? text.length : paragraphEnd);
  const people = named.within({ start: reference.end, end: until });
  return new Set(people.map((m) => m.key)).size === 1 ? people[0] : undefined;
}

const OF_OWNER = /^\s+of\s+(?:the\s+)?/u;

/** The one title a referring noun can stand for ("prime minister"), none for "leader". */
function onlyTitle(titles: readonly string[]): string | undefined {
  return titles.length === 1 ? titles[0] : undefined;
}

/**
 * "the British prime minister", "The Foreign Secretary" (a post only Britain has, in an article
 * that names Britain): a reference that names the post and its owner states a role of the person
 * it refers to, as a title before the name does.
 */
function rolesOfReferences(references: readonly Reference[], known: readonly Mention[]): Role[] {
  const named = affiliationsByKey(known);
  const roles: Role[] = [];
  for (const { mention, title, affiliation } of references) {
    if (!title) continue;
    const national = NATIONAL_TITLES[title];
    const owner = affiliation ?? (national ? named.get(national) : undefined);
    if (!owner) continue;
    roles.push({
      personKey: mention.key,
      title,
      affiliation: owner,
      start: Math.min(mention.start, owner.start),
      end: Math.max(mention.end, owner.end),
    });
  }
  return roles;
}

// A reference's own relative clause: ", who had discussed the crisis with Barack Obama,".
const OWN_CLAUSE = /^,\s+(?:who|whose|whom)\s[^,;.]*,/u;
const REPORTING_VERB =
  /(?<![\p{L}])(?:said|says|told|tells|added|announced|accused|accuses|claimed|claims|insisted|argued|warned|blamed|urged|called)(?![\p{L}])/u;

/**
 * The one person named in the sentence before the offset or earlier in its own, within its
 * paragraph (a live blog's entry, a transcript's answer).
 */
function namedJustBefore(
  text: string,
  at: number,
  named: SpanIndex<Mention>,
  sentences: SpanIndex<SentenceSpan>,
): Mention | undefined {
  const [sentence] = sentences.containing({ start: at, end: at + 1 });
  if (!sentence) return undefined;
  const [previous] = sentences.containing({ start: sentence.start - 2, end: sentence.start - 1 });
  const from = Math.max(previous?.start ?? sentence.start, text.lastIndexOf('\n', at) + 1);
  const people = named.within({ start: from, end: at }).filter((m) => m.end <= at);
  const keys = new Set(people.map((m) => m.key));
  return keys.size === 1 ? people[0] : undefined;
}

/** Whether what the article or graph says of a person's posts rules out the title or country. */
function roleContradicts(
  person: Mention,
  titles: readonly string[],
  affiliation: Mention | undefined,
  roles: readonly Role[],
): boolean {
  const posts = [
    ...roles
      .filter((role) => role.personKey === person.key)
      .map((role) => ({ title: role.title, of: role.affiliation?.key })),
    ...(person.entry?.roles ?? []).map((role) => ({ title: normalizeTitle(role.title), of: role.affiliationId })),
  ];
  if (posts.length === 0) return false;
  return !posts.some(
    (post) => titles.includes(post.title) && (!affiliation || !post.of || post.of === affiliation.key),
  );
}
