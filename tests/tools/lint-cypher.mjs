#!/usr/bin/env node
// Lints Cypher files with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
//
// Usage: node lint-cypher.mjs FILE.cypher [FILE.cypher ...]
//
// Each file is linted whole (the parser splits statements itself, so semicolons inside strings and comments
// are handled by the real grammar). cypher-shell console commands are allowed; parameters declared with
// `:param name => value` count as defined for the statements of that file.
// Prints one JSON document: [{file, statements, diagnostics: [{severity, message, line, column}]}]
// (line and column 1-based). Exit codes: 0 no error-severity diagnostic, 1 at least one error,
// 2 usage or unreadable file, 3 the parser package is not installed (run `npm ci` in tests/tools).
import { readFileSync } from 'node:fs';

let lib;
try {
  lib = await import('@neo4j-cypher/language-support');
} catch (e) {
  console.error(`Cypher parser not installed: run \`npm ci\` in tests/tools (${e.message})`);
  process.exit(3);
}
const { lintCypherQuery, parseStatementsStrs } = lib;

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node lint-cypher.mjs FILE.cypher [FILE.cypher ...]');
  process.exit(2);
}

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const results = [];
let errors = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
  const parameters = {};
  for (const m of text.matchAll(/^[ \t]*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>/gm)) parameters[m[1]] = null;
  const { diagnostics } = lintCypherQuery(text, { parameters }, { consoleCommandsEnabled: true });
  const statements = parseStatementsStrs(text).filter((s) => s.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim().length > 0).length;
  const out = diagnostics.map((d) => ({
    severity: severities[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  }));
  errors += out.filter((d) => d.severity === 'error').length;
  results.push({ file, statements, diagnostics: out });
}
console.log(JSON.stringify(results, null, 2));
process.exit(errors > 0 ? 1 : 0);
