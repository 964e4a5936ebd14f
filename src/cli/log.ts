import { env } from '../lib/server/env';

/** Progress lines for the command-line tools, with the elapsed time so a slow step is visible. */
const started = performance.now();

export function log(line: string): void {
	const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(5);
	console.log(`[${seconds}s] ${line}`);
}

/** Prints an error the way a user can act on it (no stack unless ATLAS_DEBUG is set) and exits non-zero. */
export function fail(error: unknown): never {
	const message = error instanceof Error ? error.message : String(error);
	console.error(`\nError: ${message}`);
	if (debugging() && error instanceof Error) console.error(error.stack);
	process.exit(1);
}

function debugging(): boolean {
	try {
		return env().ATLAS_DEBUG;
	} catch {
		return false;
	}
}
