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
	ATLAS_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
	ATLAS_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(12),
	ATLAS_RATE_LIMIT_FACTOR: z.coerce.number().min(0).max(1000).default(1),
	ATLAS_OIDC_ISSUER: z
		.url({ message: 'must be the issuer URL of an OpenID Connect provider, e.g. https://sso.example.cz/realms/region' })
		.optional()
		.or(z.literal('').transform(() => undefined)),
	ATLAS_OIDC_CLIENT_ID: z.string().optional(),
	ATLAS_OIDC_CLIENT_SECRET: z.string().optional(),
	ATLAS_OIDC_ROLES_CLAIM: z.string().min(1).default('realm_access.roles'),
	ATLAS_OIDC_ROLE_MAP: z
		.string()
		.regex(/^([^=,\s]+=(planner|flood_operator|admin))?(,[^=,\s]+=(planner|flood_operator|admin))*$/, 'must be claim=role pairs, e.g. atlas-planner=planner,atlas-admin=admin')
		.default(''),
	ATLAS_SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\/.+/, 'must be an SMTP URL such as smtp://user:password@mail.example.cz:587')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	ATLAS_SMTP_FROM: z.string().default('Region Atlas <atlas@localhost>'),
	ATLAS_WEBHOOK_SECRET: z.string().optional(),
	ATLAS_DEBUG: z
		.enum(['', '0', '1', 'false', 'true'])
		.default('')
		.transform((value) => value === '1' || value === 'true')
});

export type Env = z.infer<typeof schema>;

const complete = schema.refine((value) => !value.ATLAS_OIDC_ISSUER || Boolean(value.ATLAS_OIDC_CLIENT_ID && value.ATLAS_OIDC_CLIENT_SECRET), {
	message: 'ATLAS_OIDC_CLIENT_ID and ATLAS_OIDC_CLIENT_SECRET are required with ATLAS_OIDC_ISSUER',
	path: ['ATLAS_OIDC_ISSUER']
});

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
	const parsed = complete.safeParse(source);
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
