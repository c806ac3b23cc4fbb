import type { ArticleEntity } from '../../src/vocabulary/article-file-schema';
import { entityId } from '../../src/vocabulary/normalize-id';
import { FIRST_NAMES, HUB_COUNTRIES, OTHER_COUNTRIES, TITLES, syllableName } from './names';

/** An entity as every article that names it describes it: the same name, details and ties. */
export type PoolEntity = Omit<ArticleEntity, 'mentions' | 'date' | 'content'>;

export interface PoolPerson extends PoolEntity {
  kind: 'Person';
  title: string;
  /** The country or organization the person holds a role in. */
  roleIn: PoolEntity;
}

/** Sizes of the shared pools; fixed, so article n is the same whatever the corpus size. */
export const POOL_SIZES = {
  people: 4000,
  organizations: 600,
  places: 1500,
  concepts: 300,
  summits: 150,
  resolutions: 400,
} as const;

const ORGANIZATION_KINDS = [
  { suffix: 'Council', type: 'intergovernmental body' },
  { suffix: 'Ministry', type: 'government office' },
  { suffix: 'Front', type: 'armed group' },
  { suffix: 'Agency', type: 'news outlet' },
  { suffix: 'Alliance', type: 'intergovernmental forum' },
] as const;

const CONCEPT_KINDS = ['peace process', 'ceasefire', 'trade pact', 'de-escalation plan', 'reform agenda'];

export const COUNTRIES: readonly PoolEntity[] = [
  ...HUB_COUNTRIES.map((country) => ({
    id: country.id,
    kind: 'Country' as const,
    name: country.name,
    aliases: [...country.aliases],
    description: `Country: ${country.name}`,
  })),
  ...OTHER_COUNTRIES.map((name) => ({
    id: entityId('Country', name),
    kind: 'Country' as const,
    name,
    aliases: [],
    description: `Country: ${name}`,
  })),
];

export function country(index: number): PoolEntity {
  return COUNTRIES[index % COUNTRIES.length]!;
}

export function organization(index: number): PoolEntity & { organizationType: string } {
  const kind = ORGANIZATION_KINDS[index % ORGANIZATION_KINDS.length]!;
  const name = `${syllableName(index, 2)} ${kind.suffix}`;
  return {
    id: entityId('Organization', name),
    kind: 'Organization',
    name,
    aliases: [],
    description: `${kind.type} based in ${country(index).name}`,
    organizationType: kind.type,
  };
}

/** Organizations whose kind is "armed group", for FIGHTS facts. */
export function armedGroup(index: number): PoolEntity {
  return organization(index * ORGANIZATION_KINDS.length + 2);
}

/** The news outlets that publish the corpus (organization pool entries of kind "news outlet"). */
export function outlet(index: number): PoolEntity {
  return organization((index % 8) * ORGANIZATION_KINDS.length + 3);
}

/** Person n: a fixed name, and a fixed role in a country or an organization. */
export function person(index: number): PoolPerson {
  // Shared people take the first half of the first names, new people the second: ids never collide.
  const first = FIRST_NAMES[index % 10]!;
  return makePerson(`${first} ${syllableName(index, 2)}`, index, `shared-${index}`);
}

/** A person only article `article` names (its `n`th new person). */
export function newPerson(article: number, n: number): PoolPerson {
  const index = article * 4 + n;
  const first = FIRST_NAMES[10 + (index % 10)]!;
  return makePerson(`${first} ${syllableName(index, 3)}`, index, `new-${index}`);
}

function makePerson(name: string, index: number, key: string): PoolPerson {
  const title = TITLES[index % TITLES.length]!;
  // Ministers and presidents serve countries; envoys and ambassadors, organizations too.
  const roleIn = index % 3 === 2 ? organization(index % POOL_SIZES.organizations) : country(index);
  return {
    id: entityId('Person', name),
    kind: 'Person',
    name,
    aliases: [name.split(' ')[1]!],
    description: `${title} (${key})`,
    title,
    roleIn,
  };
}

/** Place n: a city in a fixed country; the first places are their countries' capitals. */
export function place(index: number): PoolEntity & { placeType: 'city'; country: PoolEntity; capital: boolean } {
  const name = syllableName(index + 100, 2) + 'ra';
  return {
    id: entityId('Place', name),
    kind: 'Place',
    name,
    aliases: [],
    description: `City in ${country(index).name}`,
    placeType: 'city',
    country: country(index),
    capital: index < COUNTRIES.length,
  };
}

/** A place only article `article` names. */
export function newPlace(article: number): ReturnType<typeof place> {
  const name = syllableName(article, 3) + 'ville';
  return { ...place(article % POOL_SIZES.places), id: entityId('Place', name), name, capital: false };
}

export function concept(index: number): PoolEntity {
  const name = `${syllableName(index + 200, 2)} ${CONCEPT_KINDS[index % CONCEPT_KINDS.length]!}`;
  return { id: entityId('Concept', name), kind: 'Concept', name, aliases: [], description: null };
}

/** A UN resolution, referenced by many articles' documents. */
export function resolution(index: number): PoolEntity & { documentType: string; number: string } {
  const number = String(1000 + index);
  const name = `UN Security Council resolution ${number}`;
  return {
    id: entityId('Document', `unsc-resolution-${number}`),
    kind: 'Document',
    name,
    aliases: [`resolution ${number}`],
    description: null,
    documentType: 'UN Security Council resolution',
    number,
  };
}

/** A summit shared by many articles, held by a fixed organization in a fixed year and month. */
export function summit(index: number): PoolEntity & {
  eventType: string;
  status: 'HELD';
  heldBy: PoolEntity;
  month: number;
  year: number;
} {
  const name = `${syllableName(index + 300, 2)} summit`;
  return {
    id: entityId('Event', name),
    kind: 'Event',
    name,
    aliases: [],
    description: null,
    eventType: 'summit',
    status: 'HELD',
    heldBy: organization((index * 5 + 4) % POOL_SIZES.organizations),
    month: index % 12,
    year: 2015 + (index % 5),
  };
}
