/**
 * Lint: no regular expression in `src/` may nest quantifiers ambiguously (`(a+)+`, `(?:\w+\s?){1,4}`):
 * such a pattern backtracks through every way of splitting a run of characters, in time polynomial or
 * exponential in the run. The ambiguity is decided by scslre (the analysis behind
 * eslint-plugin-regexp's `no-super-linear-backtracking`); a nested quantifier whose iterations are
 * told apart by a mandatory separator (`(?:\s+\w+){0,3}`) passes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AST, RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { regexesIn } from './regexes.js';

const src = new URL('../../src/', import.meta.url).pathname;
const { found, unfolded } = regexesIn(src);
const parser = new RegExpParser({ ecmaVersion: 2025 });
type Node = AST.Node;

/** Patterns built at run time from values no fold can see, and why each is safe. */
const DYNAMIC: Readonly<Record<string, string>> = {
  'synthesize/framing.ts': 'one fixed term of a word list, then `(?:s|es)?`: no quantifier repeats the term',
  'ingest/robots.ts':
    'a robots.txt rule with `*` as `.*` and everything else escaped (see the report: many `*` backtrack)',
};

test('every regex of src/ is found and folded (a pattern built at run time is listed with its reason)', () => {
  assert.ok(found.length > 300, `only ${found.length} regexes found: the scan is broken`);
  const unexplained = unfolded.filter((u) => DYNAMIC[u.file] === undefined);
  assert.deepEqual(unexplained, [], 'patterns that could not be folded from constants');
});

test('the lint finds a nested quantifier when there is one (it can fail)', () => {
  for (const bad of ['(a+)+$', '(?:[A-Za-z]+\\s?){1,4}x', '(?:\\s*\\w+\\s*)+$']) {
    const reports = analyse(parser.parseLiteral(`/${bad}/`)).reports;
    assert.ok(
      reports.some((r) => r.type === 'Self' || r.exponential),
      `${bad} not flagged`,
    );
  }
  assert.deepEqual(
    analyse(parser.parseLiteral('/(?:\\s+\\w+){0,3}$/')).reports.filter((r) => r.type === 'Self'),
    [],
  );
});

test('no regex of src/ nests quantifiers ambiguously or backtracks exponentially', () => {
  const problems: string[] = [];
  for (const regex of found) {
    const ast = parser.parseLiteral(`/${regex.source}/${regex.flags}`);
    let nested = false;
    visitRegExpAST(ast, {
      onQuantifierEnter(quantifier) {
        if (quantifier.max <= 1) return;
        for (let node = quantifier.parent as Node | null; node !== null; node = node.parent as Node | null)
          if (node.type === 'Quantifier' && node.max > 1) nested = true;
      },
    });
    for (const report of analyse(ast).reports) {
      if (report.exponential || (nested && report.type === 'Self'))
        problems.push(
          `${regex.file}:${regex.line} ${report.exponential ? 'exponential' : 'nested quantifier'}: /${regex.source.slice(0, 100)}/`,
        );
    }
  }
  assert.deepEqual([...new Set(problems)], []);
});
