/** Pure pieces of the authoring CLI (scripts/rules.ts): checking a pack file and building a signed index. */
import type { Pack } from '@/lib/rules/pack-schema';
import { sha256Hex } from '@/lib/rules/signature';
import { type PackIndex, PackIndexSchema } from './index-schema';
import { SyncError } from './types';
import { compilePack, parseJsonBytes, validatePack } from './validate-pack';

export type PackCheck = { ok: true; pack: Pack } | { ok: false; error: string };

/** Schema and compile test, exactly as the extension runs them before activating a pack. */
export function checkPackBytes(bytes: Uint8Array, label: string): PackCheck {
  try {
    const { value } = parseJsonBytes(bytes, label);
    const pack = validatePack(value, label);
    try {
      compilePack(pack);
    } catch (error) {
      throw new SyncError('compile', `${label} does not compile: ${(error as Error).message}`);
    }
    return { ok: true, pack };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Parses a pack source and stamps a version (build step); throws with a clear message. */
export function stampVersion(value: unknown, version: string | undefined): unknown {
  if (!version || typeof value !== 'object' || value === null) return value;
  return { ...(value as Record<string, unknown>), version };
}

/** A pack file as served: pretty JSON with a final newline (the signature covers these exact bytes). */
export function packFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** An index of `files`, with its sequence (each index a source serves must have a higher one than the last). */
export async function buildIndex(
  files: { id: string; version: string; path: string; bytes: Uint8Array }[],
  sequence: number,
): Promise<PackIndex> {
  const packs = [];
  for (const file of files) {
    packs.push({ id: file.id, version: file.version, path: file.path, sha256: await sha256Hex(file.bytes) });
  }
  return PackIndexSchema.parse({ format: 1, kind: 'replyguard-pack-index', sequence, packs });
}
