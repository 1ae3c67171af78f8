// Puts PNG pages side by side (pngjs), to look at several at once.
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
const [out, ...files] = process.argv.slice(2);
const imgs = files.map((f) => PNG.sync.read(readFileSync(f)));
const w = imgs.reduce((a, i) => a + i.width + 10, 0);
const h = Math.max(...imgs.map((i) => i.height));
const dst = new PNG({ width: w, height: h });
dst.data.fill(128);
let x = 0;
for (const img of imgs) { PNG.bitblt(img, dst, 0, 0, img.width, img.height, x, 0); x += img.width + 10; }
writeFileSync(out!, PNG.sync.write(dst));
