/**
 * Pack signatures: ECDSA P-256 with SHA-256 over the exact bytes of the file, with WebCrypto.
 * A signature is base64 of the raw 64-byte r||s form (WebCrypto's own); DER is accepted too.
 * A public key is base64 SPKI (PEM armour allowed) or a JWK in JSON.
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new Error('not base64');
  const binary = atob(clean);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Imports a public key given as base64 SPKI, PEM or JWK JSON. */
export async function importPublicKey(text: string): Promise<CryptoKey> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const jwk = JSON.parse(trimmed) as JsonWebKey;
    const { d: _private, key_ops: _ops, ...pub } = jwk;
    return crypto.subtle.importKey('jwk', pub, ALGORITHM, true, ['verify']);
  }
  const body = trimmed.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '');
  return crypto.subtle.importKey('spki', fromBase64(body) as BufferSource, ALGORITHM, true, ['verify']);
}

/** A short fingerprint of a public key (first 16 hex digits of SHA-256 over its SPKI), for display. */
export async function keyId(key: CryptoKey): Promise<string> {
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', key));
  return (await sha256Hex(spki)).slice(0, 16);
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Converts a DER ECDSA signature (SEQUENCE of two INTEGERs) to raw r||s; raw input passes through. */
export function rawSignature(sig: Uint8Array): Uint8Array {
  if (sig.length === 64) return sig;
  if (sig[0] !== 0x30) throw new Error(`signature must be 64 raw bytes or DER, got ${sig.length} bytes`);
  let at = 2;
  const out = new Uint8Array(64);
  for (let part = 0; part < 2; part++) {
    if (sig[at] !== 0x02) throw new Error('malformed DER signature');
    const len = sig[at + 1]!;
    let int = sig.subarray(at + 2, at + 2 + len);
    while (int.length > 32 && int[0] === 0) int = int.subarray(1);
    if (int.length > 32) throw new Error('malformed DER signature');
    out.set(int, part * 32 + (32 - int.length));
    at += 2 + len;
  }
  return out;
}

/** Verifies a base64 signature over the exact bytes. False on a mismatch; throws on a malformed signature. */
export async function verifyBytes(bytes: Uint8Array, signatureB64: string, key: CryptoKey): Promise<boolean> {
  const sig = rawSignature(fromBase64(signatureB64.trim()));
  return crypto.subtle.verify(SIGN, key, sig as BufferSource, bytes as BufferSource);
}

/** Signs bytes with a private key (the authoring CLI); returns base64 raw r||s. */
export async function signBytes(bytes: Uint8Array, privateKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, bytes as BufferSource)));
}

export async function importPrivateKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, ALGORITHM, true, ['sign']);
}

/** A new key pair: the private JWK (keep secret) and the public key as base64 SPKI (paste into options). */
export async function generateKeyPair(): Promise<{ privateJwk: JsonWebKey; publicSpki: string }> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const publicSpki = toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
  return { privateJwk, publicSpki };
}
