import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintTextRunner, parseLintTextArgs, parseTermsFile, UsageError } from '@/lib/cli/lint-text';

const root = join(import.meta.dirname, '../../..');

function run(args: string[], input: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lint-text.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FINDING_KEYS = ['ruleId', 'category', 'severity', 'start', 'end', 'match', 'message', 'suggestion'];

describe('lint-text arguments', () => {
  it('parses flags', () => {
    expect(parseLintTextArgs(['--platform', 'shopee'])).toEqual({ platform: 'shopee' });
    expect(parseLintTextArgs(['--platform=walmart', '--terms', 'x.txt'])).toEqual({
      platform: 'walmart',
      termsFile: 'x.txt',
    });
  });

  it.each([[[]], [['--platform']], [['--platform', 'mars']], [['--platform', 'shopee', '--what']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseLintTextArgs(argv)).toThrow(UsageError);
    },
  );

  it('reads a terms file', () => {
    expect(parseTermsFile('秘密\r\n\n  团购 \n')).toEqual(['秘密', '团购']);
  });
});

describe('LintTextRunner', () => {
  const runner = new LintTextRunner('generic', { terms: ['秘密暗号'] });

  it('prints only contract keys, with offsets that slice to the match', () => {
    const text = '😀 这是秘密暗号';
    const out = JSON.parse(runner.line(JSON.stringify({ id: 'x', text })));
    expect(Object.keys(out)).toEqual(['id', 'findings']);
    const custom = out.findings.find((f: { ruleId: string }) => f.ruleId === 'custom');
    expect(custom).toMatchObject({ category: 'custom', severity: 'warn', match: '秘密暗号' });
    for (const f of out.findings) {
      for (const key of Object.keys(f)) expect(FINDING_KEYS).toContain(key);
      expect(text.slice(f.start, f.end)).toBe(f.match);
    }
  });

  it('reports malformed lines with the id when it can', () => {
    expect(JSON.parse(runner.line('{nope'))).toEqual({ id: null, error: 'malformed JSON' });
    expect(JSON.parse(runner.line('{"id":"q","text":5}'))).toMatchObject({ id: 'q' });
    expect(JSON.parse(runner.line('{"id":"q","text":5}')).error).toMatch(/text/);
    expect(JSON.parse(runner.line('{"id":"p","text":"x","platform":"mars"}')).error).toMatch(/platform/);
  });
});

// Spawning node with tsx takes a second or two on a busy machine.
describe('lint-text command', { timeout: 60_000 }, () => {
  it('prints one line per input line, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-text-'));
    const terms = join(dir, 'terms.txt');
    writeFileSync(terms, '秘密暗号\n');
    const input = [
      JSON.stringify({ id: 'a', text: '你好，秘密暗号' }),
      'garbage',
      '',
      JSON.stringify({ id: 'b', text: 'hello', platform: 'shopee' }),
    ].join('\n');
    const { code, stdout } = run(['--platform', 'generic', '--terms', terms], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe('a');
    expect(lines[0].findings.some((f: { match: string }) => f.match === '秘密暗号')).toBe(true);
    expect(lines[1]).toEqual({ id: null, error: 'malformed JSON' });
    expect(lines[2].id).toBeNull();
    expect(lines[3]).toMatchObject({ id: 'b' });
  });

  it('exits 2 with a message on bad arguments', () => {
    const unknown = run(['--platform', 'mars'], '');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown platform/);
    expect(run([], '').code).toBe(2);
    expect(run(['--platform', 'generic', '--terms', '/nonexistent/terms.txt'], '').code).toBe(2);
  });
});
