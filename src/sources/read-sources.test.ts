import fsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSources } from './read-sources';
import { type SourceArticle, type SourceItem } from './source-article';

const ENGLISH =
  'The city council voted on Tuesday to expand the bus network, adding four routes that will connect ' +
  'the northern suburbs with the hospital and the university by the end of next year.';
const RUSSIAN =
  'Городской совет во вторник проголосовал за расширение автобусной сети, добавив четыре маршрута, ' +
  'которые к концу следующего года соединят северные пригороды с больницей и университетом города.';
const GERMAN =
  'Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern und vier neue Linien einzurichten, ' +
  'die bis Ende nächsten Jahres die nördlichen Vororte mit dem Krankenhaus und der Universität verbinden.';

const ARTICLE_HTML = `<!doctype html>
<html><head>
<title>Council expands bus network | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="article:published_time" content="2024-03-05T23:30:00-08:00">
<script>window.banner = "Subscribe today";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/city">City news</a></nav>
<article>
<h1>Council expands bus network</h1>
<p>${ENGLISH}</p>
<p>Sign up for our newsletter to get the city news every morning.</p>
<p>The mayor said the new routes would cost &pound;12 million &amp; be paid for from the transport budget.</p>
</article>
<footer>Copyright 2024 The Daily Ledger. Follow us on social media.</footer>
</body></html>`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'read-sources-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  jest.restoreAllMocks();
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

async function readAll(paths: string[], options?: { maxBytes?: number }): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths, options)) items.push(item);
  return items;
}

async function readOne(file: string, options?: { maxBytes?: number }): Promise<SourceItem> {
  const items = await readAll([file], options);
  expect(items).toHaveLength(1);
  return items[0]!;
}

function articleOf(item: SourceItem): SourceArticle {
  if (!item.ok) throw new Error(`expected an article, got ${item.error.code}: ${item.error.message}`);
  return item.article;
}

function errorOf(item: SourceItem) {
  if (item.ok) throw new Error(`expected an error, got an article from ${item.article.origin}`);
  return item.error;
}

