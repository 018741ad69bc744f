// Checks every document of the conformance suite against the published JSON Schema with ajv (draft 2020-12, with
// ajv-formats): each valid case must pass, each invalid case must do what manifest.json says of the schema
// ("rejects", "accepts" for a rule the schema cannot express, "not-json" for a text JSON.parse refuses).
// Usage: node check-schema.cjs [DIR], DIR the folder where `npm ci` installed ajv (default: this folder).
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const here = __dirname;
const load = createRequire(path.join(path.resolve(process.argv[2] || here), 'package.json'));
const Ajv2020 = load('ajv/dist/2020').default;
const addFormats = load('ajv-formats').default;

const manifest = JSON.parse(fs.readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(path.join(here, manifest.schema), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const counts = { accepts: 0, rejects: 0, 'not-json': 0 };
const failures = [];
for (const c of manifest.cases) {
  const text = fs.readFileSync(path.join(here, c.file), 'utf8');
  let verdict;
  let errors = [];
  try {
    const document = JSON.parse(text);
    verdict = validate(document) ? 'accepts' : 'rejects';
    errors = validate.errors || [];
  } catch (e) {
    verdict = 'not-json';
  }
  counts[verdict]++;
  if (verdict !== c.schema || (c.valid && verdict !== 'accepts')) {
    const first = errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    failures.push(`${c.file}: the manifest says the schema ${c.schema}, ajv ${verdict}${first ? ': ' + first : ''}`);
  }
}
const version = load('ajv/package.json').version;
console.log(`ajv ${version}: ${manifest.cases.length} cases, ${counts.accepts} accepted, ${counts.rejects} rejected,`
  + ` ${counts['not-json']} not JSON`);
if (failures.length > 0) {
  failures.forEach((f) => console.error(f));
  console.error(`${failures.length} cases differ from manifest.json`);
  process.exit(1);
}
console.log('every case as manifest.json says');
