/**
 * Reading an import file (pure): its size checked first, its bytes decoded with TextDecoder. UTF-8 (with
 * or without BOM) and UTF-16 with a BOM are recognised; a file that is not valid UTF-8 is read as GB18030
 * (a superset of GBK: what Excel on Chinese Windows writes for "CSV"). The agent can also choose.
 */
export const IMPORT_ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** The largest import file, and the most templates one file may hold. */
export const IMPORT_LIMITS = { bytes: 5 * 1024 * 1024, rows: 5000 } as const;

export type DecodedFile = { ok: true; text: string; encoding: ImportEncoding } | { ok: false; error: string };

function sniff(bytes: Uint8Array): ImportEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Why a file of `size` bytes cannot be imported, if it cannot (checked before it is read). */
export function sizeError(size: number): string | undefined {
  if (size <= IMPORT_LIMITS.bytes) return undefined;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `the file is ${mb(size)} MB; at most ${mb(IMPORT_LIMITS.bytes)} MB can be imported (split it)`;
}

/** Decodes a file the agent chose, in `encoding` or (auto) the one its bytes show. */
export function decodeImportFile(bytes: Uint8Array, encoding: ImportEncoding | 'auto' = 'auto'): DecodedFile {
  const tooLarge = sizeError(bytes.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const chosen = encoding === 'auto' ? sniff(bytes) : encoding;
  try {
    const text = new TextDecoder(chosen, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return { ok: true, text, encoding: chosen };
  } catch {
    return {
      ok: false,
      error: `the file is not valid ${chosen.toUpperCase()} text; choose another encoding`,
    };
  }
}
