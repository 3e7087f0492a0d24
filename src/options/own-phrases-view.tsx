/** A category's own phrases: add (with an optional explanation), edit, remove; checked as typed in. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CategoryId, CustomPhrase } from '../engine/types';
import { MAX_CUSTOM_PHRASES, MAX_EXPLANATION_LENGTH, MAX_PHRASE_LENGTH, type Settings } from '../shared/settings';
import type { Update } from './app';
import { t } from '../shared/i18n';
import { categoryName } from '../shared/message-keys';
import { builtInMatch, validatePhrase } from './engine-access';
import { checkExplanation, checkOwnPhrase, newPhraseId, type Problem } from './own-phrases';

interface Props {
  category: CategoryId;
  settings: Settings;
  update: Update;
}

const say = (p: Problem | null) => (p ? t(p.key, p.subs) : '');

export function OwnPhrases({ category, settings, update }: Props) {
  const mine = settings.customPhrases.filter((p) => p.category === category);
  const [editing, setEditing] = useState<string | null>(null);
  // Keyboard focus follows the edit: into the form, then back to the row's Edit button.
  const listRef = useRef<HTMLUListElement>(null);
  const lastEdited = useRef<string | null>(null);
  useEffect(() => {
    if (editing !== null) lastEdited.current = editing;
    else if (lastEdited.current) {
      listRef.current?.querySelector<HTMLButtonElement>(`[data-phrase-id="${lastEdited.current}"] button`)?.focus();
      lastEdited.current = null;
    }
  }, [editing]);
  const prefix = `own-${category}`;

  const save = async (phrase: string, explanation: string, id?: string): Promise<{ phrase: string; explanation: string }> => {
    const ctx = { existing: settings.customPhrases, editingId: id, validate: validatePhrase, builtIn: builtInMatch };
    const errors = { phrase: say(checkOwnPhrase(phrase, ctx)), explanation: say(checkExplanation(explanation)) };
    if (errors.phrase || errors.explanation) return errors;
    const entry: CustomPhrase = { id: id ?? newPhraseId(settings.customPhrases), category, phrase: phrase.trim() };
    if (explanation.trim()) entry.explanation = explanation.trim();
    const list = id ? settings.customPhrases.map((p) => (p.id === id ? entry : p)) : [...settings.customPhrases, entry];
    // A refused write (quota) is reported by the page's status line.
    if (!(await update({ customPhrases: list }))) return { phrase: t('options_phraseErrorNotSaved'), explanation: '' };
    setEditing(null);
    return { phrase: '', explanation: '' };
  };

  // Removing a phrase drops its switch too (the card's "turn off" stores one by id).
  const remove = (id: string) => void update({ customPhrases: settings.customPhrases.filter((p) => p.id !== id), rules: { [id]: null } });
  const categoryOn = settings.categories[category];

  return (
    <div class="own-phrases">
      <h4 id={`${prefix}-heading`}>{t('options_ownHeading', categoryName(t, category))}</h4>
      {mine.length > 0 ? (
        <ul class="own-list" aria-labelledby={`${prefix}-heading`} ref={listRef}>
          {mine.map((p) =>
            editing === p.id ? (
              <li key={p.id}>
                <PhraseForm
                  idPrefix={`edit-${p.id}`}
                  initial={p}
                  submitLabel={t('options_save')}
                  onSubmit={(phrase, explanation) => save(phrase, explanation, p.id)}
                  onCancel={() => setEditing(null)}
                  focusOnShow
                />
              </li>
            ) : (
              <li key={p.id} class="own-item" data-phrase-id={p.id}>
                <input
                  type="checkbox"
                  id={`own-on-${p.id}`}
                  checked={settings.rules[p.id] !== false}
                  disabled={!categoryOn}
                  aria-label={t('options_ownPhraseOn', p.phrase)}
                  onChange={(e) => void update({ rules: { [p.id]: e.currentTarget.checked ? null : false } })}
                />
                <span class="own-phrase">{p.phrase}</span>
                {p.explanation && <span class="own-expl">{p.explanation}</span>}
                <UnusablePhrase phrase={p.phrase} />
                <span class="own-actions">
                  <button type="button" class="secondary" onClick={() => setEditing(p.id)} aria-label={t('options_editPhrase', p.phrase)}>
                    {t('options_edit')}
                  </button>
                  <button type="button" class="secondary" onClick={() => remove(p.id)} aria-label={t('options_removePhrase', p.phrase)}>
                    {t('options_remove')}
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      ) : (
        <p class="hint">{t('options_ownNone')}</p>
      )}
      {settings.customPhrases.length >= MAX_CUSTOM_PHRASES && <p class="hint">{t('options_phraseErrorLimit', String(MAX_CUSTOM_PHRASES))}</p>}
      <PhraseForm idPrefix={prefix} submitLabel={t('options_addPhrase')} onSubmit={(phrase, explanation) => save(phrase, explanation)} />
    </div>
  );
}

/** A stored phrase the engine cannot use (from an older version or edited storage) says so. */
function UnusablePhrase({ phrase }: { phrase: string }) {
  const reason = validatePhrase(phrase);
  return reason ? <span class="field-error">{t('options_phraseNotUsed', reason)}</span> : null;
}

interface FormProps {
  idPrefix: string;
  initial?: CustomPhrase;
  submitLabel: string;
  /** Resolves to the messages to show; empty strings mean it was saved. */
  onSubmit: (phrase: string, explanation: string) => Promise<{ phrase: string; explanation: string }>;
  onCancel?: () => void;
  /** Put the cursor in the phrase field when the form appears (editing an existing phrase). */
  focusOnShow?: boolean;
}

function PhraseForm({ idPrefix, initial, submitLabel, onSubmit, onCancel, focusOnShow }: FormProps) {
  const [phrase, setPhrase] = useState(initial?.phrase ?? '');
  const phraseRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnShow) phraseRef.current?.focus();
  }, [focusOnShow]);
  const [explanation, setExplanation] = useState(initial?.explanation ?? '');
  const [errors, setErrors] = useState({ phrase: '', explanation: '' });

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await onSubmit(phrase, explanation);
    setErrors(result);
    if (!initial && !result.phrase && !result.explanation) {
      setPhrase('');
      setExplanation('');
    }
  };

  const field = (name: 'phrase' | 'explanation') => `${idPrefix}-${name}`;
  return (
    <form class="phrase-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for={field('phrase')}>{t('options_phraseLabel')}</label>
        <input
          id={field('phrase')}
          ref={phraseRef}
          value={phrase}
          maxLength={MAX_PHRASE_LENGTH * 2}
          aria-invalid={errors.phrase ? 'true' : 'false'}
          aria-describedby={`${field('phrase')}-error`}
          onInput={(e) => setPhrase(e.currentTarget.value)}
        />
        <p class="field-error" id={`${field('phrase')}-error`} role="alert">
          {errors.phrase}
        </p>
      </div>
      <div class="field">
        <label for={field('explanation')}>{t('options_explanationLabel')}</label>
        <input
          id={field('explanation')}
          value={explanation}
          maxLength={MAX_EXPLANATION_LENGTH * 2}
          aria-invalid={errors.explanation ? 'true' : 'false'}
          aria-describedby={`${field('explanation')}-error`}
          onInput={(e) => setExplanation(e.currentTarget.value)}
        />
        <p class="field-error" id={`${field('explanation')}-error`} role="alert">
          {errors.explanation}
        </p>
      </div>
      <div class="form-actions">
        <button type="submit" id={`${idPrefix}-submit`}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            {t('options_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
