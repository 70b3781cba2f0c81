// The worker-thread side of --jobs: builds the dataset once from the texts the main thread read,
// then checks each text it is sent and answers with the report's claims (or the error's stack).
import { parentPort, workerData } from 'node:worker_threads';
import { checkText, datasetInWorker, type CheckSettings } from './checker';
import type { DatasetSpec } from './dataset';
import type { ReportClaim } from './report';

export interface WorkerSetup {
  dataset: DatasetSpec;
  settings: CheckSettings;
}

export interface CheckRequest {
  id: number;
  text: string;
}

export type CheckAnswer = { id: number; claims: ReportClaim[] } | { id: number; error: string };

export function runWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runWorker() runs only in a worker thread');
  const setup = workerData as WorkerSetup;
  const dataset = datasetInWorker(setup.dataset);
  port.on('message', ({ id, text }: CheckRequest) => {
    let answer: CheckAnswer;
    try {
      answer = { id, claims: checkText(text, dataset, setup.settings) };
    } catch (error) {
      answer = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(answer);
  });
}
