/**
 * @module contracts
 * zod schemas of the CLI's JSON outputs (the extract record, the brief, the story list). They are the
 * contracts other programs rely on; `npm run schemas` writes them to `schemas/` as JSON Schemas.
 */
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'an ISO date or datetime');
const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const citationSchema = z.object({ source: z.string(), text: z.string().min(1), ...span });

export const extractRecordSchema = z.object({
  input: z.string(),
  id: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  credits: z.array(z.string()),
  dateline: z.string().nullable(),
  language: z.string().nullable(),
  paragraphs: z.array(
    z.object({ kind: z.enum(['heading', 'standfirst', 'paragraph']), text: z.string(), ...span }),
  ),
  captions: z.array(z.object({ text: z.string(), credit: z.string().nullable() })),
  removed: z.array(
    z.object({ text: z.string(), reason: z.enum(['chrome', 'promo', 'caption', 'off-topic', 'duplicate']) }),
  ),
  text: z.string(),
});

export const extractErrorSchema = z.object({ input: z.string(), id: z.string(), error: z.string() });

const timelineDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const briefSchema = z.object({
  headline: z.string(),
  summary: z.array(
    z.object({
      kind: z.enum(['claim', 'disagreement']),
      text: z.string(),
      citations: z.array(citationSchema).min(1),
    }),
  ),
  sources: z.array(
    z.object({
      id: z.string(),
      document: z.string(),
      input: z.string(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      published: isoDate.nullable(),
      credits: z.array(z.string()),
      origin: z.string(),
    }),
  ),
  origins: z.array(z.object({ id: z.string(), label: z.string(), sources: z.array(z.string()).min(1) })),
  offTopic: z.array(z.string()),
  facts: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      sources: z.array(z.string()).min(1),
      origins: z.array(z.string()).min(1),
      independent: z.number().int().positive(),
      citations: z.array(citationSchema).min(1),
      first: z.string().nullable(),
      trail: z.array(z.object({ origin: z.string(), sources: z.array(z.string()).min(1) })).min(1),
    }),
  ),
  exclusives: z.array(z.object({ source: z.string(), facts: z.array(z.string()) })),
  quotes: z.array(z.object({ speaker: z.string().nullable(), variants: z.array(citationSchema).min(1) })),
  quantities: z.array(
    z.object({
      subject: z.string(),
      status: z.enum(['agree', 'conflict']),
      values: z.array(
        z.object({
          text: z.string(),
          value: z.number(),
          low: z.number(),
          high: z.number(),
          unit: z.string(),
          citation: citationSchema,
        }),
      ),
    }),
  ),
  contradictions: z.array(
    z.object({
      kind: z.enum(['number', 'date', 'place', 'person', 'polarity']),
      summary: z.string(),
      sides: z.array(citationSchema).min(2),
    }),
  ),
  timeline: z.array(
    z.object({
      date: timelineDate,
      text: z.string(),
      sources: z.array(z.string()).min(1),
      citations: z.array(citationSchema).min(1),
    }),
  ),
  entities: z.array(
    z.object({
      name: z.string(),
      type: z.enum(['person', 'organization', 'place', 'other']),
      aliases: z.array(z.string()),
      sources: z.array(z.string()),
    }),
  ),
  framing: z.array(
    z.object({
      concept: z.string(),
      terms: z.array(z.object({ term: z.string(), sources: z.array(z.string()).min(1) })),
    }),
  ),
});

const originSchema = z.object({
  id: z.string(),
  members: z.array(z.string()),
  credit: z.string().nullable(),
});

export const storiesSchema = z.object({
  stories: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      members: z.array(z.string()),
      origins: z.array(originSchema),
      first: isoDate.nullable(),
      last: isoDate.nullable(),
      storyline: z.string().optional(),
    }),
  ),
});

export const storylinesSchema = z.object({
  storylines: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      stories: z.array(z.string()).min(1),
      members: z.array(z.string()),
      origins: z.array(originSchema),
      first: isoDate.nullable(),
      last: isoDate.nullable(),
    }),
  ),
});

/** The JSON Schemas written to `schemas/`, by file name. */
export const contracts = {
  'extract-record.schema.json': extractRecordSchema,
  'brief.schema.json': briefSchema,
  'stories.schema.json': storiesSchema,
  'storylines.schema.json': storylinesSchema,
} as const;

/** A contract as a JSON Schema document. */
export function jsonSchemaOf(name: keyof typeof contracts): Record<string, unknown> {
  return {
    $id: `https://corroborate.dev/schemas/${name}`,
    ...z.toJSONSchema(contracts[name], { target: 'draft-2020-12' }),
  };
}
