import type { Command } from '../command.js';
import { graphCommand } from './graph.js';
import { reportCommand } from './report.js';
import { planCommand } from './plan.js';

/** Every command of `tthc`, in the order `tthc --help` lists them. */
export const commands: Command[] = [reportCommand, graphCommand, planCommand];
