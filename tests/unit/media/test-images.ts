import zlib from 'node:zlib';

/**
 * Tiny but complete images, built here so every test can have distinct bytes of
 * the size it needs. Each decodes in a browser (checked once with Chromium).
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB PNG whose pixels depend on `seed`, so different seeds give different bytes. */
export function png(width: number, height: number, seed = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set([(x * 16 + seed) & 0xff, (y * 16) & 0xff, (seed * 37) & 0xff], y * (width * 3 + 1) + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', zlib.deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

function segment(marker: number, data: number[] | Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(data.length + 2, 0);
  return Buffer.concat([Buffer.from([0xff, marker]), length, Buffer.from(data)]);
}

/** A baseline grey JPEG (every 8×8 block mid-grey); `note` goes in a comment to vary the bytes. */
export function jpeg(width: number, height: number, note = ''): Buffer {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const oneCodeOfLengthOne = [1, ...Array<number>(15).fill(0), 0x00];
  // Each block: DC difference 0 ("0"), then end of block ("0"); padded with 1 bits.
  const bits = '00'.repeat(blocks).padEnd(Math.ceil((blocks * 2) / 8) * 8, '1');
  const scan = Buffer.from(Array.from({ length: bits.length / 8 }, (_, i) => parseInt(bits.slice(i * 8, i * 8 + 8), 2)));
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    segment(0xfe, Buffer.from(`test image ${note}`, 'latin1')),
    segment(0xdb, [0, ...Array<number>(64).fill(1)]),
    segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    segment(0xc4, [0x00, ...oneCodeOfLengthOne]),
    segment(0xc4, [0x10, ...oneCodeOfLengthOne]),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    scan,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A two-colour GIF, stored without compression (a clear code every two pixels keeps codes 3 bits wide). */
export function gif(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.write('GIF89a', 0, 'latin1');
  header.writeUInt16LE(width, 6);
  header.writeUInt16LE(height, 8);
  header.set([0x80, 0, 0], 10);
  const palette = Buffer.from([0xff, 0xff, 0xff, 0x20, 0x40, 0x80]);
  const descriptor = Buffer.alloc(10);
  descriptor[0] = 0x2c;
  descriptor.writeUInt16LE(width, 5);
  descriptor.writeUInt16LE(height, 7);

  const codes: number[] = [];
  for (let i = 0; i < width * height; i++) {
    if (i % 2 === 0) codes.push(4); // clear
    codes.push((i + Math.floor(i / width)) % 2);
  }
  codes.push(5); // end of information
  const packed: number[] = [];
  let buffer = 0;
  let count = 0;
  for (const code of codes) {
    buffer |= code << count;
    count += 3;
    while (count >= 8) {
      packed.push(buffer & 0xff);
      buffer >>= 8;
      count -= 8;
    }
  }
  if (count > 0) packed.push(buffer & 0xff);
  const blocks: number[] = [2];
  for (let i = 0; i < packed.length; i += 255) {
    const part = packed.slice(i, i + 255);
    blocks.push(part.length, ...part);
  }
  blocks.push(0, 0x3b);
  return Buffer.concat([header, palette, descriptor, Buffer.from(blocks)]);
}

export function dataUrl(type: string, bytes: Buffer): string {
  return `data:${type};base64,${bytes.toString('base64')}`;
}
