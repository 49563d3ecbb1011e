/**
 * A platform's fee named beside its name (the eBay fees, taxa do app, caj platform, frais de plateforme,
 * 平台手续费): saving that fee is the reason to pay outside, so the platform's name there says nothing about
 * who handles the money. Near families' `unless` words (near.ts) skip such a name. Pure.
 */
const FEE =
  /\b(?:fees?|charges?|commissions?|caj|yuran|komisi|biaya|potongan|taxas?|tarifas?|comiss[aã]o|comisi[oó]n|frais|geb[uü]hr\w{0,2}|provision|commissione|prowizj\w|ph[ií]|комисси\w{0,2})\b|手续费|佣金|扣点|抽成|ค่าธรรมเนียม|ค่าคอม|عمولة|رسوم/i;

/** How far (UTF-16 units) on either side of a name a fee word is looked for. */
const REACH = 16;

/** Whether the fee of the platform named at [start, end) of `text` is named beside it. */
export function feeBeside(text: string, start: number, end: number): boolean {
  return FEE.test(text.slice(Math.max(0, start - REACH), end + REACH));
}
