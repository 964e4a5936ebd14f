import { z } from 'zod';

/**
 * The one place that reads the environment. Every variable is documented in README.md → Configuration;
 * a wrong value stops the process with a message naming the variable instead of failing later.
 */
const schema = z.object({
	DATABASE_URL: z
		.url({ message: 'must be a postgres:// connection URL' })
		.optional()
		.or(z.literal('').transform(() => undefined)),
	ATLAS_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(5433),
	ATLAS_DATA_DIR: z.string().min(1).default('.data'),
	ATLAS_DB_NAME: z
		.string()
		.regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case PostgreSQL identifier')
		.default('region_atlas'),
	ATLAS_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
	ATLAS_TILE_CACHE_MB: z.coerce.number().min(0).max(8192).default(64),
	ATLAS_TILE_MAX_AGE: z.coerce.number().int().min(0).default(300),
	ATLAS_INGEST_MAX_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().default('0.0.0.0'),
	ORIGIN: z.url({ message: 'must be the public origin, e.g. https://atlas.example.cz' }).optional(),
	ATLAS_MQTT_URL: z
		.string()
		.regex(/^(mqtts?|wss?):\/\/.+/, 'must be a broker URL such as mqtt://127.0.0.1:1883')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	ATLAS_BASEMAP_STYLE_URL: z
		.url({ message: 'must be the URL of a MapLibre style JSON' })
		.optional()
		.or(z.literal('').transform(() => undefined)),
	ATLAS_DEBUG: z
		.enum(['', '0', '1', 'false', 'true'])
		.default('')
		.transform((value) => value === '1' || value === 'true')
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
	const parsed = schema.safeParse(source);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`Invalid environment:\n${problems.join('\n')}\nFix the variables above (see README.md → Configuration).`);
	}
	return parsed.data;
}

let cached: Env | undefined;

/** The environment of this process, parsed once. */
export function env(): Env {
	cached ??= readEnv();
	return cached;
}

/** Project root: the app and its CLIs run from the checkout, where `sql/` and `tiles/` live. */
export const projectRoot = process.cwd();
