import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import type { PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';

const linters = new Map<PlatformId, ReturnType<typeof createLinter>>();

function linterFor(platform: PlatformId) {
  const linter = linters.get(platform) ?? createLinter(bundledPacksFor(platform));
  linters.set(platform, linter);
  return linter;
}

/** The categories of the block findings the bundled packs of `platform` give `text` (one linter per platform). */
export function blocks(platform: PlatformId, text: string): string[] {
  return [
    ...new Set(
      linterFor(platform)
        .lint(text)
        .filter((f) => f.severity === 'block')
        .map((f) => f.category),
    ),
  ];
}

/** The categories of every finding (any severity) the bundled packs of `platform` give `text`. */
export function categories(platform: PlatformId, text: string): string[] {
  return [
    ...new Set(
      linterFor(platform)
        .lint(text)
        .map((f) => f.category),
    ),
  ];
}

/** Each `fires` reply blocks with its category; each `silent` one gives no payment or review block. */
export function familyCases(
  title: string,
  fires: [PlatformId, string, string][],
  silent: [PlatformId, string][],
): void {
  describe(title, () => {
    it.each(fires)('%s: %s', (platform, text, category) => {
      expect(blocks(platform, text)).toContain(category);
    });
    it.each(silent)('%s stays silent: %s', (platform, text) => {
      expect(
        blocks(platform, text).filter((c) => c === 'offplatform.payment' || c === 'review.manipulation'),
      ).toEqual([]);
    });
  });
}
