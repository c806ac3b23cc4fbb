import { AppError } from '../errors';
import { segmentSentences } from '../vocabulary/segment-sentences';
import { extractArticle, type ArticleInput } from './extract-article';
import { findDates } from './find-dates';
import { baseGazetteer, withGraphEntries, type GazetteerEntry } from './gazetteer';
import { nameKey } from './name-key';

const article = (text: string, publishedOn = '2017-11-11'): ArticleInput => ({ text, publishedOn, origin: 'test.txt' });
const seedPeople: GazetteerEntry[] = [
  {
    id: 'person:sergey-lavrov',
    kind: 'Person',
    name: 'Sergey Lavrov',
    aliases: ['Lavrov'],
    demonyms: [],
    origin: 'graph',
  },
];

function entityOf(text: string, words: string, gazetteer = baseGazetteer()): { id: string; kind: string } | undefined {
  const file = extractArticle(article(text), gazetteer);
  const entity = file.entities.find((e) => e.mentions.some((m) => m.text === words));
  return entity && { id: entity.id, kind: entity.kind };
}

/** The entities of one kind extracted from a text under a headline. */
function entitiesOfKind(text: string, kind: string, publishedOn: string) {
  return extractArticle(article(`Headline\n${text}`, publishedOn), baseGazetteer()).entities.filter(
    (e) => e.kind === kind,
  );
}

/** The quotes extracted from a text, each with its speaker. */
function quotesOf(text: string, publishedOn?: string): [string, string | null | undefined][] {
  return extractArticle(article(text, publishedOn), baseGazetteer()).quotes.map((q) => [q.text, q.speaker]);
}

/** The roles extracted from a text: who, which title, whose post. */
function rolesOf(
  text: string,
  gazetteer: readonly GazetteerEntry[] = baseGazetteer(),
  publishedOn?: string,
): unknown[][] {
  return extractArticle(article(text, publishedOn), gazetteer)
    .relationships.filter((r) => r.type === 'HOLDS_ROLE')
    .map((r) => [r.from, r.title, r.to]);
}

/** The concepts extracted from a text, each with the words of its mentions. */
function conceptsOf(text: string): [string, string[]][] {
  return extractArticle(article(text), baseGazetteer())
    .entities.filter((e) => e.kind === 'Concept')
    .map((e) => [e.name, e.mentions.map((m) => m.text)]);
}

describe('people', () => {
  const people = (text: string) =>
    extractArticle(article(text), baseGazetteer())
      .entities.filter((e) => e.kind === 'Person')
      .map((e) => e.name)
      .sort();

  it('takes no one from the words of a Title Case headline, a byline or a pronoun', () => {
    const text =
      'Harbour Expansion Plan Faces Integrity Questions, Say Residents\nBy Jane Holloway\n' +
      'Mayor Ana Costa defended the plan on Monday. He said it was "fair", Costa added.';
    expect(people(text)).toEqual(['Ana Costa']);
  });

  it('takes a titled name whose surname is a country’s name for a person, and the country elsewhere', () => {
    const text = 'Headline\n"Be patient," said Prime Minister Luis Montenegro. Montenegro and Serbia sent help.';
    expect(people(text)).toEqual(['Luis Montenegro']);
    expect(entityOf(text, 'Serbia')).toEqual({ id: 'country:serbia', kind: 'Country' });
    const file = extractArticle(article(text), baseGazetteer());
    expect(file.entities.find((e) => e.id === 'country:montenegro')?.mentions.map((m) => m.start)).toEqual([
      text.indexOf('Montenegro and'),
    ]);
  });

  it('takes a capital’s name that is the first name of a named person for the person, and no place', () => {
    const text = 'Headline\nUS diplomat Victoria Nuland arrived in Kyiv. Jordan Peterson said so. Jordan agreed.';
    expect(people(text)).toEqual(['Jordan Peterson', 'Victoria Nuland']);
    const file = extractArticle(article(text), baseGazetteer());
    expect(file.entities.some((e) => e.id === 'country:seychelles' || e.id === 'place:victoria')).toBe(false);
    expect(file.entities.find((e) => e.id === 'country:jordan')?.mentions.map((m) => m.text)).toEqual(['Jordan']);
  });

  it('keeps a name from a headline that the article names again in running text', () => {
    expect(people('Costa Defends Harbour Plan\nMayor Ana Costa spoke. Costa said it was fair.')).toEqual(['Ana Costa']);
  });

  it('takes a name after a possessive owner or before "who" for a person, but not an institution', () => {
    const text =
      "Headline\nKang will meet Japan's Taro Kono. Iran's Revolutionary Guards seized a ship. " +
      'The Labour leader, Jeremy Corbyn, called for calm. Theresa May, who leaves office soon, chaired a meeting.';
    expect(people(text)).toEqual(['Jeremy Corbyn', 'Taro Kono', 'Theresa May']);
  });

  it('reads a family name written first, alone, as the one person bearing it, and leaves it when two do', () => {
    const one = 'Trump and Kim meet\nDonald Trump met Kim Jong Un. Trump said Kim had asked for more.';
    const mentions = (text: string) =>
      extractArticle(article(text), baseGazetteer())
        .entities.filter((e) => e.kind === 'Person')
        .map((e) => [e.id, e.mentions.map((m) => m.text)]);
    expect(mentions(one)).toEqual([
      ['person:donald-trump', ['Trump', 'Donald Trump', 'Trump']],
      ['person:kim-jong-un', ['Kim', 'Kim Jong Un', 'Kim']],
    ]);
    // Nor when the graph knows another person bearing it.
    const kimJongUn: GazetteerEntry = { ...seedPeople[0]!, id: 'person:kim-jong-un', name: 'Kim Jong Un', aliases: [] };
    const withGraph = extractArticle(
      article('Headline\nKim Yong-chol, who met Pompeo, said no. Kim later left for home.'),
      [...baseGazetteer(), kimJongUn],
    ).entities.find((e) => e.id === 'person:kim-yong-chol');
    expect(withGraph?.mentions.map((m) => m.text)).toEqual(['Kim Yong-chol']);
    expect(mentions(`${one} "No deal," spokesman Kim Eui-kyeom said. Kim left.`)).toEqual([
      ['person:donald-trump', ['Trump', 'Donald Trump', 'Trump']],
      ['person:kim-jong-un', ['Kim Jong Un']],
      ['person:kim-eui-kyeom', ['Kim Eui-kyeom']],
    ]);
  });

  it('reads a titled family name as the one person the gazetteer knows in that post, whoever else bears it', () => {
    const people = extractArticle(
      article(
        'Headline\nChairman Kim made commitments on Tuesday. Kim Yong-chol and I have a good working relationship, ' +
          'Mike Pompeo said.',
        '2018-06-14',
      ),
      baseGazetteer(),
    ).entities.filter((e) => e.kind === 'Person');
    expect(people.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['person:kim-jong-un', ['Kim']],
      ['person:kim-yong-chol', ['Kim Yong-chol']],
      ['person:mike-pompeo', ['Mike Pompeo']],
    ]);
  });

  it('reads a family name without its Arabic article as the person, and no person in the first words of a known name', () => {
    const people = extractArticle(
      article(
        'Headline\nSyrian President Bashar al-Assad met Egyptian President Abdel Fattah al-Sisi. Assad said no. ' +
          'Sisi said yes.',
        '2021-05-21',
      ),
      baseGazetteer(),
    ).entities.filter((e) => e.kind === 'Person');
    expect(people.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['person:bashar-al-assad', ['Bashar al-Assad', 'Assad']],
      ['person:abdel-fattah-el-sisi', ['Abdel Fattah al-Sisi', 'Sisi']],
    ]);
    const titled = extractArticle(article('Headline\nPresident Assad said no.', '2021-05-21'), baseGazetteer());
    expect(titled.entities.filter((e) => e.kind === 'Person').map((e) => e.id)).toEqual(['person:bashar-al-assad']);
  });

  it('names a relative by first name with the surname of the person before, and that first name later', () => {
    const text =
      'Headline\nSergei Skripal and his daughter Yulia were found in Salisbury. Yulia is recovering. ' +
      'Donald Trump’s wife, Melania, spoke. His son Barron Trump did not.';
    const file = extractArticle(article(text), baseGazetteer());
    const mentions = (id: string) => file.entities.find((e) => e.id === id)?.mentions.map((m) => m.text);
    expect(mentions('person:yulia-skripal')).toEqual(['Yulia', 'Yulia']);
    expect(mentions('person:melania-trump')).toEqual(['Melania']);
    expect(people(text)).toEqual(['Barron Trump', 'Donald Trump', 'Melania Trump', 'Sergei Skripal', 'Yulia Skripal']);
  });

  it("takes police forces, hospitals and agencies for organizations, and a title word inside a body's name for none", () => {
    const text =
      'Salford chemical scare: live updates\n08:15 Greater Manchester Police declared a major incident. ' +
      'A spokesman for Salford Royal Hospital said both were stable. Public Health England has sent a team. ' +
      'Local MP Rebecca Long-Bailey said: "Thinking of everyone affected." The President of the Russian Federation spoke.';
    const file = extractArticle(article(text), baseGazetteer());
    expect(people(text)).toEqual(['Rebecca Long-Bailey']);
    expect(entityOf('Headline\nTrump spoke in the Oval Office on June 14.', 'Oval Office')?.id).toBe(
      'organization:oval-office',
    );
    expect(file.entities.filter((e) => e.kind === 'Organization').map((e) => e.name)).toEqual([
      'Greater Manchester Police',
      'Salford Royal Hospital',
    ]);
    // A headline that names a place before a colon is no transcript line.
    expect(file.quotes.map((q) => q.text)).toEqual(['Thinking of everyone affected.']);
  });

  it('takes a name a description of a person follows for a person, and a title that opens the next clause for none', () => {
    const text =
      'Headline\nTigran Avetisyan, a retired engineer, stayed. Gohar Melkonyan, 34, left.\n' +
      'The fighting over Artsakh, the Armenian prime minister announced, is over.\n' +
      'Anna Petrova, a fellow at Carnegie Europe who has written on the region, disagrees.\n' +
      'Laurence Broers of Chatham House says the deal is fragile.';
    expect(entityOf(text, 'Tigran Avetisyan')?.kind).toBe('Person');
    expect(entityOf(text, 'Gohar Melkonyan')?.kind).toBe('Person');
    expect(entityOf(text, 'Artsakh')?.kind).not.toBe('Person');
    expect(entityOf(text, 'Carnegie Europe')?.kind).toBe('Organization');
    expect(entityOf(text, 'Chatham House')?.kind).toBe('Organization');
  });

  it('leaves capitalised common words before a first name out of the name ("Leading Economist Sergei Guriev")', () => {
    const people = extractArticle(
      article(
        'Headline\nLeading Economist Sergei Guriev said the deficit would widen. Grace Mugabe and Mark Anthony ' +
          'Smith spoke.',
      ),
      baseGazetteer(),
    ).entities.filter((e) => e.kind === 'Person');
    expect(people.map((e) => e.name)).toEqual(['Sergei Guriev', 'Grace Mugabe', 'Mark Anthony Smith']);
  });

  it('takes a full name a description of a person precedes for a person, but not after a plural', () => {
    const text =
      'Headline\nThe plot targeted the Bulgarian arms dealer Emilian Gebrev last year.\n' +
      'Witnesses say the speaker of parliament, Ararat Mirzoyan, was beaten.\n' +
      'The meeting of officials Tigran Hall followed.';
    expect(entityOf(text, 'Emilian Gebrev')?.kind).toBe('Person');
    expect(entityOf(text, 'Ararat Mirzoyan')?.kind).toBe('Person');
    expect(entityOf(text, 'Tigran Hall')).toBeUndefined();
  });

  it('takes an honorific and a name after "in" for a neighbourhood, not a person, unless it owns something', () => {
    const text =
      'Headline\nFamilies in Sheikh Jarrah protested. In Sheikh Jarrah, police came. Sheikh Tamim said no. ' +
      "In Sheikh Tamim's view it failed.";
    const people = extractArticle(article(text, '2021-05-21'), baseGazetteer()).entities.filter(
      (e) => e.kind === 'Person',
    );
    expect(people.map((e) => [e.name, e.mentions.length])).toEqual([['Tamim', 2]]);
  });

  it('never keeps a title, singular or plural, as part of a name', () => {
    const text =
      'Headline\nPresidents Macron spoke. National Security Advisor Jake Sullivan said the talks were useful.';
    expect(people(text)).toEqual(['Jake Sullivan', 'Macron']);
  });
});

