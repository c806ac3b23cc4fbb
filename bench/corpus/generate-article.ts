import type { Span } from '../../src/vocabulary/article-file-schema';
import type { LoadedArticle } from '../../src/ingest/load-article-file';
import { entityId } from '../../src/vocabulary/normalize-id';
import { ArticleBuilder } from './article-builder';
import {
  COUNTRIES,
  POOL_SIZES,
  armedGroup,
  concept,
  newPerson,
  newPlace,
  organization,
  outlet,
  person,
  place,
  resolution,
  summit,
  type PoolEntity,
  type PoolPerson,
} from './entity-pool';
import { HUB_COUNTRIES, MONTHS } from './names';
import { Random } from './random';

export interface CorpusOptions {
  seed: number;
  /**
   * Every article names all three hubs and draws its other entities from the most popular few,
   * so concurrent writers meet on the same nodes (the concurrency benchmark's worst case).
   */
  hubHeavy?: boolean;
}

const FIRST_DAY = Date.UTC(2016, 0, 1);
const ARTICLES_PER_DAY = 10;

/** The id of the `index`th article of a corpus. */
export function syntheticArticleId(seed: number, index: number): string {
  return `synthetic-${seed}-${String(index).padStart(6, '0')}`;
}

/**
 * Article `index` of the corpus that `options.seed` names: the same seed and index always give
 * the same article, whatever the corpus size. Shaped like the seed article: a meeting with its
 * place and date, a document with who issued and agreed to it, claims (asserted, reported,
 * agreed), quotes (attributed and not), and facts between shared and new entities.
 */
