/**
 * `sourcelight analyze [--format json|text] FILE...` — the extension's engine on the
 * command line. FILE is .txt (analysed as is), .html/.htm (the article body, found as the
 * extension finds it) or `-` for standard input. A bad input gets one line on stderr and
 * a non-zero exit code; the other inputs are still analysed. Never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../engine/index';
import type { AnalyzeOptions, Report } from '../engine/types';
import { formatText } from './format';

const USAGE = `Usage: sourcelight analyze [--format json|text] FILE...

Marks hedging, vague and anonymous sourcing, evidence gaps, loaded verbs, certainty
and speculation in news text, and reports how it sources its claims.

  FILE            a .txt file (analysed unchanged), an .html/.htm page (its article
                  body, as the browser extension reads it), or - for standard input
  --format json   one JSON object per input, one per line (offsets index into "text")
  --format text   a readable report (the default)
  -h, --help      show this help

Exit status: 0 when every input was analysed, 1 when an input could not be read,
2 on a usage error.`;

class InputError extends Error {}

type Format = 'json' | 'text';

interface Args {
  format: Format;
  files: string[];
}

function parseArgs(argv: string[]): Args | 'help' | string {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.length === 0) return 'no command given (try: sourcelight analyze FILE)';
  const [command, ...rest] = argv;
  if (command !== 'analyze') return `unknown command "${command}" (try: sourcelight analyze FILE)`;
  let format: Format = 'text';
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    let value: string | undefined;
    if (arg === '--format') value = rest[++i];
    else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
    else return `unknown option "${arg}"`;
    if (value !== 'json' && value !== 'text') return `--format must be "json" or "text"`;
    format = value;
  }
  if (!files.length) return 'no FILE given (use - for standard input)';
  return { format, files };
}

function readInput(file: string): Buffer {
  if (file === '-') return readFileSync(0);
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file');
    if (code === 'EACCES') throw new InputError('permission denied');
    throw new InputError(`cannot read (${code ?? 'unknown error'})`);
  }
  if (stat.isDirectory()) throw new InputError('is a directory, not a file');
  // A pipe is read like a file: `sourcelight analyze <(curl ...)`, /dev/stdin.
  if (!stat.isFile() && !stat.isFIFO()) throw new InputError('is not a regular file or a pipe');
  try {
    return readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

/** The bytes as text, unchanged (a byte-order mark stays, so offsets match the file). */
function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('is empty');
  if (bytes.includes(0)) throw new InputError('looks like a binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text');
  }
  if (!text.trim()) throw new InputError('is empty (only whitespace)');
  return text;
}

/**
 * HTML by its name, or (standard input and pipes) by its content: a doctype or <html>, or a
 * fragment that starts with a tag and closes one ("<p>It is said...</p>").
 */
const isHtml = (file: string, text: string): boolean =>
  /\.x?html?$/i.test(file) ||
  (!/\.[a-z0-9]+$/i.test(file) && (/^\s*(?:<!doctype html|<html[\s>])/i.test(text) || (/^\s*<[a-z]/i.test(text) && /<\/[a-z][a-z0-9]*\s*>/i.test(text))));

async function analyzeFile(file: string): Promise<Report> {
  const text = decodeText(readInput(file));
  const source = file;
  if (!isHtml(file, text)) return analyze(text, { source });
  const { htmlToAnalysisInput } = await import('../page/html-input');
  const input = htmlToAnalysisInput(text);
  if (!input.text.trim()) throw new InputError('has no article text to analyse');
  const options: AnalyzeOptions = { ...input.options, source };
  return analyze(input.text, options);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (typeof args === 'string') {
    process.stderr.write(`sourcelight: ${args}\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }
  let failed = false;
  let first = true;
  let stdinRead = false;
  for (const file of args.files) {
    const label = file === '-' ? 'standard input' : file;
    let report: Report;
    try {
      if (file === '-' && stdinRead) throw new InputError('was already read (give - once)');
      stdinRead ||= file === '-';
      report = await analyzeFile(file);
    } catch (e) {
      failed = true;
      const message = e instanceof InputError ? e.message : `could not be analysed (${e instanceof Error ? e.message : String(e)})`;
      process.stderr.write(`sourcelight: ${label}: ${message.replace(/\s+/g, ' ')}\n`);
      continue;
    }
    if (args.format === 'json') process.stdout.write(`${JSON.stringify(report)}\n`);
    else process.stdout.write(`${first ? '' : '\n'}${formatText(report, label)}`);
    first = false;
  }
  return failed ? 1 : 0;
}

// A closed pipe (`sourcelight ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`sourcelight: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
