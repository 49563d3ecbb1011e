/**
 * Import (pure): parse a JSON or CSV file, validate every row, and preview what would be added, updated
 * or rejected. `planImport` turns a clean preview into store writes; a file with any rejected row plans
 * nothing (all or nothing).
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { IMPORT_LIMITS } from './import-file';
import { formatIssues, type Template, TemplateSchema } from './schema';
import type { ImportWrite } from './store';

export type ImportFormat = 'json' | 'csv';

/** A candidate from the file, before validation; `row` is 1-based (CSV: the line of the record). */
export interface RawRow {
  row: number;
  value: Record<string, unknown>;
}

export interface RejectedRow {
  row: number;
  id?: string;
  title?: string;
  errors: string[];
}

export interface ImportPreview {
  added: Template[];
  updated: Array<{ template: Template; previous: Template }>;
  unchanged: Template[];
  rejected: RejectedRow[];
  /** Problems with the file as a whole (unreadable JSON, missing CSV columns). */
  fileError?: string;
  /** Non-fatal notes (ignored CSV columns). */
  warnings: string[];
}

/** True when the preview can be applied: no file error, no rejected row, something to write. */
export function canApply(preview: ImportPreview): boolean {
  return (
    !preview.fileError && preview.rejected.length === 0 && preview.added.length + preview.updated.length > 0
  );
}

/** Guesses the format from a file name, else from the first character. */
export function detectFormat(text: string, filename?: string): ImportFormat {
  if (filename?.toLowerCase().endsWith('.csv')) return 'csv';
  if (filename?.toLowerCase().endsWith('.json')) return 'json';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

const JsonFileSchema = z.union([z.array(z.unknown()), z.object({ templates: z.array(z.unknown()) })]);

function parseJson(text: string): { rows: RawRow[]; fileError?: string; warnings: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { rows: [], fileError: `not valid JSON: ${(error as Error).message}`, warnings: [] };
  }
  const file = JsonFileSchema.safeParse(data);
  if (!file.success) {
    return { rows: [], fileError: 'expected an array of templates or {"templates": [...]}', warnings: [] };
  }
  const list = Array.isArray(file.data) ? file.data : file.data.templates;
  return {
    rows: list.map((value, i) => ({
      row: i + 1,
      value:
        value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {},
    })),
    warnings: [],
  };
}

const LIST_SPLIT = /\s*[|,，;；、]\s*/;
const SCALAR_COLUMNS = [
  'id',
  'title',
  'titleen',
  'body',
  'abbreviation',
  'tags',
  'keywords',
  'platforms',
  'source',
];
/** Keywords are phrases ("where is my parcel"): only `|` separates them. */
const KEYWORD_SPLIT = /\s*\|\s*/;

/** BCP 47 case: `zh-hant` → `zh-Hant`, `pt-br` → `pt-BR` (language lower, script title, region upper). */
function canonicalTag(tag: string): string {
  const [language, ...rest] = tag.split('-');
  const parts = rest.map((part) =>
    part.length === 4
      ? part[0]!.toUpperCase() + part.slice(1).toLowerCase()
      : part.length === 2
        ? part.toUpperCase()
        : part.toLowerCase(),
  );
  return [language!.toLowerCase(), ...parts].join('-');
}

/** Undoes the spreadsheet-formula guard `exportCsv` adds (`'=…` → `=…`). */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function parseCsv(text: string): { rows: RawRow[]; fileError?: string; warnings: string[] } {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const headers = (result.meta.fields ?? []).map((h) => h.trim());
  const lower = headers.map((h) => h.toLowerCase());
  if (!lower.includes('title') || !lower.includes('body')) {
    return { rows: [], fileError: 'CSV needs a header row with at least "title" and "body"', warnings: [] };
  }
  const warnings: string[] = [];
  const variantOf = (h: string) => {
    const tag = /^(?:body_|variants?\.)([a-z]{2,3}(?:-[a-z0-9]+)*)$/i.exec(h)?.[1];
    return tag ? canonicalTag(tag) : undefined;
  };
  const ignored = headers.filter((h) => !SCALAR_COLUMNS.includes(h.toLowerCase()) && !variantOf(h));
  if (ignored.length) warnings.push(`ignored columns: ${ignored.join(', ')}`);
  const rowErrors = new Map<number, string[]>();
  for (const error of result.errors) {
    if (error.row === undefined) continue;
    rowErrors.set(error.row, [...(rowErrors.get(error.row) ?? []), error.message]);
  }
  const rows = result.data.map((record, i): RawRow => {
    const value: Record<string, unknown> = {};
    const variants: Record<string, string> = {};
    for (const header of headers) {
      const cell = unguardCell((record[header] ?? '').trim());
      const key = header.toLowerCase();
      const language = variantOf(header);
      if (language) {
        if (cell) variants[language] = cell;
      } else if (key === 'keywords') {
        if (cell) value.keywords = cell.split(KEYWORD_SPLIT).filter(Boolean);
      } else if (key === 'tags' || key === 'platforms') {
        value[key] = cell ? cell.split(LIST_SPLIT).filter(Boolean) : [];
      } else if (cell && SCALAR_COLUMNS.includes(key)) {
        value[key === 'titleen' ? 'titleEn' : key] = cell;
      }
    }
    value.variants = variants;
    const errors = rowErrors.get(i);
    if (errors) value.__errors = errors;
    // Line of the record: header is line 1 (multi-line cells make this approximate).
    return { row: i + 2, value };
  });
  return { rows, warnings };
}

