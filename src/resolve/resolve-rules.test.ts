import { bestMatch, tiedMatches } from './decision';
import type { KnownDocument, KnownEvent } from './known-entities';
import { compatibleKinds, documentByNamedIssuers, DOUBT_BELOW, headNoun, sameDocument } from './same-document';
import { attackByNamedActors, eventByNamedParticipants, eventFamily, placesContradict, sameEvent } from './same-event';
import { personBySurname, possiblePeopleBySurname } from './same-person';
import { termKey } from './term-key';
import { sameTerm } from './same-term';
import { rangeOf, whenOf } from './date-range';

const statement = (overrides: Partial<KnownDocument> = {}): KnownDocument => ({
  id: 'document:statement-abc',
  documentType: 'statement',
  issuers: ['person:vladimir-putin', 'person:donald-trump'],
  ...overrides,
});
const seedStatement: KnownDocument = {
  id: 'document:joint-statement',
  documentType: 'joint statement',
  date: '2017-11-11',
  dateInferred: true,
  issuers: ['person:vladimir-putin', 'person:donald-trump'],
};
const meeting = (overrides: Partial<KnownEvent> = {}): KnownEvent => ({
  id: 'event:meeting-abc',
  eventType: 'meeting',
  participants: ['person:vladimir-putin', 'person:donald-trump'],
  organizers: [],
  places: [],
  ...overrides,
});

describe('dates', () => {
  it('covers the days a value names at its precision', () => {
    expect(rangeOf('2017-02')).toEqual({ from: '2017-02-01', to: '2017-02-28' });
    expect(rangeOf('2016')).toEqual({ from: '2016-01-01', to: '2016-12-31' });
  });
  it('reads an undated thing as the week before its first report', () => {
    expect(whenOf({ firstReported: '2017-11-12' })).toEqual({ from: '2017-11-05', to: '2017-11-12' });
    expect(whenOf({})).toBeUndefined();
  });
});

describe('the same document', () => {
  it('is an undated "statement" by the same issuers reported the day it was issued', () => {
    const match = sameDocument(statement(), seedStatement, '2017-11-12');
    expect(match).toMatchObject({ id: 'document:joint-statement' });
    expect(match?.reason).toContain('issued by person:vladimir-putin, person:donald-trump');
  });
  it('is one whose issuers are among the known issuers, or the reverse', () => {
    expect(sameDocument(statement({ issuers: ['person:donald-trump'] }), seedStatement, '2017-11-11')).toBeDefined();
  });
  it('is not a statement by other issuers, of another kind, or of another year', () => {
    expect(sameDocument(statement({ issuers: ['person:xi-jinping'] }), seedStatement, '2017-11-11')).toBeUndefined();
    expect(sameDocument(statement({ documentType: 'agreement' }), seedStatement, '2017-11-11')).toBeUndefined();
    expect(sameDocument(statement(), seedStatement, '2018-07-16')).toBeUndefined();
    expect(
      sameDocument(statement({ issuers: ['person:vladimir-putin', 'person:xi-jinping'] }), seedStatement, '2017-11-11'),
    ).toBeUndefined();
  });
  it('is a recording by the same speaker only when both are of one day: one speaker releases many', () => {
    const audio = (date?: string): KnownDocument => ({
      id: `document:audio-message-${date ?? 'undated'}`,
      documentType: 'audio message',
      issuers: ['person:yevgeny-prigozhin'],
      ...(date ? { date } : {}),
    });
    expect(
      sameDocument(audio('2023-06-26'), { ...audio('2023-06-26'), id: 'document:known-audio' }, '2023-06-27'),
    ).toMatchObject({ id: 'document:known-audio' });
    expect(sameDocument(audio(), { ...audio('2023-06-24'), id: 'document:known-audio' }, '2023-06-27')).toBeUndefined();
    expect(sameDocument(audio('2023-06-26'), { ...audio(), id: 'document:known-audio' }, '2023-06-27')).toBeUndefined();
  });
  it('is a known statement when the article calls it only "the document" or "the agreement" it reports', () => {
    expect(sameDocument(statement({ documentType: 'document' }), seedStatement, '2017-11-11')).toMatchObject({
      id: 'document:joint-statement',
    });
    expect(compatibleKinds('document', 'joint statement')).toBe(true);
    expect(compatibleKinds('agreement', 'joint statement')).toBe(false);
    expect(compatibleKinds('document', 'communiqué')).toBe(true);
    // "The document" of a summit is its statement, not a contract or memorandum signed there.
    expect(compatibleKinds('document', 'contract')).toBe(false);
    expect(compatibleKinds('memorandum', 'document')).toBe(false);
  });
  it('is, named without its issuers, a known one whose every issuer the article names', () => {
    const named = new Set(['person:vladimir-putin', 'person:donald-trump', 'country:syria']);
    const match = documentByNamedIssuers(statement({ issuers: [] }), seedStatement, named, '2017-11-13');
    expect(match).toMatchObject({ id: 'document:joint-statement' });
    expect(match!.score).toBeGreaterThanOrEqual(DOUBT_BELOW);
  });
  it('is only a doubt, named without its issuers, when the article names some of them, and nothing when none', () => {
    const some = documentByNamedIssuers(
      statement({ issuers: [] }),
      seedStatement,
      new Set(['person:donald-trump']),
      '2017-11-13',
    );
    expect(some!.score).toBeLessThan(DOUBT_BELOW);
    expect(
      documentByNamedIssuers(statement({ issuers: [] }), seedStatement, new Set(['person:xi-jinping']), '2017-11-13'),
    ).toBeUndefined();
    expect(
      documentByNamedIssuers(
        statement({ issuers: [] }),
        seedStatement,
        new Set(['person:vladimir-putin', 'person:donald-trump']),
        '2018-07-16',
      ),
    ).toBeUndefined();
  });
  it('compares the head noun of document types', () => {
    expect(headNoun('Joint Communiqué')).toBe('communique');
  });
});