describe('entity mentions', () => {
  it('reads a demonym the graph keeps as an alias as a demonym still ("23 Russian diplomats")', () => {
    const russiaInGraph: GazetteerEntry = {
      id: 'country:russia',
      kind: 'Country',
      name: 'Russia',
      aliases: ['Russian', 'Moscow'],
      demonyms: [],
      origin: 'graph',
    };
    const text = 'Headline\nBritain expelled 23 Russian diplomats on Wednesday.';
    const expulsions = extractArticle(article(text), withGraphEntries(baseGazetteer(), [russiaInGraph]))
      .entities.filter((e) => e.eventType === 'expulsion')
      .map((e) => e.id);
    expect(expulsions).toEqual(['event:expulsion-of-russia-diplomats-by-united-kingdom-2017']);
  });

  it('finds countries by name, short form and demonym, and organizations by acronym', () => {
    const text = 'Headline\nRussian and US forces are fighting ISIS near the Syrian border, the UN said.';
    expect(entityOf(text, 'Russian')).toEqual({ id: 'country:russia', kind: 'Country' });
    expect(entityOf(text, 'US')).toEqual({ id: 'country:united-states', kind: 'Country' });
    expect(entityOf(text, 'ISIS')).toEqual({ id: 'organization:islamic-state', kind: 'Organization' });
    expect(entityOf(text, 'UN')).toEqual({ id: 'organization:united-nations', kind: 'Organization' });
  });

  it('gives a demonym a state shares with a territory to the state ("French", "American")', () => {
    const text = 'Headline\nAmerican officials, Indian diplomats and French envoys met in Oslo.';
    expect(['American', 'Indian', 'French'].map((words) => entityOf(text, words)?.id)).toEqual([
      'country:united-states',
      'country:india',
      'country:france',
    ]);
  });

  it('reads "the Czech government", then "the government", as the country; its army stays a body', () => {
    const file = extractArticle(
      article('Headline\nThe Czech government expelled 18 diplomats. The government said the Czech army agreed.'),
      baseGazetteer(),
    );
    expect(file.entities.map((e) => [e.id, e.kind, e.mentions.map((m) => m.text)])).toEqual([
      ['country:czechia', 'Country', ['Czech', 'The government', 'Czech']],
      ['organization:czechia-army', 'Organization', ['Czech army']],
    ]);
  });

  it("reads a bare parliament and opposition as the story country's, and a parliament as the country named just before", () => {
    const story = extractArticle(
      article(
        'Headline\nGeorgia held a vote. Georgia counted it. Georgia waits. The opposition walked out of parliament.',
      ),
      baseGazetteer(),
    );
    expect(
      story.entities.filter((e) => e.kind === 'Organization').map((e) => [e.name, e.mentions.map((m) => m.text)]),
    ).toEqual([
      ['Georgia opposition', ['The opposition']],
      ['Georgia parliament', ['parliament']],
    ]);
    // Three countries, none the story's: the parliament is of the one named just before it; an
    // opposition is too often no country's to be read so.
    const several = extractArticle(
      article(
        'Headline\nRussia and Azerbaijan signed. Russia sent troops. For the Armenian prime minister the deal may ' +
          'prove fatal: protesters broke into parliament, and the opposition called a session.',
      ),
      baseGazetteer(),
    );
    expect(
      several.entities.filter((e) => e.kind === 'Organization').map((e) => [e.name, e.mentions.map((m) => m.text)]),
    ).toEqual([['Armenia parliament', ['parliament']]]);
  });

  it('reads a city-state named as its capital as the country', () => {
    const text = 'Headline\nThe leaders met in Singapore on Tuesday, and Monaco sent its regrets.';
    expect(entityOf(text, 'Singapore')).toEqual({ id: 'country:singapore', kind: 'Country' });
    expect(entityOf(text, 'Monaco')).toEqual({ id: 'country:monaco', kind: 'Country' });
  });

  it('reads a capital as its government when it acts, and as a city where something happens', () => {
    const text = 'Headline\nMoscow and Washington reiterated their commitment. The talks took place in Moscow.';
    const file = extractArticle(article(text), baseGazetteer());
    const moscow = file.entities.filter((e) => e.mentions.some((m) => m.text === 'Moscow')).map((e) => e.id);
    expect(moscow.sort()).toEqual(['country:russia', 'place:moscow']);
  });

  it("reads a capital next to a verb, or owning a state's things, as its government; the graph's city too", () => {
    const text =
      'Headline\nBritain said Moscow failed to explain the attack. May gave Moscow until midnight. ' +
      "London's case was strong. Pompeo will travel to Seoul and Beijing. The Moscow talks ended. " +
      'Kim had left Pyongyang on Sunday. Baku apologised to Moscow. Ankara, Baku’s closest ally, is celebrating. ' +
      'Seoul tried to please Beijing.';
    const readings = (gazetteer: GazetteerEntry[]) => {
      const file = extractArticle(article(text), gazetteer);
      return file.entities
        .flatMap((e) => e.mentions.map((m) => [m.start, `${m.text} ${e.id}`] as const))
        .filter(([, words]) => /^(?:Moscow|London|Seoul|Beijing|Pyongyang|Baku|Ankara) /.test(words))
        .sort(([a], [b]) => a - b)
        .map(([, words]) => words);
    };
    const expected = [
      'Moscow country:russia',
      'Moscow country:russia',
      'London country:united-kingdom',
      'Seoul place:seoul',
      'Beijing place:beijing',
      'Moscow place:moscow',
      'Pyongyang place:pyongyang',
      'Baku country:azerbaijan',
      // Apologised to, not travelled to; acting past an apposition; a state's ally.
      'Moscow country:russia',
      'Ankara country:turkiye',
      'Baku country:azerbaijan',
      'Seoul country:south-korea',
      'Beijing country:china',
    ];
    expect(readings(baseGazetteer())).toEqual(expected);
    // The graph's node for a capital does not say it is one; the base gazetteer does.
    const cityNodes: GazetteerEntry[] = ['Moscow', 'London', 'Seoul', 'Beijing', 'Pyongyang'].map((name) => ({
      id: `place:${name.toLowerCase()}`,
      kind: 'Place',
      name,
      aliases: [],
      demonyms: [],
      origin: 'graph',
    }));
    expect(readings([...baseGazetteer(), ...cityNodes])).toEqual(expected);
  });

  it('keeps the capital rule when the graph lists the capital as its country’s alias', () => {
    const russiaInTheGraph: GazetteerEntry = {
      id: 'country:russia',
      kind: 'Country',
      name: 'Russia',
      aliases: ['Russian Federation', 'Moscow'],
      demonyms: [],
      origin: 'graph',
    };
    const text =
      'Headline\nMoscow demands an answer. Lavrov spoke at a news conference in Moscow. Has Moscow asked for talks?';
    const file = extractArticle(article(text), [...baseGazetteer(), russiaInTheGraph]);
    const readings = file.entities.flatMap((e) =>
      e.mentions.filter((m) => m.text === 'Moscow').map((m) => ({ at: m.start, id: e.id })),
    );
    expect(readings.sort((a, b) => a.at - b.at).map((r) => r.id)).toEqual([
      'country:russia',
      'place:moscow',
      'country:russia',
    ]);
  });

  it('takes concepts of the shipped vocabulary, a qualified one with what it is about and referred back to', () => {
    expect(
      conceptsOf(
        'Headline\nThe EU imposed new sanctions on Iran over its missile programme. The sanctions take effect at once. ' +
          'Both sides spoke of human rights and a military-grade nerve agent called Novichok; the nerve agent was rare.',
      ),
    ).toEqual([
      ['Sanctions on Iran', ['sanctions on Iran', 'sanctions']],
      ['Human rights', ['human rights']],
      ['Novichok', ['military-grade nerve agent', 'Novichok', 'nerve agent']],
    ]);
    // Alone, "sanctions", "a ceasefire" and "a nerve agent" are about nothing the article says.
    expect(conceptsOf('Headline\nSanctions and a ceasefire were discussed, and a nerve agent was found.')).toEqual([]);
  });

  it('takes a weapon system by its model name, but not a model name that is also a person’s alone', () => {
    expect(
      conceptsOf(
        'Headline\nRussia fired Kalibr cruise missiles. The rebels had Grad rocket launchers and Tochka-U missiles. ' +
          'A grad student and Iskander Khalilov spoke.',
      ),
    ).toEqual([
      ['Kalibr cruise missile', ['Kalibr cruise missiles']],
      ['Grad multiple rocket launcher', ['Grad rocket launchers']],
      ['Tochka-U tactical ballistic missile', ['Tochka-U missiles']],
    ]);
  });

  it('takes a concept named alone as about the one place the article qualifies its other concepts by', () => {
    expect(
      conceptsOf(
        'Headline\nThey agreed a ceasefire in eastern Ukraine. Kyiv is to grant an amnesty and hold local elections.',
      ),
    ).toEqual([
      ['Ceasefire of eastern Ukraine', ['ceasefire in eastern Ukraine']],
      ['Amnesty of eastern Ukraine', ['amnesty']],
      ['Local elections of eastern Ukraine', ['local elections']],
    ]);
    // Concepts about two places: the one named alone is about neither.
    expect(
      conceptsOf(
        'Headline\nThey agreed a ceasefire in eastern Ukraine and sanctions on Iran. Kyiv is to grant an amnesty.',
      ),
    ).toEqual([
      ['Ceasefire of eastern Ukraine', ['ceasefire in eastern Ukraine']],
      ['Sanctions on Iran', ['sanctions on Iran']],
    ]);
  });

  it('takes a concept about a region ("a ceasefire in eastern Ukraine") and a plan known by a name', () => {
    expect(
      conceptsOf(
        'Headline\nThey agreed a ceasefire in eastern Ukraine and a prisoner swap with Russia. The ceasefire starts ' +
          'soon. Ukraine will write the Steinmeier formula into law. The US plan was not discussed.',
      ),
    ).toEqual([
      ['Ceasefire of eastern Ukraine', ['ceasefire in eastern Ukraine', 'ceasefire']],
      ['Prisoner exchange of Russia', ['prisoner swap with Russia']],
      ['Steinmeier formula', ['Steinmeier formula']],
    ]);
  });

  it('takes a name joined by "and" to a place or body for another of its kind, and a country\'s police', () => {
    const text =
      'Headline\nPutin urged talks with the leaders in Donetsk and Luhansk. The contract between Gazprom and ' +
      'Naftogaz expires soon. Czech police are looking for two men. Prague and Moscow disagree.';
    expect(entityOf(text, 'Luhansk')).toEqual({ id: 'place:luhansk', kind: 'Place' });
    expect(entityOf(text, 'Naftogaz')).toEqual({ id: 'organization:naftogaz', kind: 'Organization' });
    expect(entityOf(text, 'Czech police')?.kind).toBe('Organization');
  });

  it("leaves a known organization's words inside a longer name to that other body", () => {
    const text =
      'Headline\nThe National Security Council met. The Security Council met.\n' +
      'Russian Security Council members spoke. Britain asked the UN Security Council.';
    const file = extractArticle(article(text), baseGazetteer());
    const organizations = file.entities
      .filter((e) => e.kind === 'Organization')
      .map((e) => [e.id, e.mentions.map((m) => m.text)]);
    expect(organizations).toEqual([
      ['organization:national-security-council', ['National Security Council']],
      ['organization:un-security-council', ['Security Council', 'UN Security Council']],
      ['organization:russian-security-council', ['Russian Security Council']],
    ]);
  });

  it('finds UN resolutions by number and the issuing council', () => {
    const file = extractArticle(
      article('Headline\nIt cites UN Security Council resolution 2254 again.'),
      baseGazetteer(),
    );
    expect(file.entities.find((e) => e.kind === 'Document')).toMatchObject({
      id: 'document:unsc-resolution-2254',
      number: '2254',
    });
    expect(file.relationships).toContainEqual(
      expect.objectContaining({
        type: 'ISSUED',
        from: 'organization:un-security-council',
        to: 'document:unsc-resolution-2254',
      }),
    );
  });

  it('takes the short form "UNSCR 2254" for the Security Council resolution', () => {
    const file = extractArticle(article('Headline\nThe talks rest on UNSCR 2254, diplomats said.'), baseGazetteer());
    expect(file.entities.find((e) => e.kind === 'Document')).toMatchObject({
      id: 'document:unsc-resolution-2254',
      mentions: [expect.objectContaining({ text: 'UNSCR 2254' })],
    });
  });
});

describe('people, titles and resolution', () => {
  const text =
    'Headline\nRussian Foreign Minister Sergei Lavrov met Kremlin spokesman Dmitry Peskov on Monday. ' +
    'Lavrov said little. The Russian foreign minister left early.';

  it('takes the country of a title from the article or the graph when the words do not say it', () => {
    const lavrov: GazetteerEntry = {
      ...seedPeople[0]!,
      roles: [{ title: 'Foreign Minister', affiliationId: 'country:russia' }],
    };
    // A plural title before a list: each holds it, of the owner in the same place of the owners' list.
    expect(
      rolesOf('Headline\nRussian and US foreign ministers Sergey Lavrov and Rex Tillerson agreed.', baseGazetteer()),
    ).toEqual([
      ['person:sergey-lavrov', 'Foreign Minister', 'country:russia'],
      ['person:rex-tillerson', 'Foreign Minister', 'country:united-states'],
    ]);
    // A founder holds a role in the body he founded.
    expect(rolesOf('Headline\nYevgeny Prigozhin, the founder of the Wagner mercenary group, spoke.')).toEqual([
      ['person:yevgeny-prigozhin', 'Founder', 'organization:wagner-group'],
    ]);
    const alone = 'Headline\nForeign Minister Sergey Lavrov said Russia would respond.';
    // The base list of office-holders knows his post, on a day of his term only.
    expect(rolesOf(alone, baseGazetteer())).toEqual([['person:sergey-lavrov', 'Foreign Minister', 'country:russia']]);
    const before = extractArticle(article(alone, '2003-06-01'), baseGazetteer());
    expect(before.relationships.filter((r) => r.type === 'HOLDS_ROLE')).toEqual([]);
    const mutiny = extractArticle(
      article('Headline\nRussia woke up to a mutiny. The defence minister, Sergei Shoigu, was silent.', '2023-06-24'),
      baseGazetteer(),
    );
    expect(mutiny.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.title, r.to])).toEqual([
      ['person:sergei-shoigu', 'Defence Minister', 'country:russia'],
    ]);
    // "The Armenian prime minister" of 2020 is the one holder of the post, whom the article names after it.
    expect(
      extractArticle(
        article(
          'Headline\nIlham Aliyev spoke. For the Armenian prime minister the deal may prove fatal. Nikol Pashinyan left.',
          '2020-11-12',
        ),
        baseGazetteer(),
      )
        .entities.find((e) => e.id === 'person:nikol-pashinyan')
        ?.mentions.map((m) => m.text),
    ).toEqual(['the Armenian prime minister', 'Nikol Pashinyan']);
    // "The Foreign Secretary", a post only Britain has, is its one holder of the day, named after it.
    expect(
      rolesOf(
        'Headline\nBritain expelled diplomats.\nQ: The Foreign Secretary says it came from the Kremlin.\n' +
          'A: Boris Johnson does not choose his words.',
        baseGazetteer(),
        '2018-03-22',
      ),
    ).toEqual([['person:boris-johnson', 'Foreign Secretary', 'country:united-kingdom']]);
    // "The German chancellor" of 2015 is the known person named first in full, though her surname follows it.
    const minsk = extractArticle(
      article(
        'Headline\nAngela Merkel and François Hollande backed it.\nThe German chancellor, who had talked with ' +
          'Barack Obama, was cautious. "Hope," Merkel said before she and Hollande left.',
        '2015-02-12',
      ),
      baseGazetteer(),
    );
    expect(minsk.entities.find((e) => e.id === 'person:angela-merkel')?.mentions.map((m) => m.text)).toEqual([
      'Angela Merkel',
      'The German chancellor',
      'Merkel',
    ]);
    expect(rolesOf(alone, [...baseGazetteer(), lavrov])).toEqual([
      ['person:sergey-lavrov', 'Foreign Minister', 'country:russia'],
    ]);
    // Not when the article does not name the country.
    expect(rolesOf('Headline\nForeign Minister Sergey Lavrov spoke.', [...baseGazetteer(), lavrov])).toEqual([]);
    // A title only one country uses is that country's, when the article names it.
    const national = 'Headline\nSecretary of State Mike Pompeo met Foreign Secretary Boris Johnson.';
    expect(rolesOf(national, baseGazetteer())).toEqual([]);
    expect(rolesOf(`${national} Britain and the US agreed.`, baseGazetteer())).toEqual([
      ['person:mike-pompeo', 'Secretary of State', 'country:united-states'],
      ['person:boris-johnson', 'Foreign Secretary', 'country:united-kingdom'],
    ]);
  });

  it('takes the role a reference by title states: "the British Prime Minister", "the President of …"', () => {
    expect(
      rolesOf(
        'Headline\nPrime Minister Theresa May spoke on Monday. Ministers listened. ' +
          'Later the British Prime Minister left for Brussels.',
      ),
    ).toEqual([['person:theresa-may', 'Prime Minister', 'country:united-kingdom']]);
    expect(
      rolesOf('Headline\nVladimir Putin arrived. Reporters waited for the President of the Russian Federation.'),
    ).toEqual([['person:vladimir-putin', 'President', 'country:russia']]);
    // A post only Britain has, in an article that names Britain; not without it.
    const secretary = 'Headline\nBoris Johnson spoke first. The Foreign Secretary was blunt.';
    expect(rolesOf(secretary)).toEqual([]);
    expect(rolesOf(`${secretary} Britain will respond.`)).toEqual([
      ['person:boris-johnson', 'Foreign Secretary', 'country:united-kingdom'],
    ]);
    // "the leader" names no one post: no role, unless the person is known in one of its posts.
    expect(rolesOf('Headline\nIvan Petrov arrived. The Russian leader was late.')).toEqual([]);
    expect(rolesOf('Headline\nVladimir Putin arrived. The Russian leader was late.')).toEqual([
      ['person:vladimir-putin', 'President', 'country:russia'],
    ]);
  });

  it('gives a post named with a body of the country to the body ("the Russian foreign ministry spokeswoman")', () => {
    const file = extractArticle(
      article('Headline\nMaria Zakharova, the Russian foreign ministry spokeswoman, said Moscow would respond.'),
      baseGazetteer(),
    );
    const roles = file.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.title, r.to]);
    const body = file.entities.find((e) => e.kind === 'Organization')?.id;
    expect(body).toBeDefined();
    expect(roles).toEqual([['person:maria-zakharova', 'Spokeswoman', body]]);
  });

  it('refers a title that opens a paragraph to the one person the paragraph names next', () => {
    const text =
      'Headline\nVladimir Putin spoke first.\n23:20 The German chancellor, who has mediated since 2014, ' +
      'said the day was good. "The work starts tomorrow," Angela Merkel said.';
    const merkel = extractArticle(article(text), baseGazetteer()).entities.find((e) => e.id === 'person:angela-merkel');
    expect(merkel?.mentions.map((m) => m.text)).toEqual(['The German chancellor', 'Angela Merkel']);
    // Not someone the reference's own relative clause names.
    const withObama =
      'Headline\nPutin and Hollande spoke first.\nThe German chancellor, who had discussed the crisis with ' +
      'Barack Obama, was cautious. "We now have hope," Angela Merkel said.';
    const people = extractArticle(article(withObama), baseGazetteer()).entities.filter((e) => e.kind === 'Person');
    expect(people.find((e) => e.id === 'person:barack-obama')?.mentions.map((m) => m.text)).toEqual(['Barack Obama']);
    expect(people.find((e) => e.id === 'person:angela-merkel')?.mentions.map((m) => m.text)).toEqual([
      'The German chancellor',
      'Angela Merkel',
    ]);
  });

  it('refers "the Russian leader" to whom the graph knows in the post, before a title whose country is unsaid', () => {
    const putin: GazetteerEntry = {
      id: 'person:vladimir-putin',
      kind: 'Person',
      name: 'Vladimir Putin',
      aliases: ['Putin'],
      demonyms: [],
      origin: 'graph',
      roles: [{ title: 'President', affiliationId: 'country:russia' }],
    };
    const lavrov: GazetteerEntry = {
      ...seedPeople[0]!,
      roles: [{ title: 'Foreign Minister', affiliationId: 'country:russia' }],
    };
    const referredTo = (words: string, phrase: string) =>
      extractArticle(article(words), [...baseGazetteer(), putin, lavrov]).entities.find((e) =>
        e.mentions.some((m) => m.text === phrase),
      )?.id;
    expect(
      referredTo(
        'Headline\nPutin will hold talks with President Erdogan. Trump invited the Russian leader to Washington.',
        'the Russian leader',
      ),
    ).toBe('person:vladimir-putin');
    // In one sentence, a post the graph knows someone else in is theirs, not the name's just before.
    expect(
      referredTo(
        'Headline\n"It will fail," said Kirill Lavrov, a fellow at a think tank in Moscow, who is no relation to ' +
          'the Russian foreign minister.',
        'the Russian foreign minister',
      ),
    ).not.toBe('person:kirill-lavrov');
  });

  it('reads "the Russian foreign minister" as the one person named before whom the graph knows in that post', () => {
    const lavrov: GazetteerEntry = {
      ...seedPeople[0]!,
      roles: [{ title: 'Foreign Minister', affiliationId: 'country:russia' }],
    };
    const speaker = (gazetteer: GazetteerEntry[]) =>
      extractArticle(
        article(
          'Headline\nSergey Lavrov and Dmitry Peskov arrived late. "We are ready," the Russian foreign minister said.',
          // Before his term, as far as the base list of office-holders goes.
          '2003-06-01',
        ),
        gazetteer,
      ).quotes[0]?.speaker;
    expect(speaker(baseGazetteer())).not.toBe('person:sergey-lavrov');
    expect(speaker([...baseGazetteer(), lavrov])).toBe('person:sergey-lavrov');
  });

  it('takes a title in lower case, before a name or after it, with a possessive owner or "the country\'s"', () => {
    expect(
      rolesOf(
        "Headline\nNorth Korea's foreign minister, Ri Yong Ho, spoke first. Iran said no. " +
          "The country's foreign minister, Mohammad Javad Zarif, wrote to the UN. " +
          'Pedro Sanchez, the Spanish prime minister, replied.',
      ),
    ).toEqual([
      ['person:ri-yong-ho', 'Foreign Minister', 'country:north-korea'],
      ['person:mohammad-javad-zarif', 'Foreign Minister', 'country:iran'],
      ['person:pedro-sanchez', 'Prime Minister', 'country:spain'],
    ]);
  });

  it('knows the ministers of the common portfolios ("Ukraine’s infrastructure minister, Oleksandr Kubrakov")', () => {
    expect(rolesOf('Headline\nUkraine’s infrastructure minister, Oleksandr Kubrakov, signed the text.')).toEqual([
      ['person:oleksandr-kubrakov', 'Infrastructure Minister', 'country:ukraine'],
    ]);
  });

  it('names a diplomat\'s post by where it is accredited, and leaves the sender its owner ("Russia\'s ambassador to Kyiv")', () => {
    expect(
      rolesOf(
        "Headline\nRussia's ambassador to Kyiv Mikhail Zurabov signed. Anatoly Antonov, Russia's ambassador to the " +
          'United States, was recalled. Lavrov spoke with the UN special envoy for Syria, Staffan de Mistura. ' +
          'Stéphane Dujarric, spokesman for UN Secretary-General António Guterres, spoke.',
      ),
    ).toEqual([
      ['person:mikhail-zurabov', 'Ambassador to Ukraine', 'country:russia'],
      ['person:anatoly-antonov', 'Ambassador to United States', 'country:russia'],
      ['person:staffan-de-mistura', 'Special Envoy for Syria', 'organization:united-nations'],
      ['person:stephane-dujarric', 'Spokesman', 'organization:united-nations'],
      ['person:antonio-guterres', 'Secretary-General', 'organization:united-nations'],
    ]);
  });

  it('takes a post a relative clause gives as held now, with its owner ("who became Ukraine\'s president")', () => {
    expect(
      rolesOf(
        'Headline\nVolodymyr Zelensky, a former comedian who became Ukraine’s president in May, was guarded. ' +
          'It is named after Frank-Walter Steinmeier, who drew it up as German foreign minister and is now the ' +
          'country’s president.',
      ),
    ).toEqual([
      ['person:volodymyr-zelensky', 'President', 'country:ukraine'],
      ['person:frank-walter-steinmeier', 'President', 'country:germany'],
    ]);
  });

  it('takes titles from pre-modifiers, with the country or organization they belong to', () => {
    const file = extractArticle(article(text), baseGazetteer());
    const roles = file.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.title, r.to]);
    // "Sergei Lavrov" is a spelling the base list of office-holders gives Sergey Lavrov.
    expect(roles).toEqual([
      ['person:sergey-lavrov', 'Foreign Minister', 'country:russia'],
      ['person:dmitry-peskov', 'Spokesman', 'organization:kremlin'],
    ]);
  });

  it('links a transliteration variant and a surname to the person already in the graph, with the reason', () => {
    const file = extractArticle(article(text), [...baseGazetteer(), ...seedPeople]);
    const lavrov = file.entities.find((e) => e.id === 'person:sergey-lavrov');
    expect(lavrov?.mentions.map((m) => m.text)).toEqual(['Sergei Lavrov', 'Lavrov', 'The Russian foreign minister']);
    expect(lavrov?.mentions[0]?.reason).toMatch(/"Sergei Lavrov" of Sergey Lavrov/);
    expect(lavrov?.mentions[2]?.reason).toMatch(/refers back to Sergey Lavrov, Foreign Minister of Russia/);
  });

  it('never merges a different person who shares a surname with someone in the graph', () => {
    const other = 'Headline\nKirill Lavrov, an analyst at a think tank, disagreed. Lavrov said the talks would fail.';
    const file = extractArticle(article(other), [...baseGazetteer(), ...seedPeople]);
    const people = file.entities.filter((e) => e.kind === 'Person').map((e) => [e.id, e.mentions.map((m) => m.text)]);
    expect(people).toEqual([['person:kirill-lavrov', ['Kirill Lavrov', 'Lavrov']]]);
  });

  it("keeps the graph's person whole when the article also names another of the same surname", () => {
    const both =
      'Headline\nKirill Lavrov, an analyst, spoke first. Russian Foreign Minister Sergey Lavrov and his Turkish ' +
      'counterpart, Mevlut Cavusoglu, met later.';
    const file = extractArticle(article(both), [...baseGazetteer(), ...seedPeople]);
    const byId = (id: string) => file.entities.find((e) => e.id === id)?.mentions.map((m) => m.text);
    expect(byId('person:sergey-lavrov')).toEqual(['Sergey Lavrov']);
    expect(byId('person:kirill-lavrov')).toEqual(['Kirill Lavrov']);
    const roles = file.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.title]);
    expect(roles).toEqual([
      ['person:sergey-lavrov', 'Foreign Minister'],
      ['person:mevlut-cavusoglu', 'Foreign Minister'],
    ]);
  });

  it('treats spelling variants alike', () => {
    expect(nameKey('Sergei Lavrov')).toBe(nameKey('Sergey Lavrov'));
    expect(nameKey('Da Nang')).toBe(nameKey('Danang'));
    expect(nameKey('Kılıçdaroğlu')).toBe(nameKey('Kilicdaroglu'));
    expect(nameKey('Rex Tillerson')).not.toBe(nameKey('Mark Tillerson'));
    expect(nameKey('Dmitriy Peskov')).toBe(nameKey('Dmitry Peskov'));
    expect(nameKey('Aleksandr Lukashenko')).toBe(nameKey('Alexander Lukashenko'));
    expect(new Set(['Zelensky', 'Zelenskyy', 'Zelenskiy'].map((name) => nameKey(`Volodymyr ${name}`))).size).toBe(1);
    expect(nameKey('Alexei Navalny')).toBe(nameKey('Aleksey Navalny'));
    expect(nameKey('Hassan Rouhani')).toBe(nameKey('Hasan Rouhani'));
    expect(nameKey('Wang Yi')).not.toBe(nameKey('Wang Y'));
    // The graph's person, spelled another way, is that person.
    const zelensky: GazetteerEntry = {
      id: 'person:volodymyr-zelensky',
      kind: 'Person',
      name: 'Volodymyr Zelensky',
      aliases: ['Zelensky'],
      demonyms: [],
      origin: 'graph',
    };
    expect(
      entityOf('Headline\nVolodymyr Zelenskyy spoke on Monday.', 'Volodymyr Zelenskyy', [...baseGazetteer(), zelensky]),
    ).toEqual({
      id: 'person:volodymyr-zelensky',
      kind: 'Person',
    });
  });
});