export function generateArticle(index: number, options: CorpusOptions): LoadedArticle {
  const random = new Random(options.seed, 'article', index);
  const popularity = options.hubHeavy ? 6 : 3;
  const popular = (size: number) => random.popular(size, popularity);
  const b = new ArticleBuilder();

  const published = new Date(FIRST_DAY + Math.floor(index / ARTICLES_PER_DAY) * 86_400_000);
  const year = published.getUTCFullYear();
  const month = published.getUTCMonth();
  const monthValue = `${year}-${String(month + 1).padStart(2, '0')}`;

  // Hubs: Syria, Russia and the US are in most articles; one or two other countries join them.
  const hubChances = options.hubHeavy ? [1, 1, 1] : [0.85, 0.7, 0.6];
  const countries: PoolEntity[] = COUNTRIES.slice(0, HUB_COUNTRIES.length).filter((_, i) =>
    random.chance(hubChances[i]!),
  );
  while (countries.length < 3) {
    const other = COUNTRIES[HUB_COUNTRIES.length + popular(COUNTRIES.length - HUB_COUNTRIES.length)]!;
    if (!countries.includes(other)) countries.push(other);
  }
  const [c1, c2] = countries as [PoolEntity, PoolEntity, ...PoolEntity[]];
  const topic = concept(popular(POOL_SIZES.concepts));

  // Title line.
  b.name(c1);
  b.write(' and ');
  b.name(c2);
  b.write(' discuss the ');
  b.name(topic);
  b.endParagraph();

  // The meeting: who, in what role, where, when.
  const pickPerson = (exclude: readonly PoolEntity[], n: number): PoolPerson => {
    for (;;) {
      const candidate = random.chance(0.3) ? newPerson(index, n) : person(popular(POOL_SIZES.people));
      if (!exclude.some((other) => other.id === candidate.id)) return candidate;
    }
  };
  const a = pickPerson([], 0);
  const guest = pickPerson([a], 1);
  const venue = random.chance(0.8) ? place(popular(POOL_SIZES.places)) : newPlace(index);
  const talks: PoolEntity = {
    id: entityId('Event', `${venue.name} talks ${monthValue}`),
    kind: 'Event',
    name: `${venue.name} talks, ${MONTHS[month]} ${year}`,
    aliases: [],
    description: null,
    eventType: 'talks',
    status: 'HELD',
  };
  const sentence = b.mark();
  const role = (someone: PoolPerson) => {
    const span = b.mark();
    b.name(someone);
    b.write(`, the ${someone.title} of `);
    b.name(someone.roleIn);
    b.fact('HOLDS_ROLE', someone, someone.roleIn, span(), { title: someone.title });
  };
  role(a);
  b.write(', met ');
  role(guest);
  b.write(', at the ');
  const where = b.mark();
  b.name(talks, `${venue.name} talks`);
  b.write(' in ');
  b.name(venue);
  b.fact('OCCURRED_IN', talks, venue, where());
  const meeting = sentence();
  b.fact('PARTICIPATED_IN', a, talks, meeting, { role: 'host' });
  b.fact('PARTICIPATED_IN', guest, talks, meeting, { role: 'guest' });
  b.endSentence();

  b.write('The talks were held in ');
  b.date(talks, { value: monthValue, inferred: false, evidence: b.write(`${MONTHS[month]} ${year}`) });
  b.endSentence();

  const located = b.mark();
  b.name(venue);
  b.write(venue.capital ? ' is the capital of ' : ' is a city in ');
  b.name(venue.country);
  b.fact(venue.capital ? 'CAPITAL_OF' : 'LOCATED_IN', venue, venue.country, located());
  b.endSentence();

  if (random.chance(0.4)) {
    const forum = summit(popular(POOL_SIZES.summits));
    const partOf = b.mark();
    b.write('The talks were part of the ');
    b.name(forum);
    const summitSpan = partOf();
    b.write(', held by the ');
    b.name(forum.heldBy);
    b.fact('PART_OF', talks, forum, summitSpan);
    b.fact('HELD_BY', forum, forum.heldBy, partOf());
    b.endSentence();
  }
  b.endParagraph();

  // The document the talks produced: who issued it, who agreed to it, what it cites.
  let declaration: PoolEntity | undefined;
  if (random.chance(0.8)) {
    const doc: PoolEntity = {
      id: entityId('Document', `${venue.name} declaration ${monthValue}`),
      kind: 'Document',
      name: `${venue.name} declaration, ${MONTHS[month]} ${year}`,
      aliases: [],
      description: null,
      documentType: 'declaration',
    };
    declaration = doc;
    const issuer = organization(popular(POOL_SIZES.organizations));
    const issued = b.mark();
    b.name(issuer);
    b.write(' issued the ');
    b.name(doc, `${venue.name} declaration`);
    b.fact('ISSUED', issuer, doc, issued());
    b.write(', which ');
    const agreed = b.mark();
    b.name(c1);
    b.write(' and ');
    b.name(c2);
    b.write(' agreed to');
    b.fact('AGREED_TO', c1, doc, agreed());
    b.fact('AGREED_TO', c2, doc, agreed());
    b.endSentence();

    const cites = b.mark();
    b.write('The ');
    b.name(doc, 'declaration');
    b.write(' cites ');
    const cited = resolution(popular(POOL_SIZES.resolutions));
    b.name(cited);
    b.fact('REFERENCES', doc, cited, cites());
    b.write(' and is about the ');
    const aboutSpan = b.mark();
    b.name(topic);
    b.fact('ABOUT', doc, topic, aboutSpan());
    b.endSentence();

    const resulted = b.mark();
    b.write('The talks resulted in the ');
    b.name(doc, 'declaration');
    b.fact('RESULTED_IN', talks, doc, resulted(), { role: 'issued' });
    b.endSentence();
    b.endParagraph();
  }

  // Claims: asserted by a person, reported by an outlet, agreed by two countries.
  const claimIds: { id: string; by: PoolEntity }[] = [];
  const claimCount = random.int(2, 4);
  for (let n = 0; n < claimCount; n += 1) {
    const subject = random.pick(countries);
    const idea = random.chance(0.5) ? topic : concept(popular(POOL_SIZES.concepts));
    const speaker = random.pick([a, guest]);
    const form = random.int(0, 2);
    const evidence = b.mark();
    if (form === 0) {
      b.name(speaker);
      b.write(' said that ');
      b.name(subject);
      b.write(' supports the ');
      b.name(idea);
      const id = b.claim({
        text: `${subject.name} supports the ${idea.name}.`,
        assertedBy: [speaker.id],
        agreedBy: [],
        statedAt: talks.id,
        reportedBy: [],
        about: [subject.id, idea.id],
        evidence: [evidence()],
      });
      claimIds.push({ id, by: speaker });
    } else if (form === 1) {
      const relay = outlet(popular(8));
      b.write('According to the ');
      b.name(relay);
      b.write(', ');
      b.name(speaker);
      b.write(' told reporters that ');
      const backs = b.mark();
      b.name(subject);
      b.write(' backs the ');
      b.name(idea);
      const id = b.claim({
        text: `${subject.name} backs the ${idea.name}.`,
        assertedBy: [speaker.id],
        agreedBy: [],
        reportedBy: [relay.id],
        about: [idea.id],
        evidence: [evidence()],
      });
      // A fact known only through the claim: it carries the claim's id.
      b.fact('CHAMPIONED', subject, idea, backs(), { claim: id });
      claimIds.push({ id, by: speaker });
    } else {
      b.name(c1);
      b.write(' and ');
      b.name(c2);
      b.write(' agreed that the ');
      b.name(idea);
      b.write(' must continue');
      b.claim({
        text: `The ${idea.name} must continue.`,
        assertedBy: [],
        agreedBy: [c1.id, c2.id],
        statedIn: declaration?.id ?? null,
        reportedBy: [],
        about: [idea.id],
        evidence: [evidence()],
      });
    }
    b.endSentence();
  }
  b.endParagraph();

  // Quotes: the speakers' own words, and words in quotation marks the article attributes to no one.
  const quoteCount = random.int(1, 3);
  for (let n = 0; n < quoteCount; n += 1) {
    const said = random.pick(claimIds.length > 0 ? claimIds : [{ id: '', by: a }]);
    const ally = random.pick(countries);
    b.write('“');
    const words = b.mark();
    b.write('We will defend the ');
    b.name(topic);
    b.write(' together with ');
    b.name(ally);
    const quoted = words();
    b.write(',” ');
    const attribution = b.mark();
    b.name(said.by);
    b.write(' said');
    b.quote({
      speaker: said.by.id,
      text: quoted.text,
      start: quoted.start,
      end: quoted.end,
      attribution: attribution(),
      about: [topic.id, ally.id],
      saidAt: talks.id,
      expresses: said.id ? [said.id] : [],
    });
    b.endSentence();
  }
  if (random.chance(0.5)) {
    b.write('Critics called the talks “');
    const quoted = b.write(random.pick(['a step backwards', 'a photo opportunity', 'long overdue']));
    b.write('”');
    b.quote({ speaker: null, text: quoted.text, start: quoted.start, end: quoted.end, about: [], expresses: [] });
    b.endSentence();
  }
  b.endParagraph();

  // Background: conflicts, memberships, championed ideas, and every country the article names.
  if (random.chance(0.6)) {
    const fights = b.mark();
    const fighter = random.pick(countries);
    b.name(fighter);
    b.write(' is fighting the ');
    const enemy = armedGroup(popular(100));
    b.name(enemy);
    b.fact('FIGHTS', fighter, enemy, fights());
    b.endSentence();
  }
  if (random.chance(0.5)) {
    // Organization n belongs to organization n mod 10: the same tie in every article.
    const memberIndex = 10 + popular(POOL_SIZES.organizations - 10);
    const member = organization(memberIndex);
    const parent = organization(memberIndex % 10);
    const partOf = b.mark();
    b.name(member);
    b.write(' is part of the ');
    b.name(parent);
    b.fact('PART_OF', member, parent, partOf());
    b.endSentence();
  }
  if (random.chance(0.6)) {
    const champion = pickPerson([], 2);
    const championed = b.mark();
    b.name(champion);
    b.write(' has long championed the ');
    b.name(topic);
    b.fact('CHAMPIONED', champion, topic, championed());
    b.endSentence();
  }
  const attended = b.mark();
  b.write('Officials from ');
  countries.forEach((country, i) => {
    if (i > 0) b.write(i === countries.length - 1 ? ' and ' : ', ');
    b.name(country, aliasOrName(random, country));
  });
  b.write(' attended the talks');
  const attendance: Span = attended();
  for (const country of countries) b.fact('PARTICIPATED_IN', country, talks, attendance, { role: 'delegation' });
  b.endSentence();
  b.endParagraph();

  const publisher = outlet(popular(8));
  b.write('Reported by the ');
  b.name(publisher);
  b.endSentence();

  const id = syntheticArticleId(options.seed, index);
  return b.build({
    id,
    title: `${c1.name} and ${c2.name} discuss the ${topic.name}`,
    publishedOn: published.toISOString().slice(0, 10),
    language: 'en',
    extracted: false,
    source: { name: publisher.name, url: null },
    url: null,
    publisher: publisher.id,
  });
}

/** Hubs are often named by an alias ("Moscow", "Washington"), as in the seed. */
function aliasOrName(random: Random, entity: PoolEntity): string {
  return entity.aliases.length > 0 && random.chance(0.3) ? random.pick(entity.aliases) : entity.name;
}
