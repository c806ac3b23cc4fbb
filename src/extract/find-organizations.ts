import { entityId } from '../vocabulary/normalize-id';
import { alternation, overlaps, referringBack, type Mention } from './mention';
import { storyCountry } from './find-people';
import { TITLES } from './titles';
import { isEnglishWord } from './english-words';

// "Syrian Observatory for Human Rights", "Carnegie Moscow Center", "Turkish Foreign Ministry", and a
// state no one recognises, "Donetsk People's Republic" (a recognised one is a known country), and
// commands of armed forces, "Black Sea Fleet", "Southern Military District".
const NAMED_BODY =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}’'-]+[ \t]+)(?:(?:of|for|on|and|the)[ \t]+|\p{Lu}[\p{L}’'-]+[ \t]+)*?(?:Ministry|Council|Agency|Committee|Institute|University|Party|Bank|Commission|Foundation|Cent(?:er|re)|Office|Department|Forum|Observatory|Court|Parliament|Assembly|Corporation|Company|Group|Police|Hospital|Authority|Trust|Command|Constabulary|Laboratory|Academy|College|School|Society|Association|Federation|Alliance|Coalition|Movement|Bureau|Directorate|Tribunal|Republic|Fleet|Military[ \t]+District)(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+)*)?(?![\p{L}])/gu;
const PEOPLE_OF = /^(\p{Lu}\p{Ll}+s)[ \t]+of[ \t]+(?:the[ \t]+)?/u;
const TITLE_FIRST = new RegExp(`^(?:${alternation(TITLES)})[ \\t]+(?:of|for)[ \\t]`, 'u');
// "the Turkish army", "the Syrian government": a country's institutions, as news names them.
const INSTITUTION_OF =
  /^\s+(government|army|military|armed forces|navy|air force|parliament|opposition|foreign ministry|defen[cs]e ministry|embassy|consulate|police)(?![\p{L}])/u;
// Who speaks for a body: "a French foreign ministry spokeswoman", "an Israeli army official".
const SPEAKS_FOR =
  /^\s+(?:spokes(?:man|woman|person)|official|officials|source|sources|diplomat|statement)(?![\p{L}])/u;