describe('quotes and their speakers', () => {
  const speakerOf = (text: string, quoted: string) => {
    const file = extractArticle(article(`Headline\n${text}`), baseGazetteer());
    return file.quotes.find((q) => q.text.startsWith(quoted))?.speaker;
  };
  const intro = 'Russian Foreign Minister Sergey Lavrov and Kremlin spokesman Dmitry Peskov spoke on Monday. ';

  it('takes "a document" someone issued and "the conclusions" for it, but not "the conclusions of" an inquiry', () => {
    const text =
      'The summit ended with a document that commits both sides to a ceasefire. The conclusions say the sides ' +
      'will "exchange all detainees". Critics questioned the conclusions of the inquiry.';
    const file = extractArticle(article(`Headline\n${text}`), baseGazetteer());
    const documents = file.entities.filter((e) => e.kind === 'Document');
    expect(documents.map((e) => e.mentions.map((m) => m.text))).toEqual([['a document', 'The conclusions']]);
    expect(file.quotes.map((q) => q.speaker)).toEqual([documents[0]!.id]);
  });

  it('gives "the ministry" the words of the ministry named last, never of an owner after the verb', () => {
    const text =
      "Russia's Foreign Ministry summoned the ambassador. The ministry described Prague's decision as a " +
      '"hostile act". Andrej Babis, the prime minister, was telling reporters that it was not "terrorism".';
    const file = extractArticle(article(`Headline\n${text}`), baseGazetteer());
    const ministry = file.entities.find((e) => e.kind === 'Organization' && /ministry/i.test(e.name))?.id;
    expect(ministry).toBeDefined();
    expect(file.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['hostile act', ministry],
      ['terrorism', 'person:andrej-babis'],
    ]);
  });

  it.each([
    ['“…,” X said', `${intro}“We will not leave,” Lavrov said.`, 'We will not leave', 'person:sergey-lavrov'],
    ['X said: “…”', `${intro}Peskov said: “The date is not set.”`, 'The date is not set', 'person:dmitry-peskov'],
    [
      'X, who leads Y, said “…”',
      `${intro}Peskov, who speaks for the Kremlin, said that “the date is not set.”`,
      'the date is not set',
      'person:dmitry-peskov',
    ],
    [
      'X told reporters “…”',
      `${intro}Lavrov told reporters “the talks went well.”`,
      'the talks went well',
      'person:sergey-lavrov',
    ],
    ['according to X', `${intro}The plan is “final,” according to Peskov.`, 'final', 'person:dmitry-peskov'],
    [
      'According to X, at the start of a sentence',
      `${intro}According to the text of the Russian note, Moscow “will keep its word.”`,
      'will keep its word',
      'country:russia',
    ],
    ['“…,” he added', `${intro}“We agree,” Peskov said. “It is done,” he added.`, 'It is done', 'person:dmitry-peskov'],
    [
      'a title for a named person',
      `${intro}“Enough,” the Russian foreign minister said.`,
      'Enough',
      'person:sergey-lavrov',
    ],
  ])('attributes %s', (_pattern, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });

  it('gives the claims a document states to its issuers: several agree to a joint one', () => {
    const text =
      'Headline\nAngela Merkel and Emmanuel Macron issued a joint declaration on Friday. ' +
      '“Europe must act together on energy,” the declaration reads.';
    const file = extractArticle(article(text), baseGazetteer());
    expect(
      file.claims.map(({ text: said, statedIn, assertedBy, agreedBy }) => ({
        said,
        statedIn,
        assertedBy,
        agreedBy: [...agreedBy].sort(),
      })),
    ).toEqual([
      {
        said: 'Europe must act together on energy',
        statedIn: file.entities.find((e) => e.kind === 'Document')?.id,
        assertedBy: [],
        agreedBy: ['person:angela-merkel', 'person:emmanuel-macron'],
      },
    ]);
  });

  it('reads a transcript label in capitals, a title written as a name, and two quotes joined by "and"', () => {
    const intro2 = 'Headline\nGerman Chancellor Angela Merkel met Foreign Minister Heiko Maas on Monday.\n';
    expect(speakerOf(`${intro2}MAAS: We will stay the course.\nQ: And the sanctions?`, 'We will stay')).toBe(
      'person:heiko-maas',
    );
    expect(speakerOf(`${intro2}“We are ready,” the Chancellor told reporters.`, 'We are ready')).toBe(
      'person:angela-merkel',
    );
    const joined = extractArticle(
      article(`${intro2}Merkel called the plan “bold” and “overdue”, and said Berlin would help.`),
      baseGazetteer(),
    ).quotes.map((q) => [q.text, q.speaker]);
    expect(joined).toEqual([
      ['bold', 'person:angela-merkel'],
      ['overdue', 'person:angela-merkel'],
    ]);
  });

  it('reads a transcript label in mixed case when it opens two lines or more, but not a heading', () => {
    const text =
      "Spokesperson Hua Chunying's Regular Press Conference\nQ: Your comment?\n" +
      'Hua Chunying: We have noted the reports.\nQ: And the talks?\nHua Chunying: We will release information.\n' +
      'Key Points: none were given.';
    const file = extractArticle(article(text), baseGazetteer());
    expect(file.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We have noted the reports.', 'person:hua-chunying'],
      ['We will release information.', 'person:hua-chunying'],
    ]);
    expect(file.entities.filter((e) => e.kind === 'Person').map((e) => e.name)).toEqual(['Hua Chunying']);
  });

  it('takes "spoke of" for a speech verb, a part of a text for the text, and no words a text is known by for a quote', () => {
    expect(
      quotesOf(
        'Headline\nAngela Merkel met the others. Merkel herself spoke of "a glimmer of hope" and no more. The ' +
          'summit ended with a document of "common agreed conclusions". The deal, a 13-point "package of ' +
          'measures", was signed.',
      ),
    ).toEqual([['a glimmer of hope', 'person:angela-merkel']]);
    // A part of a text that says something speaks for the text named last before it.
    expect(
      quotesOf(
        'Headline\nArmenia and Azerbaijan signed a joint statement. It does not mention Karabakh at all. Its ' +
          'seventh point says that refugees "shall return to their homes", but gives no timetable.',
      ),
    ).toEqual([['shall return to their homes', expect.stringMatching(/^document:statement-/u)]]);
  });

  it('gives an interview\'s guest the answers and its host no quote, and follows a chain of "he" back to its subject', () => {
    const text =
      "Transcript\nRuth Adeyemi speaks to the station's Moscow correspondent, Tom Hadley.\n" +
      'ADEYEMI: Tom, where is Yevgeny Prigozhin?\n' +
      'HADLEY: In Belarus, by all accounts, with his men and his money.\n' +
      'ADEYEMI: And Vladimir Putin?\n' +
      'HADLEY: He addressed the nation last night. He thanked Alexander Lukashenko by name. This morning he ' +
      'told troops that they had "effectively stopped a civil war".';
    expect(quotesOf(text, '2023-06-27')).toEqual([
      ['In Belarus, by all accounts, with his men and his money.', 'person:tom-hadley'],
      [
        'He addressed the nation last night. He thanked Alexander Lukashenko by name. This morning he told troops ' +
          'that they had "effectively stopped a civil war".',
        'person:tom-hadley',
      ],
      ['effectively stopped a civil war', 'person:vladimir-putin'],
    ]);
    // A briefing's speaker who "spoke to reporters" is no interviewer: the lines are quotes.
    expect(
      quotesOf(
        'Transcript\nMike Pompeo spoke to reporters on Thursday.\nPOMPEO: Good afternoon.\nQ: And Kim?',
        '2018-06-14',
      ),
    ).toEqual([['Good afternoon.', 'person:mike-pompeo']]);
  });

  it('reads who speaks from the clause a colon ends, and never gives the previous speaker a quote it introduces', () => {
    const text =
      'Live\n13:02 Theresa May opens the debate. She tells MPs: "This deal delivers."\n' +
      '13:20 "It is a failure," Jeremy Corbyn says.\n13:45 Speaking in the chamber, the prime minister said:\n' +
      '"I have listened carefully to this House."\n15:40 Foreign Secretary Jeremy Hunt on the BBC: "We must hold our nerve."\n' +
      '16:00 Jeremy Hunt credited Jeremy Corbyn with the idea: "It was his."';
    expect(quotesOf(text)).toEqual([
      ['This deal delivers.', 'person:theresa-may'],
      ['It is a failure', 'person:jeremy-corbyn'],
      // The prime minister of the article's day, named before, whom the list of office-holders knows.
      ['I have listened carefully to this House.', 'person:theresa-may'],
      ['We must hold our nerve.', 'person:jeremy-hunt'],
      // With another person named, the one who opens the clause.
      ['It was his.', 'person:jeremy-hunt'],
    ]);
  });

  it('gives a quote to the person a description or a clause sets apart, not to a name inside it', () => {
    const text =
      'Headline\nMarta Kowalczyk, a 52-year-old nurse, waits at the border. “We have nowhere to go,” she says.\n' +
      'Jan Nowak, Mr Tusk’s spokesman, told reporters the border would stay open “as long as needed”.\n' +
      'Mr Tusk, who returned from Brussels late on Sunday, described the crisis as “a test for all of us”.\n' +
      '“Will it end?” asks Piotr Zielinski, 71, a retired miner. His wife is less hopeful. “No,” she says.';
    expect(quotesOf(text)).toEqual([
      ['We have nowhere to go', 'person:marta-kowalczyk'],
      ['as long as needed', 'person:jan-nowak'],
      ['a test for all of us', 'person:tusk'],
      ['Will it end?', 'person:piotr-zielinski'],
      ['No', null],
    ]);
  });

  it('reads "he" and "she" as the subject named before whom the first name fits, and "He called X … and said"', () => {
    const text =
      'Headline\nFiona Hill, who served under Donald Trump, is not surprised. “Both needed a quiet summit,” she says.\n' +
      'In 2018 Mr Trump, standing next to Mr Putin, sided with him. “I see no reason,” he said then.\n' +
      'Vladimir Putin spoke first. He called Biden “an experienced statesman” and said little else.\n' +
      'One former US ambassador to Moscow, who asked not to be named, put it bluntly: “They will keep talking.”';
    expect(quotesOf(text, '2021-06-17')).toEqual([
      ['Both needed a quiet summit', 'person:fiona-hill'],
      ['I see no reason', 'person:donald-trump'],
      ['an experienced statesman', 'person:vladimir-putin'],
      ['They will keep talking.', null],
    ]);
  });

  it('gives no speaker to a quote of someone unnamed, and none across a live blog’s entries', () => {
    const text =
      'Live\n10:02\nGerman Chancellor Olaf Scholz spoke to reporters in Berlin. “We stand together,” Scholz said.\n' +
      '10:30\n“The talks will resume on Monday in the capital,” an aide said.\n' +
      '11:05\n“Both sides commit to dialogue and to an early meeting.”';
    expect(quotesOf(text)).toEqual([
      ['We stand together', 'person:olaf-scholz'],
      ['The talks will resume on Monday in the capital', null],
      ['Both sides commit to dialogue and to an early meeting.', null],
    ]);
  });

  it('gives the words of a document to the document: "a statement … said", "it calls for", "according to the document"', () => {
    const text =
      'Headline\nA statement on the ministry’s website said the talks had been “constructive”. ' +
      'It added that both sides would meet again “within weeks”.\n' +
      'The agreement itself is short. Its first article calls for “an end to hostilities”. ' +
      'Refugees may return “in safety”, according to the document.';
    const file = extractArticle(article(text), baseGazetteer());
    const statement = file.entities.find((e) => e.kind === 'Document');
    expect(statement?.mentions.map((m) => m.text)).toEqual(['A statement', 'The agreement', 'the document']);
    expect(file.quotes.map((q) => q.speaker)).toEqual(Array(4).fill(statement?.id));
  });

  it('gives a document the words its text holds: "the statement begins", "In the text", a passage after a colon', () => {
    const text =
      'Live\n11:02\nSvetlana Tikhanovskaya and Angela Merkel have read out a joint statement in Vilnius.\n' +
      '“Today marks a new beginning,” the statement begins.\n' +
      '11:20\nKey passage from the final paragraph:\n“The parties will meet again in the autumn.”\n' +
      '12:00\nIn the text, both sides “reject the use of force”. The joint statement Merkel signed with her speaks of “a shared future”.\n' +
      'Gabrielius Landsbergis, Lithuania’s foreign minister, called it “a good day”.';
    const file = extractArticle(article(text), baseGazetteer());
    const statement = file.entities.find((e) => e.kind === 'Document')?.id;
    expect(entityOf(text, 'Svetlana Tikhanovskaya')?.kind).toBe('Person');
    expect(file.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Today marks a new beginning', statement],
      ['The parties will meet again in the autumn.', statement],
      ['reject the use of force', statement],
      ['a shared future', statement],
      ['a good day', 'person:gabrielius-landsbergis'],
    ]);
  });

  it('reads a quote signed on the line below, a document named with words before its noun, and one introduced by name', () => {
    const text =
      'Headline\nLeaders agreed a joint communique on Saturday. ' +
      'The 1,600-word communique, released at the end of the summit, says they will “reduce tariff barriers”.\n' +
      'The communique in full:\n“We acknowledge that open trade is a key engine for growth.”\n' +
      'Larry Kudlow, an economic adviser, went further on Sunday.\n“He stabbed us in the back.”\n— Larry Kudlow, on CNN';
    const file = extractArticle(article(text), baseGazetteer());
    const communique = file.entities.find((e) => e.kind === 'Document');
    expect(communique?.mentions.map((m) => m.text)).toEqual([
      'joint communique',
      'The 1,600-word communique',
      'The communique',
    ]);
    expect(file.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['reduce tariff barriers', communique?.id],
      ['We acknowledge that open trade is a key engine for growth.', communique?.id],
      ['He stabbed us in the back.', 'person:larry-kudlow'],
    ]);
  });

  it('takes an agreement reported as made for the article\'s own document, and "the deal" for it', () => {
    const text =
      'Headline\nIsrael and the United Arab Emirates signed an agreement at the White House on Tuesday. ' +
      'The deal normalises relations. The council endorsed it in Resolution 2231.';
    const file = extractArticle(article(text, '2020-09-16'), baseGazetteer());
    const own = file.entities.find((e) => e.kind === 'Document' && e.name === 'Agreement');
    expect(own).toMatchObject({ documentType: 'agreement', date: { value: '2020-09-15' } });
    expect(own?.mentions.map((m) => m.text)).toEqual(['agreement', 'The deal']);
    expect(file.relationships.filter((r) => r.type === 'ISSUED' && r.to === own?.id).map((r) => r.from)).toEqual(
      expect.arrayContaining(['country:israel', 'country:united-arab-emirates']),
    );
    // "in Resolution 2231": a numbered text, no place.
    expect(file.entities.filter((e) => e.kind === 'Place').map((e) => e.name)).toEqual([]);
  });

  it('takes a headline’s "sign deal" and "a nine-point statement" for the article’s own document, and their signers', () => {
    const own = (text: string) => {
      const file = extractArticle(article(`Headline\n${text}`, '2020-11-10'), baseGazetteer());
      const document = file.entities.find((e) => e.kind === 'Document');
      const issuers = file.relationships.filter((r) => r.type === 'ISSUED' && r.to === document?.id).map((r) => r.from);
      return [document?.mentions.map((m) => m.text), issuers.sort()];
    };
    expect(own('Armenia, Azerbaijan and Russia sign deal to end the war')).toEqual([
      ['deal'],
      ['country:armenia', 'country:azerbaijan', 'country:russia'],
    ]);
    expect(own('The leaders of Armenia and Russia put their names to a nine-point statement.')).toEqual([
      ['a nine-point statement'],
      ['country:armenia', 'country:russia'],
    ]);
    // "reached agreement" is consensus, no text.
    expect(own('Armenia and Russia reached agreement on the talks.')).toEqual([undefined, []]);
  });

  it('takes a draft resolution, which has no number yet, for a document of its own, and "the draft resolution" for it', () => {
    const file = extractArticle(
      article('Headline\nRussia vetoed a UN Security Council draft resolution on Syria. The draft resolution failed.'),
      baseGazetteer(),
    );
    const drafts = file.entities.filter((e) => e.kind === 'Document');
    expect(drafts.map((e) => [e.documentType, e.mentions.map((m) => m.text)])).toEqual([
      ['draft resolution', ['UN Security Council draft resolution', 'draft resolution']],
    ]);
  });

  it('takes "a statement to parliament" for words spoken, not a document', () => {
    const text = 'Headline\nIn a statement to parliament, Prime Minister Mark Rutte said the deal was “fair”.';
    const file = extractArticle(article(text), baseGazetteer());
    expect(file.entities.some((e) => e.kind === 'Document')).toBe(false);
    expect(file.quotes.map((q) => q.speaker)).toEqual(['person:mark-rutte']);
  });

  it('reads a quote that runs on into the next paragraph, "she says" past names inside quotes, and "says X of Y"', () => {
    const text =
      'Headline\nMoon Jae-in, the president, is hopeful. “The door is open,” Moon says. ' +
      'Na Kyung-won, who leads the opposition, disagrees. “The president is dreaming,” she says.\n' +
      '“We will stay at the table,” Mr Biegun said of Stephen Biegun’s plan. “We will wait.\n“But not for ever.”\n' +
      '“Both sides erred,” says Jenny Town of the Stimson Center.';
    const file = extractArticle(article(text), baseGazetteer());
    expect(file.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The door is open', 'person:moon-jae-in'],
      ['The president is dreaming', 'person:na-kyung-won'],
      ['We will stay at the table', 'person:stephen-biegun'],
      ['We will wait.', 'person:stephen-biegun'],
      ['But not for ever.', 'person:stephen-biegun'],
      ['Both sides erred', 'person:jenny-town'],
    ]);
    expect(file.entities.find((e) => e.kind === 'Organization')?.name).toBe('Stimson Center');
  });

  it('reads "the prime minister" as the one person named just before, and no one when two were', () => {
    const text =
      'Headline\nBoris Johnson has arrived. Asked about a deal with the US, the prime minister said: "We are ambitious."\n' +
      'Jan Novak and Pavel Horak held a lunch. The Czech minister told reporters it was "a good exchange".';
    expect(quotesOf(text, '2019-08-25')).toEqual([
      ['We are ambitious.', 'person:boris-johnson'],
      ['a good exchange', null],
    ]);
    // Not a person whose stated post is another.
    const other = extractArticle(
      article('Headline\nForeign Minister Sergei Lavrov arrived. The prime minister told reporters "no".'),
      baseGazetteer(),
    );
    expect(other.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a quote "quoted as saying" to the one quoted, and no current post to a former holder', () => {
    const text =
      'Headline\nKim Jong Un arrived. State media quoted Kim as saying the talks were "useful". ' +
      'The agency quoted an official as saying it was "premature". Former foreign secretary Boris Johnson ' +
      'and Jack Straw, a former foreign secretary, spoke for Britain.';
    const file = extractArticle(article(text), baseGazetteer());
    expect(file.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['useful', 'person:kim-jong-un'],
      ['premature', null],
    ]);
    expect(file.relationships.filter((r) => r.type === 'HOLDS_ROLE')).toEqual([]);
  });

  it('gives a quote "was quoted by an agency as saying" to the one quoted, not the agency', () => {
    const text =
      'Headline\nDmitry Peskov spoke on Friday. Peskov was quoted by the RIA news agency as saying: ' +
      '"Russia remains a reliable supplier." An official was quoted by Interfax as saying "no".';
    const file = extractArticle(article(text), baseGazetteer());
    expect(file.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Russia remains a reliable supplier.', 'person:dmitry-peskov'],
      ['no', null],
    ]);
  });

  it('gives a thing\'s words to the document named before, "and said" to the subject, and "the South Korean president" to the one president', () => {
    const text =
      'Headline\nTrump and Kim signed a joint statement. It says talks will start "at the earliest possible date". ' +
      'Britain signed a joint statement that said there was "no plausible alternative". ' +
      'A readout of remarks by President Moon Jae-in was released. ' +
      'Moon congratulated both leaders on the Singapore summit and said it "will be recorded as historic". ' +
      'The South Korean president said Seoul would "write a new history". The readout says this is "the first stage". ' +
      'Vladimir Putin says the statement is "very important" as it stresses "key issues".';
    const file = extractArticle(article(text), baseGazetteer());
    const speakers = Object.fromEntries(file.quotes.map((q) => [q.text, q.speaker]));
    const statement = file.entities.find((e) => e.kind === 'Document' && e.documentType === 'statement')?.id;
    const readout = file.entities.find((e) => e.kind === 'Document' && e.documentType === 'readout')?.id;
    expect(readout).toMatch(/^document:readout-/);
    expect(speakers).toEqual({
      'at the earliest possible date': statement,
      'no plausible alternative': statement,
      'will be recorded as historic': 'person:moon-jae-in',
      'write a new history': 'person:moon-jae-in',
      'the first stage': readout,
      'very important': 'person:vladimir-putin',
      'key issues': 'person:vladimir-putin',
    });
  });

  it('takes "he said" for the person named since the last quote', () => {
    const text =
      'Headline\nPresident Emmanuel Macron met Prime Minister Edouard Philippe. “We start today,” Philippe said. ' +
      'Macron, speaking after the talks, thanked the staff. “It was a good day,” he said.';
    expect(quotesOf(text)).toEqual([
      ['We start today', 'person:edouard-philippe'],
      ['It was a good day', 'person:emmanuel-macron'],
    ]);
  });

  it('names an embassy with where it is, and lets it speak', () => {
    const text = 'Headline\nThe Russian embassy in London called the decision “unacceptable”.';
    const file = extractArticle(article(text), baseGazetteer());
    const embassy = file.entities.find((e) => e.kind === 'Organization');
    expect(embassy).toMatchObject({ name: 'Russia embassy in London' });
    expect(file.quotes[0]?.speaker).toBe(embassy?.id);
  });

  it('leaves a scare quote without a speaker', () => {
    expect(speakerOf(`${intro}Relations are at their “lowest point” since the Cold War.`, 'lowest point')).toBeNull();
  });
});

