import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../env';
import { nationalMunicipalities, type NationalSources } from './national';
import { DEMO_SIZE, GENERATOR_VERSION, generateSynthetic, type Gauges, type Municipalities, type SyntheticSize } from './synthetic';

export const dataDir = join(projectRoot, 'sql', 'data');
const loadDir = join(projectRoot, 'sql', 'load');

/** What each load statement (sql/load/NN_<name>.sql) gets as $1; statements not listed take no parameter. */
type Inputs = Record<string, () => unknown>;

export interface LoadOptions {
	size?: SyntheticSize;
	seed?: string;
	/**
	 * Also the rest of the country's kraje, okresy and 6,258 obce (sql/load/*_national_*.sql), so the planner
	 * benchmark runs against a national municipality table; the app itself covers the two regions.
	 */
	national?: boolean;
	/** Reload even when the stored data set already matches. */
	force?: boolean;
	log?: (line: string) => void;
}

export interface LoadResult {
	loaded: boolean;
	checksum: string;
	rowCounts: Record<string, number>;
}

/**
 * Loads the shipped real data and the generated synthetic data into an empty or outdated database, in one
 * transaction: readers see the old data set or the new one, never half of it. Unchanged data is not reloaded.
 */
export async function loadData(connectionString: string, options: LoadOptions = {}): Promise<LoadResult> {
	const log = options.log ?? (() => {});
	const size = options.size ?? DEMO_SIZE;
	const seed = options.seed ?? 'region-atlas';
	const files = {
		regions: 'regions_ul_lb.geojson',
		districts: 'districts_ul_lb.geojson',
		municipalities: 'municipalities_ul_lb.geojson',
		rivers: 'rivers_ul_lb.geojson',
		waterBodies: 'water_bodies_ul_lb.geojson',
		gauges: 'chmi_gauges_ul_lb.geojson'
	};
	const nationalFiles: Record<keyof NationalSources, string> = {
		topology: 'municipalities_cz.topo.json',
		points: 'municipality_points_cz.geojson',
		population: 'population_2019_cz.json',
		regions: 'regions_cz_generalised.geojson',
		districts: 'districts_cz_generalised.geojson'
	};
	const national = options.national ?? false;
	const read = (entries: Record<string, string>) => Promise.all(Object.entries(entries).map(async ([key, name]) => [key, await readFile(join(dataDir, name), 'utf8')] as const)).then(Object.fromEntries);
	const raw: Record<keyof typeof files, string> = await read(files);
	const nationalRaw: NationalSources | undefined = national ? await read(nationalFiles) : undefined;
	const statements = (await readLoadStatements()).filter((statement) => national || !statement.name.startsWith('national_'));
	const checksum = createHash('sha256')
		.update(JSON.stringify({ GENERATOR_VERSION, size, seed, national }))
		.update(Object.values(raw).join('\n'))
		.update(nationalRaw ? Object.values(nationalRaw).join('\n') : '')
		.update(statements.map((statement) => statement.sql).join('\n'))
		.digest('hex');

	const client = new pg.Client({ connectionString, application_name: 'region-atlas load' });
	await client.connect();
	try {
		const current = await client.query<{ checksum: string; row_counts: Record<string, number> }>(
			"SELECT checksum, row_counts FROM dataset_load WHERE name = 'atlas'"
		);
		if (!options.force && current.rows[0]?.checksum === checksum) {
			log('Data is up to date.');
			return { loaded: false, checksum, rowCounts: current.rows[0].row_counts };
		}

		log('Generating synthetic data (fixed seed)…');
		const synthetic = generateSynthetic(JSON.parse(raw.municipalities) as Municipalities, JSON.parse(raw.gauges) as Gauges, size, seed);
		const inputs: Inputs = {
			region: () => raw.regions,
			district: () => raw.districts,
			municipality: () => raw.municipalities,
			national_municipality: () => `{"regions":${nationalRaw!.regions},"districts":${nationalRaw!.districts},"municipalities":${JSON.stringify(nationalMunicipalities(nationalRaw!))}}`,
			river: () => raw.rivers,
			water_body: () => raw.waterBodies,
			flood_gauge: () => raw.gauges,
			rain_gauge: () => JSON.stringify(synthetic.rainGauges),
			traffic_sensor: () => JSON.stringify(synthetic.trafficSensors),
			corridor_5g: () => JSON.stringify(synthetic.corridors),
			base_station_5g: () => JSON.stringify(synthetic.baseStations),
			brownfield: () => JSON.stringify(synthetic.brownfields)
		};

		const rowCounts: Record<string, number> = {};
		await client.query('BEGIN');
		try {
			for (const [index, statement] of statements.entries()) {
				const started = performance.now();
				const input = inputs[statement.name];
				// Some steps take minutes on the benchmark's data sets: say that they are still running.
				const progress = setInterval(() => log(`  [${index + 1}/${statements.length}] ${statement.name} still running (${Math.round((performance.now() - started) / 1000)} s)…`), 15_000);
				const result = await client.query(statement.sql, input ? [input()] : []).finally(() => clearInterval(progress));
				if (input) rowCounts[statement.name] = result.rowCount ?? 0;
				const rows = input ? `, ${result.rowCount} rows` : '';
				log(`  [${index + 1}/${statements.length}] ${statement.name}${rows} (${Math.round(performance.now() - started)} ms)`);
			}
			await client.query(
				`INSERT INTO dataset_load (name, checksum, row_counts) VALUES ('atlas', $1, $2)
				 ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, row_counts = excluded.row_counts, loaded_at = now()`,
				[checksum, rowCounts]
			);
			await client.query(
				`INSERT INTO audit_event (actor, action, target, details) VALUES ('system', 'data.import', 'atlas', jsonb_build_object('checksum', $1::text, 'rows', $2::jsonb))`,
				[checksum, rowCounts]
			);
			await client.query('COMMIT');
		} catch (error) {
			await client.query('ROLLBACK');
			throw new Error(`Loading data failed, nothing was changed: ${(error as Error).message}`, { cause: error });
		}
		return { loaded: true, checksum, rowCounts };
	} finally {
		await client.end();
	}
}

async function readLoadStatements() {
	const names = (await readdir(loadDir)).filter((name) => /^\d{2}_[a-z0-9_]+\.sql$/.test(name)).sort();
	return Promise.all(
		names.map(async (file) => ({ name: file.slice(3, -4), sql: await readFile(join(loadDir, file), 'utf8') }))
	);
}
