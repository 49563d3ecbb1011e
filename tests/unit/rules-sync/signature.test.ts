import { describe, expect, it } from 'vitest';
import {
  fromBase64,
  generateKeyPair,
  importPrivateKey,
  importPublicKey,
  keyId,
  rawSignature,
  signBytes,
  toBase64,
  verifyBytes,
} from '@/lib/rules/signature';

const bytes = new TextEncoder().encode('{"id":"team","version":"1.0.0"}');

describe('pack signatures (ECDSA P-256, SHA-256)', () => {
  it('verifies a signature over the exact bytes and rejects any change', async () => {
    const { privateJwk, publicSpki } = await generateKeyPair();
    const sig = await signBytes(bytes, await importPrivateKey(privateJwk));
    expect(fromBase64(sig)).toHaveLength(64);
    const key = await importPublicKey(publicSpki);
    expect(await verifyBytes(bytes, sig, key)).toBe(true);
    const changed = bytes.slice();
    changed[3] = changed[3]! ^ 1;
    expect(await verifyBytes(changed, sig, key)).toBe(false);
    // A trailing newline is a different file.
    expect(await verifyBytes(new Uint8Array([...bytes, 10]), sig, key)).toBe(false);
  });

  it('rejects a signature made with another key', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    const sig = await signBytes(bytes, await importPrivateKey(a.privateJwk));
    expect(await verifyBytes(bytes, sig, await importPublicKey(b.publicSpki))).toBe(false);
  });

  it('accepts the public key as PEM or JWK, and gives a stable key id', async () => {
    const { privateJwk, publicSpki } = await generateKeyPair();
    const sig = await signBytes(bytes, await importPrivateKey(privateJwk));
    const pem = `-----BEGIN PUBLIC KEY-----\n${publicSpki.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----`;
    const fromJwk = await importPublicKey(JSON.stringify(privateJwk)); // the private part is dropped
    expect(await verifyBytes(bytes, sig, await importPublicKey(pem))).toBe(true);
    expect(await verifyBytes(bytes, sig, fromJwk)).toBe(true);
    expect(await keyId(fromJwk)).toBe(await keyId(await importPublicKey(publicSpki)));
    expect(await keyId(fromJwk)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('accepts DER signatures (openssl dgst output) as well as raw r||s', async () => {
    const { privateJwk, publicSpki } = await generateKeyPair();
    const raw = fromBase64(await signBytes(bytes, await importPrivateKey(privateJwk)));
    const int = (part: Uint8Array) => {
      let p = part;
      while (p.length > 1 && p[0] === 0 && p[1]! < 0x80) p = p.subarray(1);
      return p[0]! >= 0x80 ? new Uint8Array([0, ...p]) : p;
    };
    const r = int(raw.subarray(0, 32));
    const s = int(raw.subarray(32));
    const der = new Uint8Array([0x30, r.length + s.length + 4, 2, r.length, ...r, 2, s.length, ...s]);
    expect(rawSignature(der)).toEqual(raw);
    expect(await verifyBytes(bytes, toBase64(der), await importPublicKey(publicSpki))).toBe(true);
  });

  it('throws on a signature that is neither raw nor DER, or not base64', async () => {
    const { publicSpki } = await generateKeyPair();
    const key = await importPublicKey(publicSpki);
    await expect(verifyBytes(bytes, toBase64(new Uint8Array(10)), key)).rejects.toThrow(/64 raw bytes/);
    await expect(verifyBytes(bytes, '<html>', key)).rejects.toThrow(/base64/);
  });
});
