/**
 * The readable report of `sourcelight analyze --format text`. Its words follow the popup's:
 * "warnings" are the findings a reader is warned about (named sources left out, as in the
 * badge and the popup); named sources are counted apart as attributions. The JSON output
 * (the engine's Report, whose summary.findingsPer1000Words counts both) is not changed.
 */
import type { CategoryId, Report, SourcingStatus } from '../engine/types';
import { CATEGORY_IDS, SOURCING_STATUSES } from '../engine/types';
import { formatRate } from '../shared/report-export';
import { warningCount, warningsPer1000Words } from '../shared/report-profile';

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

function counts<K extends string>(order: readonly K[], values: Partial<Record<K, number>>): string {
  const parts = order.filter((k) => values[k]).map((k) => `${k} ${values[k]}`);
  return parts.length ? parts.join(', ') : 'none';
}

export function formatText(report: Report, label: string): string {
  const { summary, text } = report;
  const out: string[] = [];
  out.push(`== ${label} ==`);
  const warnings = warningCount(summary.byCategory);
  const attributions = summary.byCategory['named-source'] ?? 0;
  out.push(
    `${summary.words} words, ${summary.sentences} sentences, ${warnings} warning${warnings === 1 ? '' : 's'} ` +
      `(${formatRate(warningsPer1000Words(summary))} per 1,000 words), ` +
      `${attributions} named-source attribution${attributions === 1 ? '' : 's'}`,
  );
  out.push(`Sentence sourcing: ${counts<SourcingStatus>(SOURCING_STATUSES, summary.bySourcing)}`);
  out.push(`Findings by category (warnings and attributions): ${counts<CategoryId>(CATEGORY_IDS, summary.byCategory)}`);
  if (Object.keys(summary.quotedByCategory).length) {
    out.push(`  of which in quotation marks: ${counts<CategoryId>(CATEGORY_IDS, summary.quotedByCategory)}`);
  }
  if (report.sources.length) {
    out.push('Sources:');
    for (const s of report.sources) {
      const title = s.title ? `, ${s.title}` : '';
      out.push(`  ${s.name} (${s.kind}${title}): ${s.mentions} mention${s.mentions === 1 ? '' : 's'}`);
    }
  }
  if (report.findings.length) {
    out.push('Findings (warnings and named-source attributions):');
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
