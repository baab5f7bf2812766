#!/usr/bin/env node
// Builds better-sqlite3 for the installed Electron's ABI into .electron-native/better_sqlite3.node,
// leaving node_modules/better-sqlite3/build (Node's build, used by tests and browser mode) untouched.
// The package is copied to a temp dir; there we try a prebuilt binary (prebuild-install), then a
// source build against Electron's headers (node-gyp). Exits non-zero with one line when both fail.
//   --verbose   show the output of prebuild-install / node-gyp
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_DIR = join(ROOT, '.electron-native');
export const NATIVE_FILE = join(NATIVE_DIR, 'better_sqlite3.node');
export const NATIVE_INFO = join(NATIVE_DIR, 'build-info.json');

const PREBUILD_TIMEOUT_MS = 60_000;
const GYP_TIMEOUT_MS = 8 * 60_000;

/** What the native module must match: Electron's version, the platform and the CPU. */
export function nativeTarget(env = process.env) {
  const require = createRequire(join(ROOT, 'package.json'));
  const electron = require('electron/package.json').version;
  const betterSqlite3 = require('better-sqlite3/package.json').version;
  return {
    electron,
    betterSqlite3,
    platform: process.platform,
    arch: env.npm_config_arch || process.arch,
  };
}

/** True when .electron-native holds a build for exactly this target. */
export function nativeModuleIsCurrent(target = nativeTarget()) {
  if (!existsSync(NATIVE_FILE)) return false;
  try {
    const info = JSON.parse(readFileSync(NATIVE_INFO, 'utf8'));
    return ['electron', 'betterSqlite3', 'platform', 'arch'].every((key) => info[key] === target[key]);
  } catch {
    return false;
  }
}

export async function buildElectronNative({ verbose = false, force = false } = {}) {
  const target = nativeTarget();
  if (!force && nativeModuleIsCurrent(target)) return { file: NATIVE_FILE, method: 'cached', target };

  const sourcePackage = dirname(createRequire(join(ROOT, 'package.json')).resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'dossier-native-'));
  const pkg = join(work, 'better-sqlite3');
  try {
    // Node's build/ stays behind: only the sources and package metadata are copied.
    cpSync(sourcePackage, pkg, {
      recursive: true,
      filter: (src) => src === sourcePackage || !src.startsWith(join(sourcePackage, 'build')),
    });
    const env = cleanEnv(process.env);
    const built = join(pkg, 'build', 'Release', 'better_sqlite3.node');
    const bin = (name) => join(ROOT, 'node_modules', name);

    let method = null;
    const prebuild = await run(
      process.execPath,
      [
        join(bin('prebuild-install'), 'bin.js'),
        '--runtime', 'electron',
        '--target', target.electron,
        '--arch', target.arch,
        '--platform', target.platform,
        ...(verbose ? ['--verbose'] : []),
      ],
      { cwd: pkg, env, timeoutMs: PREBUILD_TIMEOUT_MS, verbose },
    );
    if (prebuild.ok && existsSync(built)) method = 'prebuild-install';

    if (!method) {
      const gyp = await run(
        process.execPath,
        [
          join(bin('node-gyp'), 'bin', 'node-gyp.js'),
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${target.electron}`,
          `--arch=${target.arch}`,
          '--dist-url=https://electronjs.org/headers',
          `--devdir=${join(homedir(), '.electron-gyp')}`,
        ],
        { cwd: pkg, env, timeoutMs: GYP_TIMEOUT_MS, verbose },
      );
      if (gyp.ok && existsSync(built)) method = 'node-gyp';
      if (!method) {
        const why = [prebuild.reason, gyp.reason].filter(Boolean).join('; ');
        throw new NativeBuildError(
          `Could not build better-sqlite3 for Electron ${target.electron} (${target.platform}-${target.arch}): ` +
            `no prebuilt binary could be downloaded and the source build failed (${why}; offline?).`,
        );
      }
    }

    mkdirSync(NATIVE_DIR, { recursive: true });
    const partial = `${NATIVE_FILE}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, NATIVE_FILE);
    writeFileSync(NATIVE_INFO, `${JSON.stringify({ ...target, method, builtAt: new Date().toISOString() }, null, 2)}\n`);
    return { file: NATIVE_FILE, method, target };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export class NativeBuildError extends Error {}

/** npm passes its config as npm_config_*; a user-level nodedir/target would build against Node's headers. */
function cleanEnv(env) {
  const clean = { ...env };
  for (const key of Object.keys(clean)) {
    if (/^npm_config_(nodedir|target|target_arch|runtime|disturl|dist_url|devdir|build_from_source|arch|platform)$/i.test(key)) {
      delete clean[key];
    }
  }
  return clean;
}

function run(command, args, { cwd, env, timeoutMs, verbose }) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env, stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk) => {
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ ok: false, reason: `${args[0]?.split(/[\\/]/).slice(-2).join('/')}: ${error.message}` });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const name = args[0]?.includes('prebuild-install') ? 'prebuild-install' : 'node-gyp';
      resolvePromise({
        ok: code === 0,
        reason: code === 0 ? null : timedOut ? `${name} timed out after ${timeoutMs / 1000}s` : `${name}: ${lastLine(tail) || `exit ${code ?? signal}`}`,
        output: tail,
      });
    });
  });
}

function lastLine(text) {
  if (/gyp http GET/.test(text) && /network connectivity/.test(text)) return "could not download Electron's headers";
  const lines = text
    .split('\n')
    .map((line) => line.replace(/^(gyp|prebuild-install) (ERR!|WARN|warn|info)\s*/i, '').trim())
    .filter((line) => line && !/^(stack|cwd|node -v|node-gyp -v|not ok|command|System)\b/i.test(line));
  return (lines.find((line) => /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|404|not found|No prebuilt/i.test(line)) ?? lines.at(-1) ?? '').slice(0, 160);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const verbose = process.argv.includes('--verbose');
  try {
    const result = await buildElectronNative({ verbose, force: process.argv.includes('--force') });
    const how = result.method === 'cached' ? 'already built' : `built with ${result.method}`;
    console.log(`better-sqlite3 for Electron ${result.target.electron}: ${how} (.electron-native/better_sqlite3.node).`);
  } catch (error) {
    console.error(error instanceof NativeBuildError ? error.message : `Could not build better-sqlite3 for Electron: ${error?.message ?? error}`);
    process.exit(1);
  }
}
