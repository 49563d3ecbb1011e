/** The editor's form state for a template, and its validation back into a template (pure). */
import type { PlatformId } from '@/lib/platforms';
import { formatIssues, type Template, type TemplateInput, TemplateSchema } from './schema';

export interface TemplateDraft {
  id: string;
  title: string;
  titleEn: string;
  abbreviation: string;
  /** Comma (or 、，;|) separated, as typed. */
  tags: string;
  platforms: PlatformId[];
  body: string;
  variants: Array<{ language: string; body: string }>;
  /** `updatedAt` the edit started from; null for a new template. */
  base: number | null;
  source: Template['source'];
}

export function draftFrom(template: Template | undefined, makeId: () => string): TemplateDraft {
  if (!template) {
    return {
      id: makeId(),
      title: '',
      titleEn: '',
      abbreviation: '',
      tags: '',
      platforms: [],
      body: '',
      variants: [],
      base: null,
      source: 'user',
    };
  }
  return {
    id: template.id,
    title: template.title,
    titleEn: template.titleEn ?? '',
    abbreviation: template.abbreviation ?? '',
    tags: template.tags.join(', '),
    platforms: [...template.platforms],
    body: template.body,
    variants: Object.entries(template.variants).map(([language, body]) => ({ language, body })),
    base: template.updatedAt,
    source: template.source,
  };
}

/** A team template copied into the agent's own library. */
export function duplicateDraft(template: Template, makeId: () => string): TemplateDraft {
  return { ...draftFrom(template, makeId), id: makeId(), base: null, source: 'user', abbreviation: '' };
}

export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\s*[,，、;；|]\s*/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export type DraftResult = { ok: true; template: TemplateInput } | { ok: false; errors: string[] };

/** Validates a draft; the errors are shown next to the form. */
export function templateFromDraft(draft: TemplateDraft, previous?: Template): DraftResult {
  const errors: string[] = [];
  const variants: Record<string, string> = {};
  for (const { language, body } of draft.variants) {
    const code = language.trim().toLowerCase();
    if (!code && !body.trim()) continue;
    if (variants[code] !== undefined) errors.push(`variants.${code}: listed twice`);
    variants[code] = body;
  }
  const input: TemplateInput = {
    id: draft.id,
    title: draft.title,
    ...(draft.titleEn.trim() ? { titleEn: draft.titleEn.trim() } : {}),
    ...(draft.abbreviation.trim() ? { abbreviation: draft.abbreviation.trim().replace(/^;/, '') } : {}),
    body: draft.body,
    tags: splitList(draft.tags),
    platforms: draft.platforms,
    variants,
    source: draft.source,
    usageCount: previous?.usageCount ?? 0,
    lastUsedAt: previous?.lastUsedAt ?? 0,
    updatedAt: draft.base ?? 0,
  };
  const parsed = TemplateSchema.safeParse(input);
  if (!parsed.success) errors.push(...formatIssues(parsed.error).split('; '));
  return errors.length ? { ok: false, errors } : { ok: true, template: input };
}

/** Abbreviations used by more than one template (inline expansion would be ambiguous). */
export function abbreviationClash(
  templates: readonly Template[],
  abbreviation: string,
  id: string,
): Template | undefined {
  const wanted = abbreviation.trim().replace(/^;/, '').toLowerCase();
  if (!wanted) return undefined;
  return templates.find((t) => t.id !== id && t.abbreviation?.toLowerCase() === wanted);
}
