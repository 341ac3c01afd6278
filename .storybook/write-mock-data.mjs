// Writes the mock data the stories read into stories/mock/ (served at /mock/ by Storybook's
// staticDirs, in `storybook dev` and in the static build alike), from the same mock UK Parliament
// API the tests use (test/mock-api.mjs), so the files follow the real format. Run it again after
// changing the mock: `node .storybook/write-mock-data.mjs`, then `npx prettier --write stories/mock`.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PETITIONS, runMock } from '../test/mock-api.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'stories/mock');

/** Petitions that exist only for stories: the scenario parameters of test/mock-api.mjs. */
const SCENARIOS = {
  // A debate scheduled, not yet held.
  700007: { count: '123456', scheduled_debate_date: '2027-01-18' },
  // A count large enough to show compact notation.
  700008: { count: '219672' },
  // Stale after failure: its JSON reads, its count.json fails (stubbed in the story).
  700010: { count: '54210' },
};

function write(path, text) {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function writeJson(path, mockUrl) {
  const response = await runMock(mockUrl);
  if (response?.status !== 200) throw new Error(`${mockUrl} answered ${response?.status}`);
  write(path, JSON.stringify(JSON.parse(response.body), null, 2) + '\n');
}

rmSync(out, { recursive: true, force: true });

for (const id of Object.keys(PETITIONS)) {
  if (id === '700123') continue; // the demo's live petition, whose count rises: not for stories
  await writeJson(`petitions/${id}.json`, `/mock/petitions/${id}.json`);
  await writeJson(`petitions/${id}/count.json`, `/mock/petitions/${id}/count.json`);
}

// Archived: the real site redirects to /archived/petitions/ID.json; the static copy holds that
// JSON at the petition's own URL (a static server cannot redirect), and there is no count.json.
await writeJson('petitions/700006.json', '/mock/archived/petitions/700006.json');

for (const [id, parameters] of Object.entries(SCENARIOS)) {
  const key = `story-${id}`;
  await runMock(`/mock/control?${new URLSearchParams({ key, ...parameters })}`);
  await writeJson(`petitions/${id}.json`, `/mock/k/${key}/petitions/${id}.json`);
  if (id !== '700010') {
    await writeJson(`petitions/${id}/count.json`, `/mock/k/${key}/petitions/${id}/count.json`);
  }
}

// Generic JSON sources for `src` + `count-path`.
write('campaign.json', JSON.stringify({ campaign: { supporters: 3412 } }, null, 2) + '\n');
write('total.json', JSON.stringify({ total: 5 }, null, 2) + '\n');
// A body that is not JSON (kept out of .json so the formatter leaves it alone).
write('not-json.txt', '{"campaign": {"supporters": 34\n');

// The carousel's quotes: twenty short excerpts from the seed texts.
copyFileSync(join(root, 'test/fixtures/quotes-20.json'), join(out, 'quotes.json'));
