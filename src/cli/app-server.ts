import { spawn } from 'node:child_process';

export interface AppServer {
	origin: string;
	/** Resolves once the app has exited, so the database can be stopped under it without its pool complaining. */
	stop(): Promise<void>;
}

/**
 * Starts the built app (`build/index.js`) on 127.0.0.1:port against a database and waits until it is healthy.
 * Benchmarks are one client sending far more than a person would, so per-client rate limits are off.
 */
export async function startAppServer(port: number, databaseUrl: string, settings: Record<string, string> = {}): Promise<AppServer> {
	const server = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', ATLAS_RATE_LIMIT_FACTOR: '0', ...settings },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const origin = `http://127.0.0.1:${port}`;
	const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
	const stop = () => {
		if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
		return exited;
	};
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (await fetch(`${origin}/api/health`).then((response) => response.ok, () => false)) return { origin, stop };
		if (server.exitCode !== null) break;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	await stop();
	throw new Error(`The app did not become healthy on ${origin}. Was it built (npm run build)? Is the port free?`);
}
