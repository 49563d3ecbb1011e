import { SyncError } from './types';

export interface BoundedFetchOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
}

export interface BoundedResponse {
  status: number;
  headers: Headers;
  /** Empty for 304. */
  bytes: Uint8Array;
}

/**
 * GET with a timeout covering the whole exchange (AbortController) and a size limit enforced while the
 * body streams in, whatever Content-Length says. Failures throw SyncError (network, timeout, too-large).
 */
export async function fetchBounded(
  fetchFn: typeof fetch,
  url: string,
  options: BoundedFetchOptions,
): Promise<BoundedResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const fail = (error: unknown): never => {
    if (error instanceof SyncError) throw error;
    if (timedOut)
      throw new SyncError('timeout', `no complete answer from ${url} within ${options.timeoutMs} ms`);
    throw new SyncError('network', `${url}: ${error instanceof Error ? error.message : String(error)}`);
  };
  try {
    const response = await fetchFn(url, {
      headers: options.headers,
      signal: controller.signal,
      cache: 'no-cache',
      credentials: 'omit',
      redirect: 'follow',
    }).catch(fail);
    if (response.status === 304) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 304, headers: response.headers, bytes: new Uint8Array() };
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      controller.abort();
      throw new SyncError(
        'too-large',
        `${url} is ${declared} bytes, over the ${options.maxBytes}-byte limit`,
      );
    }
    const bytes = await readLimited(response, url, options.maxBytes, controller).catch(fail);
    return { status: response.status, headers: response.headers, bytes };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(
  response: Response,
  url: string,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array> {
  const tooLarge = () => new SyncError('too-large', `${url} exceeds the ${maxBytes}-byte limit`);
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    if (whole.length > maxBytes) throw tooLarge();
    return whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      controller.abort();
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
