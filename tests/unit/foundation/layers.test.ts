// The dependency picture stays readable: one import style, the engine depends on nothing above it,
// features stand alone, and storage is touched in one place.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const files = execSync("git ls-files '*.ts' '*.tsx'", { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !f.endsWith('.config.ts'));

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);
}

describe('imports', () => {
  it('use @/ across folders and ./ within one, never ../', () => {
    const parentRelative = files.flatMap((f) =>
      importsOf(f)
        .filter((spec) => spec.startsWith('../'))
        .map((spec) => `${f}: ${spec}`),
    );
    expect(parentRelative).toEqual([]);
  });

  it('lib/detect imports only itself and libraries', () => {
    const outside = files
      .filter((f) => f.startsWith('lib/detect/'))
      .flatMap((f) =>
        importsOf(f)
          .filter((spec) => spec.startsWith('@/') && !spec.startsWith('@/lib/detect/'))
          .map((spec) => `${f}: ${spec}`),
      );
    expect(outside).toEqual([]);
  });

  it('content features import no other feature', () => {
    // index.ts (page-wide) and editing.ts (loaded on the first focus) are the lists of features.
    const lists = ['entrypoints/content/features/index.ts', 'entrypoints/content/features/editing.ts'];
    const features = files.filter((f) => f.startsWith('entrypoints/content/features/') && !lists.includes(f));
    const crossing = features.flatMap((f) =>
      importsOf(f)
        .filter((spec) => spec.startsWith('./') || spec.startsWith('@/entrypoints/'))
        .map((spec) => `${f}: ${spec}`),
    );
    expect(features.length).toBeGreaterThan(0);
    expect(crossing).toEqual([]);
  });

  it('only lib/storage/items.ts calls browser.storage', () => {
    const raw = files.filter(
      (f) =>
        !f.startsWith('tests/') &&
        f !== 'lib/storage/items.ts' &&
        /\b(browser|chrome)\.storage\b/.test(readFileSync(f, 'utf8')),
    );
    expect(raw).toEqual([]);
  });
});
