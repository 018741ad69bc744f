// Validates one document against the climate-city JSON Schema with ajv (draft 2020-12, strict mode, formats
// checked), as the serialization README's ajv command does: the baseline of the benchmark figures "validate vs ajv".
// Usage: node validate.cjs SCHEMA DOCUMENT; exit 0 when valid, 1 with the errors on stderr when not.
'use strict';
const fs = require('node:fs');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [schemaFile, documentFile] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
if (!validate(JSON.parse(fs.readFileSync(documentFile, 'utf8')))) {
  console.error(JSON.stringify(validate.errors, null, 2));
  process.exit(1);
}
