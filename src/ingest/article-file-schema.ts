import { z } from 'zod';
import { SLUG_PATTERN } from './normalize-id';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from './relationship-types';

const slug = z.string().regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens');
const entityReference = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an entity id such as person:vladimir-putin');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const offset = z.number().int('must be a whole number').nonnegative('must not be negative');

export const spanSchema = z
  .object({ start: offset, end: offset, text: z.string().min(1, 'must not be empty') })
  .strict()
  .refine((span) => span.end > span.start, { message: 'end must be greater than start', path: ['end'] });

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
      })
      .strict(),
    entities: z
      .array(
        z
          .object({
            id: entityReference,
            kind: z.enum(ENTITY_KINDS),
            name: nonEmpty,
            aliases: z.array(nonEmpty).default([]),
            description: nonEmpty.nullish(),
            mentions: z.array(spanSchema).min(1, 'must list at least one mention in the text'),
          })
          .strict(),
      )
      .min(1, 'must list at least one entity'),
    relationships: z
      .array(
        z
          .object({
            type: z.enum(RELATIONSHIP_TYPES),
            from: entityReference,
            to: entityReference,
            title: nonEmpty.optional(),
            evidence: spanSchema,
          })
          .strict(),
      )
      .default([]),
    quotes: z
      .array(
        z
          .object({
            id: z
              .string()
              .regex(/^quote:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a quote id such as quote:trump-save-lives'),
            speaker: entityReference,
            text: z.string().min(1, 'must not be empty'),
            start: offset,
            end: offset,
            about: z.array(entityReference).default([]),
            reportedBy: entityReference.nullish(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type Span = z.infer<typeof spanSchema>;
