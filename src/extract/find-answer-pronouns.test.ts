import { extractedFile, namedFacts, namedQuotes } from '../../tests/support/extraction';

function read(text: string) {
  const file = extractedFile(text, '2023-06-27');
  return { file, quotes: namedQuotes(file), participants: namedFacts(file, 'PARTICIPATED_IN') };
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
