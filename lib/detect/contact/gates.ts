/**
 * Cheap pre-checks of the e-mail and link detectors: each looks for the rare literals its detector's
 * regexes cannot match without, so on most replies those regexes never run (and the base string is never
 * built). Gate words ride in a linter's term automaton (GATE_WORDS → Normalised.literals); separators
 * (@ . : /) are found with the typed array's own indexOf. A gate may say yes when the detector finds
 * nothing, never no when it would find something (tests/unit/detect/gates.test.ts runs the detectors with
 * and without their gates).
 */
import { CLOSING, isWs, OPENING } from '@/lib/detect/blanks';
import type { Normalised } from '@/lib/detect/normalise';

type GateRole = 'at' | 'mailbox' | 'dot' | 'dian';

/** Words the gates need (their role's bit of Normalised.literals); `setOff`: only between blanks or brackets. */
export const GATE_WORDS: readonly { text: string; role: GateRole; setOff?: boolean }[] = [
  { text: '艾特', role: 'at' },
  { text: '圈a', role: 'at' },
  { text: '小老鼠', role: 'at' },
  { text: 'at', role: 'at', setOff: true },
  { text: 'mail', role: 'mailbox' },
  { text: '邮箱', role: 'mailbox' },
  { text: 'yahoo', role: 'mailbox' },
  { text: 'outlook', role: 'mailbox' },
  { text: 'icloud', role: 'mailbox' },
  { text: 'dot', role: 'dot', setOff: true },
  { text: '点', role: 'dian' },
  { text: 'arroba', role: 'at' },
  { text: 'punto', role: 'dot', setOff: true },
  { text: 'ponto', role: 'dot', setOff: true },
  { text: 'titik', role: 'dot', setOff: true },
  { text: 'chấm', role: 'dot', setOff: true },
  { text: 'chez', role: 'at', setOff: true },
  { text: 'arobase', role: 'at' },
  { text: 'point', role: 'dot', setOff: true },
  { text: 'punkt', role: 'dot', setOff: true },
  { text: 'punt', role: 'dot', setOff: true },
  { text: 'et', role: 'at', setOff: true },
  { text: 'собака', role: 'at', setOff: true },
  { text: '在', role: 'at' },
  { text: 'точка', role: 'dot', setOff: true },
  { text: 'd0t', role: 'dot', setOff: true },
  { text: 'dawt', role: 'dot', setOff: true },
  { text: 'dott', role: 'dot', setOff: true },
  { text: 'małpa', role: 'at', setOff: true },
  { text: 'kropka', role: 'dot', setOff: true },
  { text: 'nokta', role: 'dot', setOff: true },
  { text: 'ät', role: 'at', setOff: true },
  { text: 'chiocciola', role: 'at', setOff: true },
  { text: 'a còng', role: 'at', setOff: true },
  { text: 'apenstaartje', role: 'at', setOff: true },
  { text: 'apestaart', role: 'at', setOff: true },
  { text: '골뱅이', role: 'at' },
  { text: 'アットマーク', role: 'at' },
  { text: 'แอท', role: 'at' },
  { text: 'ดอท', role: 'dot' },
];

const ROLES: readonly GateRole[] = ['at', 'mailbox', 'dot', 'dian'];
const WORD_BITS = GATE_WORDS.map(({ role }) => ROLES.indexOf(role));
/** The bit of Normalised.literals gate word `i` sets: one per role (any word of a role opens its gate). */
export function gateBit(i: number): number {
  return WORD_BITS[i]!;
}

/** The bit of the gate words with `role`. */
function bitsOf(role: GateRole): number {
  return 1 << ROLES.indexOf(role);
}
const AT_WORDS = bitsOf('at');
const MAILBOX_WORDS = bitsOf('mailbox');
const DOT_WORD = bitsOf('dot');
const DIAN = bitsOf('dian');

/** Switched off only by tests, to check that the gates never change what the detectors find. */
export const gates = { on: true };

/** ASCII letter (the base view is lower case and folds full width). */
function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isAlnum(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** Whether `word` occurs in `s` with a blank or an opening bracket before and a blank or closing one after. */
function setOffIn(s: string, word: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    const before = i > 0 ? s.charCodeAt(i - 1) : -1;
    const after = i + word.length < s.length ? s.charCodeAt(i + word.length) : -1;
    if ((isWs(before) || OPENING.has(before)) && (isWs(after) || CLOSING.has(after))) return true;
  }
  return false;
}