const CONTENT_KEYS = [
  'title',
  'titleEn',
  'body',
  'abbreviation',
  'tags',
  'keywords',
  'variants',
  'platforms',
] as const;

function sameContent(a: Template, b: Template): boolean {
  return CONTENT_KEYS.every((key) => JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null));
}

export interface PreviewOptions {
  format?: ImportFormat;
  filename?: string;
  /** Makes ids for rows without one (default: random UUIDs). */
  makeId?: () => string;
}

/** Parses and validates a file against the stored templates. Never throws. */
export function previewImport(
  text: string,
  existing: readonly Template[],
  options: PreviewOptions = {},
): ImportPreview {
  const format = options.format ?? detectFormat(text, options.filename);
  const parsed = format === 'json' ? parseJson(text) : parseCsv(text);
  const preview: ImportPreview = {
    added: [],
    updated: [],
    unchanged: [],
    rejected: [],
    warnings: parsed.warnings,
  };
  if (parsed.fileError) return { ...preview, fileError: parsed.fileError };
  if (parsed.rows.length === 0) return { ...preview, fileError: 'the file has no templates' };
  if (parsed.rows.length > IMPORT_LIMITS.rows) {
    return {
      ...preview,
      fileError: `the file has ${parsed.rows.length} templates; at most ${IMPORT_LIMITS.rows} can be imported at once`,
    };
  }
  const byId = new Map(existing.map((t) => [t.id, t]));
  const byTitle = new Map(existing.filter((t) => !t.source.startsWith('team:')).map((t) => [t.title, t]));
  const makeId = options.makeId ?? (() => `user.${crypto.randomUUID()}`);
  const seen = new Set<string>();
  for (const { row, value } of parsed.rows) {
    const { __errors, usageCount: _u, lastUsedAt: _l, updatedAt: _t, ...fields } = value;
    const errors = Array.isArray(__errors) ? __errors.map(String) : [];
    const title = typeof fields.title === 'string' ? fields.title : undefined;
    const match =
      typeof fields.id === 'string' && fields.id
        ? byId.get(fields.id)
        : title
          ? byTitle.get(title)
          : undefined;
    const id = typeof fields.id === 'string' && fields.id ? fields.id : (match?.id ?? makeId());
    const result = TemplateSchema.safeParse({ source: match?.source ?? 'user', ...fields, id });
    if (!result.success) errors.push(formatIssues(result.error));
    const template = result.success ? result.data : undefined;
    if (template?.source.startsWith('team:') || match?.source.startsWith('team:')) {
      errors.push('team templates come from their pack and cannot be imported');
    }
    if (seen.has(id)) errors.push(`duplicate id ${id} in the file`);
    seen.add(id);
    if (errors.length || !template) {
      preview.rejected.push({ row, id, ...(title ? { title } : {}), errors });
      continue;
    }
    const previous = byId.get(id);
    if (!previous) preview.added.push(template);
    else if (sameContent(previous, template)) preview.unchanged.push(template);
    else preview.updated.push({ template, previous });
  }
  return preview;
}

/** The store writes for a clean preview; throws if the preview has any problem (nothing is applied). */
export function planImport(preview: ImportPreview): ImportWrite[] {
  if (preview.fileError) throw new Error(preview.fileError);
  if (preview.rejected.length)
    throw new Error(`${preview.rejected.length} rows have errors; nothing was imported`);
  return [
    ...preview.added.map((template) => ({ template, base: null })),
    ...preview.updated.map(({ template, previous }) => ({ template, base: previous.updatedAt })),
  ];
}
