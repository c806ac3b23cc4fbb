import type { EntityKind } from './relationship-types';

/** The form every id's slug takes: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a name into a slug: accents folded ("Peskov" stays, "Düsseldorf" → "dusseldorf"),
 * apostrophes dropped, every other run of non-alphanumerics becomes one hyphen.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** kebab-case of an entity kind, as used in ids: "Organization" → "organization". */
export function kindPrefix(kind: EntityKind): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** The stable id of an entity: `person:vladimir-putin`. */
export function entityId(kind: EntityKind, name: string): string {
  return `${kindPrefix(kind)}:${slugify(name)}`;
}
