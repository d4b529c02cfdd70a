/**
 * @module test/lint/regexes
 * Every regular expression written in `src/`: regex literals and `new RegExp(...)` whose pattern can
 * be folded from string constants of the same file (template literals, `String.raw`, `+`, `const`
 * names, a regex constant's `.source`, `.replace(a, b)`, `.concat(s)` and `[...].join(sep)`). A word list built at run time (`list.map(...).join('|')`)
 * folds to one plain word: it is an alternation of words, with no quantifier of its own. Any other
 * part that cannot be folded is reported, never guessed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

export interface Unfolded {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

class Unfoldable extends Error {}

/** The `const` initialisers of a file by name (top-level and nested: names in src are unique enough per file). */
function constants(source: ts.SourceFile): Map<string, ts.Expression> {
  const out = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isVariableDeclarationList(node.parent) &&
      (node.parent.flags & ts.NodeFlags.Const) !== 0 &&
      !out.has(node.name.text)
    )
      out.set(node.name.text, node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function fold(node: ts.Expression, names: Map<string, ts.Expression>, depth = 0): string {
  if (depth > 20) throw new Unfoldable(node.getText());
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node))
    return fold(node.expression, names, depth + 1);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) out += fold(span.expression, names, depth + 1) + span.literal.text;
    return out;
  }
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
    const template = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText ?? template.text;
    let out = template.head.rawText ?? template.head.text;
    for (const span of template.templateSpans)
      out += fold(span.expression, names, depth + 1) + (span.literal.rawText ?? span.literal.text);
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return fold(node.left, names, depth + 1) + fold(node.right, names, depth + 1);
  if (ts.isIdentifier(node)) {
    const init = names.get(node.text);
    if (!init) throw new Unfoldable(node.text);
    return fold(init, names, depth + 1);
  }
  if (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'source' &&
    ts.isIdentifier(node.expression)
  ) {
    const init = names.get(node.expression.text);
    if (init && init.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = init.getText();
      return literal.slice(1, literal.lastIndexOf('/'));
    }
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text;
    const target = node.expression.expression;
    const arg = node.arguments[0];
    if (method === 'join' && arg) {
      const separator = fold(arg, names, depth + 1);
      try {
        if (ts.isArrayLiteralExpression(target))
          return target.elements
            .map((element) => fold(element as ts.Expression, names, depth + 1))
            .join(separator);
      } catch (error) {
        if (!(error instanceof Unfoldable) || separator !== '|') throw error;
      }
      if (separator === '|') return 'word';
    }
    const second = node.arguments[1];
    if (
      method === 'replace' &&
      arg &&
      second &&
      (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))
    )
      return fold(target, names, depth + 1).replace(arg.text, fold(second, names, depth + 1));
    if (method === 'replace' && arg && second && arg.getText() === '/^/')
      return fold(second, names, depth + 1) + fold(target, names, depth + 1);
    if (method === 'concat' && arg) return fold(target, names, depth + 1) + fold(arg, names, depth + 1);
  }
  throw new Unfoldable(node.getText());
}

/** Every regex of the TypeScript files under `dir`, and the patterns that could not be folded. */
export function regexesIn(dir: string, root = dir): { found: FoundRegex[]; unfolded: Unfolded[] } {
  const found: FoundRegex[] = [];
  const unfolded: Unfolded[] = [];
  for (const path of filesUnder(dir)) {
    const text = readFileSync(path, 'utf8');
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const names = constants(source);
    const file = relative(root, path);
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const end = literal.lastIndexOf('/');
        found.push({
          file,
          line: lineOf(node),
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        node.expression.getText() === 'RegExp' &&
        node.arguments?.[0]
      ) {
        try {
          const pattern = fold(node.arguments[0], names);
          const flags = node.arguments[1] ? fold(node.arguments[1], names) : '';
          found.push({ file, line: lineOf(node), source: pattern, flags });
        } catch (error) {
          if (!(error instanceof Unfoldable)) throw error;
          unfolded.push({ file, line: lineOf(node), text: node.getText().slice(0, 120) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, unfolded };
}
