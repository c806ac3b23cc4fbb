import { datelineCredit } from './dateline-credit';

describe('datelineCredit', () => {
  it.each([
    ['Headline\nSEOUL, June 12 (Pacific Dispatch) – South Korea said …', 'Pacific Dispatch'],
    ['Headline\nWASHINGTON (Reuters) - The United States will …', 'Reuters'],
    ['Headline\nMoscow, Nov. 11, 2017 (TASS) — Russia said …', 'TASS'],
    ['Headline\nSAN JUAN, Puerto Rico, Sept 21 (The Island Wire) - Power was …', 'The Island Wire'],
  ])('reads the outlet of a wire dateline: %s', (text, outlet) => {
    expect(datelineCredit(text)).toBe(outlet);
  });

  it.each([
    'Headline\nThe minister (pictured) - who spoke on Monday - said …',
    'Headline\nIn a statement (PDF), the ministry said …',
    'Headline\nBy Jane Holloway\nThe plan was approved.',
  ])('finds none where there is no dateline: %s', (text) => {
    expect(datelineCredit(text)).toBeUndefined();
  });
});
