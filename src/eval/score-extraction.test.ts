import type { ArticleFile } from '../vocabulary/article-file-schema';
import { alignEntities, scoreExtraction } from './score-extraction';

const text = 'Putin met Lavrov in Moscow. “We agree,” Lavrov said.';
const span = (words: string, from = 0) => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, text: words };
};

/** The span of a part of `sentence`, found by its words. */
function spansIn(sentence: string) {
  return (part: string) => {
    const start = sentence.indexOf(part);
    return { start, end: start + part.length, text: part };
  };
}

function file(entities: ArticleFile['entities'], extra: Partial<ArticleFile> = {}): ArticleFile {
  return {
    article: {
      id: 'a',
      title: 't',
      textFile: 't.txt',
      publishedOn: '2018-03-14',
      language: 'en',
      source: { name: 'S' },
      extracted: false,
    },
    entities,
    relationships: [],
    claims: [],
    quotes: [],
    ...extra,
  };
}

const gold = file(
  [
    { id: 'person:vladimir-putin', kind: 'Person', name: 'Vladimir Putin', aliases: [], mentions: [span('Putin')] },
    {
      id: 'person:sergey-lavrov',
      kind: 'Person',
      name: 'Sergey Lavrov',
      aliases: [],
      mentions: [span('Lavrov'), span('Lavrov', 20)],
    },
    { id: 'place:moscow', kind: 'Place', name: 'Moscow', aliases: [], mentions: [span('Moscow')] },
  ],
  {
    relationships: [
      { type: 'PARTICIPATED_IN', from: 'person:vladimir-putin', to: 'place:moscow', evidence: span('Putin met') },
    ],
    quotes: [
      {
        id: 'quote:we-agree',
        speaker: 'person:sergey-lavrov',
        ...span('We agree'),
        about: [],
        expresses: [],
      },
    ],
  },
);

describe('scoring an extraction against a gold file', () => {
  it('aligns entities by their words, whatever their ids', () => {
    const extracted = file([
      { id: 'person:putin', kind: 'Person', name: 'Putin', aliases: [], mentions: [span('Putin')] },
      { id: 'person:lavrov', kind: 'Person', name: 'Lavrov', aliases: [], mentions: [span('Lavrov', 20)] },
    ]);
    expect(alignEntities(gold, extracted)).toEqual(
      new Map([
        ['person:putin', 'person:vladimir-putin'],
        ['person:lavrov', 'person:sergey-lavrov'],
      ]),
    );
    const { entities } = scoreExtraction(gold, extracted);
    expect(entities).toMatchObject({ truePositives: 2, predicted: 2, expected: 3, precision: 1 });
    expect(entities.recall).toBeCloseTo(2 / 3);
    expect(entities.f1).toBeCloseTo(0.8);
  });

  it('aligns a name to the gold entity it spans exactly, not to one named inside it', () => {
    const words = 'Office of the United Nations High Commissioner for Refugees';
    const at = spansIn(`Refugees return under the supervision of the ${words}.`);
    const nested = file([
      {
        id: 'organization:united-nations',
        kind: 'Organization',
        name: 'United Nations',
        aliases: [],
        mentions: [at('United Nations')],
      },
      { id: 'organization:unhcr', kind: 'Organization', name: 'UNHCR', aliases: [], mentions: [at(words)] },
    ]);
    const extracted = file([
      { id: 'organization:unhcr', kind: 'Organization', name: 'UNHCR', aliases: [], mentions: [at(words)] },
    ]);
    expect(alignEntities(nested, extracted)).toEqual(new Map([['organization:unhcr', 'organization:unhcr']]));
  });

  it('aligns a name inside two gold mentions to the one whose words it covers most of', () => {
    const at = spansIn('Autonomy for the rebel-held parts of the Donetsk and Luhansk regions.');
    const nested = file([
      {
        id: 'place:rebel-held-areas',
        kind: 'Place',
        name: 'Rebel-held areas',
        aliases: [],
        mentions: [at('the rebel-held parts of the Donetsk and Luhansk regions')],
      },
      {
        id: 'place:luhansk-region',
        kind: 'Place',
        name: 'Luhansk region',
        aliases: [],
        mentions: [at('Luhansk regions')],
      },
    ]);
    const extracted = file([
      { id: 'place:luhansk', kind: 'Place', name: 'Luhansk region', aliases: [], mentions: [at('Luhansk')] },
    ]);
    expect(alignEntities(nested, extracted)).toEqual(new Map([['place:luhansk', 'place:luhansk-region']]));
  });

  it('counts an entity of the wrong kind as wrong, and a quote only with the gold speaker', () => {
    const extracted = file(
      [
        { id: 'organization:putin', kind: 'Organization', name: 'Putin', aliases: [], mentions: [span('Putin')] },
        { id: 'person:lavrov', kind: 'Person', name: 'Lavrov', aliases: [], mentions: [span('Lavrov')] },
      ],
      {
        quotes: [
          {
            id: 'quote:q',
            speaker: 'organization:putin',
            ...span('We agree'),
            about: [],
            expresses: [],
          },
        ],
      },
    );
    const scores = scoreExtraction(gold, extracted);
    expect(scores.entities.truePositives).toBe(1);
    expect(scores.quotes.truePositives).toBe(0);
    expect(scores.quoteSpans.truePositives).toBe(1);
  });

  it('reads relations through the alignment', () => {
    const extracted = file(
      [
        { id: 'person:putin', kind: 'Person', name: 'Putin', aliases: [], mentions: [span('Putin')] },
        { id: 'place:moskva', kind: 'Place', name: 'Moskva', aliases: [], mentions: [span('Moscow')] },
      ],
      {
        relationships: [
          { type: 'PARTICIPATED_IN', from: 'person:putin', to: 'place:moskva', evidence: span('Putin met') },
        ],
      },
    );
    expect(scoreExtraction(gold, extracted).relations).toMatchObject({
      truePositives: 1,
      predicted: 1,
      expected: 1,
      f1: 1,
    });
  });
});
