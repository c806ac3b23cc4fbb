import { extractArticle } from './extract-article';
import { baseGazetteer } from './gazetteer';

function speakersOf(text: string) {
  const file = extractArticle(
    { text: `Headline\n${text}`, publishedOn: '2022-07-25', origin: 'test.txt' },
    baseGazetteer(),
  );
  return file.quotes.map((q) => [q.text.slice(0, 20), q.speaker]);
}

describe('who speaks a quote', () => {
  it('is the subject of a verb of accusing, admitting or vowing, and a single name before such a verb is a person', () => {
    expect(
      speakersOf(
        'Kemal Kılıçdaroğlu, the opposition leader, accused Erdogan of "selling out" to the West. ' +
          '"We will win," Zelensky vowed. Peskov admitted that talks were "difficult".',
      ),
    ).toEqual([
      ['selling out', 'person:kemal-kilicdaroglu'],
      ['We will win', 'person:zelensky'],
      ['difficult', 'person:peskov'],
    ]);
  });

  it('is the person a transcript’s title label names, when the article gives one person that title', () => {
    expect(
      speakersOf(
        'Stéphane Dujarric, spokesman for the Secretary-General, held the briefing.\n' +
          'Spokesman: Good afternoon. We are following the reports.\n' +
          'Question: Will ships leave this week?\n' +
          'Spokesman: I am not going to give you a date.',
      ),
    ).toEqual([
      ['Good afternoon. We a', 'person:stephane-dujarric'],
      ['I am not going to gi', 'person:stephane-dujarric'],
    ]);
  });

  it('is the person the next sentence’s pronoun gives, for a quote standing alone', () => {
    expect(
      speakersOf(
        'Nikol Pashinyan signed the statement. Protesters broke into parliament.\n"This is not a victory, but there ' +
          'is no defeat." He was speaking in a video address on Wednesday.',
      ),
    ).toEqual([['This is not a victor', 'person:nikol-pashinyan']]);
  });

  it('is the person a relative clause quotes, not what the next clause goes on to say', () => {
    expect(
      speakersOf('Petro Poroshenko, who called the talks "very difficult", said the text was a hard compromise.'),
    ).toEqual([['very difficult', 'person:petro-poroshenko']]);
  });

  it('is a person who speaks through a statement of their own, not the statement', () => {
    expect(
      speakersOf(
        'In a statement issued by his spokesman, António Guterres "unequivocally" condemned the strikes and said ' +
          'full implementation was "imperative". In the text, Iran "reaffirms" its pledge.',
      ),
    ).toEqual([
      ['unequivocally', 'person:antonio-guterres'],
      ['imperative', 'person:antonio-guterres'],
      // The words of a text the sentence places them in are the text's.
      ['reaffirms', expect.stringMatching(/^document:/)],
    ]);
  });

  it('is the label’s person for a transcript line that quotes someone else, the quoted one for the words inside, and no one for the host’s questions', () => {
    expect(
      speakersOf(
        'Ruth Adeyemi speaks to the correspondent Tom Hadley.\n' +
          'ADEYEMI: Where is he?\n' +
          'HADLEY: In Belarus. The FSB said it closed the case, because those involved had "ceased actions".',
      ),
    ).toEqual([
      ['In Belarus. The FSB ', 'person:tom-hadley'],
      ['ceased actions', 'organization:federal-security-service'],
    ]);
  });

  it('is the person an apposition gives a title, not the body the apposition names', () => {
    expect(
      speakersOf('Oleg Nikolenko, the Ukrainian foreign ministry spokesman, said the attack was "a spit in the face".'),
    ).toEqual([['a spit in the face', 'person:oleg-nikolenko']]);
  });

  it('is the body one of its people speaks for, and the person of "He calls"', () => {
    expect(
      speakersOf(
        '"The return of refugees must be clarified," a French foreign ministry spokeswoman said. ' +
          'Prime Minister Nikol Pashinyan has signed a statement. He calls the decision "unspeakably painful".',
      ),
    ).toEqual([
      ['The return of refuge', 'organization:france-foreign-ministry'],
      ['unspeakably painful', 'person:nikol-pashinyan'],
    ]);
  });

  it('never takes a hyphenated title into a name', () => {
    const file = extractArticle(
      { text: 'Headline\nUN Secretary-General António Guterres spoke.', publishedOn: '2022-07-25', origin: 'test.txt' },
      baseGazetteer(),
    );
    expect(file.entities.filter((e) => e.kind === 'Person').map((e) => e.name)).toEqual(['António Guterres']);
  });
});
