/** How highlights look: style, colour per category with its contrast check, named sources. */
import { CATEGORY_IDS, type CategoryId } from '../engine/types';
import { HIGHLIGHT_STYLES, type HighlightStyle, type Settings } from '../shared/settings';
import type { Update } from './app';
import { t } from '../shared/i18n';
import { categoryName } from '../shared/message-keys';
import { checkContrast, type ContrastResult } from './contrast';

interface Props {
  settings: Settings;
  update: Update;
}

const STYLE_LABELS: Record<HighlightStyle, string> = {
  background: 'options_styleBackground',
  underline: 'options_styleUnderline',
  both: 'options_styleBoth',
};

export function LookSection({ settings, update }: Props) {
  return (
    <section id="look" aria-labelledby="look-heading">
      <h2 id="look-heading">{t('options_lookHeading')}</h2>
      <fieldset class="radio-group">
        <legend>{t('options_styleLegend')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="highlightStyle"
              id={`style-${style}`}
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => void update({ highlightStyle: style })}
            />
            {t(STYLE_LABELS[style])}
          </label>
        ))}
      </fieldset>
      <label class="checkbox-line">
        <input
          type="checkbox"
          id="highlightNamedSources"
          checked={settings.highlightNamedSources}
          onChange={(e) => void update({ highlightNamedSources: e.currentTarget.checked })}
        />
        {t('options_highlightNamed')}
      </label>
      <h3>{t('options_colorsHeading')}</h3>
      <p class="hint">{t('options_colorsHelp')}</p>
      <table class="colors">
        <thead>
          <tr>
            <th scope="col">{t('options_colorCategory')}</th>
            <th scope="col">{t('options_colorColumn')}</th>
            <th scope="col">{t('options_contrastLight')}</th>
            <th scope="col">{t('options_contrastDark')}</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORY_IDS.map((category) => (
            <ColorRow key={category} category={category} settings={settings} update={update} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ColorRow({ category, settings, update }: Props & { category: CategoryId }) {
  const color = settings.colors[category];
  const id = `color-${category}`;
  return (
    <tr>
      <th scope="row">
        <label for={id}>{categoryName(t, category)}</label>
      </th>
      <td>
        {/* `change` fires when the picker closes, not on every drag: one write, not hundreds. */}
        <input type="color" id={id} value={color} onChange={(e) => void update({ colors: { [category]: e.currentTarget.value } })} />
      </td>
      <td>
        <Verdict result={checkContrast(color, settings.highlightStyle, 'light')} id={`${id}-light`} />
      </td>
      <td>
        <Verdict result={checkContrast(color, settings.highlightStyle, 'dark')} id={`${id}-dark`} />
      </td>
    </tr>
  );
}

function Verdict({ result, id }: { result: ContrastResult; id: string }) {
  const ratio = result.ratio.toFixed(1);
  return (
    <span id={id} class={result.ok ? 'verdict verdict-ok' : 'verdict verdict-low'} data-ok={String(result.ok)}>
      {result.ok ? t('options_contrastOk', ratio) : t('options_contrastLow', [ratio, String(result.minimum)])}
    </span>
  );
}
