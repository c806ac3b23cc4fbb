import type { GazetteerEntry } from './gazetteer';
import { nameKey, nameWordForms } from './name-key';
import { normalizeTitle } from './titles';

/** The key of a post in `GazetteerIndex.holdersOfPost`: its title and whose post it is. */
export function postKey(title: string, affiliationId: string): string {
  return `${title}|${affiliationId}`;
}

/** How an entry is named by a surface form. */
export interface Surface {
  entry: GazetteerEntry;
  via: 'name' | 'alias' | 'demonym';
}

/** A surface form found in a text. */
export interface SurfaceMatch {
  start: number;
  end: number;
  text: string;
  surface: Surface;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The surface forms of one origin's entries, in the order they came. The first entry to claim a
 * form keeps it; a second entry with another id makes the form ambiguous, and it is left out
 * rather than guessed. A later form of the same entry replaces its earlier one (for the graph's
 * entries, only when the earlier was not its name).
 */
class OriginSurfaces {
  readonly forms = new Map<string, Surface>();
  readonly ambiguous = new Set<string>();

  constructor(private readonly keepName: boolean) {}

  add(entry: GazetteerEntry, claim: (form: string) => void): void {
    for (const [form, via] of formsOf(entry)) {
      const existing = this.forms.get(form);
      if (existing && existing.entry.id !== entry.id) {
        this.ambiguous.add(form);
        continue;
      }
      if (!existing || !this.keepName || existing.via !== 'name') this.forms.set(form, { entry, via });
      claim(form);
    }
  }
}

/**
 * What the extractor looks up in a gazetteer, built once and extended as entries are appended,
 * so that reading an article costs the length of its text, not the size of the gazetteer (which
 * holds every entity of the graph). Built by `gazetteerIndex`.
 */
export class GazetteerIndex {
  private readonly base = new OriginSurfaces(false);
  private readonly graph = new OriginSurfaces(true);
  /** Every surface form by its first word, longest first once sorted: the only forms that can start where that word does. */
  private readonly byFirstWord = new Map<string, { forms: Set<string>; sorted?: string[] }>();
  private readonly members = new WeakSet<GazetteerEntry>();
  /** The last entry of each id, as `new Map(entries.map(...))` keeps it. */
  readonly byId = new Map<string, GazetteerEntry>();
  /** Each name key of a known person's name or alias to the first person that bears it. */
  readonly personByNameKey = new Map<string, GazetteerEntry>();
  /** Each name key of a known place's name or alias to the last place that bears it. */
  readonly placeByNameKey = new Map<string, GazetteerEntry>();
  /** The name keys of every known place, country, organization and other non-person. */
  readonly otherNameKeys = new Set<string>();
  /** Each name or alias of a known organization to the first organization that bears it. */
  readonly organizationByName = new Map<string, GazetteerEntry>();
  /**
   * Each capital's id to its country's, whichever entry said so: the graph's entry for a capital
   * does not carry it, and must still stand for its country when it acts.
   */
  readonly capitalOfById = new Map<string, string>();
  /** Each country's id to its capital's entry, as the base gazetteer gives it ("the Belarusian capital"). */
  readonly capitalByCountryId = new Map<string, GazetteerEntry>();
  /** Each word of a known person's name or aliases to the ids of the people who bear it. */
  readonly personIdsByWord = new Map<string, Set<string>>();
  /** Each post the graph knows someone in ("Foreign Minister|country:russia") to their ids. */
  readonly holdersOfPost = new Map<string, Set<string>>();

  /** Adds one entry, as if it came last in the gazetteer. */
  add(entry: GazetteerEntry): void {
    this.members.add(entry);
    this.byId.set(entry.id, entry);
    if (entry.capitalOf) {
      this.capitalOfById.set(entry.id, entry.capitalOf);
      if (!this.capitalByCountryId.has(entry.capitalOf)) this.capitalByCountryId.set(entry.capitalOf, entry);
    }
    const names = [entry.name, ...entry.aliases];
    if (entry.kind === 'Person') {
      for (const name of names)
        if (!this.personByNameKey.has(nameKey(name))) this.personByNameKey.set(nameKey(name), entry);
      for (const word of names.flatMap((name) => name.split(/\s+/)).flatMap(nameWordForms)) {
        const ids = this.personIdsByWord.get(word) ?? new Set<string>();
        ids.add(entry.id);
        this.personIdsByWord.set(word, ids);
      }
      for (const role of entry.roles ?? []) {
        const post = postKey(normalizeTitle(role.title), role.affiliationId);
        this.holdersOfPost.set(post, (this.holdersOfPost.get(post) ?? new Set<string>()).add(entry.id));
      }
    } else {
      for (const form of [...names, ...entry.demonyms]) this.otherNameKeys.add(nameKey(form));
    }
    if (entry.kind === 'Place') for (const name of names) this.placeByNameKey.set(nameKey(name), entry);
    if (entry.kind === 'Organization') {
      for (const name of names) if (!this.organizationByName.has(name)) this.organizationByName.set(name, entry);
    }
    (entry.origin === 'base' ? this.base : this.graph).add(entry, (form) => this.claimFirstWord(form));
  }

  /** Whether this very entry was added. */
  has(entry: GazetteerEntry): boolean {
    return this.members.has(entry);
  }

