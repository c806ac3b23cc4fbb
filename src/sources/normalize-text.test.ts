import { normalizePlainText, paragraphsToText } from './normalize-text';

describe('normalizePlainText', () => {
  it('joins the lines of hard-wrapped paragraphs but not a short headline or list items', () => {
    const text = [
      'Storm closes schools',
      '',
      'Heavy snow closed schools across the county on Monday, and officials',
      'warned that roads would stay dangerous until at least Wednesday.',
      '',
      'Closed today:',
      '- all primary schools in the northern district',
      '- the county library and the two swimming pools',
    ].join('\n');
    expect(normalizePlainText(text).split('\n')).toEqual([
      'Storm closes schools',
      'Heavy snow closed schools across the county on Monday, and officials warned that roads would stay dangerous until at least Wednesday.',
      'Closed today:',
      '- all primary schools in the northern district',
      '- the county library and the two swimming pools',
    ]);
  });

  it('keeps one paragraph per line when lines are long or there are no blank lines', () => {
    const text = 'First short line\nSecond short line\nThird short line';
    expect(normalizePlainText(text)).toBe(text);
  });

  it('normalises white space, invisible characters and line endings', () => {
    expect(normalizePlainText('a\u00A0\u00A0b\u200B\r\n\r\n\tc  d \r e')).toBe('a b\nc d\ne');
  });
});

describe('paragraphsToText', () => {
  it('drops notification, app, donation, share, comment and cookie furniture in plain text too', () => {
    expect(
      paragraphsToText([
        'Turn on notifications to get breaking news alerts',
        'Download our app',
        'Support independent journalism: every contribution counts',
        'Donate now',
        'Share this article',
        'Tweet',
        '14 comments',
        'Join the conversation',
        'Manage cookie preferences',
        'The ministry said the donation was recorded.',
      ]),
    ).toBe('The ministry said the donation was recorded.');
  });

  it('drops short boilerplate paragraphs but keeps a long one that mentions a newsletter', () => {
    const long =
      'The company said the newsletter, which it began in 2019, had 40,000 readers; critics said ' +
      'readers who wanted to sign up were asked for far more personal data than the service needed, ' +
      'and the regulator has now opened an inquiry into the practice.';
    expect(
      paragraphsToText([
        'Sign up for our newsletter',
        'Follow us on Instagram',
        'Read more: Ten things to know',
        'We use cookies to improve your experience.',
        'Advertisement',
        'Subscribers will pay more from May.',
        long,
      ]),
    ).toBe(`Subscribers will pay more from May.\n${long}`);
  });
});