// "the Russian embassy in London": an embassy is named with where it is.
const POSTED_IN = /^\s+in\s+$/u;
// "the government" after "the Syrian government": the same one. "parliament" goes without "the"
// too ("protesters broke into parliament").
const INSTITUTION_REFERENCE =
  /(?<![\p{L}])(?:[Tt]he\s+(government|army|military|opposition|ministry|parliament)|(?<![\p{Lu}][\p{L}’'-]*\s+)(parliament))(?![\p{L}])/gu;
// What "the army", "the military", "parliament" or "the opposition" is when none was named before:
// the story country's.
const STORY_INSTITUTIONS: ReadonlySet<string> = new Set(['army', 'military', 'parliament', 'opposition']);
// How far back a parliament looks for its country in a story about several.
const COUNTRY_BEFORE_CHARACTERS = 300;
// "Russian news agencies", "Turkish state media": a country's press, as news cites it; "the
// Belarusian presidential press service": its government's.
const PRESS_OF =
  /^\s+(news\s+agenc(?:y|ies)|state\s+media|media|(?:presidential\s+|government\s+)?press\s+(?:service|office))(?![\p{L}])/u;

// "Rosatom, the Russian state nuclear company": an unknown name and the body it is, as an apposition.
const BODY_APPOSITION =
  /^,[ \t]+(?:the|a|an)[ \t]+(?:[\p{L}\d’'-]+[ \t]+){0,4}?(company|firm|corporation|conglomerate|agency|broadcaster|newspaper|bank|party|movement|militia|organi[sz]ation|operator|manufacturer|charity|union|think[ \t]+tank|watchdog|regulator)(?=[ \t]*[,.;:)]|[ \t]+(?:that|which|whose|of|for|in|based)(?![\p{L}]))/u;
const NAME_BEFORE_COMMA = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*){0,3})$/u;
// "unit 29155", "Unit 8200": a military unit known by its number.
const NUMBERED_UNIT = /(?<![\p{L}\p{N}])[Uu]nit[ \t]+(\d{3,6})(?![\p{L}\p{N}])/gu;

/**
 * Organizations the gazetteer does not know: capitalised names that end in a word for a body
 * ("… Ministry", "… Council", "… Institute"), a country's institutions ("the Syrian army", then
 * "the army"; but "the Syrian government", then "the government", is Syria), and a country's
 * press ("Russian news agencies"), names an apposition says are a body ("Rosatom, the Russian
 * state nuclear company") and military units known by number ("unit 29155").
 */
export function findOrganizations(text: string, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(NAMED_BODY)) {
    // "Fighters of the Luhansk People's Republic", "Members of the Security Council": a sentence's
    // first word for some of its people is not part of the body's name.
    let words = match[0]
      .replace(/^(?:The|A|An)\s+/, '')
      .replace(PEOPLE_OF, (all, word: string) => (isEnglishWord(word.toLowerCase()) ? '' : all));
    // "President of the Russian Federation" is a post, not a body.
    if (TITLE_FIRST.test(words)) continue;
    // "Jenny Town of the Stimson Center": the body is what follows the person.
    const person = known.find((m) => m.kind === 'Person' && m.start === match.index + match[0].length - words.length);
    if (person) {
      const of = /^[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?(?=\p{Lu})/u.exec(text.slice(person.end, person.end + 12));
      if (!of) continue;
      words = text.slice(person.end + of[0].length, match.index + match[0].length);
    }
    const start = match.index + match[0].length - words.length;
    const span = { start, end: start + words.length, text: words };
    if (known.some((m) => m.kind !== 'Country' && overlaps(m, span))) continue;
    // "the same Contact Group" after "the Trilateral Contact Group": the one body whose longer
    // name, named before, ends in these words.
    const longer = [
      ...new Map(
        [...known, ...found]
          .filter((m) => m.kind === 'Organization' && m.end <= span.start && m.name.endsWith(` ${words}`))
          .map((m) => [m.key, m] as const),
      ).values(),
    ];
    if (longer.length === 1 && /\s/u.test(words)) {
      found.push(referringBack(longer[0]!, span, text, 0.6, `"${words}" is short for ${longer[0]!.name}`));
      continue;
    }
    found.push({
      ...span,
      kind: 'Organization',
      key: entityId('Organization', words),
      name: words,
      confidence: 0.7,
      reason: 'a name that ends in a word for an organization',
    });
  }
  const institutions: Mention[] = [];
  // "the Czech government" is the state itself, as news means it: the country's own mention.
  const governments: Mention[] = [];
  for (const country of known.filter((m) => m.kind === 'Country')) {
    const institution = INSTITUTION_OF.exec(text.slice(country.end, country.end + 24));
    // "Czech police said": a country's police is named without "the" too.
    const the = /(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, country.start - 4), country.start));
    // "a French foreign ministry spokeswoman": one of its people, so the body is named too.
    const ofItsPeople =
      institution !== null &&
      /(?<![\p{L}])an?\s+$/iu.test(text.slice(Math.max(0, country.start - 3), country.start)) &&
      SPEAKS_FOR.test(text.slice(country.end + institution[0].length, country.end + institution[0].length + 20));
    if (!institution || (!the && !ofItsPeople && !(institution[1] === 'police' && country.text !== country.name)))
      continue;
    if (institution[1] === 'government') {
      governments.push(country);
      continue;
    }
    let words = text.slice(country.start, country.end + institution[0].length);
    let name = `${country.name} ${institution[1]}`;
    if (institution[1] === 'embassy' || institution[1] === 'consulate') {
      const after = country.start + words.length;
      const place = known.find(
        (m) => m.kind === 'Place' && m.start > after && POSTED_IN.test(text.slice(after, m.start)),
      );
      if (place) {
        words = text.slice(country.start, place.end);
        name = `${name} in ${place.name}`;
      }
    }
    institutions.push({
      start: country.start,
      end: country.start + words.length,
      text: words,
      kind: 'Organization',
      key: entityId('Organization', name),
      name,
      confidence: 0.7,
      reason: `the ${institution[1]} of ${country.name}`,
      details: { organizationType: institution[1] === 'opposition' ? 'political opposition' : 'state institution' },
    });
  }
  const knownBodies = known.filter((m) => m.kind === 'Organization');
  for (const match of text.matchAll(INSTITUTION_REFERENCE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const institution = match[1] ?? match[2]!;
    // "the government" after "the Czech government": that country.
    const government = institution === 'government' ? governments.filter((m) => m.end <= span.start).at(-1) : undefined;
    if (government) {
      found.push({
        ...government,
        ...span,
        text: match[0],
        confidence: 0.55,
        reason: `"${match[0]}" refers back to the government of ${government.name}`,
      });
      continue;
    }
    // "the ministry": the last ministry named, a country's ("the Russian foreign ministry") or
    // any other ("Russia's Foreign Ministry").
    const bodies = institution === 'ministry' ? [...institutions, ...found, ...knownBodies] : institutions;
    const earlier = bodies
      .filter((m) => m.end <= span.start && m.name.toLowerCase().endsWith(` ${institution}`))
      .sort((a, b) => a.end - b.end)
      .at(-1);
    if (institutions.some((m) => overlaps(m, span))) continue;
    // "Prigozhin accused the army of a missile strike", in a story about Russia: that country's
    // army, when no army was named before.
    const story = earlier ? undefined : countryOfInstitution(institution, known, span.start);
    if (story) {
      const body = institution === 'military' ? 'army' : institution;
      const name = `${story.name} ${body}`;
      found.push({
        ...span,
        text: match[0],
        kind: 'Organization',
        key: entityId('Organization', name),
        name,
        confidence: 0.5,
        reason: `"${match[0]}" in a story about ${story.name}: its ${body}`,
        details: { organizationType: body === 'opposition' ? 'political opposition' : 'state institution' },
      });
      continue;
    }
    if (!earlier) continue;
    found.push({
      ...earlier,
      ...span,
      text: match[0],
      confidence: 0.55,
      reason: `"${match[0]}" refers back to ${earlier.text}`,
    });
  }
  found.push(...institutions);
  found.push(...bodiesByApposition(text, [...known, ...found]), ...numberedUnits(text, [...known, ...found]));
  found.push(...groupsByKind(text, [...known, ...found]));
  found.push(...backedGroups(text, known, found));
  for (const country of known.filter((m) => m.kind === 'Country' && m.text !== m.name)) {
    const press = PRESS_OF.exec(text.slice(country.end, country.end + 32));
    if (!press) continue;
    const words = text.slice(country.start, country.end + press[0].length);
    found.push({
      start: country.start,
      end: country.start + words.length,
      text: words,
      kind: 'Organization',
      key: entityId('Organization', words),
      name: words,
      confidence: 0.65,
      reason: `the press of ${country.name}`,
      details: { organizationType: /press\s+(?:service|office)$/u.test(press[1]!) ? 'press service' : 'news media' },
    });
  }
  return found;
}

/**
 * "Rosatom, the Russian state nuclear company": an unknown capitalised name followed by an
 * apposition whose noun is a kind of body. The apposition is a mention of it too, although a
 * demonym in it ("Russian") stays the country's.
 */
function bodiesByApposition(text: string, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    const apposition = BODY_APPOSITION.exec(text.slice(comma, comma + 90));
    if (!apposition) continue;
    const name = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, comma - 60), comma));
    if (!name) continue;
    const words = name[1]!;
    const span = { start: comma - words.length, end: comma, text: words };
    const phraseStart = comma + /^,[ \t]+/u.exec(apposition[0])![0].length;
    const phrase = {
      start: phraseStart,
      end: comma + apposition[0].length,
      text: text.slice(phraseStart, comma + apposition[0].length),
    };
    // A sentence's first word ("However, the party …") or anything already known is no new body.
    if (
      /^(?:However|Meanwhile|Instead|Still|Yet|Now|Today|Separately|Earlier|Later|In|On|At|For|By|With|After|Before)$/u.test(
        words,
      )
    )
      continue;
    if (known.some((m) => overlaps(m, span))) continue;
    const body: Mention = {
      ...span,
      kind: 'Organization',
      key: entityId('Organization', words),
      name: words,
      confidence: 0.65,
      reason: `an apposition says ${words} is a ${apposition[1]!.replace(/\s+/gu, ' ')} ("${phrase.text}")`,
    };
    found.push(body);
    // "the Russian state nuclear company" is its mention too, unless its words name something else.
    if (!known.some((m) => m.kind !== 'Country' && overlaps(m, phrase)))
      found.push({ ...body, ...phrase, confidence: 0.6, reason: `the apposition of ${words}` });
  }
  return found;
}

