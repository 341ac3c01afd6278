// npm run bench: builds first (package.json), then runs every bench/*.bench.mjs in one browser,
// printing a Markdown table per benchmark. Pass names to run some: node bench/run.mjs carousel
import { readdirSync } from 'node:fs';
import { launch, serve, table } from './lib.mjs';

const only = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

const browser = await launch();
const server = await serve();
console.log(`# strike-widgets benchmarks (${browser.version()}, ${new Date().toISOString()})`);
try {
  for (const f of files) {
    const { default: run } = await import(`./${f}`);
    await run({ browser, server, table });
  }
} finally {
  await browser.close();
  await server.close();
}
