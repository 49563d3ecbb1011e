import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isAgentInput, trusted } from '@/lib/content/handlers';
import type { Finding, Linter } from '@/lib/detect/types';
import { t } from '@/lib/i18n';
import type { PlatformId } from '@/lib/platforms';
import { checkTemplate, complianceLevel, type TemplateCompliance } from '@/lib/templates/compliance';
import { NO_PINYIN, type PinyinKeys } from '@/lib/templates/pinyin-keys';
import { bodyFor, listVariables, renderTemplate, variantKey } from '@/lib/templates/render';
import { isReadOnly, type Template } from '@/lib/templates/schema';
import { buildSearchIndex, searchTemplates } from '@/lib/templates/search';
import { ComplianceBadge } from './ComplianceBadge';
import { trapTab } from './focus';
import { TemplatePreview } from './TemplatePreview';
import './templates.css';

export interface TemplateChoice {
  templateId: string;
  text: string;
  /** UTF-16 offset in `text` where the caret should go (end of text when the template has no marker). */
  cursor: number;
  /** Findings of the inserted text on this platform (empty without a linter). */
  findings: Finding[];
}

export interface TemplatePickerProps {
  templates: readonly Template[];
  platform: PlatformId;
  /** Variable values read from the page (buyer name, order id…). */
  context?: Readonly<Record<string, string | undefined>>;
  /** Lints previews and computes the badges; or pass precomputed `findings` by template id. */
  linter?: Linter;
  findings?: Readonly<Record<string, Finding[]>>;
  /** Buyer locale for dates (default `en-US`), the zone that decides "today", the clock, buyer language. */
  locale?: string;
  timeZone?: string;
  now?: number;
  language?: string;
  /** A language the platform requires (Walmart: English): the agent cannot pick another body. */
  languageLocked?: boolean;
  initialQuery?: string;
  /** Pinyin keys of template titles by id (from the template list message). */
  pinyin?: Readonly<Record<string, PinyinKeys>>;
  limit?: number;
  onChoose(choice: TemplateChoice): void;
  onClose(): void;
}

/** The first empty fill-in field after `from` (from the top when null), or null when none is left. */
function nextEmptyField(dialog: HTMLElement | null, from: HTMLElement | null): HTMLInputElement | null {
  const fields = [...(dialog?.querySelectorAll<HTMLInputElement>('input[data-variable]') ?? [])];
  const after = from ? fields.indexOf(from as HTMLInputElement) + 1 : 0;
  return fields.slice(after).find((field) => !field.value.trim()) ?? null;
}

/**
 * The template picker dialog (contract 4): search, keyboard navigation, preview, variables, compliance.
 * Every control acts only on the agent's own input (`trusted`): a page script can neither search nor choose.
 */
