import type { Notice } from '../src/model/notice.types.js';
import type { Served } from './static-server.mjs';

/** The local date `offset` days after `today`, as YYYY-MM-DD. */
export function localDay(offset?: number, today?: Date): string;
/** The sample notice's posting window around today: posted eight days ago, up for 90 days. */
export function demoWindow(today?: Date): { posted: string; expires: string };
/** demo/notice.json with its posting window (and the helpline's end) around today. */
export function sampleNotice(today?: Date): Notice;
/** Serves the demo site. */
export function serveDemo(options?: { port?: number }): Promise<Served>;
