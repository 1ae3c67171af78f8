/**
 * A small RGB raster for the matrix picture: rectangles, anti-aliased discs and rings, and text in the
 * bitmap font (horizontal, or turned a quarter anticlockwise for a vertical axis title).
 */
import { GLYPH, glyphDots, textWidth } from './bitmap-font';

type Rgb = [number, number, number];

export function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

export class Raster {
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background = '#ffffff',
  ) {
    this.data = new Uint8Array(width * height * 3);
    this.fillRect(0, 0, width, height, background);
  }

  private blend(x: number, y: number, [r, g, b]: Rgb, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const i = (y * this.width + x) * 3;
    const a = Math.min(1, alpha);
    this.data[i] = Math.round(this.data[i]! * (1 - a) + r * a);
    this.data[i + 1] = Math.round(this.data[i + 1]! * (1 - a) + g * a);
    this.data[i + 2] = Math.round(this.data[i + 2]! * (1 - a) + b * a);
  }

  fillRect(x0: number, y0: number, x1: number, y1: number, colour: string): void {
    const c = rgb(colour);
    for (let y = Math.max(0, Math.round(y0)); y < Math.min(this.height, Math.round(y1)); y++) {
      for (let x = Math.max(0, Math.round(x0)); x < Math.min(this.width, Math.round(x1)); x++) this.blend(x, y, c, 1);
    }
  }

  /** A disc of radius `outer`, hollow inside `inner` (0: filled), edges smoothed by 4×4 sampling. */
  disc(cx: number, cy: number, outer: number, colour: string, inner = 0): void {
    const c = rgb(colour);
    for (let y = Math.floor(cy - outer); y <= Math.ceil(cy + outer); y++) {
      for (let x = Math.floor(cx - outer); x <= Math.ceil(cx + outer); x++) {
        let hits = 0;
        for (let sy = 0; sy < 4; sy++) {
          for (let sx = 0; sx < 4; sx++) {
            const d = Math.hypot(x + (sx + 0.5) / 4 - cx, y + (sy + 0.5) / 4 - cy);
            if (d <= outer && d >= inner) hits++;
          }
        }
        this.blend(x, y, c, hits / 16);
      }
    }
  }

  /** Text whose box starts at (x, y) (its capitals' top), each font dot a `scale`-pixel square. */
  text(x: number, y: number, text: string, scale: number, colour: string, options: { align?: 'left' | 'centre' | 'right'; vertical?: boolean } = {}): void {
    const width = textWidth(text) * scale;
    const shift = options.align === 'centre' ? width / 2 : options.align === 'right' ? width : 0;
    for (const dot of glyphDots(text)) {
      const along = dot.x * scale - shift;
      const across = dot.y * scale;
      // Vertical text reads upwards: along the text is up the picture.
      const px = options.vertical ? x + across : x + along;
      const py = options.vertical ? y - along - scale : y + across;
      this.fillRect(px, py, px + scale, py + scale, colour);
    }
  }

  static textHeight(scale: number): number {
    return GLYPH.height * scale;
  }
}
