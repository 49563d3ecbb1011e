import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncSource } from '@/lib/rules/sync/sync-source';
import { clock, FakeServer, MemoryStore, teamPack } from './helpers';

const SCRIPT = join(process.cwd(), 'scripts/rules.ts');

/** Runs the CLI from the project (where tsx resolves); every path it touches is inside the temp dir. */
function rules(_dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run rules (spawned in a temp dir)', { timeout: 120_000 }, () => {
  let dir: string;
  let src: string;
  let out: string;
  let publicKey: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rg-rules-'));
    src = join(dir, 'src');
    out = join(dir, 'out');
    mkdirSync(src);
    mkdirSync(out);
    writeFileSync(join(src, 'team.json'), JSON.stringify(teamPack('0.0.1', ['brandx'])));
    writeFileSync(join(src, 'team-b.json'), JSON.stringify(teamPack('0.0.1', ['brandy'], 'team-b')));
  });

  it('keygen writes a key pair and refuses to overwrite it', () => {
    const first = rules(dir, 'keygen', '--out', dir);
    expect(first.code).toBe(0);
    publicKey = readFileSync(join(dir, 'replyguard-rules.public.txt'), 'utf8').trim();
    expect(first.stdout).toContain(publicKey);
    expect(JSON.parse(readFileSync(join(dir, 'replyguard-rules.private.jwk'), 'utf8'))).toMatchObject({
      kty: 'EC',
      crv: 'P-256',
    });
    const again = rules(dir, 'keygen', '--out', dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/--force/);
  });

  it('build stamps versions and writes packs plus an index; sign and verify round-trip', async () => {
    const built = rules(dir, 'build', '--src', src, '--out', out, '--version', '1.2.0', '--sequence', '42');
    expect(built.code, built.stderr).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.sequence).toBe(42);
    expect(index.packs.map((p: { id: string; version: string }) => `${p.id}@${p.version}`).sort()).toEqual([
      'team-b@1.2.0',
      'team@1.2.0',
    ]);
    const key = join(dir, 'replyguard-rules.private.jwk');
    expect(rules(dir, 'sign', '--key', key, join(out, 'index.json'), join(out, 'team.json')).code).toBe(0);
    const ok = rules(
      dir,
      'verify',
      '--public-key',
      publicKey,
      join(out, 'index.json'),
      join(out, 'team.json'),
    );
    expect(ok.code, ok.stderr).toBe(0);

    // What the CLI produced syncs in the extension, from an index URL.
    const server = new FakeServer();
    for (const name of ['index.json', 'index.json.sig', 'team.json', 'team-b.json']) {
      server.routes.set(`https://packs.example.com/t/${name}`, {
        body: readFileSync(join(out, name), 'utf8'),
      });
    }
    const store = new MemoryStore();
    const time = clock();
    const result = await syncSource(
      { id: 's', url: 'https://packs.example.com/t/index.json', publicKey, enabled: true, managed: false },
      { fetch: server.fetch, now: time.now, random: () => 0.5, store },
    );
    expect(result.outcome).toBe('updated');
    expect([...store.accepted.values()].map((p) => p.id).sort()).toEqual(['team', 'team-b']);
  });

  it('verify fails on a tampered pack, a tampered index target, and a wrong key', () => {
    const team = join(out, 'team.json');
    const original = readFileSync(team, 'utf8');
    writeFileSync(team, original.replace('brandx', 'brandz'));
    const tampered = rules(dir, 'verify', '--public-key', publicKey, team);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/signature does not match/);
    const viaIndex = rules(dir, 'verify', '--public-key', publicKey, join(out, 'index.json'));
    expect(viaIndex.code).toBe(1);
    expect(viaIndex.stderr).toMatch(/SHA-256/);
    writeFileSync(team, original);
    const otherDir = mkdtempSync(join(tmpdir(), 'rg-rules-other-'));
    rules(otherDir, 'keygen', '--out', otherDir);
    const wrong = rules(
      dir,
      'verify',
      '--public-key-file',
      join(otherDir, 'replyguard-rules.public.txt'),
      team,
    );
    expect(wrong.code).toBe(1);
  });

  it('lint passes the bundled packs and fails a broken one with a clear message', () => {
    expect(rules(dir, 'lint', join(process.cwd(), 'rules')).code).toBe(0);
    const bad = join(dir, 'bad.json');
    const pack = teamPack('1.0.0');
    (pack.rules[0] as { patterns?: string[] }).patterns = ['(?<=x)y'];
    writeFileSync(bad, JSON.stringify(pack));
    const compile = rules(dir, 'lint', bad);
    expect(compile.code).toBe(1);
    expect(compile.stderr).toMatch(/does not compile/);
    writeFileSync(bad, JSON.stringify({ ...pack, version: '1.0' }));
    const schema = rules(dir, 'lint', bad);
    expect(schema.code).toBe(1);
    expect(schema.stderr).toMatch(/version/);
    // build refuses the broken source too
    const built = rules(dir, 'build', '--src', dir, '--out', out);
    expect(built.code).toBe(1);
  });

  it('exits 2 on usage errors', () => {
    expect(rules(dir).code).toBe(2);
    expect(rules(dir, 'frobnicate').code).toBe(2);
    expect(rules(dir, 'build').stderr).toMatch(/--out/);
    expect(rules(dir, 'build', '--out', out, '--version', 'v1').code).toBe(2);
    expect(rules(dir, 'sign', join(out, 'team.json')).code).toBe(2);
    expect(rules(dir, 'verify', join(out, 'team.json')).code).toBe(2);
    expect(rules(dir, 'lint', '--nope', 'x').code).toBe(2);
    expect(rules(dir, 'lint', join(dir, 'missing.json')).code).toBe(2);
  });
});
