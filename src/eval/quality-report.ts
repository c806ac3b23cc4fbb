import { MEASURES, type Measure, type Scores } from './score-extraction';
import type { EvaluationRow } from './evaluate-articles';

/** The targets the extractor is held to, on F1. */
export const TARGETS: Partial<Record<Measure, number>> = { entities: 0.9, quotes: 0.9, relations: 0.7 };

const LABELS: Record<Measure, string> = {
  entities: 'entities',
  mentions: 'mentions',
  roles: 'roles (person, title, organization)',
  quotes: 'quotes with the correct speaker',
  quoteSpans: 'quote spans (speaker aside)',
  dates: 'dates (entity, value)',
  relations: 'relations (type, from, to)',
};

const figure = (value: number) => value.toFixed(2);

/** One table: a row per measure, P/R/F1 and the counts, and the target where there is one. */
export function scoresTable(scores: Scores, targets: Partial<Record<Measure, number>> = TARGETS): string {
  const lines = [
    '| measure | precision | recall | F1 | target F1 | found / predicted / gold |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const measure of MEASURES) {
    const s = scores[measure];
    const target = targets[measure];
    const verdict = target === undefined ? '—' : `≥ ${figure(target)} ${s.f1 >= target ? '(met)' : '(**missed**)'}`;
    lines.push(
      `| ${LABELS[measure]} | ${figure(s.precision)} | ${figure(s.recall)} | ${figure(s.f1)} | ${verdict} | ${s.truePositives} / ${s.predicted} / ${s.expected} |`,
    );
  }
  return lines.join('\n');
}

/** A row per article: seed entities found, linked, duplicated and wrongly merged. */
export function linkingTable(rows: readonly EvaluationRow[]): string {
  const lines = [
    '| article | seed entities found | linked | duplicates | wrong merges |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const { articleId, linking } of rows) {
    if (!linking) continue;
    const list = (items: string[]) => (items.length === 0 ? '0' : `${items.length}: ${items.join('; ')}`);
    lines.push(
      `| ${articleId} | ${linking.seedEntities} | ${linking.linked} | ${list(linking.duplicated)} | ${list(linking.wronglyMerged)} |`,
    );
  }
  return lines.join('\n');
}

/** docs/quality.md: how the figures are made, then each article's table and the pooled ones. */
export function qualityReport(
  rows: readonly EvaluationRow[],
  pooledRows: Record<string, Scores>,
  generatedAt: string,
  clusterSection?: string,
): string {
  const sections = rows.map((row) => `### ${row.articleId} — ${row.setting}\n\n${scoresTable(row.scores)}`);
  const linkingRows = rows.filter((row) => row.linking);
  const pooledSections = Object.entries(pooledRows).map(([title, scores]) => `### ${title}\n\n${scoresTable(scores)}`);
  return `# Extraction quality

<!-- Written by \`npm run eval\` (src/cli/eval.ts); do not edit by hand. Generated ${generatedAt}. -->

\`npm run eval\` reads the text of each hand-made article file as ingestion does, short of the
database: the automatic extractor (src/extract/), then resolution (src/resolve/: mentions of one
occasion made one event, against the seed's entities when the seed is in the graph), and compares
what it finds with that file as the gold standard:

- the seed article (data/articles/), curated by hand, read with the **base gazetteer** only
  (countries, capitals, demonyms and well-known organizations; data/gazetteer/ and the
  \`world-countries\` package), never with its own entities, which would give the answers away;
- three short articles written for this evaluation (data/eval/: a wire report, an analysis piece
  and a briefing transcript), each read twice: cold (base gazetteer) and **with the seed in the
  graph** (the seed's entities as gazetteer entries, which is how they are ingested on top of it).

How the rules were developed: the seed was the development text throughout. The three
evaluation articles were written by someone who had not seen the rules, and were first measured
blind, with pooled F1 (cold / seed in the graph): entities 0.65 / 0.63, quotes with the correct
speaker 0.78 / 0.78, relations 0.18 / 0.14, dates 0.08 / 0.08. Their errors then guided further
general rules (unnamed summits, calls and visits; a country's institutions; places named by their
role; weekday and future dates; who holds talks and issues documents), so the figures below are
no longer blind: they measure how far those rules carry, not an unseen test set.

How the measures are counted:

- **Entities** are matched by their words, not their ids: an extracted entity stands for the gold
  entity with which it shares the most overlapping mentions (one to one), and counts only if the
  kind is the same. Every other measure is read through this alignment.
- **Mentions**: an extracted mention counts if it overlaps a mention of its aligned gold entity.
- **Roles**: (person, title, organization or country) of HOLDS_ROLE, title compared without case.
- **Quotes with the correct speaker**: the quoted words overlap a gold quote's, and the speaker is
  the gold speaker (or both have none). **Quote spans** ignore the speaker.
- **Dates**: an entity with a date counts if its aligned gold entity has the same value
  (\`2017-07\` is not \`2017-07-01\`).
- **Relations**: (type, from, to) of every relationship, HOLDS_ROLE included.

## Totals

${pooledSections.join('\n\n')}

## Linking to the seed's entities

When the evaluation articles are read with the seed in the graph: of the seed entities each
gold file names (and the extractor found), how many were linked to the seed's node, how many got
a new node of their own (a duplicate), and how many new things were linked to a seed node that
is not theirs (a wrong merge).

${linkingTable(linkingRows)}

## Each article

${sections.join('\n\n')}
${clusterSection ? `\n${clusterSection}` : ''}`;
}