describe('an incident known by its place', () => {
  const capture = meeting({
    id: 'event:capture-a-v1',
    eventType: 'capture',
    date: '2020-11-08',
    participants: ['country:azerbaijan'],
    places: ['place:shusha'],
  });
  it('is the war, strike or capture at the same place in the same year, another outlet reports', () => {
    const report = { ...capture, id: 'event:capture-b-v1', date: undefined, participants: [] };
    expect(sameEvent(report, capture, '2020-11-12')).toMatchObject({ id: capture.id });
    const war = meeting({
      id: 'event:war-a-1',
      eventType: 'war',
      date: '2020-09-27',
      places: ['place:nagorno-karabakh'],
      participants: [],
    });
    expect(sameEvent({ ...war, id: 'event:war-b-1' }, war, '2020-11-12')).toMatchObject({ id: war.id });
  });
  it('is never an incident of another kind the article names the place of', () => {
    const downing = meeting({ id: 'event:downing-b-v1', eventType: 'downing', date: '2020-11-09', participants: [] });
    expect(attackByNamedActors(downing, capture, new Set(['place:shusha']), '2020-11-12')).toBeUndefined();
  });
});

describe('the same event', () => {
  const chat: KnownEvent = meeting({
    id: 'event:apec-group-photo-chat',
    eventType: 'informal conversation',
    date: '2017-11-11',
  });
  it('is a meeting of the same two people that another outlet calls a conversation, the same day', () => {
    expect(sameEvent(meeting({ date: '2017-11-11' }), chat, '2017-11-11')).toMatchObject({ id: chat.id });
  });
  it('is not a meeting of the same people months apart, or one that was not held', () => {
    expect(sameEvent(meeting({ date: '2017-07' }), chat, '2017-11-11')).toBeUndefined();
    expect(sameEvent(meeting({ date: '2017-11-11', status: 'NOT_HELD' }), chat, '2017-11-11')).toBeUndefined();
  });
  it('needs two shared participants, or the same organizer', () => {
    expect(
      sameEvent(meeting({ participants: ['person:vladimir-putin', 'person:xi-jinping'] }), chat, '2017-11-11'),
    ).toBeUndefined();
    const summit = meeting({ eventType: 'summit', participants: [], organizers: ['organization:apec'] });
    const known = { ...summit, id: 'event:apec-summit-2017', date: '2017-11', eventType: 'summit' };
    expect(sameEvent(summit, known, '2017-11-10')).toMatchObject({ id: 'event:apec-summit-2017' });
    expect(sameEvent(summit, known, '2018-11-10')).toBeUndefined();
  });
  it('is a press conference of the same speaker in the same days, and never a summit for it', () => {
    const press = meeting({ eventType: 'press conference', participants: ['person:donald-trump'] });
    const known = { ...press, id: 'event:press-conference-a', firstReported: '2017-11-10' };
    expect(sameEvent(press, known, '2017-11-12')).toMatchObject({ id: known.id });
    expect(sameEvent({ ...press, participants: ['person:vladimir-putin'] }, known, '2017-11-12')).toBeUndefined();
    expect(eventFamily('press conference')).not.toBe(eventFamily('summit'));
    expect(eventFamily('plenary session')).toBe(eventFamily('summit'));
    expect(eventFamily('plenary session')).not.toBe(eventFamily('meeting'));
  });
  it('is, named without who took part, a known one whose participants the article names, in the same days', () => {
    const known = meeting({
      id: 'event:summit-trump-kim-a',
      eventType: 'summit',
      date: '2018-06-12',
      participants: ['person:donald-trump', 'person:kim-jong-un'],
    });
    const own = meeting({
      id: 'event:singapore-summit-2018',
      eventType: 'summit',
      participants: [],
      places: ['country:singapore'],
    });
    const both = new Set(['person:donald-trump', 'person:kim-jong-un']);
    const match = eventByNamedParticipants(own, known, both, '2018-06-13');
    expect(match).toMatchObject({ id: known.id });
    expect(match!.score).toBeGreaterThanOrEqual(DOUBT_BELOW);
    expect(eventByNamedParticipants(own, known, new Set(['person:donald-trump']), '2018-06-13')).toBeUndefined();
    expect(eventByNamedParticipants(own, known, both, '2019-02-28')).toBeUndefined();
    expect(
      eventByNamedParticipants(
        { ...own, places: ['country:vietnam'] },
        { ...known, places: ['country:singapore'] },
        both,
        '2018-06-13',
      ),
    ).toBeUndefined();
  });
  it('is a summit of exactly the same leaders on its day for their talks, but not a summit with others', () => {
    const talks = meeting({ id: 'event:talks-a', eventType: 'talks', date: '2021-06-16', places: ['place:geneva'] });
    const summit = { ...talks, id: 'event:geneva-summit-2021', eventType: 'summit' };
    expect(sameEvent(talks, summit, '2021-06-17')).toMatchObject({ id: summit.id });
    expect(sameEvent(summit, { ...talks, id: 'event:talks-b' }, '2021-06-17')).toMatchObject({ id: 'event:talks-b' });
    // Talks on the sidelines of a summit of many; talks of another day.
    const many = { ...summit, participants: [...summit.participants, 'person:xi-jinping'] };
    expect(sameEvent(talks, many, '2021-06-17')).toBeUndefined();
    expect(sameEvent({ ...talks, date: '2021-06-15' }, summit, '2021-06-17')).toBeUndefined();
    expect(sameEvent({ ...talks, date: '2021-06' }, { ...summit, date: '2021-06' }, '2021-06-17')).toBeUndefined();
  });
  it('takes two cities or two countries for a contradiction, never a city and a country', () => {
    expect(placesContradict(['place:helsinki'], ['place:da-nang'])).toBe(true);
    expect(placesContradict(['place:salisbury'], ['country:united-kingdom'])).toBe(false);
    expect(placesContradict(['place:salisbury'], [])).toBe(false);
  });
  it('is never a summit for a meeting, nor an event in another place', () => {
    expect(eventFamily('summit')).not.toBe(eventFamily('bilateral meeting'));
    expect(eventFamily('talks')).toBe(eventFamily('bilateral meeting'));
    const inHelsinki = meeting({ places: ['place:helsinki'], date: '2017-11-11' });
    expect(sameEvent(inHelsinki, { ...chat, places: ['place:da-nang'] }, '2017-11-11')).toBeUndefined();
  });
});

