/**
 * A small PNG reader for the tests: checks the signature and every chunk's CRC, inflates the
 * image data and undoes the row filters (8-bit RGBA / RGB / grey only: what resvg writes).
 */
import { inflateSync, crc32 } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** Bytes per pixel. */
  channels: number;
  pixels: Uint8Array;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function readIhdr(png: Uint8Array): { width: number; height: number; bitDepth: number; colorType: number } {
  for (let i = 0; i < 8; i++) if (png[i] !== PNG_SIGNATURE[i]) throw new Error('not a PNG: bad signature');
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = String.fromCharCode(...png.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`first chunk is ${type}, not IHDR`);
  return { width: dv.getUint32(16), height: dv.getUint32(20), bitDepth: png[24], colorType: png[25] };
}

export function decodePng(png: Uint8Array): DecodedPng {
  const { width, height, bitDepth, colorType } = readIhdr(png);
  if (bitDepth !== 8) throw new Error(`bit depth ${bitDepth} not handled`);
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType as 0 | 2 | 4 | 6];
  if (!channels) throw new Error(`colour type ${colorType} not handled`);
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const idat: Uint8Array[] = [];
  let pos = 8;
  let sawEnd = false;
  while (pos < png.length) {
    const len = dv.getUint32(pos);
    const type = String.fromCharCode(...png.subarray(pos + 4, pos + 8));
    const body = png.subarray(pos + 8, pos + 8 + len);
    const crc = dv.getUint32(pos + 8 + len);
    if (crc32(png.subarray(pos + 4, pos + 8 + len)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === 'IDAT') idat.push(body);
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
    pos += 12 + len;
  }
  if (!sawEnd) throw new Error('no IEND chunk');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1))
    throw new Error(`image data has ${raw.length} bytes, expected ${height * (stride + 1)}`);
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = out.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? out.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels] : 0;
      const b = up[x];
      const c = x >= channels ? up[x - channels] : 0;
      let pred = 0;
      if (f === 1) pred = a;
      else if (f === 2) pred = b;
      else if (f === 3) pred = (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (f !== 0) throw new Error(`bad filter ${f} on row ${y}`);
      row[x] = (src[x] + pred) & 0xff;
    }
  }
  return { width, height, channels, pixels: out };
}