export function TemplatePicker(props: TemplatePickerProps) {
  const { templates, platform, linter, onChoose, onClose } = props;
  const locale = props.locale ?? 'en-US';
  const timeZone = props.timeZone ?? 'UTC';
  // One clock reading per opening: dates in the preview and the ranking stay stable while typing.
  const [now] = useState(() => props.now ?? Date.now());
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [selected, setSelected] = useState(0);
  const [values, setValues] = useState<Record<string, string>>({});
  /** The buyer language picked in the preview (a template's variant), else the page's. */
  const [language, setLanguage] = useState(props.language);
  const dialog = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const index = useMemo(
    () => buildSearchIndex(templates, (template) => props.pinyin?.[template.id] ?? NO_PINYIN),
    [templates, props.pinyin],
  );
  const hits = useMemo(
    () => searchTemplates(index, query, { platform, now, limit: props.limit ?? 50 }),
    [index, query, platform, now, props.limit],
  );
  const compliance = useMemo(() => new Map<string, TemplateCompliance>(), [templates, linter, platform]);
  const complianceOf = (
    template: Template,
  ): { level: TemplateCompliance['level']; count: number } | undefined => {
    const given = props.findings?.[template.id];
    if (given) return { level: complianceLevel(given), count: given.length };
    if (!linter) return undefined;
    let result = compliance.get(template.id);
    if (!result) {
      result = checkTemplate(template, platform, linter, {
        values: props.context,
        locale,
        timeZone,
        now,
        language: props.language,
      });
      compliance.set(template.id, result);
    }
    return { level: result.level, count: result.findings.length };
  };

  const active = Math.min(selected, Math.max(0, hits.length - 1));
  const current = hits[active]?.template;
  const merged = { ...props.context, ...values };
  const rendered = current
    ? renderTemplate(current, { values: merged, locale, timeZone, now, language })
    : undefined;
  const previewFindings = rendered && linter ? linter.lint(rendered.text) : [];
  const asked = current
    ? listVariables(bodyFor(current, language)).filter(
        (name) => rendered?.missing.includes(name) || values[name] !== undefined,
      )
    : [];

  useEffect(() => search.current?.focus(), []);
  useEffect(() => {
    const item = list.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [active, hits]);

  const choose = () => {
    if (!current || !rendered) return;
    onChoose({
      templateId: current.id,
      text: rendered.text,
      cursor: rendered.cursor ?? rendered.text.length,
      findings: previewFindings,
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (!isAgentInput(event) || event.isComposing || event.keyCode === 229) return;
    const target = event.target as HTMLElement;
    const inVariable = target.classList.contains('rg-tpl-var-input');
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !inVariable) {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSelected((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && target.tagName !== 'BUTTON') {
      // Like a form: Enter goes to the next empty field; from the last one it inserts, and what is
      // still empty stays in the reply as its {placeholder}.
      event.preventDefault();
      const next = nextEmptyField(dialog.current, inVariable ? target : null);
      if (next) next.focus();
      else choose();
    } else {
      trapTab(event, dialog.current);
    }
  };

  const optionId = (id: string) => `rg-tpl-option-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click on the backdrop closes; keyboard users press Esc.
    <div
      class="rg-tpl-backdrop"
      onMouseDown={trusted((event: MouseEvent) => {
        if (event.target === event.currentTarget) onClose();
      })}
    >
      <div
        ref={dialog}
        class="rg-tpl"
        data-replyguard-dialog="templates"
        role="dialog"
        aria-modal="true"
        aria-label={t('templatesPickerTitle')}
        onKeyDown={onKeyDown}
      >
        <div class="rg-tpl-head">
          <input
            ref={search}
            class="rg-tpl-search"
            type="search"
            role="combobox"
            aria-expanded="true"
            aria-controls="rg-tpl-list"
            aria-activedescendant={current ? optionId(current.id) : undefined}
            placeholder={t('templatesSearchPlaceholder')}
            value={query}
            spellcheck={false}
            onInput={trusted((event: Event) => {
              setQuery((event.currentTarget as HTMLInputElement).value);
              setSelected(0);
            })}
          />
          <button
            type="button"
            class="rg-tpl-close"
            aria-label={t('templatesClose')}
            onClick={trusted(onClose)}
          >
            ×
          </button>
        </div>
        <div class="rg-tpl-main">
          <div
            ref={list}
            id="rg-tpl-list"
            class="rg-tpl-list"
            role="listbox"
            aria-label={t('templatesPickerTitle')}
          >
            {hits.length === 0 && <p class="rg-tpl-empty">{t('templatesNoResults')}</p>}
            {hits.map(({ template }, i) => {
              const badge = complianceOf(template);
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the search combobox (aria-activedescendant).
                <div
                  key={template.id}
                  tabIndex={-1}
                  id={optionId(template.id)}
                  class="rg-tpl-item"
                  role="option"
                  aria-selected={i === active}
                  data-template-id={template.id}
                  data-compliance={badge?.level}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={trusted(() => setSelected(i))}
                  onDblClick={trusted(() => {
                    setSelected(i);
                    choose();
                  })}
                >
                  <div class="rg-tpl-item-title">
                    <span>{template.title}</span>
                    {template.abbreviation && <kbd>;{template.abbreviation}</kbd>}
                    {badge && <ComplianceBadge level={badge.level} count={badge.count} />}
                  </div>
                  <div class="rg-tpl-item-meta">
                    {template.titleEn && <span>{template.titleEn}</span>}
                    {template.tags.map((tag) => (
                      <span key={tag} class="rg-tpl-tag">
                        {tag}
                      </span>
                    ))}
                    {isReadOnly(template) && (
                      <span class="rg-tpl-tag rg-tpl-team">{t('templatesTeamReadOnly')}</span>
                    )}
                  </div>
                </div>
              );
            })}
          </div>
          {current && rendered && (
            <TemplatePreview
              rendered={rendered}
              findings={previewFindings}
              asked={asked}
              languages={props.languageLocked ? [] : Object.keys(current.variants)}
              language={variantKey(current, language)}
              onLanguage={(code) => setLanguage(code || undefined)}
              values={values}
              onValue={(name, value) => setValues((old) => ({ ...old, [name]: value }))}
              onInsert={choose}
            />
          )}
        </div>
        <div class="rg-tpl-foot">{t('templatesKeyboardHint')}</div>
      </div>
    </div>
  );
}