describe('dates', () => {
  it('reads "this afternoon" as the article’s own day', () => {
    expect(findDates('Leaders meet in Paris this afternoon.', '2019-12-09').map((d) => [d.value, d.precision])).toEqual(
      [['2019-12-09', 'DAY']],
    );
  });

  it('reads "this week", "last week" and "next week" as their month, when the week lies in one', () => {
    const weeks = (publishedOn: string) =>
      findDates('Slovakia acted this week; talks were held last week and resume next week.', publishedOn).map((d) => [
        d.text,
        d.value,
        d.precision,
      ]);
    // Saturday 24 April 2021: 19–25, 12–18 and 26 April–2 May.
    expect(weeks('2021-04-24')).toEqual([
      ['this week', '2021-04', 'MONTH'],
      ['last week', '2021-04', 'MONTH'],
    ]);
  });

  it('reads a day without a year in the year of the full date told just before it in its paragraph', () => {
    const values = (text: string) => findDates(text, '2021-04-24').map((d) => d.value);
    expect(values('On 16 October 2014 a warehouse blew up. A second blast followed on 3 December.')).toEqual([
      '2014-10-16',
      '2014-12-03',
    ]);
    // Past the new year: the next year's.
    expect(values('On 16 October 2014 a warehouse blew up. Clearing began on 5 February.')).toEqual([
      '2014-10-16',
      '2015-02-05',
    ]);
    // In another paragraph, or more than half a year on, it is the article's news again.
    expect(values('On 16 October 2014 a warehouse blew up.\nPrague acted on 17 April.')).toEqual([
      '2014-10-16',
      '2021-04-17',
    ]);
    expect(values('In June 2016 talks failed. Prague acted on 17 April.')).toEqual(['2016-06', '2021-04-17']);
  });

  it('dates an article’s one war by the day it says the fighting began', () => {
    const warDates = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2020-11-12'), baseGazetteer())
        .entities.filter((e) => e.eventType === 'war')
        .map((e) => e.date?.value);
    expect(
      warDates(
        'For six weeks the war over Nagorno-Karabakh was fought with drones. Azerbaijan keeps what it has retaken ' +
          'since the fighting began on 27 September.',
      ),
    ).toEqual(['2020-09-27']);
    expect(warDates('For six weeks the war over Nagorno-Karabakh was fought with drones.')).toEqual([undefined]);
  });

  it('reads "for three years", "within two weeks" and "the first in 12 years" as lengths of time, not days', () => {
    expect(
      findDates('The deal, valid for 120 days, runs for three years and is reviewed within two weeks.', '2022-07-23'),
    ).toEqual([]);
    expect(findDates('It was signed three days ago.', '2022-07-23').map((d) => d.value)).toEqual(['2022-07-20']);
    // How long talks or a war lasted.
    expect(findDates('After two months of talks the deal was signed.', '2022-07-23')).toEqual([]);
    // A span back from now after a first or a superlative; a time ahead otherwise.
    const spans = findDates(
      'Their first summit in 12 years. The worst drought in 40 years. The talks resume in two years.',
      '2023-03-16',
    );
    expect(spans.map((d) => [d.text, d.value])).toEqual([['in two years', '2025']]);
  });

  it('reads a weekday by the tense of its own clause, not of what was said then', () => {
    // Wednesday 16 June 2021: Tuesday is the day before, though what she said is of the future.
    const said = findDates('Ortagus told a briefing on Tuesday that more countries would follow.', '2021-06-16');
    expect(said.map((d) => d.value)).toEqual(['2021-06-15']);
    expect(findDates('He will travel to Paris on Tuesday.', '2021-06-16').map((d) => d.value)).toEqual(['2021-06-22']);
    // "the next day" counts from the story's day; "next month", from the article's.
    expect(findDates('Moscow answered the next day.', '2021-04-24')).toEqual([]);
    expect(findDates('He is expected to travel early next month.', '2018-03-14').map((d) => d.value)).toEqual([
      '2018-04',
    ]);
  });

  it('never runs a date on into the next line (a live blog’s timestamp)', () => {
    const text = 'The contract runs out on 31 December.\n21:50 The communiqué is out.';
    expect(findDates(text, '2019-12-09').map((d) => [d.text, d.value, d.start])).toEqual([
      ['on 31 December', '2019-12-31', text.indexOf('on 31 December')],
    ]);
  });

  it('resolves absolute and relative dates against the publication date, with their precision', () => {
    // A weekday is the one of the publication's week; "last year" fixes only the year.
    expect(findDates('It happened on Monday, and last year.', '2018-04-04').map((d) => [d.value, d.precision])).toEqual(
      [
        ['2018-04-02', 'DAY'],
        ['2017', 'YEAR'],
      ],
    );
    // "Later in the day" is not tomorrow: it is the day named before, or the article's own day.
    const sameDay = (words: string) => findDates(words, '2018-06-14').map((d) => [d.text, d.value, d.inferred]);
    expect(sameDay('At a press conference later in the day, she spoke.')).toEqual([
      ['later in the day', '2018-06-14', true],
    ]);
    expect(sameDay('They met on June 12. At a press conference later in the day, she spoke.')).toEqual([
      ['June 12', '2018-06-12', true],
      ['later in the day', '2018-06-12', true],
    ]);
    // A day named in another paragraph is background: the story's day is the first one named.
    expect(sameDay('They met on June 12.\nA deal was signed on April 27.\nLater in the day, she spoke.')).toEqual([
      ['June 12', '2018-06-12', true],
      ['April 27', '2018-04-27', true],
      ['Later in the day', '2018-06-12', true],
    ]);
    // "the next day", "two days later": counted from the day named last before, in the paragraph or
    // the one before it; not from the article's day, and nothing when no day comes before.
    expect(
      sameDay('Then, on June 9, the talks began.\nStaff left. Moscow answered the next day. Two days later it ended.'),
    ).toEqual([
      ['June 9', '2018-06-09', true],
      ['the next day', '2018-06-10', true],
      ['Two days later', '2018-06-12', true],
    ]);
    expect(sameDay('Moscow answered the next day. The day after the poisoning, he spoke.')).toEqual([]);
    // A year on its own after a word of time is a date; a number is not, nor a year to come. "Since
    // April" with no year is the last April.
    expect(
      findDates(
        'It has killed 13,000 people since 2014, in early 2015 and since April; resolution 2254 stands until 2030.',
        '2015-02-12',
      ).map((d) => [d.text, d.value, d.precision]),
    ).toEqual([
      ['2014', '2014', 'YEAR'],
      ['2015', '2015', 'YEAR'],
      ['April', '2014-04', 'MONTH'],
    ]);
    const text = 'Two days before, in July, and on November 12, 2017, things happened.';
    const dates = findDates(text, '2017-11-11').map(({ value, precision, inferred }) => ({
      value,
      precision,
      inferred,
    }));
    expect(dates).toEqual([
      { value: '2017-11-09', precision: 'DAY', inferred: true },
      { value: '2017-07', precision: 'MONTH', inferred: true },
      { value: '2017-11-12', precision: 'DAY', inferred: false },
    ]);
  });

  it('dates an event from the words of its sentence', () => {
    const text = 'Headline\nPutin and Trump met for the first time at the G20 summit in Hamburg in July.';
    const summit = extractArticle(article(text), baseGazetteer()).entities.find(
      (e) => e.id === 'event:g20-summit-2017',
    );
    expect(summit?.date).toMatchObject({ value: '2017-07', inferred: true, evidence: { text: 'July' } });
    // The meeting held at the summit has the summit's date too.
    const met =
      'Headline\nVladimir Putin and Donald Trump met for the first time at the G20 summit in Hamburg in July.';
    const meeting = extractArticle(article(met), baseGazetteer()).entities.find((e) => e.eventType === 'meeting');
    expect(meeting?.date).toMatchObject({ value: '2017-07' });
  });

  it('gives a date to the nearest event, not to an earlier one the sentence refers to', () => {
    const text =
      'Headline\nPortugal expelled 12 Spanish diplomats after the bomb attack on Ana Lopes in Lisbon on March 4.';
    const events = extractArticle(article(text, '2021-03-14'), baseGazetteer()).entities.filter(
      (e) => e.kind === 'Event',
    );
    expect(events.map((e) => [e.eventType, e.date?.value])).toEqual([
      ['expulsion', undefined],
      ['attack', '2021-03-04'],
    ]);
  });

  it('dates an undated meeting reported in a live blog’s entry by the article’s day', () => {
    const meetingDate = (text: string) =>
      extractArticle(article(text, '2019-12-09'), baseGazetteer()).entities.find((e) => e.eventType === 'meeting')?.date
        ?.value;
    expect(meetingDate('Live\n14:55 Macron and Zelensky are now holding a one-on-one meeting.')).toBe('2019-12-09');
    // Outside a live entry, no day is known: only the month of publication.
    expect(meetingDate('Live\nMacron and Zelensky held a one-on-one meeting.')).toBe('2019-12');
  });

  it('dates a video or document of its own that a live blog’s entry reports by the article’s day', () => {
    const documentDates = (text: string) =>
      extractArticle(article(text, '2023-06-24'), baseGazetteer())
        .entities.filter((e) => e.kind === 'Document')
        .map((e) => [e.name, e.date?.value]);
    expect(
      documentDates(
        'Live\n09:05 A video filmed in the courtyard shows Prigozhin talking to Yevkurov.\n' +
          '12:21 Prigozhin confirms it in an audio message.',
      ),
    ).toEqual([
      ['Video', '2023-06-24'],
      ['Audio message', '2023-06-24'],
    ]);
    // Outside a live entry, a video's day is not known.
    expect(documentDates('Live\nA video filmed in the courtyard shows Prigozhin talking to Yevkurov.')).toEqual([
      ['Video', undefined],
    ]);
  });

  it('reads the story’s day from its opening sentence, past a byline or masthead', () => {
    const summitDate = (text: string) =>
      extractArticle(article(text, '2020-11-12'), baseGazetteer()).entities.find((e) => e.eventType === 'summit')?.date
        ?.value;
    expect(
      summitDate(
        'Headline\nAnalysis | The Calloway Review | Thursday 12 November 2020\nThe deal was struck on Tuesday. ' +
          'Leaders then met at a summit.',
      ),
    ).toBe('2020-11-10');
    // The masthead's day is the paper's, not the story's.
    expect(
      summitDate('Headline\nBy the Calloway Review world desk | Thursday 12 November 2020\nLeaders met at a summit.'),
    ).toBe('2020-11');
  });

  it('dates an undated summit by the one recent day its sentence tells of', () => {
    const summitDate = (text: string, publishedOn = '2019-12-10') =>
      extractArticle(article(`Headline\n${text}`, publishedOn), baseGazetteer()).entities.find(
        (e) => e.eventType === 'summit',
      )?.date;
    expect(
      summitDate('Putin and Zelensky agreed on Monday to swap prisoners, after talks at a summit hosted by Macron.'),
    ).toMatchObject({ value: '2019-12-09', inferred: true, evidence: { text: 'on Monday' } });
    // A day after the article's is one to come, not the summit's.
    expect(
      summitDate('Leaders agreed on Monday on a truce that is to begin on Sunday, after a summit hosted by Macron.'),
    ).toMatchObject({ value: '2019-12-09' });
    // "on Monday, two days before a summit": two days after that Monday.
    expect(
      summitDate('Peskov held a call with reporters on Monday, two days before a three-way summit in Ankara.'),
    ).toMatchObject({ value: '2019-12-11', inferred: true });
    // A day long before the article is not the news of its week; two days leave it undecided.
    expect(
      summitDate('Putin and Zelensky agreed on 9 October to swap prisoners, after talks at a summit hosted by Macron.'),
    ).toMatchObject({ value: '2019-12' });
    expect(
      summitDate('Putin spoke on Monday and Zelensky on Tuesday, after the summit hosted by Macron.', '2019-12-11'),
    ).toMatchObject({ value: '2019-12' });
  });

  it('dates an undated meeting by the day the opening sentence reports, but not one still to come', () => {
    const meeting = (text: string) =>
      extractArticle(
        article(
          `Headline
${text}`,
          '2018-06-13',
        ),
        baseGazetteer(),
      ).entities.find((e) => e.eventType === 'meeting' || e.eventType === 'summit')?.date;
    expect(
      meeting(
        'SEOUL, June 12 (Agency) – The presidential office on Tuesday welcomed the statement.\n' +
          'Moon Jae-in and Donald Trump met to discuss it.',
      ),
    ).toMatchObject({ value: '2018-06-12', inferred: true, evidence: { text: 'June 12' } });
    expect(
      meeting('Peskov spoke to reporters on Tuesday.\nLeaders will meet at a three-way summit in Ankara next week.'),
    ).toMatchObject({ value: '2018-06' });
  });
  it('dates an undated speech by the day the opening sentence says its speaker spoke, and no one else’s', () => {
    const speech = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2018-03-14'), baseGazetteer()).entities.find(
        (e) => e.eventType === 'speech',
      )?.date;
    const lede =
      'LONDON (Agency) – Prime Minister Theresa May said on Wednesday that Britain would expel 23 diplomats.\n';
    expect(speech(`${lede}In a statement to the House of Commons, May said they had a week to leave.`)).toMatchObject({
      value: '2018-03-14',
      inferred: true,
      evidence: { text: 'on Wednesday' },
    });
    expect(speech(`${lede}In a statement to the House of Commons, Jeremy Corbyn said he had doubts.`)).toBeUndefined();
  });

  it('dates an event of a day told in a live blog’s entry, or told as just done, by the article’s day', () => {
    const events = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2020-11-10'), baseGazetteer())
        .entities.filter((e) => e.kind === 'Event')
        .map((e) => [e.name, e.date?.value]);
    expect(
      events(
        '02:30 Several hundred protesters have forced their way into the government building.\n' +
          '03:00 In Moscow, Vladimir Putin confirmed the statement in a televised address.',
      ),
    ).toEqual([
      ['Storming of the government building', '2020-11-10'],
      ['Televised address', '2020-11-10'],
    ]);
    expect(events('Vladimir Putin has just spoken in a televised address.')).toEqual([
      ['Televised address', '2020-11-10'],
    ]);
    // Not what is still to come, what lasts, or what the clause stretches over time.
    expect(events('Vladimir Putin will speak in a televised address.')).toEqual([['Televised address', undefined]]);
    expect(events('Vladimir Putin has spoken in a televised address since the war began.')).toEqual([
      ['Televised address', undefined],
    ]);
  });

  it('never dates an event by a date in another clause of its sentence, past a semicolon', () => {
    const dated = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2021-04-24'), baseGazetteer()).entities.find(
        (e) => e.eventType === 'visit',
      )?.date?.value;
    expect(
      dated('Last month Jan Hamacek backed the vaccine; his planned trip to Moscow was cancelled.'),
    ).toBeUndefined();
    expect(dated('Last month Jan Hamacek made a trip to Moscow.')).toBe('2021-03');
  });

  it('finds a document by its proper name, dated by the words beside it, but not in a Title Case headline', () => {
    const text =
      'Leaders Sign Final Declaration\nIt reaffirms the Panmunjom Declaration that Kim signed on April 27. ' +
      'Both states are parties to the Chemical Weapons Convention.';
    const documents = extractArticle(article(text, '2018-06-12'), baseGazetteer()).entities.filter(
      (e) => e.kind === 'Document',
    );
    expect(documents.map((d) => [d.id, d.name, d.documentType, d.date?.value])).toEqual([
      ['document:panmunjom-declaration', 'Panmunjom Declaration', 'declaration', '2018-04-27'],
      ['document:chemical-weapons-convention', 'Chemical Weapons Convention', 'convention', undefined],
    ]);
  });

  it('finds a document by its title in quotation marks, "the package" after it, and a name inside the title', () => {
    const file = extractArticle(
      article(
        'Headline\nThe leaders endorsed a "Package of Measures for the Implementation of the Minsk Agreements". ' +
          'Under the package, heavy weapons are pulled back. Protesters chanted "The Plan Is Dead".',
        '2015-02-14',
      ),
      baseGazetteer(),
    );
    // The title names the document: it is no one's quote, as the protesters' words are.
    expect(file.quotes.map((q) => q.text)).toEqual(['The Plan Is Dead']);
    const documents = file.entities.filter((e) => e.kind === 'Document');
    expect(documents.map((d) => [d.name, d.documentType, d.mentions.map((m) => m.text)])).toEqual([
      [
        'Package of Measures for the Implementation of the Minsk Agreements',
        'agreement',
        ['Package of Measures for the Implementation of the Minsk Agreements', 'the package'],
      ],
      ['Minsk Agreements', 'agreement', ['Minsk Agreements']],
    ]);
  });

  it('takes "a separate joint declaration" for another text than the one the article reports', () => {
    const documents = extractArticle(
      article(
        'Headline\nThe deal was signed by the Contact Group. The leaders backed it in a separate joint declaration. ' +
          'Poroshenko said the text was a hard compromise, and Kyiv called the agreement fragile.',
        '2015-02-12',
      ),
      baseGazetteer(),
    ).entities.filter((e) => e.kind === 'Document');
    expect(documents.map((d) => [d.name, d.mentions.map((m) => m.text)])).toEqual([
      ['Agreement', ['The deal', 'the text', 'the agreement']],
      ['Joint declaration', ['joint declaration']],
    ]);
  });

  it('reads "the accords" as the accords named before it, and leaves a treaty of no named kind alone', () => {
    const documents = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2020-09-16'), baseGazetteer())
        .entities.filter((e) => e.kind === 'Document')
        .map((d) => [d.name, d.mentions.map((m) => m.text)]);
    expect(
      documents(
        'Leaders issued a joint statement and recalled the Camp David Accords. The accords still hold. ' +
          'The statement welcomes it. The treaty follows.',
      ),
    ).toEqual([
      ['Joint statement', ['joint statement', 'The statement']],
      ['Camp David Accords', ['Camp David Accords', 'The accords']],
    ]);
    // With no other document named, "the agreement" is the article's statement, as before.
    expect(documents('Leaders issued a joint statement. The agreement is short.')).toEqual([
      ['Joint statement', ['joint statement', 'The agreement']],
    ]);
  });

  it('finds a document known by the name before its common noun, one key however its noun is written', () => {
    const documents = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2019-12-09'), baseGazetteer())
        .entities.filter((e) => e.kind === 'Document')
        .map((d) => [d.id, d.name, d.documentType]);
    expect(documents('Kyiv wants the Minsk agreements revised. Moscow says the Minsk deal stands.')).toEqual([
      ['document:minsk-agreement', 'Minsk agreements', 'agreement'],
    ]);
    expect(documents('Both sides stay in the New START treaty, unlike the Iran nuclear deal.')).toEqual([
      ['document:new-start-treaty', 'New START treaty', 'treaty'],
      ['document:iran-agreement', 'Iran nuclear deal', 'agreement'],
    ]);
    expect(documents('He praised the Minsk Agreements.')).toEqual([
      ['document:minsk-agreement', 'Minsk Agreements', 'agreement'],
    ]);
    // A person's or a nation's deal is not a name.
    expect(documents('Critics attacked the Donald Trump deal and the Russian treaty.')).toEqual([]);
  });

  it('finds a document by the short form the article gives its name, an initiative, and no name in a kind', () => {
    const documents = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2015-07-14'), baseGazetteer())
        .entities.filter((e) => e.kind === 'Document')
        .map((d) => [d.id, d.documentType, d.mentions.map((m) => m.text)]);
    expect(
      documents('Both are parties to the Chemical Weapons Convention (CWC). The CWC bans sarin. So does the NPT.'),
    ).toEqual([['document:chemical-weapons-convention', 'convention', ['Chemical Weapons Convention', 'CWC', 'CWC']]]);
    // A kind of document is no name.
    expect(documents('They signed a Memorandum of Understanding.')).toEqual([
      [expect.stringMatching(/^document:memorandum-/), 'memorandum', ['Memorandum of Understanding']],
    ]);
    expect(documents('The Black Sea Grain Initiative was signed on Friday.')).toEqual([
      ['document:black-sea-grain-initiative', 'initiative', ['Black Sea Grain Initiative']],
    ]);
  });

  it('finds a memorandum or contract beside the statement an article reports, each once, with its issuers', () => {
    const file = extractArticle(
      article(
        'Headline\nThe leaders issued a joint statement. A separate memorandum of understanding signed by Russia ' +
          'and the UN commits the world body to help. The memorandum runs for three years. The current contract ' +
          'between Gazprom and Naftogaz expires on 31 December. Putin said the contract would be renewed.',
        '2022-07-23',
      ),
      baseGazetteer(),
    );
    const documents = file.entities.filter((e) => e.kind === 'Document');
    expect(documents.map((d) => [d.name, d.date?.value, d.mentions.map((m) => m.text)])).toEqual([
      ['Joint statement', undefined, ['joint statement']],
      ['Memorandum of understanding', undefined, ['separate memorandum of understanding', 'memorandum']],
      // The day it expires is not its date.
      ['Contract', undefined, ['current contract', 'contract']],
    ]);
    const memorandum = documents[1]!.id;
    expect(file.relationships.filter((r) => r.type === 'ISSUED' && r.to === memorandum).map((r) => r.from)).toEqual([
      'country:russia',
      'organization:united-nations',
    ]);
    // "The contract" with nothing to say which is no document of its own; nor is "a treaty", which
    // may be the article's agreement by another name.
    const documentNames = (text: string) =>
      extractArticle(article(`Headline\n${text}`), baseGazetteer())
        .entities.filter((e) => e.kind === 'Document')
        .map((e) => e.name);
    expect(documentNames('The contract was good.')).toEqual([]);
    expect(documentNames('They signed the Abraham Accords. A treaty may follow.')).toEqual(['Abraham Accords']);
  });

  it('dates a statement told as just signed by the article’s day, but not a named document', () => {
    const documents = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2020-11-10'), baseGazetteer())
        .entities.filter((e) => e.kind === 'Document')
        .map((d) => [d.name, d.date?.value]);
    expect(documents('Nikol Pashinyan said he has signed a statement with Russia and Azerbaijan.')).toEqual([
      ['Statement', '2020-11-10'],
    ]);
    expect(documents('03:01 The leaders signed a statement. The Minsk agreements were signed too.')).toEqual([
      ['Statement', '2020-11-10'],
      ['Minsk agreements', undefined],
    ]);
    expect(documents('Nikol Pashinyan will sign a statement with Russia.')).toEqual([['Statement', undefined]]);
  });

  it('dates a document by a date beside its name, not by any date of its sentence', () => {
    const dated = (text: string) =>
      extractArticle(article(text, '2018-06-12'), baseGazetteer()).entities.find((e) => e.kind === 'Document')?.date;
    expect(dated('Headline\nTrump and Kim signed a joint statement on Tuesday in Singapore.')).toMatchObject({
      value: '2018-06-12',
      evidence: { text: 'on Tuesday' },
    });
    expect(
      dated('Headline\nOn May 3 the talks began; by then a joint statement had long been promised by both sides.'),
    ).toBeUndefined();
    // An article's own text with no date of its own is of the day its opening sentence says the
    // parties agreed, when that day stands by the verb; a day to come is no story's day.
    const storyDated = (text: string, publishedOn: string) =>
      extractArticle(article(`Headline\n${text}`, publishedOn), baseGazetteer())
        .entities.filter((e) => e.kind === 'Document' || e.kind === 'Event')
        .map((e) => [e.name, e.date?.value]);
    expect(
      storyDated(
        'The leaders of Russia and Ukraine agreed on Thursday on a ceasefire that is to begin at midnight on ' +
          'Sunday. Later the sides signed an agreement. Angela Merkel left for a summit of European Union leaders.',
        '2015-02-12',
      ),
    ).toEqual([
      ['Agreement', '2015-02-12'],
      ['Summit of leaders', '2015-02-12'],
    ]);
    expect(
      storyDated(
        'Russian missiles struck Odesa on Saturday, a day after Moscow and Kyiv signed agreements in Istanbul. ' +
          'The sides signed an agreement to reopen the ports.',
        '2022-07-23',
      ),
    ).toContainEqual(['Agreement', undefined]);
    expect(
      storyDated(
        "Russia's Foreign Ministry said on Sunday it was expelling 20 diplomats. The statement accused Prague.",
        '2021-04-18',
      ),
    ).toContainEqual(['Statement', '2021-04-18']);
    // A day something it provides for starts on or is due by is not the text's own.
    expect(
      dated('Headline\nThe sides signed a joint statement that sets out a ceasefire from 00:00 on 15 June.'),
    ).toBeUndefined();
    expect(dated('Headline\nThe sides signed a joint statement calling for elections by 30 June.')).toBeUndefined();
  });
});

