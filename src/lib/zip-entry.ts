/**
 * Reads one entry of a ZIP archive without trusting it: the central directory is read by hand,
 * an entry whose compressed size cannot produce its declared size is refused before any work, and
 * inflation stops as soon as the output passes the declared size. fflate's `unzipSync` keeps
 * inflating a stream that lies about its size (a 1 MB entry declaring 4 kB cost seconds of CPU).
 */
import { Inflate } from 'fflate';

/** Why an entry could not be read. */
export type ZipEntryProblem = 'not-zip' | 'missing' | 'too-large' | 'unsupported' | 'corrupted';

/** The entry's bytes, or why not; `names` lists every entry (to recognise other formats). */
export type ZipEntryResult =
	| { ok: true; data: Uint8Array; names: string[] }
	| { ok: false; problem: ZipEntryProblem; names: string[] };

// DEFLATE's best ratio is 1032:1 (a 258-byte match in a 2-bit code); stored blocks add 5 bytes
// each per 65 535. Beyond these bounds the sizes in the directory are lies.
const MAX_RATIO = 1032;
const SLACK = 1024;
// Compressed bytes fed to the inflater at a time: at most ~1 MB of output past the size check.
const CHUNK = 1024;

const u16 = (bytes: Uint8Array, at: number): number =>
	(bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number): number =>
	(u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;

interface DirectoryEntry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	localOffset: number;
}

/** The central directory's entries, or undefined when there is none to read (not a ZIP, ZIP64). */
function directory(bytes: Uint8Array): DirectoryEntry[] | undefined {
	// The end-of-central-directory record is in the last 65 557 bytes (22 plus a comment).
	let end = -1;
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
		if (u32(bytes, at) === 0x06054b50) {
			end = at;
			break;
		}
	}
	if (end < 0) return undefined;
	const count = u16(bytes, end + 10);
	let at = u32(bytes, end + 16);
	const entries: DirectoryEntry[] = [];
	const names = new TextDecoder();
	for (let index = 0; index < count; index++) {
		if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return undefined;
		const nameLength = u16(bytes, at + 28);
		entries.push({
			method: u16(bytes, at + 10),
			compressedSize: u32(bytes, at + 20),
			size: u32(bytes, at + 24),
			localOffset: u32(bytes, at + 42),
			name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
		});
		at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
	}
	return entries;
}

/** Inflates `data`, refusing as soon as the output exceeds `size`. */
function inflateBounded(data: Uint8Array, size: number): Uint8Array | undefined {
	const out = new Uint8Array(size);
	let length = 0;
	let overflow = false;
	const inflater = new Inflate((chunk) => {
		if (length + chunk.length > size) overflow = true;
		else out.set(chunk, length);
		length += chunk.length;
	});
	for (let at = 0; at < data.length && !overflow; at += CHUNK) {
		inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
	}
	return overflow || length !== size ? undefined : out;
}

/** The bytes of entry `name`, at most `maxSize` of them; never throws. */
export function readZipEntry(bytes: Uint8Array, name: string, maxSize: number): ZipEntryResult {
	let names: string[] = [];
	try {
		const entries = directory(bytes);
		if (!entries) return { ok: false, problem: 'not-zip', names };
		names = entries.map((entry) => entry.name);
		const entry = entries.find((candidate) => candidate.name === name);
		if (!entry) return { ok: false, problem: 'missing', names };
		if (entry.size > maxSize) return { ok: false, problem: 'too-large', names };
		if (entry.method !== 0 && entry.method !== 8)
			return { ok: false, problem: 'unsupported', names };
		const local = entry.localOffset;
		if (u32(bytes, local) !== 0x04034b50) return { ok: false, problem: 'corrupted', names };
		const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
		const data = bytes.subarray(start, start + entry.compressedSize);
		const plausible =
			entry.method === 0
				? entry.compressedSize === entry.size
				: entry.size <= entry.compressedSize * MAX_RATIO + SLACK &&
					entry.compressedSize <= entry.size + entry.size / 8_000 + SLACK;
		if (data.length !== entry.compressedSize || !plausible)
			return { ok: false, problem: 'corrupted', names };
		const inflated = entry.method === 0 ? data.slice() : inflateBounded(data, entry.size);
		return inflated
			? { ok: true, data: inflated, names }
			: { ok: false, problem: 'corrupted', names };
	} catch {
		// fflate throws on an invalid DEFLATE stream: a damaged file, not a bug.
		return { ok: false, problem: 'corrupted', names };
	}
}
