/**
 * `npm run bench`: every benchmark section in turn. Each section prints its table and writes its
 * JSON under bench/results/ (git-ignored).
 */

import { rotationSection } from './rotation';

rotationSection();