describe('choosing among candidates', () => {
  it('takes none when two different candidates score alike', () => {
    expect(
      bestMatch([
        { id: 'a', score: 0.8, reason: '' },
        { id: 'b', score: 0.78, reason: '' },
      ]),
    ).toBeUndefined();
    expect(
      bestMatch([
        { id: 'a', score: 0.9, reason: '' },
        { id: 'b', score: 0.6, reason: '' },
      ]),
    ).toMatchObject({ id: 'a' });
  });

  it('keeps the candidates it could not choose between as doubts, and none when it chose', () => {
    const tied = [
      { id: 'a', score: 0.8, reason: 'first' },
      { id: 'b', score: 0.78, reason: 'second' },
      { id: 'c', score: 0.5, reason: 'far behind' },
      { id: 'a', score: 0.79, reason: 'again' },
    ];
    expect(tiedMatches(tied).map((m) => m.id)).toEqual(['a', 'b']);
    expect(
      tiedMatches([
        { id: 'a', score: 0.9, reason: '' },
        { id: 'b', score: 0.6, reason: '' },
      ]),
    ).toEqual([]);
    expect(tiedMatches([])).toEqual([]);
  });
});

describe('a person named by surname alone', () => {
  const known = [
    { id: 'person:john-bolton', name: 'John Bolton' },
    { id: 'person:sergey-lavrov', name: 'Sergey Lavrov' },
    { id: 'person:kirill-lavrov', name: 'Kirill Lavrov' },
    { id: 'person:bashar-al-assad', name: 'Bashar al-Assad' },
  ];
  it('is the one known person of that surname', () => {
    expect(personBySurname({ id: 'person:bolton', name: 'Bolton' }, known)).toMatchObject({ id: 'person:john-bolton' });
  });
  it('is the one known person whose family name it is without its Arabic article ("Assad", "al-Assad")', () => {
    expect(personBySurname({ id: 'person:assad', name: 'Assad' }, known)).toMatchObject({
      id: 'person:bashar-al-assad',
    });
  });
  it('is nobody when two known people share it, or when the name is a full name', () => {
    expect(personBySurname({ id: 'person:lavrov', name: 'Lavrov' }, known)).toBeUndefined();
    expect(personBySurname({ id: 'person:jane-bolton', name: 'Jane Bolton' }, known)).toBeUndefined();
  });
  it('is a doubt between each known person of that surname when several bear it', () => {
    expect(possiblePeopleBySurname({ id: 'person:lavrov', name: 'Lavrov' }, known)).toEqual([
      {
        id: 'person:sergey-lavrov',
        score: 0.35,
        reason: '"Lavrov" is the surname of Sergey Lavrov, one of 2 known people bearing it',
      },
      {
        id: 'person:kirill-lavrov',
        score: 0.35,
        reason: '"Lavrov" is the surname of Kirill Lavrov, one of 2 known people bearing it',
      },
    ]);
    expect(possiblePeopleBySurname({ id: 'person:bolton', name: 'Bolton' }, known)).toEqual([]);
  });
});

