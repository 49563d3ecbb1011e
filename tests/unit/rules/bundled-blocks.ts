import { createLinter } from '@/lib/detect/lint';
import type { PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';

const linters = new Map<PlatformId, ReturnType<typeof createLinter>>();

/** The categories of the block findings the bundled packs of `platform` give `text` (one linter per platform). */
export function blocks(platform: PlatformId, text: string): string[] {
  const linter = linters.get(platform) ?? createLinter(bundledPacksFor(platform));
  linters.set(platform, linter);
  return [
    ...new Set(
      linter
        .lint(text)
        .filter((f) => f.severity === 'block')
        .map((f) => f.category),
    ),
  ];
}
