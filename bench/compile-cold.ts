/**
 * One cold compile, in a process of its own (bench/lint-engine.ts spawns it): loads the engines and the
 * 10,000 terms, validates the pack, then prints how long the first compile of contender <index> took (ms).
 */
import { makeTerms } from './data';
import { CONTENDERS, preparePack, TERMS } from './lint-engine';

const index = Number(process.argv[2]);
const terms = makeTerms(TERMS);
preparePack(terms);
const t0 = performance.now();
CONTENDERS[index]!.compile(terms);
console.log(performance.now() - t0);
