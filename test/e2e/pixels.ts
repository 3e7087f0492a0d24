/**
 * Whether highlights are painted for real: screenshots of the viewport compared pixel by pixel
 * in chosen boxes (a word's box: see the specs), decoded by the browser itself.
 */
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ext, ExtPage } from './harness';

/** A box in viewport coordinates (CSS pixels, whole). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A screenshot of the viewport as base64 PNG. */
export async function screenshot(page: ExtPage, name: string): Promise<string> {
  const path = join(tmpdir(), `sourcelight-${process.pid}-${name}.png`);
  await page.screenshot(path);
  const data = await readFile(path);
  await rm(path, { force: true });
  return data.toString('base64');
}

/**
 * How many pixels of each box differ between two screenshots: decoded in an extension page
 * (the browser's own PNG decoder), since the test depends on no image library.
 */
export async function differingPixels(ext: Ext, before: string, after: string, boxes: Record<string, Box>) {
  return ext.inExtension(
    async (_api, arg) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context;
      };
      const [a, b] = [await pixels(arg.before), await pixels(arg.after)];
      const counts: Record<string, number> = {};
      for (const [name, box] of Object.entries(arg.boxes)) {
        const pa = a.getImageData(box.x, box.y, box.width, box.height).data;
        const pb = b.getImageData(box.x, box.y, box.width, box.height).data;
        let differing = 0;
        for (let i = 0; i < pa.length; i += 4) {
          if (pa[i] !== pb[i] || pa[i + 1] !== pb[i + 1] || pa[i + 2] !== pb[i + 2]) differing++;
        }
        counts[name] = differing;
      }
      return counts;
    },
    { before, after, boxes },
  );
}
