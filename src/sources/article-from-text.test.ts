import { AppError } from '../errors';
import { articleFromText } from './article-from-text';

const PARAGRAPH =
  'The regional parliament approved the budget late on Thursday after a debate that lasted more than ' +
  'eleven hours, with the opposition saying the spending plans relied on optimistic forecasts.';

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('articleFromText', () => {
  const nested = (levels: number) =>
    `<html><body>${'<div>'.repeat(levels)}<p>${PARAGRAPH}</p>${'</div>'.repeat(levels)}</body></html>`;

  it('reads an article nested a hundred divs deep', () => {
    expect(articleFromText(nested(100), { origin: 'deep.html', format: 'html' }).text).toBe(PARAGRAPH);
  });

  it('refuses HTML nested ten thousand levels deep with an error that names the file and the limit', () => {
    expect(codeOf(() => articleFromText(nested(10_000), { origin: 'deep.html', format: 'html' }))).toBe(
      'SOURCE_HTML_TOO_DEEP',
    );
    expect(() => articleFromText(nested(10_000), { origin: 'deep.html', format: 'html' })).toThrow(
      /deep\.html: its HTML nests elements 10,002 levels deep, over the limit of 200/,
    );
  });

  it('reads the title, date, site and address from JSON-LD, <time> and the canonical link', () => {
    const html = `<html><head>
      <title>Budget passes - Regional Herald</title>
      <link rel="canonical" href="https://herald.example/budget">
      <script type="application/ld+json">{"@graph": [{"@type": "WebSite"},
        {"@type": "NewsArticle", "headline": "Budget passes after marathon debate",
         "datePublished": "2024-11-28T22:15:00+01:00", "publisher": {"name": "Regional Herald"}}]}</script>
      <script type="application/ld+json">{ broken json </script>
      </head><body><article><p>${PARAGRAPH}</p></article></body></html>`;
    expect(articleFromText(html, { origin: 'budget.html', format: 'html' })).toEqual({
      origin: 'budget.html',
      text: PARAGRAPH,
      title: 'Budget passes after marathon debate',
      url: 'https://herald.example/budget',
      publishedOn: '2024-11-28',
      sourceName: 'Regional Herald',
      language: 'en',
    });
  });

  it('falls back to <title> without the site name, then <h1>, and to <time datetime> for the date', () => {
    const withTitle = `<html><head><title>Budget passes | Regional Herald</title>
      <meta property="og:site_name" content="Regional Herald"></head>
      <body><p>Published <time datetime="2024-11-29">Friday</time></p><p>${PARAGRAPH}</p></body></html>`;
    const withHeading = `<body><h1>Budget passes</h1><p>${PARAGRAPH}</p></body>`;
    const fromTitle = articleFromText(withTitle, { origin: 'a.html', format: 'html' });
    expect(fromTitle.title).toBe('Budget passes');
    expect(fromTitle.publishedOn).toBe('2024-11-29');
    expect(articleFromText(withHeading, { origin: 'b.html', format: 'html' }).title).toBe('Budget passes');
  });

  it('takes the outlet a wire dateline credits when nothing names the source', () => {
    const text = 'Port reopens\nVALLETTA, May 3 (Harbour Wire) – The port reopened on Friday after a week of storms.';
    expect(articleFromText(text, { origin: 'a.txt', format: 'text' }).sourceName).toBe('Harbour Wire');
    expect(articleFromText(text, { origin: 'a.txt', format: 'text', sourceName: 'Given' }).sourceName).toBe('Given');
  });

  it('lets given metadata win over what the page says', () => {
    const html = `<html><head><meta property="og:title" content="Page title"></head><body><p>${PARAGRAPH}</p></body></html>`;
    const article = articleFromText(html, {
      origin: 'api',
      format: 'html',
      title: 'Given title',
      published: '28.11.2024',
      sourceName: 'Wire',
    });
    expect(article).toMatchObject({ title: 'Given title', publishedOn: '2024-11-28', sourceName: 'Wire' });
  });

  it('falls back to the whole body when Readability finds no article', () => {
    const html =
      '<body><table><tr><td>Results:</td><td>Smith 52%</td></tr><tr><td></td><td>Jones 48%</td></tr></table></body>';
    expect(articleFromText(html, { origin: 'results.html', format: 'html' }).text).toBe(
      'Results: Smith 52%\nJones 48%',
    );
  });

  it('keeps a page wrapped in one form but drops a sign-up form', () => {
    const html = `<body><form id="aspnetForm"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></form>
      <form><label>Email</label><input name="email"><p>Get our morning briefing</p></form></body>`;
    const text = articleFromText(html, { origin: 'form.html', format: 'html' }).text;
    expect(text.split('\n')).toEqual([PARAGRAPH, PARAGRAPH, PARAGRAPH]);
  });

  it('accepts English that is full of foreign names', () => {
    const text =
      'Shares of Volkswagen AG, Siemens AG and Deutsche Bank AG fell in Frankfurt trading after Bundesbank ' +
      'President Joachim Nagel said the Bundestag would debate the Schuldenbremse in Berlin on Thursday.';
    expect(articleFromText(text, { origin: 'names.txt', format: 'text' }).language).toBe('en');
  });

  it('rejects a date it cannot read, NUL characters, and text that is only boilerplate', () => {
    expect(codeOf(() => articleFromText(PARAGRAPH, { origin: 'api', format: 'text', published: 'soon' }))).toBe(
      'SOURCE_BAD_DATE',
    );
    expect(codeOf(() => articleFromText(`${PARAGRAPH}\u0000`, { origin: 'api', format: 'text' }))).toBe(
      'SOURCE_BINARY',
    );
    expect(codeOf(() => articleFromText('Subscribe now\nAdvertisement', { origin: 'api', format: 'text' }))).toBe(
      'SOURCE_EMPTY',
    );
  });
});
