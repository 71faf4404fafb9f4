#!/usr/bin/env node
/*
 * make-icons.mjs: renders the Spoiler Shield toolbar/store icons as PNG files.
 *
 * What it draws: a heraldic shield (flat top with rounded corners, sides curving to a point at
 * the bottom) in deep orange-brown with a thin darker outline (from 32 px up), holding three
 * rounded cream "blurred text" bars (two at 16 px so it stays legible), i.e. hidden lines of text.
 * The "shield off" variant is the same shape in desaturated greys, crossed by a diagonal slash
 * (top-left to bottom-right) with a small transparent gap around it.
 *
 * Output (sizes 16, 32, 48, 96, 128):
 *   public/icon/<size>.png      shield on
 *   public/icon-off/<size>.png  shield off
 *
 * Re-run after changing the design:  node scripts/make-icons.mjs
 * No dependencies: shapes are signed-distance functions sampled 8x8 per pixel for anti-aliasing,
 * and the PNG encoder (RGBA, one zlib IDAT) is below. Output is deterministic (byte-identical).
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 96, 128];
const SS = 8; // samples per pixel along each axis

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const VARIANTS = {
  icon: { shield: hex('#9a3412'), outline: hex('#7c2d12'), bars: hex('#fed7aa'), slash: null },
  'icon-off': {
    shield: hex('#78716c'),
    outline: hex('#57534e'),
    bars: hex('#e7e5e4'),
    slash: hex('#44403c'),
  },
};

// ---- Geometry, in pixels (y pointing down); straight edges are snapped to pixel boundaries. ----
function shieldFor(size) {
  const snap = (f) => Math.max(1, Math.round(f * size));
  const cx = size / 2;
  const w = snap(0.41); // half-width
  const top = snap(0.05); // flat top edge
  const mid = 0.4 * size; // where the straight sides start to curve in
  const bot = size - top; // bottom point
  const corner = 0.09 * size; // radius of the top corners
  // Each lower side is an arc tangent to the vertical side at `mid` that meets the centre line at `bot`.
  const R = ((bot - mid) ** 2 + w * w) / (2 * w);
  /** Signed distance to the shield, negative inside. */
  return (x, y) => {
    // Upper part: box top..mid with only its top corners rounded.
    const py = y - (top + mid) / 2;
    const r = py < 0 ? corner : 0;
    const qx = Math.abs(x - cx) - w + r;
    const qy = Math.abs(py) - (mid - top) / 2 + r;
    const box = Math.min(Math.max(qx, qy), 0) + Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) - r;
    // Lower part: intersection of two discs (a pointed lens), cut off well inside the box.
    const right = Math.hypot(x - (cx + w - R), y - mid) - R;
    const left = Math.hypot(x - (cx - w + R), y - mid) - R;
    return Math.min(box, Math.max(right, left, top + corner - y));
  };
}

/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
function segDist(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** Text bars for a size as [centre y, half-length, radius] in pixels, edges on pixel rows. */
function barsFor(size) {
  const small = size <= 16; // only two, thicker bars at 16 px
  const spec = small ? [[0.31, 0.2], [0.56, 0.12]] : [[0.3, 0.22], [0.46, 0.14], [0.62, 0.19]];
  const thick = Math.max(2, Math.round((small ? 0.125 : 0.1) * size));
  return spec.map(([y, half]) => {
    const edge = Math.round(y * size - thick / 2);
    return [edge + thick / 2, half * size, thick / 2];
  });
}

/** Renders one icon as straight (non-premultiplied) RGBA bytes. */
function render(size, v) {
  const sdShield = shieldFor(size);
  const bars = barsFor(size);
  const outlinePx = size >= 32 ? Math.max(1, Math.round(size / 40)) : 0;
  const slashHalf = Math.max(1, size * 0.045);
  const [s0, s1] = [0.1 * size, 0.9 * size]; // slash end points (both on the diagonal)
  const gapPx = 1 + (size - 16) / 112; // 1 px at 16, 2 px at 128
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let n = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = px + (sx + 0.5) / SS;
          const y = py + (sy + 0.5) / SS;
          let c = null;
          const slash = v.slash ? segDist(x, y, s0, s0, s1, s1) : Infinity;
          if (slash < slashHalf) c = v.slash;
          else if (slash < slashHalf + gapPx) c = null; // transparent halo around the slash
          else {
            const d = sdShield(x, y);
            if (d < 0) {
              c = d > -outlinePx ? v.outline : v.shield;
              for (const [by, half, rad] of bars) {
                if (segDist(x, y, size / 2 - half, by, size / 2 + half, by) < rad) c = v.bars;
              }
            }
          }
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            n++;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (n) {
        rgba[o] = Math.round(r / n);
        rgba[o + 1] = Math.round(g / n);
        rgba[o + 2] = Math.round(b / n);
        rgba[o + 3] = Math.round((255 * n) / (SS * SS));
      }
    }
  }
  return rgba;
}

// ---- PNG encoder: signature, IHDR (8-bit RGBA), one IDAT, IEND. ----
const CRC_TABLE = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[i] = c >>> 0;
}
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type 0 (None)
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [dir, variant] of Object.entries(VARIANTS)) {
  mkdirSync(join(ROOT, 'public', dir), { recursive: true });
  for (const size of SIZES) {
    const file = join(ROOT, 'public', dir, `${size}.png`);
    const png = encodePng(size, render(size, variant));
    writeFileSync(file, png);
    console.log(`${relative(ROOT, file)}  ${png.length} bytes`);
  }
}
