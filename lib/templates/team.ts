/** Team templates: read-only templates shipped inside rule packs (pure). */
import type { Pack } from '@/lib/rules/pack-schema';
import type { Template } from './schema';

/** The templates of every pack, as read-only `team:<packId>` templates with pack-scoped ids. */
export function teamTemplates(packs: Iterable<Pick<Pack, 'id' | 'templates'>>): Template[] {
  const out: Template[] = [];
  for (const pack of packs) {
    for (const template of pack.templates ?? []) {
      out.push({ ...template, id: `team:${pack.id}:${template.id}`, source: `team:${pack.id}` });
    }
  }
  return out;
}
