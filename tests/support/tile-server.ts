/**
 * A real tile server on loopback for the map's end-to-end test: GET /{z}/{x}/{y}.png answers
 * a generated 256 × 256 PNG (a light square with a darker border, shaded by x and y so
 * neighbours differ), and remembers which tiles were asked for.
 */
import { createServer, type Server } from 'node:http';
import { deflateSync } from 'node:zlib';

export interface TileServer {
	url: string;
	/** The tiles asked for, as "z/x/y". */
	requested: string[];
	close(): Promise<void>;
}

export async function startTileServer(port: number, host = '127.0.0.1'): Promise<TileServer> {
	const requested: string[] = [];
	const server: Server = createServer((request, response) => {
		const match = /^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(request.url ?? '');
		if (!match) {
			response.writeHead(404).end();
			return;
		}
		const [z, x, y] = match.slice(1).map(Number) as [number, number, number];
		requested.push(`${z}/${x}/${y}`);
		response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
		response.end(tilePng(x, y));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	return {
		url: `http://${host}:${port}/{z}/{x}/{y}.png`,
		requested,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/** An RGB PNG of one tile, written by hand (signature, IHDR, one IDAT, IEND). */
export function tilePng(x: number, y: number): Buffer {
	const size = 256;
	const shade = 200 + ((x * 7 + y * 13) % 40);
	const rows: Buffer[] = [];
	for (let row = 0; row < size; row++) {
		const line = Buffer.alloc(1 + size * 3);
		for (let col = 0; col < size; col++) {
			const edge = row < 2 || col < 2;
			const v = edge ? 120 : shade;
			line.set([v, v, edge ? 140 : shade + 10], 1 + col * 3);
		}
		rows.push(line);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows))),
		chunk('IEND', Buffer.alloc(0))
	]);
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) {
		c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	}
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const byte of bytes) {
		c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
	}
	return (c ^ 0xffffffff) >>> 0;
}
