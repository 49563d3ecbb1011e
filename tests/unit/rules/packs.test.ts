/**
 * Lints the bundled rule packs themselves: schema, id uniqueness, term form, patterns, translations,
 * exceptions. A pack that fails here would misbehave silently in the engine.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { isSoundTerm, soundKey } from '@/lib/detect/sound';
import { PLATFORM_IDS } from '@/lib/platforms';
import { bundledPacks, bundledPacksFor } from '@/lib/rules/bundled';
import { PackSchema } from '@/lib/rules/pack-schema';
import aliexpress from '@/rules/aliexpress.json';
import amazon from '@/rules/amazon.json';
import common from '@/rules/common.json';
import dhgate from '@/rules/dhgate.json';
import ebay from '@/rules/ebay.json';
import lazada from '@/rules/lazada.json';
import pinduoduo from '@/rules/pinduoduo.json';
import shopee from '@/rules/shopee.json';
import tiktok from '@/rules/tiktok.json';
import walmart from '@/rules/walmart.json';

const RAW = { common, pinduoduo, shopee, aliexpress, walmart, dhgate, amazon, lazada, tiktok, ebay };
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Why a term is not in the form the engine's normaliser produces, or undefined when it is. */
function formProblem(term: string): string | undefined {
  if (term.trim() !== term || term.length === 0) return 'empty or padded';
  if (/\s{2,}/.test(term)) return 'double space';
  if (term !== term.toLowerCase()) return 'not lower-case';
  if (/[\uff01-\uff5e\u3000]/.test(term)) return 'full-width';
  if (/[\u200b-\u200f\u2060\ufeff]/.test(term)) return 'zero-width';
  if (toSimplified(term) !== term) return `traditional (${toSimplified(term)})`;
  return undefined;
}

describe('formProblem', () => {
  it('accepts normalised terms and rejects the others', () => {
    expect(formProblem('微信')).toBeUndefined();
    expect(formProblem('western union')).toBeUndefined();
    expect(formProblem('淘寶')).toMatch(/traditional/);
    expect(formProblem('WeChat')).toBe('not lower-case');
    expect(formProblem('ｖｘ')).toBe('full-width');
    expect(formProblem('微\u200b信')).toBe('zero-width');
    expect(formProblem(' 微信')).toBe('empty or padded');
  });
});

