import { readFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'world-countries';
import { parse } from 'yaml';
import { z } from 'zod';
import { entityId } from '../vocabulary/normalize-id';
import { alternation } from './mention';
import type { EntityKind } from '../vocabulary/relationship-types';

/** A thing the extractor can recognise by name, before reading any article. */
export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Adjectives that refer to a country ("Russian"): they name the country, not a person. */
  demonyms: string[];
  /** For a capital: the country it is the capital of (its name can stand for the government). */
  capitalOf?: string;
  organizationType?: string;
  placeType?: 'city' | 'region' | 'zone';
  /** Where the entry comes from: the shipped base list, or an entity already in the graph. */
  origin: 'base' | 'graph';
  /** For a person in the graph: the positions it is known to hold, and where. */
  roles?: KnownRole[];
}

/** A position the graph knows a person holds: "Foreign Minister" of country:russia. */
export interface KnownRole {
  title: string;
  affiliationId: string;
  /** When the base gazetteer's office-holder list knows the term: its first and last day (ISO, maybe a year or month). */
  from?: string;
  to?: string;
}

/** Whether a role was held on a day (ISO): a term given by year or month covers all its days. */
export function isHeldOn(role: KnownRole, day: string): boolean {
  return (!role.from || role.from <= day) && (!role.to || day.slice(0, role.to.length) <= role.to);
}

const ORGANIZATIONS_FILE = path.resolve(__dirname, '../../data/gazetteer/organizations.yaml');
const OFFICEHOLDERS_FILE = path.resolve(__dirname, '../../data/gazetteer/officeholders.yaml');
const REGIONS_FILE = path.resolve(__dirname, '../../data/gazetteer/regions.yaml');

const isoDay = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'a date written YYYY, YYYY-MM or YYYY-MM-DD');
const officeholdersSchema = z.array(
  z
    .object({
      name: z.string(),
      aliases: z.array(z.string()).default([]),
      roles: z.array(
        z.union([z.tuple([z.string(), z.string(), isoDay]), z.tuple([z.string(), z.string(), isoDay, isoDay])]),
      ),
    })
    .strict(),
);

const regionsSchema = z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) }).strict());

const organizationsSchema = z.array(
  z.object({ name: z.string(), aliases: z.array(z.string()).default([]), organizationType: z.string() }).strict(),
);

// Codes and abbreviations from world-countries that are not how news names a country.
const SKIPPED_ALT_SPELLING = /^[A-Z]{2}$|[^\p{Script=Latin}\s.'’-]/u;
// Common short forms news uses that world-countries does not list.
const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'America'],
  GBR: ['UK', 'U.K.', 'Britain'],
  RUS: ['Russian Federation'],
  TUR: ['Turkey'],
  PRK: ['DPRK'],
  CHN: ['PRC'],
  KOR: ['South Korea'],
};

// Towns GeoNames names otherwise than English-language news: the news name is the town's name,
// GeoNames' one of its aliases.
const TOWN_NAMES_IN_ENGLISH: Readonly<Record<string, string>> = {
  'Rostov-na-Donu': 'Rostov-on-Don',
  Odessa: 'Odesa',
  'Nizhniy Novgorod': 'Nizhny Novgorod',
  Groznyy: 'Grozny',
  Mykolayiv: 'Mykolaiv',
  'Kramators’k': 'Kramatorsk',
  Basrah: 'Basra',
  'Ar Raqqah': 'Raqqa',
  'Al Ḩudaydah': 'Hodeidah',
  Xankandi: 'Stepanakert',
};
// Other spellings news uses for a capital or town: an older or newer transliteration, a short form.
const EXTRA_PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Kyiv: ['Kiev'],
  'Rostov-on-Don': ['Rostov'],
  Odesa: ['Odessa'],
  'Saint Petersburg': ['St Petersburg'],
  Raqqa: ['Raqqah'],
  Stepanakert: ['Khankendi', 'Xankandi'],
};

// Demonyms news uses that world-countries does not list.
const EXTRA_DEMONYMS: Record<string, string[]> = { KAZ: ['Kazakh'], TUR: ['Turkish'], GBR: ['British'] };

// Demonyms that are also nouns for a country's people, which take an -s ("Czech", "Ukrainian",
// "Iraqi"); "British", "French" and "Swiss" do not.
const PLURAL_DEMONYM = /(?:an|ch|k|i)$/u;

let base: GazetteerEntry[] | undefined;

/**
 * The base gazetteer followed by the graph's entries, each graph entry with the demonyms of the
 * base entry of the same id ("Russian" of Russia): the graph keeps a demonym an article used as
 * one of its aliases, and read as a name it would no longer say "a Russian", only "Russia".
 */