describe('relations', () => {
  /** Each relation of a text as "TYPE from -> to", by the entities' names. */
  const relationsOf = (text: string, publishedOn: string): string[] => {
    const file = extractArticle(article(`Headline\n${text}`, publishedOn), baseGazetteer());
    const name = new Map(file.entities.map((e) => [e.id, e.name]));
    return file.relationships.map((r) => `${r.type} ${name.get(r.from)} -> ${name.get(r.to)}`);
  };

  it('takes "the leaders of" countries that endorsed a text for the leaders the gazetteer knows on the day', () => {
    const text =
      'The leaders of Russia, Ukraine and Germany endorsed a "Package of Measures for the Implementation of the ' +
      'Minsk Agreements". Vladimir Putin, Petro Poroshenko and Angela Merkel left. The former Ukrainian president ' +
      'Leonid Kuchma stayed.';
    expect(relationsOf(text, '2015-02-14').filter((r) => r.startsWith('AGREED_TO'))).toEqual([
      'AGREED_TO Vladimir Putin -> Package of Measures for the Implementation of the Minsk Agreements',
      'AGREED_TO Petro Poroshenko -> Package of Measures for the Implementation of the Minsk Agreements',
      'AGREED_TO Angela Merkel -> Package of Measures for the Implementation of the Minsk Agreements',
    ]);
  });

  it('gives the people a plural title names the body its words name ("the separatist leaders")', () => {
    expect(
      rolesOf(
        'Headline\nThe deal was signed by the separatist leaders Alexander Zakharchenko and Igor Plotnitsky. ' +
          'Ukrainian forces fought Russian-backed separatists.',
      ),
    ).toEqual([
      ['person:alexander-zakharchenko', 'Leader', 'organization:separatists-backed-by-russia'],
      ['person:igor-plotnitsky', 'Leader', 'organization:separatists-backed-by-russia'],
    ]);
  });

  it('gives each of a titled list the body named after them ("the rebel leaders: A of X and B of Y")', () => {
    expect(
      rolesOf(
        'Headline\nThe package carries the signatures of the rebel leaders: Alexander Zakharchenko of the ' +
          "self-proclaimed Donetsk People's Republic and Igor Plotnitsky of the Luhansk People's Republic.",
      ),
    ).toEqual([
      ['person:alexander-zakharchenko', 'Leader', 'organization:donetsk-peoples-republic'],
      ['person:igor-plotnitsky', 'Leader', 'organization:luhansk-peoples-republic'],
    ]);
  });

  it('takes one who signs for a body or a state as its representative, in a sentence of signing only', () => {
    expect(
      rolesOf(
        'Headline\nThe package carries the signatures of the Trilateral Contact Group (Heidi Tagliavini for the ' +
          'OSCE and the former Ukrainian president Leonid Kuchma). Sergey Lavrov thanked John Kerry for the OSCE report.',
      ),
    ).toEqual([
      [
        'person:heidi-tagliavini',
        'Representative',
        'organization:organization-for-security-and-co-operation-in-europe',
      ],
    ]);
  });

  it('takes who brokered, drew up or proposed a text or an idea for one who championed it', () => {
    expect(
      relationsOf(
        'Russia and Ukraine signed a joint statement. Turkish President Recep Tayyip Erdoğan, who had brokered ' +
          'the deal, was present. Frank-Walter Steinmeier proposed the Steinmeier formula.',
        '2022-07-23',
      ).filter((r) => r.startsWith('CHAMPIONED')),
    ).toEqual([
      'CHAMPIONED Recep Tayyip Erdoğan -> Joint statement',
      'CHAMPIONED Frank-Walter Steinmeier -> Steinmeier formula',
    ]);
  });

  it('takes who went to a gathering ("left for a summit") for one who took part', () => {
    expect(
      relationsOf(
        'Angela Merkel said the talks were over before François Hollande left for a summit in Brussels.',
        '2015-02-12',
      ).filter((r) => r.startsWith('PARTICIPATED_IN')),
    ).toEqual(['PARTICIPATED_IN François Hollande -> Brussels summit']);
  });

  it('reads "backed it" after a sentence that opens on a text as agreeing to that text', () => {
    const text =
      'The sides signed an agreement. The deal, a 13-point plan, was signed by the contact group. Vladimir Putin ' +
      'and Angela Merkel backed it in a separate joint declaration.';
    expect(
      relationsOf(text, '2015-02-12')
        .filter((r) => r.startsWith('AGREED_TO') || r.startsWith('REFERENCES'))
        .sort(),
    ).toEqual([
      'AGREED_TO Angela Merkel -> Agreement',
      'AGREED_TO Vladimir Putin -> Agreement',
      'REFERENCES Joint declaration -> Agreement',
    ]);
  });

  it('names an armed group by the state behind it, and takes the sides a war is "between" for its participants', () => {
    const text =
      'The war in the Donbas region between Ukrainian forces and Russian-backed separatists has killed 13,000 ' +
      'people. Pro-Russian rebels hold Donetsk. The separatists want autonomy. The war between the Ukrainian and ' +
      'Russian people is old.';
    const file = extractArticle(article(`Headline\n${text}`, '2019-12-09'), baseGazetteer());
    expect(
      file.entities.filter((e) => e.kind === 'Organization').map((e) => [e.id, e.mentions.map((m) => m.text)]),
    ).toEqual([
      [
        'organization:separatists-backed-by-russia',
        ['Russian-backed separatists', 'Pro-Russian rebels', 'The separatists'],
      ],
    ]);
    expect(relationsOf(text, '2019-12-09').filter((r) => r.startsWith('FIGHTS'))).toEqual([
      'FIGHTS Ukraine -> Russia-backed separatists',
    ]);
    // Demonyms are sides only before the word for their forces.
    expect(relationsOf(text, '2019-12-09').filter((r) => r.startsWith('PARTICIPATED_IN'))).toEqual([
      'PARTICIPATED_IN Ukraine -> War in the Donbas',
      'PARTICIPATED_IN Russia-backed separatists -> War in the Donbas',
    ]);
  });

  it('places a gathering or speech where the words around it say: "at", "in", a sentence opening on a place', () => {
    expect(
      relationsOf('In Moscow, Vladimir Putin confirmed the trilateral statement in a televised address.', '2020-11-10'),
    ).toContain('OCCURRED_IN Televised address -> Moscow');
    expect(relationsOf('They held a one-on-one meeting at Camp David on Monday.', '2019-12-09')).toContain(
      'OCCURRED_IN One-on-one meeting -> Camp David',
    );
    // A sentence opening on a place does not place a strike it reports.
    expect(
      relationsOf('In Moscow, officials said the Russian missile strike had hit a warship.', '2022-07-23').filter((r) =>
        r.startsWith('OCCURRED_IN'),
      ),
    ).toEqual([]);
  });

  it('takes the state whose demonym qualifies a strike or an offensive, and the doer a relative clause opens on', () => {
    const relations = relationsOf(
      'The Russian missile strike on Kyiv drew condemnation. Russia, which annexed Crimea in 2014, denied it.',
      '2022-07-23',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN Russia -> Russian missile strike on Kyiv',
        'OCCURRED_IN Russian missile strike on Kyiv -> Kyiv',
        'PARTICIPATED_IN Russia -> Annexation of Crimea',
      ]),
    );
    // The strike happened in Kyiv, neither in Russia nor about Kyiv.
    expect(relations).not.toContain('OCCURRED_IN Russian missile strike -> Russia');
    expect(relations).not.toContain('ABOUT Russian missile strike -> Kyiv');
    // "The Russian election" is no act of one state on another.
    expect(relationsOf('The Russian election on Sunday was quiet.', '2024-03-18')).not.toContain(
      'PARTICIPATED_IN Russia -> Russian election',
    );
  });

  it('takes a document\'s owner for its issuer: "the ministry\'s statement"', () => {
    expect(
      relationsOf(
        'The Russian Foreign Ministry said on Sunday it was expelling 20 employees. The ministry’s statement ' +
          'accused Prague.',
        '2021-04-18',
      ),
    ).toContain('ISSUED Russian Foreign Ministry -> Statement');
    // A nation's statement is not issued by its demonym's words: "the Russian statement" names no owner.
    expect(relationsOf('Russia and Syria spoke. The Russian statement was short.', '2021-04-18')).not.toContain(
      'ISSUED Russia -> Statement',
    );
  });

  it('takes "a ceremony" in the clause of a signing for the signing ceremony, with its host and who speaks at it', () => {
    const file = extractArticle(
      article(
        'Headline\nThe initiative was signed on Friday, in a ceremony hosted by Recep Tayyip Erdoğan. "There is a ' +
          'beacon," António Guterres said at the signing ceremony.',
        '2022-07-23',
      ),
      baseGazetteer(),
    );
    const ceremonies = file.entities.filter((e) => e.kind === 'Event');
    expect(ceremonies.map((e) => [e.name, e.date?.value, e.mentions.map((m) => m.text)])).toEqual([
      ['Signing ceremony', '2022-07-22', ['a ceremony', 'the signing ceremony']],
    ]);
    expect(file.relationships.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => [r.from, r.role])).toEqual([
      ['person:recep-tayyip-erdogan', 'host'],
      ['person:antonio-guterres', 'speaker'],
    ]);
    // A ceremony with no signing in its clause is no signing ceremony.
    expect(
      extractArticle(
        article('Headline\nThey signed it. Later, in a ceremony, medals were given.'),
        baseGazetteer(),
      ).entities.filter((e) => e.kind === 'Event'),
    ).toEqual([]);
  });

  it('reads "the meeting" after a summit, with no meeting named, as that summit', () => {
    const file = extractArticle(
      article(
        'Headline\nThey met at a summit hosted by French President Emmanuel Macron. The meeting at the Élysée ' +
          'Palace, also attended by German Chancellor Angela Merkel, ran late.',
        '2019-12-09',
      ),
      baseGazetteer(),
    );
    const events = file.entities.filter((e) => e.kind === 'Event');
    expect(events.map((e) => e.mentions.map((m) => m.text))).toEqual([['a summit', 'The meeting']]);
    expect(
      file.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === events[0]!.id).map((r) => r.from),
    ).toEqual(expect.arrayContaining(['person:angela-merkel', 'person:emmanuel-macron']));
  });

  it('takes military exercises, with the two countries whose words say they exercise', () => {
    const read = (text: string) => {
      const file = extractArticle(article(text, '2019-03-04'), baseGazetteer());
      const exercises = file.entities.find((e) => e.kind === 'Event');
      const taking = file.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === exercises?.id);
      return [exercises?.mentions.map((m) => m.text), taking.map((r) => r.from).sort()];
    };
    expect(
      read('Drills end\nThe United States will stop its war games with South Korea. The exercises cost too much.'),
    ).toEqual([
      ['war games', 'exercises'],
      ['country:south-korea', 'country:united-states'],
    ]);
    expect(read('Drills end\nThe annual US-South Korean military exercises were cancelled.')).toEqual([
      ['military exercises'],
      ['country:south-korea', 'country:united-states'],
    ]);
    // A fire drill at a school is no military exercise.
    expect(read('Drills\nPupils in Seoul took part in fire drills on Monday.')).toEqual([undefined, []]);
  });

  it('takes part in a meeting or talks: who the sentence names before them, or after "with", not in a later clause', () => {
    const participants = (text: string) => {
      const file = extractArticle(article(text, '2019-12-09'), baseGazetteer());
      const event = file.entities.find((e) => e.kind === 'Event');
      return file.relationships
        .filter((r) => r.type === 'PARTICIPATED_IN' && r.to === event?.id)
        .map((r) => r.from)
        .sort();
    };
    expect(
      participants(
        'Headline\nEmmanuel Macron is holding a one-on-one meeting before the French president sees Vladimir Putin.',
      ),
    ).toEqual(['person:emmanuel-macron']);
    expect(participants('Headline\nThey held talks with Angela Merkel and Vladimir Putin in Paris on Monday.')).toEqual(
      ['person:angela-merkel', 'person:vladimir-putin'],
    );
  });

  it('reads "a summit hosted by …" as the one summit the article names, with its host taking part', () => {
    const text =
      'Leaders agree at Paris summit\nThey agreed on Monday at a summit hosted by French President Emmanuel Macron ' +
      'and attended by Angela Merkel.';
    const file = extractArticle(article(text, '2019-12-09'), baseGazetteer());
    const summits = file.entities.filter((e) => e.kind === 'Event');
    expect(summits.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['event:paris-summit-2019', ['Paris summit', 'a summit']],
    ]);
    expect(file.relationships.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => [r.from, r.to, r.role])).toEqual([
      ['person:emmanuel-macron', 'event:paris-summit-2019', 'host'],
    ]);
  });

  it('takes a host and guests ("X hosts Y and Z for the summit"), and the two a sentence opens on, for a summit', () => {
    const participants = (text: string) =>
      extractArticle(article(text, '2019-12-09'), baseGazetteer())
        .relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.to.includes('summit'))
        .map((r) => [r.from, r.role]);
    expect(
      participants(
        'Headline\nEmmanuel Macron hosts Vladimir Putin and Angela Merkel in Paris today for the first Normandy Format summit.',
      ),
    ).toEqual([
      ['person:emmanuel-macron', 'host'],
      ['person:vladimir-putin', 'participant'],
      ['person:angela-merkel', 'participant'],
    ]);
    expect(
      participants(
        'Paris summit\nVladimir Putin and Angela Merkel signed the deal on Monday at a summit hosted by France.',
      ),
    ).toEqual([
      ['person:vladimir-putin', 'participant'],
      ['person:angela-merkel', 'participant'],
    ]);
  });

  it('takes a summit named by its two parties, or held by the two a sentence opens on, with them taking part', () => {
    const participants = (text: string) => {
      const file = extractArticle(article(text, '2019-02-28'), baseGazetteer());
      const summit = file.entities.find((e) => e.kind === 'Event');
      return file.relationships
        .filter((r) => r.type === 'PARTICIPATED_IN' && r.to === summit?.id)
        .map((r) => r.from)
        .sort();
    };
    const both = ['person:donald-trump', 'person:kim-jong-un'];
    expect(participants('Talks end\nDonald Trump met Kim Jong Un. The Trump-Kim summit ended early.')).toEqual(both);
    expect(participants('Talks end\nA summit between Donald Trump and Kim Jong Un ended early on Thursday.')).toEqual(
      both,
    );
    expect(
      participants('Talks end\nDonald Trump and North Korean leader Kim Jong Un left a summit without a deal.'),
    ).toEqual(both);
    // A summit of no one the article names is left to other rules.
    expect(participants('Talks end\nDonald Trump said a summit was a success.')).toEqual([]);
    // Alone, "the summit" is the article's own, for resolution to find among known summits.
    const alone = extractArticle(article('Talks end\nDonald Trump said the summit was a success.'), baseGazetteer());
    expect(alone.entities.filter((e) => e.kind === 'Event').map((e) => [e.name, e.eventType])).toEqual([
      ['Summit', 'summit'],
    ]);
  });

  it('takes a summit the article names in no other way for its dateline place’s, when it has taken place', () => {
    const held =
      'Leaders sign accord\nBRASILIA, July 3 (Meridian) - Lula and Milei signed a trade accord on Tuesday at the end of a two-day summit.';
    const file = extractArticle(article(held, '2024-07-03'), baseGazetteer());
    const summit = file.entities.find((e) => e.kind === 'Event');
    expect(summit).toMatchObject({ id: 'event:brasilia-summit-2024', name: 'Brasília summit' });
    expect(file.relationships).toContainEqual(
      expect.objectContaining({ type: 'OCCURRED_IN', from: summit?.id, to: 'place:brasilia' }),
    );
    const coming = 'Leaders to meet\nBRASILIA, July 3 (Meridian) - Lula said a summit would be held next month.';
    expect(
      extractArticle(article(coming, '2024-07-03'), baseGazetteer()).entities.some((e) => e.kind === 'Event'),
    ).toBe(false);
  });

  it('takes a summit known by a name of its own, and "the summit" for it, when nothing else names it', () => {
    const events = (words: string) =>
      extractArticle(article(words, '2019-12-09'), baseGazetteer())
        .entities.filter((e) => e.kind === 'Event')
        .map((e) => [e.id, e.mentions.map((m) => m.text)]);
    expect(
      events('Headline\nThe leaders met for the first Normandy Format summit in three years. Later the summit ended.'),
    ).toEqual([['event:normandy-format-summit-2019', ['Normandy Format summit', 'the summit']]]);
    // Every word an English word: a phrase, not a name.
    expect(events('Headline\nShe spoke at the Climate Summit on Monday.')).toEqual([]);
  });

  it('reads who met where, at which summit, and where places lie', () => {
    const text =
      'Headline\nWorld leaders gathered in Da Nang, Vietnam for the APEC summit. ' +
      'Vladimir Putin and Donald Trump met for the first time at the G20 summit in Hamburg.';
    const file = extractArticle(article(text), baseGazetteer());
    const facts = file.relationships.map((r) => `${r.type} ${r.from} ${r.to}`);
    expect(facts).toEqual(
      expect.arrayContaining([
        'LOCATED_IN place:da-nang country:vietnam',
        'OCCURRED_IN event:asia-pacific-economic-cooperation-summit-2017 place:da-nang',
        'HELD_BY event:g20-summit-2017 organization:g20',
        'OCCURRED_IN event:g20-summit-2017 place:hamburg',
        'PARTICIPATED_IN person:vladimir-putin event:g20-summit-2017',
      ]),
    );
    for (const fact of file.relationships) {
      expect(fact.confidence).toBeGreaterThan(0);
      expect(fact.confidence).toBeLessThan(1);
      expect(text.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
    }
  });

  it('finds a place found by its context wherever the article names it again, but not inside a longer name', () => {
    const file = extractArticle(
      article(
        'Headline\nProtesters gathered in Stepanakert on Monday. Stepanakert was shelled again. ' +
          'The leaders met in Geneva. The Geneva summit ended; the Geneva Conventions apply.',
        '2021-06-16',
      ),
      baseGazetteer(),
    );
    const mentionsOf = (id: string) => file.entities.find((e) => e.id === id)?.mentions.map((m) => m.text);
    expect(mentionsOf('place:stepanakert')).toEqual(['Stepanakert', 'Stepanakert']);
    expect(mentionsOf('place:geneva')).toEqual(['Geneva', 'Geneva']);
    expect(file.entities.find((e) => e.name === 'Geneva summit')?.kind).toBe('Event');
  });

  it('takes a recording the article reports as a document of its own, but not a video link or a video address', () => {
    const documents = entitiesOfKind(
      'Prigozhin spoke in an eleven-minute audio message on Monday. Shoigu reappeared on Monday in a video of ' +
        'him inspecting troops; the video was short. Aliyev joined by video link, and Pashinyan spoke in a video ' +
        'address.',
      'Document',
      '2023-06-27',
    );
    expect(documents.map((e) => [e.name, e.documentType, e.date?.value, e.mentions.map((m) => m.text)])).toEqual([
      ['Audio message', 'audio message', '2023-06-26', ['eleven-minute audio message']],
      ['Video', 'video', '2023-06-26', ['video', 'video']],
    ]);
  });

  it('gives a post of no owner to the body its words name, found since ("the ministry\'s spokeswoman")', () => {
    const file = extractArticle(
      article(
        "Headline\nRussia's Foreign Ministry said on Sunday it was expelling 20 diplomats. Maria Zakharova, the " +
          "ministry's spokeswoman, had warned on Saturday.",
        '2021-04-18',
      ),
      baseGazetteer(),
    );
    const ministry = file.entities.find((e) => e.kind === 'Organization' && /Foreign Ministry/u.test(e.name));
    expect(file.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.title, r.to])).toEqual([
      ['person:maria-zakharova', 'Spokeswoman', ministry?.id],
    ]);
  });

  it("gives a state's post named without its country to the one country the story is about", () => {
    const roles = (text: string) => rolesOf(`Headline\n${text}`, baseGazetteer(), '2023-06-24');
    const story = 'Russia faced a mutiny. Russian troops moved north. Russia waited. ';
    expect(roles(`${story}Prigozhin met the deputy defence minister, Yunus-Bek Yevkurov.`)).toEqual([
      ['person:yunus-bek-yevkurov', 'Deputy Defence Minister', 'country:russia'],
    ]);
    // Two countries named as often: whose post it is, the article does not say.
    expect(
      roles(
        'Russia and Ukraine traded blame. Russia and Ukraine met. Russia and Ukraine wait. Yevkurov, the deputy defence minister, spoke.',
      ),
    ).toEqual([]);
  });

  it('takes a lone unknown word for a place after "around" or "near", and after "at" or "from" when it is no English word', () => {
    const places = (text: string) => entitiesOfKind(text, 'Place', '2015-02-14').map((e) => e.name);
    expect(places('The fiercest fighting is around Debaltseve, a railway junction.')).toEqual(['Debaltseve']);
    expect(places('The munitions were stored at Vrbetice for years.')).toEqual(['Vrbetice']);
    // "at Noon", "from Home": English words, no place.
    expect(places('They met at Noon and drove from Home.')).toEqual([]);
    // An apposition that says what kind of place a name is: "Shusha, the hilltop town".
    expect(places('Refugees fled Lachin, a mountain town, on Sunday.')).toEqual(['Lachin']);
    expect(places('Meanwhile, a town was shelled.')).toEqual([]);
  });

  it('reads "the army", with none named before, as the army of the country the story is about', () => {
    const armies = (text: string) =>
      entitiesOfKind(text, 'Organization', '2023-06-24').map((e) => [e.id, e.mentions.map((m) => m.text)]);
    expect(
      armies("Russia woke up to a mutiny. Russia's leader spoke. Prigozhin accused the army of a strike on Russia."),
    ).toEqual([['organization:russia-army', ['the army']]]);
    // No country the story is about: no army.
    expect(armies('Prigozhin accused the army of a strike.')).toEqual([]);
  });

  it("reads a country's press and its government's press service as bodies", () => {
    expect(
      entitiesOfKind(
        'The Belarusian presidential press service said Lukashenko had spoken to Prigozhin. Russian news agencies ' +
          'reported it.',
        'Organization',
        '2023-06-24',
      ).map((e) => [e.name, e.organizationType]),
    ).toEqual([
      ['Belarusian presidential press service', 'press service'],
      ['Russian news agencies', 'news media'],
    ]);
  });

  it('reads a ministry named by its portfolio alone as that of the one country whose minister of it the article names', () => {
    const ministryOf = (text: string) =>
      entitiesOfKind(text, 'Organization', '2023-06-24').map((e) => [e.id, e.mentions.map((m) => m.text)]);
    expect(
      ministryOf(
        'Russia woke up to a mutiny. Prigozhin vowed to punish the defence minister, Sergei Shoigu. The defence ' +
          'ministry called the claim a provocation.',
      ),
    ).toEqual([['organization:russian-defense-ministry', ['The defence ministry']]]);
    // No minister of that portfolio named: no ministry.
    expect(ministryOf('Russia woke up to a mutiny. The defence ministry called the claim a provocation.')).toEqual([]);
  });

  it('dates an act told as "a day after" another by the one day its sentence names', () => {
    const file = extractArticle(
      article(
        'Headline\nRussia said on Sunday it was expelling 20 Czech diplomats, a day after Prague ordered 18 Russian ' +
          'diplomats to leave.',
        '2021-04-18',
      ),
      baseGazetteer(),
    );
    const ordered = file.entities.find((e) => e.mentions.some((m) => m.text === 'ordered 18 Russian diplomats'));
    expect(ordered?.date).toMatchObject({ value: '2021-04-17', inferred: true });
  });

  it('dates the text a gathering ended with by the gathering, "it" being the gathering the sentence before opens on', () => {
    const file = extractArticle(
      article(
        'Headline\nVladimir Putin and Volodymyr Zelensky met at a summit in Paris on Monday. The meeting at the ' +
          'Élysée Palace was the first in three years. It ended late at night with a document of common agreed ' +
          'conclusions.',
        '2019-12-10',
      ),
      baseGazetteer(),
    );
    const summit = file.entities.find((e) => e.kind === 'Event' && e.eventType === 'summit')!;
    const document = file.entities.find((e) => e.kind === 'Document')!;
    expect(file.relationships.filter((r) => r.type === 'RESULTED_IN').map((r) => [r.from, r.to])).toEqual([
      [summit.id, document.id],
    ]);
    expect(summit.date?.value).toBe('2019-12-09');
    expect(document.date).toMatchObject({ value: '2019-12-09', inferred: true });
    // Without the gathering's words, the text stays undated.
    const alone = extractArticle(
      article('Headline\nThe sides issued a document of common agreed conclusions.'),
      baseGazetteer(),
    );
    expect(alone.entities.find((e) => e.kind === 'Document')?.date).toBeUndefined();
  });

  it('reads who signed a text with whom, the parties a document is between, who announced or hosted an event, what it answers and what a document says', () => {
    const facts = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2022-07-23'), baseGazetteer()).relationships.map(
        (r) => `${r.type} ${[r.from, r.to].map((id) => id.replace(/-[0-9a-f]{8}(?:-\d+)?$/u, '')).join(' ')}`,
      );
    expect(facts('Sergei Shoigu signed a memorandum with Turkey and the United Nations on Friday.')).toEqual(
      expect.arrayContaining([
        'ISSUED person:sergei-shoigu document:memorandum',
        'ISSUED country:turkiye document:memorandum',
        'ISSUED organization:united-nations document:memorandum',
      ]),
    );
    // "The summit of the so-called Normandy Format": the body whose summit it is.
    expect(
      facts(
        'Vladimir Putin and Volodymyr Zelensky met at a summit in Paris on Monday. The summit of the so-called ' +
          'Normandy Format was the first since 2016.',
      ).filter((f) => f.startsWith('HELD_BY')),
    ).toEqual([expect.stringMatching(/^HELD_BY event:paris-summit-\d{4} organization:normandy-format$/u)]);
    // A body's own unit is part of it: "the GRU, from its unit 29155", "unit 29155 of the GRU".
    expect(
      facts('Officers of the Russian military intelligence service GRU, from its unit 29155, took part.').filter((f) =>
        f.startsWith('PART_OF organization:unit'),
      ),
    ).toEqual(['PART_OF organization:unit-29155 organization:gru']);
    expect(
      facts('Officers of unit 29155 of the GRU took part.').filter((f) => f.startsWith('PART_OF organization:unit')),
    ).toEqual(['PART_OF organization:unit-29155 organization:gru']);
    // Who speaks in a text issued it: "said in a statement", "confirms it in an audio message".
    expect(
      facts('The Russian Foreign Ministry said in a statement that it would respond.').filter((f) =>
        f.startsWith('ISSUED'),
      ),
    ).toEqual(['ISSUED organization:russian-foreign-ministry document:statement']);
    // The comma that closes a title's apposition is no clause boundary; "but signed" is.
    expect(
      facts("Ukraine's infrastructure minister, Oleksandr Kubrakov, signed a memorandum of understanding.").filter(
        (f) => f.startsWith('ISSUED'),
      ),
    ).toEqual(['ISSUED person:oleksandr-kubrakov document:memorandum']);
    expect(
      facts('Oleksandr Kubrakov had doubts about Moscow, but signed a memorandum of understanding.').filter((f) =>
        f.startsWith('ISSUED'),
      ),
    ).toEqual([]);
    expect(facts('The current contract between Gazprom and Naftogaz expires.')).toEqual(
      expect.arrayContaining([
        'AGREED_TO organization:gazprom document:contract',
        'AGREED_TO organization:naftogaz document:contract',
      ]),
    );
    expect(
      facts(
        'Prague expelled 18 Russian diplomats on Saturday. The expulsion was announced on Saturday evening by ' +
          'Prime Minister Andrej Babiš and Jan Hamáček.',
      ).filter((f) => f.startsWith('PARTICIPATED_IN person:')),
    ).toEqual([
      'PARTICIPATED_IN person:andrej-babis event:expulsion-of-russia-diplomats-by-czechia-2022',
      'PARTICIPATED_IN person:jan-hamacek event:expulsion-of-russia-diplomats-by-czechia-2022',
    ]);
    expect(
      facts('It reaffirms the Panmunjom Declaration that Kim Jong Un signed with South Korean President Moon Jae-in.'),
    ).toEqual(
      expect.arrayContaining([
        'ISSUED person:kim-jong-un document:panmunjom-declaration',
        'ISSUED person:moon-jae-in document:panmunjom-declaration',
      ]),
    );
    expect(
      facts(
        'Trump and Kim met at a summit in Singapore on Tuesday. Prime Minister Lee Hsien Loong, who hosted the ' +
          'talks, welcomed the outcome.',
      ),
    ).toContain('PARTICIPATED_IN person:lee-hsien-loong event:singapore-summit-2022');
    expect(
      facts(
        'Trump and Kim signed a joint statement. In the document, Kim reaffirmed his commitment to the complete ' +
          'denuclearization of the Korean Peninsula. The readout says sanctions on North Korea remain.',
      ).filter((f) => f.startsWith('REFERENCES')),
    ).toEqual([
      'REFERENCES document:statement concept:denuclearization-of-korean-peninsula',
      'REFERENCES document:readout concept:sanctions-on-north-korea',
    ]);
    // With no text of the article's own, "the 13-point document" is the one named last before it;
    // "the new text" is set against another, so it is none.
    expect(
      facts(
        'The leaders endorsed a "Package of Measures for the Implementation of the Minsk Agreements". The ' +
          '13-point document sets out a ceasefire in eastern Ukraine. The new text also sets out an amnesty.',
      ).filter((f) => f.startsWith('REFERENCES')),
    ).toEqual([
      'REFERENCES document:package-of-measures-for-the-implementation-of-the-minsk-agreements concept:ceasefire-of-eastern-ukraine',
    ]);
    // What an apposition calls a document ("a 13-point package") names it later: "Under the package, …".
    expect(
      facts(
        'The sides signed an agreement. The deal, a 13-point "package of measures" to implement the Minsk ' +
          'protocol, was backed by France. Under the package, sanctions on North Korea stay.',
      ).filter((f) => f.startsWith('REFERENCES')),
    ).toEqual(['REFERENCES document:statement concept:sanctions-on-north-korea']);
    // "was signed not by … but by …": only who it was signed by, and the subject before an
    // apposition, not a text named inside it; "backed it in a separate joint declaration": each
    // of a list of speakers issued the text they speak in.
    expect(
      facts(
        'The sides signed an agreement. The deal, a 13-point "package of measures" to implement the Minsk ' +
          'protocol, was signed not by the leaders but by Leonid Kuchma and Mikhail Zurabov. Vladimir Putin, ' +
          'Petro Poroshenko and Angela Merkel backed it in a separate joint declaration.',
      )
        .filter((f) => f.startsWith('ISSUED'))
        .sort(),
    ).toEqual([
      'ISSUED person:angela-merkel document:separate-joint-declaration',
      'ISSUED person:leonid-kuchma document:statement',
      'ISSUED person:mikhail-zurabov document:statement',
      'ISSUED person:petro-poroshenko document:separate-joint-declaration',
      'ISSUED person:vladimir-putin document:separate-joint-declaration',
    ]);
    // "Under the statement, …" and "The statement also commits …" say what it says too.
    expect(
      facts(
        'Trump and Kim signed a joint statement. Under the statement, sanctions on North Korea stay. The ' +
          'statement also commits both sides to the denuclearization of the Korean Peninsula.',
      )
        .filter((f) => f.startsWith('REFERENCES'))
        .sort(),
    ).toEqual([
      'REFERENCES document:statement concept:denuclearization-of-korean-peninsula',
      'REFERENCES document:statement concept:sanctions-on-north-korea',
    ]);
    expect(
      facts('The summit ended with a document of "common agreed conclusions" that commits Kyiv and Moscow to a truce.'),
    ).toEqual(
      expect.arrayContaining([
        'AGREED_TO country:ukraine document:statement',
        'AGREED_TO country:russia document:statement',
      ]),
    );
    expect(
      facts('Armenia and Azerbaijan signed a deal to end the war in Nagorno-Karabakh.').filter((f) =>
        f.startsWith('ABOUT'),
      ),
    ).toEqual(['ABOUT document:statement event:war']);
    // Whoever "he" is, those he signed with issued it: the countries of "the leaders of", the people
    // the article gives the title of "the presidents of".
    expect(
      facts('He had been cautious, but signed a joint statement with the leaders of Britain, France and Germany.'),
    ).toEqual(
      expect.arrayContaining([
        'ISSUED country:united-kingdom document:statement',
        'ISSUED country:france document:statement',
        'ISSUED country:germany document:statement',
      ]),
    );
    expect(
      facts(
        'Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev spoke. Later he said he has ' +
          'signed a joint statement with the presidents of Russia and Azerbaijan.',
      ).filter((f) => f.startsWith('ISSUED')),
    ).toEqual(['ISSUED person:vladimir-putin document:statement', 'ISSUED person:ilham-aliyev document:statement']);
    expect(
      facts('Trump and Kim signed a joint statement on Tuesday at the end of a summit in Singapore.').filter((f) =>
        f.startsWith('RESULTED_IN'),
      ),
    ).toEqual(['RESULTED_IN event:singapore-summit-2022 document:statement']);
    // A state's body named with its country, by name or demonym, is part of it; a body of no state is not.
    expect(
      facts(
        "Russia's Foreign Ministry said officers of the Russian military intelligence service GRU were not " +
          'involved, and NATO agreed.',
      ).filter((f) => f.startsWith('PART_OF')),
    ).toEqual([
      'PART_OF organization:russias-foreign-ministry country:russia',
      'PART_OF organization:gru country:russia',
    ]);
    // Who holds an occasion past an apposition (not the person inside it), who tells or walks into a
    // press conference, and where a live entry that opens on a place took place.
    expect(
      facts(
        'Stéphane Dujarric, spokesman for UN Secretary-General António Guterres, held the noon briefing. ' +
          'Andrej Babiš walked into a press conference in Prague.',
      ).filter((f) => f.startsWith('PARTICIPATED_IN')),
    ).toEqual([
      'PARTICIPATED_IN person:stephane-dujarric event:press-briefing',
      'PARTICIPATED_IN person:andrej-babis event:press-conference-in-prague',
    ]);
    expect(
      facts('03:00 In Moscow, Vladimir Putin has confirmed the statement in a televised address.').filter((f) =>
        f.startsWith('OCCURRED_IN'),
      ),
    ).toEqual([expect.stringMatching(/^OCCURRED_IN event:speech-\S+ place:moscow$/)]);
    expect(
      facts('The joint statement carries the signatures of the Trilateral Contact Group.').filter((f) =>
        f.startsWith('ISSUED'),
      ),
    ).toEqual(['ISSUED organization:trilateral-contact-group document:statement']);
    // The members a body's name opens a list of signed for it; a person after the sentence did not.
    expect(
      facts(
        'The joint statement carries the signatures of the Trilateral Contact Group (Heidi Tagliavini for the ' +
          'OSCE and the former Ukrainian president Leonid Kuchma) and of the rebel leader Igor Plotnitsky. ' +
          'Petro Poroshenko welcomed it.',
      ).filter((f) => f.startsWith('ISSUED')),
    ).toEqual([
      'ISSUED organization:trilateral-contact-group document:statement',
      'ISSUED person:heidi-tagliavini document:statement',
      'ISSUED person:leonid-kuchma document:statement',
      'ISSUED person:igor-plotnitsky document:statement',
    ]);
    // A headline's signers issued the article's own text.
    const headline = extractArticle(
      article(
        'Live: Armenia, Azerbaijan and Russia sign deal to end the war\n23:30 The leaders have signed a statement.',
        '2020-11-10',
      ),
      baseGazetteer(),
    ).relationships.filter((r) => r.type === 'ISSUED');
    // Its evidence is the headline, which starts the text.
    expect(headline.map((r) => `${r.from} ${r.evidence.start}`)).toEqual([
      'country:russia 0',
      'country:azerbaijan 0',
      'country:armenia 0',
    ]);
    // "he has signed": the one person named before in the sentence.
    expect(
      facts('Nikol Pashinyan has written on Facebook that he has signed a statement.').filter((f) =>
        f.startsWith('ISSUED'),
      ),
    ).toEqual(['ISSUED person:nikol-pashinyan document:statement']);
    expect(facts('The leaders of Armenia and Russia put their names to a joint statement.')).toEqual(
      expect.arrayContaining(['ISSUED country:armenia document:statement', 'ISSUED country:russia document:statement']),
    );
    expect(
      facts('Prague ordered 18 Russian diplomats to leave over the 2014 explosions at Vrbetice.').filter((f) =>
        f.startsWith('ABOUT'),
      ),
    ).toEqual(['ABOUT event:expulsion-of-russia-diplomats-by-czechia-2022 event:explosion-in-vrbetice-2014']);
    // A press conference or a statement is about what its sentence reports; not the gathering it
    // was held after.
    expect(
      facts(
        'Andrej Babiš told a press conference in Prague that GRU officers were involved in the 2014 explosions. ' +
          'Trump told a press conference after the summit in Singapore that he trusted Kim.',
      ).filter((f) => f.startsWith('ABOUT')),
    ).toEqual([expect.stringMatching(/^ABOUT event:press-conference-in-prague\S* event:explosion\S*$/)]);
    // A place said to be in another is located there; a gathering at it was held in both; an act
    // "in retaliation over" a place was not held there.
    expect(
      facts(
        'Emmanuel Macron hosts Vladimir Putin at the Élysée Palace in Paris for the first Normandy Format summit. ' +
          'The meeting at the Élysée Palace in Paris lasted long. Russia expels 20 Czech diplomats in retaliation over Vrbetice.',
      ).filter((f) => f.startsWith('LOCATED_IN') || f.startsWith('OCCURRED_IN')),
    ).toEqual([
      'LOCATED_IN place:elysee-palace place:paris',
      expect.stringMatching(/^OCCURRED_IN event:\S*summit\S* place:elysee-palace$/),
      expect.stringMatching(/^OCCURRED_IN event:\S*summit\S* place:paris$/),
    ]);
    // A gathering on a site one stands on was held there, not about it.
    const onSite = facts(
      'Trump and Kim signed a joint statement at the end of the Singapore summit on Sentosa island.',
    ).filter((f) => f.endsWith('place:sentosa'));
    expect(onSite).toEqual([expect.stringMatching(/^OCCURRED_IN event:singapore-summit\S* place:sentosa$/)]);
  });

  it('takes two named people who talked, or spoke by phone, as an event of both; not who spoke to reporters', () => {
    const file = extractArticle(
      article(
        'Headline\nThe press service says Alexander Lukashenko has talked to Yevgeny Prigozhin, in agreement ' +
          'with Putin. Joe Biden spoke with Vladimir Putin by phone on Tuesday. Lavrov spoke to reporters.',
        '2023-06-24',
      ),
      baseGazetteer(),
    );
    const events = file.entities.filter((e) => e.kind === 'Event');
    expect(events.map((e) => [e.eventType, e.name])).toEqual([
      ['talks', 'Talks of Alexander Lukashenko and Yevgeny Prigozhin'],
      ['call', 'Phone call of Joe Biden and Vladimir Putin'],
    ]);
    const participants = file.relationships
      .filter((r) => r.type === 'PARTICIPATED_IN')
      .map((r) => `${r.from} ${r.to.replace(/-[0-9a-f]{8}-\d+$/u, '')}`);
    expect(participants).toEqual([
      'person:alexander-lukashenko event:talks-lukashenko-prigozhin',
      'person:yevgeny-prigozhin event:talks-lukashenko-prigozhin',
      'person:joe-biden event:call-biden-putin',
      'person:vladimir-putin event:call-biden-putin',
    ]);
  });

  it('takes a person who discussed something with another as talks of both, the verb its words, past a "who"', () => {
    const file = extractArticle(
      article(
        'Headline\nAngela Merkel flew to Minsk. The German chancellor, who had discussed the crisis with Barack ' +
          'Obama in Washington on Monday, was cautious. Vladimir Putin discussed sanctions with reporters.',
        '2015-02-12',
      ),
      baseGazetteer(),
    );
    const events = file.entities.filter((e) => e.kind === 'Event');
    expect(events.map((e) => [e.name, e.date?.value, e.mentions.map((m) => m.text)])).toEqual([
      ['Talks of Angela Merkel and Barack Obama', '2015-02-09', ['had discussed']],
    ]);
  });

  it('takes "the leaders of" countries at a gathering for the one leader of each the article gives a role', () => {
    const file = extractArticle(
      article(
        'Headline\nThe leaders of Russia, Ukraine and France agreed on Thursday after 16 hours of talks in Minsk. ' +
          'Russian President Vladimir Putin and Ukrainian President Petro Poroshenko spoke first.',
        '2015-02-12',
      ),
      baseGazetteer(),
    );
    const participants = file.relationships
      .filter((r) => r.type === 'PARTICIPATED_IN')
      .map((r) => `${r.from} ${file.entities.find((e) => e.id === r.to)?.eventType}`);
    // France's leader has no role in the article: no one for France.
    expect(participants).toEqual(['person:vladimir-putin talks', 'person:petro-poroshenko talks']);
  });

  it('takes "the Belarusian capital" for the capital of the country its demonym names', () => {
    const file = extractArticle(
      article('Headline\nThe leaders met after 16 hours of talks in the Belarusian capital.'),
      baseGazetteer(),
    );
    expect(file.entities.find((e) => e.id === 'place:minsk')?.mentions.map((m) => m.text)).toEqual(['capital']);
    expect(file.relationships.filter((r) => r.type === 'CAPITAL_OF').map((r) => `${r.from} ${r.to}`)).toEqual([
      'place:minsk country:belarus',
    ]);
  });

  it('reads "place, country" as an address only where the phrase ends there', () => {
    const located = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2022-07-22'), baseGazetteer())
        .relationships.filter((r) => r.type === 'LOCATED_IN')
        .map((r) => `${r.from} ${r.to}`);
    expect(located('The ships were loaded in Odesa, Ukraine on Friday.')).toEqual(['place:odesa country:ukraine']);
    // The country opens the next clause.
    expect(located('After two months of talks in Istanbul, Russia and Ukraine signed the deal.')).toEqual([]);
    // A capital lies in its own country, not in another one.
    expect(located('He flew from Moscow, Russia, to the talks.')).toEqual(['place:moscow country:russia']);
    expect(located('He flew from Minsk, Russia, to the talks.')).toEqual([]);
  });

  it('makes a meeting part of a summit only when its words put it there', () => {
    const facts = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2019-06-30'), baseGazetteer()).relationships.map(
        (r) => `${r.type} ${r.from} ${r.to}`,
      );
    const atTheSummit = facts('Emmanuel Macron and Angela Merkel met on the sidelines of the G20 summit in Osaka.');
    expect(atTheSummit.filter((f) => f.startsWith('PART_OF'))).toEqual([
      expect.stringMatching(/^PART_OF event:meeting-merkel-macron-.* event:g20-summit-2019$/),
    ]);
    const anotherSummit = facts(
      'Emmanuel Macron and Angela Merkel met in Paris on Sunday, a week after the G20 summit in Osaka.',
    );
    expect(anotherSummit.filter((f) => f.startsWith('PART_OF'))).toEqual([]);
  });

  it('names a summit after its place, dates it by its own words, and takes the leaders who met there for it', () => {
    const text =
      'Leaders meet in Lisbon\nAngela Merkel and Emmanuel Macron met in Lisbon on Tuesday. ' +
      'The Lisbon summit was shorter than the G20 summit in Osaka in June 2019.';
    const file = extractArticle(article(text, '2021-05-07'), baseGazetteer());
    const events = file.entities.filter((e) => e.kind === 'Event').map((e) => `${e.id} ${e.eventType}`);
    expect(events).toEqual(['event:lisbon-summit-2021 summit', 'event:g20-summit-2019 summit']);
    expect(file.relationships.map((r) => `${r.type} ${r.from} ${r.to}`)).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN person:angela-merkel event:lisbon-summit-2021',
        'PARTICIPATED_IN person:emmanuel-macron event:lisbon-summit-2021',
        'OCCURRED_IN event:lisbon-summit-2021 place:lisbon',
      ]),
    );
  });

  it('names a summit after its place in a headline too, but not a summit of two countries', () => {
    const events = (text: string) =>
      extractArticle(article(text, '2021-05-07'), baseGazetteer())
        .entities.filter((e) => e.kind === 'Event')
        .map((e) => e.id);
    expect(events('Minister briefs reporters after Lisbon summit\nThe minister spoke on Friday.')).toEqual([
      'event:lisbon-summit-2021',
    ]);
    expect(events('Headline\nThe EU-Russia summit was cancelled on Friday.')).toEqual([]);
  });

  it('takes a round of talks still to come only with a place or date of its own, and no common word for a name', () => {
    const file = extractArticle(
      article(
        'Headline\nThe next round of talks will be held on May 14. Another round of talks in Geneva is due. ' +
          'I expect the next round of talks soon. Peace talks resumed. Astana talks resumed.',
      ),
      baseGazetteer(),
    );
    expect(file.entities.filter((e) => e.kind === 'Event').map((e) => e.mentions.map((m) => m.text))).toEqual([
      ['The next round of talks'],
      ['Another round of talks in Geneva'],
      ['Astana talks'],
    ]);
  });

  it('names a summit held in a place after it, with who held it or met at it; initials stay in a name', () => {
    const text =
      'Headline\nChinese President Xi Jinping and Indian Prime Minister Narendra Modi wrapped up a two-day ' +
      'informal summit in Chennai on Saturday. The summit between Xi and Modi was their second. ' +
      "Xi then met Nepal's Prime Minister K.P. Sharma Oli.";
    const file = extractArticle(article(text, '2019-10-12'), baseGazetteer());
    const summit = file.entities.find((e) => e.id === 'event:chennai-summit-2019');
    expect(summit?.mentions.map((m) => m.text)).toEqual(['a two-day informal summit in Chennai', 'The summit']);
    const facts = file.relationships
      .filter((r) => r.to === 'event:chennai-summit-2019' || r.from === 'event:chennai-summit-2019')
      .map((r) => `${r.type} ${r.from} ${r.to}`)
      .sort();
    expect(facts).toEqual([
      'OCCURRED_IN event:chennai-summit-2019 place:chennai',
      'PARTICIPATED_IN person:narendra-modi event:chennai-summit-2019',
      'PARTICIPATED_IN person:xi-jinping event:chennai-summit-2019',
    ]);
    expect(file.entities.find((e) => e.name === 'K.P. Sharma Oli')?.kind).toBe('Person');
  });

  it("reads a dateline's place in capitals, and puts there an occasion the article reports with no place of its own", () => {
    const text =
      'Pompeo briefs reporters in Seoul\nSEOUL, June 14 (Pacific Dispatch) – US Secretary of State Mike Pompeo ' +
      'spoke after a trilateral meeting with Taro Kono. They held a bilateral meeting in Tokyo later.';
    const file = extractArticle(article(text, '2018-06-14'), baseGazetteer());
    expect(file.entities.find((e) => e.id === 'place:seoul')?.mentions.map((m) => m.text)).toEqual(['Seoul', 'SEOUL']);
    const placed = file.relationships
      .filter((r) => r.type === 'OCCURRED_IN')
      .map((r) => [file.entities.find((e) => e.id === r.from)?.name, r.to]);
    expect(placed).toEqual([
      ['Bilateral meeting', 'place:tokyo'],
      ['Trilateral meeting', 'place:seoul'],
    ]);
    // A dateline of two places names the first.
    const twoPlaces = extractArticle(
      article(
        'Missiles hit Odesa\nODESA/ISTANBUL, July 23 (Saltmarsh Wire) – Russian missiles struck the port.',
        '2022-07-23',
      ),
      baseGazetteer(),
    );
    expect(twoPlaces.entities.find((e) => e.id === 'place:odesa')?.mentions.map((m) => m.text)).toEqual([
      'Odesa',
      'ODESA',
    ]);
  });

  it('takes a meeting of two people only when the words say those two meet', () => {
    const meetings = (text: string) =>
      extractArticle(article(`Headline\n${text}`), baseGazetteer())
        .entities.filter((e) => e.eventType === 'meeting')
        .map((e) => e.name);
    expect(meetings('Vladimir Putin and Donald Trump met in Hamburg.')).toEqual([
      'Meeting of Donald Trump and Vladimir Putin',
    ]);
    expect(meetings('Vladimir Putin met with Donald Trump on Friday.')).toHaveLength(1);
    expect(meetings('It was the first meeting between Vladimir Putin and Donald Trump.')).toHaveLength(1);
    expect(meetings('Sergey Lavrov said officials would meet in Ankara, Mevlut Cavusoglu added.')).toEqual([]);
    expect(meetings('Donald Trump told Moon Jae-in about the meeting by phone.')).toEqual([]);
  });

  it('finds press conferences and trilateral meetings, with who spoke and who met', () => {
    const text =
      'Headline\nAt a press conference later in the day, Angela Merkel said the talks had gone well. ' +
      'Olaf Scholz met reporters after a trilateral meeting with Emmanuel Macron and Mario Draghi.';
    const file = extractArticle(article(text, '2021-05-07'), baseGazetteer());
    const events = file.entities.filter((e) => e.kind === 'Event').map((e) => `${e.name} (${e.eventType})`);
    expect(events).toEqual(['Press conference (press conference)', 'Trilateral meeting (meeting)']);
    const participants = (name: string) => {
      const event = file.entities.find((e) => e.name === name)!;
      return file.relationships
        .filter((r) => r.type === 'PARTICIPATED_IN' && r.to === event.id)
        .map((r) => r.from)
        .sort();
    };
    expect(participants('Press conference')).toEqual(['person:angela-merkel']);
    const own = extractArticle(
      article('Headline\nOlaf Scholz flew home. He had promised at his press conference to call.', '2021-05-07'),
      baseGazetteer(),
    );
    const conference = own.entities.find((e) => e.eventType === 'press conference')!;
    expect(own.relationships.filter((r) => r.to === conference.id).map((r) => `${r.type} ${r.from}`)).toEqual([
      'PARTICIPATED_IN person:olaf-scholz',
    ]);
    expect(participants('Trilateral meeting')).toEqual([
      'person:emmanuel-macron',
      'person:mario-draghi',
      'person:olaf-scholz',
    ]);
  });

  it('finds a trip to a place, a body’s emergency session and a signing ceremony, and the words that refer back', () => {
    const events = (text: string) =>
      extractArticle(article(`Headline\n${text}`, '2021-04-18'), baseGazetteer())
        .entities.filter((e) => e.kind === 'Event')
        .map((e) => [e.name, e.eventType, e.mentions.map((m) => m.text)]);
    expect(events('Jan Hamacek cancelled his planned trip to Moscow. The trip had been due on Monday.')).toEqual([
      ['Visit to Moscow', 'visit', ['his planned trip to Moscow', 'The trip']],
    ]);
    expect(
      events('The UN Security Council held an emergency session on Monday. Ukraine spoke at the session.'),
    ).toEqual([['Emergency session', 'meeting', ['an emergency session', 'the session']]]);
    expect(events('Leaders attended a signing ceremony at the White House. The ceremony lasted an hour.')).toEqual([
      ['Signing ceremony', 'ceremony', ['a signing ceremony', 'The ceremony']],
    ]);
    // Another event named in between: "the meeting" may be either, so it is neither.
    expect(
      events(
        'Macron held a one-on-one meeting with Zelensky. Then the summit opened. Putin said the meeting had been useful.',
      ).find(([name]) => name === 'One-on-one meeting'),
    ).toEqual(['One-on-one meeting', 'meeting', ['a one-on-one meeting']]);
    // A session or a ceremony with nothing to say which is no occasion of its own.
    expect(events('The session ended late. A ceremony is planned.')).toEqual([]);
    const visitors = (text: string) => {
      const file = extractArticle(article(`Headline\n${text}`, '2021-04-18'), baseGazetteer());
      const visit = file.entities.find((e) => e.eventType === 'visit');
      return file.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === visit?.id).map((r) => r.from);
    };
    expect(visitors('Jan Hamacek cancelled his planned trip to Moscow.')).toEqual(['person:jan-hamacek']);
    expect(visitors("Andrej Babis said Jan Hamacek's trip to Moscow was off.")).toEqual(['person:jan-hamacek']);
    expect(visitors('Officials said Jan Hamacek has called off a trip to Moscow.')).toEqual(['person:jan-hamacek']);
    expect(visitors('Jan Hamacek, the minister, called Andrej Babis about a trip to Moscow.')).toEqual([]);
  });

  it('gives every sentence offset of the text it reads', () => {
    const text = 'Headline\nOne sentence. Another one.';
    expect(segmentSentences(text).map((s) => s.text)).toEqual(['Headline', 'One sentence.', 'Another one.']);
  });
});

