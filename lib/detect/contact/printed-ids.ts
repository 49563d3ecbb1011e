/**
 * Ids printed in shapes no phone or handle takes, found in the original text: a UPU postal item number
 * (RR 1234 5678 9GB: two letters, nine digits, a country), a UPS number (1Z + 16 letters and digits), a long
 * number written in fours (InPost's 6800 1234 5678 9012 3456 78), a code in capitals with two groups of four
 * (XK-2024-1188), a Brazilian CPF (123.456.789-09) and a serial stamped with its date (WX20240612-0387). Nothing inside one is a phone number, an
 * app name or a handle. Pure.
 */
const SHAPES = [
  /(?<![\p{L}\p{N}])[a-z]{2}[ -]?(?:\d[ -]?){8}\d[ -]?[a-z]{2}(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])1z(?: ?[a-z0-9]){16}(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])\d{4}(?:[ -]\d{4}){3,}(?:[ -]\d{1,4})?(?![\p{L}\p{N}])/gu,
  // A code printed in capitals and two groups of four: WX-8839-2210, XK-2024-1188.
  /(?<![\p{L}\p{N}-])[A-Z]{1,4}-\d{4}-\d{4}(?![\p{L}\p{N}-])/gu,
  // A Brazilian CPF as printed: 123.456.789-09.
  /(?<![\p{L}\p{N}.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\p{L}\p{N}-])/gu,
  // A serial stamped with its date: WX20240612-0387, 20231105-12.
  /(?<![\p{L}\p{N}-])[A-Z]{0,4}20[0-3]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-_]\d{2,6}(?![\p{L}\p{N}-])/gu,
];

/** An app's or a phone's short name before the code (WA-9123-4567 is a WhatsApp number)… */
const APP_PREFIX = /^(?:WA|WX|VX|TG|HP|TEL|ZL|IG|FB|QQ|LINE|SDT|MOB|PH)-/;
/** …unless a code's label stands before it ("Garantiecode steht auf der Karte: WX-8839-2210"). */
const CODE_LABEL =
  /(?:code|garantie\w*|warranty|serial|model|sku|ref\w*|编号|型号|编码|序列号|保修)\W{0,3}(?:\S+\s+){0,4}$/iu;

let last: { text: string; spans: [number, number][] } = { text: '', spans: [] };

/** The [start, end) spans of printed ids in `text` (the phone detector and the contact grammar both ask). */
export function printedIds(text: string): [number, number][] {
  if (text === last.text) return last.spans;
  const spans: [number, number][] = [];
  if (/\d/.test(text))
    for (const shape of SHAPES)
      for (const m of text.matchAll(shape)) {
        if (APP_PREFIX.test(m[0]) && !CODE_LABEL.test(text.slice(Math.max(0, m.index - 48), m.index)))
          continue;
        spans.push([m.index, m.index + m[0].length]);
      }
  last = { text, spans };
  return spans;
}

/** Whether [start, end) lies inside one of `spans`. */
export function insideAny(
  spans: readonly (readonly [number, number])[],
  start: number,
  end: number,
): boolean {
  return spans.some(([a, b]) => a <= start && end <= b);
}
