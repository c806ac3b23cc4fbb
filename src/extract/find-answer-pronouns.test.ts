import { extractArticle } from './extract-article';
import { baseGazetteer } from './gazetteer';

function read(text: string) {
  const file = extractArticle(
    { text: `Headline\n${text}`, publishedOn: '2023-06-27', origin: 'test.txt' },
    baseGazetteer(),
  );
  const name = new Map(file.entities.map((e) => [e.id, e.name]));
  return {
    file,
    quotes: file.quotes.map((q) => [q.text, q.speaker ? name.get(q.speaker) : null]),
    participants: file.relationships
      .filter((r) => r.type === 'PARTICIPATED_IN')
      .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`),
  };
}

describe('pronouns that answer a question about one person', () => {
  const transcript =
    'ADEYEMI: Vladimir Putin and Alexander Lukashenko spoke on Saturday.\n' +
    'HADLEY: Both did.\n' +
    'ADEYEMI: Lukashenko is taking a lot of the credit.\n' +
    'HADLEY: He is. He says he told Putin: "Don\'t rush."\n' +
    'ADEYEMI: And Putin himself?\n' +
    'HADLEY: He addressed the nation again last night.\n';

  it('reads an answer’s "He" as the one person the question names, for quotes and events', () => {
    const { quotes, participants, file } = read(transcript);
    expect(quotes).toEqual(expect.arrayContaining([["Don't rush.", 'Alexander Lukashenko']]));
    expect(participants).toContain('Vladimir Putin -> Address to the nation');
    // A pronoun is no other name of the person.
    expect(file.entities.flatMap((e) => e.aliases)).not.toContain('He');
  });

  it('leaves the pronoun alone when the question names two people', () => {
    const { participants } = read(
      'ADEYEMI: Vladimir Putin and Alexander Lukashenko spoke on Saturday.\n' +
        'HADLEY: He addressed the nation again last night.\n',
    );
    expect(participants).not.toContain('Vladimir Putin -> Address to the nation');
  });
});
