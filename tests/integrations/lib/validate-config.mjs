#!/usr/bin/env node
// Validates JSON documents (configuration files converted from YAML) against
// docs/atscan-config.schema.json with ajv from deps/node_modules. Usage: node validate-config.mjs FILE.json…
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../../deps/package.json', import.meta.url));
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const schema = JSON.parse(readFileSync(new URL('../../../docs/atscan-config.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let bad = 0;
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  if (!validate(doc)) {
    bad = 1;
    console.error(`${file}: ${ajv.errorsText(validate.errors)}`);
  }
}
process.exit(bad);