describe('concept keys', () => {
  it('survive word order, demonyms and the several names of one conflict', () => {
    const key = termKey('Syrian conflict');
    for (const name of ['conflict in Syria', 'Syria crisis', 'the Syrian civil war', 'Syria war'])
      expect(termKey(name)).toBe(key);
    expect(termKey('de-escalation zone')).toBe(termKey('De-escalation zones'));
  });
  it('keep apart concepts of other countries or other kinds', () => {
    expect(termKey('Syrian conflict')).not.toBe(termKey('Yemeni conflict'));
    expect(termKey('Geneva process')).not.toBe(termKey('Astana process'));
  });
  it('join an organization written with a demonym or a possessive, and only one of the same kind', () => {
    const russias = {
      id: 'organization:russias-foreign-ministry',
      kind: 'Organization' as const,
      name: "Russia's Foreign Ministry",
      aliases: [],
    };
    const russian = {
      id: 'organization:russian-foreign-ministry',
      kind: 'Organization' as const,
      name: 'Russian Foreign Ministry',
      aliases: [],
    };
    expect(sameTerm(russias, russian)).toMatchObject({ id: russian.id });
    expect(sameTerm(russias, { ...russian, kind: 'Concept' })).toBeUndefined();
    expect(termKey('UN Security Council')).not.toBe(termKey('National Security Council'));
  });
  it('make an alias of a known concept count', () => {
    expect(
      sameTerm(
        { id: 'concept:syria-war', kind: 'Concept', name: 'Syria war', aliases: [] },
        { id: 'concept:syrian-conflict', kind: 'Concept', name: 'Syrian conflict', aliases: ['Syrian crisis'] },
      ),
    ).toMatchObject({ id: 'concept:syrian-conflict' });
  });
});
