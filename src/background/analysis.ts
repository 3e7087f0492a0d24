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
import { t } from '../shared/i18n';

/** Readability's verdict on a page's light copy, on linkedom (as the CLI decides). */
export function answerFindArticle(page: LightPage): ArticleDecision {
  return decideArticle(page, emptyDocument);
}

export function answerAnalyze(text: string, options: AnalyzeOptions): AnalyzeAnswer {
  const report = analyze(text, options);
  const ruleNames: Record<string, string> = {};
  for (const finding of report.findings) ruleNames[finding.rule] ??= ruleName(finding.rule, options);
  return { report, ruleNames };
}

/** What the card calls a finding's rule: its name, or the reader's own phrase. */
function ruleName(id: string, options: AnalyzeOptions): string {
  const rule = ruleById(id);
  if (rule) return rule.name;
  const own = options.customPhrases?.find((p) => p.id === id);
  return own ? t('card_ownPhraseName', own.phrase) : id;
}
