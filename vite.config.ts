/**
 * One source, three builds, picked by `--mode`:
 *   chrome  -> dist/chrome   (MV3 service worker)
 *   firefox -> dist/firefox  (MV3 background scripts, gecko settings)
 *   node    -> dist/node     (the engine as a library, and the `sourcelight` CLI)
 */
import { defineConfig, type UserConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { chmodSync } from 'node:fs';
import baseManifest from './manifest.json' with { type: 'json' };

const here = import.meta.dirname;
const GECKO_ID = 'sourcelight@sourcelight.dev';

type Browser = 'chrome' | 'firefox';

/** manifest.json is written for Chrome; Firefox differs only where it must. */
function manifestFor(browser: Browser): ManifestV3Export {
  if (browser === 'chrome') return baseManifest as ManifestV3Export;
  const { service_worker, type } = baseManifest.background;
  // Firefox injects content scripts into open tabs itself on install and update: the
  // re-injection (src/background/reinject.ts), and so `scripting` and the host permissions it
  // needs, are Chrome's alone.
  const { host_permissions: _reinjectHosts, ...rest } = baseManifest;
  return {
    ...rest,
    permissions: baseManifest.permissions.filter((p) => p !== 'scripting'),
    background: { scripts: [service_worker], type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

function extensionBuild(browser: Browser): UserConfig {
  return {
    root: resolve(here, 'src'),
    publicDir: resolve(here, 'src/public'),
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // One self-contained file: no loader module exposed to pages.
        contentScripts: { standaloneFiles: ['content/index.ts'] },
      }),
    ],
    build: { outDir: resolve(here, 'dist', browser), emptyOutDir: true, target: 'es2022' },
  };
}

function nodeBuild(): UserConfig {
  return {
    publicDir: false,
    build: {
      ssr: true,
      outDir: resolve(here, 'dist/node'),
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: {
        input: { index: resolve(here, 'src/engine/index.ts'), sourcelight: resolve(here, 'src/cli/main.ts') },
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          // The CLI runs as a program: `npx sourcelight` executes the file itself.
          banner: (chunk) => (chunk.isEntry && chunk.name === 'sourcelight' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
    plugins: [
      {
        name: 'sourcelight-cli-executable',
        writeBundle(options) {
          chmodSync(resolve(options.dir ?? resolve(here, 'dist/node'), 'sourcelight.js'), 0o755);
        },
      },
    ],
  };
}

export default defineConfig(({ mode }) => (mode === 'node' ? nodeBuild() : extensionBuild(mode === 'firefox' ? 'firefox' : 'chrome')));
