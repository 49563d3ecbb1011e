import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { createLinter, prefilter } from '@/lib/detect/lint';
import { normalise } from '@/lib/detect/normalise';
import { basePattern } from '@/lib/detect/pattern-base';
import { maxMatchLength, prefilterAtoms } from '@/lib/detect/prefilter';
import { bundledPacks } from '@/lib/rules/bundled';
import { seeded } from '@/tests/support/seeded';
import { pack } from './helpers';

const RULES = join(process.cwd(), 'rules');
const bundledPatterns = readdirSync(RULES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) =>
    (JSON.parse(readFileSync(join(RULES, f), 'utf8')).rules as { patterns?: string[] }[]).flatMap(
      (r) => r.patterns ?? [],
    ),
  );
const corpus = readFileSync(join(process.cwd(), 'tests/fixtures/corpus/replies.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

// Each case lints the corpus or many long replies twice, with every bundled pattern: seconds of work that
// a loaded 2-core machine can stretch well past the default timeout. Not a speed target.
const HEAVY = { timeout: 180_000 };

describe('pattern prefilter atoms', () => {
  it('finds necessary literals', () => {
    expect(prefilterAtoms('爱(?:买|退)不(?:买|退)')).toEqual([
      ['爱买不买', '爱买不退', '爱退不买', '爱退不退'],
    ]);
    expect(prefilterAtoms('bintang\\s*5.{0,30}(?:voucher|bonus)')).toEqual([
      ['bintang'],
      ['5'],
      ['voucher', 'bonus'],
    ]);
    expect(prefilterAtoms('(?:5|five)\\W{0,3}stars?')).toEqual([
      ['5', 'five'],
      ['star', 'stars'],
    ]);
    expect(prefilterAtoms('\\d+\\s?%\\s?off')).toEqual([['%'], ['off']]);
    expect(prefilterAtoms('(?:Cancel|Refund) now')).toEqual([['cancel now', 'refund now']]);
    expect(prefilterAtoms('ab\\s+cd|ef')).toEqual([['ab', 'ef']]);
  });

  it('gives up (always run) when a match needs no literal or the syntax is not modelled', () => {
    expect(prefilterAtoms('\\d{7,}')).toBeUndefined();
    expect(prefilterAtoms('a*b?')).toBeUndefined();
    expect(prefilterAtoms('x|\\w+')).toBeUndefined();
    expect(prefilterAtoms('(?i)abc')).toBeUndefined();
    expect(prefilterAtoms('\\x41bc')).toBeUndefined();
  });

  it(
    'is a necessary condition: every bundled pattern match on the corpus contains one of its atoms',
    HEAVY,
    () => {
      let checked = 0;
      const bases = corpus.map((text) => normalise(text).base.s);
      for (const written of bundledPatterns) {
        // As the engine compiles it: letters folded as the base view writes them.
        const source = basePattern(written);
        const atoms = prefilterAtoms(source);
        if (!atoms) continue;
        const capitals = /[A-Z]/.test(source.replace(/\\./g, ''));
        const re = RE2JS.compile(source, capitals ? RE2JS.CASE_INSENSITIVE : 0);
        for (const base of bases) {
          const m = re.matcher(base);
          let from = 0;
          while (from <= base.length && m.find(from)) {
            const match = base.slice(m.start(), m.end());
            for (const any of atoms) expect(any.some((a) => match.includes(a))).toBe(true);
            checked++;
            from = m.end() > m.start() ? m.end() : m.end() + 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(10);
    },
  );

  it('the linter still reports pattern findings, with and without a prefilter', () => {
    const linter = createLinter([
      pack([
        { id: 'p.atoms', patterns: ['爱(?:买|退)不(?:买|退)'] },
        { id: 'p.any', patterns: ['\\b\\d{3}-\\d{3}\\b'] },
        { id: 'p.caps', patterns: ['Five\\s+Stars'] },
      ]),
    ]);
    const text = '爱买不买 123-456 give FIVE  stars';
    const found = linter.lint(text).map((f) => [f.ruleId, f.match]);
    expect(found).toEqual([
      ['p.atoms', '爱买不买'],
      ['p.any', '123-456'],
      ['p.caps', 'FIVE  stars'],
    ]);
    expect(linter.lint('nothing here').length).toBe(0);
  });
});

describe('match length bounds', () => {
  it('bound fixed lengths, blank runs and repeats; give up on open repeats and anchors', () => {
    expect(maxMatchLength('(?:打|转)(?:款|钱)?到我')).toEqual({ fixed: 4, ws: 0, word: 0 });
    expect(maxMatchLength('pay\\s+me')).toEqual({ fixed: 5, ws: 1, word: 0 });
    expect(maxMatchLength('好评.{0,20}返现')).toEqual({ fixed: 44, ws: 0, word: 0 });
    expect(maxMatchLength('\\bfive\\b')).toEqual({ fixed: 4, ws: 0, word: 0 });
    // \w+ and classes of word units match one word run at most; anything else repeated is unbounded.
    expect(maxMatchLength('a\\w+')).toEqual({ fixed: 1, ws: 0, word: 1 });
    expect(maxMatchLength('cambi\\w*\\s+(?:il|la)\\s+[a-z0-9_]+')).toEqual({ fixed: 7, ws: 2, word: 2 });
    expect(maxMatchLength('a[^x]+').fixed).toBe(Number.POSITIVE_INFINITY);
    expect(maxMatchLength('a[a-z-]+').fixed).toBe(Number.POSITIVE_INFINITY);
    expect(maxMatchLength('^cancel').fixed).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('pattern prefilter in the linter', () => {
  // One linter over every bundled pack: each pattern of each platform, linted once per text.
  const linters = [createLinter(Object.values(bundledPacks()))];
  const atoms = [...new Set(bundledPatterns.flatMap((p) => (prefilterAtoms(p) ?? []).flat()))].filter(
    (a) => a.length > 0,
  );

  function same(text: string): void {
    for (const linter of linters) {
      const on = JSON.stringify(linter.lint(text));
      prefilter.on = false;
      try {
        expect(JSON.stringify(linter.lint(text)), text).toBe(on);
      } finally {
        prefilter.on = true;
      }
    }
  }

  it('never changes what the bundled patterns find, on the corpus', HEAVY, () => {
    for (const text of corpus) same(text);
  });

  it('never changes what they find on atoms glued to letters, digits and separators', HEAVY, () => {
    const random = seeded(5);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const glue = ['', ' ', '  ', 'x', '_', '9', '.', '，', '\n', 'a ', ' the ', ' 5 ', ' to '];
    for (let i = 0; i < 400; i++) {
      let text = '';
      const n = 2 + Math.floor(random() * 7);
      for (let j = 0; j < n; j++) text += pick(glue) + pick(atoms);
      same(text + pick(glue));
    }
  });

  it('never changes what they find in long replies, where bounded patterns run on windows', HEAVY, () => {
    const random = seeded(6);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const filler = [
      '好的亲，',
      'thanks for waiting ',
      '我们这边会尽快处理。',
      'the parcel is on its way. ',
      '\n',
      '  ',
    ];
    for (let i = 0; i < 150; i++) {
      let text = '';
      const n = 80 + Math.floor(random() * 120);
      for (let j = 0; j < n; j++) {
        const roll = random();
        // Atoms alone, or two of them apart by a long run of blanks (\s+ in a pattern spans it).
        if (roll < 0.04) text += `${pick(atoms)} `;
        else if (roll < 0.35)
          text += `${pick(atoms)}${' '.repeat(1 + Math.floor(random() * 30))}${pick(atoms)} `;
        else text += pick(filler);
      }
      same(text);
    }
  });
});
