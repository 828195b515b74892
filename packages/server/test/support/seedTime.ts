/** The moment every test database is prepared at (migrations, geography, demo social map). */
export const SEED_TIME = new Date('2026-11-01T09:00:00Z');
