/**
 * Adds or updates UI strings in the three locale catalogues at once.
 * Usage: echo '{"key": {"en": "…", "zh_CN": "…", "zh_TW": "…"}}' | flock /tmp/replyguard-locales.lock npx tsx scripts/add-messages.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const Entries = z.record(
  z.string().regex(/^[A-Za-z0-9_]+$/),
  z.object({ en: z.string().min(1), zh_CN: z.string().min(1), zh_TW: z.string().min(1) }),
);

const entries = Entries.parse(JSON.parse(readFileSync(0, 'utf8')));
for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
  const path = `public/_locales/${locale}/messages.json`;
  const catalogue = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  for (const [key, text] of Object.entries(entries)) catalogue[key] = { message: text[locale] };
  const sorted = Object.fromEntries(Object.entries(catalogue).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}
console.log(`added ${Object.keys(entries).length} messages`);
