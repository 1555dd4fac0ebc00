// A real `tarjotin serve` over the demo data (data/demo, Linked Events pages
// read with file://) in a temporary directory, on a free port of 127.0.0.1.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function startServer({ bin, sourceDir }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tarjotin-browser-'));
  const config = path.join(dir, 'tarjotin.json');
  writeFileSync(config, JSON.stringify({
    data_dir: path.join(dir, 'data'),
    listen: '127.0.0.1:0',
    web_dir: path.join(sourceDir, 'web'),
    shortlists: { expiry_days: 90, creates_per_hour: 1000 },
    sources: [{
      name: 'linkedevents', type: 'linkedevents', interval_minutes: 60,
      url: 'file://' + path.join(sourceDir, 'data/demo/linkedevents/page-1.json'),
    }],
  }));
  const vocabulary = ['--vocabulary', path.join(sourceDir, 'config/vocabulary')];
  execFileSync(bin, ['--config', config, ...vocabulary, 'sync'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const child = spawn(bin, ['--config', config, ...vocabulary, 'serve', '--no-sync'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/serving (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`tarjotin serve exited with ${code}: ${out}`)));
  });
  return {
    origin,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
