import { baseGazetteer, extractArticle } from '../extract';
import { PendingCandidates } from './pending-candidates';
import { resolveArticle } from './resolve-article';

const resolved = async (text: string, publishedOn: string) =>
  (
    await resolveArticle(
      extractArticle({ text, publishedOn, origin: 'test.txt' }, baseGazetteer()),
      new PendingCandidates(),
    )
  ).file;

describe('one occasion within an article', () => {
  it('takes a summit it names by its place for the one other summit of those days, keeping the name and the sharper date', async () => {
    const file = await resolved(
      'Leaders to meet\nThe presidents will attend a trilateral summit on Thursday. ' +
        'Officials expect the Lisbon summit to focus on trade.',
      '2021-05-04',
    );
    const events = file.entities.filter((e) => e.kind === 'Event');
    expect(events.map((e) => ({ id: e.id, name: e.name, date: e.date?.value }))).toEqual([
      { id: 'event:lisbon-summit-2021', name: 'Lisbon summit', date: '2021-05-06' },
    ]);
    expect(events[0]!.mentions.map((m) => m.text)).toEqual(['a trilateral summit', 'the Lisbon summit']);
  });

  it('keeps two summits apart when their days differ', async () => {
    const file = await resolved(
      'Two summits\nThe leaders held a trilateral summit on 3 March 2021. The Lisbon summit in May 2021 followed it.',
      '2021-05-04',
    );
    expect(file.entities.filter((e) => e.kind === 'Event')).toHaveLength(2);
  });
});

describe('one occasion across articles', () => {
  const inTurn = async (articles: readonly [text: string, publishedOn: string][], kind = 'Event') => {
    const candidates = new PendingCandidates();
    const files = [];
    for (const [text, publishedOn] of articles) {
      const { file } = await resolveArticle(
        extractArticle({ text, publishedOn, origin: `${files.length}.txt` }, baseGazetteer()),
        candidates,
      );
      candidates.add(file);
      files.push(file);
    }
    return files.map((file) => file.entities.filter((e) => e.kind === kind).map((e) => e.id));
  };

  it('takes a document two articles name without issuers, beside the same summit, for one', async () => {
    const summit = 'Vladimir Putin and Volodymyr Zelensky met at a summit in Paris on Monday.';
    const [first, second, other] = await inTurn(
      [
        [`Summit\n${summit} The communiqué was short.`, '2019-12-09'],
        [`Summit ends\n${summit} The document commits both sides to a ceasefire.`, '2019-12-10'],
        ['Talks\nThe two sides met in Minsk on Monday. The document commits both sides to a ceasefire.', '2019-12-10'],
      ],
      'Document',
    );
    expect(first).toHaveLength(1);
    expect(second).toEqual(first);
    // Beside no summit the first names, it stays apart.
    expect(other).not.toEqual(first);
  });

  it('never takes two documents of one article for one known document', async () => {
    const [first, second] = await inTurn(
      [
        [
          'Deal signed\nThe sides signed an agreement. The deal was signed by Vladimir Putin and Angela Merkel on Monday.',
          '2015-02-12',
        ],
        [
          'Explainer\nThe leaders endorsed a "Package of Measures for the Implementation of the Minsk Agreements" on ' +
            'Monday. The package carries the signatures of Vladimir Putin and Angela Merkel.',
          '2015-02-14',
        ],
      ],
      'Document',
    );
    // The package, by its issuers, is the deal; the Minsk Agreements named inside its title stay their own.
    expect(second).toEqual([first![0], 'document:minsk-agreement']);
  });

  it('takes one speaker’s press conference of those days, told in other words, for the same one', async () => {
    const [first, second] = await inTurn([
      ['Talks end\nAt a press conference later in the day, Angela Merkel said the talks had gone well.', '2021-05-04'],
      ['A week on\nAngela Merkel flew home. She had promised at her press conference in Lisbon to call.', '2021-05-10'],
    ]);
    expect(second).toEqual(first);
  });

  it('takes an attack named by its place for the attack on a person there, weeks later', async () => {
    const [first, second] = await inTurn([
      ['Attack\nThe nerve agent attack on Ana Costa in Lisbon on March 4 shocked the city.', '2021-03-05'],
      ['Weeks on\nThe police say the attack in Lisbon was planned for months.', '2021-03-28'],
    ]);
    expect(first).toEqual(['event:attack-on-ana-costa-2021']);
    expect(second).toEqual(first);
  });

  it('links an explosion dated in no way to one of an earlier year at its place only as a doubt', async () => {
    const candidates = new PendingCandidates();
    const first = await resolveArticle(
      extractArticle(
        {
          text: 'Blasts\nPolice link it to the 2014 explosions in Lisbon.',
          publishedOn: '2021-04-18',
          origin: 'a.txt',
        },
        baseGazetteer(),
      ),
      candidates,
    );
    candidates.add(first.file);
    const second = await resolveArticle(
      extractArticle(
        {
          text: 'Years on\nFor years the explosions in Lisbon were seen as an accident.',
          publishedOn: '2021-04-24',
          origin: 'b.txt',
        },
        baseGazetteer(),
      ),
      candidates,
    );
    const events = second.file.entities.filter((e) => e.kind === 'Event').map((e) => e.id);
    expect(events).toEqual(['event:explosion-in-lisbon-2021']);
    expect(second.doubts.map((d) => [d.entity, d.candidate, d.score])).toEqual([
      ['event:explosion-in-lisbon-2021', 'event:explosion-in-lisbon-2014', 0.3],
    ]);
  });

  it('keeps attacks in two places apart', async () => {
    const [first, second] = await inTurn([
      ['Attack\nThe nerve agent attack on Ana Costa in Lisbon on March 4 shocked the city.', '2021-03-05'],
      ['Another\nThe bomb attack in Madrid on March 20 killed two.', '2021-03-21'],
    ]);
    expect(second).not.toEqual(first);
  });

  it('takes an attack named by its place for the known attack on a person the article names', async () => {
    const [first, second] = await inTurn([
      ['Attack\nThe poisoning of Ana Costa shocked Portugal on March 4.', '2021-03-05'],
      ['Weeks on\nAna Costa is recovering. Police say the attack in Lisbon was planned.', '2021-03-28'],
    ]);
    expect(first).toEqual(['event:attack-on-ana-costa-2021']);
    expect(second).toEqual(first);
  });
});
