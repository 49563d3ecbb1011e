import { useEffect, useMemo, useState } from 'preact/hooks';
import { messagingTemplatesApi, type TemplatesApi } from '@/components/templates/api';
import { ImportPanel } from '@/components/templates/ImportPanel';
import { TemplateEditor } from '@/components/templates/TemplateEditor';
import { createLinter } from '@/lib/detect/lint';
import { t } from '@/lib/i18n';
import type { PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';
import { settings as storedSettings } from '@/lib/storage/items';
import { draftFrom, duplicateDraft, type TemplateDraft, templateFromDraft } from '@/lib/templates/draft';
import { exportCsv, exportJson } from '@/lib/templates/export';
import { type ImportPreview, planImport, previewImport } from '@/lib/templates/import';
import { decodeImportFile, type ImportEncoding, sizeError } from '@/lib/templates/import-file';
import { titlePinyin } from '@/lib/templates/pinyin';
import { isReadOnly, type Template, TemplateSchema } from '@/lib/templates/schema';
import { buildSearchIndex, searchTemplates } from '@/lib/templates/search';
import { isConflict } from '@/lib/templates/store';
import '@/components/templates/templates.css';

const newId = () => `user.${crypto.randomUUID()}`;

interface Incoming {
  preview: ImportPreview;
  filename: string;
  bytes: Uint8Array;
  encoding: ImportEncoding | 'auto';
}

/** A chosen file decoded and previewed; a file that cannot be read is a preview with a file error. */
function readImport(
  bytes: Uint8Array,
  filename: string,
  encoding: ImportEncoding | 'auto',
  templates: Template[],
): Incoming {
  const decoded = decodeImportFile(bytes, encoding);
  if (!decoded.ok) return { ...failed(filename, decoded.error), bytes, encoding };
  return {
    preview: previewImport(decoded.text, templates, { filename }),
    filename,
    bytes,
    encoding: decoded.encoding,
  };
}

/** A file that cannot be imported at all: its preview is the error (nothing can be applied). */
function failed(filename: string, fileError: string): Incoming {
  const preview = { added: [], updated: [], unchanged: [], rejected: [], warnings: [], fileError };
  return { preview, filename, bytes: new Uint8Array(), encoding: 'auto' };
}
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Options tab: browse, edit (with live lint), import and export templates. */
export function TemplatesTab() {
  // Templates are checked against the first portal the agent works on.
  const [platform, setPlatform] = useState<PlatformId>();
  useEffect(() => {
    void storedSettings.get().then((settings) => setPlatform(settings.portals[0] ?? 'shopee'));
  }, []);
  return platform ? <TemplatesManager api={messagingTemplatesApi} initialPlatform={platform} /> : null;
}

/** The tab's body, given its data access (a fake in tests). */
export function TemplatesManager({
  api,
  initialPlatform = 'shopee',
}: {
  api: TemplatesApi;
  initialPlatform?: PlatformId;
}) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<TemplateDraft>();
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [platform, setPlatform] = useState<PlatformId>(initialPlatform);
  const [incoming, setIncoming] = useState<Incoming>();
  const [now] = useState(() => Date.now());
  const linter = useMemo(() => createLinter(bundledPacksFor(platform)), [platform]);
  const index = useMemo(() => buildSearchIndex(templates, titlePinyin), [templates]);
  const hits = useMemo(() => searchTemplates(index, query, { now }), [index, query, now]);
  const byId = (id: string | undefined, list = templates) => list.find((tpl) => tpl.id === id);

  const reload = async (): Promise<Template[]> => {
    try {
      const list = await api.list();
      setTemplates(list);
      return list;
    } catch (error) {
      setStatus(t('templatesLoadError', messageOf(error)));
      return templates;
    }
  };
  useEffect(() => {
    void reload();
  }, []);

  const open = (next: TemplateDraft | undefined) => {
    setDraft(next);
    setErrors([]);
    setStatus('');
  };

  const save = async () => {
    if (!draft) return;
    const previous = byId(draft.id);
    const result = templateFromDraft(draft, previous);
    if (!result.ok) return setErrors(result.errors);
    try {
      const saved = await api.put(TemplateSchema.parse(result.template), draft.base);
      await reload();
      open(draftFrom(saved, newId));
      setStatus(t('templatesSaved'));
    } catch (error) {
      if (!isConflict(error)) return setErrors([messageOf(error)]);
      const list = await reload();
      const latest = byId(draft.id, list);
      setDraft(latest ? draftFrom(latest, newId) : { ...draft, base: null });
      setErrors([]);
      setStatus(t('templatesConflict'));
    }
  };

  const remove = async () => {
    if (!draft || draft.base === null || !confirm(t('templatesConfirmDelete'))) return;
    try {
      await api.remove(draft.id, draft.base);
      open(undefined);
      setStatus(t('templatesDeleted'));
    } catch (error) {
      setErrors([messageOf(error)]);
    }
    await reload();
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    // The size first: a huge file is refused before it is read into memory.
    const tooLarge = sizeError(file.size);
    if (tooLarge) return setIncoming(failed(file.name, tooLarge));
    setIncoming(readImport(new Uint8Array(await file.arrayBuffer()), file.name, 'auto', templates));
  };

  const applyImport = async () => {
    if (!incoming) return;
    try {
      const count = await api.importWrites(planImport(incoming.preview));
      setIncoming(undefined);
      setStatus(t('templatesImportDone', count));
    } catch (error) {
      setStatus(messageOf(error));
    }
    await reload();
  };

  const own = templates.filter((tpl) => !isReadOnly(tpl));
  const current = draft && byId(draft.id);

  return (
    <div class="rg-tpl-manager" data-templates-tab>
      <aside class="rg-tpl-manager-side">
        <input
          type="search"
          class="rg-tpl-search"
          aria-label={t('templatesSearch')}
          placeholder={t('templatesSearchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <div class="rg-tpl-toolbar">
          <button type="button" data-action="new" onClick={() => open(draftFrom(undefined, newId))}>
            {t('templatesNew')}
          </button>
          <label class="rg-tpl-file">
            {t('templatesImport')}
            <input
              type="file"
              accept=".json,.csv,application/json,text/csv"
              onChange={(e) => {
                void chooseFile(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </label>
          <button
            type="button"
            onClick={() => download('replyguard-templates.json', exportJson(own), 'application/json')}
          >
            {t('templatesExportJson')}
          </button>
          <button
            type="button"
            onClick={() => download('replyguard-templates.csv', exportCsv(own), 'text/csv')}
          >
            {t('templatesExportCsv')}
          </button>
          <button
            type="button"
            onClick={async () => {
              setStatus(t('templatesRestored', await api.restoreStarter()));
              await reload();
            }}
          >
            {t('templatesRestoreStarter')}
          </button>
        </div>
        <ul class="rg-tpl-list" aria-label={t('templatesTabLabel')}>
          {hits.map(({ template }) => (
            <li key={template.id}>
              <button
                type="button"
                class="rg-tpl-item"
                data-template-id={template.id}
                aria-current={draft?.id === template.id}
                onClick={() => open(draftFrom(template, newId))}
              >
                <span class="rg-tpl-item-title">{template.title}</span>
                <span class="rg-tpl-item-meta">
                  {template.abbreviation && <kbd>;{template.abbreviation}</kbd>}
                  {template.source === 'starter' && (
                    <span class="rg-tpl-tag">{t('templatesSourceStarter')}</span>
                  )}
                  {isReadOnly(template) && (
                    <span class="rg-tpl-tag rg-tpl-team">{t('templatesTeamReadOnly')}</span>
                  )}
                  {template.usageCount > 0 && <span>{t('templatesUsage', template.usageCount)}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section class="rg-tpl-manager-main">
        {status && (
          <p class="rg-tpl-status" role="status">
            {status}
          </p>
        )}
        {incoming && (
          <ImportPanel
            preview={incoming.preview}
            filename={incoming.filename}
            encoding={incoming.encoding}
            onEncoding={(encoding) =>
              setIncoming(readImport(incoming.bytes, incoming.filename, encoding, templates))
            }
            onApply={() => void applyImport()}
            onCancel={() => setIncoming(undefined)}
          />
        )}
        {draft ? (
          <TemplateEditor
            draft={draft}
            all={templates}
            readOnly={current ? isReadOnly(current) : false}
            errors={errors}
            platform={platform}
            linter={linter}
            now={now}
            onChange={setDraft}
            onPlatform={setPlatform}
            onSave={() => void save()}
            onDelete={draft.base !== null ? () => void remove() : undefined}
            onDuplicate={current ? () => open(duplicateDraft(current, newId)) : undefined}
            onCancel={() => open(undefined)}
          />
        ) : (
          !incoming && <p class="rg-tpl-empty">{t('templatesEmptyEditor')}</p>
        )}
      </section>
    </div>
  );
}
