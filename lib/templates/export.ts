/** Export (pure): JSON (re-importable, with schemaVersion) and CSV (one column per language variant). */
import Papa from 'papaparse';
import { TEMPLATE_SCHEMA_VERSION, type Template } from './schema';

const contentOf = (t: Template) => ({
  id: t.id,
  title: t.title,
  ...(t.titleEn ? { titleEn: t.titleEn } : {}),
  body: t.body,
  ...(t.abbreviation ? { abbreviation: t.abbreviation } : {}),
  tags: t.tags,
  ...(t.keywords?.length ? { keywords: t.keywords } : {}),
  variants: t.variants,
  platforms: t.platforms,
  source: t.source,
});

export function exportJson(templates: readonly Template[]): string {
  return `${JSON.stringify(
    {
      format: 'replyguard-templates',
      schemaVersion: TEMPLATE_SCHEMA_VERSION,
      templates: templates.map(contentOf),
    },
    null,
    2,
  )}\n`;
}

/**
 * Stops spreadsheets from running a cell as a formula (OWASP CSV injection: = + - @, and TAB or CR,
 * which some spreadsheets skip before reading a formula); `unguardCell` in import.ts undoes it.
 */
export function guardCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function exportCsv(templates: readonly Template[]): string {
  const languages = [...new Set(templates.flatMap((t) => Object.keys(t.variants)))].sort();
  const fields = [
    'id',
    'title',
    'titleEn',
    'abbreviation',
    'tags',
    'keywords',
    'platforms',
    'source',
    'body',
    ...languages.map((l) => `body_${l}`),
  ];
  const data = templates.map((t) =>
    [
      t.id,
      t.title,
      t.titleEn ?? '',
      t.abbreviation ?? '',
      t.tags.join('|'),
      (t.keywords ?? []).join('|'),
      t.platforms.join('|'),
      t.source,
      t.body,
      ...languages.map((l) => t.variants[l] ?? ''),
    ].map(guardCell),
  );
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}
