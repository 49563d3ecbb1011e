/**
 * Rule-pack authoring: npm run rules -- keygen | build | sign | verify | lint  (see docs/rule-packs.md).
 * Exit 0 on success, 1 on a failed check, 2 on a usage error.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  generateKeyPair,
  importPrivateKey,
  importPublicKey,
  keyId,
  sha256Hex,
  signBytes,
  verifyBytes,
} from '@/lib/rules/signature';
import { buildIndex, checkPackBytes, packFileText, stampVersion } from '@/lib/rules/sync/authoring';
import { looksLikeIndex, PackIndexSchema } from '@/lib/rules/sync/index-schema';
import { parseVersion } from '@/lib/rules/version';

const USAGE = `usage: npm run rules -- <command> [options]
  keygen [--out DIR] [--force]                       write a P-256 key pair (private JWK + public base64 SPKI)
  build  --out DIR [--src DIR] [--version X.Y.Z] [--sequence N]
                                                   validate rules/*.json, stamp the version, write packs + index.json
                                                   (N: the index's sequence, higher than the last; default: now in seconds)
  sign   --key PRIVATE.jwk FILE...                   write FILE.sig (base64 raw r||s ECDSA P-256/SHA-256)
  verify (--public-key KEY | --public-key-file FILE) FILE...   check FILE.sig (and an index's pack digests)
  lint   FILE|DIR...                                 schema + compile test of pack files`;

class UsageError extends Error {}

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readFile(path: string): Uint8Array {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  return new Uint8Array(readFileSync(path));
}

async function keygen(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, force: { type: 'boolean' } });
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const dir = resolve(str(values.out) ?? '.');
  const privatePath = join(dir, 'replyguard-rules.private.jwk');
  const publicPath = join(dir, 'replyguard-rules.public.txt');
  if (!values.force && (existsSync(privatePath) || existsSync(publicPath))) {
    err(`rules keygen: ${privatePath} or ${publicPath} exists; use --force to replace the key`);
    return 1;
  }
  const { privateJwk, publicSpki } = await generateKeyPair();
  writeFileSync(privatePath, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(publicPath, `${publicSpki}\n`);
  out(`private key (keep secret, never publish): ${privatePath}`);
  out(`public key (paste into ReplyGuard options): ${publicPath}`);
  out(`key id: ${await keyId(await importPublicKey(publicSpki))}`);
  out(publicSpki);
  return 0;
}

function jsonFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new UsageError(`no such file or directory: ${path}`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(path, name));
  });
}

async function build(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    src: { type: 'string' },
    version: { type: 'string' },
    sequence: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const outDir = str(values.out);
  if (!outDir) throw new UsageError('build needs --out DIR');
  // Each new index must carry a higher sequence (the extension refuses older ones): seconds since 1970 by default.
  const sequence = str(values.sequence) ?? String(Math.floor(Date.now() / 1000));
  if (!/^\d{1,15}$/.test(sequence)) throw new UsageError('--sequence must be a whole number');
  const version = str(values.version);
  if (version !== undefined && !parseVersion(version))
    throw new UsageError(`--version must be MAJOR.MINOR.PATCH`);
  const sources = jsonFiles([str(values.src) ?? 'rules']).filter((file) => basename(file) !== 'index.json');
  if (!existsSync(outDir)) throw new UsageError(`no such directory: ${outDir} (create it first)`);
  const built = [];
  let failed = false;
  for (const file of sources) {
    let value: unknown;
    try {
      value = stampVersion(JSON.parse(readFileSync(file, 'utf8')), version);
    } catch (error) {
      err(`✗ ${file}: not valid JSON: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const bytes = new TextEncoder().encode(packFileText(value));
    const check = checkPackBytes(bytes, file);
    if (!check.ok) {
      err(`✗ ${check.error}`);
      failed = true;
      continue;
    }
    built.push({ id: check.pack.id, version: check.pack.version, path: `${check.pack.id}.json`, bytes });
  }
  if (failed) return 1;
  const ids = new Set<string>();
  for (const pack of built) {
    if (ids.has(pack.id)) {
      err(`✗ two sources define pack ${pack.id}`);
      return 1;
    }
    ids.add(pack.id);
    writeFileSync(join(outDir, pack.path), pack.bytes);
    out(`✓ ${pack.id} ${pack.version} → ${join(outDir, pack.path)}`);
  }
  const index = await buildIndex(built, Number(sequence));
  writeFileSync(join(outDir, 'index.json'), packFileText(index));
  out(`✓ index of ${built.length} packs → ${join(outDir, 'index.json')} (now sign it)`);
  return 0;
}

async function sign(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { key: { type: 'string' } });
  const keyPath = str(values.key);
  if (!keyPath) throw new UsageError('sign needs --key PRIVATE.jwk');
  if (!positionals.length) throw new UsageError('sign needs at least one FILE');
  let key: CryptoKey;
  try {
    key = await importPrivateKey(JSON.parse(new TextDecoder().decode(readFile(keyPath))) as JsonWebKey);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    err(`rules sign: ${keyPath} is not a private P-256 JWK: ${(error as Error).message}`);
    return 1;
  }
  for (const file of positionals) {
    const bytes = readFile(file);
    writeFileSync(`${file}.sig`, `${await signBytes(bytes, key)}\n`);
    out(`✓ signed ${file} → ${file}.sig`);
  }
  return 0;
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    'public-key': { type: 'string' },
    'public-key-file': { type: 'string' },
  });
  const keyFile = str(values['public-key-file']);
  const keyText =
    str(values['public-key']) ?? (keyFile ? new TextDecoder().decode(readFile(keyFile)) : undefined);
  if (!keyText) throw new UsageError('verify needs --public-key KEY or --public-key-file FILE');
  if (!positionals.length) throw new UsageError('verify needs at least one FILE');
  let key: CryptoKey;
  try {
    key = await importPublicKey(keyText);
  } catch (error) {
    err(`rules verify: the public key cannot be read: ${(error as Error).message}`);
    return 1;
  }
  let failed = false;
  for (const file of positionals) {
    const problem = await verifyFile(file, key);
    if (problem) {
      err(`✗ ${file}: ${problem}`);
      failed = true;
    } else out(`✓ ${file}`);
  }
  return failed ? 1 : 0;
}

async function verifyFile(file: string, key: CryptoKey): Promise<string | undefined> {
  const bytes = readFile(file);
  if (!existsSync(`${file}.sig`)) return `no signature file ${file}.sig`;
  try {
    if (!(await verifyBytes(bytes, readFileSync(`${file}.sig`, 'utf8'), key))) {
      return 'signature does not match (file changed after signing, or another key)';
    }
  } catch (error) {
    return `unreadable signature: ${(error as Error).message}`;
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return 'signed, but not valid JSON';
  }
  if (!looksLikeIndex(value)) {
    const check = checkPackBytes(bytes, file);
    return check.ok ? undefined : check.error;
  }
  const index = PackIndexSchema.safeParse(value);
  if (!index.success) return 'signed, but not a valid index';
  for (const entry of index.data.packs) {
    const path = join(dirname(file), entry.path);
    if (!existsSync(path)) return `index lists ${entry.path}, which is missing`;
    const packBytes = new Uint8Array(readFileSync(path));
    if ((await sha256Hex(packBytes)) !== entry.sha256)
      return `${entry.path} does not match its SHA-256 in the index`;
    const check = checkPackBytes(packBytes, path);
    if (!check.ok) return check.error;
    if (check.pack.id !== entry.id || check.pack.version !== entry.version) {
      return `${entry.path} is ${check.pack.id} ${check.pack.version}, the index says ${entry.id} ${entry.version}`;
    }
  }
  return undefined;
}

function lint(args: string[]): number {
  const { positionals } = parse(args, {});
  if (!positionals.length) throw new UsageError('lint needs at least one FILE or DIR');
  let failed = false;
  for (const file of jsonFiles(positionals)) {
    const bytes = readFile(file);
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      value = undefined;
    }
    if (looksLikeIndex(value)) {
      const index = PackIndexSchema.safeParse(value);
      if (index.success) out(`✓ ${file} (index of ${index.data.packs.length})`);
      else {
        err(`✗ ${file}: not a valid index`);
        failed = true;
      }
      continue;
    }
    const check = checkPackBytes(bytes, file);
    if (check.ok) out(`✓ ${file} (${check.pack.id} ${check.pack.version}, ${check.pack.rules.length} rules)`);
    else {
      err(`✗ ${check.error}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number> | number> = {
  keygen,
  build,
  sign,
  verify,
  lint,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  const run = command ? COMMANDS[command] : undefined;
  try {
    if (!run) throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
    return await run(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`rules: ${error.message}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
