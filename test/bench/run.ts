/**
 * `npm run bench`: every benchmark part in turn, in this one process.
 * To add a part, import its BenchPart here and list it in PARTS.
 * BENCH_PARTS=browser (comma-separated: engine, browser, popup) runs only those parts.
 */
import type { BenchPart } from './part';
import { enginePart } from './engine';
import { browserPart } from './browser';
import { popupPart } from './popup';

const PARTS: Record<string, BenchPart> = { engine: enginePart, browser: browserPart, popup: popupPart };

function selectedParts(): BenchPart[] {
  const wanted = process.env.BENCH_PARTS?.split(',').map((name) => name.trim()).filter(Boolean);
  if (!wanted?.length) return Object.values(PARTS);
  const unknown = wanted.filter((name) => !(name in PARTS));
  if (unknown.length > 0) throw new Error(`BENCH_PARTS: no part named ${unknown.join(', ')} (parts: ${Object.keys(PARTS).join(', ')})`);
  return wanted.map((name) => PARTS[name]!);
}

async function main(): Promise<void> {
  let ok = true;
  for (const part of selectedParts()) {
    console.log(`\n## ${part.name}\n`);
    if (!(await part.run())) ok = false;
  }
  if (!ok) {
    console.log('\nSome targets were missed (see above).');
    process.exitCode = 1;
  }
}

await main();
