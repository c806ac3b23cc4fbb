import { z } from 'zod';
import { SLUG_PATTERN } from './normalize-id';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from './relationship-types';

const slug = z.string().regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens');
const entityReference = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an entity id such as person:vladimir-putin');
const claimReference = z
  .string()
  .regex(/^claim:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a claim id such as claim:no-military-solution');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const offset = z.number().int('must be a whole number').nonnegative('must not be negative');

export const spanSchema = z
  .object({ start: offset, end: offset, text: z.string().min(1, 'must not be empty') })
  .strict()
  .refine((span) => span.end > span.start, { message: 'end must be greater than start', path: ['end'] });

/** How sure an extractor is of what it found, from 0 to 1; curated facts leave it out (1). */
const confidence = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional();

/** A mention: its span, and for an extracted article why the words were taken for the entity. */
const mentionSchema = z
  .object({
    start: offset,
    end: offset,
    text: z.string().min(1, 'must not be empty'),
    confidence,
    reason: nonEmpty.optional(),
  })
  .strict()
  .refine((span) => span.end > span.start, { message: 'end must be greater than start', path: ['end'] });

const DATE_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * A date at the precision the article gives it: `2017`, `2017-07` or `2017-11-09`. A date the
 * article does not state outright (a relative one, or a year taken from the article's date) is
 * `inferred`, with the reasoning in `basis`. `evidence` is the words the date comes from.
 */
export const dateSchema = z
  .object({
    // YAML reads a bare year as a number; accept it as the year it is.
    value: z.preprocess(
      (value) => (typeof value === 'number' ? String(value) : value),
      z.string().regex(DATE_VALUE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
    ),
    inferred: z.boolean().default(false),
    basis: nonEmpty.optional(),
    evidence: spanSchema,
  })
  .strict()
  .refine((date) => !date.inferred || date.basis, {
    message: 'an inferred date needs a basis: how it was worked out from the article',
    path: ['basis'],
  })
  .refine((date) => isCalendarDate(date.value), { message: 'is not a calendar date', path: ['value'] });

const entitySchema = z
  .object({
    id: entityReference,
    kind: z.enum(ENTITY_KINDS),
    name: nonEmpty,
    aliases: z.array(nonEmpty).default([]),
    description: nonEmpty.nullish(),
    mentions: z.array(mentionSchema).min(1, 'must list at least one mention in the text'),
    // Kind-specific details; checkArticleFile says which kind may have which.
    organizationType: nonEmpty.optional(),
    placeType: z.enum(['city', 'region', 'zone']).optional(),
    documentType: nonEmpty.optional(),
    number: nonEmpty.optional(),
    handle: z
      .string()
      .regex(/^@\w+$/, 'must be a handle such as @RT_com')
      .optional(),
    content: spanSchema.optional(),
    eventType: nonEmpty.optional(),
    status: z.enum(['HELD', 'NOT_HELD']).optional(),
    date: dateSchema.optional(),
  })
  .strict();

const relationshipSchema = z
  .object({
    type: z.enum(RELATIONSHIP_TYPES),
    from: entityReference,
    to: entityReference,
    title: nonEmpty.optional(),
    role: nonEmpty.optional(),
    /** The claim this fact is known through, when the article reports it as someone's word. */
    claim: claimReference.optional(),
    evidence: spanSchema,
    confidence,
  })
  .strict();

const claimSchema = z
  .object({
    id: claimReference,
    text: nonEmpty,
    assertedBy: z.array(entityReference).default([]),
    agreedBy: z.array(entityReference).default([]),
    statedIn: entityReference.nullish(),
    statedAt: entityReference.nullish(),
    reportedBy: z.array(entityReference).default([]),
    about: z.array(entityReference).default([]),
    evidence: z.array(spanSchema).min(1, 'must list at least one span of the text that states the claim'),
    confidence,
  })
  .strict();

const quoteSchema = z
  .object({
    id: z.string().regex(/^quote:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a quote id such as quote:trump-save-lives'),
    /** Null for words the article puts in quotation marks without saying whose they are. */
    speaker: entityReference.nullable(),
    text: z.string().min(1, 'must not be empty'),
    start: offset,
    end: offset,
    /** The words that attribute the quote ("Putin said"); the quote's own span when absent. */
    attribution: spanSchema.optional(),
    about: z.array(entityReference).default([]),
    reportedBy: entityReference.nullish(),
    saidAt: entityReference.nullish(),
    expresses: z.array(claimReference).default([]),
    confidence,
  })
  .strict();

/**
 * A doubt resolution could not settle: the article's entity may be one already in the graph. It is
 * written as a POSSIBLY_SAME_AS link for an admin to confirm (mergeEntities) or leave.
 */
const possibleMatchSchema = z
  .object({
    entity: entityReference,
    candidate: entityReference,
    score: z.number().min(0).max(1),
    reason: nonEmpty,
  })
  .strict();

export const articleFileSchema = z
  .object({
    article: z
      .object({
        id: slug,
        title: nonEmpty,
        textFile: nonEmpty,
        publishedOn: z.iso.date('must be a date written YYYY-MM-DD'),
        language: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en'),
        source: z.object({ name: nonEmpty, url: z.url().nullish() }).strict(),
        url: z.url().nullish(),
        publisher: entityReference.nullish(),
        /** True for an article the extractor read (its facts carry a confidence); false for a curated one. */
        extracted: z.boolean().default(false),
      })
      .strict(),
    entities: z.array(entitySchema).min(1, 'must list at least one entity'),
    relationships: z.array(relationshipSchema).default([]),
    claims: z.array(claimSchema).default([]),
    quotes: z.array(quoteSchema).default([]),
    possibleMatches: z.array(possibleMatchSchema).optional(),
  })
  .strict();

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type ArticleEntity = z.infer<typeof entitySchema>;
export type ArticleClaim = z.infer<typeof claimSchema>;
export type ArticleQuote = z.infer<typeof quoteSchema>;
export type DateSpec = z.infer<typeof dateSchema>;
export type Span = z.infer<typeof spanSchema>;
export type PossibleMatch = z.infer<typeof possibleMatchSchema>;

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** The precision a date value is written at: `2017` → YEAR, `2017-07` → MONTH. */
export function datePrecision(value: string): DatePrecision {
  const parts = value.split('-').length;
  return parts === 1 ? 'YEAR' : parts === 2 ? 'MONTH' : 'DAY';
}

/** The first day of the period a date value names: `2017-07` → `2017-07-01`. */
export function firstDay(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

function isCalendarDate(value: string): boolean {
  if (!DATE_VALUE.test(value)) return true; // the regex reports this one
  const day = firstDay(value);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day);
}
