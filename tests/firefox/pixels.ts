// Reads screenshots as pixels, to check that a hidden passage is really illegible in Firefox and not
// only marked: the same passage is photographed hidden and revealed, and the two are compared.
//
// A small PNG reader (8-bit greyscale, RGB or RGBA, not interlaced: what Firefox's screenshots are)
// with no dependency beyond Node's zlib.
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  rgba: Uint8Array;
}

const SIGNATURE = '89504e470d0a1a0a';

/** Decodes a PNG into RGBA pixels. */
export function decodePng(png: Uint8Array): Pixels {
  const buf = Buffer.from(png);
  if (buf.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colour!] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) throw new Error(`PNG kind not read here: depth ${depth}, colour ${colour}, interlace ${interlace}`);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      let x = line[i]!;
      if (filter === 1) x += a;
      else if (filter === 2) x += b;
      else if (filter === 3) x += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        x += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = x & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4;
      const s = px * channels;
      if (channels <= 2) {
        out[o] = out[o + 1] = out[o + 2] = cur[s]!;
        out[o + 3] = channels === 2 ? cur[s + 1]! : 255;
      } else {
        out[o] = cur[s]!;
        out[o + 1] = cur[s + 1]!;
        out[o + 2] = cur[s + 2]!;
        out[o + 3] = channels === 4 ? cur[s + 3]! : 255;
      }
    }
    prev = cur;
  }
  return { width, height, rgba: out };
}

export interface Ink {
  /** Share of pixels within 60 (sum of |ΔR|+|ΔG|+|ΔB|) of the text's own colour. */
  textColour: number;
  /** Mean |Δ luminance| between horizontal neighbours: sharp letters make much of it, a blur or a bar little. */
  edges: number;
  /** Share of pixels within 24 of `near`, when given (the bar's colour). */
  near: number;
}

/** How much of a screenshot looks like text of colour `text`. */
export function ink(pixels: Pixels, text: readonly [number, number, number], near?: readonly [number, number, number]): Ink {
  const { width, height, rgba } = pixels;
  const lum = (o: number) => 0.299 * rgba[o]! + 0.587 * rgba[o + 1]! + 0.114 * rgba[o + 2]!;
  const distance = (o: number, c: readonly number[]) => Math.abs(rgba[o]! - c[0]!) + Math.abs(rgba[o + 1]! - c[1]!) + Math.abs(rgba[o + 2]! - c[2]!);
  let textLike = 0;
  let nearLike = 0;
  let edges = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      if (distance(o, text) <= 60) textLike++;
      if (near && distance(o, near) <= 24) nearLike++;
      if (x > 0) edges += Math.abs(lum(o) - lum(o - 4));
    }
  }
  const n = Math.max(1, width * height);
  return { textColour: textLike / n, edges: edges / n, near: nearLike / n };
}

/** Parses "rgb(29, 29, 31)" into its three channels. */
export function rgbOf(css: string): [number, number, number] {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