export function withGraphEntries(base: readonly GazetteerEntry[], graph: readonly GazetteerEntry[]): GazetteerEntry[] {
  const baseById = new Map(base.map((entry) => [entry.id, entry]));
  // A person both know is the graph's, with the posts and terms the base list knows too.
  const graphPeople = new Set(graph.filter((entry) => entry.kind === 'Person').map((entry) => entry.id));
  return [
    ...base.filter((entry) => !(entry.kind === 'Person' && graphPeople.has(entry.id))),
    ...graph.map((entry) => {
      const known = baseById.get(entry.id);
      if (known?.kind === 'Person' && entry.kind === 'Person')
        return { ...entry, roles: [...(entry.roles ?? []), ...(known.roles ?? [])] };
      if (!known || known.demonyms.length === 0) return entry;
      const demonyms = new Set(known.demonyms);
      return {
        ...entry,
        aliases: entry.aliases.filter((alias) => !demonyms.has(alias)),
        demonyms: [...new Set([...entry.demonyms, ...known.demonyms])],
      };
    }),
  ];
}

/**
 * The shipped gazetteer: every country with its common and official names, demonym and capital
 * (from the `world-countries` package), and well-known organizations (data/gazetteer/).
 */
export function baseGazetteer(): GazetteerEntry[] {
  if (!base) {
    const known = [...countryEntries(), ...organizationEntries()];
    const places = [...known, ...cityEntries(known)];
    base = [...places, ...regionEntries(places), ...officeholderEntries(known)];
  }
  return base;
}

// Words that a sovereign state shares with a territory ("French", "American", "Indian"): news
// means the state, so the territory does not get them (they would make the word ambiguous).
const SOVEREIGN_FORMS = new Set(
  countries
    .filter((country) => country.independent)
    .flatMap((country) => [
      country.name.common,
      country.name.official,
      country.demonyms?.eng?.m,
      country.demonyms?.eng?.f,
    ])
    .filter((form): form is string => Boolean(form)),
);

function countryEntries(): GazetteerEntry[] {
  return countries.flatMap((country) => {
    const ownForm = (form: string) => country.independent || !SOVEREIGN_FORMS.has(form);
    const name = country.name.common;
    const id = entityId('Country', name);
    const aliases = new Set<string>([
      country.name.official,
      ...country.altSpellings.filter((spelling) => !SKIPPED_ALT_SPELLING.test(spelling)),
      ...(EXTRA_COUNTRY_ALIASES[country.cca3] ?? []),
    ]);
    aliases.delete(name);
    for (const alias of aliases) if (!ownForm(alias)) aliases.delete(alias);
    const demonyms = [
      country.demonyms?.eng?.m,
      country.demonyms?.eng?.f,
      ...(EXTRA_DEMONYMS[country.cca3] ?? []),
    ].filter((demonym): demonym is string => Boolean(demonym) && ownForm(demonym!));
    // "20 Czechs", "Ukrainians": the people of a country, in the plural, name it as its demonym does.
    const plurals = demonyms.filter((demonym) => PLURAL_DEMONYM.test(demonym)).map((demonym) => `${demonym}s`);
    const entry: GazetteerEntry = {
      id,
      kind: 'Country',
      name,
      aliases: [...aliases],
      demonyms: [...new Set([...demonyms, ...plurals])],
      origin: 'base',
    };
    // A capital named as its country (Singapore, Monaco, Luxembourg): news means the state.
    const capitals = country.capital
      .filter((capital) => capital !== name)
      .map((capital): GazetteerEntry => ({
        id: entityId('Place', capital),
        kind: 'Place',
        name: capital,
        // "Washington D.C." is "Washington" in most news.
        aliases: [
          ...(capital.endsWith(' D.C.') ? [capital.slice(0, -' D.C.'.length)] : []),
          ...(EXTRA_PLACE_ALIASES[capital] ?? []),
        ],
        demonyms: [],
        capitalOf: id,
        placeType: 'city',
        origin: 'base',
      }));
    return [entry, ...capitals];
  });
}

const CITIES_FILE = path.resolve(__dirname, '../../data/gazetteer/cities.json');
const citiesSchema = z.array(z.tuple([z.string(), z.string(), z.number()]));

/**
 * Towns of 50,000 people or more (data/gazetteer/cities.json, written by `npm run
 * gazetteer:cities`), but none whose name a country, capital or organization already has: that
 * name means the one news means by it ("Georgia" is the country).
 */
function cityEntries(known: readonly GazetteerEntry[]): GazetteerEntry[] {
  const taken = namesOf(known);
  return citiesSchema
    .parse(JSON.parse(readFileSync(CITIES_FILE, 'utf8')))
    .filter(([name]) => !taken.has(name))
    .map(([geoName]) => {
      const name = TOWN_NAMES_IN_ENGLISH[geoName] ?? geoName;
      const aliases = [...new Set([geoName, ...(EXTRA_PLACE_ALIASES[name] ?? [])])];
      return { name, aliases: aliases.filter((alias) => alias !== name && !taken.has(alias)) };
    })
    .map(({ name, aliases }) => ({
      id: entityId('Place', name),
      kind: 'Place',
      name,
      aliases,
      demonyms: [],
      placeType: 'city',
      origin: 'base',
    }));
}

