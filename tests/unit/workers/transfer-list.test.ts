import { describe, expect, it } from 'vitest';
import { ownedBuffers } from '../../../electron/core/workers/transfer-list';

describe('ownedBuffers', () => {
  it('finds byte arrays that span their whole buffer, two levels deep, once each', () => {
    const bytes = new Uint8Array(16);
    expect(ownedBuffers({ title: 't', snapshot: { contentType: 'x', bytes } })).toEqual([bytes.buffer]);
    expect(ownedBuffers([{ bytes }, { again: bytes }])).toEqual([bytes.buffer]);
  });

  it('leaves views of larger buffers (and so Node’s pooled Buffers) alone', () => {
    const whole = new Uint8Array(64);
    const pooled = Buffer.from('small');
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.byteLength);
    expect(ownedBuffers({ part: whole.subarray(8), tail: whole.subarray(0, 8), pooled })).toEqual([]);
  });

  it('does not look deeper than asked', () => {
    expect(ownedBuffers({ a: { b: { c: new Uint8Array(4) } } })).toEqual([]);
  });
});
