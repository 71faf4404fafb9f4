// A small ZIP reader for tests, with no dependencies beyond Node: enough to open the store packages that
// `wxt zip` writes and check what is inside, without trusting an unzip tool being installed.
//
// How it reads: find the End Of Central Directory record at the end of the file, walk the central
// directory it points to (names, methods, sizes and CRCs are taken from there, because writers that
// stream may leave them zero in the local headers and put them in a data descriptor after the data),
// then follow each entry's local header to its data. Stored (0) and deflated (8) entries are
// supported; every entry is checked against its size and CRC-32. Anything else (another method,
// encryption, ZIP64, an archive split over disks) is refused with an error that says what it met.

import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  /** The entry's uncompressed bytes (empty for a directory). */
  data: Buffer;
  /** True for a directory entry (its name ends with '/'). */
  directory: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;

const METHOD_NAMES: Record<number, string> = {
  1: 'shrunk', 6: 'imploded', 9: 'deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'zstd', 95: 'xz', 98: 'PPMd', 99: 'AES-encrypted',
};

let crcTable: Uint32Array | undefined;

/** CRC-32 as ZIP uses it (IEEE 802.3, reflected, polynomial 0xEDB88320). */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Where the End Of Central Directory record starts: searched backwards, past an archive comment of any length. */
function findEndOfCentralDirectory(zip: Buffer, where: string): number {
  if (zip.length < EOCD_SIZE) {
    throw new Error(`${where}: not a ZIP file (${zip.length} bytes, shorter than an End Of Central Directory record)`);
  }
  const lowest = Math.max(0, zip.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = zip.length - EOCD_SIZE; at >= lowest; at--) {
    // The comment length must reach exactly to the end of the file, so a signature inside a comment is skipped.
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_SIZE + zip.readUInt16LE(at + 20) === zip.length) return at;
  }
  throw new Error(`${where}: not a ZIP file (no End Of Central Directory record in its last ${zip.length - lowest} bytes)`);
}

/** Every entry of the archive in `zip`, in central-directory order. `where` names the archive in errors. */
export function parseZip(zip: Buffer, where = 'ZIP archive'): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(zip, where);
  const disk = zip.readUInt16LE(eocd + 4);
  const centralDisk = zip.readUInt16LE(eocd + 6);
  const entriesOnDisk = zip.readUInt16LE(eocd + 8);
  const entryCount = zip.readUInt16LE(eocd + 10);
  const centralSize = zip.readUInt32LE(eocd + 12);
  const centralOffset = zip.readUInt32LE(eocd + 16);

  if (entryCount === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
    throw new Error(`${where}: ZIP64 archives are not supported`);
  }
  if (disk !== 0 || centralDisk !== 0 || entriesOnDisk !== entryCount) {
    throw new Error(`${where}: archives split over several disks are not supported`);
  }
  if (centralOffset + centralSize > eocd) {
    throw new Error(`${where}: the central directory (offset ${centralOffset}, ${centralSize} bytes) runs past the end record at ${eocd}; truncated or not a ZIP file`);
  }

  const entries: ZipEntry[] = [];
  let at = centralOffset;
  for (let index = 0; index < entryCount; index++) {
    if (at + CENTRAL_HEADER_SIZE > eocd || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new Error(`${where}: central directory entry ${index} at offset ${at} is missing or damaged`);
    }
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    // Names are UTF-8 when the writer says so; otherwise code page 437, which equals latin1 for ASCII names.
    const name = zip.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1', at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
    at += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;

    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new Error(`${where}: entry "${name}" uses ZIP64 sizes, which are not supported`);
    }
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
      throw new Error(`${where}: entry "${name}" is encrypted, which is not supported`);
    }
    if (method !== 0 && method !== 8) {
      const known = METHOD_NAMES[method] ? ` (${METHOD_NAMES[method]})` : '';
      throw new Error(`${where}: entry "${name}" uses compression method ${method}${known}; only 0 (stored) and 8 (deflated) are supported`);
    }

    if (localOffset + LOCAL_HEADER_SIZE > centralOffset || zip.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) {
      throw new Error(`${where}: the local header of "${name}" (offset ${localOffset}) is missing or damaged`);
    }
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const localName = zip.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1', localOffset + LOCAL_HEADER_SIZE, localOffset + LOCAL_HEADER_SIZE + localNameLength);
    if (localName !== name) {
      throw new Error(`${where}: the local header at offset ${localOffset} names "${localName}", the central directory "${name}"`);
    }
    const dataStart = localOffset + LOCAL_HEADER_SIZE + localNameLength + localExtraLength;
    if (dataStart + compressedSize > centralOffset) {
      throw new Error(`${where}: the data of "${name}" (${compressedSize} bytes at ${dataStart}) runs into the central directory; truncated archive`);
    }
    const raw = zip.subarray(dataStart, dataStart + compressedSize);

    let data: Buffer;
    if (method === 0) {
      if (compressedSize !== size) throw new Error(`${where}: stored entry "${name}" has ${compressedSize} bytes but should have ${size}`);
      data = Buffer.from(raw);
    } else {
      try {
        data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
      } catch (error) {
        throw new Error(`${where}: entry "${name}" does not inflate: ${(error as Error).message}`);
      }
    }
    if (data.length !== size) throw new Error(`${where}: entry "${name}" has ${data.length} bytes, the directory says ${size}`);
    const actualCrc = crc32(data);
    if (actualCrc !== crc) {
      throw new Error(`${where}: entry "${name}" fails its CRC-32 check (${actualCrc.toString(16)}, expected ${crc.toString(16)})`);
    }
    entries.push({ name, method, data, directory: name.endsWith('/') });
  }
  return entries;
}

/** The entries of the archive at `path`, with their methods. */
export function readZipEntries(path: string): ZipEntry[] {
  return parseZip(readFileSync(path), path);
}

/**
 * The archive at `path` as name → uncompressed bytes, in the archive's order. Directory entries are
 * kept (names ending with '/', empty buffers). A name that occurs twice is an error.
 */
export function readZip(path: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readZipEntries(path)) {
    if (files.has(entry.name)) throw new Error(`${path}: entry "${entry.name}" occurs twice`);
    files.set(entry.name, entry.data);
  }
  return files;
}
