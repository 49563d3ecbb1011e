import { t } from '@/lib/i18n';
import { canApply, type ImportPreview } from '@/lib/templates/import';
import { IMPORT_ENCODINGS, type ImportEncoding } from '@/lib/templates/import-file';

export interface ImportPanelProps {
  preview: ImportPreview;
  filename: string;
  /** The encoding the file was read in (detected, or the agent's choice), and how to read it again. */
  encoding?: ImportEncoding | 'auto';
  onEncoding?(encoding: ImportEncoding): void;
  onApply(): void;
  onCancel(): void;
}

/** What an import would change, with per-row errors; applying is possible only for a clean file. */
export function ImportPanel({
  preview,
  filename,
  encoding,
  onEncoding,
  onApply,
  onCancel,
}: ImportPanelProps) {
  const ok = canApply(preview);
  return (
    <section class="rg-tpl-import" data-import-preview>
      <h3>{filename}</h3>
      {encoding && onEncoding && (
        <label>
          {t('templatesImportEncoding')}{' '}
          <select
            data-field="import-encoding"
            value={encoding}
            onChange={(event) => onEncoding(event.currentTarget.value as ImportEncoding)}
          >
            {IMPORT_ENCODINGS.map((name) => (
              <option key={name} value={name}>
                {name.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      )}
      {preview.fileError ? (
        <p class="rg-tpl-errors" role="alert">
          {preview.fileError}
        </p>
      ) : (
        <p>
          {t(
            'templatesImportSummary',
            preview.added.length,
            preview.updated.length,
            preview.unchanged.length,
            preview.rejected.length,
          )}
        </p>
      )}
      {preview.warnings.map((warning) => (
        <p key={warning} class="rg-tpl-warn">
          {warning}
        </p>
      ))}
      {preview.rejected.length > 0 && (
        <ul class="rg-tpl-errors" data-rejected>
          {preview.rejected.map((row) => (
            <li key={row.row}>
              {t('templatesImportRow', row.row)} {row.title ?? row.id ?? ''}: {row.errors.join('; ')}
            </li>
          ))}
        </ul>
      )}
      {(preview.added.length > 0 || preview.updated.length > 0) && (
        <ul class="rg-tpl-import-list">
          {preview.added.map((template) => (
            <li key={template.id}>+ {template.title}</li>
          ))}
          {preview.updated.map(({ template }) => (
            <li key={template.id}>~ {template.title}</li>
          ))}
        </ul>
      )}
      {!ok && !preview.fileError && preview.rejected.length > 0 && (
        <p class="rg-tpl-warn">{t('templatesImportBlocked')}</p>
      )}
      <div class="rg-tpl-actions">
        <button type="button" data-action="cancel" onClick={onCancel}>
          {t('templatesCancel')}
        </button>
        <button type="button" class="rg-tpl-insert" data-action="import" disabled={!ok} onClick={onApply}>
          {t('templatesImportApply')}
        </button>
      </div>
    </section>
  );
}
