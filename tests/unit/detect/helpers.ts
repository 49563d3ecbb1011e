/** Small packs built in the tests (the bundled rules are someone else's content). */
import type { Finding } from '@/lib/detect/types';
import { type Pack, PackSchema } from '@/lib/rules/pack-schema';

const msg = (en: string) => ({ en, zh_CN: `${en} (zh_CN)`, zh_TW: `${en} (zh_TW)` });

type RuleInput = Partial<Pack['rules'][number]> & { id: string };

export function rule(input: RuleInput): Pack['rules'][number] {
  return {
    category: 'custom',
    severity: 'warn',
    message: msg(`message ${input.id}`),
    policy: 'test',
    ...input,
  };
}

export function pack(rules: RuleInput[], extra: Partial<Pack> = {}): Pack {
  return PackSchema.parse({
    format: 1,
    id: 'common',
    platform: 'common',
    version: '1.0.0',
    markets: ['CN', 'US'],
    ...extra,
    rules: rules.map(rule),
  });
}

/** All detectors on, as contact rules. */
export function contactPack(extra: Partial<Pack> = {}): Pack {
  return pack(
    [
      { id: 'contact.phone', category: 'contact.phone', severity: 'block', detector: 'phone' },
      { id: 'contact.email', category: 'contact.email', severity: 'block', detector: 'email' },
      { id: 'contact.url', category: 'contact.url', severity: 'block', detector: 'url' },
      { id: 'contact.im', category: 'contact.im', severity: 'block', detector: 'im' },
    ],
    extra,
  );
}

/** The matches of the `category` findings `linter` gives a text. */
export function matchesOf(linter: { lint(text: string): Finding[] }, category: string) {
  return (text: string) =>
    linter
      .lint(text)
      .filter((f) => f.category === category)
      .map((f) => f.match);
}
