/**
 * `npm run bench`: every benchmark part in turn, in this one process.
 * To add a part, import its BenchPart here and list it in PARTS.
 */
import type { BenchPart } from './part';
import { enginePart } from './engine';
import { browserPart } from './browser';
import { popupPart } from './popup';

const PARTS: BenchPart[] = [enginePart, browserPart, popupPart];

async function main(): Promise<void> {
  let ok = true;
  for (const part of PARTS) {
    console.log(`\n## ${part.name}\n`);
    if (!(await part.run())) ok = false;
  }
  if (!ok) {
    console.log('\nSome targets were missed (see above).');
    process.exitCode = 1;
  }
}

await main();
