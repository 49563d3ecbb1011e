/**
 * The engine drops combining marks (Thai vowel and tone marks, variation selectors, zero-width characters)
 * when it normalises a reply, and patterns run on that normalised text. A pattern written with such a mark
 * (ให้, รีวิว) can therefore never match: write it without them (ให, รวว). Terms are normalised at compile
 * time and are not affected.
 */
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '@/lib/rules/bundled';

const DROPPED = /[\p{Mn}\p{Me}\p{Cf}]/u;
describe('bundled pack patterns', () => {
  it('contain no character the normaliser drops', () => {
    const problems: string[] = [];
    for (const pack of Object.values(bundledPacks())) {
      for (const rule of pack.rules)
        for (const pattern of [
          ...(rule.patterns ?? []),
          ...(rule.near ?? []).flatMap((f) => [...(f.aPatterns ?? []), ...(f.bPatterns ?? [])]),
        ])
          if (DROPPED.test(pattern)) problems.push(`${rule.id}: ${pattern}`);
    }
    expect(problems).toEqual([]);
  });
});
