/**
 * `npm run icons`: renders icons/icon.svg (48, 128 px) and icons/icon-small.svg (16, 32 px)
 * to the PNGs the manifest names, with headless Chromium (transparent background).
 * The PNGs are committed; run this after changing a drawing.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './paths';

const iconsDir = resolve(repoRoot, 'icons');
const SIZES: Array<[size: number, drawing: string]> = [
  [16, 'icon-small.svg'],
  [32, 'icon-small.svg'],
  [48, 'icon.svg'],
  [128, 'icon.svg'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [size, drawing] of SIZES) {
    const svg = readFileSync(resolve(iconsDir, drawing)).toString('base64');
    await page.setContent(
      `<body style="margin:0;background:transparent"><img id="icon" width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg}"></body>`,
    );
    await page.locator('#icon').evaluate((img: HTMLImageElement) => img.decode());
    const out = resolve(iconsDir, `icon-${size}.png`);
    await page.locator('#icon').screenshot({ path: out, omitBackground: true });
    console.log(out);
  }
} finally {
  await browser.close();
}
