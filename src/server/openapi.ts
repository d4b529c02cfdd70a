/**
 * @module server/openapi
 * The OpenAPI 3.1 description of the API; query and body schemas come from the zod schemas the
 * routes validate with, so the two cannot drift apart.
 */

import { z } from 'zod';
import { VERSION } from '../ingest/fetcher.js';
import { AddArticleBody, SearchQuery, StoriesQuery } from './schemas.js';

type Json = Record<string, unknown>;

function queryParameters(schema: z.ZodObject): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const jsonResponse = (description: string, schema: Json): Json => ({
  description,
  content: { 'application/json': { schema } },
});

const storySummary = {
  type: 'object',
  required: ['id', 'title', 'articles', 'outlets', 'updated'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    articles: { type: 'integer', description: 'number of articles in the story' },
    outlets: { type: 'array', items: { type: 'string' } },
    updated: { type: 'string', format: 'date-time' },
  },
};

/** The fields a story and a storyline's entry for it share. */
const storyHead = {
  id: { type: 'string' },
  title: { type: 'string' },
  first: { type: ['string', 'null'] },
  last: { type: ['string', 'null'] },
};

const articleRef = {
  type: 'object',
  required: ['id', 'url', 'title', 'outlet', 'published'],
  properties: {
    id: { type: 'string' },
    url: { type: ['string', 'null'] },
    title: { type: ['string', 'null'] },
    outlet: { type: ['string', 'null'] },
    published: { type: ['string', 'null'] },
  },
};

/** The API description served at /api/openapi.json. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Corroborate API',
      version: VERSION,
      description: 'Stories clustered from many outlets, each with a cross-checked, cited brief.',
    },
    paths: {
      '/api/stories': {
        get: {
          operationId: 'listStories',
          summary: 'Stories, most recently updated first; q keeps those with an article matching it.',
          parameters: queryParameters(StoriesQuery),
          responses: {
            '200': jsonResponse('A page of stories', {
              type: 'object',
              properties: { stories: { type: 'array', items: storySummary } },
            }),
            '400': errorResponse('Invalid query'),
          },
        },
      },
      '/api/stories/{id}': {
        get: {
          operationId: 'getStory',
          summary: 'One story with its articles and its brief.',
          parameters: [idParameter],
          responses: {
            '200': jsonResponse('The story', {
              type: 'object',
              properties: {
                ...storyHead,
                updated: { type: 'string' },
                outlets: { type: 'array', items: { type: 'string' } },
                origins: { type: 'array', items: { type: 'object' } },
                articles: { type: 'array', items: articleRef },
                storyline: {
                  type: ['object', 'null'],
                  description:
                    'The stories of its storyline (earlier and later happenings of one affair), earliest first; null when it is alone',
                  properties: {
                    id: { type: 'string' },
                    stories: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: { ...storyHead, articles: { type: 'integer' } },
                      },
                    },
                  },
                },
                brief: { type: ['object', 'null'], description: 'The Brief (see the project types)' },
              },
            }),
            '404': errorResponse('No such story'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'One stored article with its extracted Article.',
          parameters: [idParameter],
          responses: {
            '200': jsonResponse('The article', { type: 'object' }),
            '404': errorResponse('No such article'),
          },
        },
      },
      '/api/articles': {
        post: {
          operationId: 'addArticle',
          summary:
            'Queues an article (a JSON record, or {url} to fetch) and answers at once with its job; GET the status path until it is done.',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: z.toJSONSchema(AddArticleBody, { io: 'input' }) } },
          },
          responses: {
            '202': jsonResponse('Queued', { $ref: '#/components/schemas/AcceptedArticle' }),
            '400': errorResponse('Invalid body'),
            '503': errorResponse('No job queue (a read-only server)'),
          },
        },
      },
      '/api/jobs/{id}': {
        get: {
          operationId: 'getJob',
          summary: "A queued article's job: its state, and once done the article stored or why it failed.",
          parameters: [idParameter],
          responses: {
            '200': jsonResponse('The job', { $ref: '#/components/schemas/Job' }),
            '404': errorResponse('No such job'),
          },
        },
      },
      '/api/search': {
        get: {
          operationId: 'search',
          summary: 'Full-text search over articles.',
          parameters: queryParameters(SearchQuery),
          responses: {
            '200': jsonResponse('Matching articles', {
              type: 'object',
              properties: { results: { type: 'array', items: { type: 'object' } } },
            }),
            '400': errorResponse('Invalid query'),
          },
        },
      },
      '/api/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness, counts, and the job queue (waiting, running, parked jobs with their reasons).',
          responses: { '200': jsonResponse('Healthy', { type: 'object' }) },
        },
      },
      '/api/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document.',
          responses: { '200': jsonResponse('OpenAPI 3.1', { type: 'object' }) },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                issues: { type: 'array', items: { type: 'object' } },
              },
            },
          },
        },
        AcceptedArticle: {
          type: 'object',
          required: ['job', 'state', 'status'],
          properties: {
            job: { type: 'string' },
            state: { const: 'queued' },
            status: { type: 'string', description: 'The path of the job (GET it for the outcome)' },
          },
        },
        Job: {
          type: 'object',
          required: ['id', 'state', 'attempts', 'created', 'finished', 'article', 'error'],
          properties: {
            id: { type: 'string' },
            state: { enum: ['queued', 'running', 'retrying', 'done', 'failed'] },
            attempts: { type: 'integer' },
            created: { type: 'string' },
            finished: { type: ['string', 'null'] },
            article: {
              type: ['object', 'null'],
              properties: {
                id: { type: 'string' },
                url: { type: ['string', 'null'] },
                status: { enum: ['new', 'duplicate'] },
                story: { type: ['string', 'null'] },
              },
            },
            error: { type: ['string', 'null'], description: 'Why it failed (failed jobs only)' },
          },
        },
      },
    },
  };
}
