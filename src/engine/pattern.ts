/**
 * The phrase-pattern language of rule.ts, parsed into a small tree and compiled into
 * regular-expression source. Two compilations of every pattern:
 *   scan   - case-insensitive superset, run as part of one big alternation over the
 *            lower-cased text to find candidate positions fast;
 *   exact  - anchored (sticky) and exact, run only at a candidate position to decide
 *            which pattern matched there and how long it is.
 * Nothing a rule author or reader writes reaches a RegExp unescaped.
 */
import type { LanguagePack } from './lang/types';

export type PatternNode =
  | { t: 'word'; text: string; inflect: boolean }
  | { t: 'apos' }
  | { t: 'hyphen' }
  | { t: 'space' }
  | { t: 'group'; alts: PatternNode[][] }
  | { t: 'macro'; name: string };

export class PatternError extends Error {}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /\s/u;

/** Parses a pattern; throws PatternError with a reader-friendly message. */
export function parsePattern(pattern: string, pack: LanguagePack): PatternNode[] {
  let i = 0;
  const src = pattern.trim();

  function parseSeq(inGroup: boolean): PatternNode[] {
    const seq: PatternNode[] = [];
    while (i < src.length) {
      const c = src[i]!;
      if (c === '|' || c === ']') {
        if (!inGroup) throw new PatternError(`"${c}" is only allowed inside [ ]`);
        break;
      }
      if (SPACE_CHAR.test(c)) {
        while (i < src.length && SPACE_CHAR.test(src[i]!)) i++;
        if (seq.length && seq[seq.length - 1]!.t !== 'space') seq.push({ t: 'space' });
        continue;
      }
      if (c === "'" || c === '’') {
        seq.push({ t: 'apos' });
        i++;
        continue;
      }
      if (c === '-') {
        if (seq.length && seq[seq.length - 1]!.t === 'space') seq.pop();
        seq.push({ t: 'hyphen' });
        i++;
        while (i < src.length && SPACE_CHAR.test(src[i]!)) i++;
        continue;
      }
      if (c === '[') {
        i++;
        const alts: PatternNode[][] = [];
        for (;;) {
          alts.push(trimSpaces(parseSeq(true)));
          if (i >= src.length) throw new PatternError('"[" without a closing "]"');
          if (src[i] === ']') break;
          i++; // '|'
        }
        i++;
        if (alts.every((a) => a.length === 0)) throw new PatternError('"[ ]" needs at least one alternative');
        seq.push({ t: 'group', alts });
        continue;
      }
      if (c === '<') {
        const close = src.indexOf('>', i);
        if (close < 0) throw new PatternError('"<" without a closing ">"');
        const name = src.slice(i + 1, close);
        if (!Object.hasOwn(pack.macros, name)) throw new PatternError(`unknown lexicon entry <${name}>`);
        seq.push({ t: 'macro', name });
        i = close + 1;
        continue;
      }
      if (WORD_CHAR.test(c)) {
        let j = i;
        while (j < src.length && WORD_CHAR.test(src[j]!)) j++;
        const text = src.slice(i, j).toLowerCase();
        i = j;
        let inflect = false;
        if (src[i] === '~') {
          inflect = true;
          i++;
        }
        seq.push({ t: 'word', text, inflect });
        continue;
      }
      if (c === '~') throw new PatternError('"~" must follow a word');
      throw new PatternError(`"${c}" is not part of the phrase language (letters, spaces, ' - ~ [a|b] <macro>)`);
    }
    return seq;
  }

  const seq = trimSpaces(parseSeq(false));
  if (i < src.length) throw new PatternError(`unexpected "${src[i]}"`);
  if (!seq.length) throw new PatternError('the phrase is empty');
  return seq;
}

function trimSpaces(seq: PatternNode[]): PatternNode[] {
  let a = 0;
  let b = seq.length;
  while (a < b && seq[a]!.t === 'space') a++;
  while (b > a && seq[b - 1]!.t === 'space') b--;
  return seq.slice(a, b);
}

const APOS = "['’ʼ‘`]";
const HYPHEN = String.raw`(?:\s*[-‐‑‒–—]\s*|\s+)`;
const SPACE = String.raw`\s+`;

const escapeRe = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** `[aA]` classes so an exact (case-sensitive) regex still matches words in any case. */
function caseless(word: string): string {
  let out = '';
  for (const ch of word) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out += lo !== up && lo.length === 1 && up.length === 1 ? `[${lo}${up}]` : escapeRe(ch);
  }
  return out;
}

export type CompileMode = 'scan' | 'exact';

interface Ctx {
  pack: LanguagePack;
  mode: CompileMode;
  /** In exact mode without case-sensitive macros the regex gets the `i` flag instead. */
  caseClasses: boolean;
  depth: number;
}

function isOptionalGroup(n: PatternNode | undefined): n is { t: 'group'; alts: PatternNode[][] } {
  return !!n && n.t === 'group' && n.alts.some((a) => a.length === 0);
}

function compileAlts(alts: PatternNode[][], ctx: Ctx): string {
  const parts = alts.filter((a) => a.length).map((a) => compileSeq(a, ctx));
  return `(?:${parts.join('|')})`;
}

