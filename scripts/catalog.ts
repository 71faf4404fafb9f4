/**
 * `npm run catalog -- check FILE...`: validates show packs and prints what each compiles to.
 * `npm run catalog -- outline`: rewrites src/catalog/shipped-outline.ts from the shipped packs (the
 * popup's and settings page's small view of them; a unit test fails when it is stale).
 * Exit code 1 when a pack is invalid, 2 on a usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { summarizePack, outlineFileText } from '../src/catalog/summary';
import { CatalogError, validatePack } from '../src/catalog';

function main(argv: string[]): number {
  const [command, ...files] = argv;
  if (command === 'outline' && files.length === 0) {
    writeFileSync('src/catalog/shipped-outline.ts', outlineFileText());
    console.log('wrote src/catalog/shipped-outline.ts');
    return 0;
  }
  if (command !== 'check' || files.length === 0) {
    process.stderr.write('usage: catalog check FILE... | catalog outline\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      process.stderr.write(`${file}: cannot read it as JSON (${(e as Error).message})\n`);
      failed++;
      continue;
    }
    try {
      const { pack, catalog } = validatePack(value, file);
      console.log(summarizePack(pack, catalog, file));
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      process.stderr.write(`${e.message}\n`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
