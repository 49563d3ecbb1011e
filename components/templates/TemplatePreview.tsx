import { trusted } from '@/lib/content/handlers';
import type { Finding } from '@/lib/detect/types';
import { t } from '@/lib/i18n';
import { placeholderSpans } from '@/lib/templates/placeholders';
import type { RenderResult } from '@/lib/templates/render';
import { MarkedText } from './MarkedText';
import { variableLabel } from './variable-label';

export interface TemplatePreviewProps {
  rendered: RenderResult;
  findings: readonly Finding[];
  /** Variables to ask for (missing ones, and ones the agent already typed). */
  asked: readonly string[];
  values: Readonly<Record<string, string>>;
  /** The template's variant languages; '' is the default body. */
  languages: readonly string[];
  language: string;
  onLanguage(language: string): void;
  onValue(name: string, value: string): void;
  onInsert(): void;
}

/** The rendered body with findings marked, a small form for missing values, and the insert button. */
export function TemplatePreview(props: TemplatePreviewProps) {
  const { rendered, findings, asked, values, onValue, onInsert } = props;
  return (
    <section class="rg-tpl-preview" aria-label={t('templatesPreview')}>
      {props.languages.length > 0 && (
        <div class="rg-tpl-langs" title={t('templatesLanguage')}>
          {['', ...props.languages].map((code) => (
            <button
              key={code}
              type="button"
              aria-pressed={props.language === code}
              data-language={code || 'default'}
              onClick={trusted(() => props.onLanguage(code))}
            >
              {code ? code.toUpperCase() : t('templatesLanguageDefault')}
            </button>
          ))}
        </div>
      )}
      <div class="rg-tpl-preview-text" data-replyguard-preview>
        <MarkedText text={rendered.text} findings={findings} placeholders={placeholderSpans(rendered.text)} />
      </div>
      {findings.length > 0 && (
        <ul class="rg-tpl-findings">
          {findings.map((finding) => (
            <li key={`${finding.ruleId}:${finding.start}`} class={`rg-tpl-finding-${finding.severity}`}>
              <b>{finding.match}</b> {finding.message}
            </li>
          ))}
        </ul>
      )}
      {rendered.unknown.length > 0 && (
        <p class="rg-tpl-unknown">{t('templatesUnknownVariables', rendered.unknown.join(', '))}</p>
      )}
      {asked.length > 0 && (
        <fieldset class="rg-tpl-vars">
          <legend>{t('templatesFillVariables')}</legend>
          {asked.map((name) => (
            <label key={name}>
              <span>{variableLabel(name)}</span>
              <input
                class="rg-tpl-var-input"
                data-variable={name}
                value={values[name] ?? ''}
                placeholder={`{${name}}`}
                title={t('templatesPlaceholderHint', `{${name}}`)}
                enterKeyHint="next"
                onInput={trusted((event: Event) =>
                  onValue(name, (event.currentTarget as HTMLInputElement).value),
                )}
              />
            </label>
          ))}
        </fieldset>
      )}
      <div class="rg-tpl-actions">
        <button type="button" class="rg-tpl-insert" data-action="insert" onClick={trusted(onInsert)}>
          {t('templatesInsert')}
        </button>
      </div>
    </section>
  );
}
