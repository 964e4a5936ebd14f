import { closeDb } from '$lib/server/db/pool';
import { tileService } from '$lib/server/tiles';

// adapter-node emits this after the HTTP server has drained on SIGINT/SIGTERM.
process.on('sveltekit:shutdown', async () => {
	await tileService().close();
	await closeDb();
});
