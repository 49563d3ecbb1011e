import '@/lib/zod-config';

/** The content app's ES module: the loader (entrypoints/content/index.ts) imports it when a frame needs it. */
export { startApp } from './start';
