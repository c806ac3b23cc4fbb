import { entityId, kindPrefix, slugify } from '../../src/vocabulary/normalize-id';

describe('id normalisation', () => {
  it('makes a lowercase hyphenated slug from a name', () => {
    expect(slugify('Vladimir Putin')).toBe('vladimir-putin');
    expect(slugify('UN Security Council resolution 2254')).toBe('un-security-council-resolution-2254');
  });

  it('folds accents and drops apostrophes', () => {
    expect(slugify('Kazakhstan’s capital')).toBe('kazakhstans-capital');
    expect(slugify('Düsseldorf')).toBe('dusseldorf');
    expect(slugify("Côte d'Ivoire")).toBe('cote-divoire');
    // Letters with no accent to fold are written as English-language news writes them.
    expect(slugify('Kemal Kılıçdaroğlu')).toBe('kemal-kilicdaroglu');
    expect(slugify('Łódź')).toBe('lodz');
  });

  it('collapses punctuation and trims hyphens at the ends', () => {
    expect(slugify('  US–Russia relations!! ')).toBe('us-russia-relations');
    expect(slugify('#APEC')).toBe('apec');
  });

  it('prefixes an entity id with its kind', () => {
    expect(kindPrefix('Organization')).toBe('organization');
    expect(entityId('Person', 'Sergey Lavrov')).toBe('person:sergey-lavrov');
    expect(entityId('Document', 'UN Security Council resolution 2254')).toBe(
      'document:un-security-council-resolution-2254',
    );
  });
});