/** Every name, alias and demonym the entries already have: a later list's entry may not take one. */
function namesOf(known: readonly GazetteerEntry[]): Set<string> {
  return new Set(known.flatMap((entry) => [entry.name, ...entry.aliases, ...entry.demonyms]));
}

/**
 * Regions news names by their bare name (data/gazetteer/regions.yaml), but none whose name a
 * country, capital, town or organization already has.
 */
function regionEntries(known: readonly GazetteerEntry[]): GazetteerEntry[] {
  const taken = namesOf(known);
  return regionsSchema
    .parse(parse(readFileSync(REGIONS_FILE, 'utf8')))
    .filter((region) => !taken.has(region.name))
    .map((region) => ({
      id: entityId('Place', region.name),
      kind: 'Place',
      name: region.name,
      aliases: region.aliases.filter((alias) => !taken.has(alias)),
      demonyms: [],
      placeType: 'region',
      origin: 'base',
    }));
}

// "Defence Minister" and "Defense Minister": one post, spelt either way.
const DEFENCE_SPELLINGS: Readonly<Record<string, string>> = { Defence: 'Defense', Defense: 'Defence' };

/**
 * Heads of state and government, foreign and defence ministers and heads of international bodies,
 * with their terms (data/gazetteer/officeholders.yaml): who "President Moon" or "the German
 * chancellor" of an article's day is.
 */
function officeholderEntries(known: readonly GazetteerEntry[]): GazetteerEntry[] {
  const byName = new Map(
    known
      .filter((entry) => entry.kind === 'Country' || entry.kind === 'Organization')
      .flatMap((entry) => [entry.name, ...entry.aliases].map((form) => [form, entry.id] as const)),
  );
  const people = officeholdersSchema.parse(parse(readFileSync(OFFICEHOLDERS_FILE, 'utf8')));
  return people.map((person) => ({
    id: entityId('Person', person.name),
    kind: 'Person',
    name: person.name,
    aliases: person.aliases,
    demonyms: [],
    origin: 'base',
    roles: person.roles.flatMap(([title, of, from, to]) => {
      const affiliationId = byName.get(of);
      if (!affiliationId)
        throw new Error(
          `${OFFICEHOLDERS_FILE}: ${person.name}'s post "${title}" is of "${of}", which the gazetteer does not know`,
        );
      const spellings = [title, title.replace(/Defen[cs]e/u, (word) => DEFENCE_SPELLINGS[word]!)];
      return [...new Set(spellings)].map((spelling) => ({
        title: spelling,
        affiliationId,
        from,
        ...(to ? { to } : {}),
      }));
    }),
  }));
}

function organizationEntries(): GazetteerEntry[] {
  const organizations = organizationsSchema.parse(parse(readFileSync(ORGANIZATIONS_FILE, 'utf8')));
  return organizations.map((organization) => ({
    id: entityId('Organization', organization.name),
    kind: 'Organization',
    name: organization.name,
    aliases: organization.aliases,
    demonyms: [],
    organizationType: organization.organizationType,
    origin: 'base',
  }));
}

/** A town of the base gazetteer's towns list, no capital: its name may also be a region's or a person's. */
export function isTown(entry: GazetteerEntry): boolean {
  return entry.kind === 'Place' && entry.origin === 'base' && entry.placeType === 'city' && !entry.capitalOf;
}

let townNames: ReadonlySet<string> | undefined;

/** Whether a name is a town of the base gazetteer ("Donetsk", "Voronezh"). */
export function isTownName(name: string): boolean {
  townNames ??= new Set(
    baseGazetteer()
      .filter(isTown)
      .map((entry) => entry.name),
  );
  return townNames.has(name);
}

let countryForms: { byForm: Map<string, string>; pattern: RegExp } | undefined;

/**
 * The country a phrase names in its words, by a name, short form or demonym of the base gazetteer
 * ("Russian military intelligence" → country:russia); undefined if none or several.
 */
export function countryNamedIn(words: string): string | undefined {
  if (!countryForms) {
    const byForm = new Map(
      baseGazetteer()
        .filter((entry) => entry.kind === 'Country')
        .flatMap((entry) => [entry.name, ...entry.aliases, ...entry.demonyms].map((form) => [form, entry.id] as const)),
    );
    countryForms = { byForm, pattern: new RegExp(`(?<![\\p{L}])(?:${alternation(byForm.keys())})(?![\\p{L}])`, 'gu') };
  }
  const { byForm, pattern } = countryForms;
  const named = new Set([...words.matchAll(pattern)].map((match) => byForm.get(match[0])!));
  return named.size === 1 ? [...named][0] : undefined;
}
