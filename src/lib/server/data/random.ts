import seedrandom from 'seedrandom';

/** A seeded random source with the few distributions the generators need. Same seed, same sequence. */
export class Random {
	readonly #next: () => number;

	constructor(seed: string) {
		this.#next = seedrandom(seed);
	}

	/** Uniform in [0, 1). */
	next(): number {
		return this.#next();
	}

	uniform(min: number, max: number): number {
		return min + (max - min) * this.#next();
	}

	integer(min: number, max: number): number {
		return Math.floor(this.uniform(min, max + 1));
	}

	chance(probability: number): boolean {
		return this.#next() < probability;
	}

	/** Log-normal with the given arithmetic mean and log-space spread: long-tailed like real site areas. */
	logNormal(mean: number, sigma: number): number {
		const mu = Math.log(mean) - (sigma * sigma) / 2;
		const u = 1 - this.#next();
		const v = this.#next();
		const standardNormal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		return Math.exp(mu + sigma * standardNormal);
	}

	/** One key of `weights`, with probability proportional to its weight. */
	weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
		const entries = Object.entries(weights) as [K, number][];
		return entries[this.#indexByWeight(entries.map(([, weight]) => weight))]![0];
	}

	/** One item, with probability proportional to `weightOf(item)`. */
	pick<T>(items: readonly T[], weightOf: (item: T) => number = () => 1): T {
		return items[this.#indexByWeight(items.map(weightOf))]!;
	}

	#indexByWeight(weights: number[]): number {
		const total = weights.reduce((sum, weight) => sum + weight, 0);
		let target = this.#next() * total;
		for (let index = 0; index < weights.length; index++) {
			target -= weights[index]!;
			if (target < 0) return index;
		}
		return weights.length - 1;
	}
}
