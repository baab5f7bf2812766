import { spawn } from 'node:child_process';

/** Best effort: a headless machine has no browser, and the printed URL is enough there. */
export function openInSystemBrowser(url: string): void {
  // Without a display, xdg-open would start a text-mode browser inside our terminal.
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no opener on this machine: the URL line was printed
  }
}