/** The gate words in the base view: from the term scan when a linter ran one, else searched here. */
function literals(n: Normalised): number {
  if (n.literals !== undefined) return n.literals;
  const s = n.base.s;
  let bits = 0;
  GATE_WORDS.forEach(({ text, setOff }, i) => {
    if (setOff ? setOffIn(s, text) : s.includes(text)) bits |= 1 << gateBit(i);
  });
  return bits;
}

/** The first unit before `i` that is not a blank (-1 at the start). */
function prevSolid(units: Uint16Array, i: number): number {
  let k = i - 1;
  while (k >= 0 && isWs(units[k]!)) k--;
  return k >= 0 ? units[k]! : -1;
}

/** The first unit from `i` on that is not a blank (-1 at the end). */
function nextSolid(units: Uint16Array, i: number): number {
  let k = i;
  while (k < units.length && isWs(units[k]!)) k++;
  return k < units.length ? units[k]! : -1;
}

// The gates read the base view (lower case, full width folded), the text the detectors' regexes run on.

/** Whether the e-mail regexes can match: an @, 艾特, 圈a, 小老鼠, (a), or "at" set off by blanks or brackets. */
export function maybeEmail(n: Normalised): boolean {
  const units = n.base.units!;
  return (
    units.indexOf(0x40) >= 0 ||
    units.indexOf(0x23) >= 0 ||
    (literals(n) & AT_WORDS) !== 0 ||
    bracketedA(units)
  );
}

/** "(a)" or "[a]" written for the @ (ketoan (a) yahoo . com . vn). */
function bracketedA(units: Uint16Array): boolean {
  for (let i = units.indexOf(0x61, 1); i >= 0; i = units.indexOf(0x61, i + 1)) {
    if (OPENING.has(units[i - 1]!) && CLOSING.has(units[i + 1] ?? -1)) return true;
  }
  return false;
}

/** Whether the "mailbox: name" regex can match: one of its mailbox words. */
export function maybeMailbox(n: Normalised): boolean {
  return (literals(n) & MAILBOX_WORDS) !== 0;
}

/**
 * Whether linkify can find a link: "://", or a dot between a letter or digit and two letters (every fuzzy
 * link has one before its top-level domain, "www." ones included).
 */
export function maybeLink(n: Normalised): boolean {
  const units = n.base.units!;
  for (let i = units.indexOf(0x3a); i >= 0; i = units.indexOf(0x3a, i + 1)) {
    if (units[i + 1] === 0x2f && units[i + 2] === 0x2f) return true;
  }
  for (let i = units.indexOf(0x2e, 1); i >= 0; i = units.indexOf(0x2e, i + 1)) {
    if (isAlnum(units[i - 1]!) && isLetter(units[i + 1] ?? -1) && isLetter(units[i + 2] ?? -1)) return true;
  }
  return false;
}

/** Whether a spoken domain can match: " dot ", 点 or 。 between a letter or digit and a letter, or a bracketed dot. */
export function maybeSpoken(n: Normalised): boolean {
  const units = n.base.units!;
  const bits = literals(n);
  if ((bits & DOT_WORD) !== 0) return true;
  if ((bits & DIAN) !== 0) {
    for (let i = units.indexOf(0x70b9); i >= 0; i = units.indexOf(0x70b9, i + 1)) {
      const before = prevSolid(units, i);
      const after = nextSolid(units, i + 1);
      if (isAlnum(before) && isLetter(after)) return true;
      if (OPENING.has(before) && CLOSING.has(after)) return true;
    }
  }
  for (let i = units.indexOf(0x2e); i >= 0; i = units.indexOf(0x2e, i + 1)) {
    if (OPENING.has(prevSolid(units, i)) && CLOSING.has(nextSolid(units, i + 1))) return true;
  }
  // An ideographic full stop, a middle dot or Korean 쩜/닷 for the dot: szkatelighting。com, shop·com, a 쩜 kr.
  for (const dot of [0x3002, 0xb7, 0x30fb, 0xca5c, 0xb2f7]) {
    for (let i = units.indexOf(dot, 1); i >= 0; i = units.indexOf(dot, i + 1)) {
      if (isAlnum(prevSolid(units, i)) && isLetter(nextSolid(units, i + 1))) return true;
    }
  }
  return false;
}