describe('readSources', () => {
  it('reads a plain text file as one paragraph per line, its first line the title when it reads as a headline', async () => {
    const file = await write(
      'plain.txt',
      `\uFEFFBus network grows\r\n\r\n${ENGLISH}\r\n\r\n\r\n  The vote   was 31 to 4.  \n`,
    );
    const article = articleOf(await readOne(file));
    expect(article).toEqual({
      origin: file,
      text: `Bus network grows\n${ENGLISH}\nThe vote was 31 to 4.`,
      title: 'Bus network grows',
      language: 'en',
    });
  });

  it('keeps the paragraphs of an HTML article and drops scripts, navigation, footer and the newsletter prompt', async () => {
    const article = articleOf(await readOne(await write('article.html', ARTICLE_HTML)));
    expect(article.text.split('\n')).toEqual([
      ENGLISH,
      'The mayor said the new routes would cost £12 million & be paid for from the transport budget.',
    ]);
    expect(article.title).toBe('Council expands bus network');
    expect(article.publishedOn).toBe('2024-03-05');
    expect(article.sourceName).toBe('The Daily Ledger');
    expect(article.text).not.toMatch(/newsletter|Subscribe|Home|Copyright|color: red/);
  });

  it('recovers the text of malformed HTML with unclosed tags and a stray <', async () => {
    const file = await write(
      'malformed.htm',
      '<html><body><div><p>Police said the fire started at 3 a.m. in the basement <b>of the building' +
        '<p>Firefighters brought it under control in < 1 hour.<div>Nobody was hurt, officials said.',
    );
    expect(articleOf(await readOne(file)).text.split('\n')).toEqual([
      'Police said the fire started at 3 a.m. in the basement of the building',
      'Firefighters brought it under control in < 1 hour.',
      'Nobody was hurt, officials said.',
    ]);
  });

  it('says when malformed HTML has no article text left', async () => {
    const file = await write(
      'shell.html',
      '<html><head><title>Home</title><body><nav>Home | City</nav><script>if (a < b',
    );
    const error = errorOf(await readOne(file));
    expect(error.code).toBe('SOURCE_NO_ARTICLE_TEXT');
    expect(error.message).toContain(file);
  });

  it('rejects an empty file and one of only white space', async () => {
    const empty = await write('empty.txt', '');
    const blank = await write('blank.html', ' \n\t\n');
    const [first, second] = await readAll([empty, blank]);
    expect(errorOf(first!).code).toBe('SOURCE_EMPTY');
    expect(errorOf(first!).message).toContain(`${empty} is empty`);
    expect(errorOf(second!).code).toBe('SOURCE_EMPTY');
  });

  it('rejects a binary file and one that is not UTF-8, saying how to give the article', async () => {
    const pdf = await write(
      'scan.txt',
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0xff, 0x00, 0x10]),
    );
    const latin1 = await write('latin1.txt', Buffer.from('Caf\xe9 owners protest new rules', 'latin1'));
    const [binary, notUtf8] = await readAll([pdf, latin1]);
    expect(errorOf(binary!).code).toBe('SOURCE_BINARY');
    expect(errorOf(binary!).message).toContain('looks like a binary file (e.g. PDF/image)');
    expect(errorOf(binary!).message).toContain('Give the article as .txt, .html or JSONL');
    expect(errorOf(notUtf8!).code).toBe('SOURCE_BINARY');
    expect(errorOf(notUtf8!).message).toContain('not valid UTF-8');
  });

  it('rejects a 5 MB file with the default limit without reading it, naming the size, the limit and MAX_ARTICLE_BYTES', async () => {
    const file = await write('huge.txt', Buffer.alloc(5 * 1024 * 1024, 'word '));
    const readFile = jest.spyOn(fsPromises, 'readFile');
    const error = errorOf(await readOne(file));
    expect(error.code).toBe('SOURCE_TOO_LARGE');
    expect(error.message).toContain('5.0 MiB');
    expect(error.message).toContain('2.0 MiB (2097152 bytes)');
    expect(error.message).toContain('MAX_ARTICLE_BYTES');
    expect(readFile).not.toHaveBeenCalled();
  });

  it('takes a larger limit from the caller', async () => {
    const file = await write('long.txt', `${ENGLISH}\n`.repeat(20));
    const readFile = jest.spyOn(fsPromises, 'readFile');
    expect(errorOf(await readOne(file, { maxBytes: 1000 })).code).toBe('SOURCE_TOO_LARGE');
    expect(readFile).not.toHaveBeenCalled();
    expect(articleOf(await readOne(file, { maxBytes: 10_000 })).text.split('\n')).toHaveLength(20);
    expect(readFile).toHaveBeenCalledWith(file);
  });

  it('rejects Russian and German articles, naming the language', async () => {
    const [russian, german] = await readAll([await write('ru.txt', RUSSIAN), await write('de.txt', GERMAN)]);
    expect(errorOf(russian!).code).toBe('SOURCE_NOT_ENGLISH');
    expect(errorOf(russian!).message).toContain('Russian (ru)');
    expect(errorOf(russian!).message).toContain('only English articles are extracted');
    expect(errorOf(german!).code).toBe('SOURCE_NOT_ENGLISH');
    expect(errorOf(german!).message).toContain('German (de)');
  });

  it('does not reject a short text on language detection alone', async () => {
    const article = articleOf(await readOne(await write('short.txt', 'Bürgermeister Müller tritt zurück')));
    expect(article.text).toBe('Bürgermeister Müller tritt zurück');
    expect(article.language).toBe('und');
  });

  it('reads the good lines of a JSONL file and reports the bad one by its line number', async () => {
    const file = await write(
      'batch.jsonl',
      [
        JSON.stringify({
          text: ENGLISH,
          title: 'Bus network grows',
          url: 'https://ledger.example/bus',
          published: 'March 5, 2024',
          source: 'The Daily Ledger',
        }),
        JSON.stringify({ title: 'No text here', url: 'https://ledger.example/empty' }),
        '',
        JSON.stringify({ text: `The mayor welcomed the vote.\n\n${ENGLISH}`, published: '2024-03-06T01:00:00+09:00' }),
      ].join('\n'),
    );
    const items = await readAll([file]);
    expect(items.map((item) => (item.ok ? item.article.origin : item.origin))).toEqual([
      `${file}:1`,
      `${file}:2`,
      `${file}:4`,
    ]);
    expect(articleOf(items[0]!)).toEqual({
      origin: `${file}:1`,
      text: ENGLISH,
      title: 'Bus network grows',
      url: 'https://ledger.example/bus',
      publishedOn: '2024-03-05',
      sourceName: 'The Daily Ledger',
      language: 'en',
    });
    const error = errorOf(items[1]!);
    expect(error.code).toBe('SOURCE_BAD_JSONL');
    expect(error.message).toContain(`${file}:2`);
    expect(error.message).toContain('field `text` is missing');
    expect(articleOf(items[2]!)).toMatchObject({
      text: `The mayor welcomed the vote.\n${ENGLISH}`,
      publishedOn: '2024-03-06',
    });
  });

  it('reports JSONL lines that are not JSON, have a bad date, or are too long, and goes on', async () => {
    const file = await write(
      'mixed.ndjson',
      [
        '{"text": "unterminated',
        JSON.stringify({ text: ENGLISH, published: 'sometime last spring' }),
        JSON.stringify({ text: ENGLISH.repeat(10) }),
        JSON.stringify({ text: ENGLISH }),
      ].join('\r\n') + '\r\n',
    );
    const items = await readAll([file], { maxBytes: 1000 });
    expect(items.map((item) => (item.ok ? 'ok' : item.error.code))).toEqual([
      'SOURCE_BAD_JSONL',
      'SOURCE_BAD_JSONL',
      'SOURCE_TOO_LARGE',
      'ok',
    ]);
    expect(errorOf(items[0]!).message).toContain(`${file}:1: the line is not valid JSON`);
    expect(errorOf(items[1]!).message).toContain('"sometime last spring"');
    expect(errorOf(items[1]!).message).toContain('YYYY-MM-DD');
    expect(errorOf(items[2]!).message).toContain(`${file}:3 is`);
  });

  it('reads a folder recursively in name order, skipping unsupported and hidden files', async () => {
    const folder = path.join(dir, 'folder');
    await write('folder/b.txt', ENGLISH);
    await write('folder/a.html', `<p>${ENGLISH}</p>`);
    await write('folder/notes.pdf', '%PDF-1.7');
    await write('folder/.draft.txt', ENGLISH);
    await write('folder/data.jsonl', `${JSON.stringify({ text: ENGLISH })}\n`);
    await write('folder/sub/10.txt', ENGLISH);
    await write('folder/sub/2.txt', ENGLISH);
    await write('folder/sub/readme.md', ENGLISH);
    const items = await readAll([folder]);
    expect(items.map((item) => articleOf(item).origin)).toEqual([
      path.join(folder, 'a.html'),
      path.join(folder, 'b.txt'),
      `${path.join(folder, 'data.jsonl')}:1`,
      path.join(folder, 'sub', '2.txt'),
      path.join(folder, 'sub', '10.txt'),
    ]);
  });

  it('gives an error item for a missing file, an unsupported file named explicitly, or an empty folder, and goes on', async () => {
    const missing = path.join(dir, 'no-such-article.txt');
    const pdf = await write('report.pdf', '%PDF-1.7');
    const emptyFolder = path.join(dir, 'nothing-here');
    await mkdir(emptyFolder);
    const good = await write('good.txt', ENGLISH);
    const items = await readAll([missing, pdf, emptyFolder, good]);
    expect(items.map((item) => (item.ok ? 'ok' : item.error.code))).toEqual([
      'SOURCE_UNREADABLE',
      'SOURCE_UNSUPPORTED',
      'SOURCE_EMPTY',
      'ok',
    ]);
    expect(errorOf(items[0]!).message).toContain('does not exist');
    expect(errorOf(items[1]!).message).toContain('".pdf" is not supported');
    expect(errorOf(items[1]!).message).toContain('.txt .text .html .htm .jsonl .ndjson');
  });
});
