/**
 * The template store over the extension's IndexedDB (background and options only). Writes are
 * conflict-safe: an edit carries the `updatedAt` it was based on and is refused if the record moved on.
 */
import type { IDBPDatabase } from 'idb';
import { openReplyGuardDB, type ReplyGuardDB } from '@/lib/storage/db';
import {
  formatIssues,
  isReadOnly,
  migrateTemplate,
  type Template,
  type TemplateInput,
  TemplateSchema,
} from './schema';
import { starterTemplates } from './starter';

/** Another tab (or the background) changed or deleted the template since the caller loaded it. */
export class TemplateConflictError extends Error {
  override readonly name = 'TemplateConflictError';
}

export class TemplateReadOnlyError extends Error {
  override readonly name = 'TemplateReadOnlyError';
}

export class TemplateValidationError extends Error {
  override readonly name = 'TemplateValidationError';
}

/** `null`: the caller is creating a new template; a number: the `updatedAt` the edit is based on. */
export type BaseVersion = number | null;

/** One planned write of an import: `base` as in `put`. */
export interface ImportWrite {
  template: TemplateInput;
  base: BaseVersion;
}

export class TemplateStore {
  constructor(
    private readonly open: () => Promise<IDBPDatabase<ReplyGuardDB>> = () => openReplyGuardDB(),
    private readonly clock: () => number = Date.now,
  ) {}

  /** Every stored template, upgraded to the current schema; unreadable records are skipped. */
  async list(): Promise<Template[]> {
    const db = await this.open();
    const records = await db.getAll('templates');
    return records.flatMap((record) => {
      const migrated = migrateTemplate(record);
      return migrated.ok ? [migrated.template] : [];
    });
  }

  async get(id: string): Promise<Template | undefined> {
    const db = await this.open();
    const record = await db.get('templates', id);
    const migrated = record ? migrateTemplate(record) : undefined;
    return migrated?.ok ? migrated.template : undefined;
  }

  /**
   * Creates (`base` null) or updates (`base` = the loaded `updatedAt`) a template and returns it with a new
   * `updatedAt`. Usage statistics are kept from the stored record.
   */
  async put(input: TemplateInput, base: BaseVersion): Promise<Template> {
    const [saved] = await this.write([{ template: input, base }]);
    return saved!;
  }

  /** Applies several writes in one transaction: all succeed or none does. */
  async putMany(writes: readonly ImportWrite[]): Promise<Template[]> {
    return this.write(writes);
  }

  /** Deletes a template if it still has the `updatedAt` the caller saw. */
  async delete(id: string, base: number): Promise<void> {
    const db = await this.open();
    const tx = db.transaction('templates', 'readwrite');
    const stored = await tx.store.get(id);
    if (!stored) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return;
    }
    if (typeof stored.source === 'string' && stored.source.startsWith('team:')) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new TemplateReadOnlyError(`template ${id} belongs to a team pack and is read-only`);
    }
    if (editedAt(stored) !== base) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new TemplateConflictError(
        `Conflict: template ${id} was changed elsewhere; reload before deleting`,
      );
    }
    await tx.store.delete(id);
    await tx.done;
  }

  /** Counts an insertion. Does not touch `updatedAt`, so open editors do not conflict. */
  async recordUse(id: string): Promise<Template | undefined> {
    const db = await this.open();
    const tx = db.transaction('templates', 'readwrite');
    const stored = await tx.store.get(id);
    const migrated = stored ? migrateTemplate(stored) : undefined;
    if (!migrated?.ok) {
      await tx.done;
      return undefined;
    }
    const used: Template = {
      ...migrated.template,
      usageCount: migrated.template.usageCount + 1,
      lastUsedAt: this.clock(),
    };
    await tx.store.put(used);
    await tx.done;
    return used;
  }

  /**
   * Adds the starter templates that are not stored yet (first run, or "restore starters"); `skip` holds ids
   * the agent already had once (after an update only starters new in this version are added).
   */
  async seedStarter(skip: ReadonlySet<string> = new Set()): Promise<number> {
    const db = await this.open();
    const tx = db.transaction('templates', 'readwrite');
    let added = 0;
    const now = this.clock();
    for (const starter of starterTemplates()) {
      if (skip.has(starter.id) || (await tx.store.getKey(starter.id))) continue;
      await tx.store.put({ ...starter, updatedAt: now });
      added++;
    }
    await tx.done;
    return added;
  }

  private async write(writes: readonly ImportWrite[]): Promise<Template[]> {
    const parsed = writes.map(({ template, base }) => {
      const result = TemplateSchema.safeParse(template);
      if (!result.success) throw new TemplateValidationError(formatIssues(result.error));
      if (isReadOnly(result.data)) {
        throw new TemplateReadOnlyError(`template ${result.data.id} belongs to a team pack and is read-only`);
      }
      return { template: result.data, base };
    });
    const db = await this.open();
    const tx = db.transaction('templates', 'readwrite');
    const saved: Template[] = [];
    try {
      for (const { template, base } of parsed) {
        const stored = await tx.store.get(template.id);
        const previous = stored ? migrateTemplate(stored) : undefined;
        if (base === null && stored) {
          throw new TemplateConflictError(`Conflict: a template with id ${template.id} already exists`);
        }
        if (base !== null && !stored) {
          throw new TemplateConflictError(`Conflict: template ${template.id} was deleted elsewhere`);
        }
        if (base !== null && stored && editedAt(stored) !== base) {
          throw new TemplateConflictError(
            `Conflict: template ${template.id} was changed elsewhere (in another tab?); reload it and edit again`,
          );
        }
        const prev = previous?.ok ? previous.template : undefined;
        const next: Template = {
          ...template,
          usageCount: prev?.usageCount ?? template.usageCount,
          lastUsedAt: prev?.lastUsedAt ?? template.lastUsedAt,
          updatedAt: Math.max(this.clock(), (stored ? editedAt(stored) : 0) + 1),
        };
        await tx.store.put(next);
        saved.push(next);
      }
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw error;
    }
    await tx.done;
    return saved;
  }
}

/** When a stored record was last edited: 0 for a version-1 record without `updatedAt` (as `migrateTemplate` reads it). */
function editedAt(record: { updatedAt?: unknown }): number {
  return typeof record.updatedAt === 'number' ? record.updatedAt : 0;
}

/** True for an error (or a message relayed from the background) that means "reload and retry". */
export function isConflict(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof TemplateConflictError || message.startsWith('Conflict:');
}
