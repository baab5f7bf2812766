#!/usr/bin/env node
// `npm start [-- --data-dir DIR]`: builds, then runs the desktop app in Electron when it can,
// and otherwise says why in one line and runs browser mode (`bin/dossier.mjs serve`) instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildElectronNative, nativeModuleIsCurrent } from './build-electron-native.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_TIMEOUT_MS = 90_000;

/** The Electron executable if its runtime is installed, else null (node_modules/electron without dist/). */
export function electronBinary() {
  const require = createRequire(join(ROOT, 'package.json'));
  try {
    const id = require.resolve('electron');
    delete require.cache[id];
    const path = require(id);
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Why Electron cannot run on this machine regardless of downloads, or null. */
export function environmentBlocker({ platform = process.platform, env = process.env, uid = process.getuid?.() } = {}) {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'No display found (DISPLAY and WAYLAND_DISPLAY are unset)';
  if (platform === 'linux' && uid === 0) return 'Electron will not run as root with its sandbox on';
  return null;
}

function installElectronRuntime() {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron', 'install.js')], {
    cwd: ROOT,
    stdio: 'ignore',
    timeout: INSTALL_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  return result.status === 0;
}

function runBuild() {
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

/**
 * Decides how to run: { mode: 'electron', binary } or { mode: 'browser', reason }.
 * The steps are injectable so the decision can be tested without Electron or a network.
 */
export async function chooseMode({
  blocker = environmentBlocker,
  findElectron = electronBinary,
  installElectron = installElectronRuntime,
  nativeIsCurrent = nativeModuleIsCurrent,
  buildNative = buildElectronNative,
  log = console.log,
} = {}) {
  const reason = blocker();
  if (reason) return { mode: 'browser', reason };
  let binary = findElectron();
  if (!binary) {
    log('Electron runtime is not installed; trying to download it…');
    installElectron();
    binary = findElectron();
    if (!binary) return { mode: 'browser', reason: 'Electron runtime could not be downloaded (offline?)' };
  }
  if (!nativeIsCurrent()) {
    try {
      await buildNative();
    } catch {
      return { mode: 'browser', reason: 'better-sqlite3 could not be built for Electron (offline?)' };
    }
  }
  return { mode: 'electron', binary };
}

/** Runs the child with our stdio, forwards SIGINT/SIGTERM, and exits with its code. */
function runChild(command, args, env) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (constants.signals[signal] ?? 1));
  });
}

async function main() {
  const passThrough = process.argv.slice(2);
  const buildStatus = runBuild();
  if (buildStatus !== 0) {
    console.error('The build failed (see above); not starting Dossier.');
    process.exit(buildStatus);
  }
  const choice = await chooseMode();
  if (choice.mode === 'electron') {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
    runChild(choice.binary, ['.', ...passThrough], env);
    return;
  }
  console.log(`${choice.reason}; starting browser mode instead.`);
  const cli = join(ROOT, 'bin', 'dossier.mjs');
  if (!existsSync(cli)) {
    console.error('Browser mode is not available either: bin/dossier.mjs is missing.');
    process.exit(1);
  }
  runChild(process.execPath, [cli, 'serve', ...passThrough], process.env);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