function compileSeq(seq: PatternNode[], ctx: Ctx): string {
  let out = '';
  for (let k = 0; k < seq.length; k++) {
    const n = seq[k]!;
    const next = seq[k + 1];
    // An optional group swallows one separator next to it, so "is [widely|] said" also matches "is said".
    if ((n.t === 'space' || n.t === 'hyphen') && isOptionalGroup(next)) {
      const sep = n.t === 'space' ? SPACE : HYPHEN;
      out += `(?:${sep}${compileAlts(next.alts, ctx)})?`;
      k++;
      continue;
    }
    if (isOptionalGroup(n) && k === 0 && (next?.t === 'space' || next?.t === 'hyphen')) {
      const sep = next.t === 'space' ? SPACE : HYPHEN;
      out += `(?:${compileAlts(n.alts, ctx)}${sep})?`;
      k++;
      continue;
    }
    out += compileNode(n, ctx);
  }
  return out;
}

function compileWord(word: string, ctx: Ctx): string {
  return ctx.caseClasses ? caseless(word) : escapeRe(word);
}

function compileNode(n: PatternNode, ctx: Ctx): string {
  switch (n.t) {
    case 'space':
      return SPACE;
    case 'hyphen':
      return HYPHEN;
    case 'apos':
      return APOS;
    case 'word': {
      if (!n.inflect) return compileWord(n.text, ctx);
      const forms = ctx.pack.inflect(n.text).sort((a, b) => b.length - a.length);
      return `(?:${forms.map((f) => compileWord(f, ctx)).join('|')})`;
    }
    case 'group': {
      const body = compileAlts(n.alts, ctx);
      return isOptionalGroup(n) ? `${body}?` : body;
    }
    case 'macro': {
      const def = ctx.pack.macros[n.name]!;
      if (def.kind === 'regex') return `(?:${ctx.mode === 'scan' ? def.loose : def.exact})`;
      if (ctx.depth > 4) throw new PatternError(`<${n.name}> nests too deep`);
      const inner: Ctx = { ...ctx, depth: ctx.depth + 1 };
      const alts = def.patterns.map((p) => parsePattern(p, ctx.pack));
      return compileAlts(alts, inner);
    }
  }
}

/** True when the pattern uses a case-sensitive lexicon entry such as <name>. */
export function needsCase(seq: PatternNode[], pack: LanguagePack, depth = 0): boolean {
  return seq.some((n) => {
    if (n.t === 'group') return n.alts.some((a) => needsCase(a, pack, depth));
    if (n.t !== 'macro') return false;
    const def = pack.macros[n.name]!;
    if (def.kind === 'regex') return true;
    return depth < 4 && def.patterns.some((p) => needsCase(parsePattern(p, pack), pack, depth + 1));
  });
}

/**
 * Regex source of a pattern. In exact mode, `caseClasses` spells literal words as
 * `[aA]` classes so the regex can run without the `i` flag (needed by <name>).
 */
export function compilePattern(
  seq: PatternNode[],
  pack: LanguagePack,
  mode: CompileMode,
  caseClasses = mode === 'exact' && needsCase(seq, pack),
): string {
  return compileSeq(seq, { pack, mode, caseClasses, depth: 0 });
}

/** Letters, digits and combining marks: what a whole word is made of. */
export const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}])`;
export const WORD_AFTER = String.raw`(?![\p{L}\p{N}\p{M}])`;

/**
 * The possible first words of a pattern's matches, lower case (their leading run of
 * letters and digits), or null when a macro like <name> can start with anything.
 */
export function firstWords(seq: PatternNode[], pack: LanguagePack, depth = 0): Set<string> | null {
  const out = new Set<string>();
  for (const n of seq) {
    if (n.t === 'space' || n.t === 'hyphen') continue;
    if (n.t === 'apos') return null;
    if (n.t === 'word') {
      for (const f of n.inflect ? pack.inflect(n.text) : [n.text]) out.add(f);
      return out;
    }
    if (n.t === 'macro') {
      const def = pack.macros[n.name]!;
      if (def.kind === 'regex' || depth > 4) return null;
      for (const p of def.patterns) {
        const sub = firstWords(parsePattern(p, pack), pack, depth + 1);
        if (!sub) return null;
        for (const w of sub) out.add(w);
      }
      return out;
    }
    // group
    let optional = false;
    for (const alt of n.alts) {
      if (!alt.length) {
        optional = true;
        continue;
      }
      const sub = firstWords(alt, pack, depth);
      if (!sub) return null;
      for (const w of sub) out.add(w);
    }
    if (!optional) return out;
  }
  return out;
}

export const MAX_PHRASE_LENGTH = 100;

/** Why a reader's own phrase cannot be used, or null when it is fine. */
export function validatePhraseWith(phrase: string, pack: LanguagePack): string | null {
  const p = phrase.trim();
  if (!p) return 'Enter a phrase.';
  if (p.length > MAX_PHRASE_LENGTH) return `A phrase can be at most ${MAX_PHRASE_LENGTH} characters long.`;
  const regexish = p.match(/[\\^$.*+?(){}/]/);
  if (regexish)
    return `"${regexish[0]}" is not allowed: phrases are plain words (regular expressions are not supported).`;
  try {
    const seq = parsePattern(p, pack);
    if (!hasWord(seq)) return 'A phrase needs at least one word.';
  } catch (e) {
    if (e instanceof PatternError) return `Not a valid phrase: ${e.message}.`;
    throw e;
  }
  return null;
}

function hasWord(seq: PatternNode[]): boolean {
  return seq.some((n) => n.t === 'word' || n.t === 'macro' || (n.t === 'group' && n.alts.some(hasWord)));
}

/** A reader's phrase: like a built-in phrase rule, with the last word's inflections allowed. */
export function customPhraseNodes(phrase: string, pack: LanguagePack): PatternNode[] {
  const seq = parsePattern(phrase, pack);
  const last = seq[seq.length - 1];
  if (last?.t === 'word' && !last.inflect) seq[seq.length - 1] = { ...last, inflect: true };
  return seq;
}
