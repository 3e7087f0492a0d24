/**
 * The heavy half of page analysis, for content scripts: Readability on a page's light copy
 * (`toBackground/findArticle`) and the engine on its text (`toBackground/analyze`). Both run
 * here, off the page's main thread, and the rules compile once per background rather than
 * once per page load. Written with issue 4 (page integration).
 */
import { analyze, ruleById } from '../engine/index';
import type { AnalyzeOptions } from '../engine/types';
import { decideArticle, type ArticleDecision, type LightPage } from '../page/article';
import { emptyDocument } from '../page/html-input';
import type { AnalyzeAnswer } from '../shared/messages';

/** Readability's verdict on a page's light copy, on linkedom (as the CLI decides). */
export function answerFindArticle(page: LightPage): ArticleDecision {
  return decideArticle(page, emptyDocument);
}

export function answerAnalyze(text: string, options: AnalyzeOptions): AnalyzeAnswer {
  const report = analyze(text, options);
  const ruleNames: Record<string, string> = {};
  for (const finding of report.findings) ruleNames[finding.rule] ??= ruleById(finding.rule)?.name ?? finding.rule;
  return { report, ruleNames };
}