describe('long and repetitive articles', () => {
  const repeated = (sentence: string, times: number) => article(sentence.repeat(times).trim());

  it('gives every one of many quotes of the same words its own id and its speaker', () => {
    const file = extractArticle(repeated('Vladimir Putin said: "We agree." ', 500), baseGazetteer());
    expect(file.quotes).toHaveLength(500);
    expect(new Set(file.quotes.map((quote) => quote.id)).size).toBe(500);
    expect(file.quotes.at(-1)!.id).toBe('quote:we-agree-500');
    expect(new Set(file.quotes.map((quote) => quote.speaker))).toEqual(new Set(['person:vladimir-putin']));
  });

  it('stops an article over its time budget with an error that names the file, the budget and the fix', () => {
    const slow = repeated('President Vladimir Putin met Donald Trump in Geneva on Monday.\n', 300);
    let thrown: unknown;
    try {
      extractArticle(slow, baseGazetteer(), { budgetMs: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('SOURCE_EXTRACTION_TOO_SLOW');
    expect((thrown as AppError).message).toMatch(
      /^test\.txt: extracting this article took over its time budget of 1 ms/,
    );
    expect((thrown as AppError).message).toMatch(/EXTRACTION_TIME_BUDGET_MS/);
  });

  it('reads the same article within the default budget', () => {
    const file = extractArticle(
      repeated('President Vladimir Putin met Donald Trump in Geneva on Monday.\n', 3),
      baseGazetteer(),
    );
    expect(file.entities.map((entity) => entity.id)).toEqual(expect.arrayContaining(['person:vladimir-putin']));
  });
});
