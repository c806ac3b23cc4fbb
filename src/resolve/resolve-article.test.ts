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
