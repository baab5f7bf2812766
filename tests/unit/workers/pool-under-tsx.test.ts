import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { captureTasks } from '../../../electron/core/capture/capture-tasks';

const PAGE = `<!doctype html><title>Harbour works delayed | Example News</title><article><h1>Harbour works delayed</h1>${'<p>The council said on Tuesday that the harbour works would wait for the auditors.</p>'.repeat(6)}</article>`;

it('runs from source under tsx as bin/dossier.mjs does, from any folder, and lets the process exit', async () => {
  const script = fileURLToPath(new URL('./fixtures/pool-under-tsx.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script, PAGE], { cwd: tmpdir(), encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const direct = await captureTasks.prepareFromFile({ fileName: 'page.html', bytes: new TextEncoder().encode(PAGE) });
  expect(JSON.parse(run.stdout)).toEqual({ title: direct.title, text: direct.text, doc: direct.doc });
}, 70_000);
