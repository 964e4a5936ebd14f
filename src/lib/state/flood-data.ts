/** Dependency key of the operator view's data; invalidating it reloads gauges, alerts and the log together. */
export const FLOOD_DATA = 'app:flood';
