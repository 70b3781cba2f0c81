// Where files are checked: on the main thread (--jobs 1) or in a pool of worker threads (one per CPU
// by default). Both take a text and give back its claims; the run keeps the input order itself.
// Workers start only when the first file needs checking, so a run served from the cache starts none.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkText, type CheckSettings } from './checker';
import type { DatasetSpec } from './dataset';
import type { Dataset } from '../core/types';
import type { ReportClaim } from './report';
import type { CheckAnswer, CheckRequest, WorkerSetup } from './worker';

export interface Checker {
  /** How many files can be in flight at once usefully. */
  readonly parallelism: number;
  check(text: string): Promise<ReportClaim[]>;
  close(): Promise<void>;
}

/** --jobs 1: check on the main thread, one file at a time. */
export function inlineChecker(dataset: Dataset, settings: CheckSettings): Checker {
  return {
    parallelism: 1,
    check: async (text) => checkText(text, dataset, settings),
    close: async () => undefined,
  };
}

/** How a worker thread is started: the CLI bundle itself, or (from the sources) worker.ts through tsx. */
export type WorkerSource = { file: string } | { code: string };

export function defaultWorkerSource(): WorkerSource {
  // In dist/cli.js every module shares the bundle's __filename, and the bundle runs runWorker() when
  // it is not the main thread (see main.ts): "one file, no run-time dependencies" holds for workers.
  if (!__filename.endsWith('.ts')) return { file: __filename };
  // From the sources (tests, tsx) a worker has no TypeScript loader of its own: register tsx first.
  const worker = JSON.stringify(path.join(__dirname, 'worker.ts'));
  const from = JSON.stringify([__dirname]);
  return { code: `require(require.resolve('tsx/cjs', { paths: ${from} })); require(${worker}).runWorker();` };
}

interface Task {
  id: number;
  text: string;
  resolve: (claims: ReportClaim[]) => void;
  reject: (error: Error) => void;
}

/** Workers that die before answering anything this many times in a row mean they cannot start at all. */
const MAX_START_FAILURES = 3;

class WorkerPool implements Checker {
  readonly parallelism: number;
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Task | undefined>();
  private readonly answered = new Set<Worker>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private startFailures = 0;
  private broken: Error | undefined;

  constructor(
    size: number,
    private readonly setup: WorkerSetup,
    private readonly source: WorkerSource,
  ) {
    this.parallelism = size;
  }

  check(text: string): Promise<ReportClaim[]> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      this.queue.push({ id: this.nextId++, text, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const options = { workerData: this.setup };
    const worker = 'file' in this.source ? new Worker(this.source.file, options) : new Worker(this.source.code, { ...options, eval: true });
    this.running.set(worker, undefined);
    worker.on('message', (answer: CheckAnswer) => this.answer(worker, answer));
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`a worker thread exited with code ${code}`)));
    return worker;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker) {
        if (this.running.size >= this.parallelism) return;
        worker = this.spawn();
      }
      const task = this.queue.shift() as Task;
      this.running.set(worker, task);
      worker.postMessage({ id: task.id, text: task.text } satisfies CheckRequest);
    }
  }

  private answer(worker: Worker, answer: CheckAnswer): void {
    const task = this.running.get(worker);
    this.answered.add(worker);
    this.startFailures = 0;
    this.running.set(worker, undefined);
    this.idle.push(worker);
    if (task && task.id === answer.id) {
      if ('error' in answer) task.reject(new Error(answer.error));
      else task.resolve(answer.claims);
    }
    this.pump();
  }

  /** A worker crashed or exited: its file fails, the others go on in a new worker. */
  private lost(worker: Worker, error: Error): void {
    if (!this.running.has(worker)) return; // 'error' and then 'exit' for the same worker
    const task = this.running.get(worker);
    this.running.delete(worker);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    if (!this.answered.has(worker) && ++this.startFailures >= MAX_START_FAILURES) {
      this.broken = new Error(`worker threads cannot start: ${error.message}`);
      for (const queued of this.queue.splice(0)) queued.reject(this.broken);
    }
    task?.reject(error);
    if (!this.broken) this.pump();
  }

  async close(): Promise<void> {
    const workers = [...this.running.keys()];
    this.running.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

export function workerPool(size: number, dataset: DatasetSpec, settings: CheckSettings, source = defaultWorkerSource()): Checker {
  return new WorkerPool(size, { dataset, settings }, source);
}
