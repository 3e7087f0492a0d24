/**
 * The `sourcelight` CLI, run as a child process (through tsx, on the sources), the way a
 * person runs it: outputs, exit codes and one-line errors.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, newsPageFile } from '../../../src/tools/paths';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, 'src/cli/main.ts');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const SEED = resolve(fixturesDir, 'seed/article.txt');
const NEWS_HTML = newsPageFile('bbc-1', 'source.html');

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 allegedly', 'latin1'));
  writeFileSync(join(dir, 'ok.txt'), 'The gunman allegedly fled, officials said.\n');
  mkdirSync(join(dir, 'folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each run starts tsx and the engine: seconds on a busy machine.
describe('sourcelight analyze', { timeout: 120_000 }, () => {
  it('prints one JSON report per input, with offsets into the unchanged file', () => {
    const r = run(['analyze', '--format', 'json', SEED, join(dir, 'ok.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const report = JSON.parse(lines[0]!);
    const text = readFileSync(SEED, 'utf8');
    expect(report).toMatchObject({ source: SEED, language: 'en', text });
    expect(report.findings.length).toBeGreaterThan(10);
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(Object.keys(report.summary)).toEqual(expect.arrayContaining(['words', 'sentences', 'byCategory', 'bySourcing']));
    expect(report.sources.some((s: { name: string }) => s.name === 'Sergey Lavrov')).toBe(true);
  });

  it('prints a readable report by default', () => {
    const r = run(['analyze', join(dir, 'ok.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`== ${join(dir, 'ok.txt')} ==`);
    expect(r.stdout).toMatch(/hedge\s+"allegedly"/);
    expect(r.stdout).toMatch(/Sentence sourcing: anonymous 1/);
  });

  it('reads standard input with -', () => {
    const r = run(['analyze', '--format=json', '-'], 'Critics say the plan reportedly failed.');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.source).toBe('-');
    expect(report.findings.map((f: { category: string }) => f.category)).toEqual(expect.arrayContaining(['vague-source', 'hedge']));
  });

  it('reads standard input once, and knows HTML there without a doctype', () => {
    const r = run(['analyze', '--format=json', '-', '-'], '<div><p>Critics say the plan <em>reportedly</em> failed.</p></div>');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('sourcelight: standard input: was already read (give - once)');
    const report = JSON.parse(r.stdout);
    expect(report.text).toBe('Critics say the plan reportedly failed.');
    expect(report.findings.map((f: { text: string }) => f.text)).toContain('reportedly');
  });

  it('reads a named pipe like a file', () => {
    const r = spawnSync('bash', ['-c', `"${TSX}" "${CLI}" analyze --format json <(printf 'It is allegedly true.')`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { text: string }) => f.text)).toEqual(['allegedly']);
  });

  it('analyses the article body of an HTML page', () => {
    const r = run(['analyze', '--format', 'json', NEWS_HTML]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.text).toContain('President Barack Obama has admitted');
    expect(report.text).not.toContain('<');
    for (const f of report.findings) expect(report.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('reports each bad input on one line, goes on with the others and exits non-zero', () => {
    const bad = ['missing.txt', 'empty.txt', 'blank.txt', 'binary.txt', 'latin1.txt', 'folder'].map((f) => join(dir, f));
    const r = run(['analyze', '--format', 'json', ...bad, join(dir, 'ok.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      `sourcelight: ${bad[0]}: no such file`,
      `sourcelight: ${bad[1]}: is empty`,
      `sourcelight: ${bad[2]}: is empty (only whitespace)`,
      `sourcelight: ${bad[3]}: looks like a binary file, not text`,
      `sourcelight: ${bad[4]}: is not valid UTF-8 text`,
      `sourcelight: ${bad[5]}: is a directory, not a file`,
    ]);
    expect(r.stderr).not.toMatch(/\bat\s+\S+:\d+/); // no stack trace
  });

  it('explains usage errors and --help', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sourcelight analyze \[--format json\|text\] FILE/);
    for (const args of [[], ['analyze'], ['analyse', 'x'], ['analyze', '--format', 'xml', 'x'], ['analyze', '--bogus', 'x']]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^sourcelight: /);
    }
  });
});

describe('the built package', { timeout: 120_000 }, () => {
  const BIN = resolve(ROOT, 'dist/node/sourcelight.js');
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; main: string };

  it('has an executable `sourcelight` bin with a shebang (npm test builds before the unit tests)', () => {
    expect(pkg.bin.sourcelight).toBe('dist/node/sourcelight.js');
    expect(existsSync(BIN), 'dist/node/sourcelight.js is missing: run `npm run build` first').toBe(true);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    accessSync(BIN, constants.X_OK);
    const r = spawnSync(BIN, ['analyze', '--format', 'json', '-'], { input: 'It is allegedly true.', encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ text: 'allegedly', category: 'hedge', start: 6, end: 15 });
  });

  it('exports analyze from the package main', async () => {
    const engine = (await import(resolve(ROOT, pkg.main))) as typeof import('../../../src/engine/index');
    expect(engine.analyze('Critics say so.').findings[0]?.category).toBe('vague-source');
    expect(engine.validatePhrase('a.*')).toMatch(/not allowed/);
    expect(engine.RULES.length).toBeGreaterThan(100);
  });
});
