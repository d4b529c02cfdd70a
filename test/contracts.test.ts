import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { contracts, jsonSchemaOf } from '../src/contracts.js';
import { repoRoot } from './helpers.js';

test('the JSON Schemas in schemas/ are the ones the contracts generate (run npm run schemas)', () => {
  for (const name of Object.keys(contracts) as (keyof typeof contracts)[]) {
    const committed = JSON.parse(readFileSync(`${repoRoot}schemas/${name}`, 'utf8')) as unknown;
    assert.deepEqual(committed, jsonSchemaOf(name), name);
  }
});
