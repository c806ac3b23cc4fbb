import { baseGazetteer, isHeldOn, withGraphEntries, type GazetteerEntry } from './gazetteer';

describe('the base list of office-holders', () => {
  const person = (id: string) => baseGazetteer().find((entry) => entry.id === id);

  it('knows each post with its country or body and its term, in both spellings of "defence"', () => {
    expect(person('person:angela-merkel')?.roles).toEqual([
      { title: 'Chancellor', affiliationId: 'country:germany', from: '2005-11-22', to: '2021-12-08' },
    ]);
    expect(person('person:sergei-shoigu')?.roles?.map((role) => role.title)).toEqual([
      'Defence Minister',
      'Defense Minister',
    ]);
    expect(person('person:antonio-guterres')?.roles?.[0]?.affiliationId).toBe('organization:united-nations');
    expect(person('person:volodymyr-zelensky')?.aliases).toContain('Volodymyr Zelenskyy');
  });

  it('says whether a post was held on a day, a term given by month or year covering all its days', () => {
    const merkel = person('person:angela-merkel')!.roles![0]!;
    expect(isHeldOn(merkel, '2015-02-12')).toBe(true);
    expect(isHeldOn(merkel, '2021-12-08')).toBe(true);
    expect(isHeldOn(merkel, '2022-01-01')).toBe(false);
    expect(isHeldOn(merkel, '2005-11-21')).toBe(false);
    const byMonth = { title: 'President', affiliationId: 'country:x', from: '2014-06', to: '2019-05' };
    expect(isHeldOn(byMonth, '2019-05-31')).toBe(true);
    expect(isHeldOn(byMonth, '2019-06-01')).toBe(false);
    expect(isHeldOn({ title: 'King', affiliationId: 'country:x' }, '1900-01-01')).toBe(true);
  });

  it('gives a person the graph knows too the posts of both, once', () => {
    const graphPutin: GazetteerEntry = {
      id: 'person:vladimir-putin',
      kind: 'Person',
      name: 'Vladimir Putin',
      aliases: ['Putin'],
      demonyms: [],
      origin: 'graph',
      roles: [{ title: 'President', affiliationId: 'country:russia' }],
    };
    const merged = withGraphEntries(baseGazetteer(), [graphPutin]).filter((entry) => entry.id === graphPutin.id);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.origin).toBe('graph');
    expect(merged[0]?.roles).toEqual([
      { title: 'President', affiliationId: 'country:russia' },
      { title: 'President', affiliationId: 'country:russia', from: '2012-05-07' },
    ]);
  });
});

describe('the base gazetteer’s towns and capitals', () => {
  const place = (id: string) => baseGazetteer().find((entry) => entry.id === id);

  it('names a town as English-language news does, with its GeoNames name and other spellings as aliases', () => {
    expect(place('place:rostov-on-don')?.aliases).toEqual(['Rostov-na-Donu', 'Rostov']);
    expect(place('place:odesa')?.aliases).toEqual(['Odessa']);
    expect(place('place:stepanakert')?.aliases).toEqual(['Xankandi', 'Khankendi']);
    expect(place('place:kyiv')?.aliases).toEqual(['Kiev']);
  });
});

describe('the base list of countries', () => {
  it('knows the short forms news uses that the country data lacks', () => {
    const country = (id: string) => baseGazetteer().find((entry) => entry.id === id);
    expect(country('country:china')?.aliases).toContain('PRC');
    expect(country('country:north-korea')?.aliases).toContain('DPRK');
    expect(country('country:united-states')?.aliases).toEqual(expect.arrayContaining(['US', 'America']));
  });
});
