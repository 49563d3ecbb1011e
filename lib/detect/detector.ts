/** What a built-in detector (phone, email, url, im, language) sees and returns. */
import type { Normalised } from './normalise';

export interface DetectorContext {
  /** The platform's own domains (links to them and their subdomains are fine). */
  ownDomains: readonly string[];
  /** ISO 3166 regions whose phone numbers count. */
  markets: readonly string[];
  /** The platforms' id formats (order, item, coupon numbers): a run matching one is no phone. */
  idFormats?: readonly ((run: string) => boolean)[];
}

/** A detector hit in original-text offsets; `replacement` is a suggested fix (e.g. a masked phone). */
export interface DetectorHit {
  start: number;
  end: number;
  replacement?: string;
}

export type Detector = (n: Normalised, ctx: DetectorContext) => DetectorHit[];
