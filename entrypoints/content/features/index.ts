import type { ContentFeature } from '@/lib/content/env';

/** The content script's features, one per file, each started with the page's environment. */
export const FEATURES: ContentFeature[] = [];
