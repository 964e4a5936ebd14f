import { inject } from 'vitest';

// Before any test imports the app's modules, point the one pool at the test database.
process.env.DATABASE_URL = inject('databaseUrl');
