import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm start does not rebuild when nothing changed', () => {
  // turbo hashes a task's inputs; a file the build itself writes among them (paraglide writes
  // .gitignore files) changes the hash, so every second `npm start` rebuilt the dashboard.
  it('counts no file git ignores among the dashboard build’s inputs', () => {
    const dry = JSON.parse(execFileSync('npx', ['turbo', 'run', 'build', '--filter=@aiwatch/dashboard', '--dry=json'], { cwd: root, encoding: 'utf8' })) as {
      tasks: { taskId: string; directory: string; inputs: Record<string, string> }[];
    };
    const task = dry.tasks.find((t) => t.taskId === '@aiwatch/dashboard#build')!;
    const files = Object.keys(task.inputs).map((f) => `${task.directory}/${f}`);
    expect(files.length).toBeGreaterThan(50);
    const check = spawnSync('git', ['check-ignore', '--stdin'], { cwd: root, input: files.join('\n'), encoding: 'utf8' });
    expect(check.status, check.stderr).not.toBe(128);
    expect(check.stdout.split('\n').filter(Boolean)).toEqual([]);
  });
});