describe('bundled packs', () => {
  const packs = Object.entries(RAW).map(([file, raw]) => ({ file, pack: PackSchema.parse(raw) }));

  it('every pack parses and is named after its file', () => {
    for (const { file, pack } of packs) {
      expect(pack.id).toBe(file);
      expect(pack.platform).toBe(file);
    }
    expect(Object.keys(bundledPacks()).sort()).toEqual(Object.keys(RAW).sort());
  });

  it('every pack has rules, and rule ids start with the pack id', () => {
    for (const { pack } of packs) {
      expect(pack.rules.length, pack.id).toBeGreaterThan(0);
      for (const rule of pack.rules) expect(rule.id.startsWith(`${pack.id}.`), rule.id).toBe(true);
    }
  });

  it('a pack raises or lowers only rules of the packs loaded before it', () => {
    for (const platform of PLATFORM_IDS) {
      const set = bundledPacksFor(platform);
      set.forEach((pack, i) => {
        const before = set.slice(0, i).flatMap((p) => p.rules.map((rule) => rule.id));
        for (const id of Object.keys({ ...pack.severities, ...pack.overrides }))
          expect(before, `${pack.id}: ${id}`).toContain(id);
      });
    }
  });

  it('rule ids are unique across the packs that load together', () => {
    for (const platform of PLATFORM_IDS) {
      const ids = bundledPacksFor(platform).flatMap((pack) => pack.rules.map((rule) => rule.id));
      expect(new Set(ids).size, platform).toBe(ids.length);
    }
  });

  it('every rule matches something: terms, patterns or a detector', () => {
    for (const { pack } of packs) {
      for (const rule of pack.rules) {
        const sources =
          (rule.terms?.length ?? 0) +
          (rule.patterns?.length ?? 0) +
          (rule.near?.length ?? 0) +
          (rule.detector ? 1 : 0);
        expect(sources, rule.id).toBeGreaterThan(0);
      }
    }
  });

  it('terms, exceptions and allow words are already normalised and not duplicated', () => {
    const problems: string[] = [];
    for (const { pack } of packs) {
      for (const word of pack.allow ?? []) {
        const p = formProblem(word);
        if (p) problems.push(`${pack.id} allow "${word}": ${p}`);
      }
      for (const rule of pack.rules) {
        const near = (rule.near ?? []).flatMap((f) =>
          [...f.a, ...f.b, ...(f.unless ?? [])].map((w) => w.replace(/\*$/, '')),
        );
        const words = [...(rule.terms ?? []), ...(rule.exceptions ?? []), ...near];
        for (const word of words) {
          const p = formProblem(word);
          if (p) problems.push(`${rule.id} "${word}": ${p}`);
        }
        const terms = rule.terms ?? [];
        if (new Set(terms).size !== terms.length) problems.push(`${rule.id}: duplicate terms`);
        for (const term of terms) {
          if (rule.exceptions?.includes(term)) problems.push(`${rule.id} "${term}" is also an exception`);
          if (pack.allow?.includes(term)) problems.push(`${rule.id} "${term}" is also allowed`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every exception contains one of its rule terms (or its sound) or a match of its patterns', () => {
    const problems: string[] = [];
    for (const { pack } of packs) {
      for (const rule of pack.rules) {
        const patterns = (rule.patterns ?? []).map((source) => RE2JS.compile(source, RE2JS.CASE_INSENSITIVE));
        for (const exception of rule.exceptions ?? []) {
          const nearWords = (rule.near ?? []).flatMap((f) =>
            [...f.a, ...f.b].map((w) => w.replace(/\*$/, '')),
          );
          // Stems (debil*) and stem exceptions (debilit*) compare without their `*`.
          const plain = exception.replace(/\*$/, '');
          const terms = (rule.terms ?? []).map((t) => t.replace(/\*$/, ''));
          const hasTerm = [...terms, ...nearWords].some((term) => plain.includes(term));
          // A rule's sound terms (its terms too with termsBySound) match what sounds like them: 天下午第, 天下无敌.
          const sounds = [...(rule.sounds ?? []), ...(rule.termsBySound ? terms : [])].filter(isSoundTerm);
          const hasSound =
            isSoundTerm(plain) && sounds.some((term) => soundKey(plain).includes(soundKey(term)));
          if (!hasTerm && !hasSound && !patterns.some((re) => re.matcher(plain).find()))
            problems.push(`${rule.id}: ${exception}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every pattern compiles with re2js and matches no empty string', () => {
    for (const { pack } of packs) {
      for (const rule of pack.rules) {
        const nearPatterns = (rule.near ?? []).flatMap((f) => [
          ...(f.aPatterns ?? []),
          ...(f.bPatterns ?? []),
        ]);
        for (const source of [...(rule.patterns ?? []), ...nearPatterns]) {
          const re = RE2JS.compile(source);
          expect(re.matcher('').find(), `${rule.id}: ${source}`).toBe(false);
        }
      }
    }
  });

  it('every rule speaks all three languages, in the right script', () => {
    for (const { pack } of packs) {
      for (const rule of pack.rules) {
        for (const text of [rule.message, rule.suggestion].filter((t) => t !== undefined)) {
          expect(text.en.trim().length, rule.id).toBeGreaterThan(0);
          expect(text.zh_CN, rule.id).toMatch(/[\u4e00-\u9fff]/);
          expect(text.zh_TW, rule.id).toMatch(/[\u4e00-\u9fff]/);
          expect(toSimplified(text.zh_CN), `${rule.id} zh_CN is simplified`).toBe(text.zh_CN);
        }
      }
    }
  });

  it('a replace fix carries its replacement', () => {
    for (const { pack } of packs) {
      for (const rule of pack.rules) {
        if (rule.fix === 'replace') expect(typeof rule.replacement, rule.id).toBe('string');
      }
    }
  });

  it('each seed platform pack covers the categories its policy is known for', () => {
    // A pack's own rules, and common rules it raises to block (pinduoduo: common.ad.absolute; shopee:
    // common.order.cancel).
    const covered = (id: keyof typeof RAW) => {
      const pack = PackSchema.parse(RAW[id]);
      const raised = common.rules.filter(
        (rule) => pack.severities?.[rule.id] === 'block' || pack.overrides?.[rule.id]?.severity === 'block',
      );
      return new Set([...pack.rules, ...raised].map((rule) => rule.category));
    };
    const required: Record<string, string[]> = {
      pinduoduo: ['platform.competitor', 'offplatform.payment', 'ad.absolute', 'term.discouraged', 'abuse'],
      shopee: ['order.cancel', 'platform.competitor', 'offplatform.payment'],
      walmart: ['language.required', 'marketing', 'platform.competitor', 'review.manipulation'],
      aliexpress: ['platform.competitor', 'offplatform.payment', 'review.manipulation'],
      dhgate: ['platform.competitor', 'offplatform.payment'],
      amazon: ['platform.competitor', 'marketing', 'review.manipulation'],
    };
    for (const [id, categories] of Object.entries(required)) {
      expect([...covered(id as keyof typeof RAW)], id).toEqual(expect.arrayContaining(categories));
    }
  });

  it('the common pack switches on every contact detector', () => {
    const detectors = common.rules.flatMap((rule) => ('detector' in rule ? [rule.detector] : []));
    expect(detectors).toEqual(expect.arrayContaining(['phone', 'email', 'url', 'im']));
  });
});
