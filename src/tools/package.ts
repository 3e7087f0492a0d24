/**
 * `npm run package` (after the build): store-ready zips of both builds,
 * dist/sourcelight-chrome-VERSION.zip and dist/sourcelight-firefox-VERSION.zip.
 * web-ext builds both: it zips the folder as the stores expect (manifest.json at the root,
 * no dotfiles), and for Firefox it is Mozilla's own packager.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { distDir, repoRoot } from './paths';

const webExt = resolve(repoRoot, 'node_modules/.bin/web-ext');

function packageBuild(target: 'chrome' | 'firefox'): string {
  const sourceDir = resolve(distDir, target);
  const { version } = JSON.parse(readFileSync(resolve(sourceDir, 'manifest.json'), 'utf8')) as { version: string };
  const filename = `sourcelight-${target}-${version}.zip`;
  const result = spawnSync(
    webExt,
    // The icons' SVG drawings come along through src/public; the manifest names only the PNGs.
    ['build', '--source-dir', sourceDir, '--artifacts-dir', distDir, '--filename', filename, '--overwrite-dest', '--no-input', '--ignore-files', 'icons/*.svg'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`web-ext build of dist/${target} failed (exit ${result.status ?? result.signal})`);
  return resolve(distDir, filename);
}

for (const target of ['chrome', 'firefox'] as const) {
  const zip = packageBuild(target);
  console.log(`${zip} (${Math.round(statSync(zip).size / 1024)} KiB)`);
}
