/**
 * The readable report of `sourcelight analyze --format text`. Its words follow the popup's:
 * "warnings" are the findings of the seven warning categories (as in the badge and the
 * popup); named sources are counted apart as "named-source attributions". The JSON output
 * (the engine's Report, whose summary.findingsPer1000Words counts both) is not changed.
 */
import type { CategoryId, Report, SourcingStatus } from '../engine/types';
import { SOURCING_STATUSES, WARNING_CATEGORIES } from '../engine/types';
import { formatRate } from '../shared/report-export';
import { attributionCount, warningCount, warningsPer1000Words } from '../shared/report-profile';

const SNIPPET = 60;

/** 1-based line and column of an offset, counting from a cursor to stay linear. */
function lineCursor(text: string): (offset: number) => [number, number] {
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  return (offset) => {
    for (; pos < offset; pos++) {
      if (text.charCodeAt(pos) === 10) {
        line++;
        lineStart = pos + 1;
      }
    }
    return [line, offset - lineStart + 1];
  };
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "1 word", "2 words": every count the text report prints goes through here. */
export const counted = (n: number, one: string, other = `${one}s`): string => `${n} ${n === 1 ? one : other}`;

function counts<K extends string>(order: readonly K[], values: Partial<Record<K, number>>): string {
  const parts = order.filter((k) => values[k]).map((k) => `${k} ${values[k]}`);
  return parts.length ? parts.join(', ') : 'none';
}

export function formatText(report: Report, label: string): string {
  const { summary, text } = report;
  const out: string[] = [];
  out.push(`== ${label} ==`);
  const warnings = warningCount(summary.byCategory);
  const attributions = attributionCount(summary.byCategory);
  out.push(
    `${counted(summary.words, 'word')}, ${counted(summary.sentences, 'sentence')}, ${counted(warnings, 'warning')} ` +
      `(${formatRate(warningsPer1000Words(summary))} per 1,000 words), ` +
      `${counted(attributions, 'named-source attribution')}`,
  );
  const outside = summary.outsideBody;
  if (outside.sentences > 0) {
    // SPEC.md section 2: headlines, bylines, captions and pull quotes are analysed but counted apart.
    out.push(
      `Outside the article body (counted apart): ${counted(outside.words, 'word')}, ${counted(outside.sentences, 'sentence')}, ` +
        `${counted(warningCount(outside.byCategory), 'warning')}, ${counted(attributionCount(outside.byCategory), 'named-source attribution')}`,
    );
  }
  out.push(`Sentence sourcing: ${counts<SourcingStatus>(SOURCING_STATUSES, summary.bySourcing)}`);
  out.push(`Warnings by category: ${counts<CategoryId>(WARNING_CATEGORIES, summary.byCategory)}`);
  if (warningCount(summary.quotedByCategory) > 0) {
    out.push(`  of which in quotation marks: ${counts<CategoryId>(WARNING_CATEGORIES, summary.quotedByCategory)}`);
  }
  const quotedAttributions = attributionCount(summary.quotedByCategory);
  if (quotedAttributions > 0) out.push(`Named-source attributions in quotation marks: ${quotedAttributions}`);
  if (report.sources.length) {
    out.push('Sources:');
    for (const s of report.sources) {
      const title = s.title ? `, ${s.title}` : '';
      out.push(`  ${s.name} (${s.kind}${title}): ${counted(s.mentions, 'mention')}`);
    }
  }
  if (report.findings.length) {
    out.push('Warnings and named-source attributions, in text order:');
    const at = lineCursor(text);
    for (const f of report.findings) {
      const [line, col] = at(f.start);
      const sentence = report.sentences[f.sentence];
      let context = sentence ? oneLine(text.slice(sentence.start, sentence.end)) : '';
      if (context.length > SNIPPET * 2) {
        const i = Math.max(0, context.indexOf(oneLine(f.text)));
        context = `${i > SNIPPET ? '…' : ''}${context.slice(Math.max(0, i - SNIPPET), i + f.text.length + SNIPPET)}…`;
      }
      const quoted = f.quoted ? ' (quoted)' : '';
      out.push(`  ${line}:${col}  ${f.category}  "${oneLine(f.text)}"${quoted}  [${f.rule}]`);
      if (context) out.push(`      ${context}`);
    }
  }
  return `${out.join('\n')}\n`;
}