  /**
   * The surface a form names: the graph's entries win over the base gazetteer's, and a form two
   * entries of the same origin claim names nothing. `extra`, a base entry taken as the last of
   * the base entries (an article's outlet), is weighed without being added.
   */
  surface(form: string, extra?: Map<string, Surface | null>): Surface | undefined {
    if (this.base.ambiguous.has(form) || this.graph.ambiguous.has(form)) return undefined;
    const overlaid = extra?.get(form);
    // null: the extra entry made the form ambiguous among the base entries, which no graph entry undoes.
    if (overlaid === null) return undefined;
    const graph = this.graph.forms.get(form);
    const base = this.base.forms.get(form);
    // A capital's name given as its country's alias ("Moscow" for Russia, as a curated article
    // may list it) stays the capital: the capital rule decides when it stands for the country.
    if (graph?.via === 'alias' && base?.entry.capitalOf === graph.entry.id) return base;
    return graph ?? overlaid ?? base;
  }

  /**
   * The forms of `extra` (a base entry not in the index) as they would be were it appended to the
   * base entries: its own, or null where another base entry already claims the form.
   */
  overlay(extra: GazetteerEntry | undefined): Map<string, Surface | null> | undefined {
    if (!extra || this.has(extra) || extra.origin !== 'base') return undefined;
    const overlay = new Map<string, Surface | null>();
    for (const [form, via] of formsOf(extra)) {
      const existing = overlay.has(form) ? overlay.get(form) : this.base.forms.get(form);
      overlay.set(form, existing && existing.entry.id !== extra.id ? null : { entry: extra, via });
    }
    return overlay;
  }

  /**
   * The known surface forms in a text, left to right, the longest at each place, whole words
   * only, without overlaps: what one regular expression of every form would find, at the cost
   * of the text's length.
   */
  *matches(text: string, extra?: GazetteerEntry): Generator<SurfaceMatch> {
    yield* this.scan(text, 0, text.length, this.overlay(extra), () => true);
  }

  /**
   * The known surface forms inside a span of the text that are shorter than the span, left to
   * right, the longest at each place: "US" and "State Department" in "US State Department".
   */
  *matchesWithin(text: string, start: number, end: number): Generator<SurfaceMatch> {
    yield* this.scan(
      text,
      start,
      end,
      undefined,
      (form, at) => at + form.length <= end && !(at === start && at + form.length === end),
    );
  }

  /** The forms `fits` allows between `from` and `to`, left to right, the longest at each word's start. */
  private *scan(
    text: string,
    from: number,
    to: number,
    overlay: Map<string, Surface | null> | undefined,
    fits: (form: string, at: number) => boolean,
  ): Generator<SurfaceMatch> {
    const extraForms = overlay ? [...overlay.keys()] : [];
    for (let at = from; at < to;) {
      if (at > from && isWordCharacterBefore(text, at)) {
        at += 1;
        continue;
      }
      const word = firstWord(text, at);
      const candidates = [
        ...this.sortedForms(this.byFirstWord.get(word)),
        ...extraForms.filter((form) => firstWord(form, 0) === word),
      ];
      if (extraForms.length > 0) candidates.sort((a, b) => b.length - a.length);
      const found = candidates.find(
        (form) =>
          fits(form, at) &&
          text.startsWith(form, at) &&
          !isWordCharacterAt(text, at + form.length) &&
          this.surface(form, overlay) !== undefined,
      );
      if (!found) {
        at += 1;
        continue;
      }
      yield { start: at, end: at + found.length, text: found, surface: this.surface(found, overlay)! };
      at += found.length;
    }
  }

  private claimFirstWord(form: string): void {
    const word = firstWord(form, 0);
    const bucket = this.byFirstWord.get(word);
    if (!bucket) this.byFirstWord.set(word, { forms: new Set([form]) });
    else if (!bucket.forms.has(form)) {
      bucket.forms.add(form);
      bucket.sorted = undefined;
    }
  }

  private sortedForms(bucket: { forms: Set<string>; sorted?: string[] } | undefined): readonly string[] {
    if (!bucket) return [];
    bucket.sorted ??= [...bucket.forms].sort((a, b) => b.length - a.length);
    return bucket.sorted;
  }
}

const indexes = new WeakMap<readonly GazetteerEntry[], { count: number; index: GazetteerIndex }>();

/**
 * The index of a gazetteer, kept with the array and extended with the entries appended since the
 * last call (a run appends each article's entities for the next). A gazetteer is only ever
 * appended to; one that shrank is indexed anew.
 */
export function gazetteerIndex(entries: readonly GazetteerEntry[]): GazetteerIndex {
  let cached = indexes.get(entries);
  if (!cached || cached.count > entries.length) {
    cached = { count: 0, index: new GazetteerIndex() };
    indexes.set(entries, cached);
  }
  for (let i = cached.count; i < entries.length; i += 1) cached.index.add(entries[i]!);
  cached.count = entries.length;
  return cached.index;
}

function formsOf(entry: GazetteerEntry): [string, Surface['via']][] {
  const forms: [string, Surface['via']][] = [
    [entry.name, 'name'],
    ...entry.aliases.map((alias): [string, Surface['via']] => [alias, 'alias']),
    ...entry.demonyms.map((demonym): [string, Surface['via']] => [demonym, 'demonym']),
  ];
  return forms.filter(([form]) => form.trim().length >= 2);
}

/** The characters from `start` up to the first that is not a letter or digit (at least one). */
function firstWord(text: string, start: number): string {
  let end = start + 1;
  while (end < text.length && WORD_CHARACTER.test(text[end]!)) end += 1;
  return text.slice(start, end);
}

function isWordCharacterAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index)!));
}

function isWordCharacterBefore(text: string, index: number): boolean {
  const previous = text.slice(Math.max(0, index - 2), index);
  return /[\p{L}\p{N}]$/u.test(previous);
}
