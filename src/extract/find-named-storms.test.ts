import { entitiesOf, extractedFile } from '../../tests/support/extraction';

describe('a named storm', () => {
  it('is an event known by its name and year, never a person', () => {
    const file = extractedFile(
      'Hurricane Katrina in 2005 was worse than Hurricane Ian. Storm Ciarán hit Brest on Thursday.',
      '2023-11-02',
    );
    expect(entitiesOf(file).filter((e) => e.kind !== 'Place')).toEqual([
      { kind: 'Event', name: 'Hurricane Katrina', words: ['Hurricane Katrina'] },
      { kind: 'Event', name: 'Hurricane Ian', words: ['Hurricane Ian'] },
      { kind: 'Event', name: 'Storm Ciarán', words: ['Storm Ciarán'] },
    ]);
    expect(file.entities.filter((e) => e.kind === 'Event').map((e) => [e.id, e.eventType])).toEqual([
      ['event:hurricane-katrina-2005', 'storm'],
      ['event:hurricane-ian-2023', 'storm'],
      ['event:storm-ciaran-2023', 'storm'],
    ]);
  });
});
