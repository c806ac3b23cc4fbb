import type { GazetteerEntry } from './gazetteer';
import { gazetteerIndex } from './gazetteer-index';

function entry(id: string, name: string, extra: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return { id, kind: 'Organization', name, aliases: [], demonyms: [], origin: 'graph', ...extra };
}

function found(text: string, entries: readonly GazetteerEntry[], outlet?: GazetteerEntry): string[] {
  return [...gazetteerIndex(entries).matches(text, outlet)].map((m) => `${m.text}=${m.surface.entry.id}@${m.start}`);
}

describe('gazetteerIndex', () => {
  it('finds whole words only, the longest form at each place, left to right without overlaps', () => {
    const entries = [entry('o:un', 'UN'), entry('o:unsc', 'UN Security Council'), entry('o:council', 'Council')];
    expect(found('The UN Security Council and UNSC met; the UN, not UNESCO.', entries)).toEqual([
      'UN Security Council=o:unsc@4',
      'UN=o:un@42',
    ]);
  });

  it('leaves out a form two entries of the same origin claim, and lets the graph win over the base list', () => {
    const entries = [
      entry('base:a', 'Alpha', { origin: 'base' }),
      entry('graph:a', 'Alpha'),
      entry('graph:b', 'Beta'),
      entry('graph:b2', 'Beta'),
    ];
    expect(found('Alpha and Beta', entries)).toEqual(['Alpha=graph:a@0']);
  });

  it('takes in entries appended to the same gazetteer since the last call', () => {
    const entries = [entry('o:first', 'First Agency')];
    expect(found('First Agency and Second Agency', entries)).toEqual(['First Agency=o:first@0']);
    entries.push(entry('o:second', 'Second Agency'));
    expect(found('First Agency and Second Agency', entries)).toEqual([
      'First Agency=o:first@0',
      'Second Agency=o:second@17',
    ]);
  });

  it('weighs an outlet not in the gazetteer as one more base entry, without keeping it', () => {
    const entries = [entry('base:wire', 'Wire', { origin: 'base' })];
    const outlet = entry('o:meridian', 'Meridian Wire', { origin: 'base', aliases: ['Wire'] });
    // "Wire" is then claimed by two base entries: ambiguous, so neither.
    expect(found('Meridian Wire, the Wire', entries, outlet)).toEqual(['Meridian Wire=o:meridian@0']);
    expect(found('Meridian Wire, the Wire', entries)).toEqual(['Wire=base:wire@9', 'Wire=base:wire@19']);
  });

  it('keeps the lookups the other steps use: people and places by name key, organizations by name', () => {
    const index = gazetteerIndex([
      entry('p:1', 'Sergey Lavrov', { kind: 'Person' }),
      entry('p:2', 'Sergey Lavrov', { kind: 'Person' }),
      entry('pl:1', 'Da Nang', { kind: 'Place', aliases: ['Tourane'] }),
      entry('o:1', 'Reuters'),
    ]);
    expect(index.personByNameKey.size).toBe(1);
    expect([...index.personByNameKey.values()][0]!.id).toBe('p:1');
    expect(index.placeByNameKey.size).toBe(2);
    expect(index.organizationByName.get('Reuters')?.id).toBe('o:1');
    expect(index.otherNameKeys.size).toBe(3);
  });
});
