/**
 * A request's body as UTF-8 text, read up to a cap: a body announced or found bigger is refused
 * before it is all in memory, and bytes that are not UTF-8 are refused rather than replaced.
 */
export type BodyText = { ok: true; text: string } | { ok: false; reason: 'too-big' | 'not-utf8' };

export async function readBodyText(request: Request, maxBytes: number): Promise<BodyText> {
  const announced = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(announced) && announced > maxBytes) return { ok: false, reason: 'too-big' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'too-big' };
      }
      chunks.push(value);
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}
