/**
 * Names misspelled the way people misspell them: letters repeated (Zaloo, Telegrammm, Lazadda) and, for
 * names of six letters or more, one letter off (Amazom, AliXpress, Instagarm, Whatsaap). A word is compared
 * with the names after runs of a repeated letter are collapsed in both; it must keep the name's first
 * letter, and ordinary words that land near a name (NAME_CLASHES: telegrams, revolt, shoppe) never count.
 * Pure: strings in, a name or undefined out.
 */
import { NAME_CLASHES } from './data/name-clashes';

/** Runs of one letter written once (whatsapp → whatsap, zaloo → zalo). */
export function collapse(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/** Whether a and b differ by at most one substitution, insertion, deletion or swap of neighbours. */
export function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  if (a.length === b.length) return rest(1, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2));
  return a.length > b.length ? rest(1, 0) : rest(0, 1);
}

/** Names shorter than this (after collapsing) are matched by collapsing alone: one edit says too little. */
const EDIT_FROM = 6;

interface Name {
  name: string;
  key: string;
}

/** A set of names to find misspelled words of. */
export class NearNames {
  private readonly byFirst = new Map<string, Name[]>();

  constructor(
    names: Iterable<string>,
    private readonly clashes: ReadonlySet<string> = NAME_CLASHES,
  ) {
    for (const raw of names) {
      const name = raw.toLowerCase();
      if (!/^[a-z]{4,}$/.test(name)) continue;
      const key = collapse(name);
      const list = this.byFirst.get(key[0]!) ?? [];
      if (!list.some((n) => n.name === name)) list.push({ name, key });
      this.byFirst.set(key[0]!, list);
    }
  }

  /**
   * The one name `word` spells with letters masked by `*` (T*mu, Sh*in, Am**on), else undefined: the same
   * length, the first letter and at least three letters kept, at most half of them masked.
   */
  masked(word: string): string | undefined {
    const lower = word.toLowerCase();
    const stars = lower.length - lower.replaceAll('*', '').length;
    if (lower.length - stars < 3 || stars * 2 > lower.length || lower[0] === '*') return undefined;
    let found: string | undefined;
    for (const n of this.byFirst.get(lower[0]!) ?? []) {
      if (n.name.length !== lower.length) continue;
      if (![...lower].every((c, i) => c === '*' || c === n.name[i])) continue;
      if (found !== undefined) return undefined;
      found = n.name;
    }
    return found;
  }

  /**
   * The one name `word` (a whole Latin word) spells, exactly or misspelled, else undefined: unknown, an
   * ordinary word near a name, or near two names at once.
   */
  find(word: string): string | undefined {
    // Cheap tests first: most words start with no name's letter.
    if (word.length < 4) return undefined;
    const list = this.byFirst.get(String.fromCharCode(word.charCodeAt(0) | 0x20));
    if (!list) return undefined;
    const lower = word.toLowerCase();
    if (this.clashes.has(lower) || !/^[a-z]+$/.test(lower)) return undefined;
    const key = collapse(lower);
    // A name spelled with letters repeated wins over names one edit away.
    const exact = list.find((n) => n.key === key);
    if (exact) return exact.name;
    let found: string | undefined;
    for (const n of list) {
      if (n.key.length < EDIT_FROM || !oneEdit(key, n.key)) continue;
      if (found !== undefined && found !== n.name) return undefined;
      found = n.name;
    }
    return found;
  }
}
