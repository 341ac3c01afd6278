#!/usr/bin/env node
// Packages the WordPress plugin: builds the drop-in script (unless --no-build) and writes
// dist/strike-widgets-wordpress.zip (wordpress/strike-widgets/ plus dist/strike-widgets.js as
// assets/strike-widgets.js) with the folder strike-widgets/ inside, ready for
// Plugins → Add New → Upload Plugin. No PHP needed; the zip is written here (zlib), not by a
// `zip` binary, so it builds the same on any machine.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = new URL('..', import.meta.url).pathname;
const PLUGIN = join(ROOT, 'wordpress', 'strike-widgets');
const SCRIPT = join(ROOT, 'dist', 'strike-widgets.js');
export const ZIP = join(ROOT, 'dist', 'strike-widgets-wordpress.zip');

/** Every file under `dir`, sorted, as paths relative to `base`. */
function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path)];
    });
}

/** MS-DOS date and time, as zip headers hold them. */
function dosDateTime(date) {
  const time =
    (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/** One deflated entry: its local header with data, and its central directory record. */
function zipEntry({ name, data, modified, offset }) {
  const nameBytes = Buffer.from(name, 'utf8');
  const compressed = deflateRawSync(data, { level: 9 });
  const { time, day } = dosDateTime(modified);
  const common = Buffer.alloc(26);
  common.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
  common.writeUInt16LE(0x0800, 2); // flags: names are UTF-8
  common.writeUInt16LE(8, 4); // method: deflate
  common.writeUInt16LE(time, 6);
  common.writeUInt16LE(day, 8);
  common.writeUInt32LE(crc32(data), 10);
  common.writeUInt32LE(compressed.length, 14);
  common.writeUInt32LE(data.length, 18);
  common.writeUInt16LE(nameBytes.length, 22);
  common.writeUInt16LE(0, 24); // no extra field
  const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, nameBytes]);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
  common.copy(central, 6);
  // Comment length, disk, internal attributes: 0. External: a regular file, rw-r--r--.
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
  central.writeUInt32LE(offset, 42);
  return {
    local: Buffer.concat([local, compressed]),
    central: Buffer.concat([central, nameBytes]),
  };
}

/** A zip archive of `files` ({ name, data, modified }). */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of files) {
    const entry = zipEntry({ ...file, offset });
    locals.push(entry.local);
    centrals.push(entry.central);
    offset += entry.local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function build({ buildScript }) {
  if (buildScript) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const files = filesUnder(PLUGIN).map((path) => ({
    name: `strike-widgets/${path.split('\\').join('/')}`,
    data: readFileSync(join(PLUGIN, path)),
    modified: statSync(join(PLUGIN, path)).mtime,
  }));
  // The built script goes into the zip only: the plugin's folder in the repository holds sources.
  files.push({
    name: 'strike-widgets/assets/strike-widgets.js',
    data: readFileSync(SCRIPT),
    modified: statSync(SCRIPT).mtime,
  });
  writeFileSync(ZIP, zip(files));
  console.log(`${relative(ROOT, ZIP)}: ${files.length} files, ${statSync(ZIP).size} bytes`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  build({ buildScript: !process.argv.includes('--no-build') });
}
