/**
 * Vanity phone numbers: North American toll-free numbers spelled with the keypad's letters
 * (1-888-ROSE-HOME, 1 800 FLOWERS). Found on the base view (lower case); the mask keeps the prefix.
 */
import type { DetectorHit } from '@/lib/detect/detector';
import type { Normalised } from '@/lib/detect/normalise';

const VANITY =
  /(?<![a-z0-9])(\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?([\s.-]?)([a-z0-9]{2,8}(?:[.-]?[a-z0-9]{2,8})?)(?![a-z0-9])/g;

/** Vanity numbers in `n`: the word part needs three letters or more (1-800-555-0199 is the phone detector's). */
export function vanityNumbers(n: Normalised): DetectorHit[] {
  const s = n.base.s;
  if (!s.includes('8')) return [];
  const hits: DetectorHit[] = [];
  for (const m of s.matchAll(VANITY)) {
    const word = m[3]!;
    const chars = word.replace(/[^a-z0-9]/g, '').length;
    if (chars < 7 || chars > 8 || (word.match(/[a-z]/g)?.length ?? 0) < 3) continue;
    // Written as a phone: 1-800…, or a dash or dot after the prefix (800-FLOWERS); "800 calories" is prose.
    if (!m[1] && !/[.-]/.test(m[2]!)) continue;
    const prefix = m[0].slice(0, m[0].length - word.length);
    hits.push({
      start: n.base.start[m.index]!,
      end: n.base.end[m.index + m[0].length - 1]!,
      replacement: `${prefix}${word.replace(/[a-z0-9]/g, '*')}`,
    });
  }
  return hits;
}
