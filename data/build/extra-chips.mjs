// Segment entity added by the chips research (data/research-chips.jsonl).
// Convention: a segment is its own entity (like AWS or Google Cloud), its sales recorded as metric `revenue`.
// Broadcom's AI semiconductor sales use metric `ai-revenue` (defined in extra-leads.mjs) on entity broadcom.
export const entities = [
  {
    id: 'oracle-cloud-infrastructure',
    name: 'Oracle Cloud Infrastructure',
    nameJa: 'オラクル・クラウド・インフラストラクチャー',
    aliases: ['Oracle Cloud Infrastructure', 'Oracle cloud infrastructure', 'Oracle IaaS', 'オラクル・クラウド・インフラストラクチャー', 'オラクルのクラウドインフラ'],
    parent: 'oracle',
  },
];
export const metrics = [];
