/** The shell's own command-line options; anything else (Chromium switches, `.`) is ignored. */
export interface ShellArgs {
  dataDir?: string;
}

export function parseShellArgs(argv: readonly string[]): ShellArgs {
  const args: ShellArgs = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      if (value !== undefined && !value.startsWith('--')) {
        args.dataDir = value;
        i += 1;
      }
    } else if (arg?.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (value) args.dataDir = value;
    }
  }
  return args;
}
