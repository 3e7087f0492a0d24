/** Where things are, for the node-side tools and the end-to-end harness. */
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** The shared fixtures live beside the repository, never inside it. */
export const fixturesDir = resolve(repoRoot, '../shared/fixtures');
export const distDir = resolve(repoRoot, 'dist');
