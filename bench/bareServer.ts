/**
 * The load benchmark's yardstick: a bare Fastify route that reads one case by its primary key
 * from the same database, with no session, access check or audit row.
 */
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify();
app.get<{ Params: { id: string } }>('/bare/:id', async (request) => {
  const result = await pool.query('SELECT * FROM cases WHERE id = $1', [request.params.id]);
  return result.rows[0] ?? null;
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('bare route ready');
