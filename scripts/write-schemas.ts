/**
 * @module scripts/write-schemas
 * Writes the JSON Schemas of the CLI's outputs to `schemas/` from the zod contracts.
 */
import { writeFileSync } from 'node:fs';
import { contracts, jsonSchemaOf } from '../src/contracts.js';

for (const name of Object.keys(contracts) as (keyof typeof contracts)[]) {
  const path = new URL(`../schemas/${name}`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
