/**
 * `npm run bench`: every benchmark section in turn. Each section prints its table and writes its
 * JSON under bench/results/ (git-ignored). The load bench reads its settings from BENCH_* (docs/bench.md).
 */

import { cafeStoreSection } from './cafe-store';
import { exportsSection } from './exports';
import { loadSection } from './load/load-bench';
import { rotationSection } from './rotation';

rotationSection();
await exportsSection();
cafeStoreSection();
await loadSection();