// "the Wagner mercenary group", "the Azov armed group": a name, then the kind of armed body it is.
const ARMED_GROUP =
  /(?<![\p{L}])(?:[Tt]he|[Aa])[ \t]+(\p{Lu}[\p{L}’'-]+)[ \t]+(?:mercenary|militant|paramilitary|rebel|armed|private[ \t]+military|extremist|jihadist|separatist|insurgent)[ \t]+(group|company|organi[sz]ation|force|army|movement|militia)(?![\p{L}])/gu;

/**
 * An armed body named by its kind ("the Wagner mercenary group", one body with "the Wagner
 * Group"), and its name alone wherever the article uses it ("Wagner fighters").
 */
function groupsByKind(text: string, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(ARMED_GROUP)) {
    const name = match[1]!;
    const start = match.index + match[0].indexOf(name, match[0].search(/[ \t]/u));
    const span = { start, end: match.index + match[0].length, text: text.slice(start, match.index + match[0].length) };
    if (known.some((m) => overlaps(m, { start, end: start + name.length }))) continue;
    const named = [...known, ...found].find(
      (m) => m.kind === 'Organization' && (m.name === `${name} Group` || m.name === name),
    );
    const body: Mention = named
      ? { ...named, ...span, confidence: 0.6, reason: `"${span.text}" is ${named.name}` }
      : {
          ...span,
          kind: 'Organization',
          key: entityId('Organization', match[2] === 'group' ? `${name} Group` : name),
          name: match[2] === 'group' ? `${name} Group` : name,
          confidence: 0.65,
          reason: `an armed body named by its kind ("${span.text}")`,
        };
    found.push(body);
    // "Wagner fighters", "Wagner's columns": its name alone, not inside a longer name.
    for (const alone of text.matchAll(new RegExp(`(?<![\\p{L}’'-])${name}(?![\\p{L}-]|[ \\t]+\\p{Lu})`, 'gu'))) {
      const at = { start: alone.index, end: alone.index + name.length, text: name };
      if ([...known, ...found].some((m) => overlaps(m, at))) continue;
      if (/\p{Lu}[\p{L}’'-]*[ \t]+$/u.test(text.slice(Math.max(0, at.start - 30), at.start))) continue;
      found.push({ ...body, ...at, confidence: 0.55, reason: `"${name}" alone is ${body.name}` });
    }
  }
  return found;
}

// "Russian-backed separatists", "pro-Russian rebels", "Iran-backed militias": armed groups named
// by the state behind them.
const BACKED_GROUP =
  /(?<![\p{L}-])(?:(\p{Lu}[\p{L}’'-]*?)-backed|[Pp]ro-(\p{Lu}[\p{L}’'-]*))[ \t]+(separatists|rebels|insurgents|militants|militias|fighters)(?![\p{L}])/gu;
// The group's adjective before its people: "separatist leaders", "rebel commanders".
const GROUP_ADJECTIVE =
  /(?<![\p{L}-])(separatist|rebel)(?=[ \t]+(?:leaders?|commanders?|chiefs?|negotiators?|representatives?)(?![\p{L}]))/gu;
// Words for one kind of group, as its key has them: separatists and rebels are one.
const GROUP_FAMILY: Readonly<Record<string, string>> = {
  separatists: 'separatists',
  rebels: 'separatists',
  insurgents: 'separatists',
  militants: 'militias',
  militias: 'militias',
  fighters: 'militias',
};

/**
 * Armed groups named by the state that backs them ("Russian-backed separatists"), one key per
 * backer and kind of group, and "the rebels" or "the separatists" later for the one such group the
 * article names.
 */
function backedGroups(text: string, known: readonly Mention[], found: readonly Mention[]): Mention[] {
  const groups: Mention[] = [];
  for (const match of text.matchAll(BACKED_GROUP)) {
    const backerWord = match[1] ?? match[2]!;
    const backerStart = match.index + match[0].indexOf(backerWord);
    const backer = known.find((m) => m.kind === 'Country' && m.start === backerStart);
    const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
    if (!backer || [...found, ...groups].some((m) => overlaps(m, span))) continue;
    const family = GROUP_FAMILY[match[3]!.toLowerCase()]!;
    const key = entityId('Organization', `${family} backed by ${backer.name}`);
    const earlier = groups.find((m) => m.key === key);
    groups.push(
      earlier
        ? referringBack(earlier, span, text, 0.65, `"${match[0]}" is ${earlier.name} again`)
        : {
            ...span,
            kind: 'Organization',
            key,
            name: `${backer.name}-backed ${family}`,
            confidence: 0.65,
            reason: `an armed group named by the state that backs it ("${match[0]}")`,
            details: { organizationType: 'armed group' },
          },
    );
  }
  const named = [...new Map(groups.map((m) => [m.key, m])).values()];
  if (named.length !== 1) return groups;
  // "the rebels", "the separatists" after it: that group.
  const [group] = named;
  for (const match of text.slice(group!.end).matchAll(/(?<![\p{L}])[Tt]he[ \t]+(separatists|rebels)(?![\p{L}])/gu)) {
    const start = group!.end + match.index;
    const span = { start, end: start + match[0].length };
    if ([...known, ...found, ...groups].some((m) => overlaps(m, span))) continue;
    groups.push(referringBack(group!, span, text, 0.55, `"${match[0]}" refers back to ${group!.name}`));
  }
  // "the separatist leaders Alexander Zakharchenko and Igor Plotnitsky", before or after the group's
  // name: the group whose leaders they are.
  for (const match of text.matchAll(GROUP_ADJECTIVE)) {
    const span = { start: match.index, end: match.index + match[1]!.length };
    if ([...known, ...found, ...groups].some((m) => overlaps(m, span))) continue;
    groups.push(referringBack(group!, span, text, 0.5, `"${match[0]}" are ${group!.name}'s`));
  }
  return groups;
}

/** Military units known by number: "unit 29155" of the GRU is one body wherever it is named. */
function numberedUnits(text: string, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(NUMBERED_UNIT)) {
    const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
    if (known.some((m) => overlaps(m, span))) continue;
    const name = `Unit ${match[1]!}`;
    found.push({
      ...span,
      kind: 'Organization',
      key: entityId('Organization', name),
      name,
      confidence: 0.7,
      reason: 'a military unit known by its number',
      details: { organizationType: 'military unit' },
    });
  }
  return found;
}

/**
 * Whose army, parliament or opposition a bare one is: the story country's; in a story about
 * several countries, a parliament is of the country named just before it ("For the Armenian
 * prime minister the deal may prove fatal. … protesters broke into parliament"). An opposition
 * is too often no country's to be read so.
 */
function countryOfInstitution(institution: string, known: readonly Mention[], at: number): Mention | undefined {
  if (!STORY_INSTITUTIONS.has(institution)) return undefined;
  const story = storyCountry(known);
  if (story || institution !== 'parliament') return story;
  return known
    .filter((m) => m.kind === 'Country' && m.end <= at && at - m.end <= COUNTRY_BEFORE_CHARACTERS)
    .sort((a, b) => a.end - b.end)
    .at(-1);
}
