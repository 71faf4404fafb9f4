/** Reads the labelled corpus (JSON Lines files) from a folder. Node only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPassage } from './score';

export function readCorpus(dir: string): LabelledPassage[] {
  const passages: LabelledPassage[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        try {
          passages.push(JSON.parse(line) as LabelledPassage);
        } catch (e) {
          throw new Error(`${join(dir, file)}:${i + 1}: not valid JSON (${(e as Error).message})`);
        }
      });
  }
  return passages;
}
