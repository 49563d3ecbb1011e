import { useMemo } from 'preact/hooks';
import type { Linter } from '@/lib/detect/types';
import { t } from '@/lib/i18n';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { checkTemplate } from '@/lib/templates/compliance';
import { abbreviationClash, type TemplateDraft } from '@/lib/templates/draft';
import type { Template } from '@/lib/templates/schema';
import { ComplianceBadge } from './ComplianceBadge';
import { MarkedText } from './MarkedText';

export interface TemplateEditorProps {
  draft: TemplateDraft;
  all: readonly Template[];
  readOnly: boolean;
  errors: readonly string[];
  platform: PlatformId;
  linter: Linter;
  now: number;
  onChange(draft: TemplateDraft): void;
  onPlatform(platform: PlatformId): void;
  onSave(): void;
  onDelete?(): void;
  onDuplicate?(): void;
  onCancel(): void;
}

/** The template form with a live compliance preview for a chosen platform. */
export function TemplateEditor(props: TemplateEditorProps) {
  const { draft, readOnly, platform, linter, onChange } = props;
  const set = <K extends keyof TemplateDraft>(key: K, value: TemplateDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const clash = abbreviationClash(props.all, draft.abbreviation, draft.id);
  const checks = useMemo(() => {
    const bodies = [{ language: '', body: draft.body }, ...draft.variants];
    return bodies
      .filter((entry) => entry.body.trim())
      .map((entry) => ({
        language: entry.language,
        result: checkTemplate(
          { body: entry.body, variants: {}, platforms: draft.platforms },
          platform,
          linter,
          {
            locale: 'en-US',
            timeZone: 'UTC',
            now: props.now,
          },
        ),
      }));
  }, [draft.body, draft.variants, draft.platforms, platform, linter, props.now]);

  return (
    <form
      class="rg-tpl-editor"
      data-template-editor={draft.id}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <fieldset disabled={readOnly}>
        <label>
          <span>{t('templatesFieldTitle')}</span>
          <input name="title" value={draft.title} onInput={(e) => set('title', e.currentTarget.value)} />
        </label>
        <label>
          <span>{t('templatesFieldTitleEn')}</span>
          <input
            name="titleEn"
            value={draft.titleEn}
            onInput={(e) => set('titleEn', e.currentTarget.value)}
          />
        </label>
        <label>
          <span>{t('templatesFieldAbbreviation')}</span>
          <input
            name="abbreviation"
            value={draft.abbreviation}
            onInput={(e) => set('abbreviation', e.currentTarget.value)}
          />
          {clash && <small class="rg-tpl-warn">{t('templatesAbbreviationClash', clash.title)}</small>}
        </label>
        <label>
          <span>{t('templatesFieldTags')}</span>
          <input name="tags" value={draft.tags} onInput={(e) => set('tags', e.currentTarget.value)} />
        </label>
        <fieldset class="rg-tpl-platforms">
          <legend>{t('templatesFieldPlatforms')}</legend>
          {PLATFORM_IDS.filter((id) => id !== 'generic').map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                name={`platform-${id}`}
                checked={draft.platforms.includes(id)}
                onChange={(e) =>
                  set(
                    'platforms',
                    e.currentTarget.checked
                      ? [...draft.platforms, id]
                      : draft.platforms.filter((p) => p !== id),
                  )
                }
              />
              {id}
            </label>
          ))}
        </fieldset>
        <label>
          <span>{t('templatesFieldBody')}</span>
          <textarea
            name="body"
            rows={6}
            value={draft.body}
            onInput={(e) => set('body', e.currentTarget.value)}
          />
        </label>
        <small class="rg-tpl-help">{t('templatesVariablesHelp')}</small>
        <div class="rg-tpl-variants">
          <span>{t('templatesFieldVariants')}</span>
          {draft.variants.map((variant, i) => (
            <div key={i} class="rg-tpl-variant">
              <input
                aria-label="language"
                name={`variant-language-${i}`}
                size={5}
                placeholder="pt"
                value={variant.language}
                onInput={(e) =>
                  set(
                    'variants',
                    draft.variants.map((v, j) => (j === i ? { ...v, language: e.currentTarget.value } : v)),
                  )
                }
              />
              <textarea
                name={`variant-body-${i}`}
                rows={3}
                value={variant.body}
                onInput={(e) =>
                  set(
                    'variants',
                    draft.variants.map((v, j) => (j === i ? { ...v, body: e.currentTarget.value } : v)),
                  )
                }
              />
              <button
                type="button"
                onClick={() =>
                  set(
                    'variants',
                    draft.variants.filter((_, j) => j !== i),
                  )
                }
              >
                {t('templatesRemove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => set('variants', [...draft.variants, { language: '', body: '' }])}
          >
            {t('templatesAddVariant')}
          </button>
        </div>
      </fieldset>
      <div class="rg-tpl-lint">
        <label>
          <span>{t('templatesLintOn')}</span>
          <select
            name="lint-platform"
            value={platform}
            onChange={(e) => props.onPlatform(e.currentTarget.value as PlatformId)}
          >
            {PLATFORM_IDS.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        {checks.map(({ language, result }) => (
          <div key={language} class="rg-tpl-lint-row" data-lint-language={language || 'default'}>
            <ComplianceBadge level={result.level} count={result.findings.length} inScope={result.inScope} />
            {language && <b> {language} </b>}
            <div class="rg-tpl-preview-text">
              <MarkedText text={result.text} findings={result.findings} />
            </div>
            {result.findings.map((finding) => (
              <div key={`${finding.ruleId}:${finding.start}`} class={`rg-tpl-finding-${finding.severity}`}>
                <b>{finding.match}</b> {finding.message}
              </div>
            ))}
          </div>
        ))}
      </div>
      {props.errors.length > 0 && (
        <ul class="rg-tpl-errors" role="alert">
          {props.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <div class="rg-tpl-actions">
        {readOnly && props.onDuplicate && (
          <button type="button" onClick={props.onDuplicate}>
            {t('templatesDuplicate')}
          </button>
        )}
        {!readOnly && props.onDelete && (
          <button type="button" data-action="delete" onClick={props.onDelete}>
            {t('templatesDelete')}
          </button>
        )}
        <button type="button" data-action="cancel" onClick={props.onCancel}>
          {t('templatesCancel')}
        </button>
        {!readOnly && (
          <button type="submit" class="rg-tpl-insert" data-action="save">
            {t('templatesSave')}
          </button>
        )}
      </div>
    </form>
  );
}
