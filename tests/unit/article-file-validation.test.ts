import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { articleFileSchema, type ArticleFile } from '../../src/vocabulary/article-file-schema';
import { checkArticleFile } from '../../src/ingest/check-article-file';
import { loadArticleFile, parseArticleFile } from '../../src/ingest';
import { ArticleFileError } from '../../src/vocabulary';
import { editedSeedCopy, SEED_FILE, SEED_TEXT_FILE } from '../support/seed';

/** Validates the seed after `edit`, as `loadArticleFile` would, and returns "path: message" lines. */
async function problemsAfter(edit: (data: Record<string, any>) => void): Promise<string[]> {
  const file = await editedSeedCopy(edit);
  try {
    await loadArticleFile(file);
    return [];
  } catch (error) {
    if (!(error instanceof ArticleFileError)) throw error;
    return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
}

describe('article file validation', () => {
  it('accepts the curated seed article', async () => {
    const loaded = await loadArticleFile(SEED_FILE);
    expect(loaded.data.entities).toHaveLength(47);
    expect(loaded.text).toBe(await readFile(SEED_TEXT_FILE, 'utf8'));
  });

  it('rejects a mention whose text differs from the article at its offsets', async () => {
    expect(await problemsAfter((data) => (data.entities[0].mentions[0].text = 'Putn'))).toEqual([
      'entities[0].mentions[0].text: "Putn" does not match the article text at [41, 46), which reads "Putin"',
    ]);
  });

  it('rejects a quote whose offsets fall outside the text', async () => {
    const problems = await problemsAfter((data) => {
      data.quotes[0].start = 5000;
      data.quotes[0].end = 5010;
    });
    expect(problems).toEqual([
      expect.stringMatching(/^quotes\[0\]\.end: 5010 is past the end of the article text \(3853 characters\)/),
    ]);
  });

  it('rejects a span whose end comes before its start', async () => {
    const problems = await problemsAfter((data) => {
      data.relationships[0].evidence.end = data.relationships[0].evidence.start;
    });
    expect(problems).toContain('relationships[0].evidence.end: end must be greater than start');
  });

  it('rejects a relationship to an entity the file does not define', async () => {
    expect(await problemsAfter((data) => (data.relationships[0].to = 'country:atlantis'))).toEqual([
      'relationships[0].to: "country:atlantis" is not the id of an entity in this file',
    ]);
  });

  it('rejects a relationship type the model does not know', async () => {
    const problems = await problemsAfter((data) => (data.relationships[0].type = 'LIKES'));
    expect(problems).toEqual([
      expect.stringMatching(/^relationships\[0\]\.type: Invalid option: expected one of "HOLDS_ROLE"/),
    ]);
  });

  it('rejects a relationship between kinds its type does not join', async () => {
    const problems = await problemsAfter((data) => {
      data.relationships.push({
        type: 'HOLDS_ROLE',
        from: 'country:syria',
        to: 'country:russia',
        title: 'Ally',
        evidence: data.relationships[0].evidence,
      });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^relationships\[\d+\]\.type: HOLDS_ROLE cannot join a Country to a Country/),
    ]);
  });

  it('rejects a role without a title', async () => {
    const problems = await problemsAfter((data) => delete data.relationships[0].title);
    expect(problems).toEqual([
      'relationships[0].title: is required for HOLDS_ROLE (the position, e.g. "Foreign Minister")',
    ]);
  });

  it('rejects two entities with the same id', async () => {
    const problems = await problemsAfter((data) => data.entities.push({ ...data.entities[0] }));
    expect(problems).toEqual(['entities[47].id: "person:vladimir-putin" is used by another entity too']);
  });

  it('rejects an entity id that does not match its kind', async () => {
    const problems = await problemsAfter((data) => (data.entities[0].kind = 'Country'));
    expect(problems).toContain('entities[0].id: "person:vladimir-putin" must start with "country:" for kind Country');
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    const problems = await problemsAfter((data) => (data.article.publishedOn = '11/11/2017'));
    expect(problems).toEqual(['article.publishedOn: must be a date written YYYY-MM-DD']);
  });

  const entityIndex = (data: Record<string, any>, id: string): number =>
    (data.entities as { id: string }[]).findIndex((entity) => entity.id === id);

  it('rejects an inferred event date that does not say how it was inferred', async () => {
    let index = -1;
    const problems = await problemsAfter((data) => {
      index = entityIndex(data, 'event:g20-summit-hamburg');
      delete data.entities[index].date.basis;
    });
    expect(problems).toEqual([
      `entities[${index}].date.basis: an inferred date needs a basis: how it was worked out from the article`,
    ]);
  });

  it('rejects an event date that is not a calendar date', async () => {
    let index = -1;
    const problems = await problemsAfter((data) => {
      index = entityIndex(data, 'event:g20-summit-hamburg');
      data.entities[index].date.value = '2017-13';
    });
    expect(problems).toEqual([`entities[${index}].date.value: is not a calendar date`]);
  });

  it('rejects a kind-specific field on the wrong kind of entity', async () => {
    const problems = await problemsAfter((data) => (data.entities[0].eventType = 'summit'));
    expect(problems).toEqual(['entities[0].eventType: is only allowed on Event, not on a Person']);
  });

  it('rejects an event without a type', async () => {
    let index = -1;
    const problems = await problemsAfter((data) => {
      index = entityIndex(data, 'event:g20-summit-hamburg');
      delete data.entities[index].eventType;
    });
    expect(problems).toEqual([`entities[${index}].eventType: is required for an Event (e.g. summit, meeting, talks)`]);
  });

  it('rejects a claim that says nobody asserted it', async () => {
    const problems = await problemsAfter((data) => {
      data.claims[0].agreedBy = [];
      delete data.claims[0].statedIn;
    });
    expect(problems).toEqual([
      'claims[0]: must say whose claim it is: assertedBy, agreedBy or statedIn (the outlet itself for its own words)',
    ]);
  });

  it('rejects a claim stated in something that is not a document', async () => {
    const problems = await problemsAfter((data) => (data.claims[0].statedIn = 'country:syria'));
    expect(problems).toEqual(['claims[0].statedIn: "country:syria" is a Country; only Document may go here']);
  });

  it('rejects a claim whose evidence does not match the text', async () => {
    const problems = await problemsAfter((data) => (data.claims[0].evidence[0].text = 'There is a military solution'));
    expect(problems).toEqual([
      expect.stringMatching(/^claims\[0\]\.evidence\[0\]\.text: "There is a military solution" does not match/),
    ]);
  });

  it('rejects a quote that expresses a claim the file does not define', async () => {
    const problems = await problemsAfter((data) => (data.quotes[0].expresses = ['claim:made-up']));
    expect(problems).toEqual(['quotes[0].expresses[0]: "claim:made-up" is not the id of a claim in this file']);
  });

  it('rejects a role qualifier on a relationship type that has none', async () => {
    const problems = await problemsAfter((data) => (data.relationships[0].role = 'leader'));
    expect(problems).toEqual(['relationships[0].role: is not allowed on HOLDS_ROLE']);
  });

  it('rejects a field the format does not have, naming it', async () => {
    const problems = await problemsAfter((data) => (data.entities[2].wikidata = 'Q1'));
    expect(problems).toEqual([expect.stringMatching(/^entities\[2\]: Unrecognized key: "wikidata"/)]);
  });

  it('rejects an entity without any mention', async () => {
    const problems = await problemsAfter((data) => (data.entities[3].mentions = []));
    expect(problems).toEqual(['entities[3].mentions: must list at least one mention in the text']);
  });

  it('rejects a missing text file with the path it looked for', async () => {
    await expect(
      (async () => {
        const file = await editedSeedCopy((data) => (data.article.textFile = 'missing.txt'));
        await loadArticleFile(file);
      })(),
    ).rejects.toThrow(/Cannot read the article text .*missing\.txt: does not exist/);
  });

  it('rejects YAML that does not parse, saying so', async () => {
    const file = await editedSeedCopy(() => undefined);
    await writeFile(file, 'article: [unclosed\n');
    await expect(loadArticleFile(file)).rejects.toThrow(/\(YAML\)/);
  });

  it('rejects a YAML alias bomb as an invalid article file, not a crash', () => {
    // Nine levels of nine aliases each: 9^9 copies of "lol" if they were all expanded.
    const levels = 'abcdefghi'.split('');
    const bomb = levels
      .map((name, index) => {
        const item = index === 0 ? '"lol"' : `*${levels[index - 1]}`;
        return `${name}: &${name} [${Array(9).fill(item).join(', ')}]`;
      })
      .join('\n');
    let thrown: unknown;
    try {
      parseArticleFile(bomb, 'text', 'bomb.yaml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArticleFileError);
    expect((thrown as ArticleFileError).code).toBe('ARTICLE_FILE_INVALID');
    expect((thrown as ArticleFileError).issues).toEqual([
      { path: '(YAML)', message: expect.stringMatching(/aliases \(\*name\) expand to more than 100 copies/) },
    ]);
  });

  it('reports every problem of a file at once', async () => {
    const data = parse(await readFile(SEED_FILE, 'utf8')) as ArticleFile;
    data.relationships[0]!.to = 'country:atlantis';
    data.quotes[0]!.speaker = 'person:nobody';
    const parsed = articleFileSchema.parse(data);
    const issues = checkArticleFile(parsed, await readFile(SEED_TEXT_FILE, 'utf8'));
    expect(issues.map((issue) => issue.path)).toEqual(['relationships[0].to', 'quotes[0].speaker']);
  });

  it('names the file and says nothing was written', async () => {
    const file = await editedSeedCopy((data) => (data.entities[0].mentions[0].text = 'Putn'));
    await expect(loadArticleFile(file)).rejects.toThrow(`${file} is not a valid article file (nothing was written)`);
  });
});
