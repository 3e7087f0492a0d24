/** Categories and rules: switches, counts, search, restore defaults, and the reader's own phrases. */
import { useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../engine/types';
import type { Rule } from '../engine/rule';
import { DEFAULT_COLORS, DEFAULT_SETTINGS, analyzeOptionsFrom, type Settings, type SettingsPatch } from '../shared/settings';
import type { Update } from './app';
import { t } from '../shared/i18n';
import { categoryDescription, categoryName, plural } from '../shared/message-keys';
import { isRuleEnabled, readablePatterns, rulesByCategory } from './engine-access';
import { OwnPhrases } from './own-phrases-view';

interface Props {
  settings: Settings;
  update: Update;
}

function searchText(rule: Rule): string {
  return [rule.name, rule.id, ...readablePatterns(rule)].join('\n').toLowerCase();
}

export function RulesSection({ settings, update }: Props) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();

  const blocks = CATEGORY_IDS.map((category) => {
    const rules = rulesByCategory(category);
    const own = settings.customPhrases.filter((p) => p.category === category);
    if (!q) return { category, rules, own };
    const categoryHit = categoryName(t, category).toLowerCase().includes(q) || category.includes(q);
    return {
      category,
      rules: categoryHit ? rules : rules.filter((r) => searchText(r).includes(q)),
      own: categoryHit ? own : own.filter((p) => `${p.phrase}\n${p.explanation ?? ''}`.toLowerCase().includes(q)),
      categoryHit,
    };
  }).filter((b) => !q || b.categoryHit || b.rules.length > 0 || b.own.length > 0);
  const shown = blocks.reduce((sum, b) => sum + b.rules.length + b.own.length, 0);

  return (
    <section id="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('options_rulesHeading')}</h2>
      <p>{t('options_rulesIntro')}</p>
      <div class="search">
        <label for="rule-search">{t('options_search')}</label>
        <input type="search" id="rule-search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} aria-describedby="search-result" />
        <p id="search-result" role="status" aria-live="polite">
          {q ? (blocks.length ? plural(t, shown, 'options_searchResult_one', 'options_searchResult_other') : t('options_searchNothing')) : ''}
        </p>
      </div>
      {blocks.map((b) => (
        <CategoryBlock key={b.category} category={b.category} rules={b.rules} searching={q !== ''} settings={settings} update={update} />
      ))}
    </section>
  );
}

interface BlockProps extends Props {
  category: CategoryId;
  /** The rules to list (all of the category, or those matching the search). */
  rules: Rule[];
  searching: boolean;
}

function CategoryBlock({ category, rules, searching, settings, update }: BlockProps) {
  const all = rulesByCategory(category);
  const on = settings.categories[category];
  // The engine's own decision, so the page shows what the analysis runs. Not the settings'
  // isRuleEnabled: the master switch must not untick rules that stay editable while it is off.
  const engineOptions = analyzeOptionsFrom(settings);
  const ruleOn = (rule: Rule) => isRuleEnabled(rule, engineOptions);
  const count = all.filter(ruleOn).length;
  const name = categoryName(t, category);
  const own = settings.customPhrases.filter((p) => p.category === category);
  const [expanded, setExpanded] = useState(false);

  const restore = () => {
    const patch: SettingsPatch = {
      categories: { [category]: DEFAULT_SETTINGS.categories[category] },
      rules: Object.fromEntries(all.map((r) => [r.id, null])),
      colors: { [category]: DEFAULT_COLORS[category] },
    };
    if (category === 'named-source') patch.highlightNamedSources = DEFAULT_SETTINGS.highlightNamedSources;
    void update(patch);
  };

  const toggleRule = (rule: Rule, value: boolean) =>
    // Only a difference from the rule's default is stored.
    void update({ rules: { [rule.id]: value === (rule.defaultOn ?? true) ? null : value } });

  return (
    <section class={on ? 'category' : 'category category-off'} id={`category-${category}`} aria-labelledby={`cat-heading-${category}`}>
      <div class="category-head">
        <h3 id={`cat-heading-${category}`}>
          <span class="swatch" style={{ background: settings.colors[category] }} aria-hidden="true" />
          {name}
        </h3>
        <label class="category-switch">
          <input type="checkbox" id={`cat-${category}`} checked={on} onChange={(e) => void update({ categories: { [category]: e.currentTarget.checked } })} />
          {/* Named sources are reported, and painted only on request (How it looks). */}
          {category === 'named-source' ? t('options_categoryOnNamed') : t('options_categoryOn', name)}
        </label>
        <span class="count" id={`count-${category}`}>
          {on ? t('options_countOn', [String(count), String(all.length)]) : t('options_countCategoryOff')}
          {own.length > 0 && ` · ${t('options_countOwn', String(own.length))}`}
        </span>
        <button type="button" class="secondary" id={`restore-${category}`} onClick={restore} aria-describedby={`cat-heading-${category}`}>
          {t('options_restoreCategory')}
        </button>
      </div>
      <p class="category-desc">{categoryDescription(t, category)}</p>
      {rules.length > 0 && (
        // Long lists stay folded until asked for; a search unfolds what it found.
        <details class="rule-list" open={searching || expanded} onToggle={(e) => setExpanded(e.currentTarget.open)}>
          <summary id={`show-rules-${category}`}>{searching ? plural(t, rules.length, 'options_rulesFound_one', 'options_rulesFound_other') : t('options_showRules', String(all.length))}</summary>
          <ul class="rules">
            {rules.map((rule) => (
              <RuleItem key={rule.id} rule={rule} on={ruleOn(rule)} categoryOn={on} toggle={(v) => toggleRule(rule, v)} />
            ))}
          </ul>
        </details>
      )}
      {searching && rules.length === 0 && all.length > 0 && <p class="hint">{t('options_searchNoRulesHere')}</p>}
      <OwnPhrases category={category} settings={settings} update={update} />
    </section>
  );
}

function RuleItem({ rule, on, categoryOn, toggle }: { rule: Rule; on: boolean; categoryOn: boolean; toggle: (on: boolean) => void }) {
  const id = `rule-${rule.id}`;
  const patterns = readablePatterns(rule);
  return (
    <li class="rule" id={`rule-item-${rule.id}`}>
      <div class="rule-head">
        <input type="checkbox" id={id} checked={on} disabled={!categoryOn} onChange={(e) => toggle(e.currentTarget.checked)} aria-describedby={`${id}-expl`} />
        <label for={id} class="rule-name">
          {rule.name}
        </label>
        {(rule.defaultOn ?? true) === false && <span class="tag">{t('options_offByDefault')}</span>}
      </div>
      <p class="rule-expl" id={`${id}-expl`}>
        {rule.explanation}
      </p>
      <details class="rule-details">
        <summary>{t('options_examples')}</summary>
        {patterns.length > 0 && (
          <p class="patterns">
            {t('options_phrasesLabel')} {patterns.join(' · ')}
          </p>
        )}
        <ul class="examples">
          {rule.examples.match.slice(0, 3).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}
