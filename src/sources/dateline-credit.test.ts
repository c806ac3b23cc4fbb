import { datelineCredit } from './dateline-credit';

describe('datelineCredit', () => {
  it.each([
    ['Headline\nSEOUL, June 12 (Pacific Dispatch) – South Korea said …', 'Pacific Dispatch'],
    ['Headline\nWASHINGTON (Reuters) - The United States will …', 'Reuters'],
    ['Headline\nMoscow, Nov. 11, 2017 (TASS) — Russia said …', 'TASS'],
    ['Headline\nSAN JUAN, Puerto Rico, Sept 21 (The Island Wire) - Power was …', 'The Island Wire'],
    ['Headline\nODESA/ISTANBUL, July 23 (Saltmarsh Wire) – Russian missiles struck …', 'Saltmarsh Wire'],
  ])('reads the outlet of a wire dateline: %s', (text, outlet) => {
    expect(datelineCredit(text)).toBe(outlet);
  });

  it.each([
    ['Headline\nBy the Lowland Courier foreign desk | Monday 9 December 2019\nThe leaders met.', 'Lowland Courier'],
    ['Headline\nBy Harrowgate Post staff\nCrowds gathered.', 'Harrowgate Post'],
    ['Analysis\nAnalysis | The Calloway Review | Thursday 12 November 2020\nThe deal.', 'The Calloway Review'],
    ['Headline\nBy Jane Holloway | The Daily Ledger\nThe plan was approved.', 'The Daily Ledger'],
    [
      'Transcript\nKingsmere Radio, The Evening Report | Tuesday 27 June 2023 | Edited.\nHADLEY: Yes.',
      'Kingsmere Radio',
    ],
  ])('reads the outlet a byline or masthead credits: %s', (text, outlet) => {
    expect(datelineCredit(text)).toBe(outlet);
  });

  it.each([
    'Headline\nThe minister (pictured) - who spoke on Monday - said …',
    'Headline\nIn a statement (PDF), the ministry said …',
    'Headline\nBy Jane Holloway\nThe plan was approved.',
    'Headline\nAnalysis | Monday 9 December 2019\nThe Washington Post reported the plan.',
    'Headline\nBy Jane Holloway, foreign desk\nThe plan was approved.',
  ])('finds none where no dateline, desk byline or masthead credits an outlet: %s', (text) => {
    expect(datelineCredit(text)).toBeUndefined();
  });
});
