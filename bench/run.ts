/**
 * `npm run bench`: every benchmark section in turn. Each section prints its table and writes its
 * JSON under bench/results/ (git-ignored).
 */

import { cafeStoreSection } from './cafe-store';
import { exportsSection } from './exports';
import { rotationSection } from './rotation';

rotationSection();
await exportsSection();
cafeStoreSection();
