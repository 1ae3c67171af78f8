import { describe, expect, it } from 'vitest';
import { readBodyText } from './read-body';

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://localhost/x', { method: 'POST', body, headers });

/** A body whose length the request does not announce (as a streamed upload). */
function streamed(bytes: Uint8Array): Request {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 4) controller.enqueue(bytes.slice(i, i + 4));
      controller.close();
    },
  });
  // A streamed body needs `duplex` (Node's fetch), which the DOM's RequestInit does not list.
  const init: RequestInit & { duplex: 'half' } = { method: 'POST', body: stream, duplex: 'half' };
  return new Request('http://localhost/x', init);
}

describe('readBodyText', () => {
  it.each([
    ['text within the cap', post('{"a":"é"}'), 16, { ok: true, text: '{"a":"é"}' }],
    ['an empty body', post(''), 16, { ok: true, text: '' }],
    ['an announced size over the cap', post('x', { 'content-length': '1000' }), 16, { ok: false, reason: 'too-big' }],
    ['a stream that grows past the cap', streamed(new TextEncoder().encode('x'.repeat(40))), 16, { ok: false, reason: 'too-big' }],
    ['bytes that are not UTF-8', post(new Uint8Array([0x7b, 0xff, 0x7d])), 16, { ok: false, reason: 'not-utf8' }],
  ])('%s', async (_name, request, cap, expected) => {
    expect(await readBodyText(request, cap)).toEqual(expected);
  });
});
