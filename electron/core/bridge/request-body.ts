import type { IncomingMessage } from 'node:http';

/**
 * The whole body, or null as soon as it is known to pass `limit`: at once from a
 * declared Content-Length, or while streaming. Past the limit nothing more is kept;
 * the rest is drained so the caller's reply can still be read.
 */
export function readBodyWithin(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.off('data', collect);
      chunks.length = 0;
      request.resume();
      resolve(null);
    };
    request.on('data', collect);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
    request.on('close', () => {
      if (!request.complete) reject(new Error('The request was interrupted.'));
    });
  });
}
