/**
 * An editor's mistake never reaches build/: in a scratch copy of the
 * project, a French-Excel datacenters.csv (; separators, decimal commas,
 * Windows-1252, CRLF) with a latitude of 91,2 makes `vite build` fail with
 * the exact contract line, and write nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { makeScratchProject, type Scratch } from './scratch';

/** A valid French-Excel file whose line 7 has a latitude out of range. */
const BROKEN_DATACENTRES = [
	'id;country;status;precision;lat;lon;source',
	'us;US;existing;country;39,8;-98,6;Alibaba – annonce',
	'au;AU;existing;country;-25,3;133,8;Alibaba – annonce',
	'br;BR;planned;country;-10,8;-52,9;Alibaba – annonce',
	'nl;NL;planned;country;52,2;5,5;Alibaba – annonce',
	'fr;FR;planned;country;46,6;2,4;Alibaba – annonce',
	'fr-2;FR;planned;site;91,2;2,4;L’annonce d’Alibaba',
	''
].join('\r\n');

const EXPECTED =
	'data/datacenters.csv:7:5: lat: "91,2" is not a latitude (expected a number between -90 and 90)';

let scratch: Scratch;

beforeAll(() => {
	scratch = makeScratchProject();
	scratch.write('data/datacenters.csv', iconv.encode(BROKEN_DATACENTRES, 'win1252'));
});

afterAll(() => scratch.remove());

describe('vite build with invalid data', () => {
	it('exits non-zero, prints the exact problem line, and writes no build/', () => {
		const result = spawnSync('npx', ['vite', 'build'], {
			cwd: scratch.dir,
			encoding: 'utf8',
			// the build speaks the environment's language: this line is English
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', LC_ALL: 'C' },
			timeout: 120_000
		});
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status, output).not.toBe(0);
		expect(output.split('\n')).toContain(EXPECTED);
		expect(existsSync(scratch.path('build'))).toBe(false);
	});
});
