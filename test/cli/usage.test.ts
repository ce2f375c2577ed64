import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';

describe('the usage line of every command', () => {
  it.each(commands.map((c) => [c.name, c] as const))(
    'tthc %s names every option it accepts',
    (_name, command) => {
      const shown = new Set([...command.usage.matchAll(/(--?[\w-]+)/g)].map((m) => m[1]));
      const missing = command.options.filter((o) => !shown.has(`--${o.name}`) && !(o.short && shown.has(`-${o.short}`)));
      expect(missing.map((o) => o.name)).toEqual([]);
    },
  );
});
