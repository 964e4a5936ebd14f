import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../env';

const cache = new Map<string, string>();

/** A statement from a `.sql` file of the project (read once), without its trailing semicolon. */
export function sqlFile(path: string): string {
	let text = cache.get(path);
	if (text === undefined) {
		text = readFileSync(join(projectRoot, path), 'utf8').trim().replace(/;$/, '');
		cache.set(path, text);
	}
	return text;
}
