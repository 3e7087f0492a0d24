/**
 * `npm run bench`: every benchmark part in turn, in this one process.
 * To add a part, import its BenchPart here and list it in PARTS.
 * A part's module that is not there yet (another helper's) is skipped with a note.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchPart } from './part';
import { enginePart } from './engine';

const PARTS: BenchPart[] = [enginePart];
/** Parts written elsewhere, loaded when their module exists; each exports `part: BenchPart`. */
const OPTIONAL_PARTS = ['browser.ts', 'popup.ts'];

async function main(): Promise<void> {
  const parts = [...PARTS];
  for (const file of OPTIONAL_PARTS) {
    const path = resolve(import.meta.dirname, file);
    if (!existsSync(path)) {
      console.log(`(bench part ${file} not present, skipped)`);
      continue;
    }
    const mod = (await import(path)) as { part: BenchPart };
    parts.push(mod.part);
  }
  let ok = true;
  for (const part of parts) {
    console.log(`\n## ${part.name}\n`);
    if (!(await part.run())) ok = false;
  }
  if (!ok) {
    console.log('\nSome targets were missed (see above).');
    process.exitCode = 1;
  }
}

await main();
