// Issue 7, "Trust": extension code never turns a string into markup. The content script reads page
// text and the popup shows settings and imported values; if either reached an HTML parser, a page
// (or an imported file) could write markup, and script, into a page or into the extension itself.
// The hint card, the one piece of UI the shield adds to pages, builds its DOM with createElement and
// textContent (src/shield/reveal/hint-card.ts), and so does the popup.
//
// This check reads every source file of src/ and entrypoints/ with TypeScript's parser (comments do
// not count; identifiers, property names, JSX attributes and string keys do) and fails on any use of
// an API that parses HTML from a string, naming the file and line. A use that is really needed goes
// into ALLOWED with the reason; today there are none.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['src', 'entrypoints'];
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Names that parse a string as HTML wherever they appear in code. */
const HTML_SINKS = new Set([
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'DOMParser',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'srcdoc',
  'dangerouslySetInnerHTML',
  'writeln',
]);
/** `write` is a sink on a Document; on Node's streams it is not (scripts only, but said once here). */
const STREAM_WRITERS = new Set(['stdout', 'stderr']);

/** A sink that is allowed on purpose: the file, the name, and why it is safe there. */
interface Allowed {
  file: string;
  name: string;
  reason: string;
}
const ALLOWED: Allowed[] = [];

interface Finding {
  file: string;
  line: number;
  name: string;
  code: string;
}

/** Every use of an HTML sink in one source text. */
function findHtmlSinks(file: string, text: string): Finding[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const report = (node: ts.Node, name: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file, line: line + 1, name, code: text.split('\n')[line]!.trim() });
  };
  /** The name of the object a property is read from: `document` in `document.write`, `stdout` in `process.stdout.write`. */
  const receiverName = (expression: ts.Expression): string | undefined => {
    if (ts.isIdentifier(expression)) return expression.text;
    if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && HTML_SINKS.has(node.text.replace(/^#/, ''))) {
      report(node, node.text);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && HTML_SINKS.has(node.text)) {
      // el['innerHTML'] = …, Reflect.set(el, 'innerHTML', …), { ['outerHTML']: … }
      report(node, node.text);
    } else if (ts.isPropertyAccessExpression(node) && node.name.text === 'write') {
      const receiver = receiverName(node.expression);
      if (!receiver || !STREAM_WRITERS.has(receiver)) report(node.name, `${receiver ?? '…'}.write`);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && node.argumentExpression.text === 'write') {
      report(node.argumentExpression, `${receiverName(node.expression) ?? '…'}['write']`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

const isAllowed = (f: Finding) => ALLOWED.some((a) => a.file === f.file && a.name === f.name);
const describeFinding = (f: Finding) => `${f.file}:${f.line}: ${f.name} — ${f.code}`;

describe('no HTML parsing from strings in extension code', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('reads the files it should (the hint card and the popup among them)', () => {
    const names = files.map((path) => relative(ROOT, path));
    expect(names).toEqual(expect.arrayContaining(['src/shield/reveal/hint-card.ts', 'src/content/index.ts', 'entrypoints/background.ts']));
    expect(names.some((name) => name.startsWith('src/popup/'))).toBe(true);
    expect(files.length).toBeGreaterThan(30);
  });

  it('finds no innerHTML, outerHTML, insertAdjacentHTML, document.write, DOMParser or createContextualFragment', () => {
    const findings = files.flatMap((path) => findHtmlSinks(relative(ROOT, path), readFileSync(path, 'utf8')));
    const unexplained = findings.filter((f) => !isAllowed(f)).map(describeFinding);
    expect(
      unexplained,
      `Extension code must build DOM with createElement/textContent, never parse HTML from a string.\n` +
        `Found:\n${unexplained.join('\n')}\nIf one is truly needed, add it to ALLOWED in this test with the reason.`,
    ).toEqual([]);
  });

  it('has no stale allowance (each one still matches a use)', () => {
    const findings = files.flatMap((path) => findHtmlSinks(relative(ROOT, path), readFileSync(path, 'utf8')));
    for (const allowed of ALLOWED) {
      expect(findings.some((f) => f.file === allowed.file && f.name === allowed.name), `${allowed.file}: ${allowed.name}`).toBe(true);
    }
  });

  it('builds the hint card with createElement and textContent', () => {
    const card = readFileSync(join(ROOT, 'src/shield/reveal/hint-card.ts'), 'utf8');
    expect(card).toMatch(/createElement\(/);
    expect(card).toMatch(/\.textContent = content\.title/);
    expect(card).toMatch(/\.textContent = content\.detail/);
    expect(findHtmlSinks('src/shield/reveal/hint-card.ts', card)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('catches each way of parsing HTML, with the file and line', () => {
    const sample = [
      '// innerHTML in a comment does not count, nor /* outerHTML */ here',
      'el.innerHTML = text;',
      'el.outerHTML = text;',
      "el.insertAdjacentHTML('beforeend', text);",
      'document.write(text);',
      'this.doc.write(text);',
      'doc.writeln(text);',
      "document['write'](text);",
      "const parsed = new DOMParser().parseFromString(text, 'text/html');",
      'const fragment = document.createRange().createContextualFragment(text);',
      "el['innerHTML'] = text;",
      "Reflect.set(el, 'outerHTML', text);",
      'Object.assign(el, { innerHTML: text });',
      'frame.srcdoc = text;',
      'el.setHTMLUnsafe(text);',
      "process.stdout.write('fine: a stream, not a document');",
      "const note = 'innerHTML is a word in this sentence';",
    ].join('\n');
    const found = findHtmlSinks('sample.ts', sample).map(describeFinding);
    expect(found).toEqual([
      'sample.ts:2: innerHTML — el.innerHTML = text;',
      'sample.ts:3: outerHTML — el.outerHTML = text;',
      "sample.ts:4: insertAdjacentHTML — el.insertAdjacentHTML('beforeend', text);",
      'sample.ts:5: document.write — document.write(text);',
      'sample.ts:6: doc.write — this.doc.write(text);',
      'sample.ts:7: writeln — doc.writeln(text);',
      "sample.ts:8: document['write'] — document['write'](text);",
      "sample.ts:9: DOMParser — const parsed = new DOMParser().parseFromString(text, 'text/html');",
      'sample.ts:10: createContextualFragment — const fragment = document.createRange().createContextualFragment(text);',
      "sample.ts:11: innerHTML — el['innerHTML'] = text;",
      "sample.ts:12: outerHTML — Reflect.set(el, 'outerHTML', text);",
      'sample.ts:13: innerHTML — Object.assign(el, { innerHTML: text });',
      'sample.ts:14: srcdoc — frame.srcdoc = text;',
      'sample.ts:15: setHTMLUnsafe — el.setHTMLUnsafe(text);',
    ]);
  });

  it('catches dangerouslySetInnerHTML in JSX', () => {
    const found = findHtmlSinks('sample.tsx', 'export const Note = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />;');
    expect(found.map((f) => `${f.line}: ${f.name}`)).toEqual(['1: dangerouslySetInnerHTML']);
  });
});
