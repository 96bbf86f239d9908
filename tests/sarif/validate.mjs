#!/usr/bin/env node
// Validates SARIF logs against the SARIF 2.1.0 schema shipped next to this file, with ajv and
// ajv-formats from deps/node_modules, then checks what the schema cannot: every ruleIndex points at
// the rule named by ruleId. Usage: node validate.mjs FILE… (exit 0 valid, 1 invalid, 2 set-up error).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../deps/package.json', import.meta.url));
let Ajv2020, addFormats;
try {
  Ajv2020 = require('ajv/dist/2020').default;
  addFormats = require('ajv-formats').default;
} catch (e) {
  console.error(`validate.mjs: ajv is not installed in deps/node_modules (run scripts/setup): ${e.message}`);
  process.exit(2);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE.sarif…');
  process.exit(2);
}

const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// strict off: the published schema uses keywords ajv's strict mode flags (e.g. default next to $ref).
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function ruleIndexProblems(log) {
  const problems = [];
  (log.runs ?? []).forEach((run, r) => {
    const rules = run.tool?.driver?.rules ?? [];
    (run.results ?? []).forEach((result, i) => {
      if (result.ruleIndex === undefined) return;
      const rule = rules[result.ruleIndex];
      if (!rule) problems.push(`/runs/${r}/results/${i}/ruleIndex ${result.ruleIndex} is out of range (${rules.length} rules)`);
      else if (result.ruleId !== undefined && rule.id !== result.ruleId)
        problems.push(`/runs/${r}/results/${i}: ruleIndex ${result.ruleIndex} is '${rule.id}', ruleId is '${result.ruleId}'`);
    });
  });
  return problems;
}

let failed = false;
for (const file of files) {
  let log;
  try {
    log = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}: INVALID: ${e.message}`);
    failed = true;
    continue;
  }
  const problems = validate(log) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  problems.push(...ruleIndexProblems(log));
  const results = (log.runs ?? []).reduce((n, run) => n + (run.results?.length ?? 0), 0);
  if (problems.length === 0) {
    console.log(`${file}: valid SARIF 2.1.0 (${results} results)`);
  } else {
    failed = true;
    console.log(`${file}: INVALID`);
    for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
  }
}
process.exit(failed ? 1 : 0);
