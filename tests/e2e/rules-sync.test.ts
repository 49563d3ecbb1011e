import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '@/tests/fixtures/server';
import { BROWSERS, type E2EBrowser, type E2EPage, launch } from './harness';
import { typeReply } from './overlay-helpers';
import { focusEditor } from './portal-editors';

/** A team's pack host: static files with CORS, as GitHub Pages or any static host serves them. */
function servePacks(server: FixtureServer, dir: string): void {
  server.routes.push((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/packs/')) return false;
    const file = normalize(join(dir, url.pathname.slice('/packs/'.length)));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
      return true;
    }
    const type = extname(file) === '.json' ? 'application/json' : 'text/plain';
    res.writeHead(200, {
      'content-type': type,
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(file));
    return true;
  });
}

const rules = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/rules.ts', ...args], { encoding: 'utf8' });

/**
 * Authors a team pack as docs/rule-packs.md tells a team lead to: a pack of the team's own id (a source
 * added in options may add packs, not replace the built-in ones) with a new term, built and signed.
 */
function author(work: string, out: string, version: string, term: string, sequence: number): void {
  const src = join(work, `src-${version}`);
  mkdirSync(src, { recursive: true });
  const pack = {
    format: 1,
    id: 'team-acme',
    platform: 'common',
    version,
    rules: [
      {
        id: `team.term-${version.replaceAll('.', '-')}`,
        category: 'custom',
        severity: 'block',
        terms: [term],
        message: { en: 'Our team does not use this word.', zh_CN: '团队禁用此词。', zh_TW: '團隊禁用此詞。' },
        policy: 'Team list',
      },
    ],
  };
  writeFileSync(join(src, 'team-acme.json'), JSON.stringify(pack, null, 2));
  mkdirSync(out, { recursive: true });
  rules('build', '--src', src, '--out', out, '--version', version, '--sequence', String(sequence));
  rules('sign', '--key', join(work, 'replyguard-rules.private.jwk'), join(out, 'index.json'));
}

function marks(page: E2EPage): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('replyguard-ui')?.shadowRoot?.querySelectorAll('[data-finding]') ?? [])].map(
      (el) => el.getAttribute('data-rule') ?? '',
    ),
  );
}

describe.each(BROWSERS)('rule-pack sync (%s)', (name) => {
  let browser: E2EBrowser;
  let server: FixtureServer;
  let work: string;
  let out: string;
  let publicKey: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'rg-packs-'));
    out = join(work, 'out');
    rules('keygen', '--out', work);
    publicKey = readFileSync(join(work, 'replyguard-rules.public.txt'), 'utf8').trim();
    author(work, out, '1.1.0', 'zzteamword', 1);
    server = await startFixtureServer();
    servePacks(server, out);
    browser = await launch(name, { server });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('marks a newly synced term in an open tab without reload, and refuses a tampered pack', async () => {
    const portal = await browser.openPortal('pinduoduo');
    await focusEditor(portal, 'pinduoduo');
    await typeReply(portal, 'zzteamword zzsecondword');
    expect(await marks(portal)).not.toContain('team.term-1-1-0');

    const options = await browser.openExtensionPage('options.html#rules');
    await options.waitFor(() => !!document.querySelector('[data-field="source-url"]'));
    const indexUrl = `http://127.0.0.1:${server.port}/packs/index.json`;
    // The agent's own typing into the form.
    await options.clickSelector('[data-field="source-url"]');
    await options.keyboard.type(indexUrl);
    await options.clickSelector('[data-field="source-key"]');
    await options.keyboard.type(publicKey);
    await options.waitFor(
      () => !document.querySelector<HTMLButtonElement>('[data-action="add-source"]')?.disabled,
    );
    await options.clickSelector('[data-action="add-source"]');
    await options.waitFor(
      () =>
        document.querySelector('[data-pack-id="team-acme"]')?.getAttribute('data-pack-version') === '1.1.0',
      undefined,
      { what: 'team-acme 1.1.0 accepted', timeout: 20_000 },
    );

    // The open tab takes the new pack and lints the reply it holds again, without the agent typing.
    await portal.bringToFront();
    await portal.waitFor(
      () =>
        [
          ...(document.querySelector('replyguard-ui')?.shadowRoot?.querySelectorAll('[data-finding]') ?? []),
        ].some((el) => el.getAttribute('data-rule') === 'team.term-1-1-0'),
      undefined,
      { what: 'the synced term marked in the reply already typed' },
    );

    // A tampered update: a newer pack set whose bytes no longer match the signature.
    author(work, out, '1.2.0', 'zzsecondword', 2);
    const index = join(out, 'index.json');
    writeFileSync(index, readFileSync(index, 'utf8').replace('"1.2.0"', '"1.2.1"'));
    await options.bringToFront();
    await options.clickSelector('[data-action="check-now"]');
    const error = await options.waitFor(
      () =>
        document.querySelector('[data-source-error], [data-pack-error], [data-rules-error]')?.textContent ??
        '',
      undefined,
      { what: 'the refusal shown in options', timeout: 20_000 },
    );
    expect(error).toMatch(/signature/i);
    expect(
      await options.evaluate(() =>
        document.querySelector('[data-pack-id="team-acme"]')?.getAttribute('data-pack-version'),
      ),
    ).toBe('1.1.0');

    // The last good pack stays in force in the tab.
    await portal.bringToFront();
    await focusEditor(portal, 'pinduoduo');
    // The lint of this very keystroke has been drawn before the marks are read.
    await typeReply(portal, ' ');
    const rulesNow = await marks(portal);
    expect(rulesNow).toContain('team.term-1-1-0');
    expect(rulesNow).not.toContain('team.term-1-2-0');
    expect(portal.errors).toEqual([]);
  });
});
