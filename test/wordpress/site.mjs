// A real WordPress for the plugin's test: Debian's `wordpress` package (unpacked with dpkg -x,
// no Apache), its twentytwentythree theme, a MariaDB of its own (a fresh data directory on a
// socket, no network) and PHP's built-in server on 127.0.0.1. Installs what is missing with apt.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export const ROOT = new URL('../..', import.meta.url).pathname;
const HERE = new URL('.', import.meta.url).pathname;
const CACHE = join(ROOT, 'node_modules', '.cache', 'wordpress');
/** The site root: where wp-load.php is. */
export const SITE = join(CACHE, 'usr', 'share', 'wordpress');
const APT_PACKAGES = ['mariadb-server', 'php-cli', 'php-mysql'];
const WORDPRESS_DEBS = ['wordpress', 'wordpress-theme-twentytwentythree'];

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'], ...options });

const hasCommand = (name) => {
  try {
    run('sh', ['-c', `command -v ${name}`]);
    return true;
  } catch {
    return false;
  }
};

const phpHasMysqli = () => run('php', ['-m']).split('\n').includes('mysqli');

/** mariadb-server, php-cli and php-mysql, installed with apt when missing. */
export function ensurePackages() {
  if (hasCommand('mariadbd') && hasCommand('php') && phpHasMysqli()) return;
  console.log(`# installing ${APT_PACKAGES.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env, stdio: 'inherit' });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...APT_PACKAGES], {
    env,
    stdio: 'inherit',
  });
}

/** WordPress and the theme, downloaded with apt-get download and unpacked into the cache. */
export function ensureWordPress() {
  if (existsSync(join(SITE, 'wp-load.php')) && existsSync(themeDir())) return;
  const downloads = join(CACHE, 'debs');
  mkdirSync(downloads, { recursive: true });
  console.log(`# downloading ${WORDPRESS_DEBS.join(' ')} with apt-get download`);
  run('apt-get', ['download', ...WORDPRESS_DEBS], { cwd: downloads, stdio: 'inherit' });
  for (const deb of readdirSync(downloads).filter((name) => name.endsWith('.deb'))) {
    run('dpkg', ['-x', join(downloads, deb), CACHE]);
  }
}

const themeDir = () => join(SITE, 'wp-content', 'themes', 'twentytwentythree');

/** The plugin, unpacked from the zip the build wrote (so the test installs what ships). */
export function installPlugin(zipFile) {
  const plugins = join(SITE, 'wp-content', 'plugins');
  rmSync(join(plugins, 'strike-widgets'), { recursive: true, force: true });
  for (const { name, data } of unzip(zipFile)) {
    const target = join(plugins, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}

/** The entries of a zip file (deflated or stored), read from its central directory. */
export function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let record = buffer.readUInt32LE(end + 16);
  const entries = [];
  for (let index = 0; index < count; index++) {
    const method = buffer.readUInt16LE(record + 10);
    const compressedSize = buffer.readUInt32LE(record + 20);
    const nameLength = buffer.readUInt16LE(record + 28);
    const extraLength = buffer.readUInt16LE(record + 30);
    const commentLength = buffer.readUInt16LE(record + 32);
    const localHeader = buffer.readUInt32LE(record + 42);
    const name = buffer.toString('utf8', record + 46, record + 46 + nameLength);
    const dataStart =
      localHeader +
      30 +
      buffer.readUInt16LE(localHeader + 26) +
      buffer.readUInt16LE(localHeader + 28);
    const raw = buffer.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : raw });
    record += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `ready` until it returns true (bounded: a process that never comes up fails the run). */
async function waitFor(what, ready, { timeoutMs = 30_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

// Ctrl-C or a CI timeout: exit normally, so the 'exit' handlers below stop MariaDB and PHP.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

/** A child process that is killed when this one exits, however it exits. */
function startProcess(command, args, { log }) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const kill = () => child.exitCode === null && child.kill('SIGTERM');
  process.once('exit', kill);
  return {
    child,
    output: () => output.join(''),
    stop() {
      process.removeListener('exit', kill);
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    },
    log,
  };
}

/** MariaDB on a fresh data directory, reachable only through its socket, with a `wordpress` database. */
async function startDatabase(dir) {
  const datadir = join(dir, 'mysql');
  const socket = join(dir, 'mysql.sock');
  run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--user=root'], {
    stdio: 'ignore',
  });
  const server = startProcess(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mysql.pid')}`,
      '--skip-networking',
      '--user=root',
    ],
    { log: 'mariadbd' },
  );
  const sql = (statement) =>
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], {
      stdio: 'pipe',
    });
  await waitFor('MariaDB', () => {
    try {
      sql('SELECT 1');
      return true;
    } catch {
      return false;
    }
  });
  sql(
    "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';" +
      " GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
  );
  return { server, socket };
}

/** wp-config.php beside wp-load.php: this database, this address, no cron, errors shown. */
function writeConfig({ socket, url }) {
  writeFileSync(
    join(SITE, 'wp-config.php'),
    `<?php
// Written by test/wordpress/site.mjs for the plugin's test run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', ${JSON.stringify(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', ${JSON.stringify(url)} );
define( 'WP_SITEURL', ${JSON.stringify(url)} );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
}

/** Runs a PHP file of this folder with WordPress's root as its argument; returns its JSON output. */
export function php(file, input = '') {
  const output = run('php', ['-d', 'display_errors=stderr', join(HERE, file), SITE], {
    input,
  });
  return JSON.parse(output);
}

/**
 * The whole site: database, configuration, WordPress installed and the plugin activated (by
 * install.php), served on a free port. `stop()` ends both servers and removes the data.
 */
export async function startSite({ zipFile }) {
  ensurePackages();
  ensureWordPress();
  installPlugin(zipFile);
  const dir = mkdtempSync(join(tmpdir(), 'strike-wordpress-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const database = await startDatabase(dir);
  const processes = [database.server];
  const stop = async () => {
    await Promise.all(processes.map((child) => child.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    writeConfig({ socket: database.socket, url });
    php('install.php');
    const web = startProcess('php', ['-S', `127.0.0.1:${port}`, '-t', SITE], { log: 'php -S' });
    processes.push(web);
    await waitFor('php -S', () =>
      fetch(`${url}/wp-includes/images/blank.gif`).then(
        (response) => response.ok,
        () => false,
      ),
    );
    return { url, stop, serverOutput: web.output };
  } catch (error) {
    await stop();
    throw error;
  }
}
