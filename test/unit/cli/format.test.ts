/** The CLI's text report counts as the popup does: warnings apart from named-source attributions. */
import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/cli/format';
import { analyze } from '../../../src/engine/index';

describe('text report', () => {
  it('writes one of a thing in the singular', () => {
    const report = analyze('Officials allegedly fled.');
    const lines = formatText(report, 'x').split('\n');
    expect(report.summary.sentences).toBe(1);
    expect(lines[1]).toBe('3 words, 1 sentence, 1 warning (333.3 per 1,000 words), 0 named-source attributions');
    expect(lines).toContain('Warnings by category: hedge 1');
  });

  it('counts what is outside the article body apart, on a line of its own', () => {
    const headline = 'Officials allegedly hid the report';
    const body = 'Mayor Jane Smith said the road is closed. The talks continue.';
    const text = `${headline}\n\n${body}`;
    const report = analyze(text, {
      blocks: [
        { start: 0, end: headline.length, kind: 'headline' },
        { start: headline.length + 2, end: text.length, kind: 'body' },
      ],
    });
    const lines = formatText(report, 'x').split('\n');
    expect(lines[1]).toMatch(/^11 words, 2 sentences, 0 warnings \(0\.0 per 1,000 words\), 1 named-source attribution$/);
    expect(lines[2]).toMatch(/^Outside the article body \(counted apart\): 5 words, 1 sentence, [1-9]\d* warnings?, 0 named-source attributions$/);
    expect(formatText(analyze(body), 'x')).not.toContain('Outside the article body');
  });

  it('uses the popup’s words: warnings by category, attributions apart', () => {
    const report = analyze('Mayor Jane Smith said the road is closed. Critics say it was clearly wrong.');
    const text = formatText(report, 'x');
    expect(text).toContain('1 named-source attribution\n');
    expect(text).toMatch(/^Warnings by category: .*vague-source 1/m);
    expect(text).not.toMatch(/Warnings by category: .*named-source/);
    expect(text).not.toMatch(/\b1 (words|sentences|warnings|mentions)\b/);
  });

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
