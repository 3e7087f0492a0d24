/** The CLI's text report counts as the popup does: warnings apart from named-source attributions. */
import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/cli/format';
import { analyze } from '../../../src/engine/index';

describe('text report', () => {
  it('counts warnings (named sources left out) and named-source attributions apart', () => {
    const report = analyze('The gunman allegedly fled, officials said. Mayor Jane Smith said the road is closed.');
    const named = report.summary.byCategory['named-source'] ?? 0;
    const warnings = report.findings.length - named;
    expect(named).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);
    const head = formatText(report, 'x').split('\n')[1];
    const rate = ((warnings / report.summary.words) * 1000).toFixed(1);
    expect(head).toBe(
      `${report.summary.words} words, ${report.summary.sentences} sentences, ${warnings} warning${warnings === 1 ? '' : 's'} (${rate} per 1,000 words), ` +
        `${named} named-source attribution${named === 1 ? '' : 's'}`,
    );
  });
});
