/**
 * @module server/schemas
 * zod schemas of the API's queries and bodies: validation at the edge, and the OpenAPI description.
 */

import { z } from 'zod';
import { RECORD_TEXT_FIELDS } from '../extract/record/fields.js';

/** Most rows one page returns: enough for a screen, small enough to stay fast. */
export const MAX_LIMIT = 200;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const StoriesQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(500).optional(),
});

export const SearchQuery = PageQuery.extend({
  q: z.string().trim().min(1, 'q is required').max(500),
});

export const IdParam = z.object({ id: z.string().min(1).max(200) });

export const AddArticleBody = z.union([
  z.object({ url: z.url({ protocol: /^https?$/ }) }).strict(),
  z
    .object({
      // The record reader's own list of text fields: what the API accepts, the reader reads.
      ...Object.fromEntries(RECORD_TEXT_FIELDS.map((field) => [field, z.string().min(1).optional()])),
      title: z.string().optional(),
      url: z.string().optional(),
    })
    .loose()
    .refine((r) => RECORD_TEXT_FIELDS.some((field) => r[field] !== undefined), {
      message: `a record needs its text in one of: ${RECORD_TEXT_FIELDS.join(', ')}`,
    }),
]);
