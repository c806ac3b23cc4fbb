import type { ArticleFile } from '../vocabulary/article-file-schema';
import { countClusterIdentity, goldForMention, type ClusterArticle, type GraphMention } from './count-cluster-identity';

type Entity = ArticleFile['entities'][number];

function goldFile(
  text: string,
  entities: [string, Entity['kind'], string[]][],
  relationships: ArticleFile['relationships'] = [],
): ArticleFile {
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
    entities: entities.map(([id, kind, words]) => ({
      id,
      kind,
      name: id,
      aliases: [],
      mentions: words.map((w) => {
        const [word, nth] = w.split('#');
        let start = -1;
        for (let i = 0; i <= Number(nth ?? 0); i += 1) start = text.indexOf(word!, start + 1);
        return { start, end: start + word!.length, text: word! };
      }),
    })),
    relationships,
    claims: [],
    quotes: [],
  };
}

const mention = (text: string, nodeId: string, kind: string, words: string, nth = 0): GraphMention => {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(words, start + 1);
  return { nodeId, kind, start, end: start + words.length };
};

const fact = (type: 'HOLDS_ROLE', from: string, to: string): ArticleFile['relationships'][number] => ({
  type,
  from,
  to,
  evidence: { start: 0, end: 1, text: 'x' },
});

const textA = 'Russian Foreign Minister Sergey Lavrov met Kim Jong Un. Kim spoke.';
const goldA = goldFile(
  textA,
  [
    ['person:lavrov', 'Person', ['Russian Foreign Minister Sergey Lavrov']],
    ['country:russia', 'Country', ['Russian']],
    ['person:kim', 'Person', ['Kim Jong Un', 'Kim#1']],
  ],
  [fact('HOLDS_ROLE', 'person:lavrov', 'country:russia')],
);
const textB = 'Lavrov of Russia and Kim Yong-chol met. Kim Yong-chol spoke.';
const goldB = goldFile(
  textB,
  [
    ['person:lavrov', 'Person', ['Lavrov']],
    ['country:russia', 'Country', ['Russia']],
    ['person:kim-yong-chol', 'Person', ['Kim Yong-chol', 'Kim Yong-chol#1']],
  ],
  [fact('HOLDS_ROLE', 'person:lavrov', 'country:russia')],
);

describe('goldForMention', () => {
  it('takes the gold mention a graph mention covers best, not one nested in it', () => {
    expect(goldForMention(goldA, mention(textA, 'n', 'Person', 'Russian Foreign Minister Sergey Lavrov'))).toBe(
      'person:lavrov',
    );
    expect(goldForMention(goldA, mention(textA, 'n', 'Country', 'Russian'))).toBe('country:russia');
  });

  it('gives nothing for words that are no gold mention or are not in the gold text', () => {
    expect(goldForMention(goldA, mention(textA, 'n', 'Concept', 'spoke'))).toBeUndefined();
    // An event's words around a country the gold names are not that country.
    expect(goldForMention(goldB, mention(textB, 'n', 'Event', 'of Russia and'))).toBeUndefined();
    expect(goldForMention(goldA, { nodeId: 'n', kind: 'Person' })).toBeUndefined();
  });
});

describe('countClusterIdentity', () => {
  const articles = (lavrovInB: string, kimInB: string): ClusterArticle[] => [
    {
      gold: goldA,
      mentions: [
        mention(textA, 'person:lavrov', 'Person', 'Sergey Lavrov'),
        mention(textA, 'country:russia', 'Country', 'Russian'),
        mention(textA, 'person:kim', 'Person', 'Kim Jong Un'),
        mention(textA, 'person:kim', 'Person', 'Kim', 1),
        mention(textA, 'person:spoke', 'Person', 'spoke'),
      ],
      facts: [{ type: 'HOLDS_ROLE', from: 'person:lavrov', to: 'country:russia' }],
    },
    {
      gold: goldB,
      mentions: [
        mention(textB, lavrovInB, 'Person', 'Lavrov'),
        mention(textB, 'country:russia', 'Country', 'Russia'),
        mention(textB, kimInB, 'Person', 'Kim Yong-chol'),
        mention(textB, kimInB, 'Person', 'Kim Yong-chol', 1),
      ],
      facts: [{ type: 'HOLDS_ROLE', from: lavrovInB, to: 'country:russia' }],
    },
  ];

  it('counts one node per gold entity across articles as no duplicate, and a corroborated fact', () => {
    const identity = countClusterIdentity(articles('person:lavrov', 'person:kim-yong-chol'));
    expect(identity).toMatchObject({
      articles: 2,
      goldEntities: 4,
      found: 4,
      duplicates: { people: 0, documents: 0, events: 0, others: 0 },
      wrongMerges: [],
      invented: ['person:spoke'],
      multiSourceFacts: 1,
      corroborated: 1,
    });
  });

  it('counts a second node for the same person as a duplicate, and the fact as not corroborated', () => {
    const identity = countClusterIdentity(articles('person:lavrov-2', 'person:kim-yong-chol'));
    expect(identity.duplicates.people).toBe(1);
    expect(identity.duplicateList).toEqual(['person:lavrov as person:lavrov, person:lavrov-2']);
    expect(identity.multiSourceFacts).toBe(1);
    expect(identity.corroborated).toBe(0);
  });

  it('counts one node for two people as a wrong merge', () => {
    const identity = countClusterIdentity(articles('person:lavrov', 'person:kim'));
    expect(identity.wrongMerges).toEqual(['person:kim = person:kim (2) + person:kim-yong-chol (2)']);
    expect(identity.found).toBe(3);
  });
});
